#include "ReplicaSet.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

qint64 ReplicaSet::revision() const
{
    return meta.revision();
}

Result<ReplicaSet> ReplicaSet::fromJson(const QJsonObject &object)
{
    auto rs = read(JsonReader(object, describeObject(u"ReplicaSet"_s, object)));
    if (rs)
        rs->json = object;
    return rs;
}

Result<ReplicaSet> ReplicaSet::fromText(QByteArrayView text)
{
    return readObjectText<ReplicaSet>(text, u"ReplicaSet"_s);
}

Result<ReplicaSet> ReplicaSet::read(const JsonReader &root)
{
    auto meta = readObjectMeta(u"ReplicaSet"_s, root);
    if (!meta)
        return meta.error();
    ReplicaSet rs;
    rs.meta = meta.value();
    const JsonReader spec = root.object(u"spec");
    if (const auto replicas = spec.optionalInteger(u"replicas"))
        rs.specReplicas = *replicas;
    rs.podTemplate = PodTemplate::read(spec.object(u"template"));
    const JsonReader status = root.object(u"status");
    rs.replicas = status.integer(u"replicas");
    rs.availableReplicas = status.integer(u"availableReplicas");
    rs.readyReplicas = status.integer(u"readyReplicas");
    rs.observedGeneration = status.integer(u"observedGeneration");
    rs.conditions = Condition::readAll(status);
    if (root.failed())
        return Error{root.errorMessage()};
    return rs;
}

} // namespace rd::core
