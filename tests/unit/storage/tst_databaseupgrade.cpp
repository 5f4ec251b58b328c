// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/databaseupgrade.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A pragma's value in the file at `path`, read without configuring it; -1 when it cannot be.
int pragmaOf(const QString &path, const QString &name)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

int schemaOf(const QString &path)
{
    return pragmaOf(path, QStringLiteral("user_version"));
}

bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    return ok;
}

} // namespace

/// The package upgrade's migration: on a copy, swapped in only when it worked, the old file kept
/// until the new version has started; a failure changes nothing.
class TestDatabaseUpgrade : public QObject
{
    Q_OBJECT

    QString oldDatabase(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("vitrine.sqlite"));
        QFile::copy(QStringLiteral(VITRINE_TEST_DATA "/vitrine-v1.sqlite"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void noDatabaseIsNoneCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        QCOMPARE(DatabaseUpgrade::check(path).outcome, DatabaseUpgrade::Outcome::NoDatabase);
        QCOMPARE(DatabaseUpgrade::apply(path).outcome, DatabaseUpgrade::Outcome::NoDatabase);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void checkMigratesACopyOnly()
    {
        QTemporaryDir dir;
        const QString path = oldDatabase(dir);
        const auto result = DatabaseUpgrade::check(path);
        QCOMPARE(result.outcome, DatabaseUpgrade::Outcome::WouldMigrate);
        QCOMPARE(result.from, 1);
        QCOMPARE(result.to, Database::latestVersion());
        QCOMPARE(schemaOf(path), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("vitrine.sqlite")});
    }

    void applyKeepsThePreviousUntilTheFirstStart()
    {
        QTemporaryDir dir;
        const QString path = oldDatabase(dir);
        const int oldPages = pragmaOf(path, QStringLiteral("page_size"));
        QVERIFY(oldPages > 0 && oldPages < Database::kPageSize);
        const auto result = DatabaseUpgrade::apply(path);
        QCOMPARE(result.outcome, DatabaseUpgrade::Outcome::Migrated);
        // The copy that took the file's place is written with this build's pages.
        QCOMPARE(pragmaOf(path, QStringLiteral("page_size")), Database::kPageSize);
        QCOMPARE(pragmaOf(DatabaseUpgrade::previousPath(path), QStringLiteral("page_size")), oldPages);
        QVERIFY2(result.message.contains(DatabaseUpgrade::previousPath(path)), qPrintable(result.message));
        QCOMPARE(schemaOf(path), Database::latestVersion());
        QCOMPARE(schemaOf(DatabaseUpgrade::previousPath(path)), 1);
        // The data came along.
        {
            QVERIFY(Database::open(path, QStringLiteral("after")).ok());
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("after")));
            QVERIFY(q.exec(QStringLiteral("SELECT vin FROM vehicle WHERE id = 'old-1'")));
            QVERIFY(q.next());
        }
        Database::close(QStringLiteral("after"));
        // Again: nothing left to do.
        QCOMPARE(DatabaseUpgrade::apply(path).outcome, DatabaseUpgrade::Outcome::UpToDate);
        QVERIFY(DatabaseUpgrade::releasePrevious(path));
        QVERIFY(!QFile::exists(DatabaseUpgrade::previousPath(path)));
        QVERIFY(!DatabaseUpgrade::releasePrevious(path));
    }

    void aFailedMigrationLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString path = oldDatabase(dir);
        // Migration 2 creates this table: it cannot, so the migration fails.
        QVERIFY(execOn(path, QStringLiteral("CREATE TABLE visitor_request (x)")));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        for (const auto &result : {DatabaseUpgrade::check(path), DatabaseUpgrade::apply(path)}) {
            QCOMPARE(result.outcome, DatabaseUpgrade::Outcome::Failed);
            QVERIFY2(result.message.contains(QLatin1String("left as it was")), qPrintable(result.message));
        }
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("vitrine.sqlite")});
    }

    void aNewerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = oldDatabase(dir);
        QVERIFY(execOn(path, QStringLiteral("PRAGMA user_version = 999")));
        const auto result = DatabaseUpgrade::apply(path);
        QCOMPARE(result.outcome, DatabaseUpgrade::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("newer Vitrine")), qPrintable(result.message));
        QCOMPARE(schemaOf(path), 999);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUpgrade)
#include "tst_databaseupgrade.moc"
