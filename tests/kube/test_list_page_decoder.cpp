// kube::ListPageDecoder (simdjson, no QJsonObject trees) against the reading it replaced
// (QJsonDocument + core::ObjectTrimmer + ObjectCache::packWithKey): the same readability, keys,
// refs and the very same packed text (the cache skips an object whose text did not change, so
// a list and a watch event must write an unchanged object alike). Over every upstream fixture
// object, objects as fat as real clusters send them, hand-made edge cases, values of every type
// put where the trim rules look, and byte-level damage.

#include "../core/GoldenFixtures.h"
#include "ListPageReference.h"

#include "core/YamlConverter.h"
#include "kube/ListPageDecoder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using rd::kube::ListPageDecoder;

namespace {

QHash<QString, QList<QJsonObject>> fixtureObjectsByKind()
{
    QHash<QString, QList<QJsonObject>> out;
    const QDir root(rd::test::fixturesDir());
    for (const QString &dirName : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QJsonObject &o : rd::test::fixtureFolderObjects(dirName)) {
            if (!o.value(u"kind"_s).toString().isEmpty())
                out[o.value(u"kind"_s).toString()] << o;
        }
    }
    return out;
}

// As a real API server sends objects: managedFields, kubectl's last-applied copy, more status.
QJsonObject fattened(QJsonObject o)
{
    QJsonObject meta = o.value(u"metadata"_s).toObject();
    meta.insert(
        u"managedFields"_s,
        QJsonArray{QJsonObject{{u"manager"_s, u"kubectl"_s},
                               {u"operation"_s, u"Update"_s},
                               {u"fieldsV1"_s, QJsonObject{{u"f:spec"_s, QJsonObject{}}}}}});
    QJsonObject annotations = meta.value(u"annotations"_s).toObject();
    annotations.insert(u"kubectl.kubernetes.io/last-applied-configuration"_s,
                       QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    annotations.insert(u"note"_s, u"line\nbreak \"quoted\" \\ tab\t é 😀 \u2028 /"_s);
    meta.insert(u"annotations"_s, annotations);
    meta.insert(u"finalizers"_s, QJsonArray{u"example.com/keep"_s});
    o.insert(u"metadata"_s, meta);
    return o;
}

QByteArray pageOf(const QList<QJsonObject> &items, const QString &kind, bool dropKinds,
                  const QString &cont = u"abc"_s)
{
    QJsonArray array;
    for (QJsonObject o : items) {
        if (dropKinds) {
            o.remove(u"kind"_s);
            o.remove(u"apiVersion"_s);
        }
        array.append(o);
    }
    QJsonObject meta{{u"resourceVersion"_s, u"4242"_s}};
    if (!cont.isEmpty())
        meta.insert(u"continue"_s, cont);
    const QString listKind = kind + u"List"_s;
    return QJsonDocument(QJsonObject{{u"kind"_s, listKind},
                                     {u"apiVersion"_s, u"v1"_s},
                                     {u"metadata"_s, meta},
                                     {u"items"_s, array}})
        .toJson(QJsonDocument::Compact);
}

QString compare(const QByteArray &body, const QString &kind)
{
    return rd::test::pageDifference(ListPageDecoder::decode(body, kind),
                                    rd::test::referencePage(body, kind));
}

// Every place inside `value` (objects and arrays, depth first), as setters.
void places(QJsonValue &value, QList<std::function<void(const QJsonValue &)>> &out,
            const std::function<void(const QJsonValue &)> &set)
{
    out << set;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString &key : o.keys()) {
            QJsonValue child = o.value(key);
            places(child, out, [set, o, key](const QJsonValue &v) mutable {
                QJsonObject copy = o;
                copy.insert(key, v);
                set(copy);
            });
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue child = a.at(i);
            places(child, out, [set, a, i](const QJsonValue &v) mutable {
                QJsonArray copy = a;
                copy.replace(i, v);
                set(copy);
            });
        }
    }
}

} // namespace

class TestListPageDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixtureObjectReadsAsBefore()
    {
        const auto byKind = fixtureObjectsByKind();
        QVERIFY2(byKind.contains(u"Pod"_s) && byKind.contains(u"ReplicaSet"_s) &&
                     byKind.contains(u"Rollout"_s),
                 "ROLLOUTDESK_TEST_DATA / fixtures missing");
        int items = 0;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            QList<QJsonObject> fat;
            for (const QJsonObject &o : it.value())
                fat << fattened(o);
            for (const bool dropKinds : {false, true}) {
                for (const QList<QJsonObject> &objects : {it.value(), fat}) {
                    const QByteArray body = pageOf(objects, it.key(), dropKinds);
                    const ListPageDecoder::Page page = ListPageDecoder::decode(body, it.key());
                    QVERIFY2(page.readable, qPrintable(it.key()));
                    QCOMPARE(page.items.size(), objects.size());
                    const QString diff = compare(body, it.key());
                    QVERIFY2(diff.isEmpty(), qPrintable(it.key() + u": "_s + diff));
                    items += int(page.items.size());
                }
            }
        }
        QVERIFY(items >= 40);
    }

    // What the trim drops is gone from the text, what the views read is there.
    void fatObjectsLoseWhatNobodyReads()
    {
        const auto byKind = fixtureObjectsByKind();
        for (const QString &kind : {u"Pod"_s, u"ReplicaSet"_s, u"Rollout"_s}) {
            const QByteArray body = pageOf({fattened(byKind.value(kind).first())}, kind, true);
            const auto page = ListPageDecoder::decode(body, kind);
            QVERIFY(page.readable);
            const QByteArray &text = page.items.first().text;
            QVERIFY(!text.contains("managedFields"));
            QVERIFY(!text.contains("last-applied-configuration"));
            QVERIFY(text.contains(QByteArray("\"kind\":\"" + kind.toUtf8() + '"')));
            QVERIFY(text.contains("\"name\":"));
            QCOMPARE(page.resourceVersion, u"4242"_s);
            QCOMPARE(page.continueToken, u"abc"_s);
        }
    }

    void edgeCases_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<int>("count");
        const QByteArray head = R"({"metadata":{"resourceVersion":"7"},"items":[)";
        auto row = [&](const char *name, const QByteArray &items, const QString &kind,
                       bool readable, int count) {
            QTest::newRow(name) << QByteArray(head + items + "]}") << kind << readable << count;
        };
        row("repeated keys: the last wins",
            R"({"metadata":{"name":"a","namespace":"n","name":"b"}})", u"Rollout"_s, true, 1);
        row("numbers",
            R"({"metadata":{"name":"a","generation":3},"spec":{"replicas":-0,"x":1.5,"y":1e20,"z":12345678901234567890,"w":1E3,"v":0.1,"u":-9223372036854775808}})",
            u"Rollout"_s, true, 1);
        row("escapes",
            "{\"metadata\":{\"name\":\"a\",\"labels\":{\"k\\n\":"
            "\"\\u0001\\t\\\"\\\\\\/\\u2028é😀\"}}}",
            u"Pod"_s, true, 1);
        row("wrong types where rules look",
            R"({"metadata":{"name":"a","annotations":"x","ownerReferences":{"uid":"u"}},"spec":{"containers":{"name":"c"},"initContainers":[1,"s",null,{"name":"i","image":"im","ports":[1]}]},"status":{"containerStatuses":[{"state":[1]},{"state":{"running":5,"waiting":{"reason":"r","message":"m"}}}]}})",
            u"Pod"_s, true, 1);
        row("owner uids repeated and empty",
            R"({"metadata":{"name":"a","uid":"me","ownerReferences":[{"uid":"o1"},{"uid":""},{"uid":"o1"},{"uid":"o2","extra":1},7]}})",
            u"ReplicaSet"_s, true, 1);
        // UTF-16 order (QJsonObject's): a character beyond U+FFFF before U+E000..U+FFFF.
        row("keys beyond ASCII",
            "{\"metadata\":{\"name\":\"a\",\"labels\":{\"\\uE000\":\"1\",\"\\uD83D\\uDE00\":\"2\","
            "\"\\u00e9\":\"3\",\"z\":\"4\",\"\\uFFFD\":\"5\",\"\\u0100a\":\"6\",\"\\u0100\":\"7\"}}"
            "}",
            u"Pod"_s, true, 1);
        row("an Event's involvedObject",
            R"({"metadata":{"name":"e","namespace":"n"},"involvedObject":{"kind":"Rollout","namespace":"n","name":"r"},"reason":"x"})",
            u"Event"_s, true, 1);
        row("workloadRef",
            R"({"metadata":{"name":"r"},"spec":{"workloadRef":{"name":"d","kind":"Deployment"}}})",
            u"Rollout"_s, true, 1);
        // status.replicas read as QJsonValue::toInteger(-1) reads it (compared in the refs).
        for (const char *value : {"3", "2.0", "2.5", "-0", "1e3", "1e20", "12345678901234567890",
                                  "-9223372036854775808", "4294967297", "\"3\"", "null"}) {
            const QByteArray item =
                R"({"metadata":{"name":"rs"},"status":{"replicas":)" + QByteArray(value) + "}}";
            QTest::newRow(qPrintable(u"status.replicas "_s + QString::fromLatin1(value)))
                << QByteArray(head + item + "]}") << u"ReplicaSet"_s << true << 1;
        }
        // ...of what trimming keeps: a Pod's picked status fields do not include it.
        row("a Pod's status.replicas",
            R"({"metadata":{"name":"p"},"status":{"replicas":2,"phase":"Running"}})", u"Pod"_s,
            true, 1);
        // A number that is not zero but rounds to zero: QJsonDocument refuses the page.
        for (const char *value : {"1e-400", "-2e-324", "1E-330", "1e-310", "0e-400", "5e-324"}) {
            const QByteArray item =
                R"({"metadata":{"name":"a"},"spec":{"x":)" + QByteArray(value) + "}}";
            const bool readable = QJsonDocument::fromJson(head + item + "]}").isObject();
            QTest::newRow(qPrintable(u"tiny number "_s + QString::fromLatin1(value)))
                << QByteArray(head + item + "]}") << u"Rollout"_s << readable << (readable ? 1 : 0);
        }
        row("a UID is no number",
            R"({"metadata":{"name":"a","uid":"0a1b2c3e-1234-4d5e-8f90-123e-456789ab"}})",
            u"Rollout"_s, true, 1);
        row("kind that is no string is replaced", R"({"kind":5,"metadata":{"name":"a"}})",
            u"Rollout"_s, true, 1);
        row("empty kind is replaced", R"({"kind":"","metadata":{"name":"a"}})", u"Pod"_s, true, 1);
        row("another kind", R"({"kind":"Pod","metadata":{"name":"a"}})", u"Rollout"_s, false, 0);
        row("no name", R"({"metadata":{"namespace":"n"}})", u"Rollout"_s, false, 0);
        row("empty name", R"({"metadata":{"name":""}})", u"Rollout"_s, false, 0);
        row("name no string", R"({"metadata":{"name":7}})", u"Rollout"_s, false, 0);
        row("item no object", R"({"metadata":{"name":"a"}},3)", u"Rollout"_s, false, 0);
        row("no items", "", u"Rollout"_s, true, 0);
        QTest::newRow("items null")
            << QByteArray(R"({"metadata":{"resourceVersion":"7"},"items":null})") << u"Pod"_s
            << true << 0;
        QTest::newRow("items missing")
            << QByteArray(R"({"metadata":{"resourceVersion":"7"}})") << u"Pod"_s << false << 0;
        QTest::newRow("items an object")
            << QByteArray(R"({"metadata":{"resourceVersion":"7"},"items":{}})") << u"Pod"_s << false
            << 0;
        QTest::newRow("no resourceVersion")
            << QByteArray(R"({"metadata":{},"items":[]})") << u"Pod"_s << false << 0;
        QTest::newRow("resourceVersion no string")
            << QByteArray(R"({"metadata":{"resourceVersion":7},"items":[]})") << u"Pod"_s << false
            << 0;
        QTest::newRow("an array") << QByteArray("[]") << u"Pod"_s << false << 0;
        QTest::newRow("cut short")
            << QByteArray(head + R"({"metadata":{"name":"a"})") << u"Pod"_s << false << 0;
        QTest::newRow("empty") << QByteArray() << u"Pod"_s << false << 0;
        QTest::newRow("trailing garbage")
            << QByteArray(R"({"metadata":{"resourceVersion":"7"},"items":[]} x)") << u"Pod"_s
            << false << 0;
    }

    void edgeCases()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(bool, readable);
        QFETCH(int, count);
        const auto page = ListPageDecoder::decode(body, kind);
        QCOMPARE(page.readable, readable);
        QCOMPARE(page.items.size(), qsizetype(count));
        const QString diff = compare(body, kind);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void repeatedKeyKeepsTheLastValue()
    {
        const QByteArray body =
            R"({"metadata":{"resourceVersion":"7"},"items":[{"metadata":{"name":"a","namespace":"n","name":"b"}}]})";
        const auto page = ListPageDecoder::decode(body, u"Rollout"_s);
        QVERIFY(page.readable);
        QCOMPARE(page.items.first().key, u"n/b"_s);
    }

    // Every value of a realistic page replaced, one at a time, by a value of another type: both
    // readings agree on all of them (valid JSON everywhere, so there is no excuse to differ).
    void everyValueOfEveryTypeEverywhere()
    {
        const auto byKind = fixtureObjectsByKind();
        const QList<QJsonValue> replacements{QJsonValue(),
                                             QJsonValue(true),
                                             QJsonValue(0),
                                             QJsonValue(2.5),
                                             QJsonValue(u"s"_s),
                                             QJsonValue(QJsonArray{1, u"x"_s}),
                                             QJsonValue(QJsonObject{{u"name"_s, u"n"_s}})};
        int checked = 0;
        for (const QString &kind : {u"Pod"_s, u"ReplicaSet"_s, u"Rollout"_s}) {
            QJsonValue root = fattened(byKind.value(kind).first());
            QJsonObject current;
            QList<std::function<void(const QJsonValue &)>> setters;
            places(root, setters, [&current](const QJsonValue &v) { current = v.toObject(); });
            for (qsizetype i = 1; i < setters.size(); ++i) { // 0 replaces the whole object
                for (const QJsonValue &replacement : replacements) {
                    setters[i](replacement);
                    for (const bool dropKinds : {false, true}) {
                        const QByteArray body = pageOf({current}, kind, dropKinds);
                        const QString diff = compare(body, kind);
                        QVERIFY2(diff.isEmpty(), qPrintable(kind + u": "_s + diff + u"\n"_s +
                                                            QString::fromUtf8(body)));
                        ++checked;
                    }
                }
            }
        }
        qInfo("%d variants compared", checked);
        QVERIFY(checked > 1000);
    }

    // Damaged bytes: whatever the decoder accepts, the reference accepted and read alike. (The
    // reverse does not hold in two documented cases: integers beyond 64 bits and unpaired
    // surrogate escapes, which simdjson refuses.)
    void damagedBytesNeverReadDifferently()
    {
        const auto byKind = fixtureObjectsByKind();
        const QByteArray seed =
            pageOf({fattened(byKind.value(u"Pod"_s).first()), byKind.value(u"Pod"_s).last()},
                   u"Pod"_s, true);
        QRandomGenerator rng(15);
        const QByteArray alphabet = "{}[]\",:0123456789eE.-+\\/ntrfu aZé";
        int accepted = 0;
        int refusedOnlyHere = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray body = seed;
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(quint32(body.size())));
                switch (rng.bounded(4)) {
                case 0:
                    body[at] = alphabet.at(qsizetype(rng.bounded(quint32(alphabet.size()))));
                    break;
                case 1:
                    body.remove(at, 1 + qsizetype(rng.bounded(8)));
                    break;
                case 2:
                    body.insert(at, alphabet.at(qsizetype(rng.bounded(quint32(alphabet.size())))));
                    break;
                default:
                    body.insert(at, body.mid(at, 1 + qsizetype(rng.bounded(16))));
                }
            }
            const auto page = ListPageDecoder::decode(body, u"Pod"_s);
            const auto reference = rd::test::referencePage(body, u"Pod"_s);
            if (page.readable) {
                ++accepted;
                const QString diff = rd::test::pageDifference(page, reference);
                QVERIFY2(diff.isEmpty(), qPrintable(diff + u"\n"_s + QString::fromUtf8(body)));
            } else if (reference.readable) {
                ++refusedOnlyHere;
            }
        }
        qInfo("%d damaged pages still readable, %d refused only by the decoder", accepted,
              refusedOnlyHere);
        QVERIFY(accepted > 100); // the damage leaves enough readable pages to compare
    }
};

QTEST_GUILESS_MAIN(TestListPageDecoder)
#include "test_list_page_decoder.moc"
