// RolloutSource::listEvents on a cluster source made by ClusterConnector (the CLI's `history
// rollout`): one paged list of the rollout's Events, nothing watched, the name and namespace
// checked before anything is sent, the server's refusal passed on. The API server is the test's
// own (FakeApiServer on 127.0.0.1), whose log is independent of the code under test.
#include "../kube/FakeApiServer.h"

#include "source/ClusterConnector.h"
#include "source/EventsRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::source::ClusterConnector;
using rd::source::EventsRequest;

namespace {
const QString kEvents = u"/api/v1/namespaces/shop/events"_s;

QJsonObject eventObject(const QString &name, const QString &reason)
{
    return QJsonObject{
        {u"kind"_s, u"Event"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"shop"_s}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo"_s}}},
        {u"reason"_s, reason}};
}

QJsonObject eventList(const QJsonArray &items, const QString &continueToken = {})
{
    QJsonObject metadata;
    if (!continueToken.isEmpty())
        metadata.insert(u"continue"_s, continueToken);
    return QJsonObject{{u"kind"_s, u"EventList"_s}, {u"metadata"_s, metadata}, {u"items"_s, items}};
}
} // namespace

class TestRolloutEventsList : public QObject
{
    Q_OBJECT
    rd::test::FakeApiServer m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<rd::source::ClusterRolloutSource> connectSource(const QString &ns = u"shop"_s)
    {
        const QString path = m_dir.filePath(u"kubeconfig"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return nullptr;
        f.write(m_server.kubeconfig(ns));
        f.close();
        auto connection = ClusterConnector::connect({path, QString(), QString(), false});
        if (!connection.ok()) {
            qWarning() << connection.error().message;
            return nullptr;
        }
        return std::move(connection).value();
    }

    // Waits for the request's answer: (succeeded, events, message).
    static bool await(EventsRequest *request, QList<QJsonObject> *events, QString *message)
    {
        QSignalSpy finished(request, &EventsRequest::finished);
        if (!finished.wait(20000))
            return false;
        *events = request->events();
        *message = request->message();
        return finished.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
    }
    void init() { m_server.log.clear(); }

    // One GET with the field selector and a page size; the source is never started, so nothing
    // else reaches the server.
    void listsOnceWithoutWatching()
    {
        m_server.set(kEvents, eventList({eventObject(u"e1"_s, u"RolloutUpdated"_s),
                                         eventObject(u"e2"_s, u"RolloutPaused"_s)}));
        auto source = connectSource();
        QVERIFY(source);
        QList<QJsonObject> events;
        QString message;
        QVERIFY2(await(source->listEvents(u"shop"_s, u"demo"_s), &events, &message),
                 qPrintable(message));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).value(u"reason"_s).toString(), u"RolloutPaused"_s);
        QCOMPARE(m_server.log.size(), 1);
        const auto &r = m_server.log.first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path(), kEvents);
        const QString query = QUrl::fromPercentEncoding(r.target.mid(r.target.indexOf('?') + 1));
        QVERIFY2(
            query.contains(u"fieldSelector=involvedObject.kind=Rollout,involvedObject.name=demo"_s),
            qPrintable(query));
        QVERIFY2(query.contains(u"limit=500"_s), qPrintable(query));
        QVERIFY(!query.contains(u"continue="_s));
    }

    // The server always says "more": the pages are followed with the continue token and the
    // list stops at the cap instead of running forever.
    void pagesFollowContinueUpToTheCap()
    {
        m_server.set(kEvents, eventList({eventObject(u"e1"_s, u"RolloutUpdated"_s)}, u"more"_s));
        auto source = connectSource();
        QVERIFY(source);
        QList<QJsonObject> events;
        QString message;
        QVERIFY2(await(source->listEvents(u"shop"_s, u"demo"_s), &events, &message),
                 qPrintable(message));
        QCOMPARE(m_server.log.size(), 20);
        QCOMPARE(events.size(), 20);
        QVERIFY(!m_server.log.at(0).target.contains("continue="));
        for (qsizetype i = 1; i < m_server.log.size(); ++i)
            QVERIFY(m_server.log.at(i).target.contains("continue=more"));
    }

    // A name that could steer the field selector, or a namespace that could steer the path, is
    // refused with a message before any request.
    void refusesBadNamesBeforeSending_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::newRow("selector smuggled") << u"shop"_s << u"a,involvedObject.kind=Pod"_s;
        QTest::newRow("uppercase") << u"shop"_s << u"Demo"_s;
        QTest::newRow("empty") << u"shop"_s << QString();
        QTest::newRow("path in namespace") << u"../kube-system"_s << u"demo"_s;
        QTest::newRow("empty namespace") << QString() << u"demo"_s;
    }
    void refusesBadNamesBeforeSending()
    {
        QFETCH(QString, ns);
        QFETCH(QString, name);
        auto source = connectSource();
        QVERIFY(source);
        QList<QJsonObject> events;
        QString message;
        QVERIFY(!await(source->listEvents(ns, name), &events, &message));
        QVERIFY(!message.isEmpty());
        QVERIFY(events.isEmpty());
        QCOMPARE(m_server.lines(), QStringList());
    }

    // The server's refusal (RBAC) is the request's message.
    void serverRefusalIsTheMessage()
    {
        m_server.set(kEvents,
                     QJsonObject{{u"kind"_s, u"Status"_s},
                                 {u"status"_s, u"Failure"_s},
                                 {u"reason"_s, u"Forbidden"_s},
                                 {u"code"_s, 403},
                                 {u"message"_s, u"events is forbidden: User \"viewer\" cannot "
                                                u"list resource \"events\""_s}});
        auto source = connectSource();
        QVERIFY(source);
        QList<QJsonObject> events;
        QString message;
        QVERIFY(!await(source->listEvents(u"shop"_s, u"demo"_s), &events, &message));
        QVERIFY2(message.contains(u"cannot list resource \"events\""_s), qPrintable(message));
        QCOMPARE(m_server.log.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRolloutEventsList)
#include "test_rollout_events_list.moc"
