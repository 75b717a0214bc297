#include "Pod.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

ContainerStatus ContainerStatus::read(const JsonReader &status)
{
    ContainerStatus cs;
    cs.name = status.string(u"name");
    cs.ready = status.boolean(u"ready");
    cs.restartCount = status.integer(u"restartCount");
    cs.started = status.optionalBoolean(u"started");
    const JsonReader state = status.object(u"state");
    if (state.has(u"waiting")) {
        cs.waiting = true;
        cs.waitingReason = state.object(u"waiting").string(u"reason");
    }
    cs.running = state.has(u"running");
    if (state.has(u"terminated")) {
        const JsonReader t = state.object(u"terminated");
        cs.terminated =
            Terminated{t.string(u"reason"), t.integer(u"exitCode"), t.integer(u"signal")};
    }
    return cs;
}

Result<Pod> Pod::fromJson(const QJsonObject &object)
{
    auto pod = read(JsonReader(object, describeObject(u"Pod"_s, object)));
    if (pod)
        pod->json = object;
    return pod;
}

Result<Pod> Pod::fromText(QByteArrayView text)
{
    return readObjectText<Pod>(text, u"Pod"_s);
}

Result<Pod> Pod::read(const JsonReader &root)
{
    auto meta = readObjectMeta(u"Pod"_s, root);
    if (!meta)
        return meta.error();
    Pod pod;
    pod.meta = meta.value();
    pod.spec = PodTemplate::readPodSpec(root.object(u"spec"));
    const JsonReader status = root.object(u"status");
    pod.phase = status.string(u"phase");
    pod.reason = status.string(u"reason");
    for (const JsonReader &cs : status.objects(u"initContainerStatuses"))
        pod.initContainerStatuses.append(ContainerStatus::read(cs));
    for (const JsonReader &cs : status.objects(u"containerStatuses"))
        pod.containerStatuses.append(ContainerStatus::read(cs));
    if (root.failed())
        return Error{root.errorMessage()};
    return pod;
}

} // namespace rd::core
