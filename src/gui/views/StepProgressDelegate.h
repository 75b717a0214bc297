#pragma once

#include <QStyledItemDelegate>

namespace rd::gui {

// Draws the board's step cell as "n/m" over a thin progress bar.
class StepProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace rd::gui
