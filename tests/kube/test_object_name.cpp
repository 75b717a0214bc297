// The name rules of the API server (DNS-1123 label and subdomain, path segments), the request-path
// check every request passes, and the masking of passwords in URLs: both sides of each boundary.

#include "kube/CredentialMask.h"
#include "kube/ObjectName.h"
#include "kube/RequestPath.h"
#include "kube/ResourceKind.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::kube::CredentialMask;
using rd::kube::ObjectName;
using rd::kube::RequestPath;
using rd::kube::ResourceKind;

class TestObjectName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one letter") << u"a"_s << true;
        QTest::newRow("one digit") << u"0"_s << true;
        QTest::newRow("leading digit") << u"1abc"_s << true;
        QTest::newRow("inner dash") << u"my-ns"_s << true;
        QTest::newRow("63 characters") << QString(63, u'a') << true;
        QTest::newRow("64 characters") << QString(64, u'a') << false;
        QTest::newRow("63 with dash inside") << (u"a"_s + QString(61, u'-') + u"b"_s) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << u"-a"_s << false;
        QTest::newRow("trailing dash") << u"a-"_s << false;
        QTest::newRow("dot") << u"a.b"_s << false;
        QTest::newRow("uppercase") << u"Default"_s << false;
        QTest::newRow("underscore") << u"a_b"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("single dot") << u"."_s << false;
        QTest::newRow("percent") << u"%2e%2e"_s << false;
        QTest::newRow("traversal") << u"../kube-system"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("newline") << u"a\n"_s << false;
        QTest::newRow("non-ascii") << u"ä"_s << false;
    }
    void label()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(ObjectName::errors(ObjectName::Rule::Dns1123Label, value).isEmpty(), valid);
        QCOMPARE(ObjectName::checkNamespace(u"--namespace"_s, value).isEmpty(), valid);
    }

    void subdomain_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one letter") << u"a"_s << true;
        QTest::newRow("dots") << u"rollouts-demo.v1.x"_s << true;
        QTest::newRow("digits and dots") << u"1.2.3"_s << true;
        QTest::newRow("253 characters") << QString(253, u'a') << true;
        QTest::newRow("254 characters") << QString(254, u'a') << false;
        // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253.
        const QString l63(63, u'b');
        QTest::newRow("253 in labels")
            << (l63 + u'.' + l63 + u'.' + l63 + u'.' + QString(61, u'c')) << true;
        QTest::newRow("254 in labels")
            << (l63 + u'.' + l63 + u'.' + l63 + u'.' + QString(62, u'c')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << u"-web"_s << false;
        QTest::newRow("trailing dash") << u"web-"_s << false;
        QTest::newRow("leading dot") << u".web"_s << false;
        QTest::newRow("trailing dot") << u"web."_s << false;
        QTest::newRow("double dot") << u"web..x"_s << false;
        QTest::newRow("dash before dot") << u"web-.x"_s << false;
        QTest::newRow("dot before dash") << u"web.-x"_s << false;
        QTest::newRow("uppercase") << u"Web"_s << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("single dot") << u"."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("subresource") << u"web/status"_s << false;
        QTest::newRow("percent") << u"%2e%2e"_s << false;
        QTest::newRow("traversal")
            << u"../../../../../apps/v1/namespaces/kube-system/deployments/x"_s << false;
        QTest::newRow("query") << u"web?x=1"_s << false;
        QTest::newRow("fragment") << u"web#x"_s << false;
        QTest::newRow("backslash") << u"..\\x"_s << false;
        QTest::newRow("nul") << u"web\0x"_s << false;
    }
    void subdomain()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(ObjectName::errors(ObjectName::Rule::Dns1123Subdomain, value).isEmpty(), valid);
        QCOMPARE(ObjectName::checkName(u"metadata.name"_s, value, u"Rollout"_s).isEmpty(), valid);
    }

    void pathSegment_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"web"_s << true;
        QTest::newRow("three dots") << u"..."_s << true;
        QTest::newRow("inner dotdot") << u"a..b"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("percent") << u"a%b"_s << false;
    }
    void pathSegment()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(ObjectName::pathSegmentErrors(value).isEmpty(), valid);
    }

    void messageNamesFieldKindAndReason()
    {
        const QString m =
            ObjectName::checkName(u"spec.workloadRef.name"_s, u"../../x"_s, u"Deployment"_s);
        QVERIFY2(
            m.startsWith(u"spec.workloadRef.name \"../../x\" is not a valid Deployment name: "_s),
            qPrintable(m));
        QVERIFY2(m.contains(u"may not contain '/'"_s), qPrintable(m));
        QVERIFY2(m.contains(u"RFC 1123 subdomain"_s), qPrintable(m));
        const QString n = ObjectName::checkNamespace(u"--namespace"_s, QString(64, u'a'));
        QVERIFY2(n.contains(u"must be no more than 63 characters"_s), qPrintable(n));
        QVERIFY2(n.startsWith(u"--namespace \""_s), qPrintable(n));
        QVERIFY2(ObjectName::checkNamespace(u"ns"_s, QString()).contains(u"must not be empty"_s),
                 "an empty name says so");
    }

    void quotedEscapesControlsAndShortens()
    {
        QCOMPARE(ObjectName::quoted(u"a\x1b[31mb"_s), u"\"a\\u001b[31mb\""_s);
        QCOMPARE(ObjectName::quoted(u"a\"b\\c"_s), u"\"a\\\"b\\\\c\""_s);
        QCOMPARE(ObjectName::quoted(u"a\u202Eb"_s), u"\"a\\u202eb\""_s); // bidi override
        const QString q = ObjectName::quoted(QString(300, u'x'));
        QVERIFY2(q.startsWith(u'"' + QString(100, u'x') + u'"'), qPrintable(q));
        QVERIFY2(q.contains(u"300"_s), qPrintable(q));
    }

    void resourceKindBuildsOnlyCheckedPaths()
    {
        const ResourceKind d = ResourceKind::deployments();
        const auto ok = d.objectPath(u"default"_s, u"web"_s);
        QVERIFY(ok);
        QCOMPARE(*ok, u"/apis/apps/v1/namespaces/default/deployments/web"_s);
        const auto bad = d.objectPath(u"default"_s, u"../../x"_s, u"spec.workloadRef.name"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().startsWith(u"spec.workloadRef.name \"../../x\""_s),
                 qPrintable(bad.errorMessage()));
        QVERIFY2(bad.errorMessage().contains(u"Deployment name"_s), qPrintable(bad.errorMessage()));
        const auto badNs = d.objectPath(u"../kube-system"_s, u"web"_s);
        QVERIFY(!badNs);
        QVERIFY2(badNs.errorMessage().startsWith(u"metadata.namespace"_s),
                 qPrintable(badNs.errorMessage()));
        // An empty namespace is refused: it would silently widen a request to every namespace.
        QVERIFY(!ResourceKind::replicaSets().collectionPath(QString()));
        QCOMPARE(ResourceKind::replicaSets().allNamespacesPath(), u"/apis/apps/v1/replicasets"_s);
        QCOMPARE(*ResourceKind::podTemplates().objectPath(u"ns"_s, u"t"_s),
                 u"/api/v1/namespaces/ns/podtemplates/t"_s);
    }

    void requestPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("pods") << u"/api/v1/namespaces/default/pods"_s << true;
        QTest::newRow("status")
            << u"/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/demo/status"_s << true;
        QTest::newRow("deployment")
            << u"/apis/apps/v1/namespaces/default/deployments/web"_s << true;
        QTest::newRow("all namespaces") << u"/apis/argoproj.io/v1alpha1/rollouts"_s << true;
        QTest::newRow("namespaces") << u"/api/v1/namespaces"_s << true;
        QTest::newRow("one namespace") << u"/api/v1/namespaces/default"_s << true;
        QTest::newRow("access review")
            << u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s << true;
        QTest::newRow("version") << u"/version"_s << true;
        QTest::newRow("discovery") << u"/apis/apps/v1"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("relative") << u"api/v1/pods"_s << false;
        QTest::newRow("trailing slash") << u"/api/v1/namespaces/default/pods/"_s << false;
        QTest::newRow("double slash") << u"/api/v1//namespaces/default/pods"_s << false;
        QTest::newRow("dotdot name") << u"/api/v1/namespaces/default/pods/.."_s << false;
        QTest::newRow("dot name") << u"/api/v1/namespaces/default/pods/."_s << false;
        QTest::newRow("traversal")
            << u"/apis/apps/v1/namespaces/default/deployments/../../../../../apps/v1/namespaces/"
               "kube-system/deployments/x"_s
            << false;
        QTest::newRow("dotdot namespace") << u"/api/v1/namespaces/../pods"_s << false;
        QTest::newRow("encoded slash") << u"/api/v1/namespaces/a%2fb/pods"_s << false;
        QTest::newRow("encoded dots") << u"/api/v1/namespaces/default/pods/%2e%2e"_s << false;
        QTest::newRow("uppercase namespace") << u"/api/v1/namespaces/Default/pods"_s << false;
        QTest::newRow("dotted namespace") << u"/api/v1/namespaces/a.b/pods"_s << false;
        QTest::newRow("uppercase name") << u"/api/v1/namespaces/default/pods/Web"_s << false;
        QTest::newRow("too deep") << u"/api/v1/namespaces/default/pods/a/log/x"_s << false;
        QTest::newRow("query in path") << u"/api/v1/namespaces/default/pods/a?x=1"_s << false;
        QTest::newRow("space") << u"/api/v1/namespaces/default/pods/a b"_s << false;
        QTest::newRow("non-ascii") << u"/api/v1/namespaces/default/pods/é"_s << false;
        QTest::newRow("backslash") << u"/api/v1/namespaces/default/pods/..\\x"_s << false;
    }
    void requestPath()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        const QString why = RequestPath::check(path);
        QVERIFY2(why.isEmpty() == valid, qPrintable(why));
        if (!valid)
            QVERIFY2(why.contains(u"was not sent"_s), qPrintable(why));
    }

    void mask_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("server") << u"https://user:pass@host"_s << u"https://user:***@host"_s;
        QTest::newRow("port and path") << u"https://admin:s3cret@10.0.0.1:6443/k8s/clusters/c-1"_s
                                       << u"https://admin:***@10.0.0.1:6443/k8s/clusters/c-1"_s;
        QTest::newRow("in a sentence")
            << u"Cannot reach http://u:p@127.0.0.1:1: Connection refused"_s
            << u"Cannot reach http://u:***@127.0.0.1:1: Connection refused"_s;
        QTest::newRow("two urls") << u"socks5://a:b@proxy and https://c:d@host"_s
                                  << u"socks5://a:***@proxy and https://c:***@host"_s;
        QTest::newRow("at sign in password")
            << u"https://u:p@ss@host/x"_s << u"https://u:***@host/x"_s;
        QTest::newRow("empty password") << u"https://u:@host"_s << u"https://u:***@host"_s;
        QTest::newRow("no userinfo") << u"https://host:6443/api"_s << u"https://host:6443/api"_s;
        QTest::newRow("user only") << u"https://user@host"_s << u"https://user@host"_s;
        QTest::newRow("plain text") << u"a:b@c"_s << u"a:b@c"_s;
    }
    void mask()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(CredentialMask::text(text), masked);
    }

    void maskUrl()
    {
        QCOMPARE(CredentialMask::url(QUrl(u"https://user:pass@host:6443/x"_s)),
                 u"https://user:***@host:6443/x"_s);
        QCOMPARE(CredentialMask::url(QUrl(u"https://host:6443"_s)), u"https://host:6443"_s);
        QCOMPARE(CredentialMask::url(u"https://user:pass@"_s), u"https://user:***@"_s);
    }
};

QTEST_GUILESS_MAIN(TestObjectName)
#include "test_object_name.moc"
