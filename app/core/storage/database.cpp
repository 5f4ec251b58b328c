// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "databaseserver.h"
#include "migrationfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStorage, "vitrine.storage")

namespace {

QList<MigrationFiles::Migration> migrations()
{
    return MigrationFiles::in(QStringLiteral(":/vitrine/storage/migrations"));
}

/// What went wrong with the file, from SQLite's result code: only Corrupt justifies moving it.
enum class Fault { None, Corrupt, Other };

struct Problem {
    Fault fault = Fault::None;
    QString cause; ///< for a person
};

// SQLite's primary result codes (the low byte of an extended code).
Problem problemOf(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!ok)
        return {Fault::Other, detail};
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Fault::Corrupt, detail};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Fault::Other,
                QStringLiteral("it is locked by another program (another Vitrine, vitrinectl or a backup); "
                               "close that program and try again")};
    case 8: // SQLITE_READONLY
        return {Fault::Other, QStringLiteral("it or its folder is read-only; Vitrine needs to write both")};
    case 10: // SQLITE_IOERR
        return {Fault::Other,
                QStringLiteral("reading or writing it failed (an input/output error: the disk or its "
                               "connection may be failing; %1)")
                    .arg(detail)};
    case 13: // SQLITE_FULL
        return {Fault::Other, QStringLiteral("the disk holding it is full; free some space on it")};
    case 14: // SQLITE_CANTOPEN
        return {Fault::Other, QStringLiteral("it cannot be opened (the folder is missing, or not readable and writable)")};
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return {Fault::Other, QStringLiteral("permission is denied")};
    default:
        return {Fault::Other, detail};
    }
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = problemOf(q.lastError()).cause;
        return false;
    }
    return true;
}

int userVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *ok = false;
        return -1;
    }
    *ok = true;
    return q.value(0).toInt();
}

/// What every connection is set to, in this order, by open() and openConnection() alike.
const QStringList &connectionPragmas()
{
    static const QStringList pragmas{
        // busy_timeout first: another screen's process may hold the write lock for a moment.
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        // The page size before the log's mode: it takes only on a file not yet written, and is
        // ignored on one that has pages already.
        QStringLiteral("PRAGMA page_size = %1").arg(Database::kPageSize),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // The file read through a mapping rather than a read() call a page: a dealer group's stock
        // read whole (a refresh of its feed, the finder rebuilt) took 350 ms a hundred thousand
        // cars in system calls, 50-90 ms mapped. Only reads: writes still go through the log.
        QStringLiteral("PRAGMA mmap_size = %1").arg(Database::kMappedBytes),
        // Bookings and the outbox must survive a power cut: FULL on every connection, the cost is
        // one extra fsync per commit, which the kiosk's write rate easily affords. (The sync
        // thread sets it aside for an import while it holds a DeferredCheckpoint: see there.)
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    return pragmas;
}

bool configure(QSqlDatabase &db, QString *error)
{
    return std::all_of(connectionPragmas().cbegin(), connectionPragmas().cend(),
                       [&](const QString &pragma) { return exec(db, pragma, error); });
}

QString unavailable(const QString &path, const QString &cause)
{
    const QString message = QStringLiteral("The database %1 cannot be used: %2.").arg(QFileInfo(path).absoluteFilePath(), cause);
    return QFileInfo::exists(path) ? message + QStringLiteral(" The file was left as it is.") : message;
}

// A file that is not a database fails on its first real read, not on open().
Problem checkHealth(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return problemOf(q.lastError());
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return {Fault::Corrupt, verdict};
    return {};
}

QString stampPath(const QString &path)
{
    return path + QStringLiteral(".closed-cleanly");
}

// What a clean close leaves: the file's size and last change, with no journal beside it.
QByteArray stampOf(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!file.exists() || (wal.exists() && wal.size() > 0))
        return {};
    return QByteArray::number(file.size()) + ' ' + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
}

bool matchesStamp(const QString &path)
{
    QFile stamp(stampPath(path));
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray now = stampOf(path);
    return !now.isEmpty() && stamp.read(256) == now;
}

// A file trusted as left by a clean close still gets a real read of its first page and schema.
Problem checkSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return problemOf(q.lastError());
    return {};
}

// The file system's own answer before SQLite's: clearer for a person, and it never creates anything.
std::optional<QString> precheck(const QString &path, Database::Mode mode)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (file.isDir())
        return QStringLiteral("it is a folder, not a database file");
    if (!file.exists()) {
        if (mode == Database::Mode::Existing)
            return QStringLiteral("there is no database there yet (the kiosk creates one on its first start, "
                                  "or use vitrinectl import)");
        if (!folder.exists() && !QDir().mkpath(folder.absoluteFilePath()))
            return QStringLiteral("its folder %1 cannot be created").arg(folder.absoluteFilePath());
    } else if (!file.isReadable()) {
        return QStringLiteral("permission to read it is denied");
    }
    if (!folder.isWritable())
        return QStringLiteral("its folder %1 is read-only, and Vitrine needs to write beside the file "
                              "(its journal)")
            .arg(folder.absoluteFilePath());
    if (file.exists() && !file.isWritable())
        return QStringLiteral("it is read-only; Vitrine needs to write it");
    return std::nullopt;
}

} // namespace

int Database::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

QString Database::defaultPath()
{
    // An installed kiosk keeps its file in /var/lib/vitrine; its unit names it here, and staff
    // can too, so vitrinectl finds the kiosk's database without --db.
    const QString configured = qEnvironmentVariable("VITRINE_DB");
    if (!configured.isEmpty())
        return configured;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("vitrine.sqlite"));
}

bool Database::isServer(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

bool Database::isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString Database::displayName(const QString &path)
{
    return isServer(path) ? QUrl(path).toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery) : path;
}

namespace {

// A server's connections by name, with the address each was opened with (QSqlDatabase keeps only
// the database's name); connections are opened on several threads.
QMutex serverAddressesLock;
QHash<QString, QString> serverAddresses;

void noteServerAddress(const QString &connection, const QString &path)
{
    QMutexLocker locker(&serverAddressesLock);
    serverAddresses.insert(connection, path);
}

} // namespace

QString Database::addressOf(const QSqlDatabase &db)
{
    if (!isServer(db))
        return db.databaseName();
    QMutexLocker locker(&serverAddressesLock);
    return serverAddresses.value(db.connectionName());
}

std::optional<QSqlDatabase> Database::openConnection(const QString &path, const QString &connection, QString *error)
{
    if (isServer(path)) {
        noteServerAddress(connection, path);
        return DatabaseServer::connect(path, connection, error);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = problemOf(db.lastError()).cause;
        return std::nullopt;
    }
    QString err;
    if (!configure(db, &err)) {
        if (error)
            *error = err;
        db.close();
        return std::nullopt;
    }
    return db;
}

Database::OpenResult Database::open(const QString &path, const QString &connection, Mode mode)
{
    OpenResult result;
    if (isServer(path)) {
        if (DatabaseServer::latestVersion() != latestVersion()) {
            result.status = Status::MigrationFailed;
            result.message = QStringLiteral("This build's PostgreSQL schema is at version %1 and its SQLite schema at %2: "
                                            "it cannot serve from PostgreSQL.")
                                 .arg(DatabaseServer::latestVersion())
                                 .arg(latestVersion());
            return result;
        }
        noteServerAddress(connection, path);
        return DatabaseServer::open(path, connection);
    }
    if (const auto cause = precheck(path, mode)) {
        result.status = Status::Unavailable;
        result.message = unavailable(path, *cause);
        return result;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    Problem problem;
    if (!db.open()) {
        problem = problemOf(db.lastError());
    } else {
        // Pragmas first (a locked or unwritable file fails here), then a real read.
        for (const QString &pragma : connectionPragmas()) {
            QSqlQuery q(db);
            if (!q.exec(pragma)) {
                problem = problemOf(q.lastError());
                break;
            }
        }
        // Read whole unless it stands as a clean close left it; the stamp goes either way, as
        // the file changes from here on.
        if (problem.fault == Fault::None) {
            result.fullCheck = !matchesStamp(path);
            problem = result.fullCheck ? checkHealth(db) : checkSchema(db);
        }
        QFile::remove(stampPath(path));
    }
    if (problem.fault == Fault::Other) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connection);
        qCWarning(lcStorage) << "database unavailable:" << path << problem.cause;
        result.status = Status::Unavailable;
        result.message = unavailable(path, problem.cause);
        return result;
    }
    if (problem.fault == Fault::Corrupt) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connection);
        const QString aside = path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside)) {
            result.status = Status::Unreadable;
            result.message = QStringLiteral("The database %1 is damaged (%2) and could not be moved aside. "
                                            "Check the folder's permissions, or move the file away yourself.")
                                 .arg(path, problem.cause);
            return result;
        }
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
        qCWarning(lcStorage) << "damaged database moved aside to" << aside << ":" << problem.cause;
        result.movedAsideTo = aside;
        QString error;
        auto fresh = openConnection(path, connection, &error);
        if (!fresh) {
            result.status = Status::Unavailable;
            result.message = QStringLiteral("The damaged database was moved aside to %1, but a new one cannot be "
                                            "created at %2: %3.")
                                 .arg(aside, path, error);
            return result;
        }
        db = *fresh;
    }

    OpenResult migrated = migrate(db);
    migrated.movedAsideTo = result.movedAsideTo;
    migrated.fullCheck = result.fullCheck;
    if (!result.movedAsideTo.isEmpty() && migrated.ok())
        migrated.message = QStringLiteral("The database was damaged and has been moved aside to %1; "
                                          "a new one was created.")
                               .arg(result.movedAsideTo);
    if (!migrated.ok())
        migrated.message = QStringLiteral("%1 (database %2)").arg(migrated.message, path);
    return migrated;
}

bool Database::beginWrite(QSqlDatabase db, QSqlError *error)
{
    QSqlQuery q(db);
    const bool server = isServer(db);
    if (q.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        // The lock goes with the transaction, at its commit or rollback (or the session's end).
        if (!server || q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(DatabaseServer::kWriteLock)))
            return true;
        const QSqlError failed = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = failed;
        return false;
    }
    if (error)
        *error = q.lastError();
    return false;
}

bool Database::execKeepingTransaction(QSqlDatabase db, QSqlQuery &q)
{
    if (!isServer(db) || q.lastQuery().trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        return q.exec();
    // Outside a transaction the savepoint is refused and the statement stands alone anyway.
    QSqlQuery mark(db);
    const bool marked = mark.exec(QStringLiteral("SAVEPOINT vitrine_statement"));
    if (q.exec()) {
        if (marked)
            mark.exec(QStringLiteral("RELEASE SAVEPOINT vitrine_statement"));
        return true;
    }
    if (marked)
        mark.exec(QStringLiteral("ROLLBACK TO SAVEPOINT vitrine_statement"));
    return false;
}

bool Database::holdsSessionLock(QSqlDatabase db, qint64 key)
{
    if (!isServer(db))
        return true;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(key)) && q.next() && q.value(0).toBool();
}

bool Database::notify(QSqlDatabase db, const QString &channel, const QString &payload)
{
    if (!isServer(db))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(channel);
    q.addBindValue(payload);
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "cannot notify" << channel << q.lastError().text();
    return false;
}

bool Database::markClosedCleanly(const QString &path)
{
    if (isServer(path))
        return false;
    const QByteArray stamp = stampOf(path);
    if (stamp.isEmpty())
        return false;
    QSaveFile file(stampPath(path));
    return file.open(QIODevice::WriteOnly) && file.write(stamp) == stamp.size() && file.commit();
}

int Database::removeMovedAside(const QString &path, int days, const QDateTime &now)
{
    if (isServer(path))
        return 0;
    const QFileInfo file(path);
    const QDir folder = file.absoluteDir();
    int removed = 0;
    const QString pattern = file.fileName() + QStringLiteral(".corrupt-*");
    for (const QFileInfo &aside : folder.entryInfoList({pattern}, QDir::Files)) {
        if (aside.lastModified().toUTC().addDays(days) <= now && QFile::remove(aside.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

Database::OpenResult Database::migrate(QSqlDatabase &db)
{
    OpenResult result;
    bool ok = false;
    int version = userVersion(db, &ok);
    if (!ok) {
        result.status = Status::Unreadable;
        result.message = QStringLiteral("Cannot read the schema version: %1").arg(db.lastError().text());
        return result;
    }
    const int latest = latestVersion();
    if (version > latest) {
        result.status = Status::TooNew;
        result.schemaVersion = version;
        result.message = QStringLiteral("This database was written by a newer Vitrine (schema %1; this build "
                                        "knows up to %2). Update Vitrine, or start it with --db pointing to "
                                        "another file.")
                             .arg(version)
                             .arg(latest);
        return result;
    }
    for (const MigrationFiles::Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            result.status = Status::MigrationFailed;
            result.message = QStringLiteral("Migration %1 is missing from this build").arg(m.version);
            return result;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        QString error;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
            result.status = Status::MigrationFailed;
            result.message = QStringLiteral("Cannot start migration %1: %2").arg(m.version).arg(error);
            return result;
        }
        bool applied = true;
        for (const QString &statement : MigrationFiles::statements(sql)) {
            if (!exec(db, statement, &error)) {
                applied = false;
                break;
            }
        }
        if (applied)
            applied = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version), &error);
        if (!applied || !exec(db, QStringLiteral("COMMIT"), &error)) {
            exec(db, QStringLiteral("ROLLBACK"));
            result.status = Status::MigrationFailed;
            result.schemaVersion = version;
            result.message = QStringLiteral("Migration %1 failed and was rolled back, so the database stays at "
                                            "schema %2: %3")
                                 .arg(m.version)
                                 .arg(version)
                                 .arg(error);
            return result;
        }
        qCInfo(lcStorage) << "applied migration" << m.version;
        version = m.version;
    }
    result.schemaVersion = version;
    return result;
}

QStringList Database::integrityProblems(QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
    } else {
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
        problems << QStringLiteral("foreign key violation in %1").arg(q.value(0).toString());
    return problems;
}

int Database::primaryCode(const QString &native)
{
    if (native.size() == 5) { // a server's SQLSTATE; SQLite's codes have at most four digits
        if (native.startsWith(QLatin1String("23")))
            return 19;
        if (native == QLatin1String("40001") || native == QLatin1String("40P01") || native == QLatin1String("55P03"))
            return 5;
        return -1;
    }
    // Extended result codes (2067, SQLITE_CONSTRAINT_UNIQUE) carry the primary one in the low byte.
    bool ok = false;
    const int code = native.toInt(&ok);
    return ok ? code & 0xFF : -1;
}

namespace {
int primaryCodeOf(const QSqlError &error)
{
    return Database::primaryCode(error.nativeErrorCode());
}
} // namespace

QString Database::plainReason(const QSqlError &error)
{
    if (DatabaseServer::isServerError(error))
        return DatabaseServer::plainReason(error);
    const QString reason = plainReason(primaryCodeOf(error));
    return reason.isEmpty() ? QStringLiteral("the database failed (SQLite error %1)").arg(error.nativeErrorCode()) : reason;
}

QString Database::plainReason(int sqliteCode)
{
    switch (sqliteCode & 0xFF) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("the database is busy (another Vitrine is writing to it); try again in a moment");
    case 8: // SQLITE_READONLY
        return QStringLiteral("the database file cannot be written (it is read-only)");
    case 10: // SQLITE_IOERR
        return QStringLiteral("the disk holding the database could not be read or written");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("the database file is damaged; run vitrinectl doctor");
    case 13: // SQLITE_FULL
        return QStringLiteral("the disk is full");
    case 14: // SQLITE_CANTOPEN
        return QStringLiteral("the database file cannot be opened");
    case 19: // SQLITE_CONSTRAINT
        return QStringLiteral("a record breaks a rule of the database");
    default:
        return sqliteCode < 0 ? QString() : QStringLiteral("the database failed (SQLite error %1)").arg(sqliteCode);
    }
}

bool Database::isConstraint(const QSqlError &error)
{
    if (DatabaseServer::isServerError(error))
        return DatabaseServer::isConstraint(error);
    return primaryCodeOf(error) == 19;
}

void Database::close(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QMutexLocker locker(&serverAddressesLock);
    serverAddresses.remove(connection);
}

WriteCache::WriteCache(QSqlDatabase db, qint64 bytes)
    : m_db(db)
{
    if (!m_db.isOpen() || Database::isServer(m_db))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const int own = q.value(0).toInt(); // pages when positive, KiB when negative
    q.finish();
    const qint64 kib = std::min(bytes, kMaxBytes) / 1024;
    const qint64 ownKib = own < 0 ? -qint64(own) : qint64(own) * 16; // pages of up to 16 KiB
    if (kib <= ownKib)
        return;
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib)))
        m_size = own;
    else
        qCWarning(lcStorage) << "cannot make the page cache larger for a large write:" << q.lastError().text();
}

WriteCache::~WriteCache()
{
    if (!m_size)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_size)))
        qCWarning(lcStorage) << "cannot restore the page cache's size:" << q.lastError().text();
}

DeferredCheckpoint::DeferredCheckpoint(QSqlDatabase db)
    : m_db(db)
{
    if (!m_db.isOpen() || Database::isServer(m_db))
        return;
    // A pragma's value, read and let go (the next pragma may change what it read).
    const auto read = [this](const char *pragma) -> std::optional<QVariant> {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) || !q.next())
            return std::nullopt;
        return q.value(0);
    };
    const auto set = [this](const QString &pragma) { return QSqlQuery(m_db).exec(QStringLiteral("PRAGMA ") + pragma); };
    if (const auto pages = read("wal_autocheckpoint");
        pages && pages->toInt() > 0 && set(QStringLiteral("wal_autocheckpoint = 0")))
        m_pages = pages->toInt();
    // NORMAL only in the log's mode: there a commit not yet synced is lost whole or kept whole.
    if (const auto mode = read("journal_mode"); !mode || mode->toString() != QLatin1String("wal"))
        return;
    if (const auto level = read("synchronous"); level && level->toInt() > 1 && set(QStringLiteral("synchronous = NORMAL")))
        m_synchronous = level->toInt();
}

DeferredCheckpoint::~DeferredCheckpoint()
{
    checkpoint();
}

void DeferredCheckpoint::checkpoint()
{
    if (m_pages < 0 && m_synchronous < 0)
        return;
    QSqlQuery q(m_db);
    if (m_synchronous >= 0) {
        // The log first, by hand: a passive checkpoint held back by a reader syncs nothing.
        QString file; // empty for a database in memory
        const bool listed = q.exec(QStringLiteral("PRAGMA database_list")) && q.next();
        if (listed)
            file = q.value(2).toString();
        q.finish();
        if (!listed || (!file.isEmpty() && !syncFile(file + QStringLiteral("-wal"))))
            qCWarning(lcStorage) << "the write-ahead log cannot be synced now; the next commit syncs it";
        if (!q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous)))
            qCWarning(lcStorage) << "cannot restore the synchronous level:" << q.lastError().text();
        m_synchronous = -1;
    }
    if (m_pages < 0)
        return;
    // Passive: a busy log is not an error; what is left goes at a later commit's checkpoint.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStorage) << "the write-ahead log cannot be checkpointed now:" << q.lastError().text();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_pages)))
        qCWarning(lcStorage) << "cannot restore the checkpoint threshold:" << q.lastError().text();
    m_pages = -1;
}

bool DeferredCheckpoint::syncFile(const QString &path)
{
    // Linux syncs a file's data through any descriptor of it, read-only too.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT; // no log: nothing to sync
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}
