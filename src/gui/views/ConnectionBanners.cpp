#include "gui/views/ConnectionBanners.h"

#include "gui/StatusColours.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
QLabel *bannerLabel(QWidget *parent, const QString &id, StatusColours::Banner kind)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // the context name comes from the kubeconfig
    l->setObjectName(id);
    l->setStyleSheet(StatusColours::banner(kind));
    l->hide();
    return l;
}
} // namespace

ConnectionBanners::ConnectionBanners(QWidget *parent)
    : QWidget(parent)
    , m_production(bannerLabel(this, u"productionIndicator"_s, StatusColours::Banner::Production))
    , m_tls(bannerLabel(this, u"tlsWarning"_s, StatusColours::Banner::TlsOff))
    , m_readOnly(bannerLabel(this, u"readOnlyIndicator"_s, StatusColours::Banner::ReadOnly))
{
    setObjectName(u"connectionBanners"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_production);
    layout->addWidget(m_tls);
    layout->addWidget(m_readOnly);
    retranslateUi();
}

void ConnectionBanners::setState(const State &state)
{
    m_state = state;
    m_production->setVisible(state.production);
    m_tls->setVisible(state.tlsOff);
    m_readOnly->setVisible(state.readOnly);
    retranslateUi();
}

void ConnectionBanners::retranslateUi()
{
    // A screen reader reads the description with the text: words, not the object name.
    m_production->setAccessibleDescription(tr("Production warning"));
    m_tls->setAccessibleDescription(tr("TLS warning"));
    m_readOnly->setAccessibleDescription(tr("Read-only mode"));
    m_tls->setText(tr("TLS verification is off for this context (insecure-skip-tls-verify in the "
                      "kubeconfig): the server's identity is not checked."));
    m_production->setText(
        tr("Production context %1: every action asks you to type the rollout's name.")
            .arg(m_state.context));
    m_readOnly->setText(
        m_state.snapshot
            ? tr("Read-only: this is an offline snapshot; actions are switched off.")
            : tr("Read-only mode: actions are switched off (Settings or --read-only)."));
}

void ConnectionBanners::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rd::gui
