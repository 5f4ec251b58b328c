// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenRegistry on a real database: codes spent once and only in time, tokens found by their hash,
// revocation by id or by a name only one screen has.

#include "storage/database.h"
#include "sync/screenregistry.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestScreenRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

private slots:
    void init()
    {
        static int n = 0;
        const QString name = QStringLiteral("registry%1").arg(++n);
        QVERIFY(Database::open(m_dir.filePath(name + QStringLiteral(".db")), name).ok());
        m_db = QSqlDatabase::database(name);
    }

    void aCodeIsSpentOnceAndOnlyInTime()
    {
        ScreenRegistry registry(m_db);
        const auto code = registry.issueCode(m_now, 600);
        QVERIFY(code);
        QCOMPARE(ScreenRegistry::canonicalCode(code->toLower().remove(QLatin1Char('-'))), *code);

        ScreenRegistry::PairFailure failure;
        QVERIFY(!registry.pair(*code, QStringLiteral("Late"), m_now.addSecs(600), &failure));
        QCOMPARE(failure, ScreenRegistry::PairFailure::BadCode); // expired at its second 600

        const auto code2 = registry.issueCode(m_now, 600);
        const auto paired = registry.pair(*code2, QStringLiteral("Entrance"), m_now.addSecs(599), &failure);
        QVERIFY(paired);
        QCOMPARE(failure, ScreenRegistry::PairFailure::None);
        QVERIFY(!registry.pair(*code2, QStringLiteral("Again"), m_now.addSecs(599), &failure));
        QCOMPARE(failure, ScreenRegistry::PairFailure::BadCode);

        // A code with a wrong check character is no code at all.
        QString typo = *code2;
        typo[typo.size() - 1] = typo.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(ScreenRegistry::canonicalCode(typo).isEmpty());
    }

    void tokensAreFoundByTheirHashOnly()
    {
        ScreenRegistry registry(m_db);
        ScreenRegistry::PairFailure failure;
        const auto paired = registry.pair(*registry.issueCode(m_now, 60), QStringLiteral("Lounge"), m_now, &failure);
        QVERIFY(paired);
        QCOMPARE(registry.screenForToken(paired->token), paired->screenId);
        QVERIFY(!registry.screenForToken(paired->token + QLatin1Char('x')));
        QVERIFY(!registry.screenForToken(QString()));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM hub_screens")) && q.next());
        QCOMPARE(q.value(0).toString(), ScreenRegistry::hashOf(paired->token));
        QVERIFY(q.value(0).toString() != paired->token);
        QCOMPARE(registry.activeCount(), 1);
    }

    void revokingNeedsOneScreen()
    {
        ScreenRegistry registry(m_db);
        ScreenRegistry::PairFailure failure;
        const auto a = registry.pair(*registry.issueCode(m_now, 60), QStringLiteral("Bar"), m_now, &failure);
        const auto b = registry.pair(*registry.issueCode(m_now, 60), QStringLiteral("Bar"), m_now, &failure);
        const auto c = registry.pair(*registry.issueCode(m_now, 60), QStringLiteral("Door"), m_now, &failure);
        QVERIFY(a && b && c);
        QString problem;
        QVERIFY(!registry.revoke(QStringLiteral("Bar"), m_now, &problem)); // two of them: say which
        QVERIFY(problem.contains(QLatin1String("several")));
        QVERIFY(registry.revoke(a->screenId, m_now, &problem));
        QVERIFY(!registry.screenForToken(a->token));
        QCOMPARE(registry.screenForToken(b->token), b->screenId);
        QVERIFY(registry.revoke(QStringLiteral("Door"), m_now, &problem));
        QVERIFY(!registry.revoke(QStringLiteral("Door"), m_now, &problem));
        const auto list = registry.screens();
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(registry.activeCount(), 1);
    }

    void expiredCodesAreDropped()
    {
        ScreenRegistry registry(m_db);
        QVERIFY(registry.issueCode(m_now, 10));
        QVERIFY(registry.issueCode(m_now, 1000));
        registry.dropExpiredCodes(m_now.addSecs(100));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM hub_pairing_codes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScreenRegistry)
#include "tst_screenregistry.moc"
