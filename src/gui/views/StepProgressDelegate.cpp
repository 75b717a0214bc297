#include "gui/views/StepProgressDelegate.h"

#include "gui/models/RolloutBoardModel.h"

#include <QPainter>

namespace rd::gui {

void StepProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const double fraction = index.data(RolloutBoardModel::StepFractionRole).toDouble();
    if (fraction < 0)
        return;
    const auto phase = core::Phase(index.data(RolloutBoardModel::PhaseRole).toInt());
    QColor fill(0x1f, 0x6f, 0xd1);
    if (phase == core::Phase::Healthy)
        fill = QColor(0x2e, 0x9d, 0x4c);
    else if (phase == core::Phase::Paused)
        fill = QColor(0xe8, 0xa3, 0x17);
    else if (phase == core::Phase::Degraded)
        fill = QColor(0xd1, 0x34, 0x38);
    const QRect r = option.rect.adjusted(4, option.rect.height() - 6, -4, -2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRoundedRect(r, 2, 2);
    QRect done = r;
    done.setWidth(int(r.width() * fraction));
    painter->setBrush(fill);
    if (done.width() > 0)
        painter->drawRoundedRect(done, 2, 2);
    painter->restore();
}

} // namespace rd::gui
