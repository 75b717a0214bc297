// The plugin's own expected outputs (tests/data/argo-rollouts/golden, vendored from upstream),
// reproduced through the library and through the rolloutdesk-cli binary, with fixtures loaded as
// the upstream tests load them: every creationTimestamp (and the first metric result's measurement
// times) set to T - 7d.

#include "GoldenFixtures.h"

#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace rd::test;

class TestGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(fixturesDir() + u"/cases.tsv"_s),
                 "ROLLOUTDESK_TEST_DATA must point at tests/data");
        QVERIFY(cases().size() >= 6);
    }

    void library_data() { rows(); }
    void library()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, command);
        QFETCH(QString, ns);
        QFETCH(QString, object);
        QFETCH(QString, golden);
        QTemporaryDir dir;
        QVERIFY(writeNormalisedFixture(fixture, dir.path()));
        auto loaded = rd::core::SnapshotLoader::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const rd::core::RolloutTextRenderer renderer(asOf, false);
        QString actual;
        if (command == u"get rollout") {
            const rd::core::Rollout *ro = loaded->findRollout(ns, object);
            QVERIFY(ro);
            actual = renderer.rollout(rd::core::RolloutInfoBuilder::build(*ro, loaded.value()));
        } else {
            const rd::core::Experiment *ex = loaded->findExperiment(ns, object);
            QVERIFY(ex);
            actual = renderer.experiment(
                rd::core::RolloutInfoBuilder::buildExperiment(*ex, loaded.value()));
        }
        QCOMPARE(stripTrailingSpaces(actual), stripTrailingSpaces(golden));
    }

    void cli_data() { rows(); }
    void cli()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, command);
        QFETCH(QString, ns);
        QFETCH(QString, object);
        QFETCH(QString, golden);
        QTemporaryDir dir;
        QVERIFY(writeNormalisedFixture(fixture, dir.path()));
        QProcess cli;
        QStringList args = command.split(u' ');
        args << object << u"-n"_s << ns << u"--snapshot"_s << dir.path() << u"--as-of"_s
             << asOf.toString(Qt::ISODate) << u"--no-color"_s;
        cli.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), args);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()), QString());
        QCOMPARE(stripTrailingSpaces(QString::fromUtf8(cli.readAllStandardOutput())),
                 stripTrailingSpaces(golden));
    }

    // The getting-started guide's states D, E and F (rollouts-semantics.md §6): the manual abort
    // that product.md §5 turns into the acceptance test, rendered from hand-written snapshots.
    void gettingStarted_data()
    {
        QTest::addColumn<QString>("snapshot");
        QTest::addColumn<QString>("asOf");
        QTest::newRow("D paused at 1/8") << u"state-d-paused"_s << u"2026-01-01T00:45:00Z"_s;
        QTest::newRow("E aborted") << u"state-e-aborted"_s << u"2026-01-01T01:00:00Z"_s;
        QTest::newRow("F healthy as revision 4")
            << u"state-f-healthy-rev4"_s << u"2026-01-01T01:17:00Z"_s;
    }
    void gettingStarted()
    {
        QFETCH(QString, snapshot);
        QFETCH(QString, asOf);
        const QString base =
            qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + snapshot;
        QProcess cli;
        cli.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                  {u"get"_s, u"rollout"_s, u"rollouts-demo"_s, u"--snapshot"_s, base + u".yaml"_s,
                   u"--as-of"_s, asOf, u"--no-color"_s});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()), QString());
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(stripTrailingSpaces(QString::fromUtf8(cli.readAllStandardOutput())),
                 stripTrailingSpaces(readText(base + u".txt"_s)));
    }

    // The plugin pads every cell before INFO: trailing spaces are part of its bytes.
    void cliKeepsTabWriterPadding()
    {
        QTemporaryDir dir;
        QVERIFY(writeNormalisedFixture(u"rollout-invalid"_s, dir.path()));
        QProcess cli;
        cli.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                  {u"get"_s, u"rollout"_s, u"rollout-invalid"_s, u"--snapshot"_s, dir.path(),
                   u"--as-of"_s, asOf.toString(Qt::ISODate), u"--no-color"_s});
        QVERIFY(cli.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n');
        QVERIFY(lines.contains(u"  Step:          "_s));
        QVERIFY(lines.contains(u"⟳ rollout-invalid  Rollout  ✖ Degraded  7d   "_s));
    }

private:
    void rows()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("golden");
        for (const Case &c : cases()) {
            QTest::newRow(qPrintable(c.name))
                << c.fixture << c.command << c.ns << c.object
                << readText(fixturesDir() + u"/golden/"_s + c.name + u".txt"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "test_golden.moc"
