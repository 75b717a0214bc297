// The local history store (issue 13) against real SQLite files in a temporary folder: round trip,
// the migration from schema 1 (a file this test writes in the old layout), the bounds, a damaged
// file, an unwritable folder, a locked file, contexts kept apart, and a restart whose stored story
// merges with the Events the cluster still has without duplicates.
#include "core/timeline/Timeline.h"
#include "source/TimelineStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using rd::core::TimelineEntry;
using rd::core::TimelineKind;
using rd::source::TimelineStore;

namespace {

// Entries of this program carry milliseconds; Events whole seconds (EventBase).
const QDateTime Base = QDateTime::fromString(u"2026-11-27T10:00:00.250Z"_s, Qt::ISODateWithMs);
const QDateTime EventBase = Base.addMSecs(-250);

TimelineEntry entry(int second, TimelineKind kind, qint64 revision = 3)
{
    TimelineEntry e;
    e.time = Base.addSecs(second);
    e.kind = kind;
    e.revision = revision;
    e.message = u"entry at %1"_s.arg(second);
    e.sources = rd::core::FromEvent;
    return e;
}

QJsonObject kubeEvent(const QString &id, int second, const QString &reason, const QString &message,
                      int count = 1, int lastSecond = -1)
{
    const QDateTime first = EventBase.addSecs(second);
    const QDateTime last = lastSecond < 0 ? first : EventBase.addSecs(lastSecond);
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"name"_s, id}, {u"namespace"_s, u"shop"_s}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"web"_s}}},
        {u"reason"_s, reason},
        {u"message"_s, message},
        {u"count"_s, count},
        {u"firstTimestamp"_s, first.toString(Qt::ISODate)},
        {u"lastTimestamp"_s, last.toString(Qt::ISODate)}};
}

// Runs `sql` on the file through a connection of the test's own.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

} // namespace

class TestTimelineStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"data/history.sqlite"_s);
        QList<TimelineEntry> story;
        story << entry(0, TimelineKind::Updated, 4);
        TimelineEntry action = entry(30, TimelineKind::Aborted, 4);
        action.sources = rd::core::FromAction | rd::core::FromLive;
        action.actor = u"release-manager@prod"_s;
        action.reason = u"error rate above 2 % — rolling back"_s;
        action.weight = 0;
        story << action;
        TimelineEntry step = entry(10, TimelineKind::StepCompleted, 4);
        step.weight = 20;
        step.stepIndex = 1;
        story.insert(1, step);
        {
            TimelineStore store;
            QVERIFY(store.open(path));
            store.save(u"prod"_s, u"shop/web"_s, story);
            // Queued stories are what load() answers before they are written.
            QCOMPARE(store.load(u"prod"_s, u"shop/web"_s), story);
            QVERIFY(store.flush());
            QVERIFY(!store.hasPending());
        }
        TimelineStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.load(u"prod"_s, u"shop/web"_s), story);
        QVERIFY(again.load(u"prod"_s, u"shop/api"_s).isEmpty());
#ifdef Q_OS_UNIX
        // Only the user may read the stories (SECURITY.md).
        const QFile::Permissions mode = QFile::permissions(path);
        QCOMPARE(mode & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                         QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
#endif
        RawFile raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), TimelineStore::SchemaVersion);
    }

    void destructorWritesQueuedStories()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            TimelineStore store;
            QVERIFY(store.open(path));
            store.save(u"prod"_s, u"shop/web"_s, {entry(0, TimelineKind::Paused)});
        }
        TimelineStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.load(u"prod"_s, u"shop/web"_s).size(), 1);
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            RawFile raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE timeline (context TEXT NOT NULL, rollout TEXT NOT "
                             u"NULL, time TEXT NOT NULL, revision INTEGER, kind TEXT NOT NULL, "
                             u"weight INTEGER, message TEXT, actor TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO timeline VALUES ('prod', 'shop/web', "
                             u"'2026-11-27T10:00:05Z', 4, 'StepCompleted', 20, 'step 1', '')"_s));
            QVERIFY(raw.exec(u"INSERT INTO timeline VALUES ('prod', 'shop/web', "
                             u"'2026-11-27T10:00:01Z', 4, 'Updated', NULL, 'updated', '')"_s));
            QVERIFY(raw.exec(u"INSERT INTO timeline VALUES ('prod', 'shop/web', "
                             u"'2026-11-27T10:01:00.500Z', 4, 'Aborted', 0, '', 'alice')"_s));
            QVERIFY(raw.exec(u"INSERT INTO timeline VALUES ('staging', 'shop/web', "
                             u"'2026-11-27T09:00:00Z', 2, 'Completed', 100, 'done', '')"_s));
            // Rows no version wrote are dropped, not fatal.
            QVERIFY(raw.exec(u"INSERT INTO timeline VALUES ('prod', 'shop/web', "
                             u"'yesterday', 4, 'Exploded', 0, '', '')"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
        }
        TimelineStore store;
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(store.open(path));
        QCOMPARE(failed.size(), 0);
        const auto prod = store.load(u"prod"_s, u"shop/web"_s);
        QCOMPARE(prod.size(), 3);
        QCOMPARE(prod.at(0).kind, TimelineKind::Updated);
        QCOMPARE(prod.at(0).time, QDateTime::fromString(u"2026-11-27T10:00:01Z"_s, Qt::ISODate));
        QCOMPARE(prod.at(0).weight, std::nullopt);
        QCOMPARE(prod.at(1).kind, TimelineKind::StepCompleted);
        QCOMPARE(prod.at(1).weight, 20);
        QCOMPARE(prod.at(1).stepIndex, -1); // version 1 did not keep it
        QCOMPARE(prod.at(2).kind, TimelineKind::Aborted);
        QCOMPARE(prod.at(2).actor, u"alice"_s);
        QCOMPARE(prod.at(2).time.toMSecsSinceEpoch() % 1000, 500);
        QCOMPARE(prod.at(2).sources, 0u);
        QCOMPARE(store.load(u"staging"_s, u"shop/web"_s).size(), 1);
        store.close();
        RawFile raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
        QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'timeline'"_s).toInt(),
                 0);
    }

    void refusesAFileOfANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            RawFile raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE future (x)"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 9"_s));
        }
        TimelineStore store;
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(!store.open(path));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"newer version"_s));
        RawFile raw(path); // left as it was
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 9);
    }

    void boundsPerRollout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QList<TimelineEntry> story;
        for (int i = 0; i < TimelineStore::MaxEntriesPerRollout + 20; ++i)
            story << entry(i, TimelineKind::Scaled);
        {
            TimelineStore store;
            QVERIFY(store.open(path));
            store.save(u"prod"_s, u"shop/web"_s, story);
            QVERIFY(store.flush());
        }
        TimelineStore store;
        QVERIFY(store.open(path));
        const auto kept = store.load(u"prod"_s, u"shop/web"_s);
        QCOMPARE(kept.size(), TimelineStore::MaxEntriesPerRollout);
        QCOMPARE(kept.first().time, Base.addSecs(20)); // the oldest 20 were dropped
        QCOMPARE(kept.last().time, story.last().time);
    }

    void boundsTotal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        TimelineStore store;
        QVERIFY(store.open(path));
        const int perRollout = TimelineStore::MaxEntriesPerRollout;
        const int rollouts = TimelineStore::MaxEntriesTotal / perRollout + 2;
        QElapsedTimer timer;
        timer.start();
        // Rollout r's entries are at hours r: rollout 0 holds the oldest of the file.
        for (int r = 0; r < rollouts; ++r) {
            QList<TimelineEntry> story;
            for (int i = 0; i < perRollout; ++i)
                story << entry(r * 3600 + i, TimelineKind::Scaled);
            store.save(u"prod"_s, u"shop/web-%1"_s.arg(r), story);
        }
        QVERIFY(store.flush());
        qInfo("flush of %d entries in %d rollouts: %lld ms", rollouts * perRollout, rollouts,
              qint64(timer.elapsed()));
        QCOMPARE(store.entryCount(), qint64(TimelineStore::MaxEntriesTotal));
        QVERIFY(store.load(u"prod"_s, u"shop/web-0"_s).isEmpty());
        QVERIFY(store.load(u"prod"_s, u"shop/web-1"_s).isEmpty());
        QCOMPARE(store.load(u"prod"_s, u"shop/web-2"_s).size(), perRollout);
        {
            RawFile raw(path);
            QCOMPARE(raw.value(u"SELECT count(*) FROM rollouts"_s).toInt(), rollouts - 2);
        }
        // What the window pays on the GUI thread with a full file (printed, not asserted).
        store.close();
        timer.restart();
        QVERIFY(store.open(path));
        const qint64 openMs = timer.elapsed();
        timer.restart();
        QCOMPARE(store.load(u"prod"_s, u"shop/web-50"_s).size(), perRollout);
        const qint64 loadMs = timer.elapsed();
        timer.restart();
        for (int r = 2; r < 12; ++r)
            store.save(u"prod"_s, u"shop/web-%1"_s.arg(r),
                       store.load(u"prod"_s, u"shop/web-%1"_s.arg(r)).mid(1));
        QVERIFY(store.flush());
        qInfo("full file (%lld KiB): open %lld ms, one rollout's load %lld ms, "
              "flush of 10 changed rollouts %lld ms",
              qint64(QFileInfo(path).size() / 1024), openMs, loadMs, qint64(timer.elapsed()));
    }

    void damagedFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QByteArray garbage;
        for (int i = 0; i < 512; ++i)
            garbage += "this is not an SQLite file ";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        TimelineStore store;
        QSignalSpy notice(&store, &TimelineStore::notice);
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(store.open(path));
        QCOMPARE(notice.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!store.movedAsidePath().isEmpty());
        QVERIFY(notice.at(0).at(0).toString().contains(
            QDir::toNativeSeparators(store.movedAsidePath())));
        QFile aside(store.movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage); // kept as it was
        // The new file works.
        store.save(u"prod"_s, u"shop/web"_s, {entry(0, TimelineKind::Paused)});
        QVERIFY(store.flush());
        QCOMPARE(store.load(u"prod"_s, u"shop/web"_s).size(), 1);
    }

    void someoneElsesDatabaseIsNotWrittenInto()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            RawFile raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE notes (text TEXT)"_s));
        }
        TimelineStore store;
        QSignalSpy notice(&store, &TimelineStore::notice);
        QVERIFY(store.open(path));
        QCOMPARE(notice.size(), 1);
        RawFile aside(store.movedAsidePath());
        QCOMPARE(aside.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'notes'"_s).toInt(),
                 1);
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        // A parent that is a file: no one, root included, can create the folder.
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        TimelineStore store;
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(!store.open(dir.filePath(u"blocker/rolloutdesk/history.sqlite"_s)));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"session only"_s));
        QVERIFY(!store.isOpen());
        // Everything after is a quiet no-op.
        store.save(u"prod"_s, u"shop/web"_s, {entry(0, TimelineKind::Paused)});
        QVERIFY(!store.flush());
        QVERIFY(store.load(u"prod"_s, u"shop/web"_s).isEmpty());
        QCOMPARE(failed.size(), 1);
    }

    void readOnlyFolder()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"locked-down"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        if (::access(folder.toLocal8Bit().constData(), W_OK) == 0)
            QSKIP("this user writes into read-only folders (root); unwritableFolder covers it");
        TimelineStore store;
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(!store.open(folder + u"/history.sqlite"_s));
        QCOMPARE(failed.size(), 1);
#else
        QSKIP("POSIX permissions");
#endif
    }

    void lockedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            TimelineStore first;
            QVERIFY(first.open(path));
        }
        RawFile other(path);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        TimelineStore store;
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(!store.open(path));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"in use by another program"_s));
        QVERIFY(other.exec(u"COMMIT"_s));
    }

    void lockTakenAfterOpenKeepsStoriesQueued()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        TimelineStore store;
        QSignalSpy failed(&store, &TimelineStore::failed);
        QVERIFY(store.open(path));
        RawFile other(path);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        store.save(u"prod"_s, u"shop/web"_s, {entry(0, TimelineKind::Paused)});
        QVERIFY(!store.flush());
        QVERIFY(store.hasPending());
        QCOMPARE(failed.size(), 0);
        QVERIFY(other.exec(u"COMMIT"_s));
        QVERIFY(store.flush());
        QCOMPARE(store.entryCount(), 1);
    }

    void contextsKeptApart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            TimelineStore store;
            QVERIFY(store.open(path));
            store.save(u"prod"_s, u"shop/web"_s, {entry(0, TimelineKind::Aborted, 7)});
            store.save(u"staging"_s, u"shop/web"_s,
                       {entry(0, TimelineKind::Completed, 9), entry(5, TimelineKind::Updated, 10)});
            QVERIFY(store.flush());
            // Saving one context again leaves the other alone.
            store.save(u"staging"_s, u"shop/web"_s, {entry(9, TimelineKind::Paused, 10)});
            QVERIFY(store.flush());
        }
        TimelineStore store;
        QVERIFY(store.open(path));
        const auto prod = store.load(u"prod"_s, u"shop/web"_s);
        QCOMPARE(prod.size(), 1);
        QCOMPARE(prod.at(0).revision, 7);
        const auto staging = store.load(u"staging"_s, u"shop/web"_s);
        QCOMPARE(staging.size(), 1);
        QCOMPARE(staging.at(0).kind, TimelineKind::Paused);
    }

    void clearRemovesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        TimelineStore store;
        QVERIFY(store.open(path));
        store.save(u"prod"_s, u"shop/web"_s, {entry(0, TimelineKind::Aborted)});
        QVERIFY(store.flush());
        store.save(u"prod"_s, u"shop/api"_s, {entry(0, TimelineKind::Aborted)});
        QVERIFY(store.clear());
        QVERIFY(!store.hasPending());
        QCOMPARE(store.entryCount(), 0);
        QVERIFY(store.load(u"prod"_s, u"shop/web"_s).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("entry at 0")); // gone from the disk, not only unlinked
    }

    // A restart: the first session saw an Event and sent an abort; the second reads the story back,
    // then the cluster's Events again (one of them repeated since) and a new one.
    void restartMergesWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        const QJsonObject updated =
            kubeEvent(u"e1"_s, 0, u"RolloutUpdated"_s, u"Rollout updated to revision 4"_s);
        const QJsonObject paused =
            kubeEvent(u"e2"_s, 20, u"RolloutPaused"_s, u"Rollout is paused (CanaryPauseStep)"_s);
        {
            rd::core::Timeline first;
            first.addEvent(updated);
            first.addEvent(paused);
            first.addAction(TimelineKind::Aborted, Base.addSecs(40), 4, u"alice"_s, u"errors"_s);
            QCOMPARE(first.entries().size(), 3);
            TimelineStore store;
            QVERIFY(store.open(path));
            store.save(u"prod"_s, u"shop/web"_s, first.entries());
        }
        TimelineStore store;
        QVERIFY(store.open(path));
        rd::core::Timeline second;
        for (const TimelineEntry &e : store.load(u"prod"_s, u"shop/web"_s))
            second.addStored(e);
        second.addEvent(updated);
        // The pause repeated once more since.
        second.addEvent(kubeEvent(u"e2"_s, 20, u"RolloutPaused"_s,
                                  u"Rollout is paused (CanaryPauseStep)"_s, 2, 60));
        // The controller's own Event for the abort, 1 s after the action.
        second.addEvent(
            kubeEvent(u"e3"_s, 41, u"RolloutAborted"_s, u"Rollout aborted update to revision 4"_s));
        const auto story = second.entries();
        QStringList kinds;
        for (const TimelineEntry &e : story)
            kinds << rd::core::timelineKindName(e.kind) + u'@' +
                         QString::number(EventBase.secsTo(e.time));
        QCOMPARE(kinds,
                 (QStringList{u"Updated@0"_s, u"Paused@20"_s, u"Aborted@41"_s, u"Paused@60"_s}));
        // The stored abort kept who and why, and now has the Event's word too.
        QCOMPARE(story.at(2).actor, u"alice"_s);
        QCOMPARE(story.at(2).reason, u"errors"_s);
        QVERIFY(story.at(2).sources & rd::core::FromEvent);
        QVERIFY(story.at(2).sources & rd::core::FromAction);
        // Saved again and read back by a third session: still four.
        store.save(u"prod"_s, u"shop/web"_s, story);
        QVERIFY(store.flush());
        rd::core::Timeline third;
        for (const TimelineEntry &e : store.load(u"prod"_s, u"shop/web"_s))
            third.addStored(e);
        third.addEvent(updated);
        QCOMPARE(third.entries().size(), 4);
    }

    // Two stored entries of one kind close together stay two (they were two happenings).
    void storedEntriesNeverMergeWithEachOther()
    {
        rd::core::Timeline t;
        TimelineEntry a = entry(0, TimelineKind::Scaled, 4);
        a.message = u"Scaled up replica set web-4 from 1 to 2"_s;
        TimelineEntry b = entry(2, TimelineKind::Scaled, 4);
        b.message = u"Scaled up replica set web-4 from 2 to 4"_s;
        t.addStored(a);
        t.addStored(b);
        QCOMPARE(t.entries().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "test_timeline_store.moc"
