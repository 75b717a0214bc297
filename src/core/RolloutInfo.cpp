#include "RolloutInfo.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// Adds an image, or merges its tags (sorted, de-duplicated) into the same image already listed;
// the list stays sorted by image.
void mergeImage(QList<ImageInfo> &images, const ImageInfo &image)
{
    auto existing = std::find_if(images.begin(), images.end(),
                                 [&](const ImageInfo &i) { return i.image == image.image; });
    if (existing == images.end()) {
        images.append(image);
    } else {
        QStringList tags = existing->tags + image.tags;
        tags.sort();
        tags.removeDuplicates();
        existing->tags = tags;
    }
    std::stable_sort(images.begin(), images.end(),
                     [](const ImageInfo &a, const ImageInfo &b) { return a.image < b.image; });
}

template <typename T> QList<T> byRevision(const QList<T> &items, qint64 revision)
{
    QList<T> result;
    for (const T &item : items) {
        if (item.revision == revision)
            result.append(item);
    }
    return result;
}

} // namespace

QList<qint64> RolloutInfo::revisions() const
{
    QList<qint64> result;
    auto add = [&](qint64 r) {
        if (!result.contains(r))
            result.append(r);
    };
    for (const ReplicaSetInfo &rs : replicaSets)
        add(rs.revision);
    for (const ExperimentInfo &ex : experiments)
        add(ex.revision);
    for (const AnalysisRunInfo &run : analysisRuns)
        add(run.revision);
    std::sort(result.begin(), result.end(), std::greater<>());
    return result;
}

QList<ReplicaSetInfo> RolloutInfo::replicaSetsByRevision(qint64 revision) const
{
    return byRevision(replicaSets, revision);
}

QList<ExperimentInfo> RolloutInfo::experimentsByRevision(qint64 revision) const
{
    return byRevision(experiments, revision);
}

QList<AnalysisRunInfo> RolloutInfo::analysisRunsByRevision(qint64 revision) const
{
    return byRevision(analysisRuns, revision);
}

QList<ImageInfo> RolloutInfo::images() const
{
    QList<ImageInfo> result;
    for (const ReplicaSetInfo &rs : replicaSets) {
        if (rs.replicas <= 0)
            continue;
        for (const QString &image : rs.images) {
            ImageInfo info{image, {}};
            if (rs.canary)
                info.tags.append(u"canary"_s);
            if (rs.stable)
                info.tags.append(u"stable"_s);
            if (rs.active)
                info.tags.append(u"active"_s);
            if (rs.preview)
                info.tags.append(u"preview"_s);
            if (rs.ping)
                info.tags.append(u"ping"_s);
            if (rs.pong)
                info.tags.append(u"pong"_s);
            mergeImage(result, info);
        }
    }
    for (const ExperimentInfo &ex : experiments) {
        for (const ImageInfo &image : experimentImages(ex))
            mergeImage(result, image);
    }
    return result;
}

QList<ImageInfo> experimentImages(const ExperimentInfo &experiment)
{
    QList<ImageInfo> result;
    for (const ReplicaSetInfo &rs : experiment.replicaSets) {
        if (rs.replicas <= 0)
            continue;
        for (const QString &image : rs.images) {
            ImageInfo info{image, {}};
            if (!rs.templateName.isEmpty())
                info.tags.append(u"Σ:"_s + rs.templateName);
            mergeImage(result, info);
        }
    }
    return result;
}

} // namespace rd::core
