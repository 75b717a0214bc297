// rolloutdesk-cli (the real binary) against a fake API server on loopback whose request log
// belongs to this test: hostile -n/--namespace and --context values, rollout names and
// workloadRef names end in "Error: ..." with exit code 1 and nothing sent; a password in the
// server address is never printed. `history rollout` goes through the same connector and checks.

#include "../kube/FakeApiServer.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString kRollout = u"/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/demo"_s;
const QString kTraversal = u"../../../../../apps/v1/namespaces/kube-system/deployments/x"_s;

QJsonObject rollout(const std::optional<QString> &workloadRefName = std::nullopt)
{
    QJsonObject spec{
        {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, u"demo"_s}}}}},
        {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject{}}}}};
    if (workloadRefName)
        spec.insert(u"workloadRef"_s, QJsonObject{{u"apiVersion"_s, u"apps/v1"_s},
                                                  {u"kind"_s, u"Deployment"_s},
                                                  {u"name"_s, *workloadRefName}});
    return QJsonObject{{u"kind"_s, u"Rollout"_s},
                       {u"metadata"_s, QJsonObject{{u"name"_s, u"demo"_s},
                                                   {u"namespace"_s, u"default"_s},
                                                   {u"uid"_s, u"uid-1"_s}}},
                       {u"spec"_s, spec}};
}
} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT
    rd::test::FakeApiServer m_server;
    QTemporaryDir m_dir;

    QString writeKubeconfig(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"kubeconfig-%1"_s.arg(++n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    // Runs the binary without blocking the event loop, so that the fake server keeps answering.
    Run cli(const QStringList &args, const QString &kubeconfig = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path()); // never the user's own ~/.kube/config
        env.remove(u"KUBECONFIG"_s);
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                QStringList{u"--kubeconfig"_s, kubeconfig.isEmpty()
                                                   ? writeKubeconfig(m_server.kubeconfig())
                                                   : kubeconfig} +
                    args);
        if (!finished.wait(60000)) {
            p.kill();
            finished.wait(5000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QList<QStringList> commands()
    {
        return {{u"abort"_s, u"demo"_s},
                {u"retry"_s, u"rollout"_s, u"demo"_s},
                {u"promote"_s, u"demo"_s},
                {u"promote"_s, u"demo"_s, u"--full"_s},
                {u"pause"_s, u"demo"_s},
                {u"resume"_s, u"demo"_s},
                {u"restart"_s, u"demo"_s},
                {u"set"_s, u"image"_s, u"demo"_s, u"demo=demo:3"_s},
                {u"undo"_s, u"demo"_s},
                {u"get"_s, u"rollout"_s, u"demo"_s},
                {u"status"_s, u"demo"_s, u"--watch=false"_s},
                {u"list"_s, u"rollouts"_s},
                {u"history"_s, u"rollout"_s, u"demo"_s}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.set(kRollout, rollout());
        m_server.set(kRollout + u"/status"_s, rollout());
        m_server.set(u"/apis/apps/v1/namespaces/kube-system/deployments/x"_s,
                     QJsonObject{{u"kind"_s, u"Deployment"_s}});
    }

    void init() { m_server.log.clear(); }

    void positiveControl()
    {
        const Run r = cli({u"-n"_s, u"default"_s, u"abort"_s, u"demo"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"rollout 'demo' aborted\n"_s);
        QCOMPARE(m_server.writes(), QStringList{u"PATCH "_s + kRollout + u"/status"_s});
    }

    void hostileNamespaceFlag_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList values{u"../kube-system"_s,
                                 u"default/../../kube-system"_s,
                                 u"a/b"_s,
                                 u".."_s,
                                 u"."_s,
                                 u"%2e%2e"_s,
                                 u"Default"_s,
                                 u"kube.system"_s,
                                 u"-a"_s,
                                 u"a-"_s,
                                 u"a b"_s,
                                 QString(64, u'a')};
        for (const QStringList &command : commands()) {
            for (const QString &v : values) {
                const QString row = command.join(u' ') + u" -n \""_s + v.left(30) + u'"';
                QTest::newRow(qPrintable(row)) << (QStringList{u"-n"_s, v} + command);
                if (command.first() == u"abort"_s)
                    QTest::newRow(qPrintable(row + u" (--namespace=)"_s))
                        << (QStringList{u"--namespace="_s + v} + command);
            }
        }
    }
    void hostileNamespaceFlag()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error: --namespace \""_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"is not a valid namespace name"_s), qPrintable(r.err));
        QCOMPARE(m_server.lines(), QStringList());
    }

    void validNamespaceEdgesAreAccepted_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::newRow("63 characters") << QString(63, u'a');
        QTest::newRow("leading digit") << u"1-a"_s;
    }
    void validNamespaceEdgesAreAccepted()
    {
        // Both sides of the boundary: these reach the server (which knows no such rollout).
        QFETCH(QString, ns);
        const Run r = cli({u"-n"_s, ns, u"abort"_s, u"demo"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not found"_s), qPrintable(r.err));
        // The status subresource, then the main resource (the fallback on NotFound).
        QCOMPARE(m_server.lines().size(), 2);
        QCOMPARE(m_server.log.first().path(),
                 u"/apis/argoproj.io/v1alpha1/namespaces/%1/rollouts/demo/status"_s.arg(ns));
        QCOMPARE(m_server.outside(ns), QStringList());
    }

    void hostileContextNamespace()
    {
        // The namespace comes from the kubeconfig's context instead of -n.
        const QString kc = writeKubeconfig(m_server.kubeconfig(u"../kube-system"_s));
        for (const QStringList &command : commands()) {
            m_server.log.clear();
            const Run r = cli(command, kc);
            QCOMPARE(r.code, 1);
            QVERIFY2(
                r.err.startsWith(
                    u"Error: The namespace of context \"fake\" \"../kube-system\" is not a valid namespace name: "_s),
                qPrintable(r.err));
            QCOMPARE(m_server.lines(), QStringList());
        }
    }

    void unknownContext_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("missing") << u"nope"_s;
        QTest::newRow("traversal") << u"../fake"_s;
        QTest::newRow("slash") << u"fake/x"_s;
        QTest::newRow("case") << u"Fake"_s;
    }
    void unknownContext()
    {
        QFETCH(QString, context);
        for (const QStringList &command : commands()) {
            m_server.log.clear();
            const Run r = cli(QStringList{u"--context"_s, context} + command);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith(u"Error: context \""_s + context + u"\" does not exist"_s),
                     qPrintable(r.err));
            QCOMPARE(m_server.lines(), QStringList());
        }
    }

    void hostileRolloutNameArgument_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList names{u".."_s,     u"../kube-system/rollouts/x"_s,
                                u"a/b"_s,    u"demo/status"_s,
                                u"%2e%2e"_s, u"Demo"_s,
                                QString()};
        for (const QString &n : names) {
            const QString q = u" \""_s + n + u'"';
            QTest::newRow(qPrintable(u"abort"_s + q)) << QStringList{u"abort"_s, n};
            QTest::newRow(qPrintable(u"abort demo then"_s + q))
                << QStringList{u"abort"_s, u"demo"_s, n};
            QTest::newRow(qPrintable(u"retry"_s + q)) << QStringList{u"retry"_s, u"rollout"_s, n};
            QTest::newRow(qPrintable(u"promote"_s + q)) << QStringList{u"promote"_s, n};
            QTest::newRow(qPrintable(u"pause"_s + q)) << QStringList{u"pause"_s, n};
            QTest::newRow(qPrintable(u"resume"_s + q)) << QStringList{u"resume"_s, n};
            QTest::newRow(qPrintable(u"restart"_s + q)) << QStringList{u"restart"_s, n};
            QTest::newRow(qPrintable(u"set image"_s + q))
                << QStringList{u"set"_s, u"image"_s, n, u"demo=demo:3"_s};
            QTest::newRow(qPrintable(u"undo"_s + q)) << QStringList{u"undo"_s, n};
        }
    }
    void hostileRolloutNameArgument()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{u"-n"_s, u"default"_s} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error: the rollout name \""_s), qPrintable(r.err));
        QCOMPARE(m_server.lines(), QStringList()); // not even the valid "demo" before it
    }

    void hostileObjectNameArgument_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList names{
            u".."_s, u"../kube-system/experiments/x"_s, u"a/b"_s, u"%2e%2e"_s, u"X"_s, QString()};
        for (const QString &n : names) {
            const QString q = u" \""_s + n + u'"';
            QTest::newRow(qPrintable(u"terminate analysisrun"_s + q))
                << QStringList{u"terminate"_s, u"analysisrun"_s, n};
            QTest::newRow(qPrintable(u"terminate experiment"_s + q))
                << QStringList{u"terminate"_s, u"experiment"_s, u"ok"_s, n};
            QTest::newRow(qPrintable(u"retry experiment"_s + q))
                << QStringList{u"retry"_s, u"experiment"_s, n};
        }
    }
    void hostileObjectNameArgument()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{u"-n"_s, u"default"_s} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error: the name \""_s), qPrintable(r.err));
        QCOMPARE(m_server.lines(), QStringList());
    }

    void hostileWorkloadRef_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("name");
        const QStringList names{kTraversal, u".."_s, u"a/b"_s, u"%2e%2e"_s, u""_s, u"Web"_s};
        for (const QString &n : names) {
            QTest::newRow(qPrintable(u"set image \""_s + n.left(30) + u'"'))
                << QStringList{u"set"_s, u"image"_s, u"demo"_s, u"demo=demo:3"_s} << n;
            QTest::newRow(qPrintable(u"undo \""_s + n.left(30) + u'"'))
                << QStringList{u"undo"_s, u"demo"_s} << n;
        }
    }
    void hostileWorkloadRef()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, name);
        m_server.set(kRollout, rollout(name));
        const Run r = cli(QStringList{u"-n"_s, u"default"_s} + args);
        m_server.set(kRollout, rollout());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error: spec.workloadRef.name \""_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"is not a valid Deployment name"_s), qPrintable(r.err));
        QCOMPARE(m_server.writes(), QStringList());
        QCOMPARE(m_server.outside(u"default"_s), QStringList());
    }

    void passwordInServerUrlIsNeverPrinted()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString kc = writeKubeconfig(
            m_server.kubeconfig(u"default"_s, u"http://admin:s3cret@127.0.0.1:%1"_s.arg(port)));
        for (const QStringList &command : commands()) {
            const Run r = cli(command, kc);
            QCOMPARE(r.code, 1);
            QVERIFY2(!r.err.contains(u"s3cret"_s) && !r.out.contains(u"s3cret"_s),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(u"admin:***@127.0.0.1"_s), qPrintable(r.err));
        }
        // An address the client refuses is named, masked, too.
        const Run bad =
            cli({u"abort"_s, u"demo"_s},
                writeKubeconfig(m_server.kubeconfig(u"default"_s, u"https://admin:s3cret@"_s)));
        QCOMPARE(bad.code, 1);
        QVERIFY2(!bad.err.contains(u"s3cret"_s), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(u"admin:***@"_s), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
