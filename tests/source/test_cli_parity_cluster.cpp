// rolloutdesk-cli against an in-process simulated API server with its controllers off, so the
// objects stay exactly as the test writes them (issue 12): list rollouts (padding, -A, --name,
// --watch printing only changed rows), list experiments, status watch, terminate, retry
// experiment, a workloadRef to a missing Deployment, and undo's revision choice. Expected
// texts are derived from the plugin's rules (rollouts-semantics.md §2b, §3).

#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/SimCluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using rd::sim::ApiResource;
using rd::sim::ClusterStore;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString col(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

const QString kNs = u"spring-petclinic"_s;

} // namespace

class TestCliParityCluster : public QObject
{
    Q_OBJECT
    std::unique_ptr<rd::sim::SimCluster> m_sim;
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    ClusterStore *store() const { return m_sim->store(); }

    QJsonObject create(const QString &kind, QJsonObject object)
    {
        const ClusterStore::Result r = store()->create(*ApiResource::findByKind(kind), object);
        if (!r.ok())
            qFatal("create failed: %s", qPrintable(r.error().message));
        return r.value();
    }

    QJsonObject get(const QString &kind, const QString &name, const QString &ns = kNs) const
    {
        return store()->get(ApiResource::findByKind(kind)->key(), ns, name).value_or(QJsonObject());
    }

    // Replaces the stored status (as a controller would).
    void setStatus(const QString &kind, const QString &name, const QJsonObject &status)
    {
        QJsonObject o = get(kind, name);
        o.insert(u"status"_s, status);
        store()->update(*ApiResource::findByKind(kind), o, ClusterStore::Scope::Everything, false);
    }

    QJsonObject rollout(const QString &name, const char *spec, const char *status,
                        const QString &ns = kNs)
    {
        return create(u"Rollout"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name},
                                                                            {u"namespace"_s, ns}}},
                                                {u"spec"_s, json(spec)},
                                                {u"status"_s, json(status)}});
    }

    // A ReplicaSet of `owner` labelled with `app`, running `image`.
    void replicaSet(const QString &name, const QJsonObject &owner, const QString &app,
                    const QString &image, const QString &revision, bool controller = true)
    {
        QJsonObject meta{
            {u"name"_s, name},
            {u"namespace"_s, kNs},
            {u"labels"_s, QJsonObject{{u"app"_s, app}, {u"rollouts-pod-template-hash"_s, name}}},
            {u"ownerReferences"_s,
             QJsonArray{QJsonObject{{u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
                                    {u"kind"_s, u"Rollout"_s},
                                    {u"name"_s, owner[u"metadata"_s][u"name"_s]},
                                    {u"uid"_s, owner[u"metadata"_s][u"uid"_s]},
                                    {u"controller"_s, controller}}}}};
        if (!revision.isNull())
            meta.insert(u"annotations"_s,
                        QJsonObject{{u"rollout.argoproj.io/revision"_s, revision}});
        const QJsonObject tmpl{
            {u"metadata"_s,
             QJsonObject{{u"labels"_s,
                          QJsonObject{{u"app"_s, app}, {u"rollouts-pod-template-hash"_s, name}}}}},
            {u"spec"_s,
             QJsonObject{{u"containers"_s,
                          QJsonArray{QJsonObject{{u"name"_s, u"shop"_s}, {u"image"_s, image}}}}}}};
        create(u"ReplicaSet"_s,
               QJsonObject{{u"metadata"_s, meta},
                           {u"spec"_s, QJsonObject{{u"replicas"_s, 0}, {u"template"_s, tmpl}}}});
    }

    QStringList baseArgs() const { return {u"--kubeconfig"_s, m_kubeconfig, u"-n"_s, kNs}; }

    // Runs the CLI while this thread's event loop keeps serving the in-process API.
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), baseArgs() + args);
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Collects a running process's stdout until `pred` holds (or 30 s pass).
    static bool readUntil(QProcess &p, QString &out, const std::function<bool()> &pred)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            QTest::qWait(50);
            out += QString::fromUtf8(p.readAllStandardOutput());
            if (pred())
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listRollouts();
    void listRolloutsWatch();
    void listExperiments();
    void terminateAndRetry();
    void statusWatch();
    void workloadRefToAMissingDeployment();
    void undoRevisionChoice();
};

void TestCliParityCluster::initTestCase()
{
    rd::sim::SimCluster::Options o;
    o.scenario = u"empty"_s;
    o.controllers = false;
    o.tls = false;
    o.anonymousUser = u"admin"_s;
    m_sim = std::make_unique<rd::sim::SimCluster>(o);
    QString error;
    const auto started = m_sim->start();
    error = started.errorMessage();
    QVERIFY2(!started.valueOr(QUrl()).isEmpty(), qPrintable(error));
    m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);
    const auto written = m_sim->writeKubeconfig(m_kubeconfig);
    error = written.errorMessage();
    QVERIFY2(written.ok(), qPrintable(error));

    rollout(u"alpha"_s,
            R"({"replicas":2,"strategy":{"canary":{"steps":[{"setWeight":50},{"pause":{}}]}}})",
            R"({"observedGeneration":"1","phase":"Paused","message":"CanaryPauseStep",
                "currentStepIndex":1,"replicas":2,"updatedReplicas":1,"readyReplicas":2,
                "availableReplicas":2})");
    rollout(u"bravo"_s, R"({"replicas":3,"strategy":{"blueGreen":{"activeService":"b"}}})",
            R"({"observedGeneration":"1","phase":"Healthy","replicas":3,"updatedReplicas":3,
                "readyReplicas":3,"availableReplicas":3})");
    rollout(u"zulu"_s, R"({"strategy":{"canary":{}}})",
            R"({"observedGeneration":"1","phase":"Healthy","replicas":1,"updatedReplicas":1,
                "readyReplicas":1,"availableReplicas":1})",
            u"default"_s);
}

void TestCliParityCluster::cleanupTestCase()
{
    m_sim.reset();
}

void TestCliParityCluster::listRollouts()
{
    const QString header = col(u"NAME"_s, 12) + col(u"STRATEGY"_s, 11) + col(u"STATUS"_s, 14) +
                           col(u"STEP"_s, 6) + col(u"SET-WEIGHT"_s, 12) + col(u"READY"_s, 7) +
                           col(u"DESIRED"_s, 9) + col(u"UP-TO-DATE"_s, 12) + u"AVAILABLE\n"_s;
    const QString alpha = col(u"alpha"_s, 12) + col(u"Canary"_s, 11) + col(u"Paused"_s, 14) +
                          col(u"1/2"_s, 6) + col(u"50"_s, 12) + col(u"2/2"_s, 7) + col(u"2"_s, 9) +
                          col(u"1"_s, 12) + col(u"2"_s, 9) + u'\n';
    const QString bravo = col(u"bravo"_s, 12) + col(u"BlueGreen"_s, 11) + col(u"Healthy"_s, 14) +
                          col(u"-"_s, 6) + col(u"-"_s, 12) + col(u"3/3"_s, 7) + col(u"3"_s, 9) +
                          col(u"3"_s, 12) + col(u"3"_s, 9) + u'\n';
    const QString zulu = col(u"zulu"_s, 12) + col(u"Canary"_s, 11) + col(u"Healthy"_s, 14) +
                         col(u"-"_s, 6) + col(u"100"_s, 12) + col(u"1/1"_s, 7) + col(u"1"_s, 9) +
                         col(u"1"_s, 12) + col(u"1"_s, 9) + u'\n';
    Run r = cli({u"list"_s, u"rollouts"_s});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, header + alpha + bravo);

    r = cli({u"list"_s, u"rollouts"_s, u"-A"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, col(u"NAMESPACE"_s, 18) + header + col(u"default"_s, 18) + zulu + col(kNs, 18) +
                        alpha + col(kNs, 18) + bravo);

    r = cli({u"list"_s, u"rollouts"_s, u"--name"_s, u"bravo"_s});
    QCOMPARE(r.out, header + bravo);
    r = cli({u"list"_s, u"rollouts"_s, u"--name"_s, u"zulu"_s});
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, u"No resources found.\n"_s);
    QCOMPARE(r.code, 0);
}

void TestCliParityCluster::listRolloutsWatch()
{
    QProcess p;
    p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
            baseArgs() + QStringList{u"list"_s, u"rollouts"_s, u"--watch"_s});
    QString out;
    QVERIFY2(readUntil(p, out, [&] { return out.count(u'\n') >= 3; }), qPrintable(out));
    QCOMPARE(out.count(u'\n'), 3);

    // A change the row shows: one line, aligned on its own (each cell padded + 2).
    setStatus(u"Rollout"_s, u"alpha"_s, json(R"({"observedGeneration":"1","phase":"Progressing",
                       "message":"more replicas need to be updated","currentStepIndex":2,
                       "replicas":2,"updatedReplicas":2,"readyReplicas":2,
                       "availableReplicas":2})"));
    const QString alphaLine = col(u"alpha"_s, 12) + col(u"Canary"_s, 11) +
                              col(u"Progressing"_s, 14) + col(u"2/2"_s, 6) + col(u"100"_s, 12) +
                              col(u"2/2"_s, 7) + col(u"2"_s, 9) + col(u"2"_s, 12) + col(u"2"_s, 9) +
                              u'\n';
    QVERIFY2(readUntil(p, out, [&] { return out.endsWith(alphaLine); }), qPrintable(out));

    // A change the row does not show (a label, a message): nothing.
    QJsonObject a = get(u"Rollout"_s, u"alpha"_s);
    QJsonObject meta = a.value(u"metadata"_s).toObject();
    meta.insert(u"labels"_s, QJsonObject{{u"team"_s, u"blue"_s}});
    a.insert(u"metadata"_s, meta);
    store()->update(*ApiResource::findByKind(u"Rollout"_s), a, ClusterStore::Scope::Main, false);
    setStatus(u"Rollout"_s, u"alpha"_s, json(R"({"observedGeneration":"1","phase":"Progressing",
                       "message":"updated replicas are still becoming available",
                       "currentStepIndex":2,"replicas":2,"updatedReplicas":2,
                       "readyReplicas":2,"availableReplicas":2})"));
    // Then a visible change of another rollout: its line follows the alpha line directly.
    setStatus(u"Rollout"_s, u"bravo"_s,
              json(R"({"observedGeneration":"1","phase":"Healthy","replicas":3,
                       "updatedReplicas":3,"readyReplicas":2,"availableReplicas":3})"));
    const QString bravoLine = col(u"bravo"_s, 12) + col(u"BlueGreen"_s, 11) +
                              col(u"Healthy"_s, 14) + col(u"-"_s, 6) + col(u"-"_s, 12) +
                              col(u"2/3"_s, 7) + col(u"3"_s, 9) + col(u"3"_s, 12) + col(u"3"_s, 9) +
                              u'\n';
    QVERIFY2(readUntil(p, out, [&] { return out.endsWith(bravoLine); }), qPrintable(out));
    QCOMPARE(out.count(u'\n'), 5);
    QVERIFY(out.endsWith(alphaLine + bravoLine));
    QCOMPARE(p.state(), QProcess::Running);
    p.kill();
    p.waitForFinished();
}

void TestCliParityCluster::listExperiments()
{
    const QString created =
        QDateTime::currentDateTimeUtc().addDays(-3).addSecs(-3600 - 60).toString(Qt::ISODate);
    create(u"Experiment"_s,
           QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"exp-a"_s},
                                                   {u"namespace"_s, kNs},
                                                   {u"creationTimestamp"_s, created}}},
                       {u"spec"_s, QJsonObject{{u"duration"_s, u"10m"_s}}},
                       {u"status"_s, QJsonObject{{u"phase"_s, u"Successful"_s}}}});
    const Run r = cli({u"list"_s, u"experiments"_s});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, col(u"NAME"_s, 12) + col(u"STATUS"_s, 12) + col(u"DURATION"_s, 10) +
                        col(u"REMAINING"_s, 11) + u"AGE\n"_s + col(u"exp-a"_s, 12) +
                        col(u"Successful"_s, 12) + col(u"10m"_s, 10) + col(u"-"_s, 11) +
                        u"3d1h\n"_s);
}

void TestCliParityCluster::terminateAndRetry()
{
    create(u"AnalysisRun"_s,
           QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"run-1"_s}, {u"namespace"_s, kNs}}},
                       {u"spec"_s, QJsonObject{{u"metrics"_s, QJsonArray()}}}});
    create(u"Experiment"_s,
           QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"exp-b"_s}, {u"namespace"_s, kNs}}},
                       {u"spec"_s, QJsonObject{{u"duration"_s, u"1h"_s}}},
                       {u"status"_s, QJsonObject{{u"phase"_s, u"Failed"_s}}}});

    Run r = cli({u"terminate"_s, u"analysisrun"_s, u"run-1"_s});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"analysisRun 'run-1' terminated\n"_s);
    QCOMPARE(get(u"AnalysisRun"_s, u"run-1"_s)[u"spec"_s][u"terminate"_s].toBool(), true);

    // Several names in turn; the first failure ends the command.
    r = cli({u"terminate"_s, u"ar"_s, u"run-1"_s, u"nope"_s, u"run-1"_s});
    QCOMPARE(r.out, u"analysisRun 'run-1' terminated\n"_s);
    QCOMPARE(r.err, u"Error: analysisruns.argoproj.io \"nope\" not found\n"_s);
    QCOMPARE(r.code, 1);

    // The plugin says "retried" for a terminated experiment too.
    r = cli({u"terminate"_s, u"experiment"_s, u"exp-b"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"experiment 'exp-b' retried\n"_s);
    QCOMPARE(get(u"Experiment"_s, u"exp-b"_s)[u"spec"_s][u"terminate"_s].toBool(), true);

    // retry experiment: {"status":null} on the main resource.
    r = cli({u"retry"_s, u"exp"_s, u"exp-b"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"experiment 'exp-b' retried\n"_s);
    QVERIFY(!get(u"Experiment"_s, u"exp-b"_s).contains(u"status"_s));
    r = cli({u"retry"_s, u"experiments"_s, u"nope"_s});
    QCOMPARE(r.err, u"Error: experiments.argoproj.io \"nope\" not found\n"_s);
    QCOMPARE(r.code, 1);
    r = cli({u"terminate"_s, u"rollout"_s, u"alpha"_s});
    QCOMPARE(r.code, 2);
}

void TestCliParityCluster::statusWatch()
{
    rollout(u"charlie"_s, R"({"replicas":1,"strategy":{"canary":{}}})",
            R"({"observedGeneration":"1","phase":"Progressing",
                "message":"more replicas need to be updated"})");
    QProcess p;
    p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
            baseArgs() + QStringList{u"status"_s, u"charlie"_s});
    QString out;
    QVERIFY2(readUntil(p, out, [&] { return out.count(u'\n') >= 1; }), qPrintable(out));
    QCOMPARE(out, u"Progressing - more replicas need to be updated\n"_s);
    setStatus(u"Rollout"_s, u"charlie"_s,
              json(R"({"observedGeneration":"1","phase":"Paused","message":"CanaryPauseStep"})"));
    QVERIFY2(readUntil(p, out, [&] { return out.count(u'\n') >= 2; }), qPrintable(out));
    setStatus(u"Rollout"_s, u"charlie"_s, json(R"({"observedGeneration":"1","phase":"Healthy"})"));
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 30000)
        QTest::qWait(20);
    out += QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(out, u"Progressing - more replicas need to be updated\n"
                  u"Paused - CanaryPauseStep\nHealthy\n"_s);
    QCOMPARE(p.exitCode(), 0);

    setStatus(u"Rollout"_s, u"charlie"_s,
              json(R"({"observedGeneration":"1","phase":"Paused","message":"CanaryPauseStep"})"));
    Run r = cli({u"status"_s, u"charlie"_s, u"--timeout"_s, u"1s"_s});
    QCOMPARE(r.out, u"Paused - CanaryPauseStep\n"_s);
    QCOMPARE(r.err, u"Error: Rollout status watch exceeded timeout\n"_s);
    QCOMPARE(r.code, 1);
    setStatus(u"Rollout"_s, u"charlie"_s, json(R"({"observedGeneration":"1","phase":"Degraded",
                       "message":"ProgressDeadlineExceeded: ReplicaSet \"c\" has timed out progressing."})"));
    r = cli({u"status"_s, u"charlie"_s});
    QCOMPARE(r.out, u"Degraded - ProgressDeadlineExceeded: ReplicaSet \"c\" has timed out "
                    u"progressing.\n"_s);
    QCOMPARE(r.err, u"Error: The rollout is in a degraded state with message: "
                    u"ProgressDeadlineExceeded: ReplicaSet \"c\" has timed out progressing.\n"_s);
    QCOMPARE(r.code, 1);
}

void TestCliParityCluster::workloadRefToAMissingDeployment()
{
    rollout(
        u"web"_s,
        R"({"replicas":1,"workloadRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"web-deploy"},
                "strategy":{"canary":{}}})",
        R"({"observedGeneration":"1","phase":"Healthy"})");
    for (const QStringList &cmd :
         {QStringList{u"get"_s, u"rollout"_s, u"web"_s}, QStringList{u"status"_s, u"web"_s}}) {
        const Run r = cli(cmd);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, u"Error: deployment.apps \"web-deploy\" not found\n"_s);
        QCOMPARE(r.code, 1);
    }
}

void TestCliParityCluster::undoRevisionChoice()
{
    const QJsonObject shop = rollout(u"shop"_s,
                                     R"({"replicas":1,"selector":{"matchLabels":{"app":"shop"}},
            "template":{"metadata":{"labels":{"app":"shop"}},
                        "spec":{"containers":[{"name":"shop","image":"shop:3"}]}},
            "strategy":{"canary":{}}})",
                                     R"({"observedGeneration":"1"})");
    replicaSet(u"shop-a"_s, shop, u"shop"_s, u"shop:1"_s, u"1"_s);
    replicaSet(u"shop-b"_s, shop, u"shop"_s, u"shop:0"_s, QString()); // revision 0
    replicaSet(u"shop-c"_s, shop, u"shop"_s, u"shop:3"_s, u"3"_s);
    replicaSet(u"shop-d"_s, shop, u"shop"_s, u"shop:2"_s, u"2"_s, false); // not controlled
    replicaSet(u"shop-e"_s, shop, u"other"_s, u"shop:5"_s, u"5"_s);       // not selected
    replicaSet(u"shop-f"_s, shop, u"shop"_s, u"shop:9"_s, u"9.0"_s);      // not an integer

    Run r = cli({u"undo"_s, u"shop"_s, u"--to-revision"_s, u"3"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"skipped rollback (current template already matches revision 3)"_s);
    for (const QString &rev : {u"2"_s, u"5"_s, u"9"_s}) {
        r = cli({u"undo"_s, u"shop"_s, u"--to-revision"_s, rev});
        QCOMPARE(r.err, u"Error: unable to find specified revision %1 in history\n"_s.arg(rev));
        QCOMPARE(r.code, 1);
    }
    // Default: the second-highest selected revision (1), not 2, 5 or 9.
    r = cli({u"undo"_s, u"shop"_s});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, u"rollout 'shop' undo\n"_s);
    const QJsonObject tmpl = get(u"Rollout"_s, u"shop"_s)[u"spec"_s][u"template"_s].toObject();
    QCOMPARE(tmpl[u"spec"_s][u"containers"_s][0][u"image"_s].toString(), u"shop:1"_s);
    QVERIFY(!tmpl[u"metadata"_s][u"labels"_s].toObject().contains(u"rollouts-pod-template-hash"_s));

    // Now at revision 1's template, the previous of {1, 0, 3} is still 1: skipped.
    r = cli({u"undo"_s, u"shop"_s});
    QCOMPARE(r.out, u"skipped rollback (current template already matches revision 0)"_s);

    const QJsonObject solo = rollout(u"solo"_s,
                                     R"({"selector":{"matchLabels":{"app":"solo"}},
            "template":{"metadata":{"labels":{"app":"solo"}},
                        "spec":{"containers":[{"name":"shop","image":"solo:1"}]}},
            "strategy":{"canary":{}}})",
                                     R"({"observedGeneration":"1"})");
    replicaSet(u"solo-a"_s, solo, u"solo"_s, u"solo:1"_s, u"1"_s);
    r = cli({u"undo"_s, u"solo"_s});
    QCOMPARE(r.err, u"Error: no revision found for rollout \"solo\"\n"_s);
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestCliParityCluster)
#include "test_cli_parity_cluster.moc"
