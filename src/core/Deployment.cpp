#include "Deployment.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

Result<Deployment> Deployment::fromJson(const QJsonObject &object)
{
    const JsonReader root(object, describeObject(u"Deployment"_s, object));
    auto meta = readObjectMeta(u"Deployment"_s, root);
    if (!meta)
        return meta.error();
    Deployment d;
    d.meta = meta.value();
    d.json = object;
    d.podTemplate = PodTemplate::read(root.object(u"spec").object(u"template"));
    if (root.failed())
        return Error{root.errorMessage()};
    return d;
}

} // namespace rd::core
