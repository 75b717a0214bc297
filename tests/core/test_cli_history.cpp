// `rolloutdesk-cli history rollout NAME --snapshot FILE`: the table and -o json built from the
// Event objects of a snapshot written here (out of order, with a repeated Event, another
// rollout's Event and a Pod's Event that must not show), compared with golden text.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const char *const Snapshot = R"yaml(apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: rollouts-demo, namespace: shop, uid: ro-1, creationTimestamp: "2026-11-27T09:00:00Z"}
spec:
  replicas: 5
  selector: {matchLabels: {app: rollouts-demo}}
  template:
    metadata: {labels: {app: rollouts-demo}}
    spec: {containers: [{name: rollouts-demo, image: "argoproj/rollouts-demo:red"}]}
  strategy: {canary: {steps: [{setWeight: 20}, {pause: {}}]}}
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Event
  metadata: {name: rollouts-demo.a3, namespace: shop, uid: e3}
  involvedObject: {kind: Rollout, name: rollouts-demo, namespace: shop}
  reason: RolloutAborted
  type: Warning
  message: Rollout aborted update to revision 3
  count: 1
  firstTimestamp: "2026-11-27T10:05:00Z"
  lastTimestamp: "2026-11-27T10:05:00Z"
- apiVersion: v1
  kind: Event
  metadata: {name: rollouts-demo.a1, namespace: shop, uid: e1}
  involvedObject: {kind: Rollout, name: rollouts-demo, namespace: shop}
  reason: RolloutUpdated
  type: Normal
  message: Rollout updated to revision 3
  count: 1
  firstTimestamp: "2026-11-27T10:00:00Z"
  lastTimestamp: "2026-11-27T10:00:00Z"
- apiVersion: v1
  kind: Event
  metadata: {name: rollouts-demo.a2, namespace: shop, uid: e2}
  involvedObject: {kind: Rollout, name: rollouts-demo, namespace: shop}
  reason: RolloutStepCompleted
  type: Normal
  message: "Rollout step 1/2 completed (setWeight: 20)"
  count: 1
  firstTimestamp: "2026-11-27T10:00:30Z"
  lastTimestamp: "2026-11-27T10:00:30Z"
- apiVersion: v1
  kind: Event
  metadata: {name: rollouts-demo.a4, namespace: shop, uid: e4}
  involvedObject: {kind: Rollout, name: rollouts-demo, namespace: shop}
  reason: ScalingReplicaSet
  type: Normal
  message: "Scaled up ReplicaSet rollouts-demo-789746c88d (revision 2) from 4 to 5"
  count: 2
  firstTimestamp: "2026-11-27T10:00:10Z"
  lastTimestamp: "2026-11-27T10:05:01Z"
- apiVersion: v1
  kind: Event
  metadata: {name: other.b1, namespace: shop, uid: e5}
  involvedObject: {kind: Rollout, name: other, namespace: shop}
  reason: RolloutUpdated
  message: Rollout updated to revision 9
  firstTimestamp: "2026-11-27T10:01:00Z"
- apiVersion: v1
  kind: Event
  metadata: {name: pod.c1, namespace: shop, uid: e6}
  involvedObject: {kind: Pod, name: rollouts-demo, namespace: shop}
  reason: Killing
  message: "Stopping container \x1b[31mred"
  firstTimestamp: "2026-11-27T10:02:00Z"
)yaml";

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), QStringList{u"--snapshot"_s, m_file} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(u"snapshot.yaml"_s);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Snapshot);
    }

    void table()
    {
        const Run r = cli({u"history"_s, u"rollout"_s, u"rollouts-demo"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        QCOMPARE(
            r.out,
            u"TIME                  REVISION  EVENT          WEIGHT  MESSAGE\n"
            "2026-11-27T10:00:00Z  3         Updated        -       Rollout updated to revision 3\n"
            "2026-11-27T10:00:10Z  2         Scaled         -       Scaled up ReplicaSet "
            "rollouts-demo-789746c88d (revision 2) from 4 to 5\n"
            "2026-11-27T10:00:30Z  3         StepCompleted  20      Rollout step 1/2 completed "
            "(setWeight: 20)\n"
            "2026-11-27T10:05:00Z  3         Aborted        0       Rollout aborted update to "
            "revision 3\n"
            "2026-11-27T10:05:01Z  2         Scaled         0       Scaled up ReplicaSet rollouts-demo-789746c88d (revision 2) from 4 to 5\n"_s);
        // Same with -n and the short kind name.
        QCOMPARE(cli({u"history"_s, u"ro"_s, u"rollouts-demo"_s, u"-n"_s, u"shop"_s}).out, r.out);
    }

    void json()
    {
        const Run r = cli({u"history"_s, u"rollout"_s, u"rollouts-demo"_s, u"-o"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(u"namespace"_s).toString(), u"shop"_s);
        QCOMPARE(doc.value(u"rollout"_s).toString(), u"rollouts-demo"_s);
        const QJsonArray items = doc.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(0).toObject(),
                 (QJsonObject{{u"time"_s, u"2026-11-27T10:00:00Z"_s},
                              {u"revision"_s, 3},
                              {u"event"_s, u"Updated"_s},
                              {u"weight"_s, QJsonValue()},
                              {u"message"_s, u"Rollout updated to revision 3"_s}}));
        QCOMPARE(items.at(2).toObject().value(u"weight"_s).toInt(), 20);
        QCOMPARE(items.at(3).toObject().value(u"event"_s).toString(), u"Aborted"_s);
    }

    void errors()
    {
        Run r = cli({u"history"_s, u"rollout"_s, u"nope"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"Error: rollout.argoproj.io \"nope\" not found\n"_s);
        r = cli({u"history"_s, u"rollout"_s, u"rollouts-demo"_s, u"-o"_s, u"yaml"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(u"Error: history supports -o json only"_s));
        r = cli({u"history"_s, u"rollout"_s, u"a,involvedObject.kind=Pod"_s});
        QCOMPARE(r.code, 2);
        r = cli({u"history"_s, u"experiment"_s, u"x"_s});
        QCOMPARE(r.code, 2);
        // Neither the rollout nor an Event of it in that namespace.
        r = cli({u"history"_s, u"rollout"_s, u"rollouts-demo"_s, u"-n"_s, u"elsewhere"_s});
        QCOMPARE(r.code, 1); // no such rollout in that namespace
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "test_cli_history.moc"
