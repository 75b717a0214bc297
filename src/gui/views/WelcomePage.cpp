#include "gui/views/WelcomePage.h"

#include "gui/StatusIcons.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_kubeconfig(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_snapshot(new QPushButton(this))
{
    setObjectName(u"welcomePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcons::appIcon().pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText); // a connection error, with server or file text
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleDescription(u"welcomeReason"_s);
    m_reason->setStyleSheet(u"color: #a4262c;"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_reason);
    for (QPushButton *b : {m_kubeconfig, m_demo, m_snapshot}) {
        b->setMinimumWidth(280);
        b->setMinimumHeight(34);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(b);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addStretch(3);
    connect(m_kubeconfig, &QPushButton::clicked, this, &WelcomePage::openKubeconfigRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::startDemoRequested);
    connect(m_snapshot, &QPushButton::clicked, this, &WelcomePage::openSnapshotRequested);
    m_reason->hide();
    retranslateUi();
}

void WelcomePage::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Rollout Desk"));
    m_text->setText(tr("Watch and steer Argo Rollouts: choose where the rollouts come from."));
    m_kubeconfig->setText(tr("Open a &kubeconfig…"));
    m_demo->setText(tr("Start the &demo cluster"));
    m_demo->setToolTip(tr("A simulated cluster inside the application, with the rollouts-demo "
                          "rollout: try every action safely."));
    m_snapshot->setText(tr("Open a &snapshot…"));
    m_snapshot->setToolTip(tr("View rollouts saved with kubectl get -o yaml, offline and "
                              "read-only."));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd::gui
