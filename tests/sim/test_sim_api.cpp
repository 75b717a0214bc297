// REST semantics of the simulated API server over real loopback HTTP: discovery, Status errors,
// 401/403/404/409/415/422, status-subresource rules, generation, selectors, pagination, access
// reviews, and watch semantics (initial ADDED, resume, bookmarks, 410 Expired, timeoutSeconds).
#include "SimTestHttp.h"

#include "sim/ClusterStore.h"
#include "sim/SimCluster.h"
#include "sim/TableConverter.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using simtest::Client;
using simtest::Watch;

namespace {
const QString Rollouts = u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts"_s;
const QString Demo = Rollouts + u"/rollouts-demo"_s;
const QString Pods = u"/api/v1/namespaces/spring-petclinic/pods"_s;
} // namespace

class TestSimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rd::sim::SimCluster> m_cluster;
    QUrl m_url;

    Client admin() { return Client(m_url, m_cluster->token(u"admin"_s)); }
    Client viewer() { return Client(m_url, m_cluster->token(u"viewer"_s)); }

private Q_SLOTS:
    void init()
    {
        rd::sim::SimCluster::Options o;
        o.controllers = false; // REST semantics only; no controller reacts to our writes
        o.bookmarkIntervalMs = 200;
        m_cluster = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = m_cluster->start();
        error = started.errorMessage();
        m_url = started.valueOr(QUrl());
        QVERIFY2(m_url.isValid() && !m_url.isEmpty(), qPrintable(error));
        QCOMPARE(m_url.host(), u"127.0.0.1"_s);
    }
    void cleanup() { m_cluster.reset(); }

    void discovery()
    {
        Client anonymous(m_url, QString());
        const auto v = anonymous.get(u"/version"_s);
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json.value(u"major"_s).toString(), u"1"_s);
        QCOMPARE(v.json.value(u"minor"_s).toString(), u"30"_s);
        QCOMPARE(anonymous.get(u"/api"_s).status, 401); // discovery needs an authenticated user

        Client c = admin();
        QCOMPARE(c.get(u"/api"_s).json.value(u"versions"_s).toArray(), QJsonArray{u"v1"_s});
        const auto apis = c.get(u"/apis"_s);
        QStringList groups;
        for (const QJsonValue &g : apis.json.value(u"groups"_s).toArray())
            groups << g.toObject().value(u"name"_s).toString();
        QVERIFY(groups.contains(u"argoproj.io"_s));
        QVERIFY(groups.contains(u"apps"_s));
        QVERIFY(groups.contains(u"authorization.k8s.io"_s));
        const auto argo = c.get(u"/apis/argoproj.io/v1alpha1"_s);
        QCOMPARE(argo.json.value(u"kind"_s).toString(), u"APIResourceList"_s);
        bool sawRollouts = false;
        for (const QJsonValue &r : argo.json.value(u"resources"_s).toArray()) {
            if (r.toObject().value(u"name"_s).toString() == u"rollouts") {
                sawRollouts = true;
                QCOMPARE(r.toObject().value(u"kind"_s).toString(), u"Rollout"_s);
                QVERIFY(r.toObject().value(u"namespaced"_s).toBool());
            }
        }
        QVERIFY(sawRollouts);
        QCOMPARE(c.get(u"/apis/argoproj.io"_s)
                     .json.value(u"preferredVersion"_s)
                     .toObject()
                     .value(u"version"_s)
                     .toString(),
                 u"v1alpha1"_s);
        QCOMPARE(c.get(u"/apis/nope.example.com/v1"_s).status, 404);
        QCOMPARE(c.get(u"/api/v1"_s).status, 200);
        QCOMPARE(c.get(u"/apis/apps/v1"_s).status, 200);
        QCOMPARE(c.get(u"/apis/authorization.k8s.io/v1"_s).status, 200);
    }

    void authentication()
    {
        Client none(m_url, QString());
        const auto r = none.get(Rollouts);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"Status"_s);
        QCOMPARE(r.json.value(u"reason"_s).toString(), u"Unauthorized"_s);
        QCOMPARE(r.json.value(u"code"_s).toInt(), 401);
        Client wrong(m_url, u"not-a-token"_s);
        QCOMPARE(wrong.get(Rollouts).status, 401);
        QVERIFY(!m_cluster->kubeconfigYaml().isEmpty());
        QVERIFY(m_cluster->kubeconfigYaml().contains(m_cluster->token(u"viewer"_s).toUtf8()));
        QVERIFY(m_cluster->kubeconfigYaml().contains("current-context: admin"));
        QVERIFY(m_cluster->kubeconfigYaml().contains("namespace: spring-petclinic"));
    }

    void rbacViewer()
    {
        Client v = viewer();
        QCOMPARE(v.get(Rollouts).status, 200);
        QCOMPARE(v.get(Demo).status, 200);
        QCOMPARE(v.get(u"/api/v1/namespaces"_s).status, 200);
        const auto p = v.patch(Demo, R"({"spec":{"paused":true}})");
        QCOMPARE(p.status, 403);
        QCOMPARE(p.json.value(u"reason"_s).toString(), u"Forbidden"_s);
        QCOMPARE(
            p.json.value(u"message"_s).toString(),
            u"rollouts.argoproj.io \"rollouts-demo\" is forbidden: User \"viewer\" cannot patch resource \"rollouts\" in API group \"argoproj.io\" in the namespace \"spring-petclinic\""_s);
        QCOMPARE(p.json.value(u"details"_s).toObject().value(u"kind"_s).toString(), u"rollouts"_s);
        const auto ps = v.patch(Demo + u"/status"_s, R"({"status":{"abort":true}})");
        QCOMPARE(ps.status, 403);
        QVERIFY(ps.json.value(u"message"_s)
                    .toString()
                    .contains(u"cannot patch resource \"rollouts/status\""_s));
        QCOMPARE(v.request("DELETE", Demo).status, 403);
        QCOMPARE(v.request("POST", Rollouts, "{}", "application/json").status, 403);
        QCOMPARE(v.request("PUT", Demo, "{}", "application/json").status, 403);
        // Nothing changed.
        QVERIFY(!admin().get(Demo).json.value(u"spec"_s).toObject().contains(u"paused"_s));
    }

    void accessReview_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("subresource");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin patch") << u"admin"_s << u"patch"_s << QString() << true;
        QTest::newRow("admin patch status") << u"admin"_s << u"patch"_s << u"status"_s << true;
        QTest::newRow("viewer list") << u"viewer"_s << u"list"_s << QString() << true;
        QTest::newRow("viewer watch") << u"viewer"_s << u"watch"_s << QString() << true;
        QTest::newRow("viewer patch") << u"viewer"_s << u"patch"_s << QString() << false;
        QTest::newRow("viewer patch status") << u"viewer"_s << u"patch"_s << u"status"_s << false;
        QTest::newRow("viewer update") << u"viewer"_s << u"update"_s << QString() << false;
    }
    void accessReview()
    {
        QFETCH(QString, user);
        QFETCH(QString, verb);
        QFETCH(QString, subresource);
        QFETCH(bool, allowed);
        Client c(m_url, m_cluster->token(user));
        QJsonObject attrs{{u"namespace"_s, u"spring-petclinic"_s},
                          {u"verb"_s, verb},
                          {u"group"_s, u"argoproj.io"_s},
                          {u"resource"_s, u"rollouts"_s},
                          {u"name"_s, u"rollouts-demo"_s}};
        if (!subresource.isEmpty())
            attrs.insert(u"subresource"_s, subresource);
        const QJsonObject review{{u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
                                 {u"kind"_s, u"SelfSubjectAccessReview"_s},
                                 {u"spec"_s, QJsonObject{{u"resourceAttributes"_s, attrs}}}};
        const auto r =
            c.request("POST", u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s,
                      simtest::json(review), "application/json");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"status"_s).toObject().value(u"allowed"_s).toBool(), allowed);
        QVERIFY(r.json.value(u"status"_s).toObject().contains(u"allowed"_s));
    }

    void notFoundAndConflicts()
    {
        Client c = admin();
        const auto nf = c.get(Rollouts + u"/nope"_s);
        QCOMPARE(nf.status, 404);
        QCOMPARE(nf.json.value(u"message"_s).toString(),
                 u"rollouts.argoproj.io \"nope\" not found"_s);
        QCOMPARE(nf.json.value(u"reason"_s).toString(), u"NotFound"_s);
        QCOMPARE(c.patch(Rollouts + u"/nope/status"_s, R"({"status":{"abort":true}})").status, 404);
        // analysisruns have no status subresource.
        QCOMPARE(
            c.get(u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/analysisruns/x/status"_s)
                .status,
            404);

        // PUT with a stale resourceVersion -> 409 Conflict.
        QJsonObject ro = c.get(Demo).json;
        const QString rv =
            ro.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        QCOMPARE(c.patch(Demo, R"({"metadata":{"labels":{"touched":"yes"}}})").status, 200);
        const auto conflict = c.request("PUT", Demo, simtest::json(ro), "application/json");
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json.value(u"reason"_s).toString(), u"Conflict"_s);
        QCOMPARE(
            conflict.json.value(u"message"_s).toString(),
            u"Operation cannot be fulfilled on rollouts.argoproj.io \"rollouts-demo\": the object has been modified; please apply your changes to the latest version and try again"_s);
        // A merge patch carrying a stale resourceVersion is a precondition too.
        const auto stalePatch = c.patch(
            Demo,
            simtest::json(QJsonObject{{u"metadata"_s, QJsonObject{{u"resourceVersion"_s, rv}}},
                                      {u"spec"_s, QJsonObject{{u"paused"_s, true}}}}));
        QCOMPARE(stalePatch.status, 409);
        // A PUT without resourceVersion on a custom resource is invalid.
        QJsonObject fresh = c.get(Demo).json;
        QJsonObject meta = fresh.value(u"metadata"_s).toObject();
        meta.remove(u"resourceVersion"_s);
        fresh.insert(u"metadata"_s, meta);
        QCOMPARE(c.request("PUT", Demo, simtest::json(fresh), "application/json").status, 422);
        // A fresh PUT succeeds.
        const auto ok = c.request("PUT", Demo, simtest::json(c.get(Demo).json), "application/json");
        QCOMPARE(ok.status, 200);
        // Create twice -> AlreadyExists.
        const QJsonObject tmpl{{u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
                               {u"kind"_s, u"AnalysisTemplate"_s},
                               {u"metadata"_s, QJsonObject{{u"name"_s, u"success-rate"_s}}},
                               {u"spec"_s, QJsonObject{{u"metrics"_s, QJsonArray()}}}};
        const QString templates =
            u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/analysistemplates"_s;
        const auto created = c.request("POST", templates, simtest::json(tmpl), "application/json");
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json.value(u"metadata"_s).toObject().value(u"uid"_s).toString().isEmpty());
        const auto again = c.request("POST", templates, simtest::json(tmpl), "application/json");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(u"reason"_s).toString(), u"AlreadyExists"_s);
        // Malformed JSON -> 400.
        QCOMPARE(c.request("POST", templates, "{not json", "application/json").status, 400);
        // Creating into a missing namespace -> 404.
        QCOMPARE(c.request("POST",
                           u"/apis/argoproj.io/v1alpha1/namespaces/ghost/analysistemplates"_s,
                           simtest::json(tmpl), "application/json")
                     .status,
                 404);
    }

    void patchTypes()
    {
        Client c = admin();
        const auto smp =
            c.patch(Demo, R"({"spec":{"paused":true}})", "application/strategic-merge-patch+json");
        QCOMPARE(smp.status, 415);
        QCOMPARE(smp.json.value(u"reason"_s).toString(), u"UnsupportedMediaType"_s);
        QVERIFY(
            smp.json.value(u"message"_s)
                .toString()
                .startsWith(
                    u"the body of the request was in an unknown format - accepted media types include: "_s));
        QCOMPARE(c.patch(Demo, R"({"spec":{}})", "text/plain").status, 415);
        // Built-in kinds accept strategic merge patches.
        const QString pod = Pods + u'/' +
                            c.get(Pods)
                                .json.value(u"items"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"metadata"_s)
                                .toObject()
                                .value(u"name"_s)
                                .toString();
        QCOMPARE(c.patch(pod, R"({"metadata":{"labels":{"x":"y"}}})",
                         "application/strategic-merge-patch+json")
                     .status,
                 200);
        // JSON patch with a failing test op -> 422, object untouched.
        const auto failing = c.patch(
            Demo,
            R"([{"op":"test","path":"/spec/replicas","value":99},{"op":"replace","path":"/spec/replicas","value":1}])",
            "application/json-patch+json");
        QCOMPARE(failing.status, 422);
        QCOMPARE(c.get(Demo).json.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 5);
        // A JSON patch body must be an array.
        QCOMPARE(c.patch(Demo, R"({"op":"add"})", "application/json-patch+json").status, 400);
        // Charset parameters are ignored.
        QCOMPARE(c.patch(Demo, R"({"metadata":{"labels":{"a":"b"}}})",
                         "application/merge-patch+json; charset=utf-8")
                     .status,
                 200);
        // Apply patches need a field manager.
        QCOMPARE(
            c.patch(Demo, R"({"metadata":{"labels":{"a":"c"}}})", "application/apply-patch+yaml")
                .status,
            422);
    }

    void statusSubresourceRules()
    {
        Client c = admin();
        const QJsonObject before = c.get(Demo).json;
        const qint64 gen =
            before.value(u"metadata"_s).toObject().value(u"generation"_s).toInteger();
        // A main-resource write ignores status and bumps generation for the spec change.
        const auto main =
            c.patch(Demo, R"({"spec":{"paused":true},"status":{"phase":"Bogus","abort":true}})");
        QCOMPARE(main.status, 200);
        QCOMPARE(main.json.value(u"spec"_s).toObject().value(u"paused"_s).toBool(), true);
        QCOMPARE(main.json.value(u"status"_s).toObject().value(u"phase"_s).toString(),
                 u"Healthy"_s);
        QVERIFY(!main.json.value(u"status"_s).toObject().contains(u"abort"_s));
        QCOMPARE(main.json.value(u"metadata"_s).toObject().value(u"generation"_s).toInteger(),
                 gen + 1);
        QVERIFY(main.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString() !=
                before.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString());
        // A /status write ignores everything else and does not bump generation.
        const auto st = c.patch(
            Demo + u"/status"_s,
            R"({"spec":{"replicas":9},"metadata":{"labels":{"x":"y"}},"status":{"abort":true}})");
        QCOMPARE(st.status, 200);
        QCOMPARE(st.json.value(u"status"_s).toObject().value(u"abort"_s).toBool(), true);
        QCOMPARE(st.json.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 5);
        QVERIFY(!st.json.value(u"metadata"_s)
                     .toObject()
                     .value(u"labels"_s)
                     .toObject()
                     .contains(u"x"_s));
        QCOMPARE(st.json.value(u"metadata"_s).toObject().value(u"generation"_s).toInteger(),
                 gen + 1);
        // A metadata-only change does not bump generation.
        const auto labels = c.patch(Demo, R"({"metadata":{"labels":{"team":"web"}}})");
        QCOMPARE(labels.json.value(u"metadata"_s).toObject().value(u"generation"_s).toInteger(),
                 gen + 1);
        // GET of /status returns the object (kubectl --subresource=status reads it first).
        QCOMPARE(c.get(Demo + u"/status"_s).json.value(u"kind"_s).toString(), u"Rollout"_s);
        // A no-op patch does not change the resourceVersion.
        const QString rv =
            labels.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        QCOMPARE(c.patch(Demo, R"({"metadata":{"labels":{"team":"web"}}})")
                     .json.value(u"metadata"_s)
                     .toObject()
                     .value(u"resourceVersion"_s)
                     .toString(),
                 rv);
        // JSON patch on /status.
        const auto jp = c.patch(Demo + u"/status"_s,
                                R"([{"op":"replace","path":"/status/abort","value":false}])",
                                "application/json-patch+json");
        QCOMPARE(jp.status, 200);
        QCOMPARE(jp.json.value(u"status"_s).toObject().value(u"abort"_s).toBool(), false);
        // Server-managed metadata cannot be overwritten.
        const auto uidPatch = c.patch(
            Demo, R"({"metadata":{"uid":"forged","creationTimestamp":"2000-01-01T00:00:00Z"}})");
        QCOMPARE(uidPatch.json.value(u"metadata"_s).toObject().value(u"uid"_s).toString(),
                 before.value(u"metadata"_s).toObject().value(u"uid"_s).toString());
    }

    void selectorsAndPaging()
    {
        Client c = admin();
        QCOMPARE(c.get(Pods).json.value(u"items"_s).toArray().size(), 5);
        QCOMPARE(c.get(Pods + u"?labelSelector=app%3Drollouts-demo"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 5);
        QCOMPARE(c.get(Pods + u"?labelSelector=app+in+(rollouts-demo,other)"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 5);
        QCOMPARE(c.get(Pods + u"?labelSelector=app!%3Drollouts-demo"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(c.get(Pods + u"?labelSelector=!app"_s).json.value(u"items"_s).toArray().size(), 0);
        QCOMPARE(c.get(Pods + u"?labelSelector=app,rollouts-pod-template-hash"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 5);
        QCOMPARE(c.get(Pods + u"?labelSelector=app+notin+(rollouts-demo)"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(c.get(Pods + u"?labelSelector=a%3D%3Db%3Dc(("_s).status, 400);
        QCOMPARE(c.get(Rollouts + u"?fieldSelector=metadata.name%3Drollouts-demo"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(c.get(Rollouts + u"?fieldSelector=metadata.name%3Dother"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(c.get(Rollouts + u"?fieldSelector=metadata.name!%3Dother"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(c.get(Rollouts + u"?fieldSelector=spec.replicas%3D5"_s).status, 400);
        // All-namespace list and the list shape.
        const auto all = c.get(u"/apis/argoproj.io/v1alpha1/rollouts"_s);
        QCOMPARE(all.json.value(u"kind"_s).toString(), u"RolloutList"_s);
        QCOMPARE(all.json.value(u"items"_s).toArray().size(), 1);
        QVERIFY(!all.json.value(u"metadata"_s)
                     .toObject()
                     .value(u"resourceVersion"_s)
                     .toString()
                     .isEmpty());
        // limit/continue.
        const auto page1 = c.get(Pods + u"?limit=2"_s);
        QCOMPARE(page1.json.value(u"items"_s).toArray().size(), 2);
        QCOMPARE(page1.json.value(u"metadata"_s).toObject().value(u"remainingItemCount"_s).toInt(),
                 3);
        QStringList names;
        QString token = page1.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
        for (const QJsonValue &i : page1.json.value(u"items"_s).toArray())
            names << i.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        int pages = 1;
        while (!token.isEmpty()) {
            const auto page = c.get(Pods + u"?limit=2&continue="_s + token);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s),
                     page1.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
            for (const QJsonValue &i : page.json.value(u"items"_s).toArray())
                names << i.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
            token = page.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
            QVERIFY(++pages < 10);
        }
        QCOMPARE(pages, 3);
        names.removeDuplicates();
        QCOMPARE(names.size(), 5);
        QCOMPARE(c.get(Pods + u"?limit=2&continue=%21%21garbage"_s).status, 400);
    }

    // Every page of a paginated list comes from the snapshot taken for its first page: objects
    // created or deleted meanwhile neither appear nor vanish, and every page carries the first
    // page's resourceVersion (the API server's watch cache behaves so). A token whose snapshot
    // is gone goes on after the last key served, from the store as it is now.
    void pagingServesOneSnapshot()
    {
        Client c = admin();
        auto names = [](const simtest::Reply &reply) {
            QStringList out;
            for (const QJsonValue &i : reply.json.value(u"items"_s).toArray())
                out << i.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
            return out;
        };
        const QStringList before = names(c.get(Pods));
        QCOMPARE(before.size(), 5);
        const auto page1 = c.get(Pods + u"?limit=2"_s);
        QStringList served = names(page1);
        QCOMPARE(served, before.mid(0, 2));

        // Meanwhile: a pod that sorts between the pages appears, and one not yet served goes.
        const QJsonObject container{{u"name"_s, u"c"_s}, {u"image"_s, u"x:1"_s}};
        const QJsonObject podSpec{{u"containers"_s, QJsonArray{container}}};
        const QJsonObject podMeta{{u"name"_s, QString(before.at(2) + u"-a"_s)}};
        const QJsonObject pod{{u"apiVersion"_s, u"v1"_s},
                              {u"kind"_s, u"Pod"_s},
                              {u"metadata"_s, podMeta},
                              {u"spec"_s, podSpec}};
        QCOMPARE(c.request("POST", Pods, simtest::json(pod), "application/json").status, 201);
        QCOMPARE(c.request("DELETE", Pods + u'/' + before.at(4)).status, 200);

        QString token = page1.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
        const QString firstToken = token;
        while (!token.isEmpty()) {
            const auto page = c.get(Pods + u"?limit=2&continue="_s + token);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s),
                     page1.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
            served << names(page);
            token = page.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
            QVERIFY(served.size() < 10);
        }
        QCOMPARE(served, before);

        // The same first token again: its snapshot was dropped after the last page, so the list
        // goes on after the last key of page 1, from the store as it is now.
        const auto late = c.get(Pods + u"?limit=10&continue="_s + firstToken);
        QCOMPARE(late.status, 200);
        QStringList now = names(c.get(Pods));
        QCOMPARE(names(late), now.mid(2));
        QVERIFY(names(late).contains(before.at(2) + u"-a"_s));
        QVERIFY(!names(late).contains(before.at(4)));
    }

    void cascadeDelete()
    {
        Client c = admin();
        const auto rs = c.get(u"/apis/apps/v1/namespaces/spring-petclinic/replicasets"_s);
        QCOMPARE(rs.json.value(u"items"_s).toArray().size(), 2);
        const auto del = c.request("DELETE", Demo);
        QCOMPARE(del.status, 200);
        QCOMPARE(c.get(Demo).status, 404);
        QCOMPARE(c.get(u"/apis/apps/v1/namespaces/spring-petclinic/replicasets"_s)
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(c.get(Pods).json.value(u"items"_s).toArray().size(), 0);
        QCOMPARE(c.request("DELETE", Demo).status, 404);
    }

    void watchInitialAndLive()
    {
        Client c = admin();
        Watch w(c, Rollouts + u"?watch=true"_s);
        QVERIFY(w.waitForEvents(1));
        QCOMPARE(w.status(), 200);
        QCOMPARE(w.events.first().value(u"type"_s).toString(), u"ADDED"_s);
        QCOMPARE(w.events.first()
                     .value(u"object"_s)
                     .toObject()
                     .value(u"metadata"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"rollouts-demo"_s);
        const auto p = c.patch(Demo, R"({"spec":{"paused":true}})");
        const QJsonObject ev =
            w.waitFor([](const QJsonObject &e) { return e.value(u"type"_s) == u"MODIFIED"_s; });
        QVERIFY(!ev.isEmpty());
        QCOMPARE(ev.value(u"object"_s)
                     .toObject()
                     .value(u"metadata"_s)
                     .toObject()
                     .value(u"resourceVersion"_s),
                 p.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
        QVERIFY(ev.value(u"object"_s)
                    .toObject()
                    .value(u"spec"_s)
                    .toObject()
                    .value(u"paused"_s)
                    .toBool());
        // Deleting reports DELETED with the last state.
        c.request("DELETE", Demo);
        QVERIFY(!w.waitFor([](const QJsonObject &e) {
                      return e.value(u"type"_s) == u"DELETED"_s;
                  }).isEmpty());
    }

    void watchResumeAndSelectors()
    {
        Client c = admin();
        const QString rv =
            c.get(Pods).json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        const QString pod = c.get(Pods)
                                .json.value(u"items"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"metadata"_s)
                                .toObject()
                                .value(u"name"_s)
                                .toString();
        c.patch(Pods + u'/' + pod, R"({"metadata":{"labels":{"phase":"one"}}})");
        // Resume from the list version: only the change, no synthetic ADDED.
        Watch resumed(c, Pods + u"?watch=1&resourceVersion="_s + rv);
        QVERIFY(resumed.waitForEvents(1));
        QCOMPARE(resumed.events.first().value(u"type"_s).toString(), u"MODIFIED"_s);
        // A selector watch sees an object leave the selection as DELETED.
        Watch selected(c, Pods + u"?watch=1&labelSelector=phase%3Done"_s);
        QVERIFY(selected.waitForEvents(1));
        QCOMPARE(selected.events.first().value(u"type"_s).toString(), u"ADDED"_s);
        c.patch(Pods + u'/' + pod, R"({"metadata":{"labels":{"phase":"two"}}})");
        QVERIFY(
            !selected
                 .waitFor([](const QJsonObject &e) { return e.value(u"type"_s) == u"DELETED"_s; })
                 .isEmpty());
        // A field-selector watch on a name.
        Watch named(c, Rollouts + u"?watch=1&fieldSelector=metadata.name%3Drollouts-demo"_s);
        QVERIFY(named.waitForEvents(1));
        QCOMPARE(named.events.size(), 1);
    }

    void watchBookmarksAndTimeout()
    {
        Client c = admin();
        Watch w(c, Rollouts +
                       u"?watch=1&allowWatchBookmarks=true&timeoutSeconds=2&resourceVersion="_s +
                       QString::number(m_cluster->store()->resourceVersion()));
        const QJsonObject bm =
            w.waitFor([](const QJsonObject &e) { return e.value(u"type"_s) == u"BOOKMARK"_s; });
        QVERIFY(!bm.isEmpty());
        const QJsonObject obj = bm.value(u"object"_s).toObject();
        QCOMPARE(obj.value(u"kind"_s).toString(), u"Rollout"_s);
        QCOMPARE(obj.value(u"metadata"_s).toObject().keys(), QStringList{u"resourceVersion"_s});
        // At timeoutSeconds the server just ends the response: no ERROR event.
        QVERIFY(w.waitForFinished(10000));
        for (const QJsonObject &e : std::as_const(w.events))
            QVERIFY(e.value(u"type"_s).toString() != u"ERROR");
    }

    void watchExpired()
    {
        Client c = admin();
        const QString oldRv = c.get(Rollouts)
                                  .json.value(u"metadata"_s)
                                  .toObject()
                                  .value(u"resourceVersion"_s)
                                  .toString();
        m_cluster->store()->setHistoryLimit(3);
        for (int i = 0; i < 6; ++i)
            c.patch(Demo,
                    simtest::json(QJsonObject{
                        {u"metadata"_s,
                         QJsonObject{{u"labels"_s, QJsonObject{{u"n"_s, QString::number(i)}}}}}}));
        Watch w(c, Rollouts + u"?watch=1&resourceVersion="_s + oldRv);
        QVERIFY(w.waitForFinished());
        QCOMPARE(w.status(), 200);
        QCOMPARE(w.events.size(), 1);
        const QJsonObject err = w.events.first();
        QCOMPARE(err.value(u"type"_s).toString(), u"ERROR"_s);
        QCOMPARE(err.value(u"object"_s).toObject().value(u"kind"_s).toString(), u"Status"_s);
        QCOMPARE(err.value(u"object"_s).toObject().value(u"code"_s).toInt(), 410);
        QCOMPARE(err.value(u"object"_s).toObject().value(u"reason"_s).toString(), u"Expired"_s);
        QVERIFY(err.value(u"object"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .startsWith(u"too old resource version: "_s + oldRv));
        // A recent version still resumes.
        Watch ok(c, Rollouts + u"?watch=1&timeoutSeconds=1&resourceVersion="_s +
                        QString::number(m_cluster->store()->resourceVersion()));
        QVERIFY(ok.waitForFinished());
        QVERIFY(ok.events.isEmpty());
        QCOMPARE(c.get(Rollouts + u"?watch=1&resourceVersion=abc"_s).status, 400);
    }

    void serverSideTables()
    {
        // What `kubectl get` asks for: tables with the CRD's printer columns.
        Client c = admin();
        c.setAccept("application/json;as=Table;v=v1;g=meta.k8s.io,application/"
                    "json;as=Table;v=v1beta1;g=meta.k8s.io,application/json");
        const auto t = c.get(Rollouts);
        QCOMPARE(t.status, 200);
        QCOMPARE(t.json.value(u"kind"_s).toString(), u"Table"_s);
        QStringList names;
        for (const QJsonValue &col : t.json.value(u"columnDefinitions"_s).toArray())
            names << col.toObject().value(u"name"_s).toString();
        QCOMPARE(names, (QStringList{u"Name"_s, u"Desired"_s, u"Current"_s, u"Up-to-date"_s,
                                     u"Available"_s, u"Age"_s}));
        const QJsonObject row = t.json.value(u"rows"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"cells"_s).toArray().at(0).toString(), u"rollouts-demo"_s);
        QCOMPARE(row.value(u"cells"_s).toArray().at(1).toInt(), 5);
        QCOMPARE(row.value(u"cells"_s).toArray().at(5).toString(), u"10m"_s);
        QCOMPARE(row.value(u"object"_s).toObject().value(u"kind"_s).toString(),
                 u"PartialObjectMetadata"_s);
        const auto pods = c.get(Pods);
        QCOMPARE(pods.json.value(u"rows"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"cells"_s)
                     .toArray()
                     .at(1)
                     .toString(),
                 u"1/1"_s);
        QCOMPARE(pods.json.value(u"rows"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"cells"_s)
                     .toArray()
                     .at(2)
                     .toString(),
                 u"Running"_s);
        // Watch events carry one-row tables; the columns come with the first one only.
        Watch w(c, Pods + u"?watch=1"_s);
        QVERIFY(w.waitForEvents(5));
        QVERIFY(w.events.at(0).value(u"object"_s).toObject().contains(u"columnDefinitions"_s));
        QVERIFY(!w.events.at(1).value(u"object"_s).toObject().contains(u"columnDefinitions"_s));
        QCOMPARE(w.events.at(1).value(u"object"_s).toObject().value(u"kind"_s).toString(),
                 u"Table"_s);
        QCOMPARE(rd::sim::TableConverter::humanDuration(45), u"45s"_s);
        QCOMPARE(rd::sim::TableConverter::humanDuration(200), u"3m20s"_s);
        QCOMPARE(rd::sim::TableConverter::humanDuration(600), u"10m"_s);
        QCOMPARE(rd::sim::TableConverter::humanDuration(5 * 3600 + 180), u"5h3m"_s);
        QCOMPARE(rd::sim::TableConverter::humanDuration(3 * 86400 + 4 * 3600), u"3d4h"_s);
        QCOMPARE(rd::sim::TableConverter::humanDuration(400 * 86400), u"400d"_s);
    }

    void rawHttp()
    {
        // Two pipelined requests in one write: two answers, in order, on one connection.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_url.port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /version HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (!got.contains("\r\n\r\nok") && t.elapsed() < 10000) {
            QTest::qWait(20); // the server runs in this thread: let its event loop turn
            got += s.readAll();
        }
        QCOMPARE(got.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(got.indexOf("\"minor\":\"30\"") < got.indexOf("\r\n\r\nok"));
        // A chunked request body.
        const QByteArray body =
            R"({"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview","spec":{"resourceAttributes":{"verb":"list","resource":"pods"}}})";
        const QByteArray chunked = QByteArray::number(20, 16) + "\r\n" + body.left(20) + "\r\n" +
                                   QByteArray::number(body.size() - 20, 16) + "\r\n" +
                                   body.mid(20) + "\r\n0\r\n\r\n";
        got.clear();
        s.write("POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews HTTP/1.1\r\nHost: "
                "x\r\nAuthorization: Bearer " +
                m_cluster->token(u"viewer"_s).toUtf8() +
                "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                chunked);
        t.restart();
        while (!got.contains("\"allowed\":true") && t.elapsed() < 10000) {
            QTest::qWait(20); // the server runs in this thread: let its event loop turn
            got += s.readAll();
        }
        QVERIFY2(got.startsWith("HTTP/1.1 201 Created"), got.constData());
        // Garbage gets 400 and the connection is closed.
        got.clear();
        s.write("NONSENSE\r\n\r\n");
        t.restart();
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000) {
            QTest::qWait(20); // the server runs in this thread: let its event loop turn
            got += s.readAll();
        }
        got += s.readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 400"), got.constData());
        QVERIFY(s.state() != QAbstractSocket::ConnectedState);
    }

    void podLogs()
    {
        Client v = viewer(); // get on pods/log is a read
        const QString pod = v.get(Pods)
                                .json.value(u"items"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"metadata"_s)
                                .toObject()
                                .value(u"name"_s)
                                .toString();
        const auto log = v.get(Pods + u'/' + pod + u"/log"_s);
        QCOMPARE(log.status, 200);
        QCOMPARE(log.header("content-type"), QByteArray("text/plain"));
        QVERIFY(
            log.body.startsWith("Started rollouts-demo (image argoproj/rollouts-demo:yellow)\n"));
        QCOMPARE(v.get(Pods + u'/' + pod + u"/log?tailLines=1"_s).body.count('\n'), 1);
        QCOMPARE(v.get(Pods + u"/nope/log"_s).status, 404);
        QCOMPARE(
            v.get(
                 u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts/rollouts-demo/log"_s)
                .status,
            404);
    }

    void keepAliveManyRequests()
    {
        // Many sequential requests reuse connections; all succeed.
        Client c = admin();
        for (int i = 0; i < 40; ++i)
            QCOMPARE(c.get(Demo).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "test_sim_api.moc"
