// RFC 7386 (merge patch) and RFC 6902 (JSON patch) edge cases, including the RFCs' own examples.
#include "sim/JsonPatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::sim::JsonPatch;

namespace {

QJsonValue j(const char *text)
{
    const QByteArray wrapped = "{\"v\":"_ba + QByteArray(text) + '}';
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(wrapped, &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return d.object().value(u"v"_s);
}

} // namespace

class TestSimJsonPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergePatch_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("expected");
        // RFC 7386 Appendix A, every row.
        QTest::newRow("A1") << u"{\"a\":\"b\"}"_s << u"{\"a\":\"c\"}"_s << u"{\"a\":\"c\"}"_s;
        QTest::newRow("A2") << u"{\"a\":\"b\"}"_s << u"{\"b\":\"c\"}"_s
                            << u"{\"a\":\"b\",\"b\":\"c\"}"_s;
        QTest::newRow("A3") << u"{\"a\":\"b\"}"_s << u"{\"a\":null}"_s << u"{}"_s;
        QTest::newRow("A4") << u"{\"a\":\"b\",\"b\":\"c\"}"_s << u"{\"a\":null}"_s
                            << u"{\"b\":\"c\"}"_s;
        QTest::newRow("A5") << u"{\"a\":[\"b\"]}"_s << u"{\"a\":\"c\"}"_s << u"{\"a\":\"c\"}"_s;
        QTest::newRow("A6") << u"{\"a\":\"c\"}"_s << u"{\"a\":[\"b\"]}"_s << u"{\"a\":[\"b\"]}"_s;
        QTest::newRow("A7") << u"{\"a\":{\"b\":\"c\"}}"_s << u"{\"a\":{\"b\":\"d\",\"c\":null}}"_s
                            << u"{\"a\":{\"b\":\"d\"}}"_s;
        QTest::newRow("A8") << u"{\"a\":[{\"b\":\"c\"}]}"_s << u"{\"a\":[1]}"_s << u"{\"a\":[1]}"_s;
        QTest::newRow("A9") << u"[\"a\",\"b\"]"_s << u"[\"c\",\"d\"]"_s << u"[\"c\",\"d\"]"_s;
        QTest::newRow("A10") << u"{\"a\":\"b\"}"_s << u"[\"c\"]"_s << u"[\"c\"]"_s;
        QTest::newRow("A11") << u"{\"a\":\"foo\"}"_s << u"null"_s << u"null"_s;
        QTest::newRow("A12") << u"{\"a\":\"foo\"}"_s << u"\"bar\""_s << u"\"bar\""_s;
        QTest::newRow("A13") << u"{\"e\":null}"_s << u"{\"a\":1}"_s << u"{\"e\":null,\"a\":1}"_s;
        QTest::newRow("A14") << u"[1,2]"_s << u"{\"a\":\"b\",\"c\":null}"_s << u"{\"a\":\"b\"}"_s;
        QTest::newRow("A15") << u"{}"_s << u"{\"a\":{\"bb\":{\"ccc\":null}}}"_s
                             << u"{\"a\":{\"bb\":{}}}"_s;
        // The plugin's abort and promote bodies on a rollout status.
        QTest::newRow("abort")
            << u"{\"status\":{\"pauseConditions\":[{\"reason\":\"CanaryPauseStep\"}],\"currentStepIndex\":1}}"_s
            << u"{\"status\":{\"abort\":true}}"_s
            << u"{\"status\":{\"abort\":true,\"pauseConditions\":[{\"reason\":\"CanaryPauseStep\"}],\"currentStepIndex\":1}}"_s;
        QTest::newRow("promote")
            << u"{\"status\":{\"pauseConditions\":[{\"reason\":\"CanaryPauseStep\"}],\"controllerPause\":true}}"_s
            << u"{\"status\":{\"pauseConditions\":null}}"_s
            << u"{\"status\":{\"controllerPause\":true}}"_s;
        QTest::newRow("status null") << u"{\"spec\":{},\"status\":{\"phase\":\"Running\"}}"_s
                                     << u"{\"status\":null}"_s << u"{\"spec\":{}}"_s;
    }
    void mergePatch()
    {
        QFETCH(QString, target);
        QFETCH(QString, patch);
        QFETCH(QString, expected);
        const QJsonValue result =
            JsonPatch::mergePatch(j(target.toUtf8().constData()), j(patch.toUtf8().constData()));
        QCOMPARE(result, j(expected.toUtf8().constData()));
    }

    void jsonPatch_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("ops");
        QTest::addColumn<QString>("expected"); // empty = must fail
        // RFC 6902 Appendix A.
        QTest::newRow("A1 add member")
            << u"{\"foo\":\"bar\"}"_s << u"[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\"}]"_s
            << u"{\"baz\":\"qux\",\"foo\":\"bar\"}"_s;
        QTest::newRow("A2 add array element")
            << u"{\"foo\":[\"bar\",\"baz\"]}"_s
            << u"[{\"op\":\"add\",\"path\":\"/foo/1\",\"value\":\"qux\"}]"_s
            << u"{\"foo\":[\"bar\",\"qux\",\"baz\"]}"_s;
        QTest::newRow("A3 remove member")
            << u"{\"baz\":\"qux\",\"foo\":\"bar\"}"_s
            << u"[{\"op\":\"remove\",\"path\":\"/baz\"}]"_s << u"{\"foo\":\"bar\"}"_s;
        QTest::newRow("A4 remove element")
            << u"{\"foo\":[\"bar\",\"qux\",\"baz\"]}"_s
            << u"[{\"op\":\"remove\",\"path\":\"/foo/1\"}]"_s << u"{\"foo\":[\"bar\",\"baz\"]}"_s;
        QTest::newRow("A5 replace")
            << u"{\"baz\":\"qux\",\"foo\":\"bar\"}"_s
            << u"[{\"op\":\"replace\",\"path\":\"/baz\",\"value\":\"boo\"}]"_s
            << u"{\"baz\":\"boo\",\"foo\":\"bar\"}"_s;
        QTest::newRow("A6 move")
            << u"{\"foo\":{\"bar\":\"baz\",\"waldo\":\"fred\"},\"qux\":{\"corge\":\"grault\"}}"_s
            << u"[{\"op\":\"move\",\"from\":\"/foo/waldo\",\"path\":\"/qux/thud\"}]"_s
            << u"{\"foo\":{\"bar\":\"baz\"},\"qux\":{\"corge\":\"grault\",\"thud\":\"fred\"}}"_s;
        QTest::newRow("A7 move element")
            << u"{\"foo\":[\"all\",\"grass\",\"cows\",\"eat\"]}"_s
            << u"[{\"op\":\"move\",\"from\":\"/foo/1\",\"path\":\"/foo/3\"}]"_s
            << u"{\"foo\":[\"all\",\"cows\",\"eat\",\"grass\"]}"_s;
        QTest::newRow("A8 test ok")
            << u"{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}"_s
            << u"[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"qux\"},{\"op\":\"test\",\"path\":\"/foo/1\",\"value\":2}]"_s
            << u"{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}"_s;
        QTest::newRow("A9 test fails")
            << u"{\"baz\":\"qux\"}"_s
            << u"[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"bar\"}]"_s << QString();
        QTest::newRow("A10 nested add")
            << u"{\"foo\":\"bar\"}"_s
            << u"[{\"op\":\"add\",\"path\":\"/child\",\"value\":{\"grandchild\":{}}}]"_s
            << u"{\"foo\":\"bar\",\"child\":{\"grandchild\":{}}}"_s;
        QTest::newRow("A11 extra member ignored")
            << u"{\"foo\":\"bar\"}"_s
            << u"[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"xyz\":123}]"_s
            << u"{\"foo\":\"bar\",\"baz\":\"qux\"}"_s;
        QTest::newRow("A12 missing parent")
            << u"{\"foo\":\"bar\"}"_s
            << u"[{\"op\":\"add\",\"path\":\"/baz/bat\",\"value\":\"qux\"}]"_s << QString();
        QTest::newRow("A14 escapes")
            << u"{\"/\":9,\"~1\":10}"_s << u"[{\"op\":\"test\",\"path\":\"/~01\",\"value\":10}]"_s
            << u"{\"/\":9,\"~1\":10}"_s;
        QTest::newRow("A15 string vs number")
            << u"{\"/\":9,\"~1\":10}"_s
            << u"[{\"op\":\"test\",\"path\":\"/~01\",\"value\":\"10\"}]"_s << QString();
        QTest::newRow("A16 append dash")
            << u"{\"foo\":[\"bar\"]}"_s
            << u"[{\"op\":\"add\",\"path\":\"/foo/-\",\"value\":[\"abc\",\"def\"]}]"_s
            << u"{\"foo\":[\"bar\",[\"abc\",\"def\"]]}"_s;
        // Edge cases.
        QTest::newRow("atomic: second op fails")
            << u"{\"a\":1}"_s
            << u"[{\"op\":\"replace\",\"path\":\"/a\",\"value\":2},{\"op\":\"remove\",\"path\":\"/nope\"}]"_s
            << QString();
        QTest::newRow("replace missing")
            << u"{\"a\":1}"_s << u"[{\"op\":\"replace\",\"path\":\"/b\",\"value\":2}]"_s
            << QString();
        QTest::newRow("index out of bounds")
            << u"{\"a\":[1]}"_s << u"[{\"op\":\"add\",\"path\":\"/a/5\",\"value\":2}]"_s
            << QString();
        QTest::newRow("leading zero index")
            << u"{\"a\":[1,2]}"_s << u"[{\"op\":\"remove\",\"path\":\"/a/01\"}]"_s << QString();
        QTest::newRow("add at end index")
            << u"{\"a\":[1]}"_s << u"[{\"op\":\"add\",\"path\":\"/a/1\",\"value\":2}]"_s
            << u"{\"a\":[1,2]}"_s;
        QTest::newRow("move into child")
            << u"{\"a\":{\"b\":1}}"_s << u"[{\"op\":\"move\",\"from\":\"/a\",\"path\":\"/a/c\"}]"_s
            << QString();
        QTest::newRow("copy") << u"{\"a\":{\"b\":1}}"_s
                              << u"[{\"op\":\"copy\",\"from\":\"/a\",\"path\":\"/c\"}]"_s
                              << u"{\"a\":{\"b\":1},\"c\":{\"b\":1}}"_s;
        QTest::newRow("replace root")
            << u"{\"a\":1}"_s << u"[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"b\":2}}]"_s
            << u"{\"b\":2}"_s;
        QTest::newRow("unknown op")
            << u"{\"a\":1}"_s << u"[{\"op\":\"frobnicate\",\"path\":\"/a\"}]"_s << QString();
        QTest::newRow("bad pointer")
            << u"{\"a\":1}"_s << u"[{\"op\":\"remove\",\"path\":\"a\"}]"_s << QString();
        QTest::newRow("bad escape")
            << u"{\"a\":1}"_s << u"[{\"op\":\"remove\",\"path\":\"/~2\"}]"_s << QString();
        QTest::newRow("missing value")
            << u"{\"a\":1}"_s << u"[{\"op\":\"add\",\"path\":\"/b\"}]"_s << QString();
        QTest::newRow("null value is a value")
            << u"{\"a\":1}"_s << u"[{\"op\":\"add\",\"path\":\"/b\",\"value\":null}]"_s
            << u"{\"a\":1,\"b\":null}"_s;
        // undo's body (rollouts-semantics.md §3.7).
        QTest::newRow("undo template")
            << u"{\"spec\":{\"template\":{\"x\":1},\"replicas\":5}}"_s
            << u"[{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":{\"y\":2}}]"_s
            << u"{\"spec\":{\"template\":{\"y\":2},\"replicas\":5}}"_s;
    }
    void jsonPatch()
    {
        QFETCH(QString, doc);
        QFETCH(QString, ops);
        QFETCH(QString, expected);
        const auto outcome =
            JsonPatch::apply(j(doc.toUtf8().constData()), j(ops.toUtf8().constData()).toArray());
        if (expected.isEmpty()) {
            QVERIFY2(!outcome.ok(), "the patch must be refused");
            QVERIFY(!outcome.errorMessage().isEmpty());
            QVERIFY(outcome.error().httpStatus == 422 || outcome.error().httpStatus == 413);
        } else {
            QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
            QCOMPARE(outcome.value(), j(expected.toUtf8().constData()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimJsonPatch)
#include "test_sim_json_patch.moc"
