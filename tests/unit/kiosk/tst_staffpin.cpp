// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/staffpin.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The staff PIN: Argon2id hash only, slow-down after wrong attempts, lockout.
class TestStaffPin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    int m_serial = 0;
    QString m_connection;

    StaffPin pin()
    {
        StaffPin p(QSqlDatabase::database(m_connection));
        p.setClock([this] { return m_now; });
        return p;
    }

private slots:
    void init()
    {
        m_connection = QStringLiteral("pin%1").arg(++m_serial);
        QVERIFY(Database::open(m_dir.filePath(m_connection), m_connection).ok());
        m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    }
    void cleanup() { Database::close(m_connection); }

    void notSetUntilSet()
    {
        StaffPin p = pin();
        QVERIFY(!p.isSet());
        QCOMPARE(p.verify(QStringLiteral("1234")).outcome, StaffPin::Outcome::NotSet);
    }

    void rejectsBadPins_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::newRow("too short") << "123";
        QTest::newRow("too long") << "1234567890123";
        QTest::newRow("letters") << "12ab";
        QTest::newRow("empty") << "";
        QTest::newRow("spaces") << "12 34";
    }
    void rejectsBadPins()
    {
        QFETCH(QString, candidate);
        StaffPin p = pin();
        QString error;
        QVERIFY(!p.set(candidate, &error));
        QVERIFY(error.contains(QLatin1String("digits")));
        QVERIFY(!p.isSet());
    }

    void storesOnlyAnArgon2idHash()
    {
        StaffPin p = pin();
        QVERIFY(p.set(QStringLiteral("482913")));
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'staff_pin_hash'")) && q.next());
        const QString hash = q.value(0).toString();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QLatin1String("482913")));
        // Nowhere in the file either.
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile file(m_dir.filePath(m_connection));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("482913"));
        QCOMPARE(p.verify(QStringLiteral("482913")).outcome, StaffPin::Outcome::Accepted);
        QCOMPARE(p.verify(QStringLiteral("482914")).outcome, StaffPin::Outcome::Wrong);
    }

    void wrongAttemptsSlowDownThenLockOut()
    {
        StaffPin p = pin();
        QVERIFY(p.set(QStringLiteral("2468")));
        for (int i = 1; i <= StaffPin::kFreeAttempts; ++i) {
            const auto v = p.verify(QStringLiteral("0000"));
            QCOMPARE(v.outcome, StaffPin::Outcome::Wrong);
            QVERIFY2(!v.retryAfter.isValid(), "the first wrong attempts cost nothing");
        }
        auto v = p.verify(QStringLiteral("0000"));
        QCOMPARE(v.outcome, StaffPin::Outcome::Wrong);
        QCOMPARE(v.retryAfter, m_now.addSecs(2));
        // During the wait even the right PIN is not checked.
        QCOMPARE(p.verify(QStringLiteral("2468")).outcome, StaffPin::Outcome::Wrong);
        m_now = m_now.addSecs(3);
        QCOMPARE(p.verify(QStringLiteral("2468")).outcome, StaffPin::Outcome::Accepted);

        // From scratch to a lockout: delays double, then 15 minutes.
        qint64 lastDelay = 0;
        for (int i = 1; i < StaffPin::kLockoutAfter; ++i) {
            v = p.verify(QStringLiteral("1111"));
            QCOMPARE(v.outcome, StaffPin::Outcome::Wrong);
            if (v.retryAfter.isValid()) {
                const qint64 delay = m_now.secsTo(v.retryAfter);
                QVERIFY(delay > lastDelay);
                lastDelay = delay;
                m_now = v.retryAfter;
            }
        }
        v = p.verify(QStringLiteral("1111"));
        QCOMPARE(v.outcome, StaffPin::Outcome::LockedOut);
        QCOMPARE(v.retryAfter, m_now.addSecs(StaffPin::kLockoutMinutes * 60));
        m_now = m_now.addSecs(60);
        QCOMPARE(p.verify(QStringLiteral("2468")).outcome, StaffPin::Outcome::LockedOut);
        m_now = m_now.addSecs(StaffPin::kLockoutMinutes * 60);
        QCOMPARE(p.verify(QStringLiteral("2468")).outcome, StaffPin::Outcome::Accepted);
        QCOMPARE(p.verify(QStringLiteral("1111")).failures, 1);
    }

    void lockoutSurvivesRestart()
    {
        {
            StaffPin p = pin();
            QVERIFY(p.set(QStringLiteral("97531")));
            for (int i = 0; i < StaffPin::kLockoutAfter; ++i) {
                const auto v = p.verify(QStringLiteral("00000"));
                if (v.retryAfter.isValid() && v.outcome != StaffPin::Outcome::LockedOut)
                    m_now = v.retryAfter;
            }
        }
        StaffPin again = pin();
        QCOMPARE(again.verify(QStringLiteral("97531")).outcome, StaffPin::Outcome::LockedOut);
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
