#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace rd::gui {

// A read-only tree (or table) of text rows that is updated by diffing: setRows() removes rows
// that are gone, inserts new ones, moves rows whose order changed and emits dataChanged only for
// the cells that changed, with only the roles they carry. It never resets, so views keep their
// selection, expansion and scroll position across watch events. Subclasses turn a RolloutInfo
// into rows and name the columns.
class DiffingTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { RowIdRole = Qt::UserRole + 1 };

    struct Row
    {
        QString id; // unique among siblings; what a row is recognised by across updates
        QStringList cells;
        QString glyph;       // a status glyph of core/Icons.h shown as the icon of iconColumn
        int iconColumn = -1; // -1: no icon
        bool selectable = true;
        std::vector<Row> children;
        bool sameFields(const Row &o) const
        {
            return cells == o.cells && glyph == o.glyph && iconColumn == o.iconColumn &&
                   selectable == o.selectable;
        }
    };

    DiffingTreeModel(int columnCount, QObject *parent = nullptr);
    ~DiffingTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Headers are translated: call after a language change.
    void retranslate();

protected:
    void setRows(std::vector<Row> rows);
    virtual QString columnTitle(int column) const = 0;

private:
    struct Node;
    void sync(Node *shown, std::vector<Row> &wanted, const QModelIndex &shownIndex);
    QModelIndex indexOf(const Node *node, int column) const;
    Node *nodeOf(const QModelIndex &index) const;

    int m_columns;
    std::unique_ptr<Node> m_root;
};

} // namespace rd::gui
