#include "gui/models/RevisionTreeModel.h"

#include "core/RolloutInfo.h"
#include "core/RolloutInfoBuilder.h"
#include "gui/PlainText.h"
#include "gui/StatusIcons.h"
#include "gui/i18n/LocaleFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using Node = RevisionTreeModel::Node;

namespace {

std::unique_ptr<Node> makeNode(const QString &id, const QString &kind, const QString &name,
                               const QString &kindText, const QString &status, const QString &glyph,
                               const QDateTime &created, const QString &info)
{
    auto n = std::make_unique<Node>();
    n->id = id;
    n->kind = kind;
    n->name = name;
    n->kindText = kindText;
    n->status = status;
    n->glyph = glyph;
    n->created = created;
    n->info = info;
    return n;
}

void add(Node &parent, std::unique_ptr<Node> child)
{
    child->parent = &parent;
    parent.children.push_back(std::move(child));
}

std::unique_ptr<Node> podNode(const core::PodInfo &pod)
{
    QStringList info{u"ready:"_s + pod.ready};
    if (pod.restarts > 0)
        info << u"restarts:"_s + QString::number(pod.restarts);
    return makeNode(u"pod:"_s + pod.meta.name, u"pod"_s, pod.meta.name, u"Pod"_s, pod.status,
                    pod.icon, pod.meta.creationTimestamp, info.join(u','));
}

std::unique_ptr<Node> replicaSetNode(const core::ReplicaSetInfo &rs)
{
    QStringList info;
    if (rs.stable)
        info << u"stable"_s;
    if (rs.canary)
        info << u"canary"_s;
    if (rs.active)
        info << u"active"_s;
    if (rs.preview)
        info << u"preview"_s;
    if (rs.ping)
        info << u"ping"_s;
    if (rs.pong)
        info << u"pong"_s;
    const QString delay = core::scaleDownDelay(rs, QDateTime::currentDateTimeUtc());
    if (!delay.isEmpty())
        info << u"delay:"_s + delay;
    auto n = makeNode(u"rs:"_s + rs.meta.name, u"replicaset"_s, rs.meta.name, u"ReplicaSet"_s,
                      rs.status, rs.icon, rs.meta.creationTimestamp, info.join(u','));
    for (const auto &pod : rs.pods)
        add(*n, podNode(pod));
    return n;
}

std::unique_ptr<Node> analysisRunNode(const core::AnalysisRunInfo &run)
{
    QStringList info;
    if (run.successful > 0)
        info << u"✔ "_s + QString::number(run.successful);
    if (run.failed > 0)
        info << u"✖ "_s + QString::number(run.failed);
    if (run.inconclusive > 0)
        info << u"⚠ "_s + QString::number(run.inconclusive);
    if (run.error > 0)
        info << u"⚠ "_s + QString::number(run.error);
    auto n = makeNode(u"ar:"_s + run.meta.name, u"analysisrun"_s, run.meta.name, u"AnalysisRun"_s,
                      run.status, run.icon, run.meta.creationTimestamp, info.join(u','));
    for (const auto &job : run.jobs) {
        add(*n, makeNode(u"job:"_s + job.meta.name, u"job"_s, job.meta.name, u"Job"_s, job.status,
                         job.icon, job.meta.creationTimestamp, {}));
    }
    return n;
}

} // namespace

RevisionTreeModel::RevisionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

RevisionTreeModel::~RevisionTreeModel() = default;

std::unique_ptr<Node> RevisionTreeModel::build(const core::RolloutInfo &info)
{
    auto root = std::make_unique<Node>();
    auto rollout = makeNode(u"rollout:"_s + info.meta.name, u"rollout"_s, info.meta.name,
                            u"Rollout"_s, info.status, info.icon, info.meta.creationTimestamp, {});
    const QList<qint64> revisions = info.revisions();
    for (qint64 rev : revisions) {
        auto r = makeNode(u"rev:"_s + QString::number(rev), u"revision"_s,
                          u"revision:"_s + QString::number(rev), {}, {}, {}, {}, {});
        for (const auto &rs : info.replicaSetsByRevision(rev))
            add(*r, replicaSetNode(rs));
        for (const auto &ex : info.experimentsByRevision(rev)) {
            auto e = makeNode(u"ex:"_s + ex.meta.name, u"experiment"_s, ex.meta.name,
                              u"Experiment"_s, ex.status, ex.icon, ex.meta.creationTimestamp, {});
            for (const auto &rs : ex.replicaSets)
                add(*e, replicaSetNode(rs));
            for (const auto &run : ex.analysisRuns)
                add(*e, analysisRunNode(run));
            add(*r, std::move(e));
        }
        for (const auto &run : info.analysisRunsByRevision(rev))
            add(*r, analysisRunNode(run));
        add(*rollout, std::move(r));
    }
    add(*root, std::move(rollout));
    return root;
}

void RevisionTreeModel::setRollout(const core::RolloutInfo *info)
{
    const QString key = info ? info->key() : QString();
    if (key != m_key) {
        // Another rollout: a new tree, so a reset is the honest signal.
        beginResetModel();
        m_key = key;
        m_root = info ? build(*info) : std::make_unique<Node>();
        endResetModel();
        return;
    }
    if (!info)
        return;
    auto wanted = build(*info);
    sync(m_root.get(), *wanted, {});
}

int RevisionTreeModel::rowOf(const Node *node) const
{
    if (!node->parent)
        return 0;
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex RevisionTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

Node *RevisionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void RevisionTreeModel::sync(Node *shown, Node &wanted, const QModelIndex &shownIndex)
{
    auto &have = shown->children;
    auto &want = wanted.children;
    // 1. Remove children that are gone (from the end so rows stay valid).
    for (int i = int(have.size()) - 1; i >= 0; --i) {
        const QString &id = have[size_t(i)]->id;
        const bool kept =
            std::any_of(want.begin(), want.end(), [&](const auto &w) { return w->id == id; });
        if (!kept) {
            beginRemoveRows(shownIndex, i, i);
            have.erase(have.begin() + i);
            endRemoveRows();
        }
    }
    // 2. Walk the wanted order: keep, move into place, or insert.
    for (int i = 0; i < int(want.size()); ++i) {
        Node &w = *want[size_t(i)];
        int at = -1;
        for (int j = i; j < int(have.size()); ++j) {
            if (have[size_t(j)]->id == w.id) {
                at = j;
                break;
            }
        }
        if (at < 0) {
            beginInsertRows(shownIndex, i, i);
            auto node = std::move(want[size_t(i)]);
            node->parent = shown;
            have.insert(have.begin() + i, std::move(node));
            endInsertRows();
            // `want[i]` is now empty; recreate a placeholder id so later lookups skip it.
            want[size_t(i)] = std::make_unique<Node>();
            continue;
        }
        if (at != i) {
            beginMoveRows(shownIndex, at, at, shownIndex, i);
            auto node = std::move(have[size_t(at)]);
            have.erase(have.begin() + at);
            have.insert(have.begin() + i, std::move(node));
            endMoveRows();
        }
        Node *h = have[size_t(i)].get();
        if (!h->sameFields(w)) {
            const bool statusChanged = h->status != w.status || h->glyph != w.glyph;
            h->name = w.name;
            h->kindText = w.kindText;
            h->status = w.status;
            h->glyph = w.glyph;
            h->created = w.created;
            h->info = w.info;
            QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
            if (statusChanged)
                roles << Qt::DecorationRole;
            Q_EMIT dataChanged(indexOf(h, 0), indexOf(h, ColumnCount - 1), roles);
        }
        sync(h, w, indexOf(h, 0));
    }
}

QString RevisionTreeModel::ageText(const Node &node) const
{
    if (!node.created.isValid())
        return {};
    return LocaleFormat::duration(node.created.msecsTo(QDateTime::currentDateTimeUtc()));
}

void RevisionTreeModel::refreshAges()
{
    refreshAges(m_root.get(), {});
}

void RevisionTreeModel::refreshAges(const Node *node, const QModelIndex &index)
{
    if (node->children.empty())
        return;
    Q_EMIT dataChanged(this->index(0, AgeColumn, index),
                       this->index(int(node->children.size()) - 1, AgeColumn, index),
                       {Qt::DisplayRole});
    for (const auto &child : node->children)
        refreshAges(child.get(), indexOf(child.get(), 0));
}

void RevisionTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshAges(); // in the new language's units
}

QModelIndex RevisionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex RevisionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = static_cast<Node *>(child.internalPointer());
    return indexOf(n->parent, 0);
}

int RevisionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RevisionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RevisionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::ToolTipRole) {
        const QVariant text = data(index, Qt::DisplayRole);
        return text.isValid() ? QVariant(plainToolTip(text.toString())) : text;
    }
    const Node &n = *static_cast<Node *>(index.internalPointer());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (role == Qt::ToolTipRole && column == AgeColumn)
            return LocaleFormat::ageToolTip(n.created, QDateTime::currentDateTimeUtc());
        switch (column) {
        case NameColumn:
            return n.name;
        case KindColumn:
            return n.kindText;
        case StatusColumn:
            return n.status;
        case AgeColumn:
            return ageText(n);
        case InfoColumn:
            return n.info;
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return StatusIcons::forKind(n.kind);
        if (column == StatusColumn && !n.glyph.isEmpty())
            return StatusIcons::forGlyph(n.glyph);
        return {};
    case NodeIdRole:
        return n.id;
    case NodeKindRole:
        return n.kind;
    }
    return {};
}

QVariant RevisionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: Revision tree column header
        return tr("Name");
    case KindColumn:
        //: Revision tree column header (Rollout, ReplicaSet, Pod, ...)
        return tr("Kind");
    case StatusColumn:
        //: Revision tree column header
        return tr("Status");
    case AgeColumn:
        //: Revision tree column header
        return tr("Age");
    case InfoColumn:
        //: Revision tree column header (stable/canary tags, ready counts, ...)
        return tr("Info");
    }
    return {};
}

} // namespace rd::gui
