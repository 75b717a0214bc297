// Hostile files and text (issue 10 §3): YAML alias bombs are refused quickly, and no control
// character from a cluster or a snapshot reaches a terminal, through the library and the binary.
#include "HostileYaml.h"

#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"
#include "core/TerminalText.h"
#include "core/YamlConverter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::core;

namespace {

// The program's own colours: "ESC[<n>m".
const QRegularExpression ownColour(u"\x1b\\[[0-9]+m"_s);

// The first control character other than a line feed, after the program's colours are removed;
// -1 when there is none.
qsizetype firstRawControl(QString text)
{
    text.remove(ownColour);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'\n' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)))
            return i;
    }
    return -1;
}

#define VERIFY_NO_RAW_CONTROL(text)                                                                \
    do {                                                                                           \
        QString stripped_ = (text);                                                                \
        const qsizetype at_ = firstRawControl(stripped_);                                          \
        stripped_.remove(ownColour);                                                               \
        QVERIFY2(at_ < 0, qPrintable(u"raw control at %1 in:\n"_s.arg(at_) + stripped_));          \
    } while (false)

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("fixture lacks %s", from.constData());
    return text.replace(from, to);
}

// The aborted getting-started rollout with terminal controls in its message, images, a pod's name
// and a condition (YAML double-quoted escapes: \e is ESC, \a BEL, \x9b CSI, \r CR, \b BS).
QByteArray hostileSnapshot()
{
    QByteArray y = fixture(u"state-e-aborted.yaml"_s);
    y = replaced(y, R"(message: "RolloutAborted: Rollout aborted update to revision 3")",
                 R"(message: "RolloutAborted: \e]0;evil\a aborted \e[2J\e[H\x9b1;1H\rfake\b")");
    y = replaced(y, R"("argoproj/rollouts-demo:yellow")",
                 R"("argoproj/rollouts-demo:yellow\e]8;;http://evil\e\\\x9b31m")");
    y = replaced(y, "name: rollouts-demo-789746c88d-7zhn9",
                 R"(name: "rollouts-demo-789746c88d-7zhn9\e[8m\r")");
    return y;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TERM"_s, u"xterm-256color"_s); // colour on unless --no-color
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), args);
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void billionLaughsSnapshotIsRefused()
    {
        const QByteArray yaml =
            "apiVersion: v1\nkind: List\n"_ba + hostile::billionLaughsAnchors() + "items: *l9\n";
        QElapsedTimer timer;
        timer.start();
        const auto documents = YamlConverter::documents(yaml, u"bomb.yaml"_s);
        qInfo("YamlConverter refused %lld bytes of nested aliases in %lld ms",
              qlonglong(yaml.size()), qlonglong(timer.elapsed()));
        QVERIFY(!documents);
        QVERIFY2(documents.errorMessage().startsWith(u"bomb.yaml:"_s),
                 qPrintable(documents.errorMessage()));
        QVERIFY2(documents.errorMessage().contains(u"aliases expand the document to more than "
                                                   u"1000000 nodes"_s),
                 qPrintable(documents.errorMessage()));

        // The same through the snapshot loader and a real file.
        const QString path = m_dir.filePath(u"laughs.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        timer.restart();
        const auto loaded = SnapshotLoader::load(path);
        qInfo("SnapshotLoader refused the file in %lld ms", qlonglong(timer.elapsed()));
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().contains(path), qPrintable(loaded.errorMessage()));
        QVERIFY2(loaded.errorMessage().contains(u"aliases expand"_s),
                 qPrintable(loaded.errorMessage()));

        // And the CLI says so and exits 1.
        const CliRun run = cli({u"list"_s, u"rollouts"_s, u"--snapshot"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"aliases expand"_s), qPrintable(run.err));
    }

    void bombInALaterDocumentIsRefused()
    {
        const QByteArray yaml = "a: 1\n---\n"_ba + hostile::billionLaughsAnchors() + "all: *l9\n";
        const auto documents = YamlConverter::documents(yaml, u"multi.yaml"_s);
        QVERIFY(!documents);
        // The position is the file's: the second alias of l6 inside l7 (line 9) passes the bound.
        QVERIFY2(documents.errorMessage().startsWith(u"multi.yaml:9:"_s),
                 qPrintable(documents.errorMessage()));
    }

    void selfContainingAliasIsRefused()
    {
        const auto documents = YamlConverter::documents("a: &a [1, *a]\n", u"cycle.yaml"_s);
        QVERIFY(!documents);
        QVERIFY2(documents.errorMessage().contains(u"refers to a node that contains it"_s),
                 qPrintable(documents.errorMessage()));
    }

    void ordinaryAliasesStillWork()
    {
        // Aliases adding fewer nodes than the bound are fine, and expanded in full.
        QByteArray yaml = "base: &base {image: nginx, ports: [80, 443]}\n";
        for (int i = 0; i < 100; ++i)
            yaml += "c"_ba + QByteArray::number(i) + ": *base\n";
        const auto documents = YamlConverter::documents(yaml, u"ok.yaml"_s);
        QVERIFY2(documents, qPrintable(documents.errorMessage()));
        const QJsonObject o = documents->first().toObject();
        QCOMPARE(o.size(), 101);
        QCOMPARE(o.value(u"c99"_s).toObject().value(u"ports"_s).toArray().size(), 2);
        QVERIFY(!YamlConverter::aliasError(yaml, u"ok.yaml"_s));
    }

    void terminalSafeEscapesEveryControl()
    {
        QCOMPARE(terminal::safe(u"a\x1b]0;evil\x07z"_s), u"a^[]0;evil^Gz"_s);
        QCOMPARE(terminal::safe(u"\x1b[2J"_s), u"^[[2J"_s);
        QCOMPARE(terminal::safe(u"x\u009b1;1Hy"_s), u"x\\u009b1;1Hy"_s);
        QCOMPARE(terminal::safe(u"a\rb\tc\nd\be\x7f"_s), u"a\\rb\\tc\\nd^He^?"_s);
        QCOMPARE(terminal::safe(u"line 1\nline 2\r"_s, terminal::Lines::Keep),
                 u"line 1\nline 2\\r"_s);
        // Bidi controls could make a name display as another (Trojan Source): each is shown.
        QCOMPARE(terminal::safe(u"canary\u202Eyranac\u202C"_s), u"canary\\u202eyranac\\u202c"_s);
        QCOMPARE(terminal::safe(u"\u2066a\u2069\u200e\u200f\u061c"_s),
                 u"\\u2066a\\u2069\\u200e\\u200f\\u061c"_s);
        // Ordinary text, including non-ASCII, passes unchanged.
        QCOMPARE(terminal::safe(u"العربية — עברית ⇒ ‐"_s), u"العربية — עברית ⇒ ‐"_s);
        QCOMPARE(terminal::safe(u"rollouts-demo ✔ Σ:baseline Grüße"_s),
                 u"rollouts-demo ✔ Σ:baseline Grüße"_s);
    }

    void outputFilterPassesOnlyOwnSequences()
    {
        QByteArray pending;
        const QByteArray own = "\x1b[32m✔\x1b[0m Healthy\n\x1b[H\x1b[2J\x1b[0;0H\tx\n";
        QCOMPARE(terminal::filterOutput(pending, own), own);
        QVERIFY(pending.isEmpty());
        QCOMPARE(terminal::filterOutput(pending, "a\x1b]0;t\x07"
                                                 "b\x1b[1;1H\r\n"),
                 QByteArray("a^[]0;t^Gb^[[1;1H\\r\n"));
        // C1 controls arrive as UTF-8 (0xC2 0x80..0x9F).
        QCOMPARE(terminal::filterOutput(pending, "x\xc2\x9b"
                                                 "2Jy\n"),
                 QByteArray("x\\u009b2Jy\n"));
        // A sequence cut between two writes is judged whole.
        QCOMPARE(terminal::filterOutput(pending, "ok \x1b["), QByteArray("ok "));
        QCOMPARE(terminal::filterOutput(pending, "31mred\x1b[0m\n"),
                 QByteArray("\x1b[31mred\x1b[0m\n"));
        QCOMPARE(terminal::filterOutput(pending, "a\x1b"), QByteArray("a"));
        QCOMPARE(terminal::filterOutput(pending, "]2;title\x07\n"), QByteArray("^[]2;title^G\n"));
        QCOMPARE(terminal::filterOutput(pending, "\xc2"), QByteArray());
        QCOMPARE(terminal::filterOutput(pending, "\x85\n"), QByteArray("\\u0085\n"));
        QVERIFY(pending.isEmpty());
        // Bidi controls in UTF-8 (U+202E is E2 80 AE, U+061C is D8 9C), also when cut.
        QCOMPARE(terminal::filterOutput(pending, "a\xe2\x80\xae"
                                                 "b\xd8\x9c\n"),
                 QByteArray("a\\u202eb\\u061c\n"));
        QCOMPARE(terminal::filterOutput(pending, "x\xe2\x81"), QByteArray("x"));
        QCOMPARE(terminal::filterOutput(pending, "\xa6y\n"), QByteArray("\\u2066y\n"));
        // Other characters with the same lead bytes pass: dash, ellipsis, arrow, Arabic.
        const QByteArray plain = "\xe2\x80\x94 \xe2\x80\xa6 \xe2\x87\x92 \xd8\xb9\n";
        QCOMPARE(terminal::filterOutput(pending, plain), plain);
        QVERIFY(pending.isEmpty());
    }

    void rendererEscapesClusterText_data()
    {
        QTest::addColumn<bool>("color");
        QTest::newRow("colour") << true;
        QTest::newRow("no colour") << false;
    }

    void rendererEscapesClusterText()
    {
        QFETCH(bool, color);
        ObjectSet objects;
        const auto added = SnapshotLoader::addText(objects, hostileSnapshot(), u"hostile.yaml"_s);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(objects.rollouts.size(), 1);
        const RolloutInfo info = RolloutInfoBuilder::build(objects.rollouts.first(), objects);
        QVERIFY(info.message.contains(u'\x1b')); // the builder keeps the data as it is
        const RolloutTextRenderer renderer(QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC),
                                           color);
        const QString text = renderer.rollout(info);
        VERIFY_NO_RAW_CONTROL(text);
        QVERIFY2(text.contains(u"^[]0;evil^G aborted ^[[2J^[[H\\u009b1;1H\\rfake^H"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"argoproj/rollouts-demo:yellow^[]8;;http://evil^[\\\\u009b31m"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"rollouts-demo-789746c88d-7zhn9^[[8m\\r"_s), qPrintable(text));
        QCOMPARE(text.contains(u"\x1b[32m"_s), color); // the program's own colours stay
        VERIFY_NO_RAW_CONTROL(renderer.rolloutTree(info));

        // `list rollouts` prints names and phases.
        QList<Rollout> rollouts = objects.rollouts;
        rollouts.first().meta.name = u"evil\x1b]0;x\x07\u009b2J"_s;
        rollouts.first().meta.namespace_ = u"ns\r"_s;
        const QString list = RolloutTextRenderer::rolloutList(rollouts, true);
        VERIFY_NO_RAW_CONTROL(list);
        QVERIFY2(list.contains(u"ns\\r"_s) && list.contains(u"evil^[]0;x^G\\u009b2J"_s),
                 qPrintable(list));
    }

    void cliEscapesClusterText_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("get, colour")
            << QStringList{u"get"_s, u"rollout"_s, u"rollouts-demo"_s} << 0;
        QTest::newRow("get, no colour")
            << QStringList{u"get"_s, u"rollout"_s, u"rollouts-demo"_s, u"--no-color"_s} << 0;
        QTest::newRow("list") << QStringList{u"list"_s, u"rollouts"_s} << 0;
        // Degraded: the message goes to stderr in the error.
        QTest::newRow("status") << QStringList{u"status"_s, u"rollouts-demo"_s} << 1;
    }

    void cliEscapesClusterText()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString path = m_dir.filePath(u"hostile.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(hostileSnapshot());
        f.close();
        const CliRun run =
            cli(args + QStringList{u"--snapshot"_s, path, u"--as-of"_s, u"2026-01-01T01:00:00Z"_s});
        QCOMPARE(run.exitCode, exitCode);
        VERIFY_NO_RAW_CONTROL(run.out);
        VERIFY_NO_RAW_CONTROL(run.err);
        if (args.first() == u"get") {
            QVERIFY2(run.out.contains(u"^[]0;evil^G aborted"_s), qPrintable(run.out));
            QCOMPARE(run.out.contains(u"\x1b[31m"_s), !args.contains(u"--no-color"_s));
        }
        if (args.first() == u"status")
            QVERIFY2(run.err.contains(u"^[]0;evil^G aborted ^[[2J"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
