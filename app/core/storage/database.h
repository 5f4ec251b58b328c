// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

/// Opens Vitrine's one SQLite file with the right pragmas and brings its schema up to date.
class Database
{
public:
    enum class Status {
        Ok,
        Unreadable,      ///< SQLite says the file is corrupt or not a database, and it could not be moved aside
        Unavailable,     ///< cannot be used now (I/O error, disk full, locked, no permission, read-only,
                         ///< missing for a reader): left untouched, with the cause named
        TooNew,          ///< written by a newer Vitrine: refused, left untouched
        MigrationFailed, ///< rolled back, left as it was
    };

    struct OpenResult {
        Status status = Status::Ok;
        QString message;      ///< what happened, for a person
        QString movedAsideTo; ///< where a corrupt file was moved, if it was
        int schemaVersion = 0;
        /// Whether the whole file was read through (PRAGMA quick_check) rather than trusted as
        /// left by a clean close (see markClosedCleanly()).
        bool fullCheck = false;
        bool ok() const { return status == Status::Ok; }
    };

    /// The schema version this build writes.
    static int latestVersion();

    /// The page size of a database this build creates, in bytes. A dealer's hundred thousand cars
    /// are 80 MB of pages, each written to the log as a frame of its own (two writes to the file
    /// each): at 16 KiB instead of SQLite's 4 KiB a bulk import writes a quarter of the frames,
    /// and its cars are stored and committed in about three quarters of the time (measured with
    /// vitrine-bench --feeds; 32 KiB gains nothing more). A database created with smaller pages
    /// keeps them (WAL mode cannot change them in place) until a package upgrade's migration,
    /// whose copy is written with these.
    static constexpr int kPageSize = 16384;
    /// How much of the file a connection reads through a memory mapping (address space, not memory).
    static constexpr qint64 kMappedBytes = qint64(1) << 30;

    /// The default location: $VITRINE_DB when set, else the platform's app-data folder.
    static QString defaultPath();

    enum class Mode {
        Create,  ///< create the file if there is none, and bring its schema up to date
        Existing ///< for readers: a missing file is an error, and nothing is created
    };

    /// Opens the database at `path` under the connection name `connection`. Only a file SQLite
    /// reports as corrupt or not a database is moved aside (to `<path>.corrupt-<timestamp>`) and
    /// replaced by a fresh one; any other fault leaves the file untouched and says what it is.
    static OpenResult open(const QString &path, const QString &connection, Mode mode = Mode::Create);

    /// Files moved aside next to `path` that are older than `days`: they may hold visitors'
    /// contact data, so they follow the same retention. Returns how many were removed.
    static int removeMovedAside(const QString &path, int days, const QDateTime &now);

    /// Opens another connection to an already migrated file (a worker thread's own).
    static std::optional<QSqlDatabase> openConnection(const QString &path, const QString &connection, QString *error = nullptr);

    /// Applies migrations to an open connection. Each migration runs in one transaction.
    static OpenResult migrate(QSqlDatabase &db);

    /// What SQLite's integrity and foreign-key checks find wrong; empty when the file is sound.
    static QStringList integrityProblems(QSqlDatabase &db);

    /// What went wrong, in words a person can act on ("the disk is full"), never SQLite's own
    /// message; callers log that one for the developers.
    static QString plainReason(const QSqlError &error);
    /// The same for an SQLite result code (primary or extended).
    static QString plainReason(int sqliteCode);
    /// SQLite's primary result code for an error's native code, from either database: a
    /// server's SQLSTATE maps to the SQLite code of the same meaning (a constraint 19, busy 5),
    /// anything else to -1.
    static int primaryCode(const QString &nativeErrorCode);
    /// Whether the statement was refused by a constraint (a unique column, a check) rather than
    /// by the database failing: the transaction can go on without that row.
    static bool isConstraint(const QSqlError &error);

    /// Whether `path` names a PostgreSQL server (postgresql://[user[:password]@]host[:port]/name
    /// [?connect_timeout=S&sslmode=…]) rather than an SQLite file. Only the hub runs on one: a
    /// chain's hub processes share it (docs in the README).
    static bool isServer(const QString &path);
    /// Whether `db` is a connection to a PostgreSQL server.
    static bool isServer(const QSqlDatabase &db);
    /// What a person may see of a server's address: no password.
    static QString displayName(const QString &path);
    /// What open() or openConnection() was given for `db` (an SQLite file's path, a server's
    /// address with its password), to open another connection to the same database.
    static QString addressOf(const QSqlDatabase &db);

    /// Begins a transaction that writes: SQLite's BEGIN IMMEDIATE (the file's one writer), and
    /// on a server BEGIN plus a lock every Vitrine writer takes, so that the hub processes
    /// sharing it write one at a time as SQLite's writers do (a read-then-write inside the
    /// transaction sees what the previous writer committed). False with the error.
    static bool beginWrite(QSqlDatabase db, QSqlError *error = nullptr);

    /// Runs a prepared statement that writes, inside a transaction that goes on whether or not a
    /// constraint refuses it (a slot taken, a key already used): SQLite undoes only the refused
    /// statement, PostgreSQL the whole transaction, so on a server the statement runs inside a
    /// savepoint that the refusal rolls back to. The statement's own error stays in `q`.
    static bool execKeepingTransaction(QSqlDatabase db, QSqlQuery &q);

    /// For processes sharing a server: whether this connection holds, or now takes, the session
    /// lock `key` (one process at a time holds it, until its connection ends). Always true on
    /// SQLite, whose file has one such process.
    static bool holdsSessionLock(QSqlDatabase db, qint64 key);
    /// Tells the other connections listening on `channel` (QSqlDriver::subscribeToNotification)
    /// `payload`, at the end of the current transaction; nothing on SQLite. False when it failed.
    static bool notify(QSqlDatabase db, const QString &channel, const QString &payload);

    /// Closes and removes a named connection.
    static void close(const QString &connection);

    /// Called once every connection to `path` is closed: when the file then stands as SQLite
    /// left it (no journal beside it), its size and time are written beside it
    /// (`<path>.closed-cleanly`), and the next open() trusts a file that still matches them
    /// instead of reading it whole, which costs a second or more on a large stock. A file
    /// changed since, a journal left by a crash, or no stamp: open() checks it whole.
    static bool markClosedCleanly(const QString &path);
};

/// A page cache large enough for one large write, kept until the transaction is over. By default
/// SQLite keeps 2 MB of pages and writes the oldest changed ones into the log to make room; the
/// b-tree's inner pages, changed again and again, are then written there over and over, and the
/// commit reads the whole log back to checksum it anew (68 MB for a hundred thousand cars,
/// vitrine-bench --feeds). With room for every page the write changes, each reaches the log once,
/// at the commit. The room is taken only as pages are changed, up to kMaxBytes (a larger write
/// spills past it as before), and given back when this ends, after the commit or the rollback.
/// Nothing on a server.
class WriteCache
{
public:
    static constexpr qint64 kMaxBytes = qint64(256) << 20;
    /// Room for `bytes` of pages (at least the connection's own cache, at most kMaxBytes).
    WriteCache(QSqlDatabase db, qint64 bytes);
    ~WriteCache();
    WriteCache(const WriteCache &) = delete;
    WriteCache &operator=(const WriteCache &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<int> m_size; ///< the connection's own cache_size, to restore
};

/// A large write's checkpoint and sync, moved off its commit. SQLite copies the write-ahead log
/// into the database at the first commit that finds the log long, on whichever connection makes
/// it: after a dealer's hundred thousand cars that is 80 MB, a third of a second on the commit that
/// wrote them; and with synchronous = FULL the commit itself waits for those 80 MB to reach the
/// disk. While one of these is held, commits on `db` leave the log to grow and are not synced one
/// by one (synchronous = NORMAL); checkpoint() (or the destructor) then syncs the log and copies
/// it, once the caller has handed the change on (the new stock is swapped into the finder on the
/// other core meanwhile).
///
/// What a power cut can cost: the commits made under it, until checkpoint(), and nothing else.
/// The log is written in order and recovered as far as it was synced, so the database comes back
/// as it was before them, never in between; a commit on any other connection (a booking, at
/// FULL) syncs the whole log and so everything before it too. The sync thread holds one across
/// an import and its source's record, which then go together: the source is fetched again in
/// full. Nothing on a server.
class DeferredCheckpoint
{
public:
    explicit DeferredCheckpoint(QSqlDatabase db);
    ~DeferredCheckpoint();
    DeferredCheckpoint(const DeferredCheckpoint &) = delete;
    DeferredCheckpoint &operator=(const DeferredCheckpoint &) = delete;

    /// Syncs the log, copies it into the database as far as readers allow (a passive
    /// checkpoint: a screen reading an older stock is not waited for; the next commit goes on
    /// from there), and lets commits on the connection sync and checkpoint again. Once; later
    /// calls do nothing.
    void checkpoint();

    /// Syncs the file at `path` to the disk; true when it did, or when there is no such file.
    static bool syncFile(const QString &path);

private:
    QSqlDatabase m_db;
    int m_pages = -1;       ///< the connection's own threshold, restored by checkpoint(); -1 when none was set aside
    int m_synchronous = -1; ///< the connection's own synchronous level, likewise
};
