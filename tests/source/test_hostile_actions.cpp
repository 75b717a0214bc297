// Every rollout action against a fake API server on loopback that serves hostile Rollouts: a
// workloadRef name, a rollout name or a namespace that would steer the request elsewhere is
// refused with a message naming the field, and the server's own request log proves that no
// request (read or write) left the rollout's namespace. The same actions on a benign rollout are
// the positive control: they do write, inside the namespace.

#include "../kube/FakeApiServer.h"

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "source/ActionRequest.h"
#include "source/ClusterConnector.h"
#include "source/ClusterRolloutSource.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::source::ActionRequest;
using rd::source::ClusterRolloutSource;
using rd::source::RolloutAction;
using K = rd::source::RolloutAction::Kind;

Q_DECLARE_METATYPE(rd::source::RolloutAction::Kind)

namespace {
const QString kRollouts = u"/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/"_s;
const QString kTraversal = u"../../../../../apps/v1/namespaces/kube-system/deployments/x"_s;

QJsonObject containerTemplate(const QString &image)
{
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"labels"_s, QJsonObject{{u"app"_s, u"demo"_s}}}}},
        {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"demo"_s},
                                                                         {u"image"_s, image}}}}}}};
}

// A paused canary rollout at step 1 (so that promote and promote --full both write), with an
// optional workloadRef.
QJsonObject rollout(const QString &name, const QJsonObject &workloadRef = {})
{
    QJsonObject spec{
        {u"paused"_s, true},
        {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, u"demo"_s}}}}},
        {u"template"_s, containerTemplate(u"demo:2"_s)},
        {u"strategy"_s,
         QJsonObject{
             {u"canary"_s,
              QJsonObject{{u"steps"_s, QJsonArray{QJsonObject{{u"setWeight"_s, 20}},
                                                  QJsonObject{{u"pause"_s, QJsonObject{}}}}}}}}}};
    if (!workloadRef.isEmpty())
        spec.insert(u"workloadRef"_s, workloadRef);
    return QJsonObject{
        {u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
        {u"kind"_s, u"Rollout"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name},
                                    {u"namespace"_s, u"default"_s},
                                    {u"uid"_s, u"uid-1"_s},
                                    {u"resourceVersion"_s, u"7"_s}}},
        {u"spec"_s, spec},
        {u"status"_s, QJsonObject{{u"currentStepIndex"_s, 1},
                                  {u"currentPodHash"_s, u"hash2"_s},
                                  {u"stableRS"_s, u"hash1"_s},
                                  {u"pauseConditions"_s,
                                   QJsonArray{QJsonObject{{u"reason"_s, u"CanaryPauseStep"_s}}}}}}};
}

QJsonObject replicaSet(const QString &name, int revision, const QString &image)
{
    return QJsonObject{
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name},
                     {u"namespace"_s, u"default"_s},
                     {u"annotations"_s,
                      QJsonObject{{u"rollout.argoproj.io/revision"_s, QString::number(revision)}}},
                     {u"ownerReferences"_s,
                      QJsonArray{QJsonObject{{u"uid"_s, u"uid-1"_s}, {u"controller"_s, true}}}}}},
        {u"spec"_s, QJsonObject{{u"template"_s, containerTemplate(image)}}}};
}

QJsonObject workloadRef(const QString &kind, const QString &name)
{
    return QJsonObject{{u"apiVersion"_s, kind == u"PodTemplate"_s ? u"v1"_s : u"apps/v1"_s},
                       {u"kind"_s, kind},
                       {u"name"_s, name}};
}

RolloutAction action(K kind, const QString &key)
{
    RolloutAction a;
    a.kind = kind;
    a.key = key;
    a.container = u"demo"_s;
    a.image = u"demo:3"_s;
    return a;
}

QList<K> allKinds()
{
    return {K::Undo,  K::SetImage, K::Restart, K::Promote, K::PromoteFull,
            K::Abort, K::Retry,    K::Pause,   K::Resume};
}

QString kindName(K k)
{
    switch (k) {
    case K::Abort:
        return u"abort"_s;
    case K::Retry:
        return u"retry"_s;
    case K::Promote:
        return u"promote"_s;
    case K::PromoteFull:
        return u"promote-full"_s;
    case K::Pause:
        return u"pause"_s;
    case K::Resume:
        return u"resume"_s;
    case K::Restart:
        return u"restart"_s;
    case K::SetImage:
        return u"set-image"_s;
    case K::Undo:
        return u"undo"_s;
    }
    return {};
}
} // namespace

class TestHostileActions : public QObject
{
    Q_OBJECT
    rd::test::FakeApiServer m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<ClusterRolloutSource> source(const QString &ns)
    {
        const QString path = m_dir.filePath(u"kubeconfig"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return nullptr;
        f.write(m_server.kubeconfig());
        f.close();
        QString error;
        auto config = rd::kube::KubeConfig::loadFile(path);
        if (!config) {
            qWarning() << config.errorMessage();
            return nullptr;
        }
        auto resolved = config->resolve(QString());
        if (!resolved) {
            qWarning() << resolved.errorMessage();
            return nullptr;
        }
        auto client = rd::kube::KubeClient::create(*resolved);
        if (!client) {
            qWarning() << client.errorMessage();
            return nullptr;
        }
        return std::make_unique<ClusterRolloutSource>(std::move(client).value(), ns);
    }

    // Runs one action as the window and the CLI do (RolloutSource::run) and waits for its end.
    QPair<bool, QString> run(ClusterRolloutSource &s, const RolloutAction &a)
    {
        ActionRequest *request = s.run(a);
        QSignalSpy finished(request, &ActionRequest::finished);
        if (!finished.wait(20000))
            return {false, u"(no answer)"_s};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    // Serves the rollout "demo" (and its status subresource) with `ref`, two revisions of
    // ReplicaSets, benign workloads named "web", and the targets of the classic attacks, so that
    // a client that sent a steered request would succeed.
    void serve(const QJsonObject &ref)
    {
        const QJsonObject ro = rollout(u"demo"_s, ref);
        m_server.set(kRollouts + u"demo"_s, ro);
        m_server.set(kRollouts + u"demo/status"_s, ro);
        m_server.set(
            u"/apis/apps/v1/namespaces/default/replicasets"_s,
            QJsonObject{{u"items"_s, QJsonArray{replicaSet(u"demo-hash1"_s, 1, u"demo:1"_s),
                                                replicaSet(u"demo-hash2"_s, 2, u"demo:2"_s)}}});
        QJsonObject deployment{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s}, {u"namespace"_s, u"default"_s}}},
            {u"spec"_s, QJsonObject{{u"template"_s, containerTemplate(u"demo:2"_s)}}}};
        m_server.set(u"/apis/apps/v1/namespaces/default/deployments/web"_s, deployment);
        m_server.set(u"/apis/apps/v1/namespaces/default/replicasets/web"_s, deployment);
        m_server.set(u"/api/v1/namespaces/default/podtemplates/web"_s, deployment);
        deployment.insert(u"metadata"_s,
                          QJsonObject{{u"name"_s, u"x"_s}, {u"namespace"_s, u"kube-system"_s}});
        m_server.set(u"/apis/apps/v1/namespaces/kube-system/deployments/x"_s, deployment);
        m_server.set(u"/apis/argoproj.io/v1alpha1/namespaces/kube-system/rollouts/demo"_s,
                     rollout(u"demo"_s));
        m_server.set(u"/apis/argoproj.io/v1alpha1/namespaces/kube-system/rollouts/demo/status"_s,
                     rollout(u"demo"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
    }

    void init() { m_server.log.clear(); }

    // The positive control: every action on a benign rollout writes, and only inside "default".
    void benignRolloutIsWrittenInItsNamespace_data()
    {
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("refKind");
        QTest::addColumn<QString>("expectedWrite");
        for (K k : allKinds()) {
            const bool status =
                k == K::Abort || k == K::Retry || k == K::Promote || k == K::PromoteFull;
            const QString method = k == K::SetImage ? u"PUT "_s : u"PATCH "_s;
            QTest::newRow(qPrintable(kindName(k)))
                << k << QString() << method + kRollouts + (status ? u"demo/status"_s : u"demo"_s);
        }
        QTest::newRow("set-image workloadRef")
            << K::SetImage << u"Deployment"_s
            << u"PUT /apis/apps/v1/namespaces/default/deployments/web"_s;
        QTest::newRow("undo Deployment")
            << K::Undo << u"Deployment"_s
            << u"PATCH /apis/apps/v1/namespaces/default/deployments/web"_s;
        QTest::newRow("undo ReplicaSet")
            << K::Undo << u"ReplicaSet"_s
            << u"PATCH /apis/apps/v1/namespaces/default/replicasets/web"_s;
        QTest::newRow("undo PodTemplate") << K::Undo << u"PodTemplate"_s
                                          << u"PATCH /api/v1/namespaces/default/podtemplates/web"_s;
    }
    void benignRolloutIsWrittenInItsNamespace()
    {
        QFETCH(K, kind);
        QFETCH(QString, refKind);
        QFETCH(QString, expectedWrite);
        serve(refKind.isEmpty() ? QJsonObject() : workloadRef(refKind, u"web"_s));
        auto s = source(u"default"_s);
        QVERIFY(s);
        const auto [ok, message] = run(*s, action(kind, u"default/demo"_s));
        QVERIFY2(ok, qPrintable(message + u" | "_s + m_server.lines().join(u", "_s)));
        QVERIFY2(m_server.writes().contains(expectedWrite),
                 qPrintable(m_server.lines().join(u", "_s)));
        QCOMPARE(m_server.outside(u"default"_s), QStringList());
    }

    void hostileWorkloadRefIsRefused_data()
    {
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("refKind");
        QTest::addColumn<QString>("name");
        const QList<QPair<K, QString>> uses{{K::SetImage, u"Deployment"_s},
                                            {K::Undo, u"Deployment"_s},
                                            {K::Undo, u"ReplicaSet"_s},
                                            {K::Undo, u"PodTemplate"_s}};
        const QStringList names{kTraversal,
                                u".."_s,
                                u"."_s,
                                u"a/b"_s,
                                u"web/status"_s,
                                u"%2e%2e"_s,
                                u"%2E%2E%2Fkube-system"_s,
                                QString(),
                                u"Web"_s,
                                u"-web"_s,
                                u"web-"_s,
                                u"web..x"_s,
                                u"web?x=1"_s,
                                u"web#x"_s,
                                u"web x"_s,
                                u"..\\x"_s,
                                QString(254, u'a')};
        for (const auto &[k, refKind] : uses) {
            for (const QString &n : names) {
                QTest::newRow(
                    qPrintable(kindName(k) + u' ' + refKind + u" \""_s + n.left(40) + u'"'))
                    << k << refKind << n;
            }
        }
    }
    void hostileWorkloadRefIsRefused()
    {
        QFETCH(K, kind);
        QFETCH(QString, refKind);
        QFETCH(QString, name);
        serve(workloadRef(refKind, name));
        auto s = source(u"default"_s);
        QVERIFY(s);
        const auto [ok, message] = run(*s, action(kind, u"default/demo"_s));
        QVERIFY2(!ok, qPrintable(m_server.lines().join(u", "_s)));
        QVERIFY2(message.startsWith(u"spec.workloadRef.name "_s), qPrintable(message));
        QVERIFY2(message.contains(u"is not a valid %1 name"_s.arg(
                     kind == K::SetImage ? u"Deployment"_s : refKind)),
                 qPrintable(message));
        // Only the rollout itself was read; nothing was written.
        QCOMPARE(m_server.lines(), QStringList{u"GET "_s + kRollouts + u"demo"_s});
        QCOMPARE(m_server.writes(), QStringList());
        QCOMPARE(m_server.outside(u"default"_s), QStringList());
    }

    void hostileRolloutKeyIsRefused_data()
    {
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        const QList<QPair<QString, QString>> keys{
            {u"default/.."_s, u"metadata.name"_s},
            {u"default/."_s, u"metadata.name"_s},
            {u"default/"_s, u"metadata.name"_s},
            {u"default/"_s + kTraversal, u"metadata.name"_s},
            {u"default/a/b"_s, u"metadata.name"_s},
            {u"default/demo/status"_s, u"metadata.name"_s},
            {u"default/%2e%2e"_s, u"metadata.name"_s},
            {u"default/Demo"_s, u"metadata.name"_s},
            {u"default/"_s + QString(254, u'a'), u"metadata.name"_s},
            {u"../kube-system/demo"_s, u"metadata.namespace"_s},
            {u"..%2fkube-system/demo"_s, u"metadata.namespace"_s},
            {u"/demo"_s, u"metadata.namespace"_s},
            {u"demo"_s, u"metadata.namespace"_s},
            {u"Default/demo"_s, u"metadata.namespace"_s},
            {u"kube.system/demo"_s, u"metadata.namespace"_s},
            {QString(64, u'a') + u"/demo"_s, u"metadata.namespace"_s}};
        for (K k : allKinds()) {
            for (const auto &[key, field] : keys)
                QTest::newRow(qPrintable(kindName(k) + u" \""_s + key.left(40) + u'"'))
                    << k << key << field;
        }
    }
    void hostileRolloutKeyIsRefused()
    {
        QFETCH(K, kind);
        QFETCH(QString, key);
        QFETCH(QString, field);
        serve(workloadRef(u"Deployment"_s, u"web"_s));
        // All namespaces: only the names themselves stand between the key and a request path.
        auto s = source(QString());
        QVERIFY(s);
        const auto [ok, message] = run(*s, action(kind, key));
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(field + u' '), qPrintable(message));
        QVERIFY2(message.contains(u"is not a valid"_s), qPrintable(message));
        QCOMPARE(m_server.lines(), QStringList());
    }

    void rolloutOutsideTheConnectionsNamespaceIsRefused_data()
    {
        QTest::addColumn<K>("kind");
        for (K k : allKinds())
            QTest::newRow(qPrintable(kindName(k))) << k;
    }
    void rolloutOutsideTheConnectionsNamespaceIsRefused()
    {
        // A server answering a list of "default" with an object that claims "kube-system".
        QFETCH(K, kind);
        serve(QJsonObject());
        auto s = source(u"default"_s);
        QVERIFY(s);
        const auto [ok, message] = run(*s, action(kind, u"kube-system/demo"_s));
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"\"default\""_s), qPrintable(message));
        QCOMPARE(m_server.lines(), QStringList());
    }

    void connectorRefusesAHostileNamespace_data()
    {
        QTest::addColumn<QString>("contextNs");
        QTest::addColumn<QString>("flagNs");
        QTest::addColumn<QString>("start");
        QTest::newRow("context") << u"../kube-system"_s << QString()
                                 << u"The namespace of context \"fake\" \"../kube-system\""_s;
        QTest::newRow("chosen") << u"default"_s << u"a/b"_s << u"The namespace \"a/b\""_s;
        QTest::newRow("64 characters") << u"default"_s << QString(64, u'a')
                                       << u"The namespace \""_s + QString(64, u'a') + u'"';
    }
    void connectorRefusesAHostileNamespace()
    {
        // The one way from a kubeconfig to a source (window and CLI) names where it came from.
        QFETCH(QString, contextNs);
        QFETCH(QString, flagNs);
        QFETCH(QString, start);
        const QString path = m_dir.filePath(u"kubeconfig-ns"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(m_server.kubeconfig(contextNs));
        f.close();
        const auto c = rd::source::ClusterConnector::connect(
            rd::source::ClusterTarget{path, QString(), flagNs, false});
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, rd::source::ConnectError::Kind::InvalidNamespace);
        QVERIFY2(c.error().message.startsWith(start + u" is not a valid namespace name: "_s),
                 qPrintable(c.errorMessage()));
        QCOMPARE(m_server.lines(), QStringList());
        // All namespaces: the context's namespace is not used, so it does not matter.
        QVERIFY(rd::source::ClusterConnector::connect(
                    rd::source::ClusterTarget{path, QString(), QString(), true})
                    .ok());
    }

    void namespaceListOffersOnlyValidNames()
    {
        auto item = [](const QString &name) {
            return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}}};
        };
        m_server.set(
            u"/api/v1/namespaces"_s,
            QJsonObject{{u"items"_s,
                         QJsonArray{item(u"default"_s), item(u"../kube-system"_s), item(u"Prod"_s),
                                    item(u"team-a"_s), item(u"a/b"_s), item(QString())}}});
        auto s = source(u"default"_s);
        QVERIFY(s);
        QSignalSpy listed(s.get(), &rd::source::RolloutSource::namespacesListed);
        s->listNamespaces();
        QVERIFY(listed.wait(20000));
        QCOMPARE(listed.first().at(0).toStringList(), (QStringList{u"default"_s, u"team-a"_s}));
    }

    void hostileNamespaceOfTheSourceIsNeverListed()
    {
        auto s = source(u"../kube-system"_s);
        QVERIFY(s);
        s->start();
        QCOMPARE(s->connectionState(), rd::source::ConnectionState::Failed);
        QVERIFY2(s->connectionReason().startsWith(
                     u"The namespace \"../kube-system\" is not a valid namespace name: "_s),
                 qPrintable(s->connectionReason()));
        // Let queued work run: a benign source on the same server lists (the barrier), the
        // hostile one still asked for nothing.
        auto benign = source(u"default"_s);
        benign->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.log.size() >= 6, 20000);
        QCOMPARE(m_server.outside(u"default"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestHostileActions)
#include "test_hostile_actions.moc"
