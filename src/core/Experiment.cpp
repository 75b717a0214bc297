#include "Experiment.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

qint64 Experiment::revision() const
{
    return meta.revision();
}

Result<Experiment> Experiment::fromJson(const QJsonObject &object)
{
    const JsonReader root(object, describeObject(u"Experiment"_s, object));
    auto meta = readObjectMeta(u"Experiment"_s, root);
    if (!meta)
        return meta.error();
    Experiment ex;
    ex.meta = meta.value();
    ex.json = object;
    const JsonReader spec = root.object(u"spec");
    if (spec.raw(u"duration").isString())
        ex.duration = spec.string(u"duration");
    const JsonReader status = root.object(u"status");
    ex.availableAt = status.time(u"availableAt");
    ex.phase = status.string(u"phase");
    ex.message = status.string(u"message");
    if (root.failed())
        return Error{root.errorMessage()};
    return ex;
}

} // namespace rd::core
