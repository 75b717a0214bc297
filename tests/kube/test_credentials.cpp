#include "kube/CredentialProvider.h"
#include "kube/ExecPluginRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;

namespace {
struct Result
{
    bool done = false;
    bool ok = false;
    Credentials creds;
    QString error;
};
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString plugin(const QString &name)
    {
        return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/kubeconfig/plugins/"_s + name;
    }

    KubeUser execUser(const QString &command,
                      const QString &apiVersion = u"client.authentication.k8s.io/v1beta1"_s)
    {
        KubeUser u;
        u.name = u"u"_s;
        ExecConfig e;
        e.command = command;
        e.apiVersion = apiVersion;
        e.installHint = u"Install the plugin with: brew install \x1b[1mthe-plugin\x1b[0m"_s;
        u.exec = e;
        return u;
    }

    Result acquire(CredentialProvider &p)
    {
        auto r = std::make_shared<Result>();
        p.acquire(this, [r](const rd::core::Result<Credentials> &c) {
            r->done = true;
            r->ok = c.ok();
            r->creds = c.valueOr(Credentials{});
            r->error = c.errorMessage();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r->done, 20000); }();
        return *r;
    }

private Q_SLOTS:
    void init() { CredentialProvider::clearExecCache(); }

    void staticTokenAndBasic()
    {
        KubeUser u;
        u.token = u"abc"_s;
        CredentialProvider p(u, {});
        auto r = acquire(p);
        QVERIFY(r.ok);
        QCOMPARE(r.creds.authorization, "Bearer abc"_ba);
        QVERIFY(!p.invalidate());

        KubeUser b;
        b.username = u"jane"_s;
        b.password = u"s3cret"_s;
        CredentialProvider pb(b, {});
        QCOMPARE(acquire(pb).creds.authorization, "Basic " + "jane:s3cret"_ba.toBase64());
    }

    void tokenFileTrimmedRereadAfter401()
    {
        const QString path = m_dir.filePath(u"tok"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  first-token\n");
        f.close();
        KubeUser u;
        u.tokenFile = path;
        CredentialProvider p(u, {});
        QCOMPARE(acquire(p).creds.authorization, "Bearer first-token"_ba);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("second-token");
        f.close();
        QCOMPARE(acquire(p).creds.authorization, "Bearer first-token"_ba); // cached for a minute
        QVERIFY(p.invalidate());
        QCOMPARE(acquire(p).creds.authorization, "Bearer second-token"_ba);

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.close();
        KubeUser e;
        e.tokenFile = path;
        CredentialProvider pe(e, {});
        auto r = acquire(pe);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"empty"_s), qPrintable(r.error));
    }

    void tokenFileWinsOverToken()
    {
        // client-go: with both set, the file's token is sent; `token` only stands in while the
        // file cannot be read (kubeconfig written by tools that keep both).
        const QString path = m_dir.filePath(u"rotated"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("from-file\n");
        f.close();
        KubeUser u;
        u.token = u"inline"_s;
        u.tokenFile = path;
        CredentialProvider p(u, {});
        QCOMPARE(acquire(p).creds.authorization, "Bearer from-file"_ba);
        // Rotation on disk is picked up after a 401, never the stale inline token.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("rotated");
        f.close();
        QVERIFY(p.invalidate());
        QCOMPARE(acquire(p).creds.authorization, "Bearer rotated"_ba);

        KubeUser missing;
        missing.token = u"inline"_s;
        missing.tokenFile = m_dir.filePath(u"no-such-file"_s);
        CredentialProvider pm(missing, {});
        const auto r = acquire(pm);
        QVERIFY(r.ok);
        QCOMPARE(r.creds.authorization, "Bearer inline"_ba);
    }

    void oidcAndRemovedProviders()
    {
        KubeUser u;
        u.authProvider = AuthProviderConfig{u"oidc"_s, {{u"id-token"_s, u"eyJhbGc.id.tok"_s}}};
        CredentialProvider p(u, {});
        QCOMPARE(acquire(p).creds.authorization, "Bearer eyJhbGc.id.tok"_ba);
        KubeUser g;
        g.authProvider = AuthProviderConfig{u"gcp"_s, {}};
        CredentialProvider pg(g, {});
        auto r = acquire(pg);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"gke-gcloud-auth-plugin"_s), qPrintable(r.error));
    }

    void execSuccessPassesArgsEnvAndExecInfo()
    {
        // The plugin checks KUBERNETES_EXEC_INFO and echoes its argument in the token.
        KubeUser u = execUser(plugin(u"echo-token.sh"_s));
        u.exec->args = {u"arg1"_s};
        u.exec->env = {{u"EXPECT_SERVER"_s, u"https://k.example:6443"_s},
                       {u"TOKEN_PREFIX"_s, u"tok-arg1-"_s}};
        u.exec->provideClusterInfo = true;
        KubeCluster c;
        c.server = u"https://k.example:6443"_s;
        CredentialProvider p(u, c);
        auto r = acquire(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.creds.authorization, "Bearer tok-arg1-0"_ba);
        // Cached until expiry, also for a second provider of the same config.
        acquire(p);
        CredentialProvider p2(u, c);
        QVERIFY(acquire(p2).ok);
        QCOMPARE(p.execRuns() + p2.execRuns(), 1);
        // A 401 invalidates and the next acquire runs the plugin again.
        QVERIFY(p.invalidate());
        QVERIFY(acquire(p).ok);
        QCOMPARE(p.execRuns(), 2);
    }

    void execExpiredRunsAgain()
    {
        KubeUser u = execUser(plugin(u"echo-token.sh"_s), u"client.authentication.k8s.io/v1"_s);
        u.exec->env = {{u"COUNTER_FILE"_s, m_dir.filePath(u"count"_s)},
                       {u"API_VERSION"_s, u"client.authentication.k8s.io/v1"_s},
                       {u"TOKEN_PREFIX"_s, u"t"_s},
                       {u"EXPIRY"_s, u"2001-01-01T00:00:00+02:00"_s}};
        CredentialProvider p(u, {});
        QCOMPARE(acquire(p).creds.authorization, "Bearer t1"_ba);
        QCOMPARE(acquire(p).creds.authorization, "Bearer t2"_ba);
        QCOMPARE(p.execRuns(), 2);
    }

    void execFailureKeepsStderr()
    {
        CredentialProvider p(execUser(plugin(u"fail.sh"_s)), {});
        auto r = acquire(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"failed with exit code 7"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"MFA token expired"_s), qPrintable(r.error));
    }

    void execHangTimesOut()
    {
        CredentialProvider p(execUser(plugin(u"hang.sh"_s)), {});
        p.setExecTimeoutMs(1500);
        auto r = acquire(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"did not finish"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"login.example/device"_s), qPrintable(r.error));
    }

    void execFloodingStdoutIsStopped()
    {
        // Without the output cap this plugin would run until the 60 s timeout and the 20 s wait
        // in acquire() would give up first.
        CredentialProvider p(execUser(plugin(u"flood-stdout.sh"_s)), {});
        p.setExecTimeoutMs(60000);
        auto r = acquire(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"more than 1 MiB of output"_s), qPrintable(r.error));
    }

    void execChattyStderrIsCutButSucceeds()
    {
        CredentialProvider p(execUser(plugin(u"noisy-stderr.sh"_s)), {});
        auto r = acquire(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.creds.authorization, "Bearer chatty"_ba);
    }

    void execMissingShowsInstallHint()
    {
        CredentialProvider p(execUser(u"rolloutdesk-no-such-plugin"_s), {});
        auto r = acquire(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"executable rolloutdesk-no-such-plugin not found"_s),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(u"brew install"_s), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QChar(0x1b)), "escape sequences are stripped");
    }

    void loginShellPathFindsPlugins()
    {
        // A plugin outside the process PATH, which only the login shell knows (macOS apps).
        QDir(m_dir.path()).mkpath(u"login-bin"_s);
        const QString bin = m_dir.filePath(u"login-bin"_s);
        QVERIFY(QFile::copy(plugin(u"echo-token.sh"_s), bin + u"/my-cloud-auth"_s));
        const QString shell = m_dir.filePath(u"fake-login-shell"_s);
        QFile f(shell);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'Welcome banner'\nprintf '%s' \"" + bin.toUtf8() +
                ":/usr/bin:/bin\"\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        KubeUser u = execUser(u"my-cloud-auth"_s);
        u.exec->env = {{u"TOKEN_PREFIX"_s, u"from-login-path-"_s}};
        const QByteArray oldShell = qgetenv("SHELL");
        qputenv("SHELL", shell.toLocal8Bit());
        qputenv("ROLLOUTDESK_LOGIN_SHELL_PATH", "0");
        ExecPluginRunner::resetLoginShellPath();
        {
            CredentialProvider p(u, {});
            auto r = acquire(p);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(u"not found"_s), qPrintable(r.error));
        }
        qputenv("ROLLOUTDESK_LOGIN_SHELL_PATH", "1");
        ExecPluginRunner::resetLoginShellPath();
        {
            CredentialProvider p(u, {});
            auto r = acquire(p);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.creds.authorization, "Bearer from-login-path-0"_ba);
        }
        qputenv("SHELL", oldShell);
        qunsetenv("ROLLOUTDESK_LOGIN_SHELL_PATH");
        ExecPluginRunner::resetLoginShellPath();
    }

    void interactiveAlwaysIsRefused()
    {
        KubeUser u = execUser(plugin(u"echo-token.sh"_s));
        u.exec->interactiveMode = u"Always"_s;
        CredentialProvider p(u, {});
        auto r = acquire(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"interactive mode"_s), qPrintable(r.error));
        QCOMPARE(p.execRuns(), 0);
    }

    void yamlOutputIsAccepted()
    {
        const auto parsed = ExecPluginRunner::parseOutput(
            "apiVersion: client.authentication.k8s.io/v1\nkind: ExecCredential\n"
            "status:\n  token: yaml-token\n  expirationTimestamp: "
            "\"2030-01-01T00:00:00Z\"\n"_ba,
            u"client.authentication.k8s.io/v1"_s);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        const ExecCredential &c = *parsed;
        QCOMPARE(c.token, u"yaml-token"_s);
        QCOMPARE(c.expiry, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void outputValidation_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("expected");
        QTest::newRow("version")
            << R"({"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"x"}})"_ba
            << u"plugin returned version client.authentication.k8s.io/v1"_s;
        QTest::newRow("no status") << R"({"apiVersion":"client.authentication.k8s.io/v1beta1"})"_ba
                                   << u"didn't return a status field"_s;
        QTest::newRow("empty")
            << R"({"apiVersion":"client.authentication.k8s.io/v1beta1","status":{}})"_ba
            << u"didn't return a token or cert/key pair"_s;
        QTest::newRow("half")
            << R"({"apiVersion":"client.authentication.k8s.io/v1beta1","status":{"clientCertificateData":"-----BEGIN"}})"_ba
            << u"only certificate or key"_s;
        QTest::newRow("garbage") << "hello"_ba << u"not an ExecCredential"_s;
    }

    void outputValidation()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, expected);
        const auto parsed =
            ExecPluginRunner::parseOutput(out, u"client.authentication.k8s.io/v1beta1"_s);
        QVERIFY(!parsed);
        const QString err = parsed.errorMessage();
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "test_credentials.moc"
