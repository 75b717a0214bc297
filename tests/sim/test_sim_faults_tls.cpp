// Fault injection (--faults) and TLS details: each fault kind observed over real HTTP, the
// parser's refusals, client certificates accepted only from the sim's own CA, plain HTTP refused.
#include "SimTestHttp.h"

#include "sim/CertificateAuthority.h"
#include "sim/FaultInjector.h"
#include "sim/SimCluster.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using simtest::Client;
using simtest::Watch;

namespace {
const QString Rollouts = u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts"_s;
}

class TestSimFaultsTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rd::sim::SimCluster> start(const QString &faults, bool tls = false)
    {
        rd::sim::SimCluster::Options o;
        o.faults = faults;
        o.tls = tls;
        o.controllers = false;
        auto c = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = c->start();
        error = started.errorMessage();
        if (started.valueOr(QUrl()).isEmpty())
            qWarning("start failed: %s", qPrintable(error));
        return c;
    }

private Q_SLOTS:
    void parse()
    {
        QVERIFY(rd::sim::FaultInjector::parse(QString()).ok());
        QVERIFY(!rd::sim::FaultInjector::parse(QString())->enabled());
        const auto d = rd::sim::FaultInjector::parse(u"default"_s);
        QVERIFY(d && d->enabled());
        QCOMPARE(d->rates().latencyMs, 300);
        const auto custom = rd::sim::FaultInjector::parse(u"drop=0.1,429=0.2,latency=50,seed=3"_s);
        QVERIFY(custom);
        QCOMPARE(custom->rates().dropWatch, 0.1);
        QCOMPARE(custom->rates().tooMany, 0.2);
        const auto outOfRange = rd::sim::FaultInjector::parse(u"drop=2"_s);
        QVERIFY(!outOfRange);
        QVERIFY(outOfRange.errorMessage().contains(u"drop=2"_s));
        const auto unknown = rd::sim::FaultInjector::parse(u"explode=0.1"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains(u"unknown fault"_s));
        QVERIFY(!rd::sim::FaultInjector::parse(u"drop"_s));
    }

    void serverErrorsAndTooMany()
    {
        auto c5 = start(u"5xx=1"_s);
        Client a(c5->url(), c5->token(u"admin"_s));
        const auto r = a.get(Rollouts);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json.value(u"reason"_s).toString(), u"InternalError"_s);
        // Access reviews and discovery are never faulted.
        const QJsonObject review{
            {u"kind"_s, u"SelfSubjectAccessReview"_s},
            {u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
            {u"spec"_s,
             QJsonObject{{u"resourceAttributes"_s, QJsonObject{{u"verb"_s, u"get"_s},
                                                               {u"resource"_s, u"rollouts"_s},
                                                               {u"group"_s, u"argoproj.io"_s}}}}}};
        QCOMPARE(a.request("POST", u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s,
                           simtest::json(review), "application/json")
                     .status,
                 201);
        QCOMPARE(a.get(u"/apis"_s).status, 200);

        auto c429 = start(u"429=1"_s);
        Client b(c429->url(), c429->token(u"admin"_s));
        const auto t = b.get(Rollouts);
        QCOMPARE(t.status, 429);
        QCOMPARE(t.header("retry-after"), QByteArray("1"));
        QCOMPARE(t.json.value(u"details"_s).toObject().value(u"retryAfterSeconds"_s).toInt(), 1);
    }

    void latency()
    {
        auto c = start(u"latency=400,seed=1"_s);
        Client a(c->url(), c->token(u"admin"_s));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.get(Rollouts).status, 200);
        QVERIFY(t.elapsed() > 50); // five random delays in [0, 400] ms
    }

    void expiredContinueTokens()
    {
        const auto parsed = rd::sim::FaultInjector::parse(u"expire-continue=0.5"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->rates().expireContinue, 0.5);
        auto c = start(u"expire-continue=1"_s);
        Client a(c->url(), c->token(u"admin"_s));
        const QString pods = u"/api/v1/namespaces/spring-petclinic/pods"_s;
        // A first page and a whole list are served; every continuation is 410 Expired, as for a
        // snapshot the server no longer keeps.
        const auto first = a.get(pods + u"?limit=1"_s);
        QCOMPARE(first.status, 200);
        const QString token =
            first.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
        QVERIFY(!token.isEmpty());
        const auto next = a.get(pods + u"?limit=1&continue="_s + token);
        QCOMPARE(next.status, 410);
        QCOMPARE(next.json.value(u"reason"_s).toString(), u"Expired"_s);
        QCOMPARE(next.json.value(u"code"_s).toInt(), 410);
        const auto whole = a.get(pods);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.json.value(u"items"_s).toArray().size() > 1);
    }

    void watchFaults()
    {
        {
            auto c = start(u"expire=1"_s);
            Client a(c->url(), c->token(u"admin"_s));
            const QString rv = a.get(Rollouts)
                                   .json.value(u"metadata"_s)
                                   .toObject()
                                   .value(u"resourceVersion"_s)
                                   .toString();
            Watch w(a, Rollouts + u"?watch=1&resourceVersion="_s + rv);
            QVERIFY(w.waitForFinished());
            QCOMPARE(w.events.size(), 1);
            QCOMPARE(w.events.first().value(u"object"_s).toObject().value(u"code"_s).toInt(), 410);
        }
        {
            auto c = start(u"drop=1"_s);
            Client a(c->url(), c->token(u"admin"_s));
            Watch w(a, Rollouts + u"?watch=1"_s);
            QVERIFY(w.waitForFinished());
            QVERIFY(w.events.isEmpty()); // closed before the first event
        }
        {
            auto c = start(u"malformed=1"_s);
            Client a(c->url(), c->token(u"admin"_s));
            Watch w(a, Rollouts + u"?watch=1"_s);
            QVERIFY(w.waitForFinished());
            QCOMPARE(w.events.size(), 1);
            QVERIFY(w.events.first().isEmpty()); // the line was not JSON
        }
        {
            auto c = start(u"truncate=1"_s);
            Client a(c->url(), c->token(u"admin"_s));
            QNetworkReply *reply = a.nam().get(a.makeRequest(Rollouts + u"?watch=1"_s));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(15000));
            const QByteArray body = reply->readAll();
            QVERIFY(!body.isEmpty());
            QVERIFY(!body.endsWith('\n')); // half an event
            reply->deleteLater();
        }
    }

    void tlsClientCertificates()
    {
        auto c = start(QString(), true);
        QCOMPARE(c->url().scheme(), u"https"_s);
        // cert-user: certificate only, no token.
        Client cert(c->url(), QString(), c->caCertificatePem());
        cert.setClientCertificate(c->clientCertificatePem(), c->clientKeyPem());
        const auto who =
            cert.request("POST", u"/apis/authentication.k8s.io/v1/selfsubjectreviews"_s,
                         R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"})",
                         "application/json");
        QCOMPARE(who.status, 201);
        QCOMPARE(who.json.value(u"status"_s)
                     .toObject()
                     .value(u"userInfo"_s)
                     .toObject()
                     .value(u"username"_s)
                     .toString(),
                 u"cert-user"_s);
        QCOMPARE(cert.get(Rollouts).status, 200);
        // A certificate from another CA is not trusted: no identity, 401.
        rd::sim::CertificateAuthority other;
        QVERIFY(other.generate(u"cert-user"_s));
        Client forged(c->url(), QString(), c->caCertificatePem());
        forged.setClientCertificate(other.clientCertificatePem(), other.clientKeyPem());
        QCOMPARE(forged.get(Rollouts).status, 401);
        // No credentials at all.
        Client none(c->url(), QString(), c->caCertificatePem());
        QCOMPARE(none.get(Rollouts).status, 401);
        // A client that does not trust the sim's CA fails the handshake.
        Client untrusting(c->url(), c->token(u"admin"_s), other.caCertificatePem());
        const auto bad = untrusting.get(Rollouts);
        QCOMPARE(bad.status, 0);
        QVERIFY(bad.error != QNetworkReply::NoError);
        // Plain HTTP to the TLS port gets no HTTP answer.
        QUrl plain = c->url();
        plain.setScheme(u"http"_s);
        Client http(plain, c->token(u"admin"_s));
        QVERIFY(http.request("GET", Rollouts, {}, {}, 5000).status != 200);
        // The kubeconfig carries what a client needs.
        const QByteArray kc = c->kubeconfigYaml();
        QVERIFY(kc.contains(
            QByteArray("certificate-authority-data: " + c->caCertificatePem().toBase64())));
        QVERIFY(kc.contains(QByteArray("client-key-data: " + c->clientKeyPem().toBase64())));
        QVERIFY(kc.contains("- name: cert-user\n  context:"));
    }

    void refusesRemoteByDefault()
    {
        rd::sim::SimCluster::Options o;
        o.address = QHostAddress(u"0.0.0.0"_s);
        rd::sim::SimCluster c(o);
        QString error;
        const auto started2 = c.start();
        error = started2.errorMessage();
        QVERIFY(started2.valueOr(QUrl()).isEmpty());
        QVERIFY(error.contains(u"loopback"_s));
    }
};

QTEST_GUILESS_MAIN(TestSimFaultsTls)
#include "test_sim_faults_tls.moc"
