#include "kube/AccessReview.h"

#include "kube/KubeClient.h"
#include "kube/ObjectName.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

AccessReview *AccessReview::ask(KubeClient *client, const QString &ns, const QString &verb,
                                const QString &group, const QString &resource,
                                const QString &subresource, const QString &name)
{
    auto *review = new AccessReview(client);
    // The namespace and name come from server objects: a question about a name the API would
    // refuse is not asked (and answered "unknown" on the next turn, as a sent review would be).
    QString invalid = ns.isEmpty() ? QString() : ObjectName::checkNamespace(u"namespace"_s, ns);
    if (invalid.isEmpty() && !name.isEmpty())
        invalid = ObjectName::checkName(u"name"_s, name, resource);
    if (!invalid.isEmpty()) {
        QTimer::singleShot(0, review, [review, invalid] {
            Q_EMIT review->answered(false, false, invalid);
            review->deleteLater();
        });
        return review;
    }
    QJsonObject attrs{
        {u"namespace"_s, ns}, {u"verb"_s, verb}, {u"group"_s, group}, {u"resource"_s, resource}};
    if (!subresource.isEmpty())
        attrs.insert(u"subresource"_s, subresource);
    if (!name.isEmpty())
        attrs.insert(u"name"_s, name);
    const QJsonObject body{{u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
                           {u"kind"_s, u"SelfSubjectAccessReview"_s},
                           {u"spec"_s, QJsonObject{{u"resourceAttributes"_s, attrs}}}};
    KubeRequest req;
    req.verb = "POST"_ba;
    req.path = u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s;
    req.contentType = "application/json"_ba;
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    KubeReply *reply = client->send(req);
    connect(reply, &KubeReply::finished, review, [review, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            Q_EMIT review->answered(false, false, reply->error().message);
        } else {
            const QJsonObject st = reply->json().value(u"status"_s).toObject();
            Q_EMIT review->answered(true, st.value(u"allowed"_s).toBool(),
                                    st.value(u"reason"_s).toString());
        }
        review->deleteLater();
    });
    return review;
}

} // namespace rd::kube
