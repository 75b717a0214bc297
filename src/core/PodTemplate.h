#pragma once

#include "JsonReader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd::core {

struct Container
{
    QString name;
    QString image;
    QString restartPolicy; // init containers: "Always" marks a sidecar
};

// The containers of a pod template (`spec.template`) or of a pod's `spec`.
struct PodTemplate
{
    QList<Container> containers;
    QList<Container> initContainers;
    QList<Container> ephemeralContainers;

    QStringList images() const;
    QStringList initContainerImages() const;

    // Reads containers from a pod spec object (`template.spec` or a pod's `spec`).
    static PodTemplate readPodSpec(const JsonReader &podSpec);
    static PodTemplate read(const JsonReader &podTemplate);
};

} // namespace rd::core
