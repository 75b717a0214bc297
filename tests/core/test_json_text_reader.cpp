// JsonReader reads an object parsed from text (ParsedJson, simdjson) exactly as it reads the
// QJsonObject that QJsonDocument makes of the same text: the RolloutInfo worker reads the stores'
// packed texts that way. Checked on every upstream fixture and getting-started state (the same
// RolloutInfo either way), and field by field with every field of a rollout, a ReplicaSet and a
// pod replaced by each kind of JSON value (the same result, or the same error message).

#include "SnapshotFolders.h"
#include "core/ObjectSet.h"
#include "core/Pod.h"
#include "core/ReplicaSet.h"
#include "core/Rollout.h"
#include "core/RolloutInfoBuilder.h"
#include "core/SnapshotLoader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using rd::core::ObjectSet;
using rd::core::RolloutInfoBuilder;

namespace {

QByteArray textOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The same objects read from their text: rollouts with Rollout::fromText, the rest with
// ObjectSet::addText.
ObjectSet fromText(const ObjectSet &original)
{
    ObjectSet out;
    for (const auto &o : original.rollouts) {
        auto r = rd::core::Rollout::fromText(textOf(o.json));
        if (r)
            out.rollouts.append(std::move(r).value());
    }
    auto addAll = [&out](const auto &list) {
        for (const auto &o : list)
            out.addText(textOf(o.json));
    };
    addAll(original.replicaSets);
    addAll(original.pods);
    addAll(original.experiments);
    addAll(original.analysisRuns);
    addAll(original.deployments);
    return out;
}

// Every path to a value inside `value` (objects and arrays), as lists of keys and indexes.
void collectPaths(const QJsonValue &value, QVariantList path, QList<QVariantList> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QVariantList p = path;
            p << it.key();
            out << p;
            collectPaths(it.value(), p, out);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QVariantList p = path;
            p << int(i);
            out << p;
            collectPaths(a.at(i), p, out);
        }
    }
}

QJsonValue replaced(const QJsonValue &value, const QVariantList &path, qsizetype at,
                    const QJsonValue &with)
{
    if (at == path.size())
        return with;
    if (path.at(at).typeId() == QMetaType::QString) {
        QJsonObject o = value.toObject();
        const QString key = path.at(at).toString();
        o.insert(key, replaced(o.value(key), path, at + 1, with));
        return o;
    }
    QJsonArray a = value.toArray();
    const int i = path.at(at).toInt();
    a.replace(i, replaced(a.at(i), path, at + 1, with));
    return a;
}

const QList<QJsonValue> &wrongValues()
{
    static const QList<QJsonValue> values{
        QJsonValue(u"x"_s),
        QJsonValue(u""_s),
        QJsonValue(u"2024-13-01T00:00:00Z"_s),
        QJsonValue(1.5),
        QJsonValue(7),
        QJsonValue(-3),
        QJsonValue(qint64(9007199254740993)),
        QJsonValue(1e300),
        QJsonValue(true),
        QJsonValue(QJsonValue::Null),
        QJsonArray{},
        QJsonArray{1},
        QJsonArray{u"a"_s},
        QJsonArray{QJsonObject{}},
        QJsonObject{},
        QJsonObject{{u"a"_s, 1}},
        QJsonObject{{u"a"_s, u"b"_s}},
    };
    return values;
}

QString describe(const rd::core::Result<rd::core::RolloutInfo> &r)
{
    return r ? u"ok "_s + r->key() : u"error: "_s + r.errorMessage();
}

} // namespace

class TestJsonTextReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRolloutInfo_data() { rd::test::addSnapshotFolderRows(); }
    void sameRolloutInfo()
    {
        QFETCH(QString, folder);
        const auto original = rd::core::SnapshotLoader::load(folder);
        QVERIFY2(original, qPrintable(original.errorMessage()));
        const ObjectSet text = fromText(original.value());
        QCOMPARE(text.size(), original.value().size());
        QCOMPARE(text.rollouts.size(), original.value().rollouts.size());
        QVERIFY(!original.value().rollouts.isEmpty());
        for (int i = 0; i < original.value().rollouts.size(); ++i) {
            const auto a =
                RolloutInfoBuilder::build(original.value().rollouts.at(i), original.value());
            const auto b = RolloutInfoBuilder::build(text.rollouts.at(i), text);
            QVERIFY2(a == b, qPrintable(a.key()));
        }
    }

    // Each field of the canary fixture's rollout, one of its ReplicaSets and one of its pods,
    // replaced in turn by each kind of JSON value: the object reads the same from its text as
    // from its QJsonObject, or fails with the same message.
    void sameResultForEveryValueOfEveryField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("Rollout") << u"Rollout"_s;
        QTest::newRow("ReplicaSet") << u"ReplicaSet"_s;
        QTest::newRow("Pod") << u"Pod"_s;
    }
    void sameResultForEveryValueOfEveryField()
    {
        QFETCH(QString, kind);
        const auto loaded = rd::core::SnapshotLoader::load(
            qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/argo-rollouts/canary"_s);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        const ObjectSet &set = loaded.value();
        QVERIFY(!set.rollouts.isEmpty() && !set.replicaSets.isEmpty() && !set.pods.isEmpty());
        const rd::core::Rollout &rollout = set.rollouts.first();
        const QJsonObject subject = kind == u"Rollout"_s      ? rollout.json
                                    : kind == u"ReplicaSet"_s ? set.replicaSets.first().json
                                                              : set.pods.first().json;

        // Reads the changed object both ways and builds the rollout's RolloutInfo from each.
        auto readBoth = [&](const QJsonObject &changed, QString *viaQt, QString *viaText) {
            auto build = [&](bool text) -> rd::core::Result<rd::core::RolloutInfo> {
                ObjectSet s = set;
                if (kind == u"Rollout"_s) {
                    auto r = text ? rd::core::Rollout::fromText(textOf(changed))
                                  : rd::core::Rollout::fromJson(changed);
                    if (!r)
                        return r.error();
                    s.rollouts.first() = std::move(r).value();
                } else {
                    if (kind == u"ReplicaSet"_s)
                        s.replicaSets.removeFirst();
                    else
                        s.pods.removeFirst();
                    ObjectSet one;
                    const auto added = text ? one.addText(textOf(changed)) : one.add(changed);
                    if (!added)
                        return added.error();
                    s.replicaSets += one.replicaSets;
                    s.pods += one.pods;
                }
                return RolloutInfoBuilder::build(s.rollouts.first(), s);
            };
            const auto a = build(false);
            const auto b = build(true);
            *viaQt = describe(a);
            *viaText = describe(b);
            return a && b ? *a == *b : a.ok() == b.ok();
        };

        QString qt;
        QString text;
        QVERIFY(readBoth(subject, &qt, &text));
        QList<QVariantList> paths;
        collectPaths(subject, {}, paths);
        QVERIFY(paths.size() > 20);
        int failures = 0;
        int checked = 0;
        for (const QVariantList &path : paths) {
            for (const QJsonValue &with : wrongValues()) {
                const QJsonObject changed = replaced(subject, path, 0, with).toObject();
                const bool same = readBoth(changed, &qt, &text);
                ++checked;
                if (!same || qt != text) {
                    if (++failures <= 5)
                        qWarning().noquote() << path << with << "\n  QJsonObject:" << qt
                                             << "\n  text:       " << text;
                }
            }
        }
        QCOMPARE(failures, 0);
        QVERIFY(checked > 20 * wrongValues().size());
    }

    // A text simdjson refuses but QJsonDocument reads (an integer beyond 64 bits) still reads,
    // as QJsonDocument reads it.
    void textSimdjsonRefusesReadsAsBefore()
    {
        const QByteArray text =
            R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","namespace":"n",)"
            R"("generation":123456789012345678901234567890}})";
        QVERIFY(QJsonDocument::fromJson(text).isObject());
        const auto viaText = rd::core::Pod::fromText(text);
        const auto viaQt = rd::core::Pod::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(viaText.ok(), viaQt.ok());
        QCOMPARE(viaText.errorMessage(), viaQt.errorMessage());
        QVERIFY(!viaText.ok()); // generation: not an integer this program can hold
    }
};

QTEST_GUILESS_MAIN(TestJsonTextReader)
#include "test_json_text_reader.moc"
