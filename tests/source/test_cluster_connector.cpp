// ClusterConnector against the in-process simulator with real kubeconfig files: the typed
// errors of the factory, and a kubeconfig edited on disk while connected (token rotation used by
// the very next request, written in place or replaced by rename as editors do; contexts added,
// removed or switched; the cluster changed).

#include "sim/SimCluster.h"
#include "source/ClusterConnector.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::source;

namespace {
const QString kKey = u"spring-petclinic/rollouts-demo"_s;
constexpr int kTimeout = 30000;

struct Context
{
    QString name;
    QString user;
};

// A kubeconfig for the simulator, one user per token, written the way a person or a tool would.
QByteArray kubeconfig(const rd::sim::SimCluster &sim, const QList<QPair<QString, QString>> &users,
                      const QList<Context> &contexts, const QString &current,
                      const QString &server = {})
{
    QByteArray y = "apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n  cluster:\n"
                   "    server: "_ba +
                   (server.isEmpty() ? sim.url().toString() : server).toUtf8() +
                   "\n    certificate-authority-data: "_ba + sim.caCertificatePem().toBase64() +
                   "\nusers:\n"_ba;
    for (const auto &[name, token] : users)
        y += "- name: "_ba + name.toUtf8() + "\n  user:\n    token: "_ba + token.toUtf8() + '\n';
    y += "contexts:\n"_ba;
    for (const Context &c : contexts)
        y += "- name: "_ba + c.name.toUtf8() + "\n  context:\n    cluster: sim\n    user: "_ba +
             c.user.toUtf8() + "\n    namespace: spring-petclinic\n"_ba;
    y += "current-context: "_ba + current.toUtf8() + '\n';
    return y;
}

// Truncate and write the same inode (what `echo > file` and many editors do).
bool writeInPlace(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Write a new file and rename it over the old one (vim, kubectl config, QSaveFile).
bool writeByRename(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

bool seen(const QSignalSpy &spy, KubeconfigChange change, QString *message = nullptr)
{
    for (const auto &args : spy) {
        if (args.at(0).value<KubeconfigChange>() == change) {
            if (message)
                *message = args.at(1).toString();
            return true;
        }
    }
    return false;
}
} // namespace

class TestClusterConnector : public QObject
{
    Q_OBJECT
    std::unique_ptr<rd::sim::SimCluster> m_sim;
    QTemporaryDir m_dir;

    // Pauses (or resumes) the demo rollout; returns the request's outcome and message.
    bool act(RolloutSource *source, bool pause, QString *message)
    {
        ActionRequest *req = pause ? source->pause(kKey) : source->resume(kKey);
        QSignalSpy done(req, &ActionRequest::finished);
        if (!done.wait(kTimeout)) {
            *message = u"no answer"_s;
            return false;
        }
        *message = done.first().at(1).toString();
        return done.first().at(0).toBool();
    }

    std::unique_ptr<ClusterRolloutSource> connectReady(const ClusterTarget &target)
    {
        ClusterConnection c = ClusterConnector::connect(target);
        if (!c.ok()) {
            qWarning("connect failed: %s", qPrintable(c.errorMessage()));
            return nullptr;
        }
        QSignalSpy ready(c.value().get(), &RolloutSource::ready);
        c.value()->start();
        if (!ready.wait(kTimeout) || !c.value()->contains(kKey))
            return nullptr;
        return std::move(c).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::sim::SimCluster::Options o;
        o.tls = true; // tokens only travel over TLS
        o.speed = 10.0;
        m_sim = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = m_sim->start();
        error = started.errorMessage();
        QVERIFY2(!started.valueOr(QUrl()).isEmpty(), qPrintable(error));
    }

    void typedErrors()
    {
        const QString missing = m_dir.filePath(u"missing.yaml"_s);
        ClusterConnection c = ClusterConnector::connect({missing, {}, {}, false});
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ConnectError::Kind::NoKubeconfig);
        QVERIFY2(c.error().message.contains(u"missing.yaml"_s), qPrintable(c.errorMessage()));

        const QString garbage = m_dir.filePath(u"garbage.yaml"_s);
        QVERIFY(writeInPlace(garbage, "clusters: [this is: not, a kubeconfig"));
        c = ClusterConnector::connect({garbage, {}, {}, false});
        QCOMPARE(c.error().kind, ConnectError::Kind::InvalidKubeconfig);
        QVERIFY(!c.error().message.isEmpty());

        const QString good = m_dir.filePath(u"good.yaml"_s);
        QVERIFY(writeInPlace(good, kubeconfig(*m_sim, {{u"alice"_s, m_sim->token(u"admin"_s)}},
                                              {{u"work"_s, u"alice"_s}}, u"work"_s)));
        c = ClusterConnector::connect({good, u"nope"_s, {}, false});
        QCOMPARE(c.error().kind, ConnectError::Kind::InvalidContext);
        QVERIFY2(c.error().message.contains(u"nope"_s), qPrintable(c.errorMessage()));

        QByteArray badCa =
            kubeconfig(*m_sim, {{u"alice"_s, u"t"_s}}, {{u"work"_s, u"alice"_s}}, u"work"_s);
        badCa.replace(m_sim->caCertificatePem().toBase64(), "bm90IGEgY2VydGlmaWNhdGU=");
        QVERIFY(writeInPlace(good, badCa));
        c = ClusterConnector::connect({good, {}, {}, false});
        QCOMPARE(c.error().kind, ConnectError::Kind::ClientSetup);

        // And a good one: the context's namespace, or the one asked for, or all.
        QVERIFY(writeInPlace(good, kubeconfig(*m_sim, {{u"alice"_s, m_sim->token(u"admin"_s)}},
                                              {{u"work"_s, u"alice"_s}}, u"work"_s)));
        c = ClusterConnector::connect({good, {}, {}, false});
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c.value()->displayName(), u"work"_s);
        QCOMPARE(c.value()->namespaceName(), u"spring-petclinic"_s);
        QCOMPARE(c.value()->contexts(), QStringList{u"work"_s});
        c = ClusterConnector::connect({good, {}, u"other"_s, false});
        QCOMPARE(c.value()->namespaceName(), u"other"_s);
        c = ClusterConnector::connect({good, {}, u"other"_s, true});
        QCOMPARE(c.value()->namespaceName(), QString());
        QCOMPARE(c.value()->contextNamespace(), u"spring-petclinic"_s);
    }

    void rotatedTokenIsUsedByTheNextRequest()
    {
        const QString path = m_dir.filePath(u"rotate.yaml"_s);
        const QList<Context> contexts{{u"work"_s, u"alice"_s}};
        auto write = [&](const QString &token, bool rename) {
            const QByteArray y = kubeconfig(*m_sim, {{u"alice"_s, token}}, contexts, u"work"_s);
            return rename ? writeByRename(path, y) : writeInPlace(path, y);
        };
        QVERIFY(write(m_sim->token(u"admin"_s), false));
        auto source = connectReady({path, {}, {}, false});
        QVERIFY(source);
        QSignalSpy changes(source.get(), &RolloutSource::kubeconfigChanged);
        QString message;
        QVERIFY2(act(source.get(), true, &message), qPrintable(message));

        // A revoked token, saved the editor way: the next request is refused with 401.
        QVERIFY(write(u"revoked-token"_s, true));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::CredentialsRenewed), kTimeout);
        QVERIFY(!act(source.get(), false, &message));
        QVERIFY2(message.contains(u"nauthorized"_s), qPrintable(message));

        // The viewer's token, written in place (the watch survived the rename): 403 now.
        changes.clear();
        QVERIFY(write(m_sim->token(u"viewer"_s), false));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::CredentialsRenewed), kTimeout);
        QVERIFY(!act(source.get(), false, &message));
        QVERIFY2(message.contains(u"forbidden"_s, Qt::CaseInsensitive), qPrintable(message));

        // Rotated back to a valid admin token: the same source acts again, no restart.
        changes.clear();
        QVERIFY(write(m_sim->token(u"admin"_s), true));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::CredentialsRenewed), kTimeout);
        QVERIFY2(act(source.get(), false, &message), qPrintable(message));
        for (const auto &args : changes)
            QVERIFY(args.at(0).value<KubeconfigChange>() == KubeconfigChange::CredentialsRenewed);

        // Rewriting the same bytes is not a change.
        changes.clear();
        QVERIFY(write(m_sim->token(u"admin"_s), false));
        QTest::qWait(600);
        QCOMPARE(changes.count(), 0);
    }

    void contextChangesAreReported()
    {
        const QString path = m_dir.filePath(u"contexts.yaml"_s);
        const QString admin = m_sim->token(u"admin"_s);
        QVERIFY(writeInPlace(
            path, kubeconfig(*m_sim, {{u"alice"_s, admin}}, {{u"work"_s, u"alice"_s}}, u"work"_s)));
        auto source = connectReady({path, {}, {}, false});
        QVERIFY(source);
        QSignalSpy changes(source.get(), &RolloutSource::kubeconfigChanged);

        // A new context that becomes current: listed, reported, but this source stays on "work".
        QVERIFY(writeByRename(path, kubeconfig(*m_sim, {{u"alice"_s, admin}},
                                               {{u"work"_s, u"alice"_s}, {u"play"_s, u"alice"_s}},
                                               u"play"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::CurrentContextChanged), kTimeout);
        QVERIFY(seen(changes, KubeconfigChange::ContextsChanged));
        QCOMPARE(source->contexts(), (QStringList{u"play"_s, u"work"_s}));
        QCOMPARE(source->displayName(), u"work"_s);

        // Our context removed: said so, with its name; the connection keeps working.
        changes.clear();
        QVERIFY(writeByRename(
            path, kubeconfig(*m_sim, {{u"alice"_s, admin}}, {{u"play"_s, u"alice"_s}}, u"play"_s)));
        QString message;
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::ContextRemoved, &message),
                                 kTimeout);
        QVERIFY2(message.contains(u"work"_s), qPrintable(message));
        QCOMPARE(source->contexts(), QStringList{u"play"_s});
        QVERIFY2(act(source.get(), true, &message), qPrintable(message));

        // Back, but pointing at another server: only a new connection can apply that.
        changes.clear();
        QVERIFY(
            writeByRename(path, kubeconfig(*m_sim, {{u"alice"_s, admin}}, {{u"work"_s, u"alice"_s}},
                                           u"work"_s, u"https://127.0.0.1:1"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::ClusterChanged, &message),
                                 kTimeout);
        QVERIFY2(message.contains(u"work"_s), qPrintable(message));

        // A file that cannot be read any more.
        changes.clear();
        QVERIFY(writeInPlace(path, "users: [unterminated"));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::Unreadable), kTimeout);
    }

    void everyFileOfTheKubeconfigListIsWatched()
    {
        // KUBECONFIG names a second file that does not exist yet; creating it adds its context.
        const QString first = m_dir.filePath(u"list-a.yaml"_s);
        const QString second = m_dir.filePath(u"later/list-b.yaml"_s);
        QVERIFY(QDir(m_dir.path()).mkpath(u"later"_s));
        const QString admin = m_sim->token(u"admin"_s);
        QVERIFY(writeInPlace(first, kubeconfig(*m_sim, {{u"alice"_s, admin}},
                                               {{u"work"_s, u"alice"_s}}, u"work"_s)));
        qputenv("KUBECONFIG", (first + QDir::listSeparator() + second).toLocal8Bit());
        auto source = connectReady({});
        qunsetenv("KUBECONFIG");
        QVERIFY(source);
        QCOMPARE(source->contexts(), QStringList{u"work"_s});
        QSignalSpy changes(source.get(), &RolloutSource::kubeconfigChanged);
        QByteArray b = kubeconfig(*m_sim, {{u"bob"_s, admin}}, {{u"extra"_s, u"bob"_s}}, {});
        b.replace("- name: sim\n", "- name: sim-b\n").replace("cluster: sim\n", "cluster: sim-b\n");
        QVERIFY(writeByRename(second, b));
        QTRY_VERIFY_WITH_TIMEOUT(seen(changes, KubeconfigChange::ContextsChanged), kTimeout);
        QCOMPARE(source->contexts(), (QStringList{u"extra"_s, u"work"_s}));
        QVERIFY(!seen(changes, KubeconfigChange::ClusterChanged));
    }
};

QTEST_GUILESS_MAIN(TestClusterConnector)
#include "test_cluster_connector.moc"
