#pragma once

#include <QHash>
#include <QString>

namespace rd::sim {

class ControllerManager;

// A kubelet-like pod lifecycle: Pending -> ContainerCreating -> Running and ready, each after a
// (speed-scaled) delay; an image tagged `does-not-exist` or `bad` ends in ErrImagePull /
// ImagePullBackOff instead.
class Kubelet
{
public:
    explicit Kubelet(ControllerManager *manager)
        : m_manager(manager)
    {}
    void reconcile(const QString &ns, const QString &name);

    static bool isBadImage(const QString &image);

private:
    ControllerManager *m_manager;
    QHash<QString, qint64> m_due; // pod key -> earliest next transition (ms since epoch)
};

} // namespace rd::sim
