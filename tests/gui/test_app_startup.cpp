// The rolloutdesk program's command line (product.md §1), as a real process.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAppStartup : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.remove(u"KUBECONFIG"_s);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROLLOUTDESK_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromLocal8Bit(p.readAllStandardOutput()),
                QString::fromLocal8Bit(p.readAllStandardError())};
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void unknownOptionExitsWithTwo()
    {
        const Run r = run({u"--frobnicate"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"frobnicate"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"--help"_s));
        QCOMPARE(run({u"extra-argument"_s}).code, 2);
        QCOMPARE(run({u"--demo"_s, u"--snapshot"_s, u"x.yaml"_s}).code, 2);
        QCOMPARE(run({u"--demo-speed"_s, u"fast"_s}).code, 2);
        // Several contexts on one board exclude one context, the demo and a snapshot.
        QCOMPARE(run({u"--contexts"_s, u"a,b"_s, u"--context"_s, u"a"_s}).code, 2);
        QCOMPARE(run({u"--contexts"_s, u"a,b"_s, u"--snapshot"_s, u"x.yaml"_s}).code, 2);
    }

    void helpAndVersion()
    {
        // --help speaks the system's language; this checks the English words.
        const Run help = run({u"--help"_s, u"--lang=en"_s});
        QCOMPARE(help.code, 0);
        for (const QString &flag : {u"--demo"_s, u"--kubeconfig"_s, u"--context"_s, u"--contexts"_s,
                                    u"--namespace"_s, u"--all-namespaces"_s, u"--snapshot"_s,
                                    u"--read-only"_s, u"--lang"_s, u"--version"_s})
            QVERIFY2(help.out.contains(flag), qPrintable(flag));
        QVERIFY(help.out.contains(u"Usage: rolloutdesk"_s));
        const Run version = run({u"--version"_s});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), u"rolloutdesk "_s + QStringLiteral(ROLLOUTDESK_VERSION));
    }

    void snapshotShowsRolloutsAndQuits()
    {
        const QString snapshot = qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                                 u"/getting-started/state-d-paused.yaml"_s;
        const Run r = run({u"--snapshot"_s, snapshot, u"--quit-after-ms"_s, u"50"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 rollout(s) shown"_s), qPrintable(r.out));
    }

    void demoShowsRolloutsAndQuitsByEnvironment()
    {
        const Run r = run({u"--demo"_s}, {u"ROLLOUTDESK_QUIT_AFTER_MS=50"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 rollout(s) shown"_s), qPrintable(r.out));
    }

    void missingKubeconfigShowsTheWelcomePage()
    {
        // Nothing configured: the window opens on the welcome page and never shows rollouts, so
        // the quit timer's one-minute guard is what ends it; keep that short here with a file
        // that does not exist, which is an error with a message.
        const Run r = run({u"--kubeconfig"_s, m_home.filePath(u"nope.yaml"_s), u"--lang"_s, u"en"_s,
                           u"--quit-after-ms"_s, u"0"_s});
        QCOMPARE(r.code, 1); // no rollout was shown in time
        QVERIFY2(r.err.contains(u"nope.yaml"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAppStartup)
#include "test_app_startup.moc"
