#include "kube/KubeConfig.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::kube::KubeConfig;

class TestKubeConfig : public QObject
{
    Q_OBJECT

    QString data(const QString &rel) const
    {
        return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/kubeconfig/"_s + rel;
    }

private Q_SLOTS:
    void openshiftNamesWithSlashColonAt()
    {
        QString err;
        auto cfg = KubeConfig::loadFile(data(u"openshift.yaml"_s));
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        QCOMPARE(cfg->currentContext(), u"default/api-crc-testing:6443/kube:admin"_s);
        auto r = cfg->resolve({});
        err = r.errorMessage();
        QVERIFY2(r, qPrintable(err));
        QCOMPARE(r->user.name, u"kube:admin/api-crc-testing:6443"_s);
        QCOMPARE(r->user.token, u"sha256~Gq9s0kubeadmin"_s);
        QCOMPARE(r->cluster.server, u"https://api.crc.testing:6443"_s);
        QVERIFY(r->cluster.insecureSkipTlsVerify);
        auto dev = cfg->resolve(u"spring-petclinic/api-crc-testing:6443/developer"_s);
        err = dev.errorMessage();
        QVERIFY2(dev, qPrintable(err));
        QCOMPARE(dev->ns, u"spring-petclinic"_s);
        QCOMPARE(dev->user.token, u"sha256~developer-token"_s);
    }

    void eksExecAndCaData()
    {
        QString err;
        auto cfg = KubeConfig::loadFile(data(u"eks.yaml"_s));
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        auto r = cfg->resolve({});
        err = r.errorMessage();
        QVERIFY2(r, qPrintable(err));
        QCOMPARE(r->context.name, u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s);
        QVERIFY(r->cluster.certificateAuthorityData.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(r->user.exec);
        QCOMPARE(r->user.exec->command, u"aws"_s); // bare name: looked up on PATH later
        QCOMPARE(r->user.exec->args.size(), 8);
        QCOMPARE(r->user.exec->env.size(), 1);
        QCOMPARE(r->user.exec->env.first().first, u"AWS_PROFILE"_s);
        QCOMPARE(r->ns, u"default"_s);
    }

    void gkeNullsAndInstallHint()
    {
        QString err;
        auto cfg = KubeConfig::loadFile(data(u"gke.yaml"_s));
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        auto r = cfg->resolve({});
        err = r.errorMessage();
        QVERIFY2(r, qPrintable(err));
        QVERIFY(r->user.exec->args.isEmpty());
        QVERIFY(r->user.exec->env.isEmpty());
        QVERIFY(r->user.exec->provideClusterInfo);
        QVERIFY(r->user.exec->installHint.contains(u"cluster-access-for-kubectl"_s));
    }

    void mergeFirstWinsAndRelativePaths()
    {
        const QString a = data(u"merge/a/config"_s);
        const QString b = data(u"merge/b/config"_s);
        QString err;
        auto cfg = KubeConfig::loadFiles({a, data(u"merge/missing"_s), b});
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        // a's current-context is empty, so b's wins.
        QCOMPARE(cfg->currentContext(), u"second"_s);
        // "shared" comes whole from a: b's insecure flag is not merged in.
        const auto shared = cfg->clusters().value(u"shared"_s);
        QCOMPARE(shared.server, u"https://first.example:6443/k8s/clusters/c-abc12"_s);
        QVERIFY(!shared.insecureSkipTlsVerify);
        const QString aDir = QFileInfo(a).absolutePath();
        QCOMPARE(shared.certificateAuthority, QDir::cleanPath(aDir + u"/ca.crt"_s));
        const auto alice = cfg->users().value(u"alice"_s);
        QVERIFY(alice.token.isEmpty());
        QCOMPARE(alice.clientCertificate, QDir::cleanPath(aDir + u"/../certs/alice.crt"_s));
        QCOMPARE(cfg->users().value(u"bob"_s).tokenFile, QDir::cleanPath(aDir + u"/tokens/bob"_s));
        QVERIFY(!cfg->users().value(u"bob"_s).exec);
        // "first" context from a; b's same-named context is discarded.
        QCOMPARE(cfg->contexts().value(u"first"_s).cluster, u"shared"_s);
        QCOMPARE(cfg->contexts().value(u"first"_s).ns, u"team-a"_s);
        // exec command with a separator is resolved against b's directory; absolute untouched.
        const QString bDir = QFileInfo(b).absolutePath();
        QCOMPARE(cfg->users().value(u"plugin-user"_s).exec->command,
                 QDir::cleanPath(bDir + u"/bin/get-token"_s));
        QCOMPARE(cfg->clusters().value(u"only-b"_s).certificateAuthority, u"/abs/ca.pem"_s);

        // Reversed order: b first, so b's entries win.
        auto rev = KubeConfig::loadFiles({b, a});
        err = rev.errorMessage();
        QVERIFY2(rev, qPrintable(err));
        QVERIFY(rev->clusters().value(u"shared"_s).insecureSkipTlsVerify);
        QCOMPARE(rev->users().value(u"alice"_s).token, u"ignored-because-a-wins"_s);
    }

    void kubeconfigEnvList()
    {
        const QString a = data(u"merge/a/config"_s);
        const QString b = data(u"merge/b/config"_s);
        qputenv("KUBECONFIG",
                (a + QDir::listSeparator() + QDir::listSeparator() + b + QDir::listSeparator() + a)
                    .toLocal8Bit());
        QCOMPARE(KubeConfig::defaultFiles(), (QStringList{a, b}));
        QString err;
        auto cfg = KubeConfig::loadDefault();
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        QCOMPARE(cfg->currentContext(), u"second"_s);
        qputenv("KUBECONFIG", "");
        QCOMPARE(KubeConfig::defaultFiles(), QStringList{QDir::homePath() + u"/.kube/config"_s});
        qunsetenv("KUBECONFIG");
    }

    void missingFiles()
    {
        QString err;
        {
            const auto failed = KubeConfig::loadFile(data(u"nope.yaml"_s));
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"nope.yaml"_s) && err.contains(u"does not exist"_s),
                 qPrintable(err));
        err.clear();
        {
            const auto failed = KubeConfig::loadFiles({data(u"nope1"_s), data(u"nope2"_s)});
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"nope1"_s) && err.contains(u"nope2"_s), qPrintable(err));
    }

    void emptyFileIsEmptyConfig()
    {
        QString err;
        auto cfg = KubeConfig::loadFile(data(u"empty.yaml"_s));
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        QVERIFY(cfg->contexts().isEmpty());
        {
            const auto failed = cfg->resolve({});
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"empty"_s), qPrintable(err));
    }

    void malformedNamesFileAndLine()
    {
        QString err;
        {
            const auto failed = KubeConfig::loadFile(data(u"malformed.yaml"_s));
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"malformed.yaml"_s) && err.contains(u"line"_s), qPrintable(err));
    }

    void duplicateName()
    {
        QString err;
        {
            const auto failed = KubeConfig::loadFile(data(u"duplicate.yaml"_s));
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"duplicate name \"x\" in list"_s), qPrintable(err));
    }

    void badBase64()
    {
        QString err;
        {
            const auto failed = KubeConfig::loadFile(data(u"bad-base64.yaml"_s));
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"certificate-authority-data"_s), qPrintable(err));
    }

    // The walk stops at the first problem and names the entries around it, exactly as the
    // messages read when the parser threw; the kind tells callers what failed.
    void errorsAreTypedAndKeepTheirWording()
    {
        const auto parse = [](const QByteArray &yaml) {
            return KubeConfig::parse(yaml, u"/nonexistent/config"_s);
        };
        auto bad = parse("clusters:\n- name: c\n  cluster:\n    server: https://x\n"
                         "    insecure-skip-tls-verify: maybe\n"
                         "    extensions:\n    - name: e\n      extension: [1]\n"
                         "users:\n- name: u\n  user: {token: [not, a, string]}\n");
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, rd::core::ErrorKind::Parse);
        QCOMPARE(bad.errorMessage(), u"error loading config file \"/nonexistent/config\": "
                                     u"cluster \"c\": expected true or false, got \"maybe\""_s);
        bad = parse("users:\n- name: u\n  user:\n    exec:\n      apiVersion: v\n"
                    "      env:\n      - value: x\n      - name: [y]\n");
        QVERIFY(!bad);
        QCOMPARE(bad.errorMessage(), u"error loading config file \"/nonexistent/config\": "
                                     u"user \"u\": exec env entry without a name"_s);
        bad = parse("clusters:\n- name: c\n  cluster:\n    extensions:\n    - name: e\n"
                    "      extension: {a: [x, {b: c}]}\n    - name: e\n");
        QVERIFY(!bad);
        QCOMPARE(bad.errorMessage(), u"error loading config file \"/nonexistent/config\": "
                                     u"cluster \"c\": duplicate name \"e\" in list"_s);
        bad = parse("clusters: [\n");
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, rd::core::ErrorKind::Parse);
        QVERIFY2(bad.errorMessage().contains(u"line"_s), qPrintable(bad.errorMessage()));

        const auto missing = KubeConfig::loadFile(data(u"nope.yaml"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, rd::core::ErrorKind::NotFound);
        const auto cfg = parse("clusters:\n- name: c\n  cluster: {server: https://x}\n"
                               "contexts:\n- name: a\n  context: {cluster: c}\n"
                               "- name: b\n  context: {cluster: gone}\n");
        QVERIFY2(cfg, qPrintable(cfg.errorMessage()));
        QVERIFY(cfg->resolve(u"a"_s));
        QCOMPARE(cfg->resolve(u"nope"_s).error().kind, rd::core::ErrorKind::NotFound);
        QCOMPARE(cfg->resolve(u"b"_s).errorMessage(),
                 u"cluster \"gone\" was not found for context \"b\""_s);
    }

    // A cyclic anchor in an exec extension (found while seeding fuzz_kubeconfig) used to
    // overflow the stack; it is now refused with a message naming the cluster.
    void selfReferencingExtension()
    {
        QString err;
        const QString path = qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                             u"/fuzz/kubeconfig/regressions/self-referencing-extension.yaml"_s;
        {
            const auto failed = KubeConfig::loadFile(path);
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        // Refused before any tree is walked (the alias check), naming the file and position; the
        // depth limit in the converter stays as a second line of defence.
        QVERIFY2(err.contains(path + u":9:25"_s) &&
                     err.contains(u"refers to a node that contains it"_s),
                 qPrintable(err));
    }

    void resolveErrors_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("current missing") << QString() << u"context \"nowhere\" does not exist"_s;
        QTest::newRow("unknown") << u"zzz"_s << u"context \"zzz\" does not exist"_s;
        QTest::newRow("user") << u"bad-user"_s
                              << u"user \"missing\" was not found for context \"bad-user\""_s;
        QTest::newRow("cluster") << u"bad-cluster"_s
                                 << u"cluster \"missing\" was not found for context"_s;
        QTest::newRow("server") << u"no-server"_s << u"no server found for cluster \"noserver\""_s;
        QTest::newRow("two methods")
            << u"two-methods"_s << u"more than one authentication method"_s;
        QTest::newRow("cert only") << u"cert-only"_s << u"client-key-data or client-key"_s;
        QTest::newRow("v1 interactive")
            << u"v1-no-interactive"_s << u"interactiveMode must be specified"_s;
        QTest::newRow("v1alpha1") << u"v1alpha1"_s << u"invalid apiVersion"_s;
    }

    void resolveErrors()
    {
        QFETCH(QString, context);
        QFETCH(QString, expected);
        QString err;
        auto cfg = KubeConfig::loadFile(data(u"bad-context.yaml"_s));
        err = cfg.errorMessage();
        QVERIFY2(cfg, qPrintable(err));
        {
            const auto failed = cfg->resolve(context);
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "test_kubeconfig.moc"
