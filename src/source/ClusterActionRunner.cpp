#include "source/ClusterActionRunner.h"

#include "core/actions/RolloutActions.h"
#include "kube/KubeClient.h"
#include "kube/ResourceKind.h"
#include "source/ActionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::source {

using core::RolloutActions;
using kube::KubeReply;
using kube::KubeRequest;
using kube::ResourceKind;

namespace {
constexpr int kSetImageAttempts = 5;
const QByteArray kMerge = "application/merge-patch+json"_ba;
const QByteArray kJsonPatch = "application/json-patch+json"_ba;
} // namespace

ClusterActionRunner::ClusterActionRunner(kube::KubeClient *client, ActionRequest *request)
    : QObject(request)
    , m_client(client)
    , m_request(request)
    , m_action(request->action())
{
    // A key without '/' leaves the namespace empty, which start() refuses.
    const qsizetype slash = m_action.key.indexOf(u'/');
    if (slash >= 0) {
        m_ns = m_action.key.left(slash);
        m_name = m_action.key.mid(slash + 1);
    } else {
        m_name = m_action.key;
    }
}

ClusterActionRunner::~ClusterActionRunner() = default;

QString ClusterActionRunner::goDuration(qint64 secs)
{
    if (secs == 0)
        return u"0s"_s;
    const qint64 h = secs / 3600;
    const qint64 m = (secs % 3600) / 60;
    const qint64 s = secs % 60;
    if (h > 0)
        return u"%1h%2m%3s"_s.arg(h).arg(m).arg(s);
    if (m > 0)
        return u"%1m%2s"_s.arg(m).arg(s);
    return u"%1s"_s.arg(s);
}

QString ClusterActionRunner::rolloutPath(const QString &subresource) const
{
    return subresource.isEmpty() ? m_rolloutPath : m_rolloutPath + u'/' + subresource;
}

void ClusterActionRunner::call(const KubeRequest &request, Handler handler)
{
    KubeReply *reply = m_client->send(request);
    connect(reply, &KubeReply::finished, this, [reply, handler = std::move(handler)] {
        reply->deleteLater();
        handler(reply);
    });
}

void ClusterActionRunner::patch(const QString &path, const QByteArray &contentType,
                                const QByteArray &body, Handler handler)
{
    KubeRequest r;
    r.verb = "PATCH"_ba;
    r.path = path;
    r.contentType = contentType;
    r.body = body;
    call(r, std::move(handler));
}

void ClusterActionRunner::done(const QString &message)
{
    if (m_request)
        m_request->finish(true, message);
    deleteLater();
}

void ClusterActionRunner::fail(const QString &message)
{
    if (m_request)
        m_request->finish(false, message);
    deleteLater();
}

void ClusterActionRunner::start()
{
    using K = RolloutAction::Kind;
    // Names come from the server or the command line: checked before any path is built.
    const auto path = ResourceKind::rollouts().objectPath(m_ns, m_name);
    if (!path) {
        fail(path.errorMessage());
        return;
    }
    m_rolloutPath = *path;
    const QString quoted = u"rollout '"_s + m_name + u"' "_s;
    switch (m_action.kind) {
    case K::Abort:
        statusThenMain(RolloutActions::abort().body, quoted + u"aborted"_s);
        return;
    case K::Retry:
        statusThenMain(RolloutActions::retry().body, quoted + u"retried"_s);
        return;
    case K::Pause:
    case K::Resume:
    case K::Restart: {
        core::PatchRequest p;
        QString msg;
        if (m_action.kind == K::Pause) {
            p = RolloutActions::pause();
            msg = quoted + u"paused"_s;
        } else if (m_action.kind == K::Resume) {
            p = RolloutActions::resume();
            msg = quoted + u"resumed"_s;
        } else {
            // Beyond Go's longest duration (~292 years) the plugin refuses too; QDateTime would
            // overflow converting to milliseconds.
            constexpr qint64 kMaxDelaySecs = std::numeric_limits<qint64>::max() / 1000000000;
            if (m_action.delaySecs < 0 || m_action.delaySecs > kMaxDelaySecs) {
                fail(tr("The restart delay is out of range."));
                return;
            }
            p = RolloutActions::restart(
                QDateTime::currentDateTimeUtc().addSecs(m_action.delaySecs));
            msg = quoted + u"restarts in "_s + goDuration(m_action.delaySecs);
        }
        patch(rolloutPath(), p.contentType, p.body,
              [this, msg](KubeReply *r) { r->ok() ? done(msg) : fail(r->error().message); });
        return;
    }
    case K::Promote:
    case K::PromoteFull:
        promote(m_action.kind == K::PromoteFull);
        return;
    case K::SetImage:
        setImage(1);
        return;
    case K::Undo:
        undo();
        return;
    }
}

void ClusterActionRunner::statusThenMain(const QByteArray &body, const QString &okMessage)
{
    patch(rolloutPath(u"status"_s), kMerge, body, [this, body, okMessage](KubeReply *r) {
        if (r->ok()) {
            done(okMessage);
        } else if (r->error().isNotFound()) {
            // No status subresource (very old CRDs): the same patch on the main resource.
            patch(rolloutPath(), kMerge, body, [this, okMessage](KubeReply *r2) {
                r2->ok() ? done(okMessage) : fail(r2->error().message);
            });
        } else {
            fail(r->error().message);
        }
    });
}

void ClusterActionRunner::promote(bool full)
{
    KubeRequest get;
    get.path = rolloutPath();
    call(get, [this, full](KubeReply *r) {
        if (!r->ok()) {
            fail(r->error().message);
            return;
        }
        auto plan = RolloutActions::promote(r->json(), full ? RolloutActions::PromoteMode::Full
                                                            : RolloutActions::PromoteMode::Default);
        if (!plan) {
            fail(plan.errorMessage());
            return;
        }
        const QString msg =
            u"rollout '"_s + m_name + (full ? u"' fully promoted"_s : u"' promoted"_s);
        auto specStep = [this, msg](const QByteArray &specPatch) {
            if (specPatch.isEmpty()) {
                done(msg);
                return;
            }
            patch(rolloutPath(), kMerge, specPatch,
                  [this, msg](KubeReply *r3) { r3->ok() ? done(msg) : fail(r3->error().message); });
        };
        const core::PromotePlan p = *plan;
        if (p.statusPatch.isEmpty()) {
            specStep(p.specPatch);
            return;
        }
        patch(rolloutPath(u"status"_s), kMerge, p.statusPatch, [this, p, specStep](KubeReply *r2) {
            if (r2->ok())
                specStep(p.specPatch);
            else if (r2->error().isNotFound())
                specStep(p.unifiedPatch);
            else
                fail(r2->error().message);
        });
    });
}

void ClusterActionRunner::setImage(int attempt)
{
    KubeRequest get;
    get.path = rolloutPath();
    call(get, [this, attempt](KubeReply *r) {
        if (!r->ok()) {
            fail(r->error().message);
            return;
        }
        const QJsonObject rollout = r->json();
        const QJsonObject ref =
            rollout.value(u"spec"_s).toObject().value(u"workloadRef"_s).toObject();
        auto edit = [this, attempt](QJsonObject object, const QString &path, const QString &kind) {
            auto n = RolloutActions::setImage(object, m_action.container, m_action.image);
            if (!n) {
                fail(n.errorMessage());
                return;
            }
            KubeRequest put;
            put.verb = "PUT"_ba;
            put.path = path;
            put.contentType = "application/json"_ba;
            put.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            const QString name = object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
            call(put, [this, attempt, kind, name](KubeReply *r2) {
                if (r2->ok())
                    done(u"%1 \"%2\" image updated"_s.arg(kind.toLower(), name));
                else if (r2->error().isConflict() && attempt < kSetImageAttempts)
                    setImage(attempt + 1);
                else
                    fail(r2->error().message);
            });
        };
        if (ref.isEmpty()) {
            edit(rollout, rolloutPath(), u"Rollout"_s);
            return;
        }
        // As the plugin: the reference's kind is not checked, a Deployment of that name is edited.
        const auto checked = ResourceKind::deployments().objectPath(
            m_ns, ref.value(u"name"_s).toString(), u"spec.workloadRef.name"_s);
        if (!checked) {
            fail(checked.errorMessage());
            return;
        }
        const QString depPath = *checked;
        KubeRequest getDep;
        getDep.path = depPath;
        call(getDep, [this, edit, depPath](KubeReply *r2) {
            if (!r2->ok()) {
                fail(r2->error().message);
                return;
            }
            edit(r2->json(), depPath, u"Deployment"_s);
        });
    });
}

void ClusterActionRunner::undo()
{
    KubeRequest get;
    get.path = rolloutPath();
    call(get, [this](KubeReply *r) {
        if (!r->ok()) {
            fail(r->error().message);
            return;
        }
        const QJsonObject rollout = r->json();
        // The workload is checked before anything else is asked, so that a hostile reference
        // costs not even a list.
        const auto workload = workloadPath(rollout);
        if (!workload) {
            fail(workload.errorMessage());
            return;
        }
        const QJsonObject selector =
            rollout.value(u"spec"_s).toObject().value(u"selector"_s).toObject();
        QStringList sel;
        const QJsonObject labels = selector.value(u"matchLabels"_s).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            sel << it.key() + u'=' + it.value().toString();
        for (const auto &e : selector.value(u"matchExpressions"_s).toArray()) {
            const QJsonObject x = e.toObject();
            QStringList values;
            for (const auto &v : x.value(u"values"_s).toArray())
                values << v.toString();
            const QString op = x.value(u"operator"_s).toString();
            const QString key = x.value(u"key"_s).toString();
            if (op == u"In"_s)
                sel << key + u" in ("_s + values.join(u',') + u')';
            else if (op == u"NotIn"_s)
                sel << key + u" notin ("_s + values.join(u',') + u')';
            else if (op == u"Exists"_s)
                sel << key;
            else if (op == u"DoesNotExist"_s)
                sel << u'!' + key;
        }
        const auto setsPath = ResourceKind::replicaSets().collectionPath(m_ns);
        if (!setsPath) {
            fail(setsPath.errorMessage());
            return;
        }
        KubeRequest list;
        list.path = *setsPath;
        if (!sel.isEmpty())
            list.query.addQueryItem(u"labelSelector"_s, sel.join(u','));
        call(list, [this, rollout, path = *workload](KubeReply *r2) {
            if (!r2->ok()) {
                fail(r2->error().message);
                return;
            }
            QList<QJsonObject> sets;
            for (const auto &item : r2->json().value(u"items"_s).toArray())
                sets << item.toObject();
            auto plan = RolloutActions::undo(rollout, sets, m_action.revision);
            if (!plan) {
                fail(plan.errorMessage());
                return;
            }
            if (plan->skip) {
                done(plan->message);
                return;
            }
            if (path.isEmpty()) {
                const QString kind = rollout.value(u"spec"_s)
                                         .toObject()
                                         .value(u"workloadRef"_s)
                                         .toObject()
                                         .value(u"kind"_s)
                                         .toString();
                fail(u"workload of type %1 is not supported"_s.arg(kind));
                return;
            }
            const QString msg = plan->message;
            const qint64 rev = m_action.revision;
            patch(path, kJsonPatch, plan->body, [this, msg, rev](KubeReply *r3) {
                if (r3->ok())
                    done(msg);
                else
                    fail(u"failed restoring revision %1: %2"_s.arg(rev).arg(r3->error().message));
            });
        });
    });
}

core::Result<QString> ClusterActionRunner::workloadPath(const QJsonObject &rollout) const
{
    const QJsonObject ref = rollout.value(u"spec"_s).toObject().value(u"workloadRef"_s).toObject();
    if (ref.isEmpty())
        return rolloutPath();
    const QString kind = ref.value(u"kind"_s).toString();
    const QString name = ref.value(u"name"_s).toString();
    const QString field = u"spec.workloadRef.name"_s;
    if (kind == u"Deployment"_s)
        return ResourceKind::deployments().objectPath(m_ns, name, field);
    if (kind == u"ReplicaSet"_s)
        return ResourceKind::replicaSets().objectPath(m_ns, name, field);
    if (kind == u"PodTemplate"_s)
        return ResourceKind::podTemplates().objectPath(m_ns, name, field);
    return QString(); // an unsupported kind: refused where the plugin refuses it
}

} // namespace rd::source
