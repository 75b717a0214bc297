#pragma once

#include "core/Result.h"
#include "core/timeline/TimelineEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QSqlError;

namespace rd::source {

// The rollouts' stories kept on this computer (issue 13), so that a rollout's history survives a
// restart of the program and Events the cluster has already expired. One SQLite file (Qt SQL,
// driver QSQLITE) holds every context; rows are keyed by context + namespace/name.
//
// Bounded: a rollout keeps its newest MaxEntriesPerRollout entries, the whole file its newest
// MaxEntriesTotal (the oldest are dropped first). Writes are queued by save() and written by
// flush() in one transaction; the owner calls flush() on a short timer.
//
// Never fatal: when the file cannot be opened or written (driver missing, unwritable folder,
// locked by another program, disk full) the store closes, says why once through failed(), and
// save()/load() then do nothing. A damaged file is renamed aside and a new one started.
class TimelineStore : public QObject
{
    Q_OBJECT
public:
    // 1: one flat table (context, "namespace/name", RFC 3339 time, …) without sources, reason or
    //    step; 2: rollouts + entries tables, times in ms since the epoch.
    static constexpr int SchemaVersion = 2;
    static constexpr int MaxEntriesPerRollout = 500;
    static constexpr int MaxEntriesTotal = 50'000;
    // Waiting this long for another program's lock is the most the window ever stalls for.
    static constexpr int BusyTimeoutMs = 200;

    explicit TimelineStore(QObject *parent = nullptr);
    ~TimelineStore() override; // writes what is still queued

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();

    // Opens (creating or migrating) the file. On false the store stays closed and failed() has
    // been emitted with the reason.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Set when open() had to move a damaged file aside: where it went (empty otherwise).
    QString movedAsidePath() const { return m_movedAside; }

    // The stored story of one rollout ("namespace/name"), oldest first; what save() queued counts.
    QList<core::TimelineEntry> load(const QString &context, const QString &rolloutKey) const;
    // Replaces the stored story of one rollout at the next flush() (its newest entries only).
    void save(const QString &context, const QString &rolloutKey,
              const QList<core::TimelineEntry> &entries);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Writes the queued stories in one transaction, then enforces the total bound.
    bool flush();
    // Deletes every stored story (the settings' "Clear stored history").
    bool clear();

    // Number of stored entries (all contexts); -1 when closed.
    qint64 entryCount() const;

Q_SIGNALS:
    // The store stopped working (translated text, said once); the program goes on without it.
    void failed(const QString &message);
    // open() moved a damaged file aside and started a new one (translated text).
    void notice(const QString &message);

private:
    // A file that opened, or one to move aside; the error says why neither.
    enum class OpenResult { Ok, Damaged };
    core::Result<OpenResult> openFile();
    core::Status migrate(int from);
    core::Status createSchema();
    core::Status migrateFrom1();
    void fail(const QString &message);
    bool enforceTotalBound();
    core::Result<void, QSqlError> writeStory(const QString &key,
                                             const QList<core::TimelineEntry> &entries);

    QString m_connection;
    QString m_path;
    QString m_movedAside;
    bool m_open = false;
    bool m_failed = false;
    // context + '\n' + "namespace/name" -> the entries to write
    QHash<QString, QList<core::TimelineEntry>> m_pending;
};

} // namespace rd::source
