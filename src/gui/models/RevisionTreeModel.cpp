#include "gui/models/RevisionTreeModel.h"

#include "core/Duration.h"
#include "gui/PlainText.h"
#include "gui/StatusIcons.h"
#include "gui/i18n/LocaleFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using Node = RevisionTreeModel::Node;

namespace {

QString kindName(core::RolloutTreeNode::Kind kind)
{
    using K = core::RolloutTreeNode::Kind;
    switch (kind) {
    case K::Rollout:
        return u"rollout"_s;
    case K::Revision:
        return u"revision"_s;
    case K::ReplicaSet:
        return u"replicaset"_s;
    case K::Pod:
        return u"pod"_s;
    case K::Experiment:
        return u"experiment"_s;
    case K::AnalysisRun:
        return u"analysisrun"_s;
    case K::Job:
        return u"job"_s;
    }
    return {};
}

// Moves the core tree into shown nodes; each node keeps its row fields, not the core children.
std::unique_ptr<Node> adopt(core::RolloutTreeNode row, Node *parent)
{
    auto n = std::make_unique<Node>();
    n->parent = parent;
    std::vector<core::RolloutTreeNode> children = std::move(row.children);
    row.children.clear();
    n->row = std::move(row);
    for (core::RolloutTreeNode &child : children)
        n->children.push_back(adopt(std::move(child), n.get()));
    return n;
}

} // namespace

RevisionTreeModel::RevisionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

RevisionTreeModel::~RevisionTreeModel() = default;

void RevisionTreeModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

std::unique_ptr<Node> RevisionTreeModel::build() const
{
    auto root = std::make_unique<Node>();
    if (m_info)
        root->children.push_back(
            adopt(core::RolloutTree::ofRollout(*m_info, m_clock()), root.get()));
    return root;
}

void RevisionTreeModel::setRollout(const core::RolloutInfo *info)
{
    // An unreadable rollout has no tree: the page shows the parser's message instead.
    if (info && info->unreadable())
        info = nullptr;
    const QString key = info ? info->key() : QString();
    if (info)
        m_info = *info;
    else
        m_info.reset();
    if (key != m_key) {
        // Another rollout: a new tree, so a reset is the honest signal.
        beginResetModel();
        m_key = key;
        m_root = build();
        endResetModel();
        return;
    }
    if (!info)
        return;
    auto wanted = build();
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
        const QString id = have[size_t(i)]->row.id();
        const bool kept = std::any_of(want.begin(), want.end(),
                                      [&](const auto &w) { return w && w->row.id() == id; });
        if (!kept) {
            beginRemoveRows(shownIndex, i, i);
            have.erase(have.begin() + i);
            endRemoveRows();
        }
    }
    // 2. Walk the wanted order: keep, move into place, or insert.
    for (int i = 0; i < int(want.size()); ++i) {
        Node &w = *want[size_t(i)];
        const QString id = w.row.id();
        int at = -1;
        for (int j = i; j < int(have.size()); ++j) {
            if (have[size_t(j)]->row.id() == id) {
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
            // `want[i]` moved into the shown tree; an empty placeholder keeps the indices.
            want[size_t(i)] = std::make_unique<Node>();
            want[size_t(i)]->row.kind = core::RolloutTreeNode::Kind::Revision;
            want[size_t(i)]->row.name = u"\n"_s; // an id no real row has
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
        if (!(h->row == w.row)) {
            const bool statusChanged = h->row.status != w.row.status || h->row.icon != w.row.icon;
            h->row = w.row;
            QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
            if (statusChanged)
                roles << Qt::DecorationRole << GlyphRole;
            Q_EMIT dataChanged(indexOf(h, 0), indexOf(h, ColumnCount - 1), roles);
        }
        sync(h, w, indexOf(h, 0));
    }
}

void RevisionTreeModel::refreshAges()
{
    // A scale-down delay counts down too: diff against the tree as of now, then every age.
    if (m_info) {
        auto wanted = build();
        sync(m_root.get(), *wanted, {});
    }
    refreshAges(m_root.get(), {});
}

qint64 RevisionTreeModel::msUntilNextChange() const
{
    return dueOf(m_root.get(), m_clock());
}

qint64 RevisionTreeModel::dueOf(const Node *node, const QDateTime &now)
{
    qint64 soonest = -1;
    const auto sooner = [&soonest](qint64 ms) {
        soonest = soonest < 0 ? ms : std::min(soonest, ms);
    };
    for (const auto &child : node->children) {
        const core::RolloutTreeNode &row = child->row;
        // A scale-down delay counts down in seconds.
        for (const core::TreeInfoPart &part : row.info) {
            if (part.plain.startsWith(u"delay:"))
                sooner(1000);
        }
        // Go's zero time (an invalid `since`) shows a saturated age that never changes.
        if (row.hasAge && row.since.isValid()) {
            const qint64 age = row.since.msecsTo(now);
            sooner(std::max<qint64>(0, core::humanDurationNextChange(age) - age));
        }
        if (const qint64 below = dueOf(child.get(), now); below >= 0)
            sooner(below);
    }
    return soonest;
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
        // Names and infos come from the cluster: never read as rich text.
        const QVariant text = data(index, Qt::DisplayRole);
        return text.isValid() ? QVariant(plainToolTip(text.toString())) : text;
    }
    const core::RolloutTreeNode &n = static_cast<Node *>(index.internalPointer())->row;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (role == Qt::ToolTipRole && column == AgeColumn && n.hasAge && n.since.isValid())
            return LocaleFormat::ageToolTip(n.since, m_clock());
        switch (column) {
        case NameColumn:
            return n.name;
        case KindColumn:
            return n.kindText();
        case StatusColumn:
            return n.status;
        case AgeColumn:
            // The window words ages in the user's language (English keeps the plugin's "7d");
            // Go's zero time keeps the plugin's saturated age.
            if (n.hasAge && n.since.isValid())
                return LocaleFormat::duration(n.since.msecsTo(m_clock()));
            return n.ageText(m_clock());
        case InfoColumn:
            return n.infoText();
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return StatusIcons::forKind(kindName(n.kind));
        if (column == StatusColumn && !n.icon.trimmed().isEmpty())
            return StatusIcons::forGlyph(n.icon);
        return {};
    case NodeIdRole:
        return n.id();
    case NodeKindRole:
        return kindName(n.kind);
    case GlyphRole:
        return n.icon;
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
