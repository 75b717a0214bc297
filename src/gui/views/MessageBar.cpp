#include "gui/views/MessageBar.h"

#include "gui/StatusColours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(u"messageBarText"_s);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(u"messageBarClose"_s);
    m_close->setText(u"×"_s);
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    hide();
    retranslateUi();
}

void MessageBar::showMessage(const QString &text, bool error)
{
    m_label->setText(text);
    setStyleSheet(StatusColours::messageBar(error));
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBar::retranslateUi()
{
    // Read with the message by a screen reader: words, not the object name.
    m_label->setAccessibleDescription(tr("Message"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd::gui
