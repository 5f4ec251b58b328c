// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/databaseserver.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Opening, pragmas, migrations, refusal of newer schemas and handling of corrupt files.
class TestDatabase : public QObject
{
    Q_OBJECT

    QString pragma(const QString &connection, const QString &name)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return {};
        return q.value(0).toString();
    }

    bool tableExists(const QString &connection, const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        return q.exec() && q.next();
    }

private slots:
    void freshDatabaseIsMigratedWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/v.sqlite"));
        const auto result = Database::open(path, QStringLiteral("fresh"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(Database::latestVersion() >= 2);
        QCOMPARE(result.schemaVersion, Database::latestVersion());
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("user_version")).toInt(), Database::latestVersion());
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QVERIFY(pragma(QStringLiteral("fresh"), QStringLiteral("busy_timeout")).toInt() >= 1000);
        // Read through a mapping: a whole stock's read costs no system call a page.
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("mmap_size")).toLongLong(), Database::kMappedBytes);
        QVERIFY(tableExists(QStringLiteral("fresh"), QStringLiteral("vehicle")));
        QVERIFY(tableExists(QStringLiteral("fresh"), QStringLiteral("outbox")));
        Database::close(QStringLiteral("fresh"));

        // Opening again is a no-op.
        const auto again = Database::open(path, QStringLiteral("again"));
        QVERIFY(again.ok());
        QVERIFY(again.movedAsideTo.isEmpty());
        Database::close(QStringLiteral("again"));
    }

    void migratesCommittedVersionOneDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_TEST_DATA "/vitrine-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const auto result = Database::open(path, QStringLiteral("old"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.schemaVersion, Database::latestVersion());
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("old")));
        QVERIFY(q.exec(QStringLiteral("SELECT vin, price_minor FROM vehicle WHERE id = 'old-1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("YV9AE2B14TA000001"));
        QCOMPARE(q.value(1).toLongLong(), 71250000);
        QVERIFY(tableExists(QStringLiteral("old"), QStringLiteral("visitor_request")));
        QVERIFY(tableExists(QStringLiteral("old"), QStringLiteral("device_identity")));
        QVERIFY(!tableExists(QStringLiteral("old"), QStringLiteral("device")));
        Database::close(QStringLiteral("old"));
    }

    void refusesDatabaseFromNewerVitrine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("setup")).ok());
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("setup")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_thing (x)")));
        }
        Database::close(QStringLiteral("setup"));

        const auto result = Database::open(path, QStringLiteral("newer"));
        QCOMPARE(result.status, Database::Status::TooNew);
        QVERIFY2(result.message.contains(QLatin1String("newer Vitrine")), qPrintable(result.message));
        QCOMPARE(result.schemaVersion, 999);
        Database::close(QStringLiteral("newer"));
        // Untouched: still version 999 with its table.
        QVERIFY(Database::openConnection(path, QStringLiteral("check")).has_value());
        QCOMPARE(pragma(QStringLiteral("check"), QStringLiteral("user_version")).toInt(), 999);
        QVERIFY(tableExists(QStringLiteral("check"), QStringLiteral("future_thing")));
        Database::close(QStringLiteral("check"));
    }

    void corruptFileIsMovedAsideNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        const QByteArray garbage = QByteArray("this is not a database, but somebody's data ").repeated(200);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const auto result = Database::open(path, QStringLiteral("corrupt"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.movedAsideTo.isEmpty());
        QVERIFY(result.message.contains(QLatin1String("moved aside")));
        QFile aside(result.movedAsideTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage);
        QCOMPARE(result.schemaVersion, Database::latestVersion());
        Database::close(QStringLiteral("corrupt"));
    }

    // A file left by a clean close is trusted at the next open; a change since, a journal left
    // beside it or no stamp at all, and it is read through again.
    void aCleanCloseSparesTheNextOpenAFullRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clean.sqlite"));
        auto opened = Database::open(path, QStringLiteral("first"));
        QVERIFY(opened.ok());
        QVERIFY(opened.fullCheck);
        // Still open: its journal stands beside it, so nothing is stamped.
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("first")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE note (x)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO note VALUES (1)")));
        }
        QVERIFY(!Database::markClosedCleanly(path));
        Database::close(QStringLiteral("first"));
        QVERIFY(Database::markClosedCleanly(path));

        opened = Database::open(path, QStringLiteral("second"));
        QVERIFY(opened.ok());
        QVERIFY(!opened.fullCheck);
        // The stamp is used once: a crash from here on leaves no stamp to trust.
        QVERIFY(!QFile::exists(path + QStringLiteral(".closed-cleanly")));
        Database::close(QStringLiteral("second"));
        QVERIFY(Database::markClosedCleanly(path));

        // Changed by someone else after the clean close (vitrinectl, a copy): read through.
        {
            QTest::qWait(5); // a later modification time
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO note VALUES (2)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        opened = Database::open(path, QStringLiteral("third"));
        QVERIFY(opened.ok());
        QVERIFY(opened.fullCheck);
        Database::close(QStringLiteral("third"));
    }

    // A stamp never hides damage it does not describe: a file damaged after its clean close
    // (its size changes) is read through and moved aside.
    void aStampDoesNotCoverADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stamped.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("make")).ok());
        Database::close(QStringLiteral("make"));
        QVERIFY(Database::markClosedCleanly(path));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2 + 100));
        }
        const auto result = Database::open(path, QStringLiteral("damaged"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.movedAsideTo.isEmpty());
        Database::close(QStringLiteral("damaged"));
    }

    void truncatedDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("full")).ok());
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("full")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        Database::close(QStringLiteral("full"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray head = f.read(100); // the SQLite header, then nothing
        f.resize(0);
        f.write(head);
        f.write(QByteArray(5000, '\xff'));
        f.close();
        const auto result = Database::open(path, QStringLiteral("cut"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.movedAsideTo.isEmpty());
        Database::close(QStringLiteral("cut"));
    }
    /// A large write's commit leaves its log to a later checkpoint while one is deferred: the
    /// rows are committed and seen by other connections at once, the database file takes them
    /// only at checkpoint(), and the connection's threshold is back after it.
    void aDeferredCheckpointLeavesTheLogUntilAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("log")).ok());
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("log"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bulk (x TEXT)")));
        // The connection's own threshold, which comes back: 200 pages. A round writes 6 MB, about
        // 400 pages of 16 KiB: well past it.
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 200")));
        const auto writeRound = [&db] {
            QSqlQuery w(db);
            if (!db.transaction() || !w.prepare(QStringLiteral("INSERT INTO bulk VALUES (?)")))
                return false;
            for (int i = 0; i < 2000; ++i) {
                w.addBindValue(QString(3000, QLatin1Char('a' + i % 26)));
                if (!w.exec())
                    return false;
            }
            return db.commit();
        };
        const auto fileSize = [&path] { return QFileInfo(path).size(); };
        QVERIFY(writeRound()); // as usual: checkpointed at its commit
        const qint64 afterOne = fileSize();
        QVERIFY(afterOne > 2000 * 3000);
        {
            DeferredCheckpoint later(db);
            QCOMPARE(pragma(QStringLiteral("log"), QStringLiteral("wal_autocheckpoint")).toInt(), 0);
            QCOMPARE(pragma(QStringLiteral("log"), QStringLiteral("synchronous")).toInt(), 1); // NORMAL: synced at checkpoint()
            QVERIFY(writeRound());
            QVERIFY(writeRound()); // a second commit does not checkpoint either
            QCOMPARE(fileSize(), afterOne);
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 2 * 2000 * 3000);
            {
                auto reader = Database::openConnection(path, QStringLiteral("log-reader"));
                QVERIFY(reader);
                QSqlQuery count(*reader);
                QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bulk")) && count.next());
                QCOMPARE(count.value(0).toInt(), 6000);
                reader->close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("log-reader"));
            later.checkpoint();
            QVERIFY(fileSize() > afterOne + 2 * 2000 * 3000);
            QCOMPARE(pragma(QStringLiteral("log"), QStringLiteral("wal_autocheckpoint")).toInt(), 200);
            QCOMPARE(pragma(QStringLiteral("log"), QStringLiteral("synchronous")).toInt(), 2); // FULL again
            later.checkpoint();                                                                // once only
        }
        QCOMPARE(pragma(QStringLiteral("log"), QStringLiteral("wal_autocheckpoint")).toInt(), 200);
        QCOMPARE(pragma(QStringLiteral("log"), QStringLiteral("synchronous")).toInt(), 2);
        Database::close(QStringLiteral("log"));
    }

    /// A database this build creates has its larger pages; one created with SQLite's default
    /// keeps them (WAL mode cannot change them in place), is migrated and works as before.
    /// A large write's page cache is as large as the write (within bounds), through its commit or
    /// rollback, and the connection's own comes back after.
    void aLargeWritesCacheHoldsItAndIsGivenBack()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("cache")).ok());
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("cache"));
        const QString own = pragma(QStringLiteral("cache"), QStringLiteral("cache_size"));
        QVERIFY(!own.isEmpty());
        {
            const WriteCache cache(db, qint64(64) << 20);
            QCOMPARE(pragma(QStringLiteral("cache"), QStringLiteral("cache_size")), QStringLiteral("-65536"));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE big (x BLOB)")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                      "WHERE i < 4000) INSERT INTO big SELECT randomblob(4000) FROM n")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("COMMIT")));
        }
        QCOMPARE(pragma(QStringLiteral("cache"), QStringLiteral("cache_size")), own);
        {
            const WriteCache cache(db, qint64(4) << 30); // beyond the bound
            QCOMPARE(pragma(QStringLiteral("cache"), QStringLiteral("cache_size")),
                     QString::number(-WriteCache::kMaxBytes / 1024));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM big")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        }
        QCOMPARE(pragma(QStringLiteral("cache"), QStringLiteral("cache_size")), own);
        {
            const WriteCache cache(db, 1024); // less than the connection has: left as it is
            QCOMPARE(pragma(QStringLiteral("cache"), QStringLiteral("cache_size")), own);
        }
        QCOMPARE(pragma(QStringLiteral("cache"), QStringLiteral("cache_size")), own);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM big")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4000);
        q.finish();
        Database::close(QStringLiteral("cache"));
    }

    /// The stock has no index by place (schema 17): the live cars are counted and listed through
    /// the unique VIN index, partial on the same condition, not by reading every stored document.
    void theLiveStockIsReadThroughTheUniqueVinIndex()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("live")).ok());
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("live")));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'vehicle' "
                                      "AND sql IS NOT NULL")));
        QStringList indexes;
        while (q.next())
            indexes << q.value(0).toString();
        QCOMPARE(indexes, QStringList{QStringLiteral("vehicle_vin")});
        for (const QString &sql : {QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0"),
                                   QStringLiteral("SELECT id FROM vehicle WHERE deleted = 0 AND source = 'dealer'"),
                                   QStringLiteral("SELECT vin, id, source FROM vehicle WHERE deleted = 0")}) {
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("INDEX vehicle_vin")), qPrintable(sql + QLatin1String(": ") + plan));
        }
        q.finish();
        Database::close(QStringLiteral("live"));
    }

    void aNewDatabaseHasTheLargerPagesAndAnOlderOneKeepsItsOwn()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(Database::open(fresh, QStringLiteral("fresh")).ok());
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("page_size")).toInt(), Database::kPageSize);
        QCOMPARE(pragma(QStringLiteral("fresh"), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        Database::close(QStringLiteral("fresh"));
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(older);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA page_size = 4096")));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE kept (x TEXT)")));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("INSERT INTO kept VALUES ('there')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(Database::open(older, QStringLiteral("older")).ok());
        QCOMPARE(pragma(QStringLiteral("older"), QStringLiteral("page_size")).toInt(), 4096);
        QCOMPARE(pragma(QStringLiteral("older"), QStringLiteral("user_version")).toInt(), Database::latestVersion());
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("older")));
            QVERIFY(q.exec(QStringLiteral("SELECT x FROM kept")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("there"));
        }
        Database::close(QStringLiteral("older"));
    }

    /// A reader on an older stock holds a passive checkpoint back, and with it the checkpoint's
    /// own sync of the log: the log is synced by hand, the connection's levels come back, and
    /// the commits made meanwhile are all there when the file is opened again.
    void aDeferredCheckpointHeldBackByAReaderStillRestoresAndKeeps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("held.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("held")).ok());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("held"));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bulk (x TEXT)")));
            auto reader = Database::openConnection(path, QStringLiteral("held-reader"));
            QVERIFY(reader);
            QVERIFY(reader->transaction());
            QSqlQuery before(*reader);
            QVERIFY(before.exec(QStringLiteral("SELECT count(*) FROM bulk")) && before.next());
            QCOMPARE(before.value(0).toInt(), 0);
            {
                DeferredCheckpoint later(db);
                QVERIFY(db.transaction());
                QSqlQuery w(db);
                QVERIFY(w.prepare(QStringLiteral("INSERT INTO bulk VALUES (?)")));
                for (int i = 0; i < 500; ++i) {
                    w.addBindValue(QString(3000, QLatin1Char('x')));
                    QVERIFY(w.exec());
                }
                QVERIFY(db.commit());
                later.checkpoint(); // nothing can be copied past the reader's snapshot
                QCOMPARE(pragma(QStringLiteral("held"), QStringLiteral("synchronous")).toInt(), 2);
                QCOMPARE(pragma(QStringLiteral("held"), QStringLiteral("wal_autocheckpoint")).toInt(), 1000);
            }
            QSqlQuery still(*reader);
            QVERIFY(still.exec(QStringLiteral("SELECT count(*) FROM bulk")) && still.next());
            QCOMPARE(still.value(0).toInt(), 0); // its snapshot, as before
            still.finish();
            before.finish();
            QVERIFY(reader->commit());
            reader->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("held-reader"));
        Database::close(QStringLiteral("held"));
        QVERIFY(Database::open(path, QStringLiteral("held-again")).ok());
        {
            QSqlQuery count(QSqlDatabase::database(QStringLiteral("held-again")));
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bulk")) && count.next());
            QCOMPARE(count.value(0).toInt(), 500);
        }
        Database::close(QStringLiteral("held-again"));
    }

    /// The sync by hand: a file there, a file not there (nothing to sync), a path that cannot be.
    void aFileIsSyncedByItsPath()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("some.sqlite-wal"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("frames") == 6);
        f.close();
        QVERIFY(DeferredCheckpoint::syncFile(file));
        QVERIFY(DeferredCheckpoint::syncFile(dir.filePath(QStringLiteral("absent-wal"))));
        QVERIFY(!DeferredCheckpoint::syncFile(file + QStringLiteral("/under-a-file-wal")));
    }

    /// The schema a hub writes on a PostgreSQL server follows the SQLite one: a migration added on
    /// one side only fails here, before any hub refuses its server for it.
    void theServersSchemaIsAtTheSameVersion() { QCOMPARE(DatabaseServer::latestVersion(), Database::latestVersion()); }

    /// What names a server and what a person may see of it.
    void aServerIsNamedByItsAddressWithoutItsPassword()
    {
        QVERIFY(Database::isServer(QStringLiteral("postgresql://vitrine@db:5432/hub")));
        QVERIFY(Database::isServer(QStringLiteral("postgres://db/hub")));
        QVERIFY(!Database::isServer(QStringLiteral("/var/lib/vitrine/postgresql://x")));
        QVERIFY(!Database::isServer(QStringLiteral("hub.db")));
        QCOMPARE(Database::displayName(QStringLiteral("postgresql://vitrine:pw@db:5432/hub?sslmode=require")),
                 QStringLiteral("postgresql://vitrine@db:5432/hub"));
        // Nothing is written beside a server's address as if it were a file.
        QVERIFY(!Database::markClosedCleanly(QStringLiteral("postgresql://vitrine@db:5432/hub")));
        QCOMPARE(
            Database::removeMovedAside(QStringLiteral("postgresql://vitrine@db:5432/hub"), 0, QDateTime::currentDateTimeUtc()),
            0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
