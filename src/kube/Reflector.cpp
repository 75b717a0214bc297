#include "kube/Reflector.h"

#include "kube/KubeClient.h"
#include "kube/KubeLogging.h"
#include "kube/ObjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

Reflector::Reflector(KubeClient *client, ResourceKind kind, QString ns, ObjectStore *store,
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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Reflector::start()
{
    if (!m_pathError.isEmpty()) {
        // A namespace that is not a valid name is never requested; retrying cannot help.
        m_lastError = ApiError{};
        m_lastError.message = m_pathError;
        setState(State::Failed, m_pathError);
        return;
    }
    m_stopped = false;
    m_sinceLastBackoff.start();
    list();
}

void Reflector::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    if (m_reply) {
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
    if (continueToken.isEmpty()) {
        m_listed.clear();
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
        backoff(reply->error());
        return;
    }
    const QJsonObject body = reply->json();
    if (!body.value(u"items"_s).isArray() && !body.value(u"items"_s).isNull()) {
        // Never replace the store with a list that could not be read.
        ApiError e;
        e.message = tr("The list of %1 could not be read.").arg(m_kind.plural);
        backoff(e);
        return;
    }
    for (const auto &item : body.value(u"items"_s).toArray()) {
        QJsonObject o = item.toObject();
        // Lists omit kind/apiVersion on items; the typed views expect them.
        if (!o.contains(u"kind"_s))
            o.insert(u"kind"_s, m_kind.kind);
        m_listed << o;
    }
    const QJsonObject meta = body.value(u"metadata"_s).toObject();
    const QString cont = meta.value(u"continue"_s).toString();
    if (!cont.isEmpty()) {
        list(cont);
        return;
    }
    m_resourceVersion = meta.value(u"resourceVersion"_s).toString();
    m_store->replaceAll(m_listed);
    m_listed.clear();
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
    m_watchStarted.start();
    m_reply = m_client->send(req);
    connect(m_reply, &KubeReply::streamData, this, &Reflector::onWatchData);
    connect(m_reply, &KubeReply::finished, this, &Reflector::onWatchFinished);
    setState(State::Watching);
}

void Reflector::onWatchData(const QByteArray &data)
{
    for (const QByteArray &obj : m_decoder.feed(data)) {
        if (m_relistNeeded || m_stopped)
            return;
        handleEvent(obj);
    }
}

void Reflector::handleEvent(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonObject ev = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        qCWarning(lcKube) << m_kind.plural << "malformed watch event skipped:" << pe.errorString();
        return;
    }
    const QString type = ev.value(u"type"_s).toString();
    QJsonObject obj = ev.value(u"object"_s).toObject();
    ++m_watchEvents;
    if (type == u"ERROR"_s) {
        ApiError e;
        e.httpStatus = obj.value(u"code"_s).toInt();
        e.reason = obj.value(u"reason"_s).toString();
        e.message = obj.value(u"message"_s).toString();
        e.status = obj;
        if (e.isExpired()) {
            qCInfo(lcKube) << m_kind.plural << "watch expired, relisting";
            m_relistNeeded = true;
        }
        m_lastError = e;
        if (m_reply)
            m_reply->abort(false); // ends in onWatchFinished
        return;
    }
    const QString rv = obj.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
    if (!rv.isEmpty())
        m_resourceVersion = rv;
    if (!obj.contains(u"kind"_s))
        obj.insert(u"kind"_s, m_kind.kind);
    if (type == u"ADDED"_s || type == u"MODIFIED"_s)
        m_store->upsert(obj);
    else if (type == u"DELETED"_s)
        m_store->remove(obj);
    // BOOKMARK: only the resourceVersion matters.
}

void Reflector::onWatchFinished()
{
    KubeReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_stopped)
        return;
    if (m_relistNeeded) {
        list();
        return;
    }
    if (reply->httpStatus() >= 200 && reply->httpStatus() < 300 && !reply->error().httpStatus &&
        reply->error().message.isEmpty()) {
        // A normal end (timeoutSeconds). A very short watch without events is suspicious.
        if (m_watchStarted.elapsed() < 1000 && m_watchEvents == 0) {
            ApiError e;
            e.message = tr("The watch of %1 ended immediately.").arg(m_kind.plural);
            backoff(e);
            return;
        }
        if (m_sinceLastBackoff.elapsed() > 120000)
            m_backoffStep = 0;
        watch();
        return;
    }
    if (reply->error().isExpired()) {
        m_relistNeeded = true;
        list();
        return;
    }
    ApiError e = reply->error();
    if (reply->httpStatus() >= 200 && reply->httpStatus() < 300) {
        // The stream broke mid-way (connection reset, idle timeout): re-watch after a backoff.
        e.httpStatus = 0;
    }
    backoff(e);
}

void Reflector::backoff(const ApiError &error)
{
    m_lastError = error;
    int delay = m_backoffBaseMs * (1 << qMin(m_backoffStep, 6));
    delay = qMin(delay, 30000);
    delay += int(QRandomGenerator::global()->bounded(qMax(1, delay))); // jitter 1.0
    delay = qMin(delay, 30000);
    if (error.retryAfterSecs > 0)
        delay = qMax(delay, error.retryAfterSecs * 1000);
    ++m_backoffStep;
    m_sinceLastBackoff.start();
    const bool fatal = error.httpStatus == 401 || error.httpStatus == 403 || error.tls ||
                       (error.httpStatus == 0 && error.reason == u"Unauthorized"_s);
    qCInfo(lcKube) << m_kind.plural << "retrying in" << delay << "ms:" << error.httpStatus
                   << error.reason;
    setState(fatal ? State::Failed : State::Backoff, error.message);
    m_retryTimer.start(delay);
}

} // namespace rd::kube
