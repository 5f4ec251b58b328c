// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// SQLite's own API on a Qt connection: values bound as they are, rows read as UTF-8, a
/// constraint told apart from a failure, and every error in words a person can act on.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QSqlDatabase db() { return QSqlDatabase::database(QStringLiteral("s")); }

private slots:
    void init()
    {
        QVERIFY(Database::open(m_dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("s")).ok());
        QSqlQuery(db()).exec(QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, x REAL, note TEXT NOT NULL)"));
    }
    void cleanup()
    {
        Database::close(QStringLiteral("s"));
        QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
    }

    void bindsAndReadsBack()
    {
        {
            SqliteStatement insert;
            QString error;
            QVERIFY2(insert.prepare(db(), QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)"), &error), qPrintable(error));
            insert.bind(0, QStringLiteral("Gletscherweiß 峡湾蓝"));
            insert.bind(1, qint64(1) << 40);
            insert.bind(2, 2.5);
            const QByteArray note = "{\"a\":1}";
            insert.bindText(3, note);
            QCOMPARE(insert.step(&error), SqliteStatement::Result::Done);
            QCOMPARE(insert.changes(), 1);
            // The same key again: a constraint, told apart from a failure; the statement is reusable.
            insert.bind(0, QStringLiteral("Gletscherweiß 峡湾蓝"));
            QCOMPARE(insert.step(&error), SqliteStatement::Result::Constraint);
            QCOMPARE(error, QStringLiteral("a record breaks a rule of the database"));
            insert.bind(0, QStringLiteral("second"));
            insert.bind(3, QString()); // a null QString is NULL, which the column refuses
            QCOMPARE(insert.step(), SqliteStatement::Result::Constraint);
            insert.bind(3, QByteArray("ok"));
            QCOMPARE(insert.step(), SqliteStatement::Result::Done);
        }
        SqliteStatement select;
        QVERIFY(select.prepare(db(), QStringLiteral("SELECT k, n, x, note FROM t ORDER BY rowid"), nullptr));
        QCOMPARE(select.step(), SqliteStatement::Result::Row);
        QCOMPARE(QString::fromUtf8(select.text(0)), QStringLiteral("Gletscherweiß 峡湾蓝"));
        QCOMPARE(select.text(1).toByteArray(), QByteArray("1099511627776"));
        QCOMPARE(select.text(2).toByteArray(), QByteArray("2.5"));
        QCOMPARE(select.text(3).toByteArray(), QByteArray("{\"a\":1}"));
        QCOMPARE(select.step(), SqliteStatement::Result::Row);
        QCOMPARE(select.step(), SqliteStatement::Result::Done);
        // At Done it was reset: it runs again from the start.
        QCOMPARE(select.step(), SqliteStatement::Result::Row);
    }

    /// A run over the rows ends where the caller says, and that is no failure.
    void rowsAreReadUntilTheCallerHasEnough()
    {
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("INSERT INTO t (k, note) VALUES ('a', ''), ('b', ''), ('c', '')")));
        SqliteStatement select;
        QVERIFY(select.prepare(db(), QStringLiteral("SELECT k FROM t ORDER BY k"), nullptr));
        QStringList seen;
        QVERIFY(select.forEachRowWhile([&] {
            seen << QString::fromUtf8(select.text(0));
            return seen.size() < 2;
        }));
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void errorsAreForPeople()
    {
        SqliteStatement s;
        QString error;
        QVERIFY(!s.prepare(db(), QStringLiteral("SELECT nothing FROM nowhere"), &error));
        QVERIFY(!s.isPrepared());
        QVERIFY2(error.startsWith(QLatin1String("the database failed (SQLite error")), qPrintable(error));
        QVERIFY(!s.prepare(QSqlDatabase(), QStringLiteral("SELECT 1"), &error));
        QCOMPARE(error, QStringLiteral("the database is not open"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
