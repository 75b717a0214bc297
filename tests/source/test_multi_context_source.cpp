// MultiContextSource against two in-process simulated clusters named by one kubeconfig with two
// contexts: both boards are seen under unique keys, an action on a row of context A reaches only
// cluster A, and stopping cluster B marks only B as reconnecting while A carries on.

#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/SimCluster.h"
#include "source/ClusterConnector.h"
#include "source/MultiContextSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::source;

namespace {
const QString kInner = u"spring-petclinic/rollouts-demo"_s;
const QString kKeyA = u"a/spring-petclinic/rollouts-demo"_s;
const QString kKeyB = u"b/spring-petclinic/rollouts-demo"_s;
constexpr int kTimeout = 30000;

std::unique_ptr<rd::sim::SimCluster> startSim(QString *error)
{
    rd::sim::SimCluster::Options o;
    o.tls = true;
    o.speed = 10.0;
    auto sim = std::make_unique<rd::sim::SimCluster>(o);
    const auto started = sim->start();
    if (!started) {
        *error = started.errorMessage();
        return nullptr;
    }
    return sim;
}

QByteArray clusterEntry(const QString &name, const rd::sim::SimCluster &sim)
{
    return "- name: "_ba + name.toUtf8() + "\n  cluster:\n    server: "_ba +
           sim.url().toString().toUtf8() + "\n    certificate-authority-data: "_ba +
           sim.caCertificatePem().toBase64() + '\n';
}

QJsonObject serverRollout(const rd::sim::SimCluster &sim)
{
    const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
    return sim.store()
        ->get(t->key(), u"spring-petclinic"_s, u"rollouts-demo"_s)
        .value_or(QJsonObject());
}
} // namespace

class TestMultiContextSource : public QObject
{
    Q_OBJECT
    std::unique_ptr<rd::sim::SimCluster> m_a;
    std::unique_ptr<rd::sim::SimCluster> m_b;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    std::unique_ptr<MultiContextSource> m_source;

#ifdef ROLLOUTDESK_CLI_PATH
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // Runs the CLI while this thread's event loop keeps serving both in-process clusters.
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                QStringList{u"--kubeconfig"_s, m_kubeconfig} + args);
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

    static QStringList words(const QString &line)
    {
        return line.split(u' ', Qt::SkipEmptyParts);
    }

    static QString lineOf(const QString &text, const QString &first)
    {
        for (const QString &line : text.split(u'\n')) {
            if (words(line).value(0) == first)
                return line;
        }
        return {};
    }
#endif

    bool act(ActionRequest *req, QString *message)
    {
        QSignalSpy done(req, &ActionRequest::finished);
        if (!done.wait(kTimeout)) {
            *message = u"no answer"_s;
            return false;
        }
        *message = done.first().at(1).toString();
        return done.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_a = startSim(&error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = startSim(&error);
        QVERIFY2(m_b, qPrintable(error));
        // One kubeconfig, two clusters (each with its own CA), two users, two contexts.
        QByteArray y = "apiVersion: v1\nkind: Config\nclusters:\n"_ba +
                       clusterEntry(u"sim-a"_s, *m_a) + clusterEntry(u"sim-b"_s, *m_b) +
                       "users:\n"_ba;
        y += "- name: admin-a\n  user:\n    token: "_ba + m_a->token(u"admin"_s).toUtf8() + '\n';
        y += "- name: admin-b\n  user:\n    token: "_ba + m_b->token(u"admin"_s).toUtf8() + '\n';
        y += "contexts:\n"
             "- name: a\n  context:\n    cluster: sim-a\n    user: admin-a\n"
             "    namespace: spring-petclinic\n"
             "- name: b\n  context:\n    cluster: sim-b\n    user: admin-b\n"
             "    namespace: spring-petclinic\n"
             "current-context: a\n"_ba;
        m_kubeconfig = m_dir.filePath(u"config"_s);
        QFile f(m_kubeconfig);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(y) == y.size());
        f.close();

        ClusterTarget base;
        base.kubeconfig = m_kubeconfig;
        m_source = MultiContextSource::connect(base, {u"a"_s, u"b"_s});
        QSignalSpy ready(m_source.get(), &RolloutSource::ready);
        m_source->start();
        QVERIFY(ready.wait(kTimeout));
    }

    void keysSplitFromTheRight()
    {
        const QString eks = u"arn:aws:eks:eu-west-1:1:cluster/prod"_s;
        const QString key = MultiContextSource::joinKey(eks, u"ns/name"_s);
        QCOMPARE(MultiContextSource::contextOfKey(key), eks);
        QCOMPARE(MultiContextSource::innerKey(key), u"ns/name"_s);
    }

    void bothContextsSeen()
    {
        QCOMPARE(m_source->watchedContexts(), QStringList({u"a"_s, u"b"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(m_source->contains(kKeyA) && m_source->contains(kKeyB), kTimeout);
        QVERIFY(m_source->keys().contains(kKeyA));
        QVERIFY(m_source->keys().contains(kKeyB));
        QCOMPARE(m_source->contextOf(kKeyA), u"a"_s);
        QCOMPARE(m_source->contextOf(kKeyB), u"b"_s);
        QVERIFY(m_source->info(kKeyA));
        QVERIFY(m_source->info(kKeyB));
        QCOMPARE(m_source->rolloutObject(kKeyB)[u"metadata"_s][u"name"_s].toString(),
                 u"rollouts-demo"_s);
        QCOMPARE(m_source->namespaceName(), u"spring-petclinic"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_source->connectionState(), ConnectionState::Connected,
                                  kTimeout);
        QCOMPARE(m_source->contextState(u"a"_s), ConnectionState::Connected);
        QCOMPARE(m_source->contextState(u"b"_s), ConnectionState::Connected);
        // The contexts the per-context sources belong to answer for their own keys only.
        QCOMPARE(m_source->sourceFor(u"a"_s)->keys(), QStringList({kInner}));
        // Who acts on each row: the user its own cluster knows (SelfSubjectReview; the
        // simulators' token users are "admin"), the kubeconfig's user entry until it answered.
        QTRY_COMPARE_WITH_TIMEOUT(m_source->userOf(kKeyA), u"admin"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_source->userOf(kKeyB), u"admin"_s, kTimeout);
        QCOMPARE(m_source->sourceFor(u"b"_s)->userOf(kInner), u"admin"_s);
    }

    void actionReachesOnlyItsContext()
    {
        QVERIFY(!serverRollout(*m_a)[u"spec"_s][u"paused"_s].toBool());
        QVERIFY(!serverRollout(*m_b)[u"spec"_s][u"paused"_s].toBool());
        ActionRequest *req = m_source->pause(kKeyA);
        QCOMPARE(req->action().key, kKeyA); // the caller sees its own key back
        QString message;
        QVERIFY2(act(req, &message), qPrintable(message));
        QCOMPARE(serverRollout(*m_a)[u"spec"_s][u"paused"_s].toBool(), true);
        QVERIFY(!serverRollout(*m_b)[u"spec"_s].toObject().contains(u"paused"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_source->rolloutObject(kKeyA)[u"spec"_s][u"paused"_s].toBool(),
                                 kTimeout);
        QVERIFY(!m_source->rolloutObject(kKeyB)[u"spec"_s].toObject().contains(u"paused"_s));

        // And the other way round.
        QVERIFY2(act(m_source->pause(kKeyB), &message), qPrintable(message));
        QCOMPARE(serverRollout(*m_b)[u"spec"_s][u"paused"_s].toBool(), true);
        QVERIFY2(act(m_source->resume(kKeyA), &message), qPrintable(message));
        QCOMPARE(serverRollout(*m_a)[u"spec"_s][u"paused"_s].toBool(), false);
        QCOMPARE(serverRollout(*m_b)[u"spec"_s][u"paused"_s].toBool(), true);

        // A key of no watched context is refused without any request.
        QVERIFY(!act(m_source->pause(u"c/spring-petclinic/rollouts-demo"_s), &message));
        QVERIFY2(message.contains(u"“c”"_s), qPrintable(message));
    }

    // `list rollouts --contexts a,b`: the plugin's table with CONTEXT first, each row the same
    // as that context's own `list rollouts` (B is paused, so its row holds still).
    void cliListsBothContexts()
    {
#ifndef ROLLOUTDESK_CLI_PATH
        QSKIP("rolloutdesk-cli not built");
#else
        const Run multi = cli({u"list"_s, u"rollouts"_s, u"--contexts"_s, u"a,b"_s});
        QVERIFY2(multi.code == 0, qPrintable(multi.err));
        const QStringList lines = multi.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(words(lines[0]), QStringList({u"CONTEXT"_s, u"NAME"_s, u"STRATEGY"_s, u"STATUS"_s,
                                               u"STEP"_s, u"SET-WEIGHT"_s, u"READY"_s, u"DESIRED"_s,
                                               u"UP-TO-DATE"_s, u"AVAILABLE"_s}));
        QCOMPARE(words(lines[1]).value(0), u"a"_s);
        QCOMPARE(words(lines[2]).value(0), u"b"_s);
        const Run single = cli({u"--context"_s, u"b"_s, u"list"_s, u"rollouts"_s});
        QVERIFY2(single.code == 0, qPrintable(single.err));
        QCOMPARE(words(lineOf(multi.out, u"b"_s)).mid(1),
                 words(lineOf(single.out, u"rollouts-demo"_s)));
        QCOMPARE(words(lineOf(multi.out, u"b"_s)).value(3), u"Paused"_s);

        const Run usage = cli({u"list"_s, u"experiments"_s, u"--contexts"_s, u"a,b"_s});
        QCOMPARE(usage.code, 2);
#endif
    }

    void failingContextStaysItsOwn()
    {
        QSignalSpy perContext(m_source.get(), &MultiContextSource::contextStateChanged);
        QSignalSpy changed(m_source.get(), &RolloutSource::rolloutChanged);
        m_b->stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_source->contextState(u"b"_s) != ConnectionState::Connected,
                                 kTimeout);
        QVERIFY(m_source->contextState(u"b"_s) == ConnectionState::Reconnecting ||
                m_source->contextState(u"b"_s) == ConnectionState::Failed);
        QVERIFY(!m_source->contextReason(u"b"_s).isEmpty());
        QCOMPARE(m_source->contextState(u"a"_s), ConnectionState::Connected);
        QCOMPARE(m_source->connectionState(), ConnectionState::Reconnecting);
        QVERIFY2(m_source->connectionReason().startsWith(u"b: "_s),
                 qPrintable(m_source->connectionReason()));
        QVERIFY(!m_source->connectionReason().contains(u"a: "_s));
        bool sawB = false;
        for (const auto &args : perContext) {
            QVERIFY(args.at(0).toString() != u"a"_s);
            sawB = sawB || args.at(0).toString() == u"b"_s;
        }
        QVERIFY(sawB);
        // B's rows are re-announced (so their views show the state) and keep their last data.
        bool bRow = false;
        for (const auto &args : changed)
            bRow = bRow || args.at(0).toString() == kKeyB;
        QVERIFY(bRow);
        QVERIFY(m_source->info(kKeyB));
        QCOMPARE(m_source->contextOf(kKeyB), u"b"_s);

        // A carries on: its actions still work.
        QString message;
        QVERIFY2(act(m_source->pause(kKeyA), &message), qPrintable(message));
        QCOMPARE(serverRollout(*m_a)[u"spec"_s][u"paused"_s].toBool(), true);
        QVERIFY(!act(m_source->resume(kKeyB), &message));
    }

    // With B down the CLI still prints A's row, names B on stderr and exits 1.
    void cliListsWhatItCan()
    {
#ifndef ROLLOUTDESK_CLI_PATH
        QSKIP("rolloutdesk-cli not built");
#else
        const Run r = cli({u"list"_s, u"rollouts"_s, u"--contexts"_s, u"a,b"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"context \"b\""_s), qPrintable(r.err));
        QVERIFY(!lineOf(r.out, u"a"_s).isEmpty());
        QVERIFY2(lineOf(r.out, u"b"_s).isEmpty(), qPrintable(r.out));
#endif
    }

    void unknownContextFailsAlone()
    {
        ClusterTarget base;
        base.kubeconfig = m_kubeconfig;
        auto multi = MultiContextSource::connect(base, {u"a"_s, u"nope"_s});
        QSignalSpy ready(multi.get(), &RolloutSource::ready);
        multi->start();
        QVERIFY(ready.wait(kTimeout));
        QVERIFY(multi->contains(kKeyA));
        QCOMPARE(multi->contextState(u"nope"_s), ConnectionState::Failed);
        QVERIFY2(multi->contextReason(u"nope"_s).contains(u"nope"_s),
                 qPrintable(multi->contextReason(u"nope"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(multi->contextState(u"a"_s), ConnectionState::Connected,
                                  kTimeout);
        QCOMPARE(multi->connectionState(), ConnectionState::Reconnecting);
        QString message;
        QVERIFY(!act(multi->pause(u"nope/spring-petclinic/rollouts-demo"_s), &message));
        QVERIFY2(message.contains(u"nope"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestMultiContextSource)
#include "test_multi_context_source.moc"
