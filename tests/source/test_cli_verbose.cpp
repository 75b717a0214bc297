// rolloutdesk-cli keeps the client's diagnostics (reflector retries, relists) to itself unless
// -v is given, as the plugin prints none. The cluster is a server in the test (loopback) whose
// watches all fail after a moment, so the reflectors do retry during the run.

#include "../kube/HostileApiServer.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using rd::test::HostileApiServer;
using Request = HostileApiServer::Request;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QJsonObject demoRollout()
{
    const QJsonObject labels{{u"app"_s, u"demo"_s}};
    return {
        {u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
        {u"kind"_s, u"Rollout"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, u"demo"_s},
                                    {u"namespace"_s, u"demo"_s},
                                    {u"uid"_s, u"ro-demo"_s},
                                    {u"resourceVersion"_s, u"5"_s},
                                    {u"creationTimestamp"_s, u"2026-01-01T00:00:00Z"_s}}},
        {u"spec"_s,
         QJsonObject{{u"replicas"_s, 1},
                     {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                     {u"template"_s,
                      QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
                                  {u"spec"_s, QJsonObject{{u"containers"_s,
                                                           QJsonArray{QJsonObject{
                                                               {u"name"_s, u"demo"_s},
                                                               {u"image"_s, u"nginx:1"_s}}}}}}}},
                     {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject{}}}}}}};
}
} // namespace

class TestCliVerbose : public QObject
{
    Q_OBJECT
    HostileApiServer m_server;
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    Run cli(const QStringList &extra)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.remove(u"QT_LOGGING_RULES"_s);
        p.setProcessEnvironment(env);
        QStringList args{u"--kubeconfig"_s,      m_kubeconfig, u"get"_s,
                         u"rollout"_s,           u"demo"_s,    u"-w"_s,
                         u"--timeout-seconds"_s, u"5"_s,       u"--no-color"_s};
        args += extra;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), args);
        // The event loop must run meanwhile: this process is the cluster.
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler([](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (r.method == "POST") {
                H::respondJson(s, 201,
                               QJsonObject{{u"status"_s, QJsonObject{{u"allowed"_s, true}}}});
                return;
            }
            if (!r.isWatch()) {
                QJsonArray items;
                if (r.path.endsWith(u"/rollouts"_s))
                    items << demoRollout();
                H::respondJson(s, 200, H::list(u"10"_s, items));
                return;
            }
            // Every watch fails a moment after it started (after the first complete load).
            H::startStream(s);
            QPointer<QTcpSocket> socket(s);
            QTimer::singleShot(1500, s, [socket] {
                H::sendChunk(socket, H::event(u"ERROR"_s, H::status(500, u"InternalError"_s,
                                                                    u"etcd is sad"_s)));
            });
        });
        m_kubeconfig = m_server.writeKubeconfig(m_dir.filePath(u"kubeconfig"_s), u"demo"_s);
        QVERIFY(!m_kubeconfig.isEmpty());
    }

    void quietWithoutVerbose()
    {
        const int before = m_server.watches();
        const Run r = cli({});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"demo"_s), qPrintable(r.out));
        // The watches did fail and were retried...
        QVERIFY(m_server.watches() - before > 7);
        // ...and nothing of it reached the terminal.
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
    }

    void diagnosticsWithVerbose_data()
    {
        QTest::addColumn<QStringList>("flag");
        QTest::newRow("-v") << QStringList{u"-v"_s};
        QTest::newRow("--verbose") << QStringList{u"--verbose"_s};
        QTest::newRow("-v=4 (klog)") << QStringList{u"-v=4"_s};
        QTest::newRow("-v 4 (klog)") << QStringList{u"-v"_s, u"4"_s};
    }

    void diagnosticsWithVerbose()
    {
        QFETCH(QStringList, flag);
        const Run r = cli(flag);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"demo"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"retrying in"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"etcd is sad"_s), qPrintable(r.err));
    }

    void levelZeroIsQuiet()
    {
        const Run r = cli({u"-v=0"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliVerbose)
#include "test_cli_verbose.moc"
