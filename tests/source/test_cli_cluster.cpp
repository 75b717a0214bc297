// rolloutdesk-cli against the rolloutdesk-sim program over TLS: the manual-abort acceptance
// scenario of product.md §5, every action's output line, and the error paths.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Pods under "# revision:N" in the tree.
int podsOfRevision(const QString &tree, int revision)
{
    int pods = 0;
    bool in = false;
    for (const QString &line : tree.split(u'\n')) {
        if (line.contains(u"# revision:"_s)) {
            in = line.contains(u"# revision:%1 "_s.arg(revision)) ||
                 line.trimmed().endsWith(u"# revision:%1"_s.arg(revision));
            continue;
        }
        if (in && line.contains(u" Pod "_s))
            ++pods;
    }
    return pods;
}

QString revisionBlock(const QString &tree, int revision)
{
    const QStringList lines = tree.split(u'\n');
    QString out;
    bool in = false;
    for (const QString &line : lines) {
        if (line.contains(u"# revision:"_s))
            in = line.contains(QRegularExpression(u"# revision:%1\\s*$"_s.arg(revision)));
        else if (in)
            out += line + u'\n';
    }
    return out;
}
} // namespace

class TestCliCluster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_kubeconfig;

    Run cli(QStringList args, const QString &context = {})
    {
        QStringList all{u"--kubeconfig"_s, m_kubeconfig, u"-n"_s, u"spring-petclinic"_s};
        if (!context.isEmpty())
            all << u"--context"_s << context;
        all += args;
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), all);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString get() { return cli({u"get"_s, u"rollout"_s, u"rollouts-demo"_s, u"--no-color"_s}).out; }

    // Polls `get rollout` every half second (each poll is a whole CLI run) until `pred` holds.
    bool waitFor(const std::function<bool(const QString &)> &pred, QString *tree, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            *tree = get();
            if (pred(*tree))
                return true;
            QTest::qWait(500);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);
        m_sim.start(QStringLiteral(ROLLOUTDESK_SIM_PATH),
                    {u"--tls"_s, u"--kubeconfig-out"_s, m_kubeconfig, u"--speed"_s, u"10"_s});
        QVERIFY(m_sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.canReadLine(), 30000);
        const QString ready = QString::fromUtf8(m_sim.readLine());
        QVERIFY2(ready.startsWith(u"rolloutdesk-sim serving https://"_s), qPrintable(ready));
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        if (!m_sim.waitForFinished(10000))
            m_sim.kill();
    }

    void manualAbortProcedure()
    {
        QString t;
        QVERIFY(waitFor([](const QString &x) { return x.contains(u"✔ Healthy"_s); }, &t, 30000));

        // 1. set image red: paused at the first step.
        Run r = cli({u"set"_s, u"image"_s, u"rollouts-demo"_s,
                     u"rollouts-demo=argoproj/rollouts-demo:red"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"rollout \"rollouts-demo\" image updated\n"_s);
        QVERIFY2(waitFor(
                     [](const QString &x) {
                         return x.contains(u"Status:          ॥ Paused"_s) &&
                                podsOfRevision(x, 3) == 1 && podsOfRevision(x, 2) == 4 &&
                                x.contains(u"  Ready:         5\n"_s);
                     },
                     &t, 60000),
                 qPrintable(t));
        QVERIFY2(t.contains(u"Message:         CanaryPauseStep\n"_s), qPrintable(t));
        QVERIFY(t.contains(u"  Step:          1/8\n"_s));
        QVERIFY(t.contains(u"  SetWeight:     20\n"_s));
        QVERIFY(t.contains(u"  ActualWeight:  20\n"_s));
        QVERIFY(t.contains(u"Images:          argoproj/rollouts-demo:red (canary)\n"
                           "                 argoproj/rollouts-demo:yellow (stable)\n"_s));
        QVERIFY(t.contains(u"  Desired:       5\n  Current:       5\n  Updated:       1\n"
                           "  Ready:         5\n  Available:     5\n"_s));
        QVERIFY(revisionBlock(t, 3).contains(u"canary"_s));
        QVERIFY(revisionBlock(t, 2).contains(u"stable"_s));
        QVERIFY(revisionBlock(t, 1).contains(u"ScaledDown"_s));

        // 2. abort: degraded, back to the stable pods.
        r = cli({u"abort"_s, u"rollouts-demo"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"rollout 'rollouts-demo' aborted\n"_s);
        QVERIFY2(waitFor(
                     [](const QString &x) {
                         return x.contains(u"Status:          ✖ Degraded"_s) &&
                                podsOfRevision(x, 2) == 5 && podsOfRevision(x, 3) == 0 &&
                                x.contains(u"  Updated:       0\n  Ready:         5\n"_s);
                     },
                     &t, 60000),
                 qPrintable(t));
        QVERIFY2(t.contains(
                     u"Message:         RolloutAborted: Rollout aborted update to revision 3\n"_s),
                 qPrintable(t));
        QVERIFY(t.contains(u"  Step:          0/8\n"_s));
        QVERIFY(t.contains(u"  SetWeight:     0\n"_s));
        QVERIFY(t.contains(u"  ActualWeight:  0\n"_s));
        QVERIFY(
            t.contains(u"Images:          argoproj/rollouts-demo:yellow (stable)\nReplicas:"_s));
        QVERIFY2(t.contains(u"  Desired:       5\n  Current:       5\n  Updated:       0\n"
                            "  Ready:         5\n  Available:     5\n"_s),
                 qPrintable(t));
        QVERIFY(revisionBlock(t, 3).contains(u"ScaledDown"_s));

        // 3. set image back: healthy, the stable ReplicaSet becomes revision 4.
        r = cli({u"set"_s, u"image"_s, u"rollouts-demo"_s,
                 u"rollouts-demo=argoproj/rollouts-demo:yellow"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(waitFor(
                     [](const QString &x) {
                         return x.contains(u"Status:          ✔ Healthy"_s) &&
                                x.contains(u"# revision:4"_s) && podsOfRevision(x, 4) == 5 &&
                                x.contains(u"  Ready:         5\n"_s);
                     },
                     &t, 60000),
                 qPrintable(t));
        QVERIFY(t.contains(u"  Step:          8/8\n"_s));
        QVERIFY(t.contains(u"  SetWeight:     100\n"_s));
        QVERIFY(t.contains(u"  ActualWeight:  100\n"_s));
        QCOMPARE(podsOfRevision(t, 4), 5);
        QVERIFY(revisionBlock(t, 3).contains(u"ScaledDown"_s));
        QVERIFY(revisionBlock(t, 1).contains(u"ScaledDown"_s));
        QVERIFY(!t.contains(u"# revision:2"_s));
    }

    // The story of the procedure above, from the cluster's Events only (history rollout).
    void historyOfTheManualAbort()
    {
        const Run r = cli({u"history"_s, u"rollout"_s, u"rollouts-demo"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(u"TIME "_s) && lines.value(0).contains(u"  WEIGHT  "_s),
                 qPrintable(r.out));
        // "EVENT REVISION WEIGHT" of every row but the ScalingReplicaSet ones, in order.
        QStringList story;
        QString previousTime;
        static const QRegularExpression row(uR"(^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(.*)$)"_s);
        for (const QString &line : lines.mid(1)) {
            const auto m = row.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QVERIFY2(previousTime <= m.captured(1), qPrintable(r.out)); // oldest first
            previousTime = m.captured(1);
            QVERIFY(QDateTime::fromString(m.captured(1), Qt::ISODate).isValid());
            if (m.captured(3) != u"Scaled")
                story << m.captured(3) % u' ' % m.captured(2) % u' ' % m.captured(4);
        }
        const QStringList expected{u"Updated 3 -"_s, u"StepCompleted 3 20"_s, u"Paused 3 20"_s,
                                   u"Aborted 3 0"_s, u"Updated 4 -"_s};
        qsizetype at = 0;
        for (const QString &step : expected) {
            at = story.indexOf(step, at);
            QVERIFY2(at >= 0, qPrintable(step % u" not in order in\n"_s % r.out));
        }
        QVERIFY2(r.out.contains(u"Scaled up ReplicaSet"_s), qPrintable(r.out));

        const Run json = cli({u"history"_s, u"rollout"_s, u"rollouts-demo"_s, u"-o"_s, u"json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray items =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), lines.size() - 1);
    }

    void actionOutputs()
    {
        QCOMPARE(cli({u"pause"_s, u"rollouts-demo"_s}).out, u"rollout 'rollouts-demo' paused\n"_s);
        QCOMPARE(cli({u"resume"_s, u"rollouts-demo"_s}).out,
                 u"rollout 'rollouts-demo' resumed\n"_s);
        QCOMPARE(cli({u"retry"_s, u"rollout"_s, u"rollouts-demo"_s}).out,
                 u"rollout 'rollouts-demo' retried\n"_s);
        QCOMPARE(cli({u"promote"_s, u"rollouts-demo"_s}).out,
                 u"rollout 'rollouts-demo' promoted\n"_s);
        QCOMPARE(cli({u"promote"_s, u"rollouts-demo"_s, u"--full"_s}).out,
                 u"rollout 'rollouts-demo' fully promoted\n"_s);
        const Run undo = cli({u"undo"_s, u"rollouts-demo"_s, u"--to-revision"_s, u"4"_s});
        QCOMPARE(undo.code, 0);
        QCOMPARE(undo.out, u"skipped rollback (current template already matches revision 4)"_s);
        // status watches until Healthy (the promotions above settle first).
        const Run status = cli({u"status"_s, u"rollouts-demo"_s, u"--timeout"_s, u"50s"_s});
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.endsWith(u"Healthy\n"_s), qPrintable(status.out));
        QCOMPARE(cli({u"status"_s, u"rollouts-demo"_s, u"--watch=false"_s}).out, u"Healthy\n"_s);
        QCOMPARE(cli({u"restart"_s, u"rollouts-demo"_s, u"--in"_s, u"1h"_s}).out,
                 u"rollout 'rollouts-demo' restarts in 1h\n"_s);
        const Run list = cli({u"list"_s, u"rollouts"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.startsWith(u"NAME "_s));
        QVERIFY(list.out.contains(u"rollouts-demo"_s));
    }

    void watchRedraws()
    {
        const Run w = cli({u"get"_s, u"rollout"_s, u"rollouts-demo"_s, u"-w"_s, u"--no-color"_s,
                           u"--timeout-seconds"_s, u"3"_s});
        QCOMPARE(w.code, 0);
        // Redrawn at least every second: the clear-screen sequence starts each frame.
        QVERIFY2(w.out.count(u"\x1b[H\x1b[2J\x1b[0;0H"_s) >= 2, qPrintable(w.out.left(200)));
        QVERIFY(w.out.count(u"Name:            rollouts-demo"_s) >= 2);
    }

    void openShiftAndEksStyleKubeconfigs()
    {
        // Read the sim's own kubeconfig for the server URL and the admin token.
        QFile f(m_kubeconfig);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString k = QString::fromUtf8(f.readAll());
        const QString server = QRegularExpression(u"server: (\\S+)"_s).match(k).captured(1);
        const QString token = QRegularExpression(u"- name: admin\\n  user:\\n    token: (\\S+)"_s)
                                  .match(k)
                                  .captured(1);
        QVERIFY(!server.isEmpty() && !token.isEmpty());
        const QString nick =
            QUrl(server).host().replace(u'.', u'-') + u':' + QString::number(QUrl(server).port());

        // `oc login` style: names with / : @, no CA but insecure-skip-tls-verify, project as ns.
        const QString oc = m_dir.filePath(u"oc-config"_s);
        QFile o(oc);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(QStringLiteral(
                    "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
                    "    insecure-skip-tls-verify: true\n    server: %1\n  name: %2\n"
                    "contexts:\n- context:\n    cluster: %2\n    namespace: spring-petclinic\n"
                    "    user: kube:admin/%2\n  name: spring-petclinic/%2/kube:admin\n"
                    "current-context: spring-petclinic/%2/kube:admin\npreferences: {}\n"
                    "users:\n- name: kube:admin/%2\n  user:\n    token: %3\n")
                    .arg(server, nick, token)
                    .toUtf8());
        o.close();
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                {u"--kubeconfig"_s, oc, u"list"_s, u"rollouts"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"rollouts-demo"_s));

        // `aws eks update-kubeconfig` style: ARN names, CA data, an exec plugin (v1beta1, env).
        const QString ca =
            QRegularExpression(u"certificate-authority-data: (\\S+)"_s).match(k).captured(1);
        const QString arn = u"arn:aws:eks:eu-west-1:123456789012:cluster/sim"_s;
        const QString eks = m_dir.filePath(u"eks-config"_s);
        QFile e(eks);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(QStringLiteral(
                    "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %2\n"
                    "    server: %1\n  name: %3\ncontexts:\n- context:\n    cluster: %3\n"
                    "    user: %3\n  name: %3\ncurrent-context: %3\nkind: Config\n"
                    "preferences: {}\nusers:\n- name: %3\n  user:\n    exec:\n"
                    "      apiVersion: client.authentication.k8s.io/v1beta1\n      args:\n"
                    "      - --region\n      - eu-west-1\n      command: %4\n      env:\n"
                    "      - name: EXACT_TOKEN\n        value: %5\n")
                    .arg(server, ca, arn,
                         qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                             u"/kubeconfig/plugins/echo-token.sh"_s,
                         token)
                    .toUtf8());
        e.close();
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                {u"--kubeconfig"_s, eks, u"-n"_s, u"spring-petclinic"_s, u"list"_s, u"rollouts"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"rollouts-demo"_s));
    }

    void errors()
    {
        Run r = cli({u"abort"_s, u"rollouts-demo"_s}, u"viewer"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error: "_s) && r.err.contains(u"forbidden"_s),
                 qPrintable(r.err));
        r = cli({u"get"_s, u"rollout"_s, u"nope"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"Error: rollout.argoproj.io \"nope\" not found\n"_s);
        r = cli({u"abort"_s, u"nope"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"Error: rollouts.argoproj.io \"nope\" not found\n"_s);
        r = cli({u"list"_s, u"rollouts"_s}, u"nowhere"_s);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"Error: context \"nowhere\" does not exist\n"_s);
        r = cli({u"set"_s, u"image"_s, u"rollouts-demo"_s, u"a=b=c"_s});
        QCOMPARE(r.code, 2);
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                {u"--kubeconfig"_s, m_dir.filePath(u"missing"_s), u"list"_s, u"rollouts"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCluster)
#include "test_cli_cluster.moc"
