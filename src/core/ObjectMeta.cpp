#include "ObjectMeta.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

bool ObjectMeta::isOwnedBy(const QString &ownerUid) const
{
    for (const OwnerReference &ref : ownerReferences) {
        if (ref.uid == ownerUid)
            return true;
    }
    return false;
}

qint64 ObjectMeta::revision() const
{
    return parseGoInt(annotations.value(QString::fromUtf16(keys::revision))).value_or(0);
}

QString ObjectMeta::controllerUid() const
{
    for (const OwnerReference &ref : ownerReferences) {
        if (ref.controller)
            return ref.uid;
    }
    return {};
}

ObjectMeta ObjectMeta::read(const JsonReader &metadata)
{
    ObjectMeta meta;
    meta.name = metadata.string(u"name");
    meta.namespace_ = metadata.string(u"namespace");
    meta.uid = metadata.string(u"uid");
    meta.resourceVersion = metadata.string(u"resourceVersion");
    meta.generation = metadata.integer(u"generation");
    meta.creationTimestamp = metadata.time(u"creationTimestamp");
    meta.deletionTimestamp = metadata.time(u"deletionTimestamp");
    meta.labels = metadata.stringMap(u"labels");
    meta.annotations = metadata.stringMap(u"annotations");
    for (const JsonReader &ref : metadata.objects(u"ownerReferences")) {
        meta.ownerReferences.append(OwnerReference{ref.string(u"apiVersion"), ref.string(u"kind"),
                                                   ref.string(u"name"), ref.string(u"uid"),
                                                   ref.boolean(u"controller")});
    }
    return meta;
}

QString describeObject(const QString &kind, const QJsonObject &object)
{
    const QJsonObject metadata = object.value(u"metadata").toObject();
    const QString name = metadata.value(u"name").toString();
    const QString ns = metadata.value(u"namespace").toString();
    if (name.isEmpty())
        return kind + u" without a name"_s;
    return kind + u" \""_s + (ns.isEmpty() ? name : ns + u'/' + name) + u'"';
}

Result<ObjectMeta> readObjectMeta(const QString &kind, const JsonReader &object)
{
    if (!object.has(u"metadata"))
        return Error{object.subject() + u": it has no metadata"_s};
    const JsonReader metadata = object.object(u"metadata");
    if (object.failed())
        return Error{object.errorMessage()};
    if (metadata.string(u"name").isEmpty() && !metadata.failed())
        return Error{kind + u" object has no metadata.name"_s};
    ObjectMeta meta = ObjectMeta::read(metadata);
    if (metadata.failed())
        return Error{metadata.errorMessage()};
    return meta;
}

} // namespace rd::core
