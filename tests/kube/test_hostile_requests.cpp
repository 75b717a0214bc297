// KubeClient, Reflector and AccessReview against a fake API server on loopback whose request log
// belongs to this test: a path that could leave its namespace is never sent, whoever built it;
// and a password in the server address never reaches a message.

#include "FakeApiServer.h"

#include "kube/AccessReview.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/ObjectCache.h"
#include "kube/Reflector.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;

namespace {
const QString kRollout = u"/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/demo"_s;

bool wait(KubeReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(20000);
}
} // namespace

class TestHostileRequests : public QObject
{
    Q_OBJECT
    rd::test::FakeApiServer m_server;
    QTemporaryDir m_dir;

    std::optional<KubeConfig::Resolved> resolved(const QByteArray &kubeconfig)
    {
        const QString path = m_dir.filePath(u"kubeconfig"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return std::nullopt;
        f.write(kubeconfig);
        f.close();
        QString error;
        auto config = KubeConfig::loadFile(path);
        error = config.errorMessage();
        if (!config) {
            qWarning() << error;
            return std::nullopt;
        }
        auto r = config->resolve(QString());
        error = r.errorMessage();
        if (!r) {
            qWarning() << error;
            return std::nullopt;
        }
        return *r;
    }

    std::unique_ptr<KubeClient> client()
    {
        auto r = resolved(m_server.kubeconfig());
        if (!r)
            return nullptr;
        QString error;
        auto cMade = KubeClient::create(*r);
        error = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        if (!c)
            qWarning() << error;
        return c;
    }

    // A request that goes through and is answered: once it has finished, anything sent before it
    // on the same client has reached the server's log too.
    bool barrier(KubeClient &c)
    {
        KubeRequest r;
        r.path = kRollout;
        KubeReply *reply = c.send(r);
        const bool ok = wait(reply) && reply->ok();
        delete reply;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.set(kRollout, QJsonObject{{u"kind"_s, u"Rollout"_s}});
        // The target of the classic attack exists: a client that sent the request would succeed.
        m_server.set(u"/apis/apps/v1/namespaces/kube-system/deployments/x"_s,
                     QJsonObject{{u"kind"_s, u"Deployment"_s}});
    }

    void init() { m_server.log.clear(); }

    void validPathIsSent()
    {
        auto c = client();
        QVERIFY(c);
        QVERIFY(barrier(*c));
        QCOMPARE(m_server.lines(), QStringList{u"GET "_s + kRollout});
    }

    void queryValuesAreEncodedWhole()
    {
        // A continue token or selector from the server is data: '+' must not turn into a space
        // (Go decodes '+' in a query as one), and '&', '=' and '#' must not add or cut parameters.
        auto c = client();
        QVERIFY(c);
        KubeRequest r;
        r.path = kRollout;
        r.query.addQueryItem(u"continue"_s, u"a+b/c=d&watch=1#e f%41"_s);
        r.query.addQueryItem(u"limit"_s, u"500"_s);
        KubeReply *reply = c->send(r);
        QVERIFY(wait(reply));
        delete reply;
        QCOMPARE(m_server.log.size(), 1);
        const QByteArray target = m_server.log.first().target;
        QCOMPARE(target.mid(target.indexOf('?') + 1),
                 "continue=a%2Bb%2Fc%3Dd%26watch%3D1%23e%20f%2541&limit=500"_ba);
    }

    void hostilePathIsNeverSent_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("patch traversal")
            << "PATCH"_ba
            << u"/apis/apps/v1/namespaces/default/deployments/../../../../../apps/v1/namespaces/"
               "kube-system/deployments/x"_s;
        QTest::newRow("put dotdot")
            << "PUT"_ba << u"/apis/apps/v1/namespaces/default/deployments/.."_s;
        QTest::newRow("namespace traversal")
            << "GET"_ba << u"/apis/apps/v1/namespaces/../kube-system/deployments"_s;
        QTest::newRow("encoded dots")
            << "PATCH"_ba << u"/apis/apps/v1/namespaces/default/deployments/%2e%2e"_s;
        QTest::newRow("encoded slash")
            << "GET"_ba << u"/api/v1/namespaces/default%2f..%2fkube-system/pods"_s;
        QTest::newRow("empty name")
            << "PATCH"_ba << u"/apis/apps/v1/namespaces/default/deployments/"_s;
        QTest::newRow("empty namespace") << "GET"_ba << u"/api/v1/namespaces//pods"_s;
        QTest::newRow("uppercase")
            << "PATCH"_ba << u"/apis/apps/v1/namespaces/default/deployments/X"_s;
        QTest::newRow("too deep") << "PATCH"_ba
                                  << u"/apis/apps/v1/namespaces/default/deployments/a/b/c"_s;
    }
    void hostilePathIsNeverSent()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        auto c = client();
        QVERIFY(c);
        QSignalSpy started(c.get(), &KubeClient::requestStarted);
        KubeRequest r;
        r.verb = verb;
        r.path = path;
        r.body = "{}"_ba;
        KubeReply *reply = c->send(r);
        QVERIFY(!reply->isFinished()); // finished() comes on a later turn, as for sent requests
        QVERIFY(wait(reply));
        QVERIFY(!reply->ok());
        QVERIFY(reply->error().refused);
        QCOMPARE(reply->httpStatus(), 0);
        QVERIFY2(reply->error().message.contains(u"was not sent"_s),
                 qPrintable(reply->error().message));
        delete reply;
        QVERIFY(barrier(*c));
        QCOMPARE(started.count(), 1); // the barrier only
        QCOMPARE(m_server.lines(), QStringList{u"GET "_s + kRollout});
    }

    void reflectorRefusesAHostileNamespace_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::newRow("traversal") << u"../kube-system"_s;
        QTest::newRow("slash") << u"default/../kube-system"_s;
        QTest::newRow("encoded") << u"%2e%2e"_s;
        QTest::newRow("dotdot") << u".."_s;
        QTest::newRow("uppercase") << u"Default"_s;
        QTest::newRow("dotted") << u"a.b"_s;
        QTest::newRow("64 characters") << QString(64, u'a');
    }
    void reflectorRefusesAHostileNamespace()
    {
        QFETCH(QString, ns);
        auto c = client();
        QVERIFY(c);
        ObjectCache store(u"Rollout"_s);
        Reflector reflector(c.get(), ResourceKind::rollouts(), ns, &store);
        reflector.start();
        QCOMPARE(reflector.state(), Reflector::State::Failed);
        QVERIFY2(reflector.lastError().message.contains(u"not a valid namespace name"_s),
                 qPrintable(reflector.lastError().message));
        QVERIFY(barrier(*c));
        QCOMPARE(reflector.listCount(), 0);
        QCOMPARE(m_server.outside(u"default"_s), QStringList());
        QCOMPARE(m_server.lines(), QStringList{u"GET "_s + kRollout});
    }

    void reflectorListsAValidNamespace()
    {
        // The positive control of the test above: the same reflector does ask the server.
        auto c = client();
        QVERIFY(c);
        ObjectCache store(u"Rollout"_s);
        Reflector reflector(c.get(), ResourceKind::rollouts(), u"default"_s, &store);
        reflector.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.log.isEmpty(), 20000);
        QCOMPARE(m_server.log.first().path(),
                 u"/apis/argoproj.io/v1alpha1/namespaces/default/rollouts"_s);
        reflector.stop();
    }

    void accessReviewRefusesHostileNames()
    {
        auto c = client();
        QVERIFY(c);
        auto *review = AccessReview::ask(c.get(), u"../kube-system"_s, u"patch"_s, u"argoproj.io"_s,
                                         u"rollouts"_s);
        QSignalSpy answered(review, &AccessReview::answered);
        QVERIFY(answered.wait(20000));
        QCOMPARE(answered.first().at(0).toBool(), false); // not known
        QCOMPARE(answered.first().at(1).toBool(), false); // not allowed
        QVERIFY2(answered.first().at(2).toString().contains(u"namespace"_s),
                 qPrintable(answered.first().at(2).toString()));
        QVERIFY(barrier(*c));
        QCOMPARE(m_server.lines(), QStringList{u"GET "_s + kRollout});

        // A valid one is asked.
        auto *ok =
            AccessReview::ask(c.get(), u"default"_s, u"patch"_s, u"argoproj.io"_s, u"rollouts"_s);
        QSignalSpy okAnswered(ok, &AccessReview::answered);
        QVERIFY(okAnswered.wait(20000));
        QCOMPARE(okAnswered.first().at(0).toBool(), true);
        QCOMPARE(m_server.log.last().method, "POST"_ba);
    }

    void passwordInServerUrlIsMaskedInConnectionErrors()
    {
        // A port nobody listens on: the connection is refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto r = resolved(
            m_server.kubeconfig(u"default"_s, u"http://admin:s3cret@127.0.0.1:%1"_s.arg(port)));
        QVERIFY(r);
        QString error;
        auto cMade = KubeClient::create(*r);
        error = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(error));
        QSignalSpy started(c.get(), &KubeClient::requestStarted);
        KubeRequest req;
        req.path = kRollout;
        KubeReply *reply = c->send(req);
        QVERIFY(wait(reply));
        QVERIFY(!reply->ok());
        const QString message = reply->error().message;
        QVERIFY2(!message.contains(u"s3cret"_s), qPrintable(message));
        QVERIFY2(message.contains(u"admin:***@127.0.0.1"_s), qPrintable(message));
        delete reply;
        QCOMPARE(started.count(), 1);
        const QUrl shown = started.first().at(1).toUrl();
        QVERIFY2(!shown.toString().contains(u"s3cret"_s), qPrintable(shown.toString()));
    }

    void passwordInServerTextIsMasked()
    {
        // A server (or a proxy in front of it) quoting an address with its password.
        const QString path = u"/api/v1/namespaces/default/pods/leak"_s;
        m_server.set(path,
                     QJsonObject{{u"kind"_s, u"Status"_s},
                                 {u"code"_s, 403},
                                 {u"reason"_s, u"Forbidden"_s},
                                 {u"message"_s, u"denied by https://admin:s3cret@10.0.0.1/x"_s}});
        auto c = client();
        QVERIFY(c);
        KubeRequest req;
        req.path = path;
        KubeReply *reply = c->send(req);
        QVERIFY(wait(reply));
        QCOMPARE(reply->httpStatus(), 403);
        QCOMPARE(reply->error().message, u"denied by https://admin:***@10.0.0.1/x"_s);
        delete reply;
    }

    void passwordInServerUrlIsMaskedInClientErrors()
    {
        auto r = resolved(m_server.kubeconfig());
        QVERIFY(r);
        QString error;
        r->cluster.server = u"https://admin:s3cret@"_s; // no host: refused
        {
            const auto failed = KubeClient::create(*r);
            QVERIFY(!failed);
            error = failed.errorMessage();
        }
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
        QVERIFY2(error.contains(u"admin:***@"_s), qPrintable(error));

        r = resolved(m_server.kubeconfig());
        QVERIFY(r);
        r->cluster.proxyUrl = u"ftp://proxy-user:pr0xy@127.0.0.1:3128"_s; // unsupported scheme
        error.clear();
        {
            const auto failed = KubeClient::create(*r);
            QVERIFY(!failed);
            error = failed.errorMessage();
        }
        QVERIFY2(!error.contains(u"pr0xy"_s), qPrintable(error));
        QVERIFY2(error.contains(u"proxy-user:***@"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostileRequests)
#include "test_hostile_requests.moc"
