#include "kube/Reflector.h"

#include "core/ObjectTrimmer.h"
#include "kube/KubeClient.h"
#include "kube/KubeLogging.h"
#include "kube/ObjectCache.h"
#include "kube/RetryAfter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <limits>

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
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &Reflector::applyListSlice);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_retryPage)
            list(m_pageToken);
        else if (m_relistNeeded || !m_synced)
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
    m_decoding.reset();
    m_applyTimer.stop();
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
    m_decoding.reset();
    m_applyTimer.stop();
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
    m_decoding.reset();
    m_applyTimer.stop();
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

void Reflector::list(const QString &continueToken)
{
    if (m_stopped)
        return;
    m_pageToken = continueToken;
    m_retryPage = false;
    if (continueToken.isEmpty()) {
        m_listed.clear();
        m_continueTokens.clear();
        m_listBytes = 0;
        ++m_lists;
    }
    setState(State::Listing);
    KubeRequest req;
    req.path = m_path;
    req.query.addQueryItem(u"limit"_s, u"500"_s);
    if (!continueToken.isEmpty())
        req.query.addQueryItem(u"continue"_s, continueToken);
    req.timeoutMs = 60000;
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
        const RequestError error = reply->error();
        // A later page is asked for again (one 500 among a dozen pages must not cost the pages
        // before it, and a long list would seldom end under steady faults); an expired token
        // cannot be, so the list starts over.
        if (!m_pageToken.isEmpty() && !error.isExpired()) {
            if (m_pagesSinceFailure > 0)
                m_backoff.reset();
            m_retryPage = true;
            backoff(error);
            return;
        }
        m_listed.clear();
        backoff(error);
        return;
    }
    m_listBytes += reply->body().size();
    if (m_listBytes > m_client->maxResponseBytes()) {
        m_listed.clear();
        m_continueTokens.clear();
        RequestError e;
        e.message = tr("The list of %1 is larger than %2 MiB; it was not used.")
                        .arg(m_kind.plural, mib(m_client->maxResponseBytes()));
        backoff(e);
        return;
    }
    // Decoding a page of 500 objects takes tens of milliseconds: not on this thread. The body
    // and the result are values; the watcher delivers the result here, or not at all once
    // dropped.
    auto promise = std::make_shared<QPromise<ListPage>>();
    promise->start();
    m_decoding = std::make_unique<QFutureWatcher<ListPage>>(this);
    connect(m_decoding.get(), &QFutureWatcherBase::finished, this, &Reflector::onPageDecoded);
    m_decoding->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, body = reply->body(), kind = m_kind.kind] {
        promise->addResult(decodeListPage(body, kind));
        promise->finish();
    });
}

Reflector::ListPage Reflector::decodeListPage(const QByteArray &body, const QString &kind)
{
    ListPage page;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue items = json.value(u"items"_s);
    const QJsonObject meta = json.value(u"metadata"_s).toObject();
    page.resourceVersion = meta.value(u"resourceVersion"_s).toString();
    page.continueToken = meta.value(u"continue"_s).toString();
    if ((!items.isArray() && !items.isNull()) || page.resourceVersion.isEmpty())
        return page;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const auto &item : array) {
        QJsonObject o = item.toObject();
        const QString itemKind = o.value(u"kind"_s).toString();
        if (!item.isObject() || (!itemKind.isEmpty() && itemKind != kind) ||
            o.value(u"metadata"_s).toObject().value(u"name"_s).toString().isEmpty()) {
            page.items.clear();
            return page;
        }
        // Lists omit kind/apiVersion on items; the typed views expect them.
        if (itemKind.isEmpty())
            o.insert(u"kind"_s, kind);
        // Keep only what is read (managedFields and the like are most of a real object), and
        // packed: a whole list of trees would be the memory peak.
        page.items << ObjectCache::packWithKey(core::ObjectTrimmer::trim(std::move(o), kind));
    }
    page.readable = true;
    return page;
}

void Reflector::onPageDecoded()
{
    // The watcher is in the middle of emitting: it goes once that is over.
    QFutureWatcher<ListPage> *decoding = m_decoding.release();
    if (!decoding)
        return;
    decoding->deleteLater();
    if (m_stopped)
        return;
    ListPage page = decoding->future().takeResult();
    // Never replace the store with a list that could not be read whole.
    auto refuse = [this](const QString &message) {
        m_listed.clear();
        m_continueTokens.clear();
        RequestError e;
        e.message = message;
        backoff(e);
    };
    if (!page.readable) {
        refuse(tr("The list of %1 could not be read.").arg(m_kind.plural));
        return;
    }
    m_listed.append(std::move(page.items));
    const QString &cont = page.continueToken;
    if (!cont.isEmpty()) {
        // A server whose pages never end (or come round again) would keep us listing forever.
        if (m_continueTokens.contains(cont)) {
            refuse(tr("The server repeated a continue token while listing %1; the list was not "
                      "used.")
                       .arg(m_kind.plural));
            return;
        }
        if (m_continueTokens.size() + 1 >= m_maxListPages) {
            refuse(tr("The list of %1 did not end after %2 pages; it was not used.")
                       .arg(m_kind.plural)
                       .arg(m_maxListPages));
            return;
        }
        m_continueTokens.insert(cont);
        ++m_pagesSinceFailure;
        list(cont);
        return;
    }
    m_resourceVersion = page.resourceVersion;
    // The list is the whole truth: objects missing from it are deleted now, the rest is
    // applied a slice per event-loop turn (30,000 pods at once would hold this thread for
    // hundreds of milliseconds); the watch starts once all of it is in the store.
    if (m_store->size() > 0) {
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
    m_listed.clear();
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
    m_decoder.reset();
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
    const QList<QByteArray> events = m_decoder.feed(data);
    for (const QByteArray &event : events) {
        if (m_stopped || !handleEvent(event))
            return;
    }
    switch (m_decoder.error()) {
    case WatchDecoder::Error::None:
        break;
    case WatchDecoder::Error::StrayBytes:
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("not JSON"));
        break;
    case WatchDecoder::Error::TooLarge: {
        RequestError e;
        e.message = tr("The watch of %1 sent an event larger than %2 MiB.")
                        .arg(m_kind.plural, mib(m_decoder.maxObjectBytes()));
        endWatch(e, false);
        break;
    }
    }
}

bool Reflector::handleEvent(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("not JSON"));
        return false;
    }
    const QJsonObject ev = doc.object();
    const QString type = ev.value(u"type"_s).toString();
    if (!ev.value(u"object"_s).isObject()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("no object"));
        return false;
    }
    QJsonObject obj = ev.value(u"object"_s).toObject();
    if (type == u"ERROR"_s) {
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
    if (type != u"ADDED"_s && type != u"MODIFIED"_s && type != u"DELETED"_s &&
        type != u"BOOKMARK"_s) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("unknown type \"%1\"").arg(type.left(40)));
        return false;
    }
    const QString kind = obj.value(u"kind"_s).toString();
    if (!kind.isEmpty() && kind != m_kind.kind) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("an object of kind \"%1\"").arg(kind.left(40)));
        return false;
    }
    if (!obj.value(u"metadata"_s).isObject()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("no metadata"));
        return false;
    }
    const QJsonObject meta = obj.value(u"metadata"_s).toObject();
    const QString rv = meta.value(u"resourceVersion"_s).toString();
    if (rv.isEmpty()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("no resourceVersion"));
        return false;
    }
    if (type != u"BOOKMARK"_s && meta.value(u"name"_s).toString().isEmpty()) {
        //: Why a watch event was refused: the %2 of "The watch of %1 sent an event that
        //: could not be read (%2)".
        malformed(tr("no name"));
        return false;
    }
    ++m_watchEvents;
    if (kind.isEmpty())
        obj.insert(u"kind"_s, m_kind.kind);
    if (type == u"ADDED"_s || type == u"MODIFIED"_s)
        m_store->upsert(core::ObjectTrimmer::trim(std::move(obj), m_kind.kind));
    else if (type == u"DELETED"_s)
        m_store->remove(obj);
    // BOOKMARK: only the resourceVersion matters.
    m_resourceVersion = rv;
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

void Reflector::endWatch(const RequestError &error, bool relist)
{
    if (KubeReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort(); // silent: this reflector decides what comes next
        reply->deleteLater();
    }
    m_decoder.reset();
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
    if (!reply->ok()) {
        const RequestError e = reply->error();
        endWatch(e, e.isExpired());
        return;
    }
    if (m_decoder.pending() > 0) {
        RequestError e;
        e.message = tr("The watch of %1 ended in the middle of an event.").arg(m_kind.plural);
        endWatch(e, false);
        return;
    }
    // A normal end (timeoutSeconds). One that came at once was no real watch: wait before the
    // next, or a server that closes every watch would be asked again and again.
    if (m_watchStarted.elapsed() < kShortWatchMs) {
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
    m_pagesSinceFailure = 0;
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
