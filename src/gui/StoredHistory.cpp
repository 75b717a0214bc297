#include "gui/StoredHistory.h"

#include "gui/settings/AppSettings.h"
#include "source/TimelineStore.h"

#include <QMessageBox>
#include <QPushButton>

namespace rd::gui {

StoredHistory::StoredHistory(AppSettings *settings, const QString &path, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_path(path.isEmpty() ? source::TimelineStore::defaultPath() : path)
    , m_store(new source::TimelineStore(this))
{
    connect(m_store, &source::TimelineStore::failed, this,
            [this](const QString &text) { Q_EMIT message(text, true); });
    connect(m_store, &source::TimelineStore::notice, this,
            [this](const QString &text) { Q_EMIT message(text, false); });
}

StoredHistory::~StoredHistory() = default;

source::TimelineStore *StoredHistory::storeFor(bool cluster)
{
    if (!m_settings->keepHistory()) {
        m_store->flush();
        m_store->close();
        m_tried = false; // switched on again later: a fresh attempt
        return nullptr;
    }
    if (!cluster)
        return nullptr;
    if (!m_store->isOpen() && !m_tried) {
        m_tried = true;
        m_store->open(m_path);
    }
    return m_store->isOpen() ? m_store : nullptr;
}

void StoredHistory::askToClear(QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear Stored History"),
                                tr("Delete the rollout history kept on this computer for every "
                                   "context? The History tabs then start again from the Events "
                                   "the clusters still have."),
                                QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *clear = box->addButton(tr("&Clear History"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("clearHistoryButton"));
    clear->setAccessibleName(tr("Clear History"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setAccessibleName(cancel->text());
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(clear, &QPushButton::clicked, this, &StoredHistory::clearNow);
    box->open();
}

void StoredHistory::clearNow()
{
    // The file may be closed (setting off, or no cluster yet this session): open it to clear it.
    const bool wasOpen = m_store->isOpen();
    if (!wasOpen)
        m_store->open(m_path);
    if (!m_store->isOpen())
        return; // failed() said why
    if (m_store->clear())
        Q_EMIT message(tr("The stored rollout history was cleared."), false);
    else if (m_store->isOpen()) // otherwise failed() said why
        Q_EMIT message(tr("The stored rollout history could not be cleared: the file is in use by "
                          "another program."),
                       true);
    if (!wasOpen)
        m_store->close();
    Q_EMIT cleared();
}

} // namespace rd::gui
