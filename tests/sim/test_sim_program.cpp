// The rolloutdesk-sim program as users and outside tests run it: flags, the ready line, a
// kubeconfig that real kubectl (its own HOME) uses over TLS with tokens and a client certificate,
// list/get -o json/watch/patch (merge on /status, JSON patch), RBAC refusals, the manual abort
// done with kubectl and checked by rendering `kubectl get rollout,rs,pod -o yaml` with core's
// snapshot loader and renderer, and clean shutdown on SIGTERM.
#include "SimTestRender.h"

#include "core/ObjectSet.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSimProgram : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_kubectl;
    QString m_kubeconfig;
    std::unique_ptr<QProcess> m_sim;

    Run runSim(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_SIM_BINARY), args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // What a started simulator prints first: its "serving" line, or what came within 30 s.
    static QString servingLine(QProcess &sim)
    {
        QString ready;
        QElapsedTimer t;
        t.start();
        while (!ready.contains(u'\n') && t.elapsed() < 30000) {
            sim.waitForReadyRead(500);
            ready += QString::fromUtf8(sim.readAllStandardOutput());
        }
        return ready;
    }

    Run kubectl(const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path()); // its own discovery cache (build-env.md §7)
        env.remove(u"KUBECONFIG"_s);
        p.setProcessEnvironment(env);
        p.start(m_kubectl, QStringList{u"--kubeconfig"_s, m_kubeconfig} + args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString renderFromKubectl()
    {
        const Run r = kubectl({u"get"_s, u"rollout,rs,pod"_s, u"-o"_s, u"yaml"_s});
        if (r.exitCode != 0)
            return u"kubectl failed: "_s + r.err;
        rd::core::ObjectSet objects;
        const auto added = rd::core::SnapshotLoader::addText(objects, r.out.toUtf8(), u"kubectl"_s);
        if (!added.ok())
            return u"snapshot failed: "_s + added.errorMessage();
        const rd::core::Rollout *ro =
            objects.findRollout(u"spring-petclinic"_s, u"rollouts-demo"_s);
        if (!ro)
            return u"no rollout in kubectl output"_s;
        return rd::core::RolloutTextRenderer(QDateTime::currentDateTimeUtc(), false)
            .rollout(rd::core::RolloutInfoBuilder::build(*ro, objects));
    }

    bool reaches(const QString &file, QString *last)
    {
        const QString want = simtest::normalize(simtest::expected(file));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            *last = renderFromKubectl();
            if (simtest::normalize(*last) == want)
                return true;
            QTest::qWait(200);
        }
        return false;
    }

private Q_SLOTS:
    void flags()
    {
        const Run help = runSim({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &flag :
             {u"--listen"_s, u"--tls"_s, u"--kubeconfig-out"_s, u"--scenario"_s, u"--speed"_s,
              u"--faults"_s, u"--allow-remote"_s})
            QVERIFY2(help.out.contains(flag), qPrintable(flag));
        const Run version = runSim({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"rolloutdesk-sim "_s));
        const Run remote = runSim({u"--listen"_s, u"10.1.2.3:0"_s});
        QCOMPARE(remote.exitCode, 2);
        QVERIFY(remote.err.contains(u"--allow-remote"_s));
        QCOMPARE(runSim({u"--scenario"_s, u"nope"_s}).exitCode, 2);
        QCOMPARE(runSim({u"--speed"_s, u"-1"_s}).exitCode, 2);
        QCOMPARE(runSim({u"--faults"_s, u"drop=7"_s}).exitCode, 1);
        QCOMPARE(runSim({u"--no-such-flag"_s}).exitCode, 2);
    }

    void startWithTls()
    {
        QVERIFY(m_home.isValid());
        m_kubeconfig = m_home.filePath(u"kubeconfig"_s);
        m_sim = std::make_unique<QProcess>();
        m_sim->start(QStringLiteral(ROLLOUTDESK_SIM_BINARY),
                     {u"--tls"_s, u"--kubeconfig-out"_s, m_kubeconfig, u"--speed"_s, u"40"_s});
        QVERIFY(m_sim->waitForStarted());
        const QString ready = servingLine(*m_sim);
        const auto m =
            QRegularExpression(u"^rolloutdesk-sim serving (https://127\\.0\\.0\\.1:\\d+)\\n$"_s)
                .match(ready);
        QVERIFY2(m.hasMatch(), qPrintable(ready));
        QFile kc(m_kubeconfig);
        QVERIFY(kc.open(QIODevice::ReadOnly));
        const QByteArray yaml = kc.readAll();
        QVERIFY(yaml.contains(QByteArray("server: " + m.captured(1).toUtf8())));
        QVERIFY(yaml.contains("certificate-authority-data: "));
        QVERIFY(yaml.contains("client-certificate-data: "));
        QVERIFY(yaml.contains("current-context: admin"));
        QVERIFY(kc.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!kc.permissions().testFlag(QFileDevice::ReadOther));
        m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    }

    void kubectlListGetWatch()
    {
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const Run list = kubectl({u"get"_s, u"rollouts"_s, u"-n"_s, u"spring-petclinic"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.out.contains(u"rollouts-demo"_s));
        const Run json = kubectl({u"get"_s, u"rollout"_s, u"rollouts-demo"_s, u"-o"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject ro = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(ro.value(u"kind"_s).toString(), u"Rollout"_s);
        QCOMPARE(ro.value(u"status"_s).toObject().value(u"phase"_s).toString(), u"Healthy"_s);
        const Run pods =
            kubectl({u"get"_s, u"pods"_s, u"-l"_s, u"app=rollouts-demo"_s, u"-o"_s, u"name"_s});
        QCOMPARE(pods.out.trimmed().split(u'\n').size(), 5);
        // cert-user authenticates with its client certificate alone.
        const Run cert =
            kubectl({u"--context"_s, u"cert-user"_s, u"get"_s, u"rs"_s, u"-o"_s, u"name"_s});
        QVERIFY2(cert.exitCode == 0, qPrintable(cert.err));
        QCOMPARE(cert.out.trimmed().split(u'\n').size(), 2);
        // Watch with a server-side timeout: the initial event, then the stream ends by itself.
        const Run watch =
            kubectl({u"get"_s, u"rollouts"_s, u"--watch"_s, u"--output-watch-events"_s, u"-o"_s,
                     u"json"_s, u"--request-timeout=3s"_s},
                    30000);
        QVERIFY2(watch.out.contains(QRegularExpression(u"\"type\": ?\"ADDED\""_s)),
                 qPrintable(watch.out + watch.err));
        QVERIFY(watch.out.contains(u"rollouts-demo"_s));
    }

    void viewerIsRefused()
    {
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const Run get = kubectl({u"--context"_s, u"viewer"_s, u"get"_s, u"rollouts"_s});
        QCOMPARE(get.exitCode, 0);
        const Run patch =
            kubectl({u"--context"_s, u"viewer"_s, u"patch"_s, u"rollout"_s, u"rollouts-demo"_s,
                     u"--type"_s, u"merge"_s, u"-p"_s, u"{\"spec\":{\"paused\":true}}"_s});
        QVERIFY(patch.exitCode != 0);
        QVERIFY2(patch.err.contains(u"Forbidden"_s) &&
                     patch.err.contains(u"User \"viewer\" cannot patch resource \"rollouts\""_s),
                 qPrintable(patch.err));
        const Run can = kubectl({u"--context"_s, u"viewer"_s, u"auth"_s, u"can-i"_s, u"patch"_s,
                                 u"rollouts.argoproj.io"_s, u"--subresource=status"_s});
        QCOMPARE(can.out.trimmed(), u"no"_s);
        const Run canAdmin = kubectl({u"auth"_s, u"can-i"_s, u"patch"_s, u"rollouts.argoproj.io"_s,
                                      u"--subresource=status"_s});
        QCOMPARE(canAdmin.out.trimmed(), u"yes"_s);
    }

    void manualAbortWithKubectl()
    {
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        QString last;
        const auto setImage = [this](const QString &tag) {
            return kubectl(
                {u"patch"_s, u"rollout"_s, u"rollouts-demo"_s, u"--type"_s, u"json"_s, u"-p"_s,
                 u"[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\",\"value\":\"argoproj/rollouts-demo:%1\"}]"_s
                     .arg(tag)});
        };
        Run r = setImage(u"red"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"rollout.argoproj.io/rollouts-demo patched"_s));
        QVERIFY2(reaches(u"manual-abort-1-paused.txt"_s, &last), qPrintable(last));

        r = kubectl({u"patch"_s, u"rollout"_s, u"rollouts-demo"_s, u"--type"_s, u"merge"_s,
                     u"--subresource=status"_s, u"-p"_s, u"{\"status\":{\"abort\":true}}"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(reaches(u"manual-abort-2-aborted.txt"_s, &last), qPrintable(last));

        r = setImage(u"yellow"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(reaches(u"manual-abort-3-healthy.txt"_s, &last), qPrintable(last));
    }

    void plainHttp()
    {
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        // kubectl sends no bearer token over plain HTTP: anonymous requests act as admin there,
        // unless --require-auth.
        for (const bool requireAuth : {false, true}) {
            QProcess sim;
            const QString kubeconfig = m_home.filePath(requireAuth ? u"plain-auth"_s : u"plain"_s);
            QStringList args{u"--kubeconfig-out"_s, kubeconfig, u"--scenario"_s, u"empty"_s};
            if (requireAuth)
                args << u"--require-auth"_s;
            sim.start(QStringLiteral(ROLLOUTDESK_SIM_BINARY), args);
            QVERIFY(sim.waitForStarted());
            const QString ready = servingLine(sim);
            QVERIFY2(ready.contains(u"serving http://127.0.0.1:"_s), qPrintable(ready));
            const QString saved = m_kubeconfig;
            m_kubeconfig = kubeconfig;
            const Run r = kubectl({u"get"_s, u"namespaces"_s, u"-o"_s, u"name"_s});
            m_kubeconfig = saved;
            if (requireAuth) {
                QVERIFY(r.exitCode != 0);
                QVERIFY2(r.err.contains(u"provide credentials"_s) ||
                             r.err.contains(u"Unauthorized"_s),
                         qPrintable(r.err));
            } else {
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                QVERIFY(r.out.contains(u"namespace/spring-petclinic"_s));
            }
            sim.terminate();
            QVERIFY(sim.waitForFinished(15000));
            QCOMPARE(sim.exitCode(), 0);
        }
    }

    // The simulator restarts itself once with a deeper glibc per-thread cache (AllocatorTuning.h):
    // the serving process (same pid) has the setting. The other cases (other tunables kept, the
    // user's value standing) are test_core_allocator_tuning's: with more than one tunable ld.so
    // rewrites the variable's original text in place, so /proc shows only the first of them and
    // could not tell an appended value from none.
    void deeperAllocatorCache()
    {
#if !defined(__GLIBC__) || !defined(Q_OS_LINUX)
        QSKIP("glibc's tunables and /proc are Linux with glibc only");
#endif
        QProcess sim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GLIBC_TUNABLES"_s);
        sim.setProcessEnvironment(env);
        sim.start(QStringLiteral(ROLLOUTDESK_SIM_BINARY), {u"--scenario"_s, u"empty"_s});
        QVERIFY(sim.waitForStarted());
        const QString ready = servingLine(sim);
        QVERIFY2(ready.contains(u"serving http://127.0.0.1:"_s), qPrintable(ready));
        QFile environ(u"/proc/%1/environ"_s.arg(sim.processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        QStringList tunables;
        for (const QByteArray &entry : environ.readAll().split('\0')) {
            if (entry.startsWith("GLIBC_TUNABLES="))
                tunables.append(QString::fromUtf8(entry.mid(15)));
        }
        QCOMPARE(tunables, QStringList{u"glibc.malloc.tcache_count=100"_s});
        sim.terminate();
        QVERIFY(sim.waitForFinished(15000));
        QCOMPARE(sim.exitCode(), 0);
    }

    void cleanShutdown()
    {
        QVERIFY(m_sim && m_sim->state() == QProcess::Running);
        m_sim->terminate(); // SIGTERM
        QVERIFY(m_sim->waitForFinished(15000));
        QCOMPARE(m_sim->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sim->exitCode(), 0);
    }

    void cleanupTestCase()
    {
        if (m_sim && m_sim->state() != QProcess::NotRunning) {
            m_sim->kill();
            m_sim->waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TestSimProgram)
#include "test_sim_program.moc"
