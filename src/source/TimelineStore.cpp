#include "source/TimelineStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace rd::source {

namespace {

// SQLite's primary result codes that decide what a failure means.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

QString pendingKey(const QString &context, const QString &rolloutKey)
{
    return context + u'\n' + rolloutKey;
}

// "namespace/name"; a namespace or a name never contains '/'.
std::pair<QString, QString> splitKey(const QString &rolloutKey)
{
    const qsizetype slash = rolloutKey.lastIndexOf(u'/');
    if (slash < 0)
        return {QString(), rolloutKey};
    return {rolloutKey.left(slash).section(u'/', -1), rolloutKey.mid(slash + 1)};
}

QVariant weightValue(const std::optional<int> &weight)
{
    return weight ? QVariant(*weight) : QVariant(QMetaType::fromType<int>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

TimelineStore::TimelineStore(QObject *parent)
    : QObject(parent)
    , m_connection(u"rolloutdesk-history-%1"_s.arg(quintptr(this), 0, 16))
{}

TimelineStore::~TimelineStore()
{
    flush();
    close();
}

QString TimelineStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

bool TimelineStore::open(const QString &path)
{
    close();
    m_path = path;
    m_movedAside.clear();
    m_failed = false;
    core::Result<OpenResult> result = openFile();
    if (result && *result == OpenResult::Damaged) {
        // Keep the damaged file for whoever wants to look at it; start a new one.
        close();
        const QString aside =
            path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        if (!QFile::rename(path, aside)) {
            fail(tr("%1 is damaged and cannot be moved aside").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        m_movedAside = aside;
        QFile::rename(path + u"-journal"_s, aside + u"-journal"_s); // belongs to the damaged file
        result = openFile();
        if (result && *result == OpenResult::Ok)
            Q_EMIT notice(tr("The stored rollout history was damaged. It was moved to %1 and a new "
                             "one was started.")
                              .arg(QDir::toNativeSeparators(aside)));
        else if (result)
            result = core::Error{tr("%1 is damaged").arg(QDir::toNativeSeparators(path)),
                                 core::ErrorKind::Io};
    }
    if (!result) {
        close();
        fail(result.errorMessage());
        return false;
    }
    m_open = true;
    return true;
}

core::Result<TimelineStore::OpenResult> TimelineStore::openFile()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return core::Error{tr("Qt's SQLite driver (QSQLITE) is not installed"),
                           core::ErrorKind::Io};
    }
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder)) {
            return core::Error{
                tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)),
                core::ErrorKind::Io};
        }
        // Our own folder: nobody else needs to look inside.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!file.exists()) {
        // Created here with owner-only permissions before SQLite writes anything into it (SQLite
        // gives its journal the database file's permissions).
        QFile create(m_path);
        if (!create.open(QIODevice::WriteOnly)) {
            return core::Error{tr("%1 cannot be created: %2").arg(nativePath, create.errorString()),
                               core::ErrorKind::Io};
        }
        create.close();
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // Qt waits 5 s by default when another program holds the lock; the window must not.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open()) {
        if (isDamage(db.lastError()))
            return OpenResult::Damaged;
        return core::Error{
            tr("%1 cannot be opened: %2").arg(nativePath, db.lastError().databaseText()),
            core::ErrorKind::Io};
    }
    QSqlQuery query(db);
    const auto explain = [&](const QSqlError &e) {
        if (isBusy(e))
            return tr("%1 is in use by another program").arg(nativePath);
        if (primaryCode(e) == SqliteReadOnly || primaryCode(e) == SqliteCantOpen)
            return tr("%1 cannot be written").arg(nativePath);
        return tr("%1 cannot be used: %2").arg(nativePath, e.databaseText());
    };
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (isDamage(query.lastError()))
            return OpenResult::Damaged;
        return core::Error{explain(query.lastError()), core::ErrorKind::Io};
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        return core::Error{tr("%1 was written by a newer version of Rollout Desk").arg(nativePath),
                           core::ErrorKind::Io};
    }
    // A cheap check that the pages are sound (the file is small: bounded by MaxEntriesTotal).
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        if (isDamage(query.lastError()))
            return OpenResult::Damaged;
        return core::Error{explain(query.lastError()), core::ErrorKind::Io};
    }
    if (query.value(0).toString() != u"ok")
        return OpenResult::Damaged;
    query.finish();
    if (version == 0) {
        // A new file, or someone else's SQLite file that is not ours: never write into the latter.
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
            return core::Error{explain(query.lastError()), core::ErrorKind::Io};
        }
        if (query.value(0).toInt() != 0)
            return OpenResult::Damaged;
        query.finish();
    }
    // Takes the write lock once, so that an unwritable or locked file is found now, not at the
    // first flush; creates or migrates the schema under it.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        return core::Error{explain(query.lastError()), core::ErrorKind::Io};
    }
    core::Status migrated = migrate(version);
    bool ok = migrated.ok();
    QString migrateError = migrated.errorMessage();
    // The version is written even when unchanged: this is the write that proves the file writable.
    if (ok && !query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion))) {
        migrateError = explain(query.lastError());
        ok = false;
    }
    if (ok && !query.exec(u"COMMIT"_s)) {
        migrateError = explain(query.lastError());
        ok = false;
    }
    if (!ok) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return core::Error{migrateError, core::ErrorKind::Io};
    }
    return OpenResult::Ok;
}

core::Status TimelineStore::migrate(int from)
{
    switch (from) {
    case 0:
        return createSchema();
    case 1:
        return migrateFrom1();
    default:
        return {}; // already SchemaVersion
    }
}

core::Status TimelineStore::createSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const QStringList statements = {
        u"CREATE TABLE rollouts (id INTEGER PRIMARY KEY, context TEXT NOT NULL, "
        u"namespace TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (context, namespace, name))"_s,
        u"CREATE TABLE entries (id INTEGER PRIMARY KEY, "
        u"rollout INTEGER NOT NULL REFERENCES rollouts(id), time_ms INTEGER NOT NULL, "
        u"revision INTEGER NOT NULL, kind TEXT NOT NULL, weight INTEGER, "
        u"message TEXT NOT NULL, sources INTEGER NOT NULL, actor TEXT NOT NULL, "
        u"reason TEXT NOT NULL, step_index INTEGER NOT NULL)"_s,
        u"CREATE INDEX entries_by_rollout ON entries (rollout, time_ms)"_s,
        u"CREATE INDEX entries_by_time ON entries (time_ms)"_s,
    };
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            return core::Error{
                tr("%1 cannot be used: %2")
                    .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()),
                core::ErrorKind::Io};
        }
    }
    return {};
}

// Version 1 kept one flat table; its entries move into version 2's tables. The sources of a
// version-1 entry are not known (0), nor its reason or step.
core::Status TimelineStore::migrateFrom1()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (core::Status created = createSchema(); !created)
        return created;
    QSqlQuery old(db);
    old.setForwardOnly(true);
    if (!old.exec(u"SELECT context, rollout, time, revision, kind, weight, message, actor "
                  u"FROM timeline ORDER BY time"_s)) {
        return core::Error{
            tr("%1 cannot be used: %2")
                .arg(QDir::toNativeSeparators(m_path), old.lastError().databaseText()),
            core::ErrorKind::Io};
    }
    QList<std::pair<std::pair<QString, QString>, core::TimelineEntry>> rows;
    while (old.next()) {
        const auto kind = core::timelineKindFromName(old.value(4).toString());
        const QDateTime time =
            QDateTime::fromString(old.value(2).toString(), Qt::ISODateWithMs).toUTC();
        if (!kind || !time.isValid())
            continue; // a row no version of this program could have written
        core::TimelineEntry e;
        e.time = time;
        e.revision = old.value(3).toLongLong();
        e.kind = *kind;
        if (!old.value(5).isNull())
            e.weight = old.value(5).toInt();
        e.message = old.value(6).toString();
        e.actor = old.value(7).toString();
        rows.append({{old.value(0).toString(), old.value(1).toString()}, e});
    }
    old.finish();
    QHash<QString, QList<core::TimelineEntry>> byRollout;
    for (const auto &[id, entry] : std::as_const(rows))
        byRollout[pendingKey(id.first, id.second)].append(entry);
    // Written through the same path as every later save, bounds included.
    QSqlError writeError;
    bool ok = true;
    for (auto it = byRollout.cbegin(); ok && it != byRollout.cend(); ++it) {
        QList<core::TimelineEntry> entries = it.value();
        if (entries.size() > MaxEntriesPerRollout)
            entries = entries.mid(entries.size() - MaxEntriesPerRollout);
        const auto written = writeStory(it.key(), entries);
        ok = written.ok();
        if (!ok)
            writeError = written.error();
    }
    QSqlQuery write(db);
    if (ok)
        ok = write.exec(u"DROP TABLE timeline"_s) && enforceTotalBound();
    if (!ok) {
        if (writeError.type() == QSqlError::NoError)
            writeError = write.lastError();
        return core::Error{tr("%1 cannot be used: %2")
                               .arg(QDir::toNativeSeparators(m_path), writeError.databaseText()),
                           core::ErrorKind::Io};
    }
    return {};
}

void TimelineStore::close()
{
    m_open = false;
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void TimelineStore::fail(const QString &detail)
{
    m_pending.clear();
    close();
    if (m_failed)
        return;
    m_failed = true;
    //: %1 says why, e.g. "/home/me/.local/share/rolloutdesk/history.sqlite cannot be written"
    Q_EMIT failed(tr("The rollout history cannot be kept on this computer (%1). It is kept for "
                     "this session only.")
                      .arg(detail));
}

QList<core::TimelineEntry> TimelineStore::load(const QString &context,
                                               const QString &rolloutKey) const
{
    const auto pending = m_pending.constFind(pendingKey(context, rolloutKey));
    if (pending != m_pending.cend())
        return *pending;
    QList<core::TimelineEntry> out;
    if (!m_open)
        return out;
    const auto [ns, name] = splitKey(rolloutKey);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT e.time_ms, e.revision, e.kind, e.weight, e.message, e.sources, "
                  u"e.actor, e.reason, e.step_index FROM entries e "
                  u"JOIN rollouts r ON r.id = e.rollout "
                  u"WHERE r.context = ? AND r.namespace = ? AND r.name = ? "
                  u"ORDER BY e.time_ms, e.id"_s);
    query.addBindValue(context);
    query.addBindValue(ns);
    query.addBindValue(name);
    if (!query.exec())
        return out; // a read that fails shows the live story only; the next flush reports it
    while (query.next()) {
        const auto kind = core::timelineKindFromName(query.value(2).toString());
        if (!kind)
            continue;
        core::TimelineEntry e;
        e.time = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        e.revision = query.value(1).toLongLong();
        e.kind = *kind;
        if (!query.value(3).isNull())
            e.weight = query.value(3).toInt();
        e.message = query.value(4).toString();
        e.sources = query.value(5).toUInt();
        e.actor = query.value(6).toString();
        e.reason = query.value(7).toString();
        e.stepIndex = query.value(8).toInt();
        out.append(e);
    }
    return out;
}

void TimelineStore::save(const QString &context, const QString &rolloutKey,
                         const QList<core::TimelineEntry> &entries)
{
    if (!m_open)
        return;
    m_pending.insert(pendingKey(context, rolloutKey),
                     entries.size() > MaxEntriesPerRollout
                         ? entries.mid(entries.size() - MaxEntriesPerRollout)
                         : entries);
}

bool TimelineStore::flush()
{
    if (!m_open)
        return false;
    if (m_pending.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        // Another program holds the lock: the stories stay queued for the next flush.
        if (isBusy(query.lastError()))
            return false;
        fail(tr("%1 cannot be written: %2")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        return false;
    }
    bool ok = true;
    QSqlError error;
    for (auto it = m_pending.cbegin(); ok && it != m_pending.cend(); ++it) {
        const auto written = writeStory(it.key(), it.value());
        ok = written.ok();
        if (!ok)
            error = written.error();
    }
    if (ok && !enforceTotalBound()) {
        error = db.lastError();
        ok = false;
    }
    if (ok && !query.exec(u"COMMIT"_s)) {
        error = query.lastError();
        ok = false;
    }
    if (!ok) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        if (isBusy(error))
            return false; // kept queued
        fail(tr("%1 cannot be written: %2")
                 .arg(QDir::toNativeSeparators(m_path), error.databaseText()));
        return false;
    }
    m_pending.clear();
    return true;
}

// Replaces one rollout's stored entries (`key` as pendingKey() makes it). The in-memory story
// started from the stored one, so replacing loses nothing. Runs inside the caller's transaction.
core::Result<void, QSqlError> TimelineStore::writeStory(const QString &key,
                                                        const QList<core::TimelineEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString context = key.section(u'\n', 0, 0);
    const auto [ns, name] = splitKey(key.section(u'\n', 1));
    QSqlQuery query(db);
    const auto failWith = [](const QSqlQuery &q) {
        return core::Result<void, QSqlError>(q.lastError());
    };
    query.prepare(u"SELECT id FROM rollouts WHERE context = ? AND namespace = ? AND name = ?"_s);
    query.addBindValue(context);
    query.addBindValue(ns);
    query.addBindValue(name);
    if (!query.exec())
        return failWith(query);
    qint64 rolloutId = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    if (rolloutId < 0) {
        query.prepare(u"INSERT INTO rollouts (context, namespace, name) VALUES (?, ?, ?)"_s);
        query.addBindValue(context);
        query.addBindValue(ns);
        query.addBindValue(name);
        if (!query.exec())
            return failWith(query);
        rolloutId = query.lastInsertId().toLongLong();
    }
    query.prepare(u"DELETE FROM entries WHERE rollout = ?"_s);
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failWith(query);
    query.prepare(u"INSERT INTO entries (rollout, time_ms, revision, kind, weight, message, "
                  u"sources, actor, reason, step_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const core::TimelineEntry &e : entries) {
        query.addBindValue(rolloutId);
        query.addBindValue(e.time.toMSecsSinceEpoch());
        query.addBindValue(e.revision);
        query.addBindValue(core::timelineKindName(e.kind));
        query.addBindValue(weightValue(e.weight));
        query.addBindValue(text(e.message));
        query.addBindValue(e.sources);
        query.addBindValue(text(e.actor));
        query.addBindValue(text(e.reason));
        query.addBindValue(e.stepIndex);
        if (!query.exec())
            return failWith(query);
    }
    return {};
}

// Drops the oldest entries of the whole file beyond MaxEntriesTotal, then rollouts left without
// any. Runs inside the caller's transaction.
bool TimelineStore::enforceTotalBound()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT count(*) FROM entries"_s) || !query.next())
        return false;
    const qint64 excess = query.value(0).toLongLong() - MaxEntriesTotal;
    query.finish();
    if (excess > 0) {
        query.prepare(u"DELETE FROM entries WHERE id IN "
                      u"(SELECT id FROM entries ORDER BY time_ms, id LIMIT ?)"_s);
        query.addBindValue(excess);
        if (!query.exec())
            return false;
    }
    return query.exec(u"DELETE FROM rollouts WHERE id NOT IN (SELECT rollout FROM entries)"_s);
}

bool TimelineStore::clear()
{
    m_pending.clear();
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool ok = query.exec(u"BEGIN IMMEDIATE"_s) && query.exec(u"DELETE FROM entries"_s) &&
                    query.exec(u"DELETE FROM rollouts"_s) && query.exec(u"COMMIT"_s);
    if (!ok) {
        const QSqlError error = query.lastError();
        QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(u"ROLLBACK"_s);
        if (!isBusy(error))
            fail(tr("%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(m_path), error.databaseText()));
        return false;
    }
    // Cleared means gone from the disk too, not only unlinked pages.
    query.exec(u"VACUUM"_s);
    return true;
}

qint64 TimelineStore::entryCount() const
{
    if (!m_open)
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT count(*) FROM entries"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace rd::source
