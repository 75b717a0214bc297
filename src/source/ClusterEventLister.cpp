#include "source/ClusterEventLister.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"
#include "kube/ObjectName.h"
#include "kube/ResourceKind.h"
#include "source/EventsRequest.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd::source {

EventsRequest *ClusterEventLister::list(kube::KubeClient *client, const QString &ns,
                                        const QString &name, QObject *parent)
{
    auto *request = new EventsRequest(parent);
    // The name goes into a field selector: only a valid object name may (no ',' or '=').
    //: Names the field in "<field> "x" is not a valid Rollout name: …"
    const QString badName = kube::ObjectName::checkName(tr("the rollout name"), name, u"Rollout"_s);
    if (!badName.isEmpty()) {
        request->fail(badName);
        return request;
    }
    const auto path = kube::ResourceKind::events().collectionPath(ns);
    if (!path) {
        request->fail(path.errorMessage());
        return request;
    }
    // Lives as long as the request it answers.
    auto *lister = new ClusterEventLister(client, path.value(), name, request);
    lister->listPage(QString());
    return request;
}

ClusterEventLister::ClusterEventLister(kube::KubeClient *client, QString path, QString name,
                                       EventsRequest *request)
    : QObject(request)
    , m_client(client)
    , m_path(std::move(path))
    , m_name(std::move(name))
    , m_request(request)
{}

void ClusterEventLister::listPage(const QString &continueToken)
{
    kube::KubeRequest request;
    request.path = m_path;
    request.query.addQueryItem(u"fieldSelector"_s,
                               u"involvedObject.kind=Rollout,involvedObject.name="_s + m_name);
    request.query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    if (!continueToken.isEmpty())
        request.query.addQueryItem(u"continue"_s, continueToken);
    kube::KubeReply *reply = m_client->send(request);
    const auto done = [this, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            m_request->fail(reply->error().message);
            return;
        }
        const QJsonObject list = reply->json();
        for (const QJsonValue &item : list.value(u"items"_s).toArray())
            m_events.append(item.toObject());
        const QString next = list.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
        if (!next.isEmpty() && ++m_pages < kMaxPages) {
            listPage(next);
            return;
        }
        m_request->succeed(std::move(m_events));
    };
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    else
        connect(reply, &kube::KubeReply::finished, this, done);
}

} // namespace rd::source
