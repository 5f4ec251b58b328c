// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultyvfs.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Storage faults lose nothing: a full disk, a failing read, a locked file, a folder in place of
/// the file, or a missing file for a reader each give a message naming the file and the cause,
/// and leave the file as it was; only a file SQLite calls corrupt is moved aside, and what is
/// moved aside follows the contact-data retention.
class TestStorageFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QStringList movedAside(const QString &path) const
    {
        return QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")});
    }

    QString withData(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!Database::open(path, QStringLiteral("setup")).ok())
            return {};
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("setup")));
            q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('kept', 'yes')"));
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        Database::close(QStringLiteral("setup"));
        return path;
    }

    static QString kept(const QString &connection)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        return q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'kept'")) && q.next() ? q.value(0).toString()
                                                                                                  : QString();
    }

private slots:
    void initTestCase() { FaultyVfs::install(); }

    void cleanup() { FaultyVfs::set(FaultyVfs::Fault::None); }

    void fullDiskDuringMigrationLeavesTheOldDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_TEST_DATA "/vitrine-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = digest(path);
        FaultyVfs::set(FaultyVfs::Fault::DiskFull);
        const auto result = Database::open(path, QStringLiteral("full"));
        QVERIFY(FaultyVfs::refusals() > 0);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QLatin1String("disk holding it is full")), qPrintable(result.message));
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(result.movedAsideTo.isEmpty());
        QVERIFY(movedAside(path).isEmpty());
        Database::close(QStringLiteral("full"));
        QCOMPARE(digest(path), before);

        // Space again: the same file migrates and keeps its stock.
        FaultyVfs::set(FaultyVfs::Fault::None);
        QVERIFY(Database::open(path, QStringLiteral("again")).ok());
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("again")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM vehicle WHERE id = 'old-1'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        Database::close(QStringLiteral("again"));
    }

    void fullDiskOnAWriteKeepsWhatIsStored()
    {
        const QString path = withData(QStringLiteral("write.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("w")).ok());
        FaultyVfs::set(FaultyVfs::Fault::DiskFull);
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("w")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('new', '%1')")
                            .arg(QString(QLatin1Char('x')).repeated(200000))));
        QVERIFY(FaultyVfs::refusals() > 0);
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 13); // SQLITE_FULL, not a crash or a half write
        Database::close(QStringLiteral("w"));
        FaultyVfs::set(FaultyVfs::Fault::None);
        QVERIFY(Database::open(path, QStringLiteral("w2")).ok());
        QCOMPARE(kept(QStringLiteral("w2")), QStringLiteral("yes"));
        Database::close(QStringLiteral("w2"));
    }

    void failingReadsLeaveTheFileInPlace()
    {
        const QString path = withData(QStringLiteral("io.sqlite"));
        const QByteArray before = digest(path);
        FaultyVfs::set(FaultyVfs::Fault::ReadError);
        const auto result = Database::open(path, QStringLiteral("io"));
        QVERIFY(FaultyVfs::refusals() > 0);
        QCOMPARE(result.status, Database::Status::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("input/output error")), qPrintable(result.message));
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("left as it is")));
        QVERIFY(movedAside(path).isEmpty());
        FaultyVfs::set(FaultyVfs::Fault::None);
        QCOMPARE(digest(path), before);
        QVERIFY(Database::open(path, QStringLiteral("io2")).ok());
        QCOMPARE(kept(QStringLiteral("io2")), QStringLiteral("yes"));
        Database::close(QStringLiteral("io2"));
    }

    void lockedDatabaseIsNotMovedAside()
    {
        // The committed version-1 file uses a rollback journal: an exclusive lock keeps readers out.
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_TEST_DATA "/vitrine-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = digest(path);
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("UPDATE vehicle SET deleted = deleted")));
            const auto result = Database::open(path, QStringLiteral("locked"));
            QCOMPARE(result.status, Database::Status::Unavailable);
            QVERIFY2(result.message.contains(QLatin1String("locked by another program")), qPrintable(result.message));
            QVERIFY(movedAside(path).isEmpty());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(digest(path), before);
        QVERIFY(Database::open(path, QStringLiteral("unlocked")).ok());
        Database::close(QStringLiteral("unlocked"));
    }

    void aFolderInPlaceOfTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkpath(path));
        const auto result = Database::open(path, QStringLiteral("folder"));
        QCOMPARE(result.status, Database::Status::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("is a folder")), qPrintable(result.message));
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(movedAside(path).isEmpty());
    }

    void aReaderNeverCreatesADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere/missing.sqlite"));
        const auto result = Database::open(path, QStringLiteral("missing"), Database::Mode::Existing);
        QCOMPARE(result.status, Database::Status::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("no database there")), qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
    }

    void movedAsideFilesFollowTheRetention()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("not a database, maybe somebody's phone number ").repeated(100));
        }
        const auto result = Database::open(path, QStringLiteral("damaged"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.movedAsideTo.isEmpty());
        Database::close(QStringLiteral("damaged"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(Database::removeMovedAside(path, 30, now), 0); // younger than the retention
        QCOMPARE(Database::removeMovedAside(path, 30, now.addDays(31)), 1);
        QVERIFY(!QFileInfo::exists(result.movedAsideTo));
        QVERIFY(QFileInfo::exists(path)); // the live database stays
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
