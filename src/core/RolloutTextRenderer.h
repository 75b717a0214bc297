#pragma once

#include "Rollout.h"
#include "RolloutInfo.h"

#include <QDateTime>

namespace rd::core {

// Writes what `kubectl argo rollouts get rollout|experiment` and `list rollouts` print, byte for
// byte (rollouts-semantics.md §2), with or without colour.
class RolloutTextRenderer
{
public:
    RolloutTextRenderer(const QDateTime &now, bool color)
        : m_now(now)
        , m_color(color)
    {}

    QString rollout(const RolloutInfo &info) const;
    // Only the tree table of `get rollout` (what "Copy as text" of the revision tree gives).
    QString rolloutTree(const RolloutInfo &info) const;
    QString experiment(const ExperimentInfo &info) const;
    // `list rollouts`; with `allNamespaces` a NAMESPACE column comes first.
    static QString rolloutList(const QList<Rollout> &rollouts, bool allNamespaces);

    // Colour is on unless `--no-color` was given or TERM is "dumb".
    static bool colorWanted(bool noColorFlag);

private:
    QString colorize(const QString &token) const;
    QString colorizeAs(const QString &text, const QString &status) const;
    QString header(const QString &label, const QString &value) const;
    QString identityHeader(const InfoMeta &meta, const QString &icon, const QString &status,
                           const QString &message) const;
    QString imagesBlock(const QList<ImageInfo> &images) const;
    void treeRows(class TabWriter &w, const struct RolloutTreeNode &node, const QString &prefix,
                  const QString &subPrefix) const;

    QDateTime m_now;
    bool m_color;
};

} // namespace rd::core
