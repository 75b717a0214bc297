#include "PodStatus.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

bool isSidecar(const Pod &pod, const QString &containerName)
{
    for (const Container &c : pod.spec.initContainers) {
        if (c.name == containerName)
            return c.restartPolicy == u"Always";
    }
    return false;
}

QString terminationText(const ContainerStatus::Terminated &t)
{
    if (t.signal != 0)
        return u"Signal:"_s + QString::number(t.signal);
    return u"ExitCode:"_s + QString::number(t.exitCode);
}

} // namespace

PodStatus PodStatus::of(const Pod &pod)
{
    PodStatus result;
    result.totalContainers = pod.spec.containers.size();
    QString reason = pod.reason.isEmpty() ? pod.phase : pod.reason;

    bool initializing = false;
    const qsizetype initCount = pod.spec.initContainers.size();
    for (qsizetype i = 0; i < pod.initContainerStatuses.size(); ++i) {
        const ContainerStatus &c = pod.initContainerStatuses.at(i);
        result.restarts += c.restartCount;
        // The plugin's order (§1.7): a terminated container is judged by its exit code before
        // the sidecar rule is consulted.
        if (c.terminated && c.terminated->exitCode == 0)
            continue;
        if (c.terminated) {
            reason = c.terminated->reason.isEmpty() ? u"Init:"_s + terminationText(*c.terminated)
                                                    : u"Init:"_s + c.terminated->reason;
            initializing = true;
            break;
        }
        // A native sidecar (restartPolicy: Always) that has started does not hold the pod in
        // initialization: when ready the walk goes on, when not ready it ends and the regular
        // containers decide the status.
        if (isSidecar(pod, c.name) && c.started.value_or(false)) {
            if (c.ready)
                continue;
            break;
        }
        if (c.waiting && !c.waitingReason.isEmpty() && c.waitingReason != u"PodInitializing")
            reason = u"Init:"_s + c.waitingReason;
        else
            reason = u"Init:"_s + QString::number(i) + u'/' + QString::number(initCount);
        initializing = true;
        break;
    }

    if (!initializing) {
        result.restarts = 0;
        bool hasRunning = false;
        for (qsizetype i = pod.containerStatuses.size() - 1; i >= 0; --i) {
            const ContainerStatus &c = pod.containerStatuses.at(i);
            result.restarts += c.restartCount;
            if (c.waiting && !c.waitingReason.isEmpty()) {
                reason = c.waitingReason;
            } else if (c.terminated && !c.terminated->reason.isEmpty()) {
                reason = c.terminated->reason;
            } else if (c.terminated) {
                reason = terminationText(*c.terminated);
            } else if (c.ready && c.running) {
                hasRunning = true;
                ++result.readyContainers;
            }
        }
        if (reason == u"Completed" && hasRunning)
            reason = u"Running"_s;
    }

    if (pod.meta.deletionTimestamp.isValid())
        reason = pod.reason == u"NodeLost" ? u"Unknown"_s : u"Terminating"_s;
    result.status = reason;
    return result;
}

} // namespace rd::core
