// The History tab across a restart (issue 13): a first "session" sees an Event and sends an abort
// with a reason; its TimelineBook writes the story to a real SQLite file. A second session, whose
// cluster has expired that Event, shows both rows with who and why; the Event read again adds no
// second row. Also: the confirmation dialog's reason reaches the action, and StoredHistory keeps
// nothing for a snapshot or the demo, nor with the setting off.
#include "FakeRolloutSource.h"

#include "gui/StoredHistory.h"
#include "gui/dialogs/ActionDialog.h"
#include "gui/models/TimelineBook.h"
#include "gui/models/TimelineModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/HistoryView.h"
#include "source/RolloutAction.h"
#include "source/TimelineStore.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::gui::TimelineModel;

namespace {

const QString kKey = u"shop/demo"_s;

// A cluster-like source: Events for its rollouts and a kube user.
class ClusterLikeSource : public FakeRolloutSource
{
public:
    QString displayName() const override { return u"prod-east"_s; }
    QList<QJsonObject> events(const QString &key) const override { return m_events.value(key); }
    QString userOf(const QString &) const override { return u"release-manager"_s; }
    void addEvent(const QString &key, const QJsonObject &event)
    {
        m_events[key] << event;
        Q_EMIT eventsChanged(key);
    }

private:
    QHash<QString, QList<QJsonObject>> m_events;
};

QJsonObject updatedEvent()
{
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"demo.1"_s},
                                    {u"namespace"_s, u"shop"_s},
                                    {u"resourceVersion"_s, u"11"_s}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo"_s}}},
        {u"reason"_s, u"RolloutUpdated"_s},
        {u"message"_s, u"Rollout updated to revision 3"_s},
        {u"count"_s, 1},
        {u"firstTimestamp"_s, u"2026-11-27T10:00:00Z"_s},
        {u"lastTimestamp"_s, u"2026-11-27T10:00:00Z"_s}};
}

rd::core::RolloutInfo info()
{
    rd::core::RolloutInfo i;
    i.meta.name = u"demo"_s;
    i.meta.namespace_ = u"shop"_s;
    i.status = u"Paused"_s;
    i.currentStepIndex = 1;
    i.setWeight = u"20"_s;
    rd::core::ReplicaSetInfo rs;
    rs.revision = 3;
    i.replicaSets = {rs};
    return i;
}

// A book writing to a real SQLite file in a folder of its own, for a source with one rollout.
struct StoredBook
{
    QTemporaryDir dir;
    rd::source::TimelineStore store;
    ClusterLikeSource source;
    rd::gui::TimelineBook book;

    bool open()
    {
        if (!store.open(dir.filePath(u"history.sqlite"_s)))
            return false;
        source.put(info());
        book.setStore(&store);
        book.setSource(&source);
        return true;
    }
};

QStringList rows(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, TimelineModel::Event).data().toString() + u'|' +
                   m.index(r, TimelineModel::Actor).data().toString() + u'|' +
                   m.index(r, TimelineModel::Message).data(Qt::ToolTipRole).toString();
    return out;
}

} // namespace

class TestGuiHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void historyTabShowsStoredEntriesAfterRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            ClusterLikeSource source;
            source.put(info());
            rd::source::TimelineStore store;
            QVERIFY(store.open(path));
            rd::gui::TimelineBook book;
            book.setStore(&store);
            book.setSource(&source);
            source.addEvent(kKey, updatedEvent());
            rd::source::RolloutAction abort;
            abort.kind = rd::source::RolloutAction::Kind::Abort;
            abort.key = kKey;
            abort.reason = u"error rate 4 %"_s;
            book.recordAction(abort, source.userOf(kKey));
            QCOMPARE(book.entries(kKey).size(), 2);
            // No waiting for the book's timer: it writes what is left when it goes away, as at
            // quit.
        }
        {
            rd::source::TimelineStore check;
            QVERIFY(check.open(path));
            QCOMPARE(check.entryCount(), 2);
        }

        // The restart: the cluster has expired the Event.
        ClusterLikeSource source;
        source.put(info());
        rd::source::TimelineStore store;
        QVERIFY(store.open(path));
        rd::gui::TimelineBook book;
        book.setStore(&store);
        book.setSource(&source);
        rd::gui::HistoryView view;
        view.setBook(&book);
        view.setKey(kKey);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList expected{
            u"Updated||Rollout updated to revision 3"_s,
            u"Aborted|release-manager|Reason given: error rate 4 %"_s,
        };
        QCOMPARE(rows(*view.model()), expected);
        // The same Event still in another cluster listing: joins the stored row.
        source.addEvent(kKey, updatedEvent());
        QCOMPARE(rows(*view.model()), expected);
        // And the file still holds two after the book wrote again.
        book.writeChanged();
        QCOMPARE(store.entryCount(), 2);
    }

    // Settings › storage off and on again within one session reads nothing twice.
    void switchingStorageOffAndOnKeepsOneCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            rd::source::TimelineStore store;
            QVERIFY(store.open(path));
            rd::core::TimelineEntry e;
            e.time = QDateTime::fromString(u"2026-11-27T09:00:00Z"_s, Qt::ISODate);
            e.kind = rd::core::TimelineKind::Completed;
            e.revision = 2;
            e.sources = rd::core::FromLive;
            store.save(u"prod-east"_s, kKey, {e});
        }
        rd::source::TimelineStore store;
        QVERIFY(store.open(path));
        ClusterLikeSource source;
        source.put(info());
        rd::gui::TimelineBook book;
        book.setStore(&store);
        book.setSource(&source);
        QCOMPARE(book.entries(kKey).size(), 1);
        book.setStore(nullptr);
        book.setStore(&store);
        QCOMPARE(book.entries(kKey).size(), 1);
        source.addEvent(kKey, updatedEvent());
        book.writeChanged();
        QCOMPARE(store.entryCount(), 2);
    }

    void changedStoriesAreWrittenOnTheTimer()
    {
        StoredBook b;
        QVERIFY(b.open());
        b.source.addEvent(kKey, updatedEvent());
        QCOMPARE(b.store.entryCount(), 0); // batched, not written at once
        QTRY_COMPARE_WITH_TIMEOUT(b.store.entryCount(), 1, 30'000);
    }

    // Thousands of rollouts changing all day: with a store, the book keeps a bounded number of
    // entries in memory, lets the least recently used stories go after a write, and reads them
    // back whole; an Event read again after that joins its stored row.
    void storiesInMemoryStayWithinTheBudget()
    {
        QTemporaryDir dir;
        rd::source::TimelineStore store;
        QVERIFY(store.open(dir.filePath(u"history.sqlite"_s)));
        ClusterLikeSource source;
        QStringList keys;
        for (int r = 0; r < 10; ++r) {
            rd::core::RolloutInfo i = info();
            i.meta.name = u"demo%1"_s.arg(r);
            source.put(i);
            keys << u"shop/demo%1"_s.arg(r);
        }
        rd::gui::TimelineBook book;
        book.setMemoryBudget(100);
        book.setStore(&store);
        book.setSource(&source);
        const auto event = [](int rollout, int n) {
            QJsonObject e = updatedEvent();
            e[u"metadata"_s] = QJsonObject{{u"name"_s, u"demo%1.%2"_s.arg(rollout).arg(n)},
                                           {u"namespace"_s, u"shop"_s},
                                           {u"resourceVersion"_s, QString::number(100 + n)}};
            e[u"involvedObject"_s] =
                QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo%1"_s.arg(rollout)}};
            e[u"message"_s] = u"Rollout updated to revision %1"_s.arg(n + 1);
            const QString time =
                QDateTime(QDate(2026, 11, 27), QTime(10, n), Qt::UTC).toString(Qt::ISODate);
            e[u"firstTimestamp"_s] = time;
            e[u"lastTimestamp"_s] = time;
            return e;
        };
        for (int r = 0; r < 10; ++r) {
            for (int n = 0; n < 30; ++n)
                source.addEvent(keys[r], event(r, n));
        }
        QCOMPARE(book.entriesInMemory(), 300);
        book.entries(keys[0]); // the one on screen: used last
        book.writeChanged();
        QCOMPARE(store.entryCount(), 300);
        QVERIFY2(book.entriesInMemory() <= 75, qPrintable(QString::number(book.entriesInMemory())));
        QCOMPARE(book.entries(keys[0]).size(), 30); // still in memory, nothing read

        // Every story comes back whole from the store.
        for (const QString &key : std::as_const(keys))
            QCOMPARE(book.entries(key).size(), 30);
        // Let go again; then the cluster lists an Event of a story let go once more.
        book.writeChanged();
        QVERIFY(book.entriesInMemory() <= 75);
        source.addEvent(keys[5], event(5, 7));
        QCOMPARE(book.entries(keys[5]).size(), 30);
        book.writeChanged();
        QCOMPARE(store.entryCount(), 300);
    }

    // A deleted rollout leaves nothing in memory: at once without a store, once written with
    // one (the file keeps its story, the same name may come back).
    void deletedRolloutsLeaveNothingInMemory()
    {
        ClusterLikeSource plain;
        plain.put(info());
        rd::gui::TimelineBook memoryOnly;
        memoryOnly.setSource(&plain);
        plain.addEvent(kKey, updatedEvent());
        QCOMPARE(memoryOnly.storiesInMemory(), 1);
        plain.remove(kKey);
        QCOMPARE(memoryOnly.storiesInMemory(), 0);

        StoredBook b;
        QVERIFY(b.open());
        b.source.addEvent(kKey, updatedEvent());
        b.source.remove(kKey);
        QCOMPARE(b.book.storiesInMemory(), 1); // not written yet
        b.book.writeChanged();
        QCOMPARE(b.store.entryCount(), 1);
        QCOMPARE(b.book.storiesInMemory(), 0);
        // Back under the same name: its story comes from the file.
        b.source.put(info());
        QCOMPARE(b.book.entries(kKey).size(), 1);
    }

    void confirmationReasonReachesTheAction()
    {
        ClusterLikeSource source;
        source.put(info());
        rd::gui::ActionDialog dialog(rd::source::RolloutAction::Kind::Promote, *source.info(kKey),
                                     {u"prod-east"_s, u"shop"_s, u"demo"_s}, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.reasonEdit());
        QCOMPARE(dialog.reasonEdit()->accessibleName(), u"Reason"_s);
        QSignalSpy confirmed(&dialog, &rd::gui::ConfirmDialog::confirmed);
        dialog.reasonEdit()->setText(u"  metrics look fine  "_s);
        dialog.confirmButton()->click();
        QCOMPARE(confirmed.size(), 1);
        const auto action = confirmed.at(0).at(0).value<rd::source::RolloutAction>();
        QCOMPARE(action.reason, u"metrics look fine"_s);
        // Never part of the command: it stays on this computer.
        QVERIFY(!dialog.commandText().contains(u"metrics"_s));
    }

    void storedHistoryKeepsOnlyClustersAndFollowsTheSetting()
    {
        QTemporaryDir dir;
        rd::gui::AppSettings settings;
        settings.setKeepHistory(true);
        rd::gui::StoredHistory history(&settings, dir.filePath(u"h/history.sqlite"_s));
        QSignalSpy messages(&history, &rd::gui::StoredHistory::message);
        QCOMPARE(history.storeFor(false), nullptr); // snapshot or demo
        QVERIFY(!QFile::exists(dir.filePath(u"h/history.sqlite"_s)));
        rd::source::TimelineStore *store = history.storeFor(true);
        QVERIFY(store);
        QVERIFY(store->isOpen());
        QVERIFY(QFile::exists(dir.filePath(u"h/history.sqlite"_s)));
        settings.setKeepHistory(false);
        QCOMPARE(history.storeFor(true), nullptr);
        QVERIFY(!store->isOpen());
        settings.setKeepHistory(true);
        QCOMPARE(messages.size(), 0);
    }

    void unusableFileIsSaidOnceAndTheBookGoesOn()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        rd::gui::AppSettings settings;
        settings.setKeepHistory(true);
        rd::gui::StoredHistory history(&settings, dir.filePath(u"blocker/history.sqlite"_s));
        QSignalSpy messages(&history, &rd::gui::StoredHistory::message);
        QCOMPARE(history.storeFor(true), nullptr);
        QCOMPARE(history.storeFor(true), nullptr); // not tried again, not said again
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(1).toBool(), true);
        // The live story is still there without a store.
        ClusterLikeSource source;
        source.put(info());
        rd::gui::TimelineBook book;
        book.setStore(history.storeFor(true));
        book.setSource(&source);
        source.addEvent(kKey, updatedEvent());
        QCOMPARE(book.entries(kKey).size(), 1);
    }

    void clearingAsksFirst()
    {
        QTemporaryDir dir;
        rd::gui::AppSettings settings;
        settings.setKeepHistory(true);
        rd::gui::StoredHistory history(&settings, dir.filePath(u"history.sqlite"_s));
        rd::source::TimelineStore *store = history.storeFor(true);
        QVERIFY(store);
        rd::core::TimelineEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        store->save(u"prod"_s, kKey, {entry});
        QVERIFY(store->flush());
        QCOMPARE(store->entryCount(), 1);
        QWidget window;
        window.show();
        QSignalSpy cleared(&history, &rd::gui::StoredHistory::cleared);
        history.askToClear(&window);
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(store->entryCount(), 1); // nothing happens before the answer
        auto *clear = box->findChild<QPushButton *>(u"clearHistoryButton"_s);
        QVERIFY(clear);
        QVERIFY(!clear->accessibleName().isEmpty());
        clear->click();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(store->entryCount(), 0);
    }
};

QTEST_MAIN(TestGuiHistoryStore)
#include "test_gui_history_store.moc"
