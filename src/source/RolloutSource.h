#pragma once

#include "source/ActionRequest.h"
#include "source/ConnectionState.h"
#include "source/EventsRequest.h"
#include "source/KubeconfigChange.h"
#include "source/RolloutAccess.h"
#include "source/RolloutAction.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::source {

// Where rollouts come from: a live cluster, a snapshot, later the dashboard API. The GUI and the
// CLI only talk to this interface. Keys are "namespace/name".
//
// Change notifications are coalesced: a burst of watch events touching one rollout produces one
// rolloutChanged(key) per event-loop turn, emitted only if its RolloutInfo was recomputed.
class RolloutSource : public QObject
{
    Q_OBJECT
public:
    explicit RolloutSource(QObject *parent = nullptr);
    ~RolloutSource() override;

    // Starts listing/watching (cluster) or loading (snapshot). Results arrive as signals.
    virtual void start() = 0;

    // What this source is, for window titles and dialogs: the context name or the snapshot path.
    virtual QString displayName() const = 0;
    // The namespace being shown; empty when all namespaces are shown.
    virtual QString namespaceName() const = 0;

    virtual QStringList keys() const = 0;
    virtual bool contains(const QString &key) const = 0;
    // The computed view of one rollout (rollouts-semantics.md §1), or null if unknown.
    virtual std::shared_ptr<const core::RolloutInfo> info(const QString &key) const = 0;
    // The raw Rollout object (for containers, steps, workloadRef); empty if unknown.
    virtual QJsonObject rolloutObject(const QString &key) const = 0;
    // Events whose involvedObject is this rollout, oldest first (empty where not available).
    virtual QList<QJsonObject> events(const QString &key) const;
    // Lists the Events of the rollout `name` in `ns` once, also of a rollout this source does not
    // watch (a source that is not started: the CLI's `history rollout`). Never null; answers on
    // a later event-loop turn. The default answers events("ns/name").
    virtual EventsRequest *listEvents(const QString &ns, const QString &name);

    // True when no action can be sent (snapshot, or --read-only).
    virtual bool isReadOnly() const = 0;
    // RBAC answers for this rollout's namespace; `known == false` until the review answered.
    virtual RolloutAccess accessFor(const QString &key) const = 0;
    // The kubeconfig turned TLS verification off: the UI shows a warning.
    virtual bool tlsVerificationDisabled() const { return false; }
    // Read-only from Settings or --read-only. A snapshot is read-only whatever this says.
    virtual void setReadOnly(bool readOnly);

    // The contexts of the kubeconfig this source was made from (empty for a snapshot).
    virtual QStringList contexts() const { return {}; }
    // The namespace the context names: what a user who may not list namespaces can pick.
    virtual QString contextNamespace() const { return {}; }
    // Asks for the namespaces to offer; answers with namespacesListed() (never synchronously).
    // The default offers the namespaces of the rollouts shown.
    virtual void listNamespaces();

    ConnectionState connectionState() const { return m_state; }
    QString connectionReason() const { return m_reason; }
    // True once ready() was emitted: a view that adopts the source later knows the first load is
    // whole without having heard the signal.
    bool isReady() const { return m_ready; }

    // The context a rollout belongs to: dialogs name it. A source over one context answers
    // displayName() for every key; MultiContextSource answers the row's own context.
    virtual QString contextOf(const QString &key) const;
    // Who this program acts as for the rollout: the kubeconfig's user entry of its context (empty
    // for a snapshot). The History tab's Who column shows it for this window's actions.
    virtual QString userOf(const QString &key) const;
    // The contexts whose rollouts this source shows (one, except for MultiContextSource).
    virtual QStringList watchedContexts() const { return {displayName()}; }
    // The connection of one watched context (the source's own state when it watches one).
    virtual ConnectionState contextState(const QString &context) const;
    virtual QString contextReason(const QString &context) const;

    // Every action returns a request (never null) that emits finished(success, message) later.
    virtual ActionRequest *run(const RolloutAction &action) = 0;

    ActionRequest *abort(const QString &key);
    ActionRequest *retry(const QString &key);
    ActionRequest *promote(const QString &key);
    ActionRequest *promoteFull(const QString &key);
    ActionRequest *pause(const QString &key);
    ActionRequest *resume(const QString &key);
    ActionRequest *restart(const QString &key, qint64 delaySecs = 0);
    ActionRequest *setImage(const QString &key, const QString &container, const QString &image);
    ActionRequest *undo(const QString &key, qint64 revision = 0);

Q_SIGNALS:
    // Several rollouts at once (a first load, a batch of results): emitted before their
    // rolloutAdded signals, so that a view can insert their rows in one go.
    void rolloutsAdded(const QStringList &keys);
    void rolloutAdded(const QString &key);
    void rolloutChanged(const QString &key);
    void rolloutRemoved(const QString &key);
    // Emitted once after the first complete load (every initial list done).
    void ready();
    void connectionStateChanged(rd::source::ConnectionState state, const QString &reason);
    void accessChanged(const QString &key);
    // The events of a rollout changed (see events()).
    void eventsChanged(const QString &key);
    // Server Warning headers and similar non-fatal notices (already human-readable).
    void warning(const QString &text);
    // Sorted; the context's own namespace is always among them.
    void namespacesListed(const QStringList &namespaces);
    // The kubeconfig changed on disk; `message` (translated) says what it means for the user,
    // empty when nothing needs saying. ClusterChanged asks the owner to connect again.
    void kubeconfigChanged(rd::source::KubeconfigChange change, const QString &message);

protected:
    void setConnectionState(ConnectionState state, const QString &reason = {});
    // Emits ready() the first time it is called.
    void announceReady();

private:
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_reason;
    bool m_ready = false;
};

} // namespace rd::source
