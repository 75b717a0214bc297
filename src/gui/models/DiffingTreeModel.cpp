#include "gui/models/DiffingTreeModel.h"

#include "gui/StatusIcons.h"

#include <algorithm>

namespace rd::gui {

struct DiffingTreeModel::Node
{
    Row row; // its `children` stay empty: the shown children are below
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int rowInParent() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
};

DiffingTreeModel::DiffingTreeModel(int columnCount, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columns(columnCount)
    , m_root(std::make_unique<Node>())
{}

DiffingTreeModel::~DiffingTreeModel() = default;

void DiffingTreeModel::setRows(std::vector<Row> rows)
{
    sync(m_root.get(), rows, {});
}

void DiffingTreeModel::sync(Node *shown, std::vector<Row> &wanted, const QModelIndex &shownIndex)
{
    auto &have = shown->children;
    // 1. Remove the rows that are gone, from the end so row numbers stay valid.
    for (int i = int(have.size()) - 1; i >= 0; --i) {
        const QString &id = have[size_t(i)]->row.id;
        const bool kept =
            std::any_of(wanted.begin(), wanted.end(), [&](const Row &w) { return w.id == id; });
        if (!kept) {
            beginRemoveRows(shownIndex, i, i);
            have.erase(have.begin() + i);
            endRemoveRows();
        }
    }
    // 2. Walk the wanted order: keep, move into place, or insert.
    for (int i = 0; i < int(wanted.size()); ++i) {
        Row &w = wanted[size_t(i)];
        int at = -1;
        for (int j = i; j < int(have.size()); ++j) {
            if (have[size_t(j)]->row.id == w.id) {
                at = j;
                break;
            }
        }
        if (at < 0) {
            auto node = std::make_unique<Node>();
            node->parent = shown;
            std::vector<Row> children = std::move(w.children);
            w.children.clear();
            node->row = w;
            Node *raw = node.get();
            beginInsertRows(shownIndex, i, i);
            have.insert(have.begin() + i, std::move(node));
            endInsertRows();
            // Children arrive as inserts below the new row, which views handle like any insert.
            sync(raw, children, indexOf(raw, 0));
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
        std::vector<Row> children = std::move(w.children);
        w.children.clear();
        if (!h->row.sameFields(w)) {
            // Only the changed cells, with the roles they carry.
            int first = m_columns, last = -1;
            for (int c = 0; c < m_columns; ++c) {
                if (h->row.cells.value(c) != w.cells.value(c)) {
                    first = std::min(first, c);
                    last = std::max(last, c);
                }
            }
            const bool iconChanged = h->row.glyph != w.glyph || h->row.iconColumn != w.iconColumn;
            const bool flagsChanged = h->row.selectable != w.selectable;
            const int oldIcon = h->row.iconColumn;
            h->row = w;
            if (last >= 0)
                Q_EMIT dataChanged(indexOf(h, first), indexOf(h, last),
                                   {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
            if (iconChanged) {
                for (int c : {oldIcon, w.iconColumn}) {
                    if (c >= 0)
                        Q_EMIT dataChanged(indexOf(h, c), indexOf(h, c), {Qt::DecorationRole});
                }
            }
            if (flagsChanged)
                Q_EMIT dataChanged(indexOf(h, 0), indexOf(h, m_columns - 1), {});
        }
        sync(h, children, indexOf(h, 0));
    }
}

QModelIndex DiffingTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->rowInParent(), column, const_cast<Node *>(node));
}

DiffingTreeModel::Node *DiffingTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DiffingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DiffingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<Node *>(child.internalPointer())->parent, 0);
}

int DiffingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DiffingTreeModel::columnCount(const QModelIndex &) const
{
    return m_columns;
}

QVariant DiffingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = nodeOf(index)->row;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.cells.value(index.column());
    case Qt::DecorationRole:
        if (index.column() == row.iconColumn && !row.glyph.trimmed().isEmpty())
            return StatusIcons::forGlyph(row.glyph);
        return {};
    case RowIdRole:
        return row.id;
    }
    return {};
}

Qt::ItemFlags DiffingTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return nodeOf(index)->row.selectable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                         : Qt::ItemIsEnabled;
}

QVariant DiffingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns)
        return {};
    return columnTitle(section);
}

void DiffingTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

} // namespace rd::gui
