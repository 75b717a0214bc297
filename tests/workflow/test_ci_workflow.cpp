// The hosted workflow (.github/workflows/ci.yml) is never run on the project's own machines, so
// this test keeps it honest: it parses the file and checks that each job runs the README's commands
// (Linux: .ci/run, which is the README's test command) or the per-OS equivalents the README
// documents (Windows and macOS: configure, build, the layer-labelled ctest run, CPack), and that no
// job needs anything outside a clean clone.

#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString sourceRoot()
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/../.."_s;
}

QString readText(const QString &relative)
{
    QFile f(sourceRoot() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Every `run:` of a job, in order.
QStringList runSteps(const YAML::Node &job)
{
    QStringList result;
    for (const YAML::Node &step : job["steps"]) {
        if (step["run"])
            result.append(QString::fromStdString(step["run"].as<std::string>()).simplified());
    }
    return result;
}

bool usesCheckout(const YAML::Node &job)
{
    for (const YAML::Node &step : job["steps"]) {
        if (step["uses"] && step["uses"].as<std::string>().rfind("actions/checkout@", 0) == 0)
            return true;
    }
    return false;
}

QString ctestStep(const YAML::Node &job, QString *platform)
{
    for (const YAML::Node &step : job["steps"]) {
        if (!step["run"])
            continue;
        const QString run = QString::fromStdString(step["run"].as<std::string>()).simplified();
        if (run.startsWith(u"ctest "_s)) {
            if (step["env"] && step["env"]["QT_QPA_PLATFORM"])
                *platform =
                    QString::fromStdString(step["env"]["QT_QPA_PLATFORM"].as<std::string>());
            return run;
        }
    }
    return {};
}

} // namespace

class TestCiWorkflow : public QObject
{
    Q_OBJECT
private:
    YAML::Node m_workflow;

private Q_SLOTS:
    void initTestCase()
    {
        const QString text = readText(u".github/workflows/ci.yml"_s);
        QVERIFY2(!text.isEmpty(), "the workflow file is readable");
        try {
            m_workflow = YAML::Load(text.toStdString());
        } catch (const YAML::Exception &e) {
            QFAIL(e.what());
        }
        QVERIFY(m_workflow["jobs"].IsMap());
    }

    void everyJobNeedsOnlyTheClone()
    {
        const QString text = readText(u".github/workflows/ci.yml"_s);
        QVERIFY2(!text.contains(u"shared/"_s), "no job may read the specification folder");
        QVERIFY(!text.contains(u"ROLLOUTDESK_SHARED_DIR"_s));
        for (const char *name : {"linux", "windows", "macos"}) {
            const YAML::Node job = m_workflow["jobs"][name];
            QVERIFY2(job.IsMap(), name);
            QVERIFY2(usesCheckout(job), name);
        }
    }

    void linuxRunsTheReadmeTestCommand()
    {
        const QStringList runs = runSteps(m_workflow["jobs"]["linux"]);
        QVERIFY2(runs.contains(u"bash .ci/run"_s), qPrintable(runs.join(u" | ")));
        QVERIFY2(readText(u".ci/run"_s).contains(u"bash scripts/test.sh"_s),
                 ".ci/run runs the README's test command");
        QVERIFY2(readText(u"README.md"_s).contains(u"scripts/test.sh"_s),
                 "the README gives that command");
        QCOMPARE(QString::fromStdString(m_workflow["jobs"]["linux"]["container"].as<std::string>()),
                 u"debian:bookworm"_s);
    }

    void otherPlatformsRunTheDocumentedEquivalents_data()
    {
        QTest::addColumn<QString>("job");
        QTest::newRow("windows") << u"windows"_s;
        QTest::newRow("macos") << u"macos"_s;
    }
    void otherPlatformsRunTheDocumentedEquivalents()
    {
        QFETCH(QString, job);
        const YAML::Node node = m_workflow["jobs"][job.toStdString()];
        const QStringList runs = runSteps(node);
        const auto hasRun = [&](const QString &prefix) {
            return std::any_of(runs.cbegin(), runs.cend(),
                               [&](const QString &r) { return r.startsWith(prefix); });
        };
        QVERIFY2(hasRun(u"cmake -S . -B build"_s), qPrintable(runs.join(u" | ")));
        QVERIFY(hasRun(u"cmake --build build"_s));
        QVERIFY2(hasRun(u"cd build"_s) && runs.join(u' ').contains(u"cpack -G"_s), "it packages");

        QString platform;
        const QString ctest = ctestStep(node, &platform);
        QVERIFY2(!ctest.isEmpty(), "it runs ctest");
        QCOMPARE(platform, u"offscreen"_s);
        const QRegularExpression labels(u"-L \"([^\"]+)\""_s);
        const auto match = labels.match(ctest);
        QVERIFY2(match.hasMatch(), qPrintable(ctest));
        const QRegularExpression selection(match.captured(1));
        QVERIFY(selection.isValid());
        // The layers the issue names, each a real tests/<layer> folder (the label of its tests).
        for (const QString &layer : {u"core"_s, u"kube"_s, u"source"_s}) {
            QVERIFY2(selection.match(layer).hasMatch(), qPrintable(layer));
            QVERIFY(QFileInfo(sourceRoot() + u"/tests/"_s + layer + u"/CMakeLists.txt"_s).exists());
        }
        QVERIFY2(!selection.match(u"gui"_s).hasMatch(), "GUI tests are Linux-only");
        // The README documents exactly this command for Windows and macOS.
        QVERIFY2(readText(u"README.md"_s).contains(ctest), qPrintable(ctest));
    }
};

QTEST_GUILESS_MAIN(TestCiWorkflow)
#include "test_ci_workflow.moc"
