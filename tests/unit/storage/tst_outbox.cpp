// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The outbox as a delivery queue: enqueued with what it reports or not at all, claimed in order
/// per record, acknowledged, retried with backoff, dead-lettered with its reason, leases that expire.
class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

    QJsonObject body(int n) { return {{QStringLiteral("n"), n}}; }

    int enqueueAll(Outbox &o, const QList<std::pair<QString, QString>> &keysAndRecords)
    {
        int i = 0;
        for (const auto &[key, record] : keysAndRecords) {
            if (o.enqueue(key, QStringLiteral("test"), record, body(i++), t0) != Outbox::Enqueued::Added)
                return -1;
        }
        return i;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("o-%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(Database::open(path, QStringLiteral("outbox")).ok());
        m_db = QSqlDatabase::database(QStringLiteral("outbox"));
    }

    void cleanup()
    {
        m_db = {};
        Database::close(QStringLiteral("outbox"));
    }

    void enqueueFollowsTheCallersTransaction()
    {
        Outbox o(m_db);
        {
            Transaction t(m_db);
            QVERIFY(t.begin());
            QCOMPARE(o.enqueue(QStringLiteral("k1"), QStringLiteral("test"), QStringLiteral("r"), body(1), t0),
                     Outbox::Enqueued::Added);
            // Not committed: gone with the rollback, as the change it reported would be.
        }
        QCOMPARE(o.counts()->pending, 0);
        {
            Transaction t(m_db);
            QVERIFY(t.begin());
            QCOMPARE(o.enqueue(QStringLiteral("k1"), QStringLiteral("test"), QStringLiteral("r"), body(1), t0),
                     Outbox::Enqueued::Added);
            QVERIFY(t.commit());
        }
        QCOMPARE(o.counts()->pending, 1);
    }

    void sameKeySameBodyOnceOtherBodyRefused()
    {
        Outbox o(m_db);
        QCOMPARE(o.enqueue(QStringLiteral("k"), QStringLiteral("test"), QStringLiteral("r"), body(1), t0),
                 Outbox::Enqueued::Added);
        QCOMPARE(o.enqueue(QStringLiteral("k"), QStringLiteral("test"), QStringLiteral("r"), body(1), t0.addSecs(9)),
                 Outbox::Enqueued::AlreadyThere);
        QString error;
        QCOMPARE(o.enqueue(QStringLiteral("k"), QStringLiteral("test"), QStringLiteral("r"), body(2), t0, &error),
                 Outbox::Enqueued::KeyReused);
        QVERIFY(error.contains(QLatin1String("already used")));
        QCOMPARE(o.counts()->pending, 1);
    }

    void claimsInOrderAndOneItemPerRecord()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o,
                            {{QStringLiteral("a1"), QStringLiteral("A")},
                             {QStringLiteral("b1"), QStringLiteral("B")},
                             {QStringLiteral("a2"), QStringLiteral("A")},
                             {QStringLiteral("c1"), QStringLiteral("C")}}),
                 4);
        QList<Outbox::Item> first = o.claim(10, t0, std::chrono::seconds(30));
        QStringList keys;
        for (const auto &i : first)
            keys << i.key;
        // a2 waits for a1: a record's later change never overtakes an earlier one.
        QCOMPARE(keys, (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")}));
        QCOMPARE(first.first().attempts, 1);
        QCOMPARE(first.first().payload, body(0));
        // Claimed items are not offered again while their lease runs.
        QVERIFY(o.claim(10, t0.addSecs(5), std::chrono::seconds(30)).isEmpty());
        QVERIFY(o.acknowledge(first.at(0).id, t0.addSecs(6)));
        const QList<Outbox::Item> next = o.claim(10, t0.addSecs(7), std::chrono::seconds(30));
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().key, QStringLiteral("a2"));
        QCOMPARE(o.counts()->delivered, 1);
        QCOMPARE(o.counts()->pending, 3);
    }

    void claimsARecordsItemsTogetherInOrder()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o,
                            {{QStringLiteral("a1"), QStringLiteral("A")},
                             {QStringLiteral("b1"), QStringLiteral("B")},
                             {QStringLiteral("a2"), QStringLiteral("A")},
                             {QStringLiteral("a3"), QStringLiteral("A")},
                             {QStringLiteral("c1"), QStringLiteral("")},
                             {QStringLiteral("c2"), QStringLiteral("")}}),
                 6);
        const auto keysOf = [](const QList<Outbox::Item> &items) {
            QStringList keys;
            for (const auto &i : items)
                keys << i.key;
            return keys;
        };
        // The limit never takes a record's later item without the earlier ones.
        QCOMPARE(keysOf(o.claimInOrder(2, t0, std::chrono::seconds(30))),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("b1")}));
        // a2 and a3 wait while a1 is claimed.
        QCOMPARE(keysOf(o.claimInOrder(10, t0.addSecs(1), std::chrono::seconds(30))),
                 (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        // a1 back later than its followers would be: they wait for it still.
        const QList<Outbox::Item> all = o.items(Outbox::State::Pending, 10).value();
        QVERIFY(o.retryLater(all.at(0).id, QStringLiteral("busy"), t0.addSecs(2), t0.addSecs(100)));
        const QList<Outbox::Item> others = o.claimInOrder(10, t0.addSecs(50), std::chrono::seconds(30));
        QCOMPARE(keysOf(others), (QStringList{QStringLiteral("b1"), QStringLiteral("c1"), QStringLiteral("c2")}));
        for (const auto &item : others)
            QVERIFY(o.acknowledge(item.id, t0.addSecs(51)));
        QCOMPARE(keysOf(o.claimInOrder(10, t0.addSecs(101), std::chrono::seconds(30))),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}));
    }

    void refusedRecordsUntilALaterItemGoesThrough()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o,
                            {{QStringLiteral("a1"), QStringLiteral("A")},
                             {QStringLiteral("b1"), QStringLiteral("B")},
                             {QStringLiteral("a2"), QStringLiteral("A")}}),
                 3);
        const auto first = o.claimInOrder(10, t0, std::chrono::seconds(30));
        QCOMPARE(first.size(), 3);
        QVERIFY(o.deadLetter(first.at(0).id, QStringLiteral("slot taken"), t0));    // a1
        QVERIFY(o.deadLetter(first.at(1).id, QStringLiteral("no such thing"), t0)); // b1
        QVERIFY(o.retryLater(first.at(2).id, QStringLiteral("busy"), t0));          // a2
        auto refused = o.refusedRecords(QStringLiteral("test"));
        QVERIFY(refused);
        QCOMPARE(refused->size(), 2);
        QCOMPARE(refused->value(QStringLiteral("A")), QStringLiteral("slot taken"));
        QCOMPARE(refused->value(QStringLiteral("B")), QStringLiteral("no such thing"));
        QVERIFY(o.refusedRecords(QStringLiteral("other"))->isEmpty());
        // A's later change (staff moved it) went through: nothing left to act on for A.
        QVERIFY(o.acknowledge(first.at(2).id, t0.addSecs(10)));
        refused = o.refusedRecords(QStringLiteral("test"));
        QCOMPARE(refused->keys(), QList<QString>{QStringLiteral("B")});
    }

    void expiredLeaseIsClaimedAgain()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o, {{QStringLiteral("k"), QStringLiteral("R")}}), 1);
        QCOMPARE(o.claim(5, t0, std::chrono::seconds(30)).size(), 1);
        QVERIFY(o.claim(5, t0.addSecs(29), std::chrono::seconds(30)).isEmpty());
        // The sender died holding it: after the lease it goes out again, counted as a second attempt.
        const auto again = o.claim(5, t0.addSecs(31), std::chrono::seconds(30));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().attempts, 2);
    }

    void releasedClaimsAreClaimedAgainAtOnce()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o, {{QStringLiteral("a"), QStringLiteral("r1")}, {QStringLiteral("b"), QStringLiteral("r2")}}), 2);
        QCOMPARE(o.claim(10, t0, std::chrono::seconds(120)).size(), 2);
        QCOMPARE(o.claim(10, t0.addSecs(1), std::chrono::seconds(120)).size(), 0);
        // The one sender started again (it was killed): what it held goes now, not after the lease.
        QCOMPARE(o.releaseClaims(), 2);
        QCOMPARE(o.claim(10, t0.addSecs(1), std::chrono::seconds(120)).size(), 2);
    }

    void itemsKeptBeforeSchema14JoinTheOutbox()
    {
        // A hub at schema 13 that kept a request and refused an item; schema 14 queues the kept one.
        const QString path = m_dir.filePath(QStringLiteral("o-13.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("thirteen")).ok());
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("thirteen")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox_received (idempotency_key, screen, kind, record, payload_sha256, "
                                          "payload, outcome, received_at) VALUES ('request:1', 's', 'visitor-request', "
                                          "'request:1', 'x', '{\"id\":\"1\"}', 'delivered', '2026-12-01T10:00:00.000Z'), "
                                          "('request:2', 's', 'visitor-request', 'request:2', 'y', NULL, 'rejected', "
                                          "'2026-12-01T10:00:01.000Z')")));
            // Schema 14 itself, as the upgrade from 13 runs it (later schemas change other tables).
            QFile migration(QStringLiteral(":/vitrine/storage/migrations/0014_relay_to_brand.sql"));
            QVERIFY(migration.open(QIODevice::ReadOnly));
            QString sql;
            for (const QString &line : QString::fromUtf8(migration.readAll()).split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    sql += line + QLatin1Char('\n');
            }
            for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty())
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
        }
        {
            Outbox kept(QSqlDatabase::database(QStringLiteral("thirteen")));
            const auto items = kept.claim(10, t0, std::chrono::seconds(60));
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().key, QStringLiteral("request:1"));
            QCOMPARE(items.first().payload.value(QLatin1String("id")).toString(), QStringLiteral("1"));
        }
        Database::close(QStringLiteral("thirteen"));
    }

    void retryWaitsForBackoffOrRetryAfter()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o, {{QStringLiteral("k"), QStringLiteral("R")}}), 1);
        auto item = o.claim(1, t0, std::chrono::seconds(30)).first();
        QVERIFY(o.retryLater(item.id, QStringLiteral("hub unreachable"), t0));
        // First retry: 4 to 5 seconds later (5 s less up to a fifth of jitter).
        QVERIFY(o.claim(1, t0.addMSecs(3999), std::chrono::seconds(30)).isEmpty());
        item = o.claim(1, t0.addSecs(5), std::chrono::seconds(30)).first();
        QCOMPARE(item.lastError, QStringLiteral("hub unreachable"));
        QCOMPARE(item.attempts, 2);
        // The receiver says when: Retry-After later than the backoff wins.
        QVERIFY(o.retryLater(item.id, QStringLiteral("busy"), t0.addSecs(5), t0.addSecs(120)));
        QVERIFY(o.claim(1, t0.addSecs(119), std::chrono::seconds(30)).isEmpty());
        QCOMPARE(o.claim(1, t0.addSecs(120), std::chrono::seconds(30)).size(), 1);
    }

    void backoffDoublesToAnHourWithJitter()
    {
        using ms = std::chrono::milliseconds;
        QCOMPARE(Outbox::backoff(1, 0), ms(5000));
        QCOMPARE(Outbox::backoff(2, 0), ms(10000));
        QCOMPARE(Outbox::backoff(4, 0), ms(40000));
        QCOMPARE(Outbox::backoff(4, 1), ms(32000));
        QCOMPARE(Outbox::backoff(12, 0), ms(3600000));
        QCOMPARE(Outbox::backoff(1000, 0.5), ms(3240000));
    }

    void deadLetterIsKeptWithItsReasonAndNeverResent()
    {
        Outbox o(m_db);
        QCOMPARE(enqueueAll(o, {{QStringLiteral("k1"), QStringLiteral("R")}, {QStringLiteral("k2"), QStringLiteral("R")}}), 2);
        const auto item = o.claim(5, t0, std::chrono::seconds(30)).first();
        QVERIFY(o.deadLetter(item.id, QStringLiteral("the hub refused it: slot taken"), t0));
        const auto dead = o.items(Outbox::State::Dead, 10);
        QVERIFY(dead);
        QCOMPARE(dead->size(), 1);
        QCOMPARE(dead->first().key, QStringLiteral("k1"));
        QCOMPARE(dead->first().lastError, QStringLiteral("the hub refused it: slot taken"));
        // The record's next item is free to go; the dead one never comes back.
        const auto next = o.claim(5, t0.addSecs(60), std::chrono::seconds(30));
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().key, QStringLiteral("k2"));
        QVERIFY(o.acknowledge(next.first().id, t0.addSecs(61)));
        QVERIFY(o.claim(5, t0.addDays(2), std::chrono::seconds(30)).isEmpty());
        const auto c = o.counts();
        QCOMPARE(c->dead, 1);
        QCOMPARE(c->delivered, 1);
        QCOMPARE(c->pending, 0);
    }

    void survivesReopening()
    {
        const QString path = m_db.databaseName();
        {
            Outbox o(m_db);
            QCOMPARE(enqueueAll(o, {{QStringLiteral("k"), QStringLiteral("R")}}), 1);
        }
        cleanup();
        QVERIFY(Database::open(path, QStringLiteral("outbox")).ok());
        m_db = QSqlDatabase::database(QStringLiteral("outbox"));
        const auto c = Outbox(m_db).counts();
        QCOMPARE(c->pending, 1);
        QCOMPARE(c->oldestPending, t0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
