#pragma once

#include "kube/ApiError.h"
#include "kube/ResourceKind.h"
#include "kube/WatchDecoder.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rd::kube {

class KubeClient;
class KubeReply;
class ObjectStore;

// Keeps an ObjectStore equal to the server's objects of one kind, as client-go's Reflector does
// (k8s-client.md §4.4): list, then watch from the list's resourceVersion with bookmarks; re-watch
// from the last seen version when a watch ends normally; relist on 410/Expired; back off
// (800 ms doubling to 30 s, jittered) on 429, 5xx and connection errors.
class Reflector : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Listing, Watching, Backoff, Failed };
    Q_ENUM(State)

    Reflector(KubeClient *client, ResourceKind kind, QString ns, ObjectStore *store,
              QObject *parent = nullptr);
    ~Reflector() override;

    void start();
    void stop();

    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    QString lastResourceVersion() const { return m_resourceVersion; }
    ApiError lastError() const { return m_lastError; }
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }

    // Tests: shorter backoff and watch lengths.
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = ms; }
    void setWatchTimeoutSecs(int secs) { m_watchTimeoutSecs = secs; }

Q_SIGNALS:
    // Emitted after every successful (re)list.
    void synced();
    void stateChanged(rd::kube::Reflector::State state, const QString &reason);

private:
    void list(const QString &continueToken = {});
    void watch();
    void onListFinished();
    void onWatchData(const QByteArray &data);
    void onWatchFinished();
    void handleEvent(const QByteArray &json);
    void backoff(const ApiError &error);
    void setState(State state, const QString &reason = {});

    KubeClient *m_client;
    ResourceKind m_kind;
    QString m_ns;
    QString m_path;      // the collection, built once from a checked namespace
    QString m_pathError; // why the namespace was refused (then nothing is requested)
    ObjectStore *m_store;
    QPointer<KubeReply> m_reply;
    QList<QJsonObject> m_listed;
    QString m_resourceVersion;
    WatchDecoder m_decoder;
    QTimer m_retryTimer;
    QElapsedTimer m_watchStarted;
    QElapsedTimer m_sinceLastBackoff;
    State m_state = State::Idle;
    ApiError m_lastError;
    bool m_synced = false;
    bool m_relistNeeded = false;
    bool m_stopped = true;
    int m_watchEvents = 0;
    int m_backoffStep = 0;
    int m_backoffBaseMs = 800;
    int m_watchTimeoutSecs = 0; // 0 = random in [300, 600)
    int m_lists = 0;
    int m_watches = 0;
};

} // namespace rd::kube
