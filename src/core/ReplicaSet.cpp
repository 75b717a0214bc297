#include "ReplicaSet.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

qint64 ReplicaSet::revision() const
{
    return meta.revision();
}

Result<ReplicaSet> ReplicaSet::fromJson(const QJsonObject &object)
{
    const JsonReader root(object, describeObject(u"ReplicaSet"_s, object));
    auto meta = readObjectMeta(u"ReplicaSet"_s, root);
    if (!meta)
        return meta.error();
    ReplicaSet rs;
    rs.meta = meta.value();
    rs.json = object;
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
