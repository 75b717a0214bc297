// The acceptance scenario of product.md §5 against the simulated cluster over HTTPS: set image
// red, abort, set image yellow -- sent exactly as the plugin sends them (rollouts-semantics.md §3)
// -- with each state rendered by core's `get rollout` renderer and compared with the guide's
// output (tests/data/sim/manual-abort-*.txt), ages and generated names aside.
#include "SimTestHttp.h"
#include "SimTestRender.h"

#include "core/ObjectSet.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "sim/SimCluster.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString NS = u"spring-petclinic"_s;
const QString Demo =
    u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts/rollouts-demo"_s;

} // namespace

class TestSimAcceptance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rd::sim::SimCluster> m_cluster;
    std::unique_ptr<simtest::Client> m_client;

    // What `kubectl argo rollouts get rollout rollouts-demo` would print now.
    QString render()
    {
        rd::core::ObjectSet objects;
        for (const QString &path :
             {u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts"_s,
              u"/apis/apps/v1/namespaces/spring-petclinic/replicasets"_s,
              u"/api/v1/namespaces/spring-petclinic/pods"_s,
              u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/analysisruns"_s,
              u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/experiments"_s}) {
            const auto list = m_client->get(path);
            if (list.status != 200)
                return u"list failed: "_s + path;
            for (const QJsonValue &item : list.json.value(u"items"_s).toArray()) {
                if (!objects.add(item.toObject()).ok())
                    return u"object not understood by core"_s;
            }
        }
        const rd::core::Rollout *ro = objects.findRollout(NS, u"rollouts-demo"_s);
        if (!ro)
            return u"no rollout"_s;
        const auto info = rd::core::RolloutInfoBuilder::build(*ro, objects);
        return rd::core::RolloutTextRenderer(QDateTime::currentDateTimeUtc(), false).rollout(info);
    }

    // Polls until the rendered state matches (the controllers move in the background).
    bool reaches(const QString &file, QString *last)
    {
        const QString want = simtest::normalize(simtest::expected(file));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            *last = render();
            if (simtest::normalize(*last) == want)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    // The plugin's `set image`: GET, edit the container, PUT the whole object (retry on 409).
    void setImage(const QString &image)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            QJsonObject ro = m_client->get(Demo).json;
            QJsonObject spec = ro.value(u"spec"_s).toObject();
            QJsonObject tmpl = spec.value(u"template"_s).toObject();
            QJsonObject podSpec = tmpl.value(u"spec"_s).toObject();
            QJsonArray containers = podSpec.value(u"containers"_s).toArray();
            QJsonObject c = containers.at(0).toObject();
            QCOMPARE(c.value(u"name"_s).toString(), u"rollouts-demo"_s);
            c.insert(u"image"_s, image);
            containers.replace(0, c);
            podSpec.insert(u"containers"_s, containers);
            tmpl.insert(u"spec"_s, podSpec);
            spec.insert(u"template"_s, tmpl);
            ro.insert(u"spec"_s, spec);
            const auto put = m_client->request("PUT", Demo, simtest::json(ro), "application/json");
            if (put.status == 409)
                continue;
            QCOMPARE(put.status, 200);
            return;
        }
        QFAIL("set image kept conflicting");
    }

private Q_SLOTS:
    void initTestCase()
    {
        rd::sim::SimCluster::Options o;
        o.scenario = u"rollouts-demo"_s;
        o.speed = 50;
        o.tls = true;
        m_cluster = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = m_cluster->start();
        error = started.errorMessage();
        const QUrl url = started.valueOr(QUrl());
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QCOMPARE(url.scheme(), u"https"_s);
        m_client = std::make_unique<simtest::Client>(url, m_cluster->token(u"admin"_s),
                                                     m_cluster->caCertificatePem());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_cluster.reset();
    }

    void normalizationIsNotBlind()
    {
        // The comparison must tell the states apart.
        QVERIFY(simtest::normalize(simtest::expected(u"manual-abort-1-paused.txt"_s)) !=
                simtest::normalize(simtest::expected(u"manual-abort-2-aborted.txt"_s)));
        QVERIFY(simtest::normalize(simtest::expected(u"manual-abort-2-aborted.txt"_s)) !=
                simtest::normalize(simtest::expected(u"manual-abort-3-healthy.txt"_s)));
        QVERIFY(simtest::normalize(simtest::expected(u"manual-abort-1-paused.txt"_s))
                    .contains(u"Step: | 1/8"_s));
    }

    void startingState()
    {
        const QString text = render();
        QVERIFY2(text.contains(u"Status:          ✔ Healthy"_s), qPrintable(text));
        QVERIFY(text.contains(u"# revision:2"_s));
        QVERIFY(text.contains(u"# revision:1"_s));
        QVERIFY(text.contains(u"argoproj/rollouts-demo:yellow (stable)"_s));
        QVERIFY(text.contains(u"  Step:          8/8"_s));
    }

    void step1SetImageRed()
    {
        setImage(u"argoproj/rollouts-demo:red"_s);
        QString last;
        QVERIFY2(reaches(u"manual-abort-1-paused.txt"_s, &last),
                 qPrintable(u"\nexpected:\n"_s +
                            simtest::normalize(simtest::expected(u"manual-abort-1-paused.txt"_s)) +
                            u"\nactual:\n"_s + simtest::normalize(last)));
    }

    void step2Abort()
    {
        // The plugin's abort: a merge patch to the status subresource.
        const auto r = m_client->patch(Demo + u"/status"_s, R"({"status":{"abort":true}})");
        QCOMPARE(r.status, 200);
        QString last;
        QVERIFY2(reaches(u"manual-abort-2-aborted.txt"_s, &last),
                 qPrintable(u"\nexpected:\n"_s +
                            simtest::normalize(simtest::expected(u"manual-abort-2-aborted.txt"_s)) +
                            u"\nactual:\n"_s + simtest::normalize(last)));
    }

    void step3SetImageBackToYellow()
    {
        setImage(u"argoproj/rollouts-demo:yellow"_s);
        QString last;
        QVERIFY2(reaches(u"manual-abort-3-healthy.txt"_s, &last),
                 qPrintable(u"\nexpected:\n"_s +
                            simtest::normalize(simtest::expected(u"manual-abort-3-healthy.txt"_s)) +
                            u"\nactual:\n"_s + simtest::normalize(last)));
    }
};

QTEST_GUILESS_MAIN(TestSimAcceptance)
#include "test_sim_acceptance.moc"
