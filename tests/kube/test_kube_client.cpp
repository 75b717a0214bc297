#include "SimFixture.h"

#include "kube/AccessReview.h"
#include "kube/CredentialProvider.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;

namespace {
const QString kRollouts = u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts"_s;

KubeReply *get(KubeClient &c, const QString &path)
{
    KubeRequest r;
    r.path = path;
    return c.send(r);
}

bool wait(KubeReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(20000);
}
} // namespace

class TestKubeClient : public QObject
{
    Q_OBJECT
    rd::test::SimFixture m_sim;
    rd::test::SimFixture m_other; // a second cluster with another CA

    QString plugin(const QString &name) const
    {
        return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/kubeconfig/plugins/"_s + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(true), qPrintable(m_sim.error));
        QVERIFY2(m_other.start(true, {}, 1.0, u"empty"_s), qPrintable(m_other.error));
    }

    void init() { CredentialProvider::clearExecCache(); }

    void adminTokenOverTls()
    {
        auto c = m_sim.client(u"admin"_s);
        QVERIFY2(c, qPrintable(m_sim.error));
        QVERIFY(!c->tlsVerificationDisabled());
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        const auto items = reply->json().value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first()[u"metadata"_s][u"name"_s].toString(), u"rollouts-demo"_s);
        delete reply;
    }

    void clientCertificate()
    {
        auto c = m_sim.client(u"cert-user"_s);
        QVERIFY2(c, qPrintable(m_sim.error));
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        delete reply;
    }

    void wrongCaShowsVerificationError()
    {
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        r->cluster.certificateAuthorityData = m_other.cluster->caCertificatePem();
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY(!reply->ok());
        QVERIFY(reply->error().tls);
        QVERIFY2(reply->error().message.contains(u"TLS"_s), qPrintable(reply->error().message));
        // Qt's reason text, e.g. "The issuer certificate of a locally looked up certificate could
        // not be found" or "self signed certificate in chain".
        QVERIFY2(reply->error().message.size() > 30, qPrintable(reply->error().message));
        delete reply;
    }

    void insecureSkipVerifyIsReported()
    {
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        r->cluster.certificateAuthorityData.clear();
        r->cluster.insecureSkipTlsVerify = true;
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        QVERIFY(c->tlsVerificationDisabled());
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        delete reply;
    }

    void tlsServerName()
    {
        // Connect by IP but verify the name "localhost" (in the certificate).
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        QUrl u(r->cluster.server);
        u.setHost(u"127.0.0.1"_s);
        r->cluster.server = u.toString();
        r->cluster.tlsServerName = u"localhost"_s;
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        auto *ok = get(*c, kRollouts);
        QVERIFY(wait(ok));
        QVERIFY2(ok->ok(), qPrintable(ok->error().message));
        delete ok;
        r->cluster.tlsServerName = u"not-in-the-cert.example"_s;
        auto badMade = KubeClient::create(*r);
        err = badMade.errorMessage();
        auto bad = std::move(badMade).valueOr(nullptr);
        auto *no = get(*bad, kRollouts);
        QVERIFY(wait(no));
        QVERIFY(!no->ok());
        QVERIFY(no->error().tls);
        delete no;
    }

    void oidcIdTokenAndTokenFile()
    {
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        const QString token = r->user.token;
        r->user.token.clear();
        r->user.authProvider = AuthProviderConfig{u"oidc"_s, {{u"id-token"_s, token}}};
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        delete reply;

        r->user.authProvider.reset();
        const QString file = m_sim.dir.filePath(u"token-file"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(token.toUtf8() + "\n");
        f.close();
        r->user.tokenFile = file;
        auto c2Made = KubeClient::create(*r);
        err = c2Made.errorMessage();
        auto c2 = std::move(c2Made).valueOr(nullptr);
        auto *reply2 = get(*c2, kRollouts);
        QVERIFY(wait(reply2));
        QVERIFY2(reply2->ok(), qPrintable(reply2->error().message));
        delete reply2;
    }

    void badTokenIs401()
    {
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        r->user.token = u"wrong-token"_s;
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QCOMPARE(reply->httpStatus(), 401);
        QCOMPARE(reply->attempts(), 1); // a static token is not retried
        QVERIFY2(reply->error().message.contains(u"401"_s) &&
                     reply->error().message.contains(u"admin"_s),
                 qPrintable(reply->error().message));
        delete reply;
    }

    void viewerForbiddenAndAccessReview()
    {
        auto viewer = m_sim.client(u"viewer"_s);
        QVERIFY(viewer);
        KubeRequest patch;
        patch.verb = "PATCH"_ba;
        patch.path = kRollouts + u"/rollouts-demo/status"_s;
        patch.contentType = "application/merge-patch+json"_ba;
        patch.body = "{\"status\":{\"abort\":true}}"_ba;
        auto *reply = viewer->send(patch);
        QVERIFY(wait(reply));
        QCOMPARE(reply->httpStatus(), 403);
        QCOMPARE(reply->error().reason, u"Forbidden"_s);
        QVERIFY2(reply->error().message.contains(u"forbidden"_s),
                 qPrintable(reply->error().message));
        delete reply;

        auto check = [](KubeClient *c, const QString &sub) {
            auto *review = AccessReview::ask(c, u"spring-petclinic"_s, u"patch"_s, u"argoproj.io"_s,
                                             u"rollouts"_s, sub);
            QSignalSpy spy(review, &AccessReview::answered);
            if (!spy.wait(20000))
                return QVariantList{};
            return spy.first();
        };
        auto v = check(viewer.get(), u"status"_s);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[0].toBool(), true);  // known
        QCOMPARE(v[1].toBool(), false); // not allowed
        auto admin = m_sim.client(u"admin"_s);
        auto a = check(admin.get(), u"status"_s);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[1].toBool(), true);
        auto a2 = check(admin.get(), QString());
        QCOMPARE(a2[1].toBool(), true);
    }

    void execPluginRerunAfter401AndRetriesOnce()
    {
        // First run returns a bad token, the second the admin token: one request, two attempts.
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        const QString goodToken = r->user.token;
        r->user.token.clear();
        ExecConfig e;
        e.command = plugin(u"rotating-token.sh"_s);
        e.apiVersion = u"client.authentication.k8s.io/v1beta1"_s;
        const QString counter = m_sim.dir.filePath(u"rotate-count"_s);
        QFile::remove(counter);
        e.env = {{u"COUNTER_FILE"_s, counter}, {u"GOOD_TOKEN"_s, goodToken}};
        r->user.exec = e;
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(c->credentials()->execRuns(), 2);
        delete reply;
        // Cached now: no third run.
        auto *again = get(*c, kRollouts);
        QVERIFY(wait(again));
        QVERIFY(again->ok());
        QCOMPARE(c->credentials()->execRuns(), 2);
        delete again;
    }

    void execPluginFailureReachesTheCaller()
    {
        auto r = m_sim.resolve(u"admin"_s);
        r->user.token.clear();
        ExecConfig e;
        e.command = u"rolloutdesk-missing-plugin"_s;
        e.apiVersion = u"client.authentication.k8s.io/v1beta1"_s;
        e.installHint = u"Install it with: apt install rolloutdesk-missing-plugin"_s;
        r->user.exec = e;
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QVERIFY(!reply->ok());
        QVERIFY2(reply->error().message.contains(u"apt install"_s),
                 qPrintable(reply->error().message));
        delete reply;
    }

    void notFoundStatusDecoded()
    {
        auto c = m_sim.client(u"admin"_s);
        auto *reply = get(*c, kRollouts + u"/nope"_s);
        QVERIFY(wait(reply));
        QCOMPARE(reply->httpStatus(), 404);
        QVERIFY(reply->error().isNotFound());
        QCOMPARE(reply->error().message, u"rollouts.argoproj.io \"nope\" not found"_s);
        delete reply;
    }

    void connectionRefused()
    {
        auto r = m_sim.resolve(u"admin"_s);
        QUrl u(r->cluster.server);
        u.setPort(1); // nothing listens there
        r->cluster.server = u.toString();
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        auto *reply = get(*c, kRollouts);
        QVERIFY(wait(reply));
        QCOMPARE(reply->httpStatus(), 0);
        QVERIFY2(reply->error().message.contains(u"Cannot reach"_s),
                 qPrintable(reply->error().message));
        delete reply;
    }

    void warningHeaderParsing()
    {
        QCOMPARE(
            KubeClient::parseWarnings(
                "299 - \"argoproj.io/v1alpha1 Foo is deprecated\", 299 - \"unknown field \\\"spec.x\\\", really\""_ba),
            (QStringList{u"argoproj.io/v1alpha1 Foo is deprecated"_s,
                         u"unknown field \"spec.x\", really"_s}));
        QCOMPARE(KubeClient::parseWarnings("199 - \"misc\""_ba), QStringList{});
    }

    void retryAfterOn429And5xx()
    {
        // The sim answers half the requests with 429 and Retry-After: GETs retry (as client-go,
        // only answers carrying Retry-After are retried).
        rd::test::SimFixture faulty;
        QVERIFY2(faulty.start(true, u"429=0.5,seed=5"_s, 1.0, u"empty"_s),
                 qPrintable(faulty.error));
        auto c = faulty.client(u"admin"_s);
        QVERIFY(c);
        c->setRetryUnitMs(5);
        int retried = 0;
        for (int i = 0; i < 20; ++i) {
            auto *reply = get(*c, u"/api/v1/namespaces/spring-petclinic/pods"_s);
            QVERIFY(wait(reply));
            QVERIFY2(reply->ok(), qPrintable(reply->error().message));
            if (reply->attempts() > 1)
                ++retried;
            delete reply;
        }
        QVERIFY(retried > 0);
        // A PATCH is not retried: the error reaches the caller.
        int failed = 0;
        for (int i = 0; i < 20; ++i) {
            KubeRequest patch;
            patch.verb = "PATCH"_ba;
            patch.path = u"/api/v1/namespaces/spring-petclinic/pods/nope"_s;
            patch.contentType = "application/merge-patch+json"_ba;
            patch.body = "{}"_ba;
            auto *reply = c->send(patch);
            QVERIFY(wait(reply));
            QCOMPARE(reply->attempts(), 1);
            if (reply->httpStatus() == 429 || reply->httpStatus() >= 500)
                ++failed;
            delete reply;
        }
        QVERIFY(failed > 0);
    }

    void missingCaFileIsNamed()
    {
        auto r = m_sim.resolve(u"admin"_s);
        r->cluster.certificateAuthorityData.clear();
        r->cluster.certificateAuthority = u"/nonexistent/ca.crt"_s;
        QString err;
        {
            const auto failed = KubeClient::create(*r);
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"/nonexistent/ca.crt"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "test_kube_client.moc"
