#include "sim/KubeApi.h"

#include "sim/ApiResource.h"
#include "sim/Authorizer.h"
#include "sim/FaultInjector.h"
#include "sim/HttpConnection.h"
#include "sim/HttpRequest.h"
#include "sim/JsonPatch.h"
#include "sim/SimLogging.h"
#include "sim/TableConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

core::Result<QJsonValue, FailureStatus> parseBody(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return FailureStatus::badRequest(u"the body of the request could not be decoded: "_s %
                                         pe.errorString());
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

QString metaString(const QJsonObject &o, const QString &key)
{
    return o.value(u"metadata"_s).toObject().value(key).toString();
}

QJsonArray resourceList(const QString &group, const QString &version)
{
    QJsonArray resources;
    for (const ApiResource &r : ApiResource::all()) {
        if (r.group != group || r.version != version)
            continue;
        QJsonObject o{{u"name"_s, r.resource},
                      {u"singularName"_s, r.singular},
                      {u"namespaced"_s, r.namespaced},
                      {u"kind"_s, r.kind},
                      {u"verbs"_s, QJsonArray::fromStringList(r.verbs)}};
        if (!r.shortNames.isEmpty())
            o.insert(u"shortNames"_s, QJsonArray::fromStringList(r.shortNames));
        if (r.group == u"argoproj.io")
            o.insert(u"categories"_s, QJsonArray{u"all"_s});
        resources.append(o);
        if (r.resource == u"pods") {
            resources.append(QJsonObject{{u"name"_s, u"pods/log"_s},
                                         {u"singularName"_s, u""_s},
                                         {u"namespaced"_s, true},
                                         {u"kind"_s, u"Pod"_s},
                                         {u"verbs"_s, QJsonArray{u"get"_s}}});
        }
        if (r.statusSubresource) {
            resources.append(
                QJsonObject{{u"name"_s, QString(r.resource % u"/status")},
                            {u"singularName"_s, u""_s},
                            {u"namespaced"_s, r.namespaced},
                            {u"kind"_s, r.kind},
                            {u"verbs"_s, QJsonArray{u"get"_s, u"patch"_s, u"update"_s}}});
        }
    }
    return resources;
}

QStringList groups()
{
    QStringList out;
    for (const ApiResource &r : ApiResource::all()) {
        if (!r.group.isEmpty() && !out.contains(r.group))
            out.append(r.group);
    }
    return out;
}

QJsonObject apiGroup(const QString &group)
{
    QJsonArray versions;
    for (const QString &v : ApiResource::groupVersionsOf(group))
        versions.append(
            QJsonObject{{u"groupVersion"_s, QString(group % u'/' % v)}, {u"version"_s, v}});
    return QJsonObject{
        {u"name"_s, group}, {u"versions"_s, versions}, {u"preferredVersion"_s, versions.first()}};
}

bool isTrue(const QString &v)
{
    return v == u"true" || v == u"1";
}

// Continue tokens: base64url of {"rv":N,"start":"ns/name"}.
// The token names the list's snapshot and where the next page starts in it, and also the last key
// served, so that the list can go on from the store if the snapshot has expired meanwhile.
QString encodeContinue(qint64 rv, const QString &after, quint64 snapshot, qint64 offset)
{
    const QByteArray json = toJson(QJsonObject{{u"rv"_s, QString::number(rv)},
                                               {u"start"_s, after},
                                               {u"snap"_s, QString::number(snapshot)},
                                               {u"offset"_s, QString::number(offset)}});
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

KubeApi::KubeApi(ClusterStore *store, Authorizer *authorizer, FaultInjector *faults,
                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_authorizer(authorizer)
    , m_faults(faults)
{
    connect(m_store, &ClusterStore::changed, this, &KubeApi::onStoreChanged);
}

KubeApi::~KubeApi() = default;

void KubeApi::respond(HttpConnection *connection, int code, const QJsonObject &body)
{
    connection->sendResponse(code, "application/json"_ba, toJson(body));
}

void KubeApi::respondError(HttpConnection *connection, const FailureStatus &error)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (error.code == 429)
        headers.append({"Retry-After"_ba,
                        QByteArray::number(error.details.value(u"retryAfterSeconds"_s).toInt(1))});
    connection->sendResponse(error.code, "application/json"_ba, toJson(error.toStatus()), headers);
}

void KubeApi::handle(HttpConnection *connection, const HttpRequest &request)
{
    const int delay = m_faults ? m_faults->latency() : 0;
    if (delay <= 0) {
        dispatch(connection, request);
        return;
    }
    QPointer<HttpConnection> guard(connection);
    QTimer::singleShot(delay, this, [this, guard, request] {
        if (guard)
            dispatch(guard, request);
    });
}

bool KubeApi::handleDiscovery(HttpConnection *c, const HttpRequest &r, const QStringList &segments)
{
    Q_UNUSED(r)
    const auto n = segments.size();
    if (n == 1 && segments[0] == u"api") {
        respond(c, 200,
                QJsonObject{{u"kind"_s, u"APIVersions"_s},
                            {u"versions"_s, QJsonArray{u"v1"_s}},
                            {u"serverAddressByClientCIDRs"_s,
                             QJsonArray{QJsonObject{{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                                                    {u"serverAddress"_s, u"127.0.0.1"_s}}}}});
        return true;
    }
    if (n == 1 && segments[0] == u"apis") {
        QJsonArray list;
        for (const QString &g : groups())
            list.append(apiGroup(g));
        respond(c, 200,
                QJsonObject{{u"kind"_s, u"APIGroupList"_s},
                            {u"apiVersion"_s, u"v1"_s},
                            {u"groups"_s, list}});
        return true;
    }
    if (n == 2 && segments[0] == u"api" && segments[1] == u"v1") {
        respond(c, 200,
                QJsonObject{{u"kind"_s, u"APIResourceList"_s},
                            {u"groupVersion"_s, u"v1"_s},
                            {u"resources"_s, resourceList(QString(), u"v1"_s)}});
        return true;
    }
    if (n == 2 && segments[0] == u"apis") {
        if (!groups().contains(segments[1])) {
            respondError(c, FailureStatus::notFound(QString(), QString(), QString()));
            return true;
        }
        QJsonObject g = apiGroup(segments[1]);
        g.insert(u"kind"_s, u"APIGroup"_s);
        g.insert(u"apiVersion"_s, u"v1"_s);
        respond(c, 200, g);
        return true;
    }
    if (n == 3 && segments[0] == u"apis") {
        if (!ApiResource::groupVersionsOf(segments[1]).contains(segments[2])) {
            respondError(
                c, {404, u"NotFound"_s, u"the server could not find the requested resource"_s, {}});
            return true;
        }
        respond(c, 200,
                QJsonObject{{u"kind"_s, u"APIResourceList"_s},
                            {u"apiVersion"_s, u"v1"_s},
                            {u"groupVersion"_s, QString(segments[1] % u'/' % segments[2])},
                            {u"resources"_s, resourceList(segments[1], segments[2])}});
        return true;
    }
    return false;
}

core::Result<KubeApi::Target, FailureStatus> KubeApi::resolve(const QStringList &segments) const
{
    const FailureStatus notFound{
        404, u"NotFound"_s, u"the server could not find the requested resource"_s, {}};
    QString group;
    QStringList rest;
    if (segments.size() >= 3 && segments[0] == u"api" && segments[1] == u"v1") {
        rest = segments.mid(2);
    } else if (segments.size() >= 4 && segments[0] == u"apis") {
        group = segments[1];
        if (!ApiResource::groupVersionsOf(group).contains(segments[2])) {
            return notFound;
        }
        rest = segments.mid(3);
    } else {
        return notFound;
    }
    Target t;
    if (rest.size() >= 3 && rest[0] == u"namespaces") {
        const ApiResource *inner = ApiResource::find(group, rest[2]);
        if (inner && inner->namespaced) {
            t.ns = rest[1];
            rest = rest.mid(2);
        }
    }
    t.type = ApiResource::find(group, rest.value(0));
    if (!t.type || rest.size() > 3) {
        return notFound;
    }
    t.name = rest.value(1);
    t.subresource = rest.value(2);
    const bool podLog = t.subresource == u"log" && t.type->resource == u"pods";
    if (!t.subresource.isEmpty() && !podLog &&
        (t.subresource != u"status" || !t.type->statusSubresource)) {
        return notFound;
    }
    return t;
}

void KubeApi::dispatch(HttpConnection *c, const HttpRequest &r)
{
    const QStringList segments = r.path.split(u'/', Qt::SkipEmptyParts);
    // Public, unauthenticated endpoints (system:public-info-viewer).
    if (segments.size() == 1 && segments[0] == u"version" && r.method == "GET") {
        respond(c, 200,
                QJsonObject{{u"major"_s, u"1"_s},
                            {u"minor"_s, u"30"_s},
                            {u"gitVersion"_s, u"v1.30.0-rolloutdesk-sim"_s},
                            {u"gitCommit"_s, u"0000000000000000000000000000000000000000"_s},
                            {u"gitTreeState"_s, u"clean"_s},
                            {u"buildDate"_s, u"2026-01-01T00:00:00Z"_s},
                            {u"goVersion"_s, u"go1.22.0"_s},
                            {u"compiler"_s, u"gc"_s},
                            {u"platform"_s, u"linux/amd64"_s}});
        return;
    }
    if (segments.size() == 1 &&
        (segments[0] == u"healthz" || segments[0] == u"readyz" || segments[0] == u"livez")) {
        c->sendResponse(200, "text/plain; charset=utf-8"_ba, "ok"_ba);
        return;
    }
    const auto user = m_authorizer->authenticate(r);
    if (!user) {
        respondError(c, FailureStatus::unauthorized());
        return;
    }
    if (r.method == "GET" && handleDiscovery(c, r, segments))
        return;

    const auto target = resolve(segments);
    if (!target) {
        respondError(c, target.error());
        return;
    }
    const Target &t = *target;
    QString verb;
    const bool isWatch = isTrue(r.queryValue(u"watch"_s));
    if (r.method == "GET")
        verb = !t.name.isEmpty() ? u"get"_s : (isWatch ? u"watch"_s : u"list"_s);
    else if (r.method == "POST")
        verb = u"create"_s;
    else if (r.method == "PUT")
        verb = u"update"_s;
    else if (r.method == "PATCH")
        verb = u"patch"_s;
    else if (r.method == "DELETE")
        verb = t.name.isEmpty() ? u"deletecollection"_s : u"delete"_s;
    else {
        respondError(c, FailureStatus::methodNotAllowed(
                            u"the server does not allow this method on the requested resource"_s));
        return;
    }
    if (!t.type->verbs.contains(verb) || (verb == u"create" && !t.name.isEmpty()) ||
        ((verb == u"update" || verb == u"patch") && t.name.isEmpty())) {
        respondError(c, FailureStatus::methodNotAllowed(
                            u"the server does not allow this method on the requested resource"_s));
        return;
    }
    if (!m_authorizer->allowed(*user, verb, t.type->group, t.type->resource, t.subresource, t.ns)) {
        const QString res =
            t.subresource.isEmpty() ? t.type->resource : t.type->resource % u'/' % t.subresource;
        respondError(c, FailureStatus::forbidden(*user, verb, res, t.type->group, t.ns, t.name));
        return;
    }
    // Reviews are answered before fault injection so permission checks stay reliable.
    if (t.type->resource == u"selfsubjectaccessreviews") {
        accessReview(c, r, *user);
        return;
    }
    if (t.type->resource == u"selfsubjectreviews") {
        subjectReview(c, *user);
        return;
    }
    if (m_faults && !isWatch) {
        if (m_faults->roll(m_faults->rates().tooMany)) {
            respondError(c, FailureStatus::tooManyRequests(1));
            return;
        }
        if (m_faults->roll(m_faults->rates().serverError)) {
            respondError(c, FailureStatus::internal(u"injected fault"_s));
            return;
        }
    }

    if (verb == u"get" && t.subresource == u"log") {
        podLog(c, r, t);
    } else if (verb == u"get") {
        const auto obj = m_store->get(t.type->key(), t.ns, t.name);
        if (!obj)
            respondError(c, FailureStatus::notFound(t.type->resource, t.type->group, t.name));
        else if (TableConverter::wanted(r.header("accept")) && t.subresource.isEmpty())
            respond(
                c, 200,
                TableConverter::table(*t.type, {*obj},
                                      QJsonObject{{u"resourceVersion"_s,
                                                   QString::number(m_store->resourceVersion())}}));
        else
            respond(c, 200, *obj);
    } else if (verb == u"list") {
        list(c, r, t);
    } else if (verb == u"watch") {
        startWatch(c, r, t);
    } else if (verb == u"create") {
        create(c, r, t, *user);
    } else if (verb == u"update") {
        replace(c, r, t);
    } else if (verb == u"patch") {
        patch(c, r, t);
    } else if (verb == u"delete") {
        remove(c, r, t);
    } else {
        removeCollection(c, r, t);
    }
}

void KubeApi::list(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    const auto labels = LabelSelector::parse(r.queryValue(u"labelSelector"_s));
    if (!labels) {
        respondError(c, FailureStatus::badRequest(
                            u"unable to parse requirement: invalid label selector \"%1\""_s.arg(
                                r.queryValue(u"labelSelector"_s))));
        return;
    }
    const auto fields = FieldSelector::parse(r.queryValue(u"fieldSelector"_s), t.type->kind);
    if (!fields) {
        respondError(c, FailureStatus::badRequest(fields.errorMessage()));
        return;
    }
    bool limitOk = true;
    const qint64 limit = r.hasQuery(u"limit"_s) ? r.queryValue(u"limit"_s).toLongLong(&limitOk) : 0;
    if (!limitOk || limit < 0) {
        respondError(c, FailureStatus::badRequest(u"invalid limit"_s));
        return;
    }
    qint64 listRv = m_store->resourceVersion();
    QString after;
    quint64 snapshotId = 0;
    qint64 offset = 0;
    const QString cont = r.queryValue(u"continue"_s);
    if (!cont.isEmpty()) {
        const QJsonObject token =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(cont.toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        if (token.isEmpty()) {
            respondError(c, FailureStatus::badRequest(u"continue key is not valid"_s));
            return;
        }
        listRv = token.value(u"rv"_s).toString().toLongLong();
        after = token.value(u"start"_s).toString();
        snapshotId = token.value(u"snap"_s).toString().toULongLong();
        offset = token.value(u"offset"_s).toString().toLongLong();
        // An injected expiry answers exactly as a snapshot that is really gone.
        if (listRv < m_store->oldestResumableVersion() ||
            (m_faults && m_faults->roll(m_faults->rates().expireContinue))) {
            respondError(
                c,
                FailureStatus::expired(
                    u"The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter."_s));
            return;
        }
    }
    const bool plainSelectors = labels->isEmpty() && r.queryValue(u"fieldSelector"_s).isEmpty();

    // A later page of a list whose snapshot is still kept: O(page).
    const ListSnapshots::Snapshot *snapshot =
        snapshotId != 0 ? m_listSnapshots.find(snapshotId) : nullptr;
    if (snapshot && (offset < 0 || offset > snapshot->items.size())) {
        respondError(c, FailureStatus::badRequest(u"continue key is not valid"_s));
        return;
    }
    QList<QJsonObject> matching;
    if (!snapshot) {
        // A first page, a whole list, or a page whose snapshot has expired (then the list goes on
        // after the last key served, from the store as it is now).
        for (const QJsonObject &o : m_store->list(t.type->key(), t.ns)) {
            if (!after.isEmpty() &&
                (metaString(o, u"namespace"_s) % u'/' % metaString(o, u"name"_s)) <= after)
                continue;
            if (!labels->matches(o.value(u"metadata"_s).toObject().value(u"labels"_s).toObject()) ||
                !fields->matches(o))
                continue;
            matching.append(o);
        }
        offset = 0;
        if (limit > 0 && matching.size() > limit) {
            snapshotId = m_listSnapshots.add(listRv, std::move(matching));
            snapshot = m_listSnapshots.find(snapshotId);
        }
    }
    const QList<QJsonObject> &source = snapshot ? snapshot->items : matching;
    const qint64 end = limit > 0 ? std::min<qint64>(source.size(), offset + limit) : source.size();
    const QList<QJsonObject> itemList = source.mid(offset, end - offset);
    QJsonArray items;
    for (const QJsonObject &o : itemList)
        items.append(o);
    const qint64 remaining = source.size() - end;

    QJsonObject meta{{u"resourceVersion"_s, QString::number(listRv)}};
    if (remaining > 0) {
        const QJsonObject &last = itemList.last();
        const QString lastKey =
            metaString(last, u"namespace"_s) % u'/' % metaString(last, u"name"_s);
        meta.insert(u"continue"_s, encodeContinue(listRv, lastKey, snapshotId, end));
        if (plainSelectors)
            meta.insert(u"remainingItemCount"_s, remaining);
    } else if (snapshot) {
        m_listSnapshots.remove(snapshotId); // the last page: nobody will ask for this one again
    }
    if (TableConverter::wanted(r.header("accept"))) {
        respond(c, 200, TableConverter::table(*t.type, itemList, meta));
        return;
    }
    respond(c, 200,
            QJsonObject{{u"kind"_s, QString(t.type->kind % u"List")},
                        {u"apiVersion"_s, t.type->apiVersion()},
                        {u"metadata"_s, meta},
                        {u"items"_s, items}});
}

void KubeApi::startWatch(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    const auto labels = LabelSelector::parse(r.queryValue(u"labelSelector"_s));
    if (!labels) {
        respondError(
            c, FailureStatus::badRequest(u"unable to parse requirement: invalid label selector"_s));
        return;
    }
    auto fields = FieldSelector::parse(r.queryValue(u"fieldSelector"_s), t.type->kind);
    if (!fields) {
        respondError(c, FailureStatus::badRequest(fields.errorMessage()));
        return;
    }
    const QString rvText = r.queryValue(u"resourceVersion"_s);
    qint64 rv = 0;
    if (!rvText.isEmpty()) {
        bool ok = false;
        rv = rvText.toLongLong(&ok);
        if (!ok) {
            respondError(
                c, FailureStatus::badRequest(u"invalid resource version \"%1\""_s.arg(rvText)));
            return;
        }
    }
    auto w = std::make_shared<Watch>();
    w->connection = c;
    w->type = t.type;
    w->ns = t.ns;
    w->labels = *labels;
    w->fields = std::move(fields).value();
    w->bookmarks = isTrue(r.queryValue(u"allowWatchBookmarks"_s));
    w->table = TableConverter::wanted(r.header("accept"));
    w->lastRv = m_store->resourceVersion();
    m_watches.insert(c, w);
    c->beginStream(200, "application/json"_ba);

    // A field selector on the name narrows events the same way (kubectl get NAME -w).
    const auto matches = [w](const QJsonObject &o) {
        return w->labels.matches(o.value(u"metadata"_s).toObject().value(u"labels"_s).toObject()) &&
               w->fields->matches(o);
    };
    if (rv == 0) {
        for (const QJsonObject &o : m_store->list(t.type->key(), t.ns)) {
            if (matches(o))
                sendEvent(*w, u"ADDED"_s, o);
        }
        if (isTrue(r.queryValue(u"sendInitialEvents"_s)) && w->bookmarks) {
            QJsonObject bm{
                {u"kind"_s, t.type->kind},
                {u"apiVersion"_s, t.type->apiVersion()},
                {u"metadata"_s,
                 QJsonObject{{u"resourceVersion"_s, QString::number(m_store->resourceVersion())},
                             {u"annotations"_s,
                              QJsonObject{{u"k8s.io/initial-events-end"_s, u"true"_s}}}}}};
            sendEvent(*w, u"BOOKMARK"_s, bm);
        }
    } else {
        const auto history = m_store->eventsSince(rv);
        const bool injected = m_faults && m_faults->roll(m_faults->rates().expireResume);
        if (!history || injected) {
            const FailureStatus expired =
                FailureStatus::expired(u"too old resource version: %1 (%2)"_s.arg(rv).arg(
                    m_store->oldestResumableVersion() + 1));
            sendEvent(*w, u"ERROR"_s, expired.toStatus());
            endWatch(c, End::Finish);
            return;
        }
        for (const StoreEventPtr &ev : *history) {
            if (ev->resourceKey != t.type->key() || (!t.ns.isEmpty() && ev->ns != t.ns))
                continue;
            const bool now = matches(ev->object);
            const bool before = ev->type == u"MODIFIED" && matches(ev->previous);
            if (now && ev->type == u"MODIFIED" && !before)
                sendEvent(*w, u"ADDED"_s, ev->object);
            else if (!now && before)
                sendEvent(*w, u"DELETED"_s, ev->object);
            else if (now)
                sendEvent(*w, ev->type, ev->object);
        }
    }
    if (!m_watches.contains(c))
        return; // a fault ended it during the replay
    bool ok = false;
    const int timeoutSeconds = r.queryValue(u"timeoutSeconds"_s).toInt(&ok);
    w->timeout = std::make_unique<QTimer>();
    w->timeout->setSingleShot(true);
    w->timeout->setInterval(ok && timeoutSeconds > 0 ? timeoutSeconds * 1000 : 1800 * 1000);
    connect(w->timeout.get(), &QTimer::timeout, this, [this, c] { endWatch(c, End::Finish); });
    w->timeout->start();
    if (w->bookmarks) {
        w->bookmarkTimer = std::make_unique<QTimer>();
        w->bookmarkTimer->setInterval(m_bookmarkIntervalMs);
        Watch *raw = w.get();
        connect(w->bookmarkTimer.get(), &QTimer::timeout, this, [this, raw] {
            QJsonObject bm{
                {u"kind"_s, raw->type->kind},
                {u"apiVersion"_s, raw->type->apiVersion()},
                {u"metadata"_s,
                 QJsonObject{{u"resourceVersion"_s, QString::number(m_store->resourceVersion())}}}};
            sendEvent(*raw, u"BOOKMARK"_s, bm);
        });
        w->bookmarkTimer->start();
    }
}

void KubeApi::sendEvent(Watch &w, const QString &type, const QJsonObject &object)
{
    HttpConnection *c = w.connection;
    QJsonObject payload = object;
    if (w.table && (type == u"ADDED" || type == u"MODIFIED" || type == u"DELETED")) {
        // The API server sends the column definitions with the first row only.
        payload = TableConverter::table(
            *w.type, {object},
            QJsonObject{{u"resourceVersion"_s,
                         object.value(u"metadata"_s).toObject().value(u"resourceVersion"_s)}},
            !w.columnsSent);
        w.columnsSent = true;
    }
    QByteArray line = toJson(QJsonObject{{u"type"_s, type}, {u"object"_s, payload}}) + '\n';
    if (m_faults && m_faults->enabled() && type != u"ERROR") {
        const auto &rates = m_faults->rates();
        if (m_faults->roll(rates.dropWatch)) {
            endWatch(c, End::Abort);
            return;
        }
        if (m_faults->roll(rates.truncate)) {
            c->writeChunk(line.left(line.size() / 2));
            endWatch(c, End::CutOff);
            return;
        }
        if (m_faults->roll(rates.malformed)) {
            c->writeChunk("{\"type\":\"MODIFIED\",\"object\":{\"kind\":]}\n"_ba);
            endWatch(c, End::CutOff);
            return;
        }
    }
    c->writeChunk(line);
}

void KubeApi::onStoreChanged(const StoreEventPtr &ev)
{
    if (m_watches.isEmpty())
        return;
    const auto watches = m_watches.values(); // sending may end a watch
    for (const auto &w : watches) {
        if (!m_watches.contains(w->connection))
            continue;
        if (w->type->key() != ev->resourceKey || (!w->ns.isEmpty() && w->ns != ev->ns))
            continue;
        const auto matches = [&](const QJsonObject &o) {
            return w->labels.matches(
                       o.value(u"metadata"_s).toObject().value(u"labels"_s).toObject()) &&
                   w->fields->matches(o);
        };
        const bool now = matches(ev->object);
        const bool before = ev->type == u"MODIFIED" && matches(ev->previous);
        if (now && ev->type == u"MODIFIED" && !before)
            sendEvent(*w, u"ADDED"_s, ev->object);
        else if (!now && before)
            sendEvent(*w, u"DELETED"_s, ev->object);
        else if (now)
            sendEvent(*w, ev->type, ev->object);
    }
}

void KubeApi::endWatch(HttpConnection *connection, End how)
{
    const auto w = m_watches.take(connection);
    if (!w)
        return;
    if (how == End::Abort)
        connection->abort();
    else if (how == End::CutOff)
        connection->cutOff();
    else
        connection->endStream();
}

void KubeApi::endAllWatches()
{
    const auto keys = m_watches.keys();
    for (HttpConnection *c : keys)
        endWatch(c, End::Finish);
}

void KubeApi::connectionClosed(HttpConnection *connection)
{
    m_watches.remove(connection);
}

void KubeApi::create(HttpConnection *c, const HttpRequest &r, const Target &t, const QString &user)
{
    Q_UNUSED(user)
    const auto body = parseBody(r.body);
    if (!body || !body->isObject()) {
        respondError(c, body ? FailureStatus::badRequest(u"the body must be a JSON object"_s)
                             : body.error());
        return;
    }
    QJsonObject obj = body->toObject();
    if (obj.value(u"kind"_s).toString() != t.type->kind) {
        respondError(
            c, FailureStatus::badRequest(
                   u"the kind of the provided object (%1) does not match the resource (%2)"_s.arg(
                       obj.value(u"kind"_s).toString(), t.type->kind)));
        return;
    }
    QJsonObject meta = obj.value(u"metadata"_s).toObject();
    if (t.type->namespaced) {
        const QString bodyNs = meta.value(u"namespace"_s).toString();
        if (!bodyNs.isEmpty() && bodyNs != t.ns) {
            respondError(
                c,
                FailureStatus::badRequest(
                    u"the namespace of the provided object does not match the namespace sent on the request"_s));
            return;
        }
        meta.insert(u"namespace"_s, t.ns);
    }
    meta.remove(u"creationTimestamp"_s);
    meta.remove(u"resourceVersion"_s);
    meta.remove(u"uid"_s);
    obj.insert(u"metadata"_s, meta);
    if (t.type->statusSubresource)
        obj.remove(u"status"_s); // status is the controller's, set through /status only
    if (r.queryValue(u"dryRun"_s) == u"All") {
        respond(c, 201, obj);
        return;
    }
    const auto res = m_store->create(*t.type, obj);
    if (!res.ok())
        respondError(c, res.error());
    else
        respond(c, 201, res.value());
}

void KubeApi::replace(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    const auto body = parseBody(r.body);
    if (!body || !body->isObject()) {
        respondError(c, body ? FailureStatus::badRequest(u"the body must be a JSON object"_s)
                             : body.error());
        return;
    }
    QJsonObject obj = body->toObject();
    QJsonObject meta = obj.value(u"metadata"_s).toObject();
    if (meta.value(u"name"_s).toString() != t.name) {
        respondError(
            c, FailureStatus::badRequest(
                   u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(
                       meta.value(u"name"_s).toString(), t.name)));
        return;
    }
    if (t.type->customResource && meta.value(u"resourceVersion"_s).toString().isEmpty()) {
        respondError(
            c,
            FailureStatus::invalid(
                u"%1.%2 \"%3\" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update"_s
                    .arg(t.type->resource, t.type->group, t.name)));
        return;
    }
    if (t.type->namespaced)
        meta.insert(u"namespace"_s, t.ns);
    obj.insert(u"metadata"_s, meta);
    const auto scope =
        t.subresource == u"status" ? ClusterStore::Scope::Status : ClusterStore::Scope::Main;
    const auto res = m_store->update(*t.type, obj, scope, true);
    if (!res.ok())
        respondError(c, res.error());
    else
        respond(c, 200, res.value());
}

void KubeApi::patch(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    const QByteArray contentType = r.header("content-type").split(';').value(0).trimmed().toLower();
    const auto current = m_store->get(t.type->key(), t.ns, t.name);
    const bool json = contentType == "application/json-patch+json";
    const bool merge = contentType == "application/merge-patch+json";
    const bool strategic = contentType == "application/strategic-merge-patch+json";
    const bool apply = contentType == "application/apply-patch+yaml";
    if (!json && !merge && !(strategic && !t.type->customResource) && !apply) {
        QStringList accepted{u"application/json-patch+json"_s, u"application/merge-patch+json"_s,
                             u"application/apply-patch+yaml"_s};
        if (!t.type->customResource)
            accepted.insert(2, u"application/strategic-merge-patch+json"_s);
        respondError(
            c, FailureStatus::unsupportedMediaType(QString::fromLatin1(contentType), accepted));
        return;
    }
    if (apply && r.queryValue(u"fieldManager"_s).isEmpty()) {
        respondError(
            c,
            FailureStatus::invalid(
                u"PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"_s));
        return;
    }
    if (!current) {
        respondError(c, FailureStatus::notFound(t.type->resource, t.type->group, t.name));
        return;
    }
    const auto body = parseBody(r.body);
    if (!body) {
        respondError(c, apply
                            ? FailureStatus::unsupportedMediaType(QString::fromLatin1(contentType),
                                                                  {u"JSON-encoded apply patches"_s})
                            : body.error());
        return;
    }
    QJsonValue patched;
    if (json) {
        if (!body->isArray()) {
            respondError(
                c, FailureStatus::badRequest(
                       u"json: cannot unmarshal object into Go value of type jsonpatch.Patch"_s));
            return;
        }
        const auto outcome = JsonPatch::apply(*current, body->toArray());
        if (!outcome.ok()) {
            respondError(c, outcome.error().httpStatus == 413
                                ? FailureStatus::requestEntityTooLarge(outcome.errorMessage())
                                : FailureStatus::invalid(outcome.errorMessage()));
            return;
        }
        patched = outcome.value();
    } else {
        // Strategic merge on built-ins and JSON apply patches are approximated by a merge patch.
        patched = JsonPatch::mergePatch(*current, *body);
    }
    if (!patched.isObject()) {
        respondError(c, FailureStatus::badRequest(u"the patch result is not an object"_s));
        return;
    }
    QJsonObject obj = patched.toObject();
    QJsonObject meta = obj.value(u"metadata"_s).toObject();
    meta.insert(u"name"_s, t.name);
    if (t.type->namespaced)
        meta.insert(u"namespace"_s, t.ns);
    obj.insert(u"metadata"_s, meta);
    const auto scope =
        t.subresource == u"status" ? ClusterStore::Scope::Status : ClusterStore::Scope::Main;
    // A resourceVersion carried in the patch is a precondition (409 when stale).
    const auto res = m_store->update(*t.type, obj, scope, true);
    if (!res.ok())
        respondError(c, res.error());
    else
        respond(c, 200, res.value());
}

void KubeApi::remove(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    Q_UNUSED(r)
    const auto res = m_store->remove(*t.type, t.ns, t.name);
    if (!res.ok())
        respondError(c, res.error());
    else
        respond(c, 200, res.value());
}

void KubeApi::removeCollection(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    const auto labels = LabelSelector::parse(r.queryValue(u"labelSelector"_s));
    if (!labels) {
        respondError(c, FailureStatus::badRequest(u"invalid label selector"_s));
        return;
    }
    QJsonArray items;
    for (const QJsonObject &o : m_store->list(t.type->key(), t.ns)) {
        if (!labels->matches(o.value(u"metadata"_s).toObject().value(u"labels"_s).toObject()))
            continue;
        const auto res =
            m_store->remove(*t.type, metaString(o, u"namespace"_s), metaString(o, u"name"_s));
        if (res.ok())
            items.append(res.value());
    }
    respond(c, 200,
            QJsonObject{{u"kind"_s, QString(t.type->kind % u"List")},
                        {u"apiVersion"_s, t.type->apiVersion()},
                        {u"metadata"_s, QJsonObject{{u"resourceVersion"_s,
                                                     QString::number(m_store->resourceVersion())}}},
                        {u"items"_s, items}});
}

void KubeApi::accessReview(HttpConnection *c, const HttpRequest &r, const QString &user)
{
    const auto body = parseBody(r.body);
    if (!body || !body->isObject()) {
        respondError(c, body ? FailureStatus::badRequest(u"the body must be a JSON object"_s)
                             : body.error());
        return;
    }
    QJsonObject review = body->toObject();
    const QJsonObject spec = review.value(u"spec"_s).toObject();
    const QJsonObject ra = spec.value(u"resourceAttributes"_s).toObject();
    bool allowed = false;
    if (spec.contains(u"resourceAttributes"_s)) {
        allowed = m_authorizer->allowed(
            user, ra.value(u"verb"_s).toString(), ra.value(u"group"_s).toString(),
            ra.value(u"resource"_s).toString(), ra.value(u"subresource"_s).toString(),
            ra.value(u"namespace"_s).toString());
    } else if (spec.contains(u"nonResourceAttributes"_s)) {
        allowed =
            spec.value(u"nonResourceAttributes"_s).toObject().value(u"verb"_s).toString() == u"get";
    } else {
        respondError(
            c,
            FailureStatus::invalid(
                u"SelfSubjectAccessReview.authorization.k8s.io \"\" is invalid: spec.resourceAttributes: Invalid value: \"null\": exactly one of nonResourceAttributes or resourceAttributes must be specified"_s));
        return;
    }
    QJsonObject status{{u"allowed"_s, allowed}};
    if (allowed)
        status.insert(u"reason"_s,
                      user == u"viewer"
                          ? u"RBAC: allowed by ClusterRole \"view\""_s
                          : u"RBAC: allowed by ClusterRoleBinding \"cluster-admin\""_s);
    review.insert(u"apiVersion"_s, u"authorization.k8s.io/v1"_s);
    review.insert(u"kind"_s, u"SelfSubjectAccessReview"_s);
    review.insert(u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}});
    review.insert(u"status"_s, status);
    respond(c, 201, review);
}

void KubeApi::subjectReview(HttpConnection *c, const QString &user)
{
    respond(c, 201,
            QJsonObject{
                {u"apiVersion"_s, u"authentication.k8s.io/v1"_s},
                {u"kind"_s, u"SelfSubjectReview"_s},
                {u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}}},
                {u"status"_s,
                 QJsonObject{{u"userInfo"_s,
                              QJsonObject{{u"username"_s, user},
                                          {u"groups"_s, QJsonArray::fromStringList(
                                                            m_authorizer->groupsOf(user))}}}}}});
}

void KubeApi::podLog(HttpConnection *c, const HttpRequest &r, const Target &t)
{
    const auto pod = m_store->get(t.type->key(), t.ns, t.name);
    if (!pod) {
        respondError(c, FailureStatus::notFound(t.type->resource, t.type->group, t.name));
        return;
    }
    const QJsonObject spec = pod->value(u"spec"_s).toObject();
    const QJsonArray containers = spec.value(u"containers"_s).toArray();
    QString container = r.queryValue(u"container"_s);
    if (container.isEmpty()) {
        if (containers.size() != 1) {
            QStringList names;
            for (const QJsonValue &cv : containers)
                names << cv.toObject().value(u"name"_s).toString();
            respondError(
                c, FailureStatus::badRequest(
                       u"a container name must be specified for pod %1, choose one of: [%2]"_s.arg(
                           t.name, names.join(u' '))));
            return;
        }
        container = containers.first().toObject().value(u"name"_s).toString();
    }
    QJsonObject state;
    QString image;
    bool found = false;
    for (const QJsonValue &cs :
         pod->value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray()) {
        if (cs.toObject().value(u"name"_s).toString() == container) {
            state = cs.toObject().value(u"state"_s).toObject();
            image = cs.toObject().value(u"image"_s).toString();
            found = true;
        }
    }
    if (!found || !state.contains(u"running"_s)) {
        const QString waiting = state.value(u"waiting"_s).toObject().value(u"reason"_s).toString();
        respondError(
            c,
            FailureStatus::badRequest(
                waiting == u"ErrImagePull" || waiting == u"ImagePullBackOff"
                    ? u"container \"%1\" in pod \"%2\" is waiting to start: trying and failing to pull image"_s
                          .arg(container, t.name)
                    : u"container \"%1\" in pod \"%2\" is waiting to start: ContainerCreating"_s
                          .arg(container, t.name)));
        return;
    }
    // A few plausible lines; the simulated containers do nothing else.
    const QString started = state.value(u"running"_s).toObject().value(u"startedAt"_s).toString();
    const QStringList lines{u"Started %1 (image %2)"_s.arg(container, image),
                            u"Listening on :8080"_s, u"GET /healthz 200"_s, u"GET / 200"_s};
    const bool timestamps = r.queryValue(u"timestamps"_s) == u"true";
    bool tailOk = false;
    const int tail = r.queryValue(u"tailLines"_s).toInt(&tailOk);
    QByteArray body;
    for (qsizetype i = (tailOk && tail >= 0) ? std::max<qsizetype>(0, lines.size() - tail) : 0;
         i < lines.size(); ++i)
        body += ((timestamps ? started + u' ' : QString()) + lines.at(i) + u'\n').toUtf8();
    c->sendResponse(200, "text/plain"_ba, body);
}

} // namespace rd::sim
