// ListMetadataScanner against hostile bodies: it must refuse malformed structure, never crash or
// loop, and whenever QJsonDocument (the full decode of a page) reads a page, read the same
// continue token and resourceVersion from it, whatever the key order, escapes or duplicates.

#include "kube/ListMetadataScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::kube::ListMetadataScanner;

namespace {

// What the full decode reads (Reflector::decodeListPage's rules): nullopt where it refuses.
std::optional<ListMetadataScanner::Metadata> fullDecode(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject meta = doc.object().value(u"metadata"_s).toObject();
    ListMetadataScanner::Metadata out;
    out.resourceVersion = meta.value(u"resourceVersion"_s).toString();
    out.continueToken = meta.value(u"continue"_s).toString();
    if (out.resourceVersion.isEmpty())
        return std::nullopt;
    return out;
}

QByteArray validPage()
{
    return "{\"kind\":\"PodList\",\"apiVersion\":\"v1\","
           "\"metadata\":{\"resourceVersion\":\"42\",\"continue\":\"tok-1\",\"remainingItemCount\":"
           "3},"
           "\"items\":[{\"metadata\":{\"name\":\"a\",\"annotations\":{\"x\":\"a \\\"quoted\\\" {[ "
           "value\"}}},"
           "{\"metadata\":{\"name\":\"b\",\"labels\":{}},\"spec\":{\"n\":[1,2.5e3,-4,true,false,null]}}]}"_ba;
}

} // namespace

class TestListScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheFullDecodeReads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("continueToken");
        QTest::addColumn<QString>("resourceVersion");
        QTest::newRow("metadata first") << validPage() << u"tok-1"_s << u"42"_s;
        QTest::newRow("items first, kind last")
            << "{\"items\":[{\"metadata\":{\"continue\":\"fake\",\"resourceVersion\":\"0\"}}],\"metadata\":{\"continue\":\"real\",\"resourceVersion\":\"7\"},\"kind\":\"List\"}"_ba
            << u"real"_s << u"7"_s;
        QTest::newRow("last page: no continue")
            << "{\"metadata\":{\"resourceVersion\":\"9\"},\"items\":[]}"_ba << QString() << u"9"_s;
        QTest::newRow("empty continue")
            << "{\"metadata\":{\"resourceVersion\":\"9\",\"continue\":\"\"},\"items\":null}"_ba
            << QString() << u"9"_s;
        QTest::newRow("whitespace everywhere")
            << " \r\n{ \"items\" : [ ] ,\n\t\"metadata\" : { \"resourceVersion\" : \"3\" , "
               "\"continue\" : \"c\" } } \n"_ba
            << u"c"_s << u"3"_s;
        QTest::newRow("strings that look like structure")
            << "{\"items\":[\"}]\\\"metadata\\\":{\\\"resourceVersion\\\":\\\"1\\\"}\",\"\\\\\",{\"k\\\"\":\"\\\\\\\"\"}],\"metadata\":{\"resourceVersion\":\"5\",\"continue\":\"x\"}}"_ba
            << u"x"_s << u"5"_s;
        QTest::newRow("escaped key spelling")
            << "{\"m\\u0065tadata\":{\"resourceVersion\":\"11\",\"continue\":\"esc\"},\"items\":[]}"_ba
            << u"esc"_s << u"11"_s;
        QTest::newRow("escapes in the token")
            << "{\"metadata\":{\"resourceVersion\":\"1\",\"continue\":\"a\\\"b\\\\c\\u00e9\"},\"items\":[]}"_ba
            << u"a\"b\\c\u00e9"_s << u"1"_s;
        // Duplicates: the last occurrence wins, as QJsonDocument decides it.
        QTest::newRow("metadata twice")
            << "{\"metadata\":{\"resourceVersion\":\"1\",\"continue\":\"first\"},\"items\":[],\"metadata\":{\"resourceVersion\":\"2\",\"continue\":\"second\"}}"_ba
            << u"second"_s << u"2"_s;
        QTest::newRow("metadata twice, the last one ends the list")
            << "{\"metadata\":{\"resourceVersion\":\"1\",\"continue\":\"first\"},\"metadata\":{\"resourceVersion\":\"2\"},\"items\":[]}"_ba
            << QString() << u"2"_s;
        QTest::newRow("continue twice inside metadata")
            << "{\"metadata\":{\"continue\":\"a\",\"resourceVersion\":\"1\",\"continue\":\"b\"},\"items\":[]}"_ba
            << u"b"_s << u"1"_s;
        QTest::newRow("items twice")
            << "{\"items\":[1],\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[]}"_ba
            << QString() << u"1"_s;
    }

    void readsWhatTheFullDecodeReads()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, continueToken);
        QFETCH(QString, resourceVersion);
        const auto scanned = ListMetadataScanner::scan(body);
        QVERIFY(scanned);
        QCOMPARE(scanned->continueToken, continueToken);
        QCOMPARE(scanned->resourceVersion, resourceVersion);
        const auto full = fullDecode(body);
        QVERIFY(full);
        QCOMPARE(full->continueToken, scanned->continueToken);
        QCOMPARE(full->resourceVersion, scanned->resourceVersion);
    }

    void refusesMalformedStructure_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << " \n"_ba;
        QTest::newRow("an array") << "[{\"metadata\":{\"resourceVersion\":\"1\"}}]"_ba;
        QTest::newRow("a string") << "\"metadata\""_ba;
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("no resourceVersion")
            << "{\"metadata\":{\"continue\":\"x\"},\"items\":[]}"_ba;
        QTest::newRow("metadata not an object") << "{\"metadata\":\"rv\",\"items\":[]}"_ba;
        QTest::newRow("unterminated string in items")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[\"abc}"_ba;
        QTest::newRow("escaped closing quote")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[\"abc\\\"]}"_ba;
        QTest::newRow("unterminated key") << "{\"metadata\":{\"resourceVersion\":\"1\"},\"ite"_ba;
        QTest::newRow("unterminated array")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":["_ba;
        QTest::newRow("unterminated object") << "{\"metadata\":{\"resourceVersion\":\"1\"}"_ba;
        QTest::newRow("wrong closer")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[}}"_ba;
        QTest::newRow("missing colon")
            << "{\"metadata\" {\"resourceVersion\":\"1\"},\"items\":[]}"_ba;
        QTest::newRow("missing comma")
            << "{\"metadata\":{\"resourceVersion\":\"1\"} \"items\":[]}"_ba;
        QTest::newRow("trailing comma in items")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[1,]}"_ba;
        QTest::newRow("trailing comma in object")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[],}"_ba;
        QTest::newRow("bytes after the object")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[]} {}"_ba;
        QTest::newRow("key not a string") << "{metadata:{\"resourceVersion\":\"1\"}}"_ba;
        QTest::newRow("nothing after a colon")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":}"_ba;
        QTest::newRow("metadata unreadable")
            << "{\"metadata\":{\"resourceVersion\":\"1\",},\"items\":[]}"_ba;
        QTest::newRow("a thousand backslashes")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[\"" + QByteArray(1001, '\\') +
                   "\"]}";
        QTest::newRow("nested deeper than QJsonDocument reads")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":" +
                   QByteArray(ListMetadataScanner::kMaxDepth, '[') +
                   QByteArray(ListMetadataScanner::kMaxDepth, ']') + "}";
        QTest::newRow("two hundred thousand brackets")
            << "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":" + QByteArray(200000, '[');
    }

    void refusesMalformedStructure()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ListMetadataScanner::scan(body));
        // Never something the full decode would have accepted.
        QVERIFY(!fullDecode(body));
    }

    void nestingLimitMatchesTheFullDecode()
    {
        // The top-level object is depth 1; QJsonDocument reads 1024 levels and refuses 1025.
        for (int depth : {ListMetadataScanner::kMaxDepth - 1, ListMetadataScanner::kMaxDepth}) {
            const QByteArray body = "{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":" +
                                    QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + "}";
            QVERIFY2(ListMetadataScanner::scan(body).has_value(),
                     qPrintable(QString::number(depth)));
            QVERIFY(fullDecode(body).has_value());
        }
    }

    // Random damage to a valid page (seeded, so a failure repeats): the scan always ends, and
    // wherever the full decode reads a page the scan reads the same token and version from it.
    void randomDamageAgreesWithTheFullDecode()
    {
        const QByteArray seeds[] = {
            validPage(),
            "{\"items\":[{\"a\":\"\\\\\\\"\",\"b\":[[],{}]}],\"metadata\":{\"continue\":\"c\\\"d\",\"resourceVersion\":\"8\"},\"metadata\":{\"resourceVersion\":\"9\",\"continue\":\"e\"}}"_ba,
        };
        const char alphabet[] = "{}[]\":,\\ a1-e.tn";
        QRandomGenerator random(20261127);
        int agreedAccepted = 0;
        int refused = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray body = seeds[round % 2];
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(body.size()) + 1);
                const char c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                switch (random.bounded(4)) {
                case 0:
                    body.insert(at, c);
                    break;
                case 1:
                    if (at < body.size())
                        body[at] = c;
                    break;
                case 2:
                    if (at < body.size())
                        body.remove(at, 1);
                    break;
                default:
                    body.truncate(at);
                    break;
                }
            }
            const auto scanned = ListMetadataScanner::scan(body);
            const auto full = fullDecode(body);
            if (full) {
                QVERIFY2(scanned, body.constData());
                QCOMPARE(scanned->continueToken, full->continueToken);
                QCOMPARE(scanned->resourceVersion, full->resourceVersion);
                ++agreedAccepted;
            } else if (!scanned) {
                ++refused;
            }
            // Scanned but not fully decodable (e.g. a damaged number): the page's decode refuses
            // it, so the list is refused all the same.
        }
        qInfo("%d damaged pages read alike, %d refused by both", agreedAccepted, refused);
        QVERIFY(agreedAccepted > 100);
        QVERIFY(refused > 100);
    }
};

QTEST_GUILESS_MAIN(TestListScanner)
#include "test_list_scanner.moc"
