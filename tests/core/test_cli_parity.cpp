// Plugin parity beyond `get` (issue 12): the rules in core (strict parsing, owner matching by
// uid, undo's revision choice, list rows, lint) and rolloutdesk-cli's output for list, status,
// workloadRef errors, lint, version and completion on hand-written snapshots. Every expected
// text is derived here from the plugin's rules (rollouts-semantics.md §2b, §3), not captured.

#include "ObjectFactory.h"

#include "core/JsonReader.h"
#include "core/ListRows.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutLint.h"
#include "core/actions/RolloutActions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::core;
using testdata::parse;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

// A cell the tab writer made `width` wide (its value, padded with spaces).
QString col(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

const QString kAsOf = u"2026-01-10T00:00:00Z"_s;

// Four rollouts in two namespaces: a paused canary, a blue-green with a name longer than the
// NAME format (10), one without a strategy, and a canary without steps.
const QByteArray kRollouts = R"(apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: checkout, namespace: team, uid: u-checkout, generation: 1}
spec:
  replicas: 5
  strategy:
    canary:
      steps: [{setWeight: 20}, {pause: {}}, {setWeight: 40}, {pause: {duration: 10}}]
status: {observedGeneration: "1", phase: Paused, message: CanaryPauseStep, currentStepIndex: 1,
         replicas: 5, updatedReplicas: 1, readyReplicas: 5, availableReplicas: 5}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: payments-frontend, namespace: team, uid: u-pay, generation: 1}
spec:
  strategy: {blueGreen: {activeService: pay}}
status: {observedGeneration: "1", phase: Healthy, replicas: 1, updatedReplicas: 1,
         readyReplicas: 1, availableReplicas: 1}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: legacy, namespace: team, uid: u-legacy, generation: 1}
spec: {replicas: 2, strategy: {}}
status: {observedGeneration: "1"}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: api, namespace: other, uid: u-api, generation: 1}
spec: {replicas: 3, strategy: {canary: {}}}
status: {observedGeneration: "1", phase: Healthy, replicas: 3, updatedReplicas: 3,
         readyReplicas: 3, availableReplicas: 3}
)";

// A ReplicaSet for undo: its name, revision annotation (none when null), image and owners.
QJsonObject undoReplicaSet(const char *name, const char *revision, const char *image,
                           const char *ownerReferences)
{
    QJsonObject meta = parse(ownerReferences);
    meta.insert(u"name"_s, QString::fromUtf8(name));
    if (revision)
        meta.insert(u"annotations"_s,
                    QJsonObject{{u"rollout.argoproj.io/revision"_s, QString::fromUtf8(revision)}});
    const QByteArray text = QByteArray(R"({"spec":{"template":{
        "metadata":{"labels":{"rollouts-pod-template-hash":"h"}},
        "spec":{"containers":[{"name":"c","image":")") +
                            image + R"("}]}}}})";
    QJsonObject rs = parse(text.constData());
    rs.insert(u"metadata"_s, meta);
    return rs;
}

} // namespace

class TestCliParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Go's strconv.Atoi: a revision annotation that is not a plain integer counts as 0.
    void strictRevision_data()
    {
        QTest::addColumn<QString>("annotation");
        QTest::addColumn<qint64>("revision");
        QTest::newRow("plain") << u"7"_s << qint64(7);
        QTest::newRow("plus sign") << u"+7"_s << qint64(7);
        QTest::newRow("negative") << u"-2"_s << qint64(-2);
        QTest::newRow("leading zeros") << u"007"_s << qint64(7);
        QTest::newRow("space") << u" 7"_s << qint64(0);
        QTest::newRow("trailing space") << u"7 "_s << qint64(0);
        QTest::newRow("decimal") << u"7.0"_s << qint64(0);
        QTest::newRow("hex") << u"0x7"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("sign only") << u"-"_s << qint64(0);
        QTest::newRow("overflow") << u"9223372036854775808"_s << qint64(0);
        QTest::newRow("max") << u"9223372036854775807"_s << qint64(9223372036854775807);
    }
    void strictRevision()
    {
        QFETCH(QString, annotation);
        QFETCH(qint64, revision);
        QJsonObject rs = testdata::replicaSet("rs", "h", 1);
        QJsonObject meta = rs.value(u"metadata").toObject();
        meta.insert(u"annotations"_s, QJsonObject{{u"rollout.argoproj.io/revision"_s, annotation}});
        rs.insert(u"metadata"_s, meta);
        QCOMPARE(testdata::decode<ReplicaSet>(rs).revision(), revision);
    }

    // Go's time.Parse(time.RFC3339): nothing is guessed.
    void strictTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: rejected
        QTest::newRow("Z") << u"2026-01-02T03:04:05Z"_s << u"2026-01-02T03:04:05.000Z"_s;
        QTest::newRow("fraction") << u"2026-01-02T03:04:05.123456Z"_s
                                  << u"2026-01-02T03:04:05.123Z"_s;
        QTest::newRow("offset") << u"2026-01-02T03:04:05+02:00"_s << u"2026-01-02T01:04:05.000Z"_s;
        QTest::newRow("negative offset")
            << u"2026-01-02T23:30:00-01:30"_s << u"2026-01-03T01:00:00.000Z"_s;
        QTest::newRow("date only") << u"2026-01-02"_s << QString();
        QTest::newRow("no zone") << u"2026-01-02T03:04:05"_s << QString();
        QTest::newRow("space separator") << u"2026-01-02 03:04:05Z"_s << QString();
        QTest::newRow("lower case") << u"2026-01-02t03:04:05z"_s << QString();
        QTest::newRow("no seconds") << u"2026-01-02T03:04Z"_s << QString();
        QTest::newRow("short fields") << u"2026-1-2T03:04:05Z"_s << QString();
        QTest::newRow("February 30") << u"2026-02-30T00:00:00Z"_s << QString();
        QTest::newRow("hour 24") << u"2026-01-02T24:00:00Z"_s << QString();
        QTest::newRow("second 60") << u"2026-01-02T23:59:60Z"_s << QString();
        QTest::newRow("offset without colon") << u"2026-01-02T03:04:05+0200"_s << QString();
        QTest::newRow("trailing text") << u"2026-01-02T03:04:05Zx"_s << QString();
        QTest::newRow("non-ASCII digit") << u"2026-01-02T03:04:05.\u0663Z"_s << QString();
        QTest::newRow("comma fraction")
            << u"2026-01-02T03:04:05,5Z"_s << u"2026-01-02T03:04:05.500Z"_s;
    }
    void strictTime()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = parseKubeTime(text);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
            return;
        }
        QCOMPARE(parsed.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s), utc);
    }

    void malformedTimestampRejectsTheObject()
    {
        const auto pod =
            Pod::fromJson(testdata::pod(R"({"metadata":{"creationTimestamp":"2026-01-02"}})"));
        QVERIFY(!pod.ok());
        QVERIFY2(pod.errorMessage().contains(u"creationTimestamp"_s),
                 qPrintable(pod.errorMessage()));
    }

    // Hand-written snapshots often have no uids: an empty uid matches an empty uid, as in Go.
    void emptyUidMatchesEmptyUid()
    {
        ObjectSet objects;
        QVERIFY(objects.add(testdata::canaryRollout(R"({"metadata":{"uid":null}})")).ok());
        QVERIFY(objects
                    .add(testdata::replicaSet(
                        "owned", "new", 3,
                        R"({"metadata":{"uid":null,"ownerReferences":[{"name":"demo"}]}})"))
                    .ok());
        QVERIFY(objects
                    .add(testdata::replicaSet(
                        "orphan", "old", 2, R"({"metadata":{"uid":null,"ownerReferences":null}})"))
                    .ok());
        QVERIFY(
            objects.add(testdata::pod(R"({"metadata":{"ownerReferences":[{"name":"x"}]}})")).ok());
        const RolloutInfo info = RolloutInfoBuilder::build(objects.rollouts.constFirst(), objects);
        QCOMPARE(info.replicaSets.size(), 1);
        QCOMPARE(info.replicaSets.constFirst().meta.name, u"owned"_s);
        // The pod's empty owner uid matches the ReplicaSet's empty uid.
        QCOMPARE(info.replicaSets.constFirst().pods.size(), 1);
    }

    // undo's revision choice (the plugin's rolloutRevision), walking the API's list order.
    void undoRevisionChoice()
    {
        const QJsonObject rollout = parse(R"({"metadata":{"name":"demo","uid":"u"},
            "spec":{"template":{"spec":{"containers":[{"name":"c","image":"v3"}]}}}})");
        const auto rs = undoReplicaSet;
        const char *mine = R"({"ownerReferences":[{"uid":"u","controller":true}]})";
        const QList<QJsonObject> sets{
            rs("a", "2", "v2", mine),
            rs("b", nullptr, "v0", mine),
            rs("c", "3", "v3", mine),
            rs("d", "x", "vx", mine), // not a plain integer: left out
            rs("e", "4", "v4", R"({"ownerReferences":[{"uid":"u"}]})"), // not the controller
            rs("f", "5", "v5", R"({"ownerReferences":[{"uid":"other","controller":true}]})"),
            // Only the first controller reference counts.
            rs("g", "6", "v6",
               R"({"ownerReferences":[{"uid":"other","controller":true},{"uid":"u","controller":true}]})"),
        };
        auto imageIn = [](const UndoPlan &plan) {
            const QJsonArray patch = QJsonDocument::fromJson(plan.body).array();
            return patch.at(0)[u"value"_s][u"spec"_s][u"containers"_s][0][u"image"_s].toString();
        };

        // Default: the second-highest revision among the selected ones (2, not 4, 5 or 6).
        auto plan = RolloutActions::undo(rollout, sets, 0);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->revision, 2);
        QCOMPARE(imageIn(*plan), u"v2"_s);
        QCOMPARE(plan->message, u"rollout 'demo' undo"_s);
        // The hash label is removed from the restored template.
        QVERIFY(!plan->body.contains("rollouts-pod-template-hash"));

        // --to-revision of a ReplicaSet the rollout does not control.
        for (qint64 rev : {4, 5, 6, 9}) {
            plan = RolloutActions::undo(rollout, sets, rev);
            QVERIFY(!plan.ok());
            QCOMPARE(plan.errorMessage(),
                     u"unable to find specified revision %1 in history"_s.arg(rev));
        }
        // The current template: skipped, with the flag's value.
        plan = RolloutActions::undo(rollout, sets, 3);
        QVERIFY(plan.ok() && plan->skip);
        QCOMPARE(plan->message,
                 u"skipped rollback (current template already matches revision 3)"_s);

        // A ReplicaSet without the annotation is revision 0 and can be the previous one.
        plan = RolloutActions::undo(rollout, {sets.at(1), sets.at(2)}, 0);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->revision, 0);
        QCOMPARE(imageIn(*plan), u"v0"_s);

        // One selected revision only: nothing to go back to.
        plan = RolloutActions::undo(rollout, {sets.at(2), sets.at(3), sets.at(4)}, 0);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.errorMessage(), u"no revision found for rollout \"demo\""_s);

        // Equal revisions: the first listed is the latest, the next one the previous; an
        // explicit revision takes the first listed.
        const QList<QJsonObject> twins{rs("x", "3", "v1", mine), rs("y", "3", "v2", mine)};
        plan = RolloutActions::undo(rollout, twins, 0);
        QVERIFY(plan.ok());
        QCOMPARE(imageIn(*plan), u"v2"_s);
        plan = RolloutActions::undo(rollout, twins, 3);
        QVERIFY(plan.ok());
        QCOMPARE(imageIn(*plan), u"v1"_s);

        // A negative --to-revision only matches a negative annotation.
        plan = RolloutActions::undo(rollout, sets, -1);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.errorMessage(), u"no revision found for rollout \"demo\""_s);
        plan = RolloutActions::undo(rollout, {rs("n", "-1", "vn", mine)}, -1);
        QVERIFY(plan.ok());
        QCOMPARE(plan->message, u"rollout 'demo' undo"_s);
    }

    void listRowRules()
    {
        // Blue-green: no step and no weight; the replicas default to 1.
        RolloutListRow row = RolloutListRow::of(
            testdata::decode<Rollout>(testdata::blueGreenRollout(R"({"spec":{"replicas":null}})")));
        QCOMPARE(row.strategy, u"BlueGreen"_s);
        QCOMPARE(row.step, u"-"_s);
        QCOMPARE(row.setWeight, u"-"_s);
        QCOMPARE(row.desired, 1);
        QCOMPARE(row.readyCurrent, u"3/3"_s);
        // Canary: the desired weight of the current step, 0 while aborted.
        row = RolloutListRow::of(testdata::decode<Rollout>(testdata::canaryRollout()));
        QCOMPARE(row.step, u"1/4"_s);
        QCOMPARE(row.setWeight, u"20"_s);
        row = RolloutListRow::of(
            testdata::decode<Rollout>(testdata::canaryRollout(R"({"status":{"abort":true}})")));
        QCOMPARE(row.setWeight, u"0"_s);
        // Padding counts code points and never cuts.
        QCOMPARE(ListTables::padRight(u"é"_s, 3), u"é  "_s);
        QCOMPARE(ListTables::padRight(u"😀"_s, 2), u"😀 "_s);
        QCOMPARE(ListTables::padRight(u"abcdef"_s, 3), u"abcdef"_s);
    }

    void listRollouts()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"rollouts.yaml"_s, kRollouts);
        const QString header = col(u"NAME"_s, 19) + col(u"STRATEGY"_s, 11) + col(u"STATUS"_s, 14) +
                               col(u"STEP"_s, 6) + col(u"SET-WEIGHT"_s, 12) + col(u"READY"_s, 7) +
                               col(u"DESIRED"_s, 9) + col(u"UP-TO-DATE"_s, 12) + u"AVAILABLE\n"_s;
        const QString checkout = col(u"checkout"_s, 19) + col(u"Canary"_s, 11) +
                                 col(u"Paused"_s, 14) + col(u"1/4"_s, 6) + col(u"20"_s, 12) +
                                 col(u"5/5"_s, 7) + col(u"5"_s, 9) + col(u"1"_s, 12) +
                                 col(u"5"_s, 9) + u'\n';
        const QString legacy = col(u"legacy"_s, 19) + col(u"unknown"_s, 11) +
                               col(u"Progressing"_s, 14) + col(u"-"_s, 6) + col(u"-"_s, 12) +
                               col(u"0/0"_s, 7) + col(u"2"_s, 9) + col(u"0"_s, 12) +
                               col(u"0"_s, 9) + u'\n';
        const QString payments = col(u"payments-frontend"_s, 19) + col(u"BlueGreen"_s, 11) +
                                 col(u"Healthy"_s, 14) + col(u"-"_s, 6) + col(u"-"_s, 12) +
                                 col(u"1/1"_s, 7) + col(u"1"_s, 9) + col(u"1"_s, 12) +
                                 col(u"1"_s, 9) + u'\n';
        CliRun run = cli({u"list"_s, u"rollouts"_s, u"-n"_s, u"team"_s, u"--snapshot"_s, path});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, header + checkout + legacy + payments);

        // -A: a NAMESPACE column first, rows by namespace then name.
        run = cli({u"list"_s, u"rollout"_s, u"-A"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 0);
        const QString api = col(u"api"_s, 19) + col(u"Canary"_s, 11) + col(u"Healthy"_s, 14) +
                            col(u"-"_s, 6) + col(u"100"_s, 12) + col(u"3/3"_s, 7) + col(u"3"_s, 9) +
                            col(u"3"_s, 12) + col(u"3"_s, 9) + u'\n';
        QCOMPARE(run.out, col(u"NAMESPACE"_s, 11) + header + col(u"other"_s, 11) + api +
                              col(u"team"_s, 11) + checkout + col(u"team"_s, 11) + legacy +
                              col(u"team"_s, 11) + payments);

        // --name keeps one rollout; the NAME column is then only as wide as its format (10).
        run = cli({u"list"_s, u"ro"_s, u"-n"_s, u"team"_s, u"--name"_s, u"checkout"_s,
                   u"--snapshot"_s, path});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out,
                 col(u"NAME"_s, 12) + header.mid(19) + col(u"checkout"_s, 12) + checkout.mid(19));

        // --timestamps: a leading TIMESTAMP column (%-20s of the UTC time).
        run = cli({u"list"_s, u"rollouts"_s, u"-n"_s, u"other"_s, u"--timestamps"_s, u"--as-of"_s,
                   kAsOf, u"--snapshot"_s, path});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, col(u"TIMESTAMP"_s, 22) + col(u"NAME"_s, 12) + header.mid(19) +
                              col(kAsOf, 22) + col(u"api"_s, 12) + api.mid(19));

        // Nothing to list: the message on stderr, exit 0.
        run = cli({u"list"_s, u"rollouts"_s, u"-n"_s, u"nowhere"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, u"No resources found.\n"_s);
        run = cli({u"list"_s, u"rollouts"_s, u"-n"_s, u"team"_s, u"--name"_s, u"nope"_s,
                   u"--snapshot"_s, path});
        QCOMPARE(run.err, u"No resources found.\n"_s);
    }

    void listRolloutsWatchOnASnapshot()
    {
        // A snapshot never changes: the table, then nothing, until interrupted.
        QTemporaryDir dir;
        const QString path = write(dir, u"rollouts.yaml"_s, kRollouts);
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH),
                {u"list"_s, u"rollouts"_s, u"-n"_s, u"other"_s, u"-w"_s, u"--snapshot"_s, path});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.bytesAvailable() > 0, 20000);
        QVERIFY(!p.waitForFinished(1500)); // still watching
        p.kill();
        p.waitForFinished();
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(out.count(u'\n'), 2);
        QVERIFY(out.startsWith(u"NAME "_s));
    }

    void listExperiments()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"experiments.yaml"_s, R"(apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata: {name: canary-exp, namespace: team, creationTimestamp: "2026-01-09T23:48:00Z"}
spec: {duration: 1h}
status: {phase: Running, availableAt: "2026-01-09T23:50:00Z"}
---
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata: {name: done, namespace: team, creationTimestamp: "2026-01-07T00:00:00Z"}
spec: {duration: 30m}
status: {phase: Successful, availableAt: "2026-01-09T22:00:00Z"}
---
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata: {name: pending-one, namespace: team, creationTimestamp: "2026-01-09T23:59:15Z"}
spec: {}
---
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata: {name: bad-duration, namespace: team, creationTimestamp: "2026-01-09T23:58:30Z"}
spec: {duration: soon}
status: {phase: Running, availableAt: "2026-01-09T23:59:00Z"}
---
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata: {name: elsewhere, namespace: other, creationTimestamp: "2026-01-09T23:00:00Z"}
spec: {duration: 2h}
status: {phase: Running, availableAt: "2026-01-09T23:00:00Z"}
)");
        // NAME %-10s, STATUS %-6s, DURATION %-8s, REMAINING %-9s, AGE %-3s.
        const QString header = col(u"NAME"_s, 14) + col(u"STATUS"_s, 12) + col(u"DURATION"_s, 10) +
                               col(u"REMAINING"_s, 11) + u"AGE\n"_s;
        CliRun run = cli({u"list"_s, u"experiments"_s, u"-n"_s, u"team"_s, u"--as-of"_s, kAsOf,
                          u"--snapshot"_s, path});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, header +
                              // An invalid duration shows "-" and leaves nothing to count down.
                              col(u"bad-duration"_s, 14) + col(u"Running"_s, 12) + col(u"-"_s, 10) +
                              col(u"-"_s, 11) + u"90s\n"_s +
                              // Available 10 minutes ago for an hour (HumanDuration writes an hour
                              // as "60m": minutes below 180): 50 minutes left.
                              col(u"canary-exp"_s, 14) + col(u"Running"_s, 12) + col(u"60m"_s, 10) +
                              col(u"50m"_s, 11) + u"12m\n"_s +
                              // Completed: no remaining time.
                              col(u"done"_s, 14) + col(u"Successful"_s, 12) + col(u"30m"_s, 10) +
                              col(u"-"_s, 11) + u"3d \n"_s +
                              // No phase yet: an empty, padded STATUS.
                              col(u"pending-one"_s, 14) + col(QString(), 12) + col(u"-"_s, 10) +
                              col(u"-"_s, 11) + u"45s\n"_s);
        // The aliases, and -A with the NAMESPACE column.
        for (const QString &alias : {u"exp"_s, u"experiment"_s}) {
            run = cli({u"list"_s, alias, u"-A"_s, u"--as-of"_s, kAsOf, u"--snapshot"_s, path});
            QCOMPARE(run.code, 0);
            QVERIFY2(run.out.startsWith(col(u"NAMESPACE"_s, 11) + col(u"NAME"_s, 14)),
                     qPrintable(run.out));
            QVERIFY2(run.out.contains(col(u"other"_s, 11) + col(u"elsewhere"_s, 14) +
                                      col(u"Running"_s, 12) + col(u"120m"_s, 10) +
                                      col(u"60m"_s, 11) + u"60m\n"_s),
                     qPrintable(run.out));
        }
        run = cli({u"list"_s, u"experiments"_s, u"-n"_s, u"empty"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, u"No resources found.\n"_s);
    }

    void status()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"rollouts.yaml"_s, kRollouts + R"(---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: broken, namespace: team, uid: u-broken, generation: 1}
spec: {replicas: 1, strategy: {canary: {}}}
status: {observedGeneration: "1", phase: Degraded,
         message: "RolloutAborted: Rollout aborted update to revision 2"}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: quiet, namespace: team, uid: u-quiet, generation: 1}
spec: {replicas: 1, strategy: {canary: {}}}
status: {observedGeneration: "1", phase: Progressing}
)");
        auto status = [&](QStringList args) {
            return cli(QStringList{u"status"_s} + args +
                       QStringList{u"-n"_s, u"team"_s, u"--snapshot"_s, path});
        };
        CliRun run = status({u"payments-frontend"_s});
        QCOMPARE(run.out, u"Healthy\n"_s);
        QCOMPARE(run.code, 0);
        // Without watch: the message even when empty; Healthy and Degraded alone.
        run = status({u"checkout"_s, u"--watch=false"_s});
        QCOMPARE(run.out, u"Paused - CanaryPauseStep\n"_s);
        QCOMPARE(run.code, 0);
        run = status({u"legacy"_s, u"--watch=false"_s});
        QCOMPARE(run.out, u"Progressing - more replicas need to be updated\n"_s);
        run = status({u"quiet"_s, u"-w=false"_s});
        QCOMPARE(run.out, u"Progressing - \n"_s);
        run = status({u"broken"_s, u"--watch=false"_s});
        QCOMPARE(run.out, u"Degraded\n"_s);
        QCOMPARE(run.err,
                 u"Error: The rollout is in a degraded state with message: RolloutAborted: "
                 u"Rollout aborted update to revision 2\n"_s);
        QCOMPARE(run.code, 1);
        // Watch (the default): "Status - Message", "Status" alone without a message; a snapshot
        // never changes, so a rollout that is not done runs into the timeout.
        run = status({u"broken"_s});
        QCOMPARE(run.out, u"Degraded - RolloutAborted: Rollout aborted update to revision 2\n"_s);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.startsWith(u"Error: The rollout is in a degraded state"_s));
        run = status({u"checkout"_s, u"--timeout"_s, u"1s"_s});
        QCOMPARE(run.out, u"Paused - CanaryPauseStep\n"_s);
        QCOMPARE(run.err, u"Error: Rollout status watch exceeded timeout\n"_s);
        QCOMPARE(run.code, 1);
        run = status({u"quiet"_s, u"-t"_s, u"500ms"_s});
        QCOMPARE(run.out, u"Progressing\n"_s);
        QCOMPARE(run.err, u"Error: Rollout status watch exceeded timeout\n"_s);
        QCOMPARE(run.code, 1);
        run = status({u"nope"_s});
        QCOMPARE(run.err, u"Error: rollout.argoproj.io \"nope\" not found\n"_s);
        QCOMPARE(run.code, 1);
        run = status({u"checkout"_s, u"--timeout"_s, u"soon"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith(u"Error: invalid argument \"soon\" for \"-t, --timeout\" "
                                    u"flag: time: invalid duration \"soon\"\n"_s),
                 qPrintable(run.err));
    }

    void workloadRefToAMissingDeployment()
    {
        QTemporaryDir dir;
        const QByteArray rollout = R"(apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: web, namespace: team, uid: u-web, generation: 1}
spec:
  replicas: 1
  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web-deploy}
  strategy: {canary: {}}
status: {observedGeneration: "1", phase: Healthy}
)";
        const QString missing = write(dir, u"missing.yaml"_s, rollout);
        for (const QStringList &cmd :
             {QStringList{u"get"_s, u"rollout"_s, u"web"_s}, QStringList{u"status"_s, u"web"_s}}) {
            const CliRun run = cli(cmd + QStringList{u"--snapshot"_s, missing});
            QCOMPARE(run.out, QString());
            QCOMPARE(run.err, u"Error: deployment.apps \"web-deploy\" not found\n"_s);
            QCOMPARE(run.code, 1);
        }
        const QString present = write(dir, u"present.yaml"_s, rollout + R"(---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-deploy, namespace: team}
spec: {template: {spec: {containers: [{name: web, image: "web:1"}]}}}
)");
        const CliRun run = cli({u"status"_s, u"web"_s, u"--snapshot"_s, present});
        QCOMPARE(run.out, u"Healthy\n"_s);
        QCOMPARE(run.code, 0);
    }

    void lintRules()
    {
        const QJsonObject valid = parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout",
            "spec":{"selector":{"matchLabels":{"app":"a"}},
                    "template":{"metadata":{"labels":{"app":"a"}},
                                "spec":{"containers":[{"name":"a","image":"a:1"}]}},
                    "strategy":{"canary":{"steps":[{"setWeight":20},{"pause":{"duration":"1m"}}]}}}})");
        QCOMPARE(RolloutLint::validate(valid).size(), 0);
        auto errorsOf = [&](const char *patch) {
            QStringList out;
            for (const LintError &e : RolloutLint::validate(testdata::merged(valid, parse(patch))))
                out << e.text();
            return out;
        };
        QCOMPARE(
            errorsOf(R"({"spec":{"replicas":-1}})"),
            QStringList{u"spec.replicas: Invalid value: -1: must be greater than or equal to 0"_s});
        QCOMPARE(
            errorsOf(R"({"spec":{"selector":null,"template":{"metadata":{"labels":null}}}})"),
            (QStringList{
                u"spec.selector: Required value: Rollout has missing field '.spec.selector'"_s,
                u"spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`"_s}));
        QCOMPARE(
            errorsOf(
                R"({"spec":{"selector":{"matchExpressions":[{"key":"tier","operator":"In","values":["web"]}]}}})"),
            QStringList{
                u"spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"a\"}: `selector` does not match template `labels`"_s});
        QCOMPARE(errorsOf(R"({"spec":{"template":{"spec":{"containers":[{"name":"a"}]}}}})"),
                 QStringList{u"spec.template.spec.containers[0].image: Required value"_s});
        QCOMPARE(
            errorsOf(R"({"spec":{"workloadRef":{"kind":"Deployment","name":"d"}}})"),
            QStringList{
                u"spec.template: Internal error: template must be empty for workload reference rollout"_s});
        QCOMPARE(
            errorsOf(R"({"spec":{"minReadySeconds":700}})"),
            QStringList{
                u"spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds"_s});
        QCOMPARE(
            errorsOf(R"({"spec":{"strategy":{"canary":null}}})"),
            QStringList{
                u"spec.strategy.strategy: Required value: Rollout has missing field '.spec.strategy.canary or .spec.strategy.blueGreen'"_s});
        QCOMPARE(
            errorsOf(R"({"spec":{"strategy":{"blueGreen":{"activeService":"s"}}}})"),
            QStringList{
                u"spec.strategy.strategy: Invalid value: \"blueGreen: true canary: true\": Multiple Strategies can not be listed"_s});
        QCOMPARE(
            errorsOf(
                R"({"spec":{"strategy":{"canary":null,"blueGreen":{"activeService":"s","previewService":"s"}}}})"),
            QStringList{
                u"spec.strategy.activeService: Duplicate value: \"This rollout uses the same service for the active and preview services, but two different services are required.\""_s});
        QCOMPARE(
            errorsOf(
                R"({"spec":{"strategy":{"canary":{"maxSurge":"0%","maxUnavailable":0,"canaryService":"x","stableService":"x"}}}})"),
            (QStringList{
                u"spec.strategy.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"0%\"}: MaxSurge and MaxUnavailable both can not be zero"_s,
                u"spec.strategy.stableService: Duplicate value: \"This rollout uses the same service for the stable and canary services, but two different services are required.\""_s}));
        QCOMPARE(
            errorsOf(
                R"({"spec":{"strategy":{"canary":{"scaleDownDelaySeconds":30,"dynamicStableScale":true,"steps":[{"setWeight":120},{"pause":{"duration":"-5"}},{"experiment":{"templates":[{"name":"t","weight":20}]}}]}}}})"),
            (QStringList{
                u"spec.strategy.scaleDownDelaySeconds: Invalid value: 30: Canary scaleDownDelaySeconds can only be used with traffic routing"_s,
                u"spec.strategy.dynamicStableScale: Invalid value: true: Canary dynamicStableScale can only be used with traffic routing"_s,
                u"spec.strategy.steps[0].setWeight: Invalid value: 120: SetWeight needs to be between 0 and 100"_s,
                u"spec.strategy.steps[1].pause.duration: Invalid value: -5: Duration needs to be greater than 0"_s,
                u"spec.strategy.steps[2].experiment.templates[0].weight: Invalid value: 20: Experiment template weight cannot be set unless TrafficRouting is enabled"_s}));
        // With traffic routing those canary fields are allowed.
        QCOMPARE(
            errorsOf(
                R"({"spec":{"strategy":{"canary":{"trafficRouting":{"smi":{}},"scaleDownDelaySeconds":30,"steps":[{"experiment":{"templates":[{"name":"t","weight":20}]}}]}}}})"),
            QStringList());
    }

    void lintCommand()
    {
        QTemporaryDir dir;
        const QString valid = write(dir, u"valid.yaml"_s, R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "web:1"}]}
  strategy: {blueGreen: {activeService: web, previewService: web-preview}}
)");
        CliRun run = cli({u"lint"_s, u"-f"_s, valid});
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);

        // rollout-invalid's mistake: every error body on stdout, the first in full as the error.
        const QString invalid = write(dir, u"invalid.yaml"_s, R"(apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: rollout-invalid}
spec:
  selector: {matchLabels: {app: basic}}
  template:
    metadata: {labels: {app: doesnt-match}}
    spec: {containers: [{name: rollouts-demo, image: "argoproj/rollouts-demo:blue"}]}
  strategy: {canary: {steps: [{setWeight: 101}]}}
)");
        run = cli({u"lint"_s, u"--filename"_s, invalid});
        QCOMPARE(run.out,
                 u"Invalid value: map[string]string{\"app\":\"doesnt-match\"}: `selector` does not "
                 u"match template `labels`\n"
                 u"Invalid value: 101: SetWeight needs to be between 0 and 100\n"_s);
        QCOMPARE(run.err, u"Error: spec.template.metadata.labels: Invalid value: "
                          u"map[string]string{\"app\":\"doesnt-match\"}: `selector` does not "
                          u"match template `labels`\n"_s);
        QCOMPARE(run.code, 1);

        const QString missing = dir.filePath(u"missing.yaml"_s);
        run = cli({u"lint"_s, u"-f"_s, missing});
        QCOMPARE(run.err, u"Error: open %1: no such file or directory\n"_s.arg(missing));
        QCOMPARE(run.code, 1);
        run = cli({u"lint"_s});
        QCOMPARE(run.code, 2);
    }

    void version()
    {
        CliRun run = cli({u"version"_s, u"--short"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, u"rolloutdesk-cli: v"_s + QStringLiteral(ROLLOUTDESK_VERSION) + u'\n');
        run = cli({u"version"_s});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n');
        QCOMPARE(lines.value(0), u"rolloutdesk-cli: v"_s + QStringLiteral(ROLLOUTDESK_VERSION));
        QVERIFY(lines.value(1).startsWith(u"  QtVersion: 6."_s));
        QVERIFY(lines.value(2).startsWith(u"  Platform: "_s) && lines.value(2).contains(u'/'));
    }

    void completion_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("checker"); // a program that syntax-checks the script
        QTest::addColumn<QStringList>("checkArgs");
        QTest::newRow("bash") << u"bash"_s << u"bash"_s << QStringList{u"-n"_s};
        QTest::newRow("zsh") << u"zsh"_s << u"zsh"_s << QStringList{u"-n"_s};
        QTest::newRow("fish") << u"fish"_s << u"fish"_s << QStringList{u"--no-execute"_s};
        QTest::newRow("powershell") << u"powershell"_s << QString() << QStringList();
    }
    void completion()
    {
        QFETCH(QString, shell);
        QFETCH(QString, checker);
        QFETCH(QStringList, checkArgs);
        const CliRun run = cli({u"completion"_s, shell});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.contains(u"rolloutdesk-cli"_s));
        // Every command and kind is offered.
        for (const QString &word : {u"terminate"_s, u"analysisrun"_s, u"experiments"_s, u"lint"_s,
                                    u"completion"_s, u"powershell"_s})
            QVERIFY2(run.out.contains(word), qPrintable(word));
        const QString program =
            checker.isEmpty() ? QString() : QStandardPaths::findExecutable(checker);
        if (program.isEmpty())
            return; // the shell is not installed here; the script is still produced
        QTemporaryDir dir;
        const QString script = write(dir, u"completion"_s, run.out.toUtf8());
        QProcess check;
        check.start(program, checkArgs + QStringList{script});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        if (shell != u"bash")
            return;
        // The bash function completes kinds after a command, commands and flags by prefix.
        QProcess use;
        use.start(program, {u"-c"_s,
                            u"source \"$1\"; "
                            u"COMP_WORDS=(rolloutdesk-cli terminate ''); COMP_CWORD=2; "
                            u"_rolloutdesk_cli; echo \"${COMPREPLY[*]}\"; "
                            u"COMP_WORDS=(rolloutdesk-cli li); COMP_CWORD=1; "
                            u"_rolloutdesk_cli; echo \"${COMPREPLY[*]}\"; "
                            u"COMP_WORDS=(rolloutdesk-cli list --ti); COMP_CWORD=2; "
                            u"_rolloutdesk_cli; echo \"${COMPREPLY[*]}\""_s,
                            u"bash"_s, script});
        QVERIFY(use.waitForFinished(30000));
        QCOMPARE(
            QString::fromUtf8(use.readAllStandardOutput()),
            u"analysisrun experiment\nlist lint\n--timeout-seconds --timeout --timestamps\n"_s);
    }

    void completionErrors()
    {
        CliRun run = cli({u"completion"_s});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.startsWith(u"Error: accepts 1 arg(s), received 0\n"_s));
        run = cli({u"completion"_s, u"tcsh"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith(
                     u"Error: invalid argument \"tcsh\" for \"rolloutdesk-cli completion\"\n"_s),
                 qPrintable(run.err));
    }

    void actionsAreRefusedOnASnapshot()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"rollouts.yaml"_s, kRollouts);
        for (const QStringList &cmd : {QStringList{u"terminate"_s, u"analysisrun"_s, u"x"_s},
                                       QStringList{u"retry"_s, u"experiment"_s, u"x"_s}}) {
            const CliRun run = cli(cmd + QStringList{u"--snapshot"_s, path});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliParity)
#include "test_cli_parity.moc"
