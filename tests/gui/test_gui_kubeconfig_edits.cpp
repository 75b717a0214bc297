// The window follows its kubeconfig on disk, against the in-process simulator: a context added
// by another tool appears in the picker, removing the context in use is reported (and the
// window keeps working), and a changed cluster entry makes the window connect again by itself.

#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "sim/SimCluster.h"

#include <QComboBox>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;

namespace {
const QString kKey = u"spring-petclinic/rollouts-demo"_s;
constexpr int kTimeout = 60000;

bool save(const QString &path, const QByteArray &data)
{
    QSaveFile f(path); // a new file renamed over the old one, as editors save
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

QStringList items(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}
} // namespace

class TestGuiKubeconfigEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void windowFollowsTheKubeconfig()
    {
        rd::sim::SimCluster::Options options;
        options.tls = true;
        options.speed = 10.0;
        rd::sim::SimCluster cluster(options);
        QString error;
        const auto started = cluster.start();
        error = started.errorMessage();
        QVERIFY2(!started.valueOr(QUrl()).isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        const QByteArray original = cluster.kubeconfigYaml();
        QVERIFY(save(path, original));

        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        window.show();
        QVERIFY2(connection.openKubeconfig(path, {}, {}, false, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(window.boardModel()->indexOfKey(kKey).isValid(), kTimeout);
        QComboBox *contexts = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Context"_s)
                contexts = box;
        }
        QVERIFY(contexts);
        QVERIFY(!items(contexts).contains(u"ops"_s));

        // Another tool adds a context: the picker lists it, the connection is untouched.
        QSignalSpy sources(&connection, &ConnectionManager::sourceChanged);
        QByteArray added = original;
        added.replace("contexts:\n",
                      "contexts:\n- name: ops\n  context:\n    cluster: rolloutdesk-sim\n"
                      "    user: viewer\n");
        QVERIFY(save(path, added));
        QTRY_VERIFY_WITH_TIMEOUT(items(contexts).contains(u"ops"_s), kTimeout);
        QCOMPARE(contexts->currentText(), u"admin"_s);
        QCOMPARE(sources.count(), 0);

        // The context in use is deleted: the window says so and keeps showing it.
        QByteArray removed = added;
        const qsizetype at = removed.indexOf("- name: admin\n  context:");
        QVERIFY(at > 0);
        removed.remove(at, removed.indexOf("- name:", at + 1) - at);
        removed.replace("current-context: admin", "current-context: ops");
        QVERIFY(save(path, removed));
        QTRY_VERIFY_WITH_TIMEOUT(window.messageText().contains(u"no longer"_s), kTimeout);
        QVERIFY(window.messageText().contains(u"admin"_s));
        QCOMPARE(contexts->currentText(), u"admin"_s);
        QVERIFY(window.boardModel()->indexOfKey(kKey).isValid());
        QCOMPARE(sources.count(), 0);

        // The cluster entry of the context changes: the window connects again on its own.
        QByteArray changed = original;
        changed.replace("  cluster:\n    server:", "  cluster:\n    disable-compression: true\n"
                                                   "    server:");
        QVERIFY(save(path, changed));
        QTRY_VERIFY_WITH_TIMEOUT(sources.count() > 0, kTimeout);
        QVERIFY(connection.source());
        QCOMPARE(connection.currentContext(), u"admin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.boardModel()->indexOfKey(kKey).isValid(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().startsWith(u"Connected"_s), kTimeout);
    }
};

QTEST_MAIN(TestGuiKubeconfigEdits)
#include "test_gui_kubeconfig_edits.moc"
