#pragma once

#include "gui/models/RolloutBoardModel.h"

#include <QSortFilterProxyModel>

namespace rd::gui {

// Filters the board by chip, context and search text, and sorts by the model's raw SortRole values.
// Search words must all match; a word "label:value" matches a label (value may be empty to
// match any value of that label), other words match name or namespace (case-insensitive).
class RolloutFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Chip {
        All,
        NeedsAttention,
        Paused,
        Progressing,
        Degraded,
        Healthy,
        Favourites,
        WaitingOnMe, // paused for a person or Degraded, in every watched context
    };
    Q_ENUM(Chip)

    explicit RolloutFilterModel(QObject *parent = nullptr);

    void setChip(Chip chip);
    Chip chip() const { return m_chip; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Only the rows of this context; empty = every context.
    void setContextFilter(const QString &context);
    QString contextFilter() const { return m_context; }

    // Whether a source row belongs to a chip (ignoring the search), for the chip counts.
    bool rowInChip(int sourceRow, Chip chip) const;
    static bool inChip(const RolloutBoardModel::RowFacts &facts, Chip chip);
    bool rowMatchesSearch(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The source model as the board, or null for another model (read through its roles then).
    const RolloutBoardModel *board() const;

    Chip m_chip = Chip::All;
    QString m_search;
    QString m_context;
    QStringList m_words;
};

} // namespace rd::gui
