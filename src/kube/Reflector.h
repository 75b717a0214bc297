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

#include <deque>
#include <functional>
#include <memory>
#include <optional>

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
// bytes against a server whose `continue` never ends.
//
// Paging is pipelined: as soon as a page's body is in, its `continue` is read without decoding
// the items (ListMetadataScanner) and the next page is requested, while the page itself is
// decoded on a pool thread. Pages may decode concurrently (at most kMaxPagesAhead waiting), and
// are applied in order once every page is decoded. The first list into an empty store is the
// exception: each page goes in as soon as it and the pages before it are decoded (nothing there
// can be deleted by the list, and the work is done while later pages are on their way instead
// of after the last one); the store counts as synced only once the whole list is in, and an
// attempt that fails takes its pages out again. A continuation page that fails with 429, 5xx
// or a broken connection is asked for again with the same token (kMaxPageRetries times) before
// the list is thrown away; one whose token expired (410) is replaced, once per list, by a single
// list without `limit`, as client-go's pager does.
//
// Watch events are cut from the stream here but decoded, checked and trimmed on the pool, one
// batch (one read of the stream) at a time, and applied here in the order they came. A stream
// that ends is acted on only after its events are applied, so the next watch resumes from the
// last of them; nothing after an event that ends the watch is applied. A watch that moved the
// resourceVersion on before it failed made progress: its failure waits only the initial delay
// (else a server that drops a busy watch every few dozen events keeps the reflector in 30–60 s
// waits for good, and its store minutes behind).
class Reflector : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Listing, Watching, Backoff, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultMaxListPages = 2000; // 4 000 000 objects at kPageLimit
    // Pages follow one another (each needs the last one's continue token), so every page costs
    // a round trip: 30,000 pods come in 15 answers of a few MB instead of client-go's 60 of 500.
    // Fewer, larger pages were faster at 10,000 rollouts and did not raise the peak memory.
    static constexpr int kPageLimit = 2000;
    // Pages received but not yet decoded at which the next one waits: bounds the bodies held
    // at once when decoding is slower than the network, yet keeps two pool threads busy with a
    // request in flight.
    static constexpr int kMaxPagesAhead = 3;
    // Attempts of one continuation page after the first, before the whole list starts over.
    static constexpr int kMaxPageRetries = 3;

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
    void setBackoffPolicy(const Backoff::Policy &policy)
    {
        m_backoff.setPolicy(policy);
        m_pageBackoff.setPolicy(policy);
    }
    void setWatchTimeoutSecs(int secs) { m_watchTimeoutSecs = secs; }
    void setMaxListPages(int pages) { m_maxListPages = pages; }
    void setMaxEventBytes(qsizetype bytes) { m_decoder.setMaxObjectBytes(bytes); }
    // Tests: runs on the pool thread before page `index` (0-based, per list) is decoded.
    using PageDecodeHook = std::function<void(int index)>;
    void setPageDecodeHook(PageDecodeHook hook) { m_pageDecodeHook = std::move(hook); }
    // Tests: runs on the pool thread before each watch event is decoded.
    void setEventDecodeHook(std::function<void()> hook) { m_eventDecodeHook = std::move(hook); }

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

    // A watch event decoded (off the reflector's thread) and checked; applied on it in order.
    struct WatchEvent
    {
        enum class Type { Malformed, Error, Upsert, Delete, Bookmark };
        Type type = Type::Malformed;
        QJsonObject object; // Upsert: trimmed, `kind` set; Delete: the last state; Error: Status
        ObjectCache::Packed packed; // Upsert: `object` packed, with its key and refs
        QString resourceVersion;
        QString why; // Malformed: why, for "could not be read (%2)"
    };
    static WatchEvent decodeWatchEvent(const QByteArray &json, const QString &kind);

private:
    // A page of the list in progress: decoding, or decoded and waiting for the pages before it.
    struct PendingPage
    {
        std::unique_ptr<QFutureWatcher<ListPage>> decoding; // dropping it drops its result
        QList<ObjectCache::Packed> items;
        QString continueToken; // as the scanner read it; the full decode must agree
        bool decoded = false;
    };

    // Starts a new list attempt (the first page).
    void list();
    // Asks for the first page of a list attempt (after dropListPages, which reset the fill).
    void requestFirstPage();
    // Into an empty store: applies the decoded pages at the front of m_pages.
    void applyDecodedPagesToEmptyStore();
    // dropListPages() for an attempt that will not finish: takes out what it put in.
    void abandonListPages();
    void requestPage(const QString &continueToken);
    void onListFinished();
    void onPageFailed(const RequestError &error);
    void onPageDecoded(int index);
    void requestNextPageIfRoom();
    void finishListIfComplete();
    // Never replace the store with a list that could not be read whole: drops every page and
    // backs off.
    void refuseList(const RequestError &error);
    void dropListPages();
    void applyListSlice();
    void watch();
    void onWatchData(const QByteArray &data);
    void decodeNextWatchBatch();
    void onWatchBatchDecoded();
    // Applies one decoded event; false if it ended the watch.
    bool applyWatchEvent(const WatchEvent &event);
    void onWatchFinished();
    // What comes after a watch whose stream ended, once its events are applied.
    void finishWatch();
    void dropWatchEvents();
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
    // The pages of the list in progress, in order (a deque: pages never move once added).
    std::deque<PendingPage> m_pages;
    QString m_pageToken;     // of the page requested last (empty: the first)
    QString m_nextPageToken; // known, but waiting for room among the pages ahead
    bool m_lastPageReceived = false;
    bool m_fullList = false; // this attempt fell back to one list without `limit`
    // This attempt is the first list, into an empty store: its pages go in as they are decoded.
    bool m_fillingEmptyStore = false;
    std::size_t m_pagesInStore = 0;   // leading pages of m_pages already applied
    qsizetype m_pageItemsInStore = 0; // and items of the next one
    QTimer m_fillTimer;               // the next slice of that fill
    int m_pageRetries = 0;            // of the page requested last
    Backoff m_pageBackoff;            // between attempts of one page
    QTimer m_pageRetryTimer;
    QString m_listResourceVersion; // of the last page
    PageDecodeHook m_pageDecodeHook;
    // Packed: a whole list of trees would be the peak. Emptied with `= {}`, not clear(): QList's
    // clear() keeps the capacity, and each reflector held on to its largest list so far.
    QList<ObjectCache::Packed> m_listed;
    QSet<QString> m_continueTokens; // of the list in progress
    qint64 m_listBytes = 0;
    QString m_resourceVersion;
    QString m_watchFrom; // the resourceVersion the current watch started from
    WatchDecoder m_decoder;
    // Watch events cut from the stream, waiting to be decoded on the pool, a batch per read. Not
    // capped on purpose: these are bytes that would otherwise wait in the network reply's
    // (unbounded) buffer, and ending the watch at a cap would make a large backlog on resume
    // end every watch again.
    struct WatchBatch
    {
        QList<QByteArray> events;
        WatchDecoder::Error decoderError = WatchDecoder::Error::None; // after the events
    };
    std::deque<WatchBatch> m_watchBatches;
    std::unique_ptr<QFutureWatcher<QList<WatchEvent>>> m_eventDecoding; // one batch at a time
    WatchDecoder::Error m_decodingBatchError = WatchDecoder::Error::None;
    bool m_decoderFailureQueued = false;
    // A watch stream that ended while its events were still being decoded.
    struct WatchEnd
    {
        bool pending = false;
        std::optional<RequestError> failure; // none: the stream ended as the server meant it to
        qint64 elapsedMs = 0;
        bool unfinishedEvent = false;
    };
    WatchEnd m_watchEnd;
    std::function<void()> m_eventDecodeHook;
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
