#include "kube/Reflector.h"

#include "core/ObjectTrimmer.h"
#include "kube/KubeClient.h"
#include "kube/KubeLogging.h"
#include "kube/ListMetadataScanner.h"
#include "kube/ListPageDecoder.h"
#include "kube/ObjectCache.h"
#include "kube/RetryAfter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {
// A watch that ends sooner than this was not a healthy watch (client-go: "very short watch").
constexpr qint64 kShortWatchMs = 1000;
// How long one turn of applying a list to the store may take before the event loop runs again.
constexpr qint64 kApplySliceMs = 8;

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}
} // namespace

Reflector::Reflector(KubeClient *client, ResourceKind kind, QString ns, ObjectCache *store,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(std::move(kind))
    , m_ns(std::move(ns))
    , m_store(store)
{
    if (m_ns.isEmpty()) {
        m_path = m_kind.allNamespacesPath();
    } else {
        // The namespace comes from the kubeconfig, the command line or a list the server sent.
        const auto path = m_kind.collectionPath(m_ns, tr("The namespace"));
        m_path = path.ok() ? *path : QString();
        m_pathError = path.errorMessage();
    }
    m_retryTimer.setSingleShot(true);
    m_pageRetryTimer.setSingleShot(true);
    connect(&m_pageRetryTimer, &QTimer::timeout, this, [this] { requestPage(m_pageToken); });
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &Reflector::applyListSlice);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &Reflector::applyDecodedPagesToEmptyStore);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_relistNeeded || !m_synced)
            list();
        else
            watch();
    });
}

Reflector::~Reflector()
{
    // Like stop(), but without signals: receivers may be going away too.
    m_stopped = true;
    m_retryTimer.stop();
    m_pageRetryTimer.stop();
    m_pages.clear();
    m_eventDecoding.reset();
    m_applyTimer.stop();
    m_fillTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Reflector::start()
{
    // Also a restart (e.g. after new credentials): a pending retry or request is dropped, so
    // there is never more than one request in flight, and the backoff starts over.
    m_retryTimer.stop();
    m_applyTimer.stop();
    abandonListPages();
    dropWatchEvents();
    if (KubeReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_backoff.reset();
    if (!m_pathError.isEmpty()) {
        // A namespace that is not a valid name is never requested; retrying cannot help.
        m_lastError = RequestError{};
        m_lastError.message = m_pathError;
        setState(State::Failed, m_pathError);
        return;
    }
    m_stopped = false;
    list();
}

void Reflector::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    m_applyTimer.stop();
    abandonListPages();
    dropWatchEvents();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    setState(State::Idle);
}

void Reflector::setState(State state, const QString &reason)
{
    if (state == m_state && reason.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

void Reflector::list()
{
    if (m_stopped)
        return;
    abandonListPages();
    m_listed = {};
    m_fullList = false;
    ++m_lists;
    setState(State::Listing);
    requestFirstPage();
}

void Reflector::requestFirstPage()
{
    // Only before the first sync: nobody computes from a store that has never synced (the
    // cluster source waits for every kind), whereas after it a relist into an empty store would
    // show a part of the list as the truth for as long as the later pages take.
    m_fillingEmptyStore = !m_synced && m_store->size() == 0;
    requestPage({});
}

void Reflector::requestPage(const QString &continueToken)
{
    if (m_stopped)
        return;
    m_pageToken = continueToken;
    KubeRequest req;
    req.path = m_path;
    if (!m_fullList)
        req.query.addQueryItem(u"limit"_s, QString::number(kPageLimit));
    if (!continueToken.isEmpty())
        req.query.addQueryItem(u"continue"_s, continueToken);
    req.timeoutMs = 60000;
    qCDebug(lcKube) << m_kind.plural << "page" << m_continueTokens.size() << "requested";
    m_reply = m_client->send(req);
    connect(m_reply, &KubeReply::finished, this, &Reflector::onListFinished);
}

void Reflector::onListFinished()
{
    KubeReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_stopped)
        return;
    if (!reply->ok()) {
        onPageFailed(reply->error());
        return;
    }
    m_pageRetries = 0;
    m_pageBackoff.reset();
    qCDebug(lcKube) << m_kind.plural << "page" << m_continueTokens.size() << "received,"
                    << reply->body().size() << "bytes";
    m_listBytes += reply->body().size();
    if (m_listBytes > m_client->maxResponseBytes()) {
        RequestError e;
        e.message = tr("The list of %1 is larger than %2 MiB; it was not used.")
                        .arg(m_kind.plural, mib(m_client->maxResponseBytes()));
        refuseList(e);
        return;
    }
    // Only the page's metadata now (a scan, no trees): the next page can be on its way while
    // this one's items are decoded.
    const std::optional<ListMetadataScanner::Metadata> meta =
        ListMetadataScanner::scan(reply->body());
    if (!meta) {
        RequestError e;
        e.message = tr("The list of %1 could not be read.").arg(m_kind.plural);
        refuseList(e);
        return;
    }
    const QString &cont = meta->continueToken;
    if (!cont.isEmpty()) {
        // A server whose pages never end (or come round again) would keep us listing forever.
        if (m_continueTokens.contains(cont)) {
            RequestError e;
            e.message = tr("The server repeated a continue token while listing %1; the list was "
                           "not used.")
                            .arg(m_kind.plural);
            refuseList(e);
            return;
        }
        if (m_continueTokens.size() + 1 >= m_maxListPages) {
            RequestError e;
            e.message = tr("The list of %1 did not end after %2 pages; it was not used.")
                            .arg(m_kind.plural)
                            .arg(m_maxListPages);
            refuseList(e);
            return;
        }
        m_continueTokens.insert(cont);
    }

    // Decoding a page of 500 objects takes tens of milliseconds: not on this thread. The body
    // and the result are values; the watcher delivers the result here, or not at all once
    // dropped.
    const int index = int(m_pages.size());
    PendingPage &page = m_pages.emplace_back();
    page.continueToken = cont;
    auto promise = std::make_shared<QPromise<ListPage>>();
    promise->start();
    page.decoding = std::make_unique<QFutureWatcher<ListPage>>(this);
    connect(page.decoding.get(), &QFutureWatcherBase::finished, this,
            [this, index] { onPageDecoded(index); });
    page.decoding->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, body = reply->body(), kind = m_kind.kind, hook = m_pageDecodeHook, index] {
            if (hook)
                hook(index);
            promise->addResult(decodeListPage(body, kind));
            promise->finish();
        });

    if (cont.isEmpty()) {
        m_lastPageReceived = true;
        m_listResourceVersion = meta->resourceVersion;
        finishListIfComplete();
        return;
    }
    m_nextPageToken = cont;
    requestNextPageIfRoom();
}

void Reflector::onPageFailed(const RequestError &error)
{
    const bool continuation = !m_pageToken.isEmpty();
    if (continuation && error.isExpired() && !m_fullList) {
        // The snapshot behind the token is gone (k8s-client.md §4.3). A consistent list needs a
        // fresh start; as client-go's pager, ask once for the whole list in one answer.
        qCInfo(lcKube) << m_kind.plural << "continue token expired, listing without limit";
        abandonListPages();
        m_fullList = true;
        m_lastError = error;
        requestFirstPage();
        return;
    }
    // A transient failure in the middle of a list: the pages so far stay good, so the same page
    // is asked for again (bounded) before the whole list starts over. The first page has nothing
    // to keep: the reflector's own backoff covers it.
    const bool transient = !error.tls && !error.refused && !error.tooLarge &&
                           (error.httpStatus == 429 || error.httpStatus >= 500 ||
                            (error.httpStatus == 0 && error.reason.isEmpty()));
    if (continuation && transient && m_pageRetries < kMaxPageRetries) {
        ++m_pageRetries;
        m_lastError = error;
        qint64 delay = m_pageBackoff.next();
        if (error.retryAfterSecs > 0)
            delay = qMax<qint64>(delay, qint64(capRetryAfterSecs(error.retryAfterSecs)) * 1000);
        qCInfo(lcKube) << m_kind.plural << "page failed (" << error.httpStatus << error.message
                       << "), asking again in" << delay << "ms";
        m_pageRetryTimer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
        return;
    }
    refuseList(error);
}

void Reflector::requestNextPageIfRoom()
{
    if (m_nextPageToken.isEmpty() || m_reply || m_pageRetryTimer.isActive())
        return;
    const auto waiting = std::count_if(m_pages.cbegin(), m_pages.cend(),
                                       [](const PendingPage &p) { return !p.decoded; });
    if (waiting >= kMaxPagesAhead)
        return; // a decoded page makes room
    requestPage(std::exchange(m_nextPageToken, QString()));
}

Reflector::ListPage Reflector::decodeListPage(const QByteArray &body, const QString &kind)
{
    // Keep only what is read (managedFields and the like are most of a real object), and
    // packed: a whole list of trees would be the memory peak.
    ListPageDecoder::Page decoded = ListPageDecoder::decode(body, kind);
    ListPage page;
    page.readable = decoded.readable;
    page.items = std::move(decoded.items);
    page.continueToken = std::move(decoded.continueToken);
    page.resourceVersion = std::move(decoded.resourceVersion);
    return page;
}

void Reflector::onPageDecoded(int index)
{
    if (index < 0 || std::size_t(index) >= m_pages.size())
        return;
    PendingPage &slot = m_pages[std::size_t(index)];
    // The watcher is in the middle of emitting: it goes once that is over.
    QFutureWatcher<ListPage> *decoding = slot.decoding.release();
    if (!decoding)
        return;
    decoding->deleteLater();
    if (m_stopped)
        return;
    ListPage page = decoding->future().takeResult();
    // The scan and the full decode read the same bytes; should they ever disagree about where
    // the list goes on, the page is not trusted.
    if (!page.readable || page.continueToken != slot.continueToken) {
        RequestError e;
        e.message = tr("The list of %1 could not be read.").arg(m_kind.plural);
        refuseList(e);
        return;
    }
    slot.items = std::move(page.items);
    slot.decoded = true;
    requestNextPageIfRoom();
    if (m_fillingEmptyStore)
        applyDecodedPagesToEmptyStore();
    finishListIfComplete();
}

void Reflector::applyDecodedPagesToEmptyStore()
{
    // In list order (a page decoded before the one ahead of it waits for it), a slice per
    // event-loop turn as the final apply does: a page is up to 2,000 objects.
    QElapsedTimer slice;
    slice.start();
    while (m_pagesInStore < m_pages.size() && m_pages[m_pagesInStore].decoded) {
        QList<ObjectCache::Packed> &items = m_pages[m_pagesInStore].items;
        while (m_pageItemsInStore < items.size()) {
            m_store->upsert(items.at(m_pageItemsInStore++));
            if (m_stopped)
                return; // a receiver of the store's signals stopped this reflector
            if (slice.elapsed() >= kApplySliceMs) {
                m_fillTimer.start();
                return;
            }
        }
        items = {};
        m_pageItemsInStore = 0;
        ++m_pagesInStore;
    }
}

void Reflector::finishListIfComplete()
{
    if (!m_lastPageReceived)
        return;
    for (const PendingPage &p : m_pages) {
        if (!p.decoded)
            return;
    }
    // What the page-by-page fill of a first list has not applied yet goes with the rest.
    m_fillTimer.stop();
    qsizetype total = 0;
    for (const PendingPage &p : m_pages)
        total += p.items.size();
    m_listed = {};
    m_listed.reserve(total);
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        QList<ObjectCache::Packed> &items = m_pages[i].items;
        for (qsizetype j = i == m_pagesInStore ? m_pageItemsInStore : 0; j < items.size(); ++j)
            m_listed.append(std::move(items[j]));
        items = {};
    }
    const QString resourceVersion = m_listResourceVersion;
    // Pages already applied into an empty store hold nothing this list could delete.
    const bool reconcile = !m_fillingEmptyStore;
    dropListPages();
    m_resourceVersion = resourceVersion;
    // The list is the whole truth: objects missing from it are deleted now, the rest is
    // applied a slice per event-loop turn (30,000 pods at once would hold this thread for
    // hundreds of milliseconds); the watch starts once all of it is in the store.
    if (reconcile && m_store->size() > 0) {
        QSet<QString> present;
        present.reserve(m_listed.size());
        for (const ObjectCache::Packed &o : std::as_const(m_listed))
            present.insert(o.key);
        const QList<QString> existing = m_store->keys();
        for (const QString &key : existing) {
            if (!present.contains(key))
                m_store->remove(m_store->value(key));
        }
    }
    m_applied = 0;
    applyListSlice();
}

void Reflector::refuseList(const RequestError &error)
{
    abandonListPages();
    m_listed = {};
    if (KubeReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    backoff(error);
}

void Reflector::abandonListPages()
{
    // An attempt that filled an empty store page by page leaves it empty again, as if none of
    // its pages had come: a list goes in whole or not at all.
    if (m_fillingEmptyStore && m_store->size() > 0) { // empty when the attempt began
        const QList<QString> keys = m_store->keys();
        for (const QString &key : keys)
            m_store->remove(m_store->value(key));
    }
    dropListPages();
}

void Reflector::dropListPages()
{
    // Destroying a watcher disconnects it: a decode still running finishes into nothing.
    m_pages.clear();
    m_pageRetryTimer.stop();
    m_pageToken.clear();
    m_nextPageToken.clear();
    m_lastPageReceived = false;
    m_pageRetries = 0;
    m_pageBackoff.reset();
    m_continueTokens.clear();
    m_listBytes = 0;
    m_listResourceVersion.clear();
    m_fillingEmptyStore = false;
    m_pagesInStore = 0;
    m_pageItemsInStore = 0;
    m_fillTimer.stop();
}

void Reflector::applyListSlice()
{
    if (m_stopped)
        return;
    QElapsedTimer slice;
    slice.start();
    while (m_applied < m_listed.size()) {
        m_store->upsert(m_listed.at(m_applied++));
        if (m_applied < m_listed.size() && slice.elapsed() >= kApplySliceMs) {
            m_applyTimer.start();
            return;
        }
    }
    m_listed = {};
    m_applied = 0;
    m_continueTokens.clear();
    m_relistNeeded = false;
    m_synced = true;
    Q_EMIT synced();
    watch();
}

void Reflector::watch()
{
    if (m_stopped)
        return;
    ++m_watches;
    const int timeout = m_watchTimeoutSecs > 0 ? m_watchTimeoutSecs
                                               : 300 + QRandomGenerator::global()->bounded(300);
    KubeRequest req;
    req.path = m_path;
    req.query.addQueryItem(u"watch"_s, u"1"_s);
    req.query.addQueryItem(u"resourceVersion"_s, m_resourceVersion);
    req.query.addQueryItem(u"allowWatchBookmarks"_s, u"true"_s);
    req.query.addQueryItem(u"timeoutSeconds"_s, QString::number(timeout));
    req.stream = true;
    // Read-idle limit: the server ends the watch after `timeout`; silence well beyond that means
    // a half-open connection.
    req.timeoutMs = (timeout + 30) * 1000;
    dropWatchEvents();
    m_watchEvents = 0;
    m_watchFrom = m_resourceVersion;
    m_watchStarted.start();
    m_reply = m_client->send(req);
    connect(m_reply, &KubeReply::streamData, this, &Reflector::onWatchData);
    connect(m_reply, &KubeReply::finished, this, &Reflector::onWatchFinished);
    setState(State::Watching);
}

void Reflector::onWatchData(const QByteArray &data)
{
    // Only cutting the stream into events happens here; decoding them is the pool's work. After
    // the decoder failed nothing more is cut: the failure is queued behind the events before it.
    if (m_decoderFailureQueued)
        return;
    WatchBatch batch;
    batch.events = m_decoder.feed(data);
    batch.decoderError = m_decoder.error();
    if (batch.events.isEmpty() && batch.decoderError == WatchDecoder::Error::None)
        return;
    m_decoderFailureQueued = batch.decoderError != WatchDecoder::Error::None;
    m_watchBatches.push_back(std::move(batch));
    decodeNextWatchBatch();
}

void Reflector::decodeNextWatchBatch()
{
    // One batch at a time: events are applied in the order they came.
    if (m_eventDecoding || m_watchBatches.empty())
        return;
    WatchBatch batch = std::move(m_watchBatches.front());
    m_watchBatches.pop_front();
    m_decodingBatchError = batch.decoderError;
    auto promise = std::make_shared<QPromise<QList<WatchEvent>>>();
    promise->start();
    m_eventDecoding = std::make_unique<QFutureWatcher<QList<WatchEvent>>>(this);
    connect(m_eventDecoding.get(), &QFutureWatcherBase::finished, this,
            &Reflector::onWatchBatchDecoded);
    m_eventDecoding->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, events = std::move(batch.events), kind = m_kind.kind, hook = m_eventDecodeHook] {
            QList<WatchEvent> decoded;
            decoded.reserve(events.size());
            for (const QByteArray &event : events) {
                if (hook)
                    hook();
                decoded << decodeWatchEvent(event, kind);
                // Nothing after an event that ends the watch is applied.
                if (decoded.last().type == WatchEvent::Type::Malformed ||
                    decoded.last().type == WatchEvent::Type::Error)
                    break;
            }
            promise->addResult(std::move(decoded));
            promise->finish();
        });
}

void Reflector::onWatchBatchDecoded()
{
    // The watcher is in the middle of emitting: it goes once that is over.
    QFutureWatcher<QList<WatchEvent>> *decoding = m_eventDecoding.release();
    if (!decoding)
        return;
    decoding->deleteLater();
    if (m_stopped)
        return;
    const QList<WatchEvent> events = decoding->future().takeResult();
    for (const WatchEvent &event : events) {
        if (m_stopped || !applyWatchEvent(event))
            return;
    }
    switch (m_decodingBatchError) {
    case WatchDecoder::Error::None:
        break;
    case WatchDecoder::Error::StrayBytes:
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("not JSON"));
        return;
    case WatchDecoder::Error::TooLarge: {
        RequestError e;
        e.message = tr("The watch of %1 sent an event larger than %2 MiB.")
                        .arg(m_kind.plural, mib(m_decoder.maxObjectBytes()));
        endWatch(e, false);
        return;
    }
    }
    decodeNextWatchBatch();
    if (m_watchEnd.pending && !m_eventDecoding)
        finishWatch();
}

Reflector::WatchEvent Reflector::decodeWatchEvent(const QByteArray &json, const QString &kind)
{
    WatchEvent out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("not JSON");
        return out;
    }
    const QJsonObject ev = doc.object();
    const QString type = ev.value(u"type"_s).toString();
    if (!ev.value(u"object"_s).isObject()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("no object");
        return out;
    }
    QJsonObject obj = ev.value(u"object"_s).toObject();
    if (type == u"ERROR"_s) {
        out.type = WatchEvent::Type::Error;
        out.object = obj;
        return out;
    }
    if (type != u"ADDED"_s && type != u"MODIFIED"_s && type != u"DELETED"_s &&
        type != u"BOOKMARK"_s) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("unknown type \"%1\"").arg(type.left(40));
        return out;
    }
    const QString objectKind = obj.value(u"kind"_s).toString();
    if (!objectKind.isEmpty() && objectKind != kind) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("an object of kind \"%1\"").arg(objectKind.left(40));
        return out;
    }
    if (!obj.value(u"metadata"_s).isObject()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("no metadata");
        return out;
    }
    const QJsonObject meta = obj.value(u"metadata"_s).toObject();
    const QString rv = meta.value(u"resourceVersion"_s).toString();
    if (rv.isEmpty()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("no resourceVersion");
        return out;
    }
    if (type != u"BOOKMARK"_s && meta.value(u"name"_s).toString().isEmpty()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        out.why = tr("no name");
        return out;
    }
    out.resourceVersion = rv;
    if (type == u"BOOKMARK"_s) {
        out.type = WatchEvent::Type::Bookmark; // only the resourceVersion matters
        return out;
    }
    if (objectKind.isEmpty())
        obj.insert(u"kind"_s, kind);
    if (type == u"DELETED"_s) {
        out.type = WatchEvent::Type::Delete;
        out.object = std::move(obj);
    } else {
        out.type = WatchEvent::Type::Upsert;
        out.object = core::ObjectTrimmer::trim(std::move(obj), kind);
        // Packed here, on the pool: the owner's thread only stores it.
        out.packed = ObjectCache::packWithKey(out.object);
    }
    return out;
}

bool Reflector::applyWatchEvent(const WatchEvent &event)
{
    switch (event.type) {
    case WatchEvent::Type::Malformed:
        malformed(event.why);
        return false;
    case WatchEvent::Type::Error: {
        const QJsonObject &obj = event.object;
        RequestError e;
        e.httpStatus = obj.value(u"code"_s).toInt();
        e.reason = obj.value(u"reason"_s).toString();
        e.message = obj.value(u"message"_s).toString();
        if (e.message.isEmpty())
            e.message = tr("The watch of %1 reported an error (HTTP %2).")
                            .arg(m_kind.plural)
                            .arg(e.httpStatus);
        e.status = obj;
        e.retryAfterSecs = capRetryAfterSecsJson(
            obj.value(u"details"_s).toObject().value(u"retryAfterSeconds"_s).toDouble(-1));
        if (e.isExpired())
            qCInfo(lcKube) << m_kind.plural << "watch expired, relisting";
        endWatch(e, e.isExpired());
        return false;
    }
    case WatchEvent::Type::Upsert:
        m_store->upsert(event.packed, event.object);
        break;
    case WatchEvent::Type::Delete:
        m_store->remove(event.object);
        break;
    case WatchEvent::Type::Bookmark:
        break;
    }
    ++m_watchEvents;
    m_resourceVersion = event.resourceVersion;
    return true;
}

void Reflector::malformed(const QString &why)
{
    qCWarning(lcKube) << m_kind.plural << "malformed watch event (" << why << "), resuming from"
                      << m_resourceVersion;
    RequestError e;
    e.message = tr("The watch of %1 sent an event that could not be read (%2); resuming from the "
                   "last good version.")
                    .arg(m_kind.plural, why);
    endWatch(e, false);
}

void Reflector::dropWatchEvents()
{
    // Destroying the watcher disconnects it: a decode still running finishes into nothing.
    m_eventDecoding.reset();
    m_watchBatches.clear();
    m_decoderFailureQueued = false;
    m_decodingBatchError = WatchDecoder::Error::None;
    m_watchEnd = WatchEnd{};
    m_decoder.reset();
}

void Reflector::endWatch(const RequestError &error, bool relist)
{
    if (KubeReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort(); // silent: this reflector decides what comes next
        reply->deleteLater();
    }
    // Events after the one that ended the watch are not applied; the next watch resumes from
    // the last one that was.
    dropWatchEvents();
    if (m_stopped)
        return;
    if (relist)
        m_relistNeeded = true;
    // The watch applied something before it failed (a dropped busy watch, a bad event after good
    // ones): the connection works, so this is not the same failure again and the wait starts
    // over. One that failed without moving on (at once, or 410 on resume) still doubles it.
    if (m_resourceVersion != m_watchFrom)
        m_backoff.reset();
    backoff(error);
}

void Reflector::onWatchFinished()
{
    KubeReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_stopped)
        return;
    // Events still being decoded are applied first: the next request resumes from the last.
    m_watchEnd.pending = true;
    if (!reply->ok())
        m_watchEnd.failure = reply->error();
    m_watchEnd.elapsedMs = m_watchStarted.elapsed();
    m_watchEnd.unfinishedEvent = m_decoder.pending() > 0;
    if (!m_eventDecoding && m_watchBatches.empty())
        finishWatch();
}

void Reflector::finishWatch()
{
    const WatchEnd end = std::exchange(m_watchEnd, WatchEnd{});
    if (end.failure) {
        endWatch(*end.failure, end.failure->isExpired());
        return;
    }
    if (end.unfinishedEvent) {
        RequestError e;
        e.message = tr("The watch of %1 ended in the middle of an event.").arg(m_kind.plural);
        endWatch(e, false);
        return;
    }
    // A normal end (timeoutSeconds). One that came at once was no real watch: wait before the
    // next, or a server that closes every watch would be asked again and again.
    if (end.elapsedMs < kShortWatchMs) {
        RequestError e;
        e.message = tr("The watch of %1 ended immediately.").arg(m_kind.plural);
        endWatch(e, false);
        return;
    }
    // A watch that ran its course: the next failure starts from the first delay again.
    m_backoff.reset();
    watch();
}

void Reflector::backoff(const RequestError &error)
{
    m_lastError = error;
    qint64 delay = m_backoff.next();
    if (error.retryAfterSecs > 0)
        delay = qMax<qint64>(delay, qint64(capRetryAfterSecs(error.retryAfterSecs)) * 1000);
    const bool fatal = error.httpStatus == 401 || error.httpStatus == 403 || error.tls ||
                       (error.httpStatus == 0 && error.reason == u"Unauthorized"_s);
    qCInfo(lcKube) << m_kind.plural << "retrying in" << delay << "ms:" << error.httpStatus
                   << error.reason << error.message;
    if (fatal)
        setState(State::Failed, error.message);
    else if (error.isExpired())
        setState(State::Listing); // routine: the relist waits out the backoff
    else
        setState(State::Backoff, error.message);
    m_retryTimer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
}

} // namespace rd::kube
