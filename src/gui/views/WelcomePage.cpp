#include "gui/views/WelcomePage.h"

#include "gui/StatusColours.h"
#include "gui/StatusIcons.h"
#include "ui_WelcomePage.h"

#include <QEvent>

namespace rd::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(StatusIcons::appIcon().pixmap(QSize(96, 96)));
    // Relative to the user's font, which a form cannot say.
    QFont f = m_ui->title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    m_ui->title->setFont(f);
    m_ui->welcomeReason->setStyleSheet(StatusColours::errorText());
    m_ui->welcomeReason->hide();
    connect(m_ui->openKubeconfigButton, &QPushButton::clicked, this,
            &WelcomePage::openKubeconfigRequested);
    connect(m_ui->startDemoButton, &QPushButton::clicked, this, &WelcomePage::startDemoRequested);
    connect(m_ui->openSnapshotButton, &QPushButton::clicked, this,
            &WelcomePage::openSnapshotRequested);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setReason(const QString &reason)
{
    m_ui->welcomeReason->setText(reason);
    m_ui->welcomeReason->setVisible(!reason.isEmpty());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace rd::gui
