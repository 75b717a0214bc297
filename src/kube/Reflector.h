#pragma once

#include "kube/Backoff.h"
#include "kube/ObjectCache.h"
#include "kube/RequestError.h"
#include "kube/ResourceKind.h"
#include "kube/WatchDecoder.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace rd::kube {

class KubeClient;
class KubeReply;

// Keeps an ObjectCache equal to the server's objects of one kind, as client-go's Reflector does
// (k8s-client.md §4.4): list, then watch from the list's resourceVersion with bookmarks; re-watch
// from the last seen version when a watch ends normally. Every failure waits out a Backoff
// before the next request: 429, 5xx, connection errors, ERROR events, a 410 Expired (then
// relist), a watch that ends within a second. A malformed event (not JSON, wrong kind, no
// metadata or resourceVersion, larger than the cap) ends that watch, and the next one resumes
// from the last good resourceVersion, so no change is skipped. Lists are bounded in pages and
// bytes against a server whose `continue` never ends. List pages (the largest bodies) are
// decoded on a pool thread, one page at a time, so that the reflector's thread stays free.
//
// A watch that moved the resourceVersion on before it failed made progress: its failure waits
// only the initial delay (else a server that drops a busy watch every few dozen events keeps the
// reflector in 30–60 s waits for good, and its store minutes behind). Likewise a later page of a
// list that fails is asked again with its continue token after a backoff (the initial delay if
// pages arrived since the last failure), not the whole list from its first page; an expired
// token starts the list over.
class Reflector : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Listing, Watching, Backoff, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultMaxListPages = 2000; // 1 000 000 objects at limit=500

    Reflector(KubeClient *client, ResourceKind kind, QString ns, ObjectCache *store,
              QObject *parent = nullptr);
    ~Reflector() override;

    void start();
    void stop();

    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    QString lastResourceVersion() const { return m_resourceVersion; }
    RequestError lastError() const { return m_lastError; }
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }

    // Tests: shorter backoff and watch lengths, smaller caps.
    void setBackoffPolicy(const Backoff::Policy &policy) { m_backoff.setPolicy(policy); }
    void setWatchTimeoutSecs(int secs) { m_watchTimeoutSecs = secs; }
    void setMaxListPages(int pages) { m_maxListPages = pages; }
    void setMaxEventBytes(qsizetype bytes) { m_decoder.setMaxObjectBytes(bytes); }

Q_SIGNALS:
    // Emitted after every successful (re)list.
    void synced();
    void stateChanged(rd::kube::Reflector::State state, const QString &reason);

public:
    // A list page decoded (off the reflector's thread): its items trimmed, with `kind` set.
    struct ListPage
    {
        bool readable = false;
        QList<ObjectCache::Packed> items;
        QString continueToken;
        QString resourceVersion;
    };
    static ListPage decodeListPage(const QByteArray &body, const QString &kind);

private:
    void list(const QString &continueToken = {});
    void onPageDecoded();
    void applyListSlice();
    void watch();
    void onListFinished();
    void onWatchData(const QByteArray &data);
    void onWatchFinished();
    // Applies one event; false if it ended the watch.
    bool handleEvent(const QByteArray &json);
    // Drops the current watch stream and retries after a backoff (relisting if asked).
    void endWatch(const RequestError &error, bool relist);
    void malformed(const QString &why);
    void backoff(const RequestError &error);
    void setState(State state, const QString &reason = {});

    KubeClient *m_client;
    ResourceKind m_kind;
    QString m_ns;
    QString m_path;      // the collection, built once from a checked namespace
    QString m_pathError; // why the namespace was refused (then nothing is requested)
    ObjectCache *m_store;
    QPointer<KubeReply> m_reply;
    // The page being decoded; dropping the watcher drops its result (restart, stop, teardown).
    std::unique_ptr<QFutureWatcher<ListPage>> m_decoding;
    QList<ObjectCache::Packed> m_listed; // packed: a whole list of trees would be the peak
    QSet<QString> m_continueTokens;      // of the list in progress
    QString m_pageToken;                 // the continue token of the page asked for last
    bool m_retryPage = false;            // the next attempt asks for that page again
    int m_pagesSinceFailure = 0;         // pages that arrived since the last failure
    qint64 m_listBytes = 0;
    QString m_resourceVersion;
    QString m_watchFrom; // the resourceVersion the current watch started from
    WatchDecoder m_decoder;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_applyTimer;     // the next slice of a list being applied
    qsizetype m_applied = 0; // objects of m_listed in the store so far
    QElapsedTimer m_watchStarted;
    State m_state = State::Idle;
    RequestError m_lastError;
    bool m_synced = false;
    bool m_relistNeeded = false;
    bool m_stopped = true;
    int m_watchEvents = 0;
    int m_watchTimeoutSecs = 0; // 0 = random in [300, 600)
    int m_maxListPages = kDefaultMaxListPages;
    int m_lists = 0;
    int m_watches = 0;
};

} // namespace rd::kube
