#pragma once

#include "ObjectMeta.h"
#include "PodTemplate.h"
#include "Result.h"

#include <optional>

namespace rd::core {

struct ContainerStatus
{
    struct Terminated
    {
        QString reason;
        qint64 exitCode = 0;
        qint64 signal = 0;
    };
    QString name;
    bool ready = false;
    qint64 restartCount = 0;
    std::optional<bool> started;
    bool waiting = false;
    QString waitingReason;
    bool running = false;
    std::optional<Terminated> terminated;

    static ContainerStatus read(const JsonReader &status);
};

// A typed, read-only view of a v1 Pod.
struct Pod
{
    ObjectMeta meta;
    QJsonObject json; // fromJson only
    PodTemplate spec; // containers and init containers of `spec`
    QString phase;
    QString reason;
    QList<ContainerStatus> initContainerStatuses;
    QList<ContainerStatus> containerStatuses;

    static Result<Pod> fromJson(const QJsonObject &object);
    // The same from a store's packed text (kube::ObjectCache), read with ParsedJson.
    static Result<Pod> fromText(QByteArrayView text);
    static Result<Pod> read(const JsonReader &root);
};

} // namespace rd::core
