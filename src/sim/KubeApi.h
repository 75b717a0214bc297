#pragma once

#include "sim/ClusterStore.h"
#include "sim/FailureStatus.h"
#include "sim/FieldSelector.h"
#include "sim/LabelSelector.h"
#include "sim/ListSnapshots.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace rd::sim {

class Authorizer;
class FaultInjector;
class HttpConnection;
struct ApiResource;
struct HttpRequest;

// The Kubernetes REST semantics on top of the store: discovery, list/get/create/update/patch/
// delete/watch, the status subresource, access reviews, `Status` errors (k8s-client.md §4).
class KubeApi : public QObject
{
    Q_OBJECT

public:
    KubeApi(ClusterStore *store, Authorizer *authorizer, FaultInjector *faults,
            QObject *parent = nullptr);
    ~KubeApi() override;

    void handle(HttpConnection *connection, const HttpRequest &request);
    void connectionClosed(HttpConnection *connection);
    // Ends every open watch cleanly (server shutdown).
    void endAllWatches();
    int watchCount() const { return int(m_watches.size()); }
    void setBookmarkInterval(int ms) { m_bookmarkIntervalMs = ms; }

private:
    struct Watch
    {
        HttpConnection *connection = nullptr;
        const ApiResource *type = nullptr;
        QString ns;
        LabelSelector labels;
        std::optional<FieldSelector> fields;
        bool bookmarks = false;
        bool table = false; // kubectl's human output: events carry Tables
        bool columnsSent = false;
        qint64 lastRv = 0;
        std::unique_ptr<QTimer> timeout;
        std::unique_ptr<QTimer> bookmarkTimer;
    };
    struct Target
    {
        const ApiResource *type = nullptr;
        QString ns;
        QString name;
        QString subresource;
    };

    void dispatch(HttpConnection *connection, const HttpRequest &request);
    void respond(HttpConnection *connection, int code, const QJsonObject &body);
    void respondError(HttpConnection *connection, const FailureStatus &error);
    bool handleDiscovery(HttpConnection *connection, const HttpRequest &request,
                         const QStringList &segments);
    core::Result<Target, FailureStatus> resolve(const QStringList &segments) const;

    void list(HttpConnection *c, const HttpRequest &r, const Target &t);
    void startWatch(HttpConnection *c, const HttpRequest &r, const Target &t);
    void create(HttpConnection *c, const HttpRequest &r, const Target &t, const QString &user);
    void replace(HttpConnection *c, const HttpRequest &r, const Target &t);
    void patch(HttpConnection *c, const HttpRequest &r, const Target &t);
    void remove(HttpConnection *c, const HttpRequest &r, const Target &t);
    void removeCollection(HttpConnection *c, const HttpRequest &r, const Target &t);
    void accessReview(HttpConnection *c, const HttpRequest &r, const QString &user);
    void subjectReview(HttpConnection *c, const QString &user);
    void podLog(HttpConnection *c, const HttpRequest &r, const Target &t);

    void onStoreChanged(const StoreEventPtr &event);
    void sendEvent(Watch &w, const QString &type, const QJsonObject &object);
    enum class End { Finish, Abort, CutOff };
    void endWatch(HttpConnection *connection, End how);

    ClusterStore *m_store;
    Authorizer *m_authorizer;
    FaultInjector *m_faults;
    QHash<HttpConnection *, std::shared_ptr<Watch>> m_watches;
    int m_bookmarkIntervalMs = 15000;
    ListSnapshots m_listSnapshots;
};

} // namespace rd::sim
