#pragma once

#include "core/RolloutTree.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rd::gui {

// The plugin's tree for one rollout (core::RolloutTree, the rows `get rollout` prints): rollout →
// revisions → ReplicaSets → pods, experiments and analysis runs → jobs, with the plugin's
// columns. setRollout() diffs the new tree against the shown one (insert, remove, move,
// dataChanged per node); it never resets on an update.
class RevisionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StatusColumn, AgeColumn, InfoColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        NodeKindRole, // the icon name: rollout, revision, replicaset, pod, experiment, ...
        GlyphRole     // the status glyph the plugin prints before the status word
    };

    explicit RevisionTreeModel(QObject *parent = nullptr);
    ~RevisionTreeModel() override;

    // Shows `info` (null clears). Switching to another rollout resets; the same rollout diffs.
    void setRollout(const core::RolloutInfo *info);
    void refreshAges();
    // How long until refreshAges() would show something new (an age text, a scale-down delay's
    // countdown), in ms at least 0; -1 when nothing shown depends on the time.
    qint64 msUntilNextChange() const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A shown row: the core tree's fields (its own `children` stay empty) and the shown children.
    struct Node
    {
        core::RolloutTreeNode row;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    // Where ages count to; the wall clock unless a test sets another.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);

private:
    std::unique_ptr<Node> build() const;
    void sync(Node *shown, Node &wanted, const QModelIndex &shownIndex);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    void refreshAges(const Node *node, const QModelIndex &index);
    static qint64 dueOf(const Node *node, const QDateTime &now);

    std::unique_ptr<Node> m_root; // invisible root; its child is the rollout
    QString m_key;
    std::optional<core::RolloutInfo> m_info;
    Clock m_clock;
};

} // namespace rd::gui
