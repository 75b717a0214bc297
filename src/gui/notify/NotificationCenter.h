#pragma once

#include "gui/notify/AttentionState.h"
#include "gui/notify/Notice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace rd::source {
class RolloutSource;
enum class ConnectionState;
} // namespace rd::source

namespace rd::gui {

class NotificationSink;

// Turns the changes of watched rollouts into desktop notices: exactly one per transition, none for
// the state found at start, after a reconnect or on a context switch (those only set the
// baseline), honouring per-rollout snooze and the settings. The sink's actions come back as
// requests that the window answers through its usual dialogs.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    // Decides whether notices are wanted at all (the master switch) and for which rollouts.
    struct Policy
    {
        std::function<bool()> enabled = [] { return true; };
        std::function<bool(const QString &context, const QString &key)> isFavourite =
            [](const QString &, const QString &) { return false; };
    };

    explicit NotificationCenter(Policy policy, QObject *parent = nullptr);
    ~NotificationCenter() override;

    // `primary` shows notices; when it fails, `fallback` (may be null) shows them from then on.
    void setSinks(NotificationSink *primary, NotificationSink *fallback);
    // Watches a source (replacing the last one): its current state is the baseline.
    void watch(source::RolloutSource *source, const QString &context);

    // The context a notice about `key` names (the row's own on a board of several contexts).
    QString contextOf(const QString &key) const;

    void snooze(const QString &context, const QString &key, const QDateTime &until);
    void unsnooze(const QString &context, const QString &key);
    bool isSnoozed(const QString &context, const QString &key,
                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // After a reconnect, changes are baseline only for this long (the relist's catch-up).
    static constexpr int quietAfterReconnectMs = 1500;

Q_SIGNALS:
    void noticeShown(const rd::gui::Notice &notice);
    void openRequested(const QString &context, const QString &key);
    void promoteRequested(const QString &context, const QString &key);
    void abortRequested(const QString &context, const QString &key);

private:
    void rebaseline();
    void onChanged(const QString &key);
    void onConnectionState(source::ConnectionState state);
    void deliver(const Notice &notice);
    QString displayKey(const QString &key) const;
    void onAction(const QString &context, const QString &key, Notice::Action action);

    Policy m_policy;
    QPointer<source::RolloutSource> m_source;
    QString m_context;
    QHash<QString, AttentionState> m_baseline; // by rollout key
    QHash<QString, QDateTime> m_snoozed;       // "context\nkey" -> until
    bool m_connected = true;
    QElapsedTimer m_sinceReconnect;
    QPointer<NotificationSink> m_primary;
    QPointer<NotificationSink> m_fallback;
    bool m_primaryFailed = false;
};

} // namespace rd::gui
