// Snapshot loading: the shapes kubectl writes, and every kind of bad input giving a clear error.

#include "core/SnapshotLoader.h"
#include "core/YamlConverter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::core;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

const QByteArray rolloutYaml = R"(apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: ro
  namespace: ns
  uid: u1
spec:
  replicas: 2
  strategy:
    canary: {}
)";

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ROLLOUTDESK_CLI_PATH), args);
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindList()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"list.yaml"_s, R"(apiVersion: v1
kind: List
items:
- apiVersion: argoproj.io/v1alpha1
  kind: Rollout
  metadata: {name: ro, namespace: ns, uid: u1}
  spec: {strategy: {canary: {}}}
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata: {name: ro-abc, namespace: ns, uid: u2, ownerReferences: [{uid: u1}]}
- apiVersion: v1
  kind: Pod
  metadata: {name: ro-abc-1, namespace: ns, uid: u3}
- apiVersion: v1
  kind: Service
  metadata: {name: ignored, namespace: ns}
metadata:
  resourceVersion: ""
)");
        auto loaded = SnapshotLoader::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->rollouts.size(), 1);
        QCOMPARE(loaded->replicaSets.size(), 1);
        QCOMPARE(loaded->pods.size(), 1);
        QCOMPARE(loaded->size(), 3);
    }

    void multiDocumentAndFolder()
    {
        QTemporaryDir dir;
        write(dir, u"a.yaml"_s, rolloutYaml + "---\n---\n" + R"(apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs, namespace: ns}
)");
        write(dir, u"b.json"_s,
              R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"ns"}})");
        write(dir, u"notes.txt"_s, "not read");
        auto loaded = SnapshotLoader::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->rollouts.size(), 1);
        QCOMPARE(loaded->replicaSets.size(), 1);
        QCOMPARE(loaded->pods.size(), 1);
        QCOMPARE(loaded->rollouts[0].desiredReplicas(), 2);
    }

    void yamlScalars()
    {
        auto docs = YamlConverter::documents(R"(a: 1
b: "1"
c: true
d: 'yes'
e: null
f: 1.5
g: 0x10
h: 2026-01-01T00:00:00Z
i: ~
j: -3
k: yes
)",
                                             u"t.yaml"_s);
        QVERIFY(docs.ok());
        const QJsonObject o = docs->first().toObject();
        QCOMPARE(o.value(u"a"), QJsonValue(1));
        QCOMPARE(o.value(u"b"), QJsonValue(u"1"_s));
        QCOMPARE(o.value(u"c"), QJsonValue(true));
        QCOMPARE(o.value(u"d"), QJsonValue(u"yes"_s));
        QVERIFY(o.value(u"e").isNull());
        QCOMPARE(o.value(u"f"), QJsonValue(1.5));
        QCOMPARE(o.value(u"g"), QJsonValue(16));
        QCOMPARE(o.value(u"h"), QJsonValue(u"2026-01-01T00:00:00Z"_s));
        QVERIFY(o.value(u"i").isNull());
        QCOMPARE(o.value(u"j"), QJsonValue(-3));
        QCOMPARE(o.value(u"k"), QJsonValue(true));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("invalid yaml")
            << u"bad.yaml"_s << QByteArray("kind: Rollout\nmetadata:\n  name: [unclosed\n")
            << u"bad.yaml:4:1: invalid YAML"_s;
        QTest::newRow("invalid yaml in a later document")
            << u"later.yaml"_s << QByteArray("kind: Pod\n---\nkind: [\n")
            << u"later.yaml:4:1: invalid YAML"_s;
        QTest::newRow("tab indentation")
            << u"tab.yaml"_s << QByteArray("kind: Rollout\nmetadata:\n\tname: x\n")
            << u"tab.yaml:3:"_s;
        QTest::newRow("number where an object belongs")
            << u"num.yaml"_s
            << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: x, "
                          "namespace: n}\nspec: 5\n")
            << u"num.yaml: Rollout \"n/x\": field spec must be an object, not a number"_s;
        QTest::newRow("status number in list")
            << u"list.yaml"_s
            << QByteArray("kind: List\nitems:\n- kind: Pod\n  apiVersion: v1\n  metadata: {name: "
                          "p}\n  status: 3\n")
            << u"list.yaml, item 1: Pod \"p\": field status must be an object, not a number"_s;
        QTest::newRow("missing metadata")
            << u"meta.yaml"_s << QByteArray("apiVersion: v1\nkind: Pod\nspec: {}\n")
            << u"meta.yaml: Pod without a name: it has no metadata"_s;
        QTest::newRow("empty file")
            << u"empty.yaml"_s << QByteArray("\n  \n") << u"empty.yaml: the file is empty"_s;
        QTest::newRow("only comments") << u"comments.yaml"_s << QByteArray("# nothing\n---\n")
                                       << u"comments.yaml: the file holds no objects"_s;
        QTest::newRow("scalar document") << u"scalar.yaml"_s << QByteArray("just text\n")
                                         << u"scalar.yaml: expected a Kubernetes object"_s;
        QTest::newRow("no kind") << u"nokind.yaml"_s << QByteArray("metadata: {name: x}\n")
                                 << u"nokind.yaml: the object has no kind"_s;
        QTest::newRow("second document")
            << u"two.yaml"_s
            << QByteArray(rolloutYaml + "---\nkind: Pod\napiVersion: v1\nmetadata: []\n")
            << u"two.yaml, document 2: Pod without a name"_s;
        QTest::newRow("invalid json")
            << u"bad.json"_s << QByteArray("{\n  \"kind\": \"Pod\",\n  oops\n}")
            << u"bad.json:3:"_s;
        QTest::newRow("list items not a list")
            << u"items.yaml"_s << QByteArray("kind: List\nitems: 3\n")
            << u"items.yaml: the items of a List must be a list"_s;
    }
    void badInput()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = write(dir, fileName, content);
        auto loaded = SnapshotLoader::load(path);
        QVERIFY(!loaded.ok());
        const QString expected = dir.filePath(error);
        QVERIFY2(loaded.errorMessage().startsWith(expected),
                 qPrintable(loaded.errorMessage() + u" does not start with "_s + expected));
        // The CLI shows the same error and exits 1 instead of crashing.
        const CliRun run = cli({u"get"_s, u"rollout"_s, u"x"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.startsWith(u"Error: "_s + expected));
    }

    void missingPath()
    {
        auto loaded = SnapshotLoader::load(u"/nonexistent/snapshot.yaml"_s);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errorMessage(), u"snapshot /nonexistent/snapshot.yaml does not exist"_s);
    }

    void cliErrors()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"ro.yaml"_s, rolloutYaml);
        CliRun run =
            cli({u"get"_s, u"rollout"_s, u"nope"_s, u"-n"_s, u"ns"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, u"Error: rollout.argoproj.io \"nope\" not found\n"_s);
        run = cli({u"get"_s, u"experiment"_s, u"nope"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, u"Error: experiment.argoproj.io \"nope\" not found\n"_s);
        run = cli({u"get"_s, u"rollout"_s, u"--bogus"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"bogus"_s));
        run = cli({u"get"_s, u"rollout"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 2);
        run = cli({u"abort"_s, u"ro"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"read-only"_s));
        run = cli(
            {u"get"_s, u"rollout"_s, u"ro"_s, u"--snapshot"_s, path, u"--as-of"_s, u"tomorrow"_s});
        QCOMPARE(run.code, 2);
        run = cli({u"--version"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(u"rolloutdesk-cli "_s));
        run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"get rollout NAME"_s));
        // Without -n the one namespace that has the rollout is used.
        run = cli({u"get"_s, u"rollout"_s, u"ro"_s, u"--snapshot"_s, path, u"--no-color"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(u"Name:            ro\nNamespace:       ns\n"_s));
    }

    void listRollouts()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"ro.yaml"_s, rolloutYaml);
        const CliRun run = cli({u"list"_s, u"rollouts"_s, u"-n"_s, u"ns"_s, u"--snapshot"_s, path});
        QCOMPARE(run.code, 0);
        // Values are padded with the plugin's widths (10, 9, 12, 4, 10, 5, 7, 10, 9) before the
        // tab writer adds its two spaces, so the last column ends in spaces too.
        QCOMPARE(
            run.out,
            u"NAME        STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  "
            u"AVAILABLE\n"
            u"ro          Canary     Progressing   -     100         0/0    2        0           "
            u"0        \n"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "test_snapshot.moc"
