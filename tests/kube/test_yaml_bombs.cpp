// YAML alias bombs in what kube/ reads: a kubeconfig file and an exec plugin's output are refused
// with a clear error, promptly, instead of exhausting memory (issue 10 §3).
#include "../core/HostileYaml.h"

#include "kube/CredentialProvider.h"
#include "kube/ExecPluginRunner.h"
#include "kube/KubeConfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;

class TestYamlBombs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content,
                  QFile::Permissions extra = QFile::Permissions())
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | extra);
        return path;
    }

private Q_SLOTS:
    void kubeconfigBombIsRefused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        // Under an exec extension, which the reader turns into JSON node by node.
        QTest::newRow("extension")
            << QByteArray("apiVersion: v1\nkind: Config\n"_ba + hostile::billionLaughsAnchors() +
                          "clusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:1\n"
                          "    extensions:\n    - name: client.authentication.k8s.io/exec\n"
                          "      extension: *l9\n")
            << u"aliases expand the document to more than 1000000 nodes"_s;
        // Anywhere at all: the bound holds for the whole document.
        QTest::newRow("unused key") << QByteArray("apiVersion: v1\nkind: Config\n"_ba +
                                                  hostile::billionLaughsAnchors() + "unused: *l9\n")
                                    << u"aliases expand"_s;
        // A cycle would recurse without end when the extension is converted.
        QTest::newRow("cycle")
            << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                          "    server: https://127.0.0.1:1\n    extensions:\n"
                          "    - name: client.authentication.k8s.io/exec\n"
                          "      extension: &e {a: *e}\n")
            << u"refers to a node that contains it"_s;
    }

    void kubeconfigBombIsRefused()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const QString path = write(u"config"_s, yaml);
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto config = KubeConfig::loadFile(path);
        error = config.errorMessage();
        qInfo("kubeconfig refused in %lld ms", qlonglong(timer.elapsed()));
        QVERIFY(!config);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void kubeconfigWithOrdinaryAliasesLoads()
    {
        const QString path = write(u"ok-config"_s, "apiVersion: v1\nkind: Config\n"
                                                   "clusters:\n- name: a\n  cluster: &c\n"
                                                   "    server: https://127.0.0.1:6443\n"
                                                   "- name: b\n  cluster: *c\n"
                                                   "users:\n- name: u\n  user: {token: t}\n"
                                                   "contexts:\n- name: x\n"
                                                   "  context: {cluster: b, user: u}\n"
                                                   "current-context: x\n");
        QString error;
        const auto config = KubeConfig::loadFile(path);
        error = config.errorMessage();
        QVERIFY2(config, qPrintable(error));
    }

    void execPluginBombIsRefused()
    {
        // A real plugin process printing a bomb (YAML, which client-go's decoder accepts too).
        const QByteArray output =
            "apiVersion: client.authentication.k8s.io/v1beta1\nkind: ExecCredential\n"_ba +
            hostile::billionLaughsAnchors() + "status: {token: *l9}\n";
        write(u"bomb.yaml"_s, output);
        const QString plugin =
            write(u"bomb-plugin.sh"_s, "#!/bin/sh\ncat \"$(dirname \"$0\")/bomb.yaml\"\n",
                  QFile::ExeOwner);
        KubeUser user;
        user.name = u"u"_s;
        ExecConfig exec;
        exec.command = plugin;
        exec.apiVersion = u"client.authentication.k8s.io/v1beta1"_s;
        user.exec = exec;
        CredentialProvider::clearExecCache();
        CredentialProvider provider(user, {});
        auto done = std::make_shared<std::optional<QString>>();
        QElapsedTimer timer;
        timer.start();
        provider.acquire(this, [done](const rd::core::Result<Credentials> &creds) {
            *done = creds.errorMessage();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done->has_value(), 20000);
        qInfo("exec plugin output refused in %lld ms (process included)",
              qlonglong(timer.elapsed()));
        const QString error = done->value();
        QVERIFY2(error.contains(u"exec plugin output"_s), qPrintable(error));
        QVERIFY2(error.contains(u"aliases expand"_s), qPrintable(error));

        // The parser alone, as the runner calls it.
        const auto parsed = ExecPluginRunner::parseOutput(output, exec.apiVersion);
        QVERIFY(!parsed);
        const QString parseError = parsed.errorMessage();
        QVERIFY2(parseError.contains(u"aliases expand"_s), qPrintable(parseError));
    }
};

QTEST_GUILESS_MAIN(TestYamlBombs)
#include "test_yaml_bombs.moc"
