#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace rd::kube {
class KubeClient;
}

namespace rd::source {

class EventsRequest;

// Lists the Events whose involved object is one Rollout, once (no watch): a field selector on
// kind and name, 500 per page, at most 20 pages. The namespace and the name are checked before
// anything is sent, as they go into the path and the selector. Used by
// ClusterRolloutSource::listEvents (the CLI's `history rollout`).
class ClusterEventLister : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 500;
    static constexpr int kMaxPages =
        20; // 10000 Events of one rollout: far more than a cluster keeps

    // The request is a child of `parent` and answers through `request`.
    static EventsRequest *list(kube::KubeClient *client, const QString &ns, const QString &name,
                               QObject *parent);

private:
    ClusterEventLister(kube::KubeClient *client, QString path, QString name,
                       EventsRequest *request);
    void listPage(const QString &continueToken);

    kube::KubeClient *m_client;
    QString m_path;
    QString m_name;
    EventsRequest *m_request;
    QList<QJsonObject> m_events;
    int m_pages = 0;
};

} // namespace rd::source
