// `rolloutdesk --help` and `rolloutdesk-cli --help` through the real programs: they speak the
// language of --lang, or the system's (LANGUAGE) when there is none; every other word the CLI
// prints (errors, command output) stays English, byte for byte, whatever the language.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestHelpLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // no settings, no kubeconfig: only the arguments and LANGUAGE count

    Run run(const QString &program, const QStringList &arguments, const QString &language = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.remove(u"KUBECONFIG"_s);
        // The system's language: English unless the test says otherwise.
        const QString lang = language.isEmpty() ? u"en"_s : language;
        env.insert(u"LANGUAGE"_s, lang);
        const QString territory = lang == u"ja" ? u"_JP"_s : lang == u"de" ? u"_DE"_s : u"_US"_s;
        env.insert(u"LC_ALL"_s, lang + territory + u".UTF-8"_s);
        env.insert(u"LANG"_s, env.value(u"LC_ALL"_s));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        Run r;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static QString gui() { return QStringLiteral(ROLLOUTDESK_BINARY); }
    static QString cli() { return QStringLiteral(ROLLOUTDESK_CLI_BINARY); }
    static QString snapshot()
    {
        return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
               u"/getting-started/state-e-aborted.yaml"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void guiHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("expected");
        const QStringList ja{u"使い方: rolloutdesk [オプション]"_s,
                             u"Rollout Desk: Argo Rollouts のデスクトップクライアントです。"_s,
                             u"このヘルプを表示して終了します。"_s,
                             u"すべての操作をオフにします。"_s};
        const QStringList de{u"Aufruf: rolloutdesk [Optionen]"_s, u"Optionen:"_s,
                             u"Diese Hilfe anzeigen und beenden."_s,
                             u"Alle Aktionen ausschalten."_s};
        const QStringList en{u"Usage: rolloutdesk [options]"_s, u"Options:"_s,
                             u"Show this help and exit."_s, u"Switch every action off."_s};
        QTest::newRow("--lang ja")
            << QStringList{u"--help"_s, u"--lang"_s, u"ja"_s} << QString() << ja;
        QTest::newRow("--lang=de") << QStringList{u"--lang=de"_s, u"--help"_s} << QString() << de;
        QTest::newRow("system de") << QStringList{u"--help"_s} << u"de"_s << de;
        QTest::newRow("--lang en on a Japanese system")
            << QStringList{u"-lang"_s, u"en"_s, u"--help"_s} << u"ja"_s << en;
        QTest::newRow("unknown --lang: English")
            << QStringList{u"--help"_s, u"--lang=xx"_s} << QString() << en;
    }
    void guiHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, system);
        QFETCH(QStringList, expected);
        const Run r = run(gui(), arguments, system);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &text : expected)
            QVERIFY2(r.out.contains(text), qPrintable(text + u" missing in:\n"_s + r.out));
        // The option names are syntax: the same in every language.
        for (const QString &option : {u"-h, --help"_s, u"--demo-speed <X>"_s, u"--lang <CODE>"_s,
                                      u"-A, --all-namespaces"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option + u" missing in:\n"_s + r.out));
    }

    void cliHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("expected");
        const QStringList ja{u"使い方:"_s, u"グローバルフラグ:"_s, u"このヘルプを表示"_s,
                             u"コマンドの出力は常に英語です"_s};
        const QStringList de{u"Aufruf:"_s, u"Globale Optionen:"_s, u"diese Hilfe anzeigen"_s,
                             u"die Ausgabe der Befehle ist immer Englisch"_s};
        const QStringList en{u"Usage:"_s, u"Global flags:"_s, u"show this help"_s};
        QTest::newRow("--lang ja")
            << QStringList{u"--help"_s, u"--lang"_s, u"ja"_s} << QString() << ja;
        QTest::newRow("--lang de")
            << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << QString() << de;
        QTest::newRow("system ja") << QStringList{u"--help"_s} << u"ja"_s << ja;
        QTest::newRow("system en") << QStringList{u"--help"_s} << QString() << en;
    }
    void cliHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, system);
        QFETCH(QStringList, expected);
        const Run r = run(cli(), arguments, system);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &text : expected)
            QVERIFY2(r.out.contains(text), qPrintable(text + u" missing in:\n"_s + r.out));
        // The plugin's command lines are never translated.
        for (const QString &command :
             {u"rolloutdesk-cli get rollout NAME [-w]"_s,
              u"rolloutdesk-cli abort NAME | retry rollout NAME | promote NAME [--full]"_s,
              u"--kubeconfig FILE"_s})
            QVERIFY2(r.out.contains(command), qPrintable(command + u" missing in:\n"_s + r.out));
    }

    // Only the help is translated: command output and errors are the same bytes in any language.
    void cliOutputStaysEnglish_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("get rollout")
            << QStringList{u"get"_s,   u"rollout"_s, u"rollouts-demo"_s,        u"--snapshot"_s,
                           snapshot(), u"--as-of"_s, u"2026-01-01T00:00:00Z"_s, u"--no-color"_s};
        QTest::newRow("no command") << QStringList{u"--no-color"_s};
        QTest::newRow("unknown rollout")
            << QStringList{u"get"_s, u"rollout"_s, u"nope"_s, u"--snapshot"_s, snapshot()};
        QTest::newRow("missing kubeconfig")
            << QStringList{u"--kubeconfig"_s, m_home.path() + u"/missing"_s, u"abort"_s, u"x"_s};
    }
    void cliOutputStaysEnglish()
    {
        QFETCH(QStringList, arguments);
        const Run english = run(cli(), arguments);
        QVERIFY2(!english.out.isEmpty() || !english.err.isEmpty(), "no output at all");
        for (const QString &language : {u"ja"_s, u"de"_s}) {
            const Run viaFlag = run(cli(), QStringList{u"--lang"_s, language} + arguments);
            const Run viaSystem = run(cli(), arguments, language);
            for (const Run &other : {viaFlag, viaSystem}) {
                QCOMPARE(other.exitCode, english.exitCode);
                QCOMPARE(other.out, english.out);
                QCOMPARE(other.err, english.err);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHelpLanguages)
#include "test_help_languages.moc"
