#include "PodTemplate.h"

namespace rd::core {

namespace {

QList<Container> readContainers(const JsonReader &spec, QStringView key)
{
    QList<Container> result;
    for (const JsonReader &c : spec.objects(key))
        result.append(Container{c.string(u"name"), c.string(u"image"), c.string(u"restartPolicy")});
    return result;
}

QStringList imagesOf(const QList<Container> &containers)
{
    QStringList images;
    for (const Container &c : containers)
        images.append(c.image);
    return images;
}

} // namespace

QStringList PodTemplate::images() const
{
    return imagesOf(containers);
}

QStringList PodTemplate::initContainerImages() const
{
    return imagesOf(initContainers);
}

PodTemplate PodTemplate::readPodSpec(const JsonReader &podSpec)
{
    PodTemplate result;
    result.containers = readContainers(podSpec, u"containers");
    result.initContainers = readContainers(podSpec, u"initContainers");
    result.ephemeralContainers = readContainers(podSpec, u"ephemeralContainers");
    return result;
}

PodTemplate PodTemplate::read(const JsonReader &podTemplate)
{
    return readPodSpec(podTemplate.object(u"spec"));
}

} // namespace rd::core
