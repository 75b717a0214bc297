#pragma once

#include <QAbstractItemModel>
#include <QDateTime>

#include <memory>
#include <vector>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The plugin's tree for one rollout: rollout → revisions → ReplicaSets → pods, experiments and
// analysis runs → jobs, with the plugin's columns. setRollout() diffs the new tree against the
// shown one (insert, remove, move, dataChanged per node); it never resets on an update.
class RevisionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StatusColumn, AgeColumn, InfoColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, NodeKindRole };

    explicit RevisionTreeModel(QObject *parent = nullptr);
    ~RevisionTreeModel() override;

    // Shows `info` (null clears). Switching to another rollout resets; the same rollout diffs.
    void setRollout(const core::RolloutInfo *info);
    void refreshAges();
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Node
    {
        QString id;   // unique among siblings: "rs:<name>", "pod:<name>", "rev:3", ...
        QString kind; // icon name: rollout, revision, replicaset, pod, experiment, analysisrun, job
        QString name;
        QString kindText; // plugin's KIND column
        QString status;
        QString glyph;
        QDateTime created;
        QString info;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;

        bool sameFields(const Node &o) const
        {
            return name == o.name && kindText == o.kindText && status == o.status &&
                   glyph == o.glyph && created == o.created && info == o.info;
        }
    };

private:
    static std::unique_ptr<Node> build(const core::RolloutInfo &info);
    void sync(Node *shown, Node &wanted, const QModelIndex &shownIndex);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    QString ageText(const Node &node) const;
    void refreshAges(const Node *node, const QModelIndex &index);

    std::unique_ptr<Node> m_root; // invisible root; its child is the rollout
    QString m_key;
};

} // namespace rd::gui
