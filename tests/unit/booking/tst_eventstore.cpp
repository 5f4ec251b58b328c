// SPDX-License-Identifier: GPL-3.0-or-later
// Studio events on a real database: places taken, given back, erased and purged; the database's
// own limit on places, also against another connection and screens racing for the last one;
// changes from a later feed that keep the joiners and leave staff a notice; the calendar entry.

#include "bookingfixture.h"

#include "booking/bookingcode.h"
#include "booking/eventstore.h"
#include "booking/privacypurger.h"
#include "storage/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>

#include <atomic>

class TestEventStore : public QObject
{
    Q_OBJECT

    BookingFixture f;
    int m_run = 0;

    static QJsonObject event(const QString &id, const QString &start, const QString &end, int capacity,
                             const QString &kind = QStringLiteral("workshop"), const QString &language = QStringLiteral("en"))
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("studio"), QStringLiteral("oslo")},
                {QStringLiteral("title"),
                 QJsonObject{{QStringLiteral("en"), QStringLiteral("Workshop ") + id},
                             {QStringLiteral("de"), QStringLiteral("Werkstatt ") + id}}},
                {QStringLiteral("description"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Bring a pencil, please.")}}},
                {QStringLiteral("start"), start},
                {QStringLiteral("end"), end},
                {QStringLiteral("capacity"), capacity},
                {QStringLiteral("language"), language},
                {QStringLiteral("signup_required"), true}};
    }

    /// Applies a delta feed of the demo source carrying `events` (and `deleted`).
    bool feed(const QJsonArray &events, const QJsonArray &deleted = {})
    {
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("source"), QStringLiteral("demo")},
                               {QStringLiteral("mode"), QStringLiteral("delta")},
                               {QStringLiteral("events"), events},
                               {QStringLiteral("deleted"), deleted}};
        const auto report = FeedImporter(f.db()).importBytes(QJsonDocument(root).toJson(), QStringLiteral("test"));
        if (!report.applied || report.rejected != 0) {
            for (const RecordIssue &i : report.issues)
                qWarning() << i.toString();
            qWarning() << report.fatal;
        }
        return report.applied && report.rejected == 0;
    }

    EventStore store() { return EventStore(f.db(), f.clock()); }

    EventStore::Request request(const QString &eventId, const QString &name = QStringLiteral("Ingrid Solberg"),
                                const QString &phone = QStringLiteral("406 12 345"))
    {
        return {eventId, BookingFixture::contact(name, phone), {}, {}};
    }

    qint64 joined(const QString &eventId)
    {
        return f.scalar(QStringLiteral("SELECT count(*) FROM event_joiner WHERE event = ? AND state != 'cancelled'"), {eventId});
    }

private slots:
    void initTestCase() { QVERIFY(f.prepare()); }

    void init()
    {
        QVERIFY(f.open(QStringLiteral("events%1").arg(++m_run)));
        // The demo's own events move with the real date: these tests bring their own.
        QVERIFY(QSqlQuery(f.db()).exec(QStringLiteral("DELETE FROM studio_event")));
        f.setNow(BookingFixture::utc("2026-12-01T09:00:00Z"));
        QVERIFY(feed({event(QStringLiteral("ws"), QStringLiteral("2026-12-12T18:00"), QStringLiteral("2026-12-12T20:00"), 3),
                      event(QStringLiteral("talk"), QStringLiteral("2026-12-14T18:00"), QStringLiteral("2026-12-14T19:00"), 50,
                            QStringLiteral("talk"), QStringLiteral("nb"))}));
    }

    void cleanup() { f.close(); }

    void joinTakesAPlaceWithItsOutboxRow()
    {
        EventStore s = store();
        EventStore::Error error;
        const auto joined = s.join(f.studio(QStringLiteral("oslo")), request(QStringLiteral("ws")), &error);
        QVERIFY2(joined, qPrintable(error.message));
        QVERIFY(!joined->existing);
        QVERIFY(BookingCode::parse(joined->joiner.code).ok);
        QCOMPARE(joined->listing.placesLeft(), 2);
        QCOMPARE(joined->joiner.contact->value, QStringLiteral("+4740612345"));
        QCOMPARE(joined->joiner.contact->purgeAfter, BookingFixture::utc("2026-12-12T19:00:00Z").addDays(30));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'event-join' AND record = ?"),
                          {EventRows::outboxRecord(joined->joiner.id)}),
                 1);
        // The outbox never holds the visitor's name.
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%Ingrid%'")), 0);
        const auto e = s.event(QStringLiteral("ws"));
        QVERIFY(e);
        QCOMPARE(e->joined, 1);
        QCOMPARE(e->placesLeft(), 2);
        QVERIFY(!e->isFull());
        QCOMPARE(e->event.start, BookingFixture::utc("2026-12-12T17:00:00Z"));
    }

    void sameKeyGivesTheSamePlace()
    {
        EventStore s = store();
        EventStore::Request r = request(QStringLiteral("ws"));
        r.idempotencyKey = QStringLiteral("form-1");
        const auto first = s.join(f.studio(QStringLiteral("oslo")), r);
        const auto again = s.join(f.studio(QStringLiteral("oslo")), r);
        QVERIFY(first && again);
        QVERIFY(again->existing);
        QCOMPARE(again->joiner.code, first->joiner.code);
        QCOMPARE(joined(QStringLiteral("ws")), 1);
        r.event = QStringLiteral("talk");
        EventStore::Error error;
        QVERIFY(!s.join(f.studio(QStringLiteral("oslo")), r, &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::KeyReused);
    }

    void contactIsCheckedLikeADrive()
    {
        EventStore s = store();
        EventStore::Request r = request(QStringLiteral("ws"), QStringLiteral(""), QStringLiteral("12"));
        r.contact.privacyAccepted = false;
        EventStore::Error error;
        QVERIFY(!s.join(f.studio(QStringLiteral("oslo")), r, &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::InvalidContact);
        QCOMPARE(error.contactIssues.size(), 3);
        QCOMPARE(joined(QStringLiteral("ws")), 0);
    }

    void fullEventSaysFullAndCancelFreesAPlace()
    {
        EventStore s = store();
        const Studio &oslo = f.studio(QStringLiteral("oslo"));
        QStringList codes;
        for (int i = 0; i < 3; ++i) {
            const auto j = s.join(oslo, request(QStringLiteral("ws")));
            QVERIFY(j);
            codes << j->joiner.code;
        }
        QVERIFY(s.event(QStringLiteral("ws"))->isFull());
        EventStore::Error error;
        QVERIFY(!s.join(oslo, request(QStringLiteral("ws")), &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::Full);
        QCOMPARE(error.message, QStringLiteral("This event is full."));

        const auto cancelled = s.cancel(codes.at(1).toLower(), &error);
        QVERIFY2(cancelled, qPrintable(error.message));
        QCOMPARE(cancelled->state, JoinState::Cancelled);
        QCOMPARE(cancelled->revision, 2);
        QVERIFY(!s.cancel(codes.at(1), &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::WrongState);
        QCOMPARE(s.event(QStringLiteral("ws"))->placesLeft(), 1);
        QVERIFY(s.join(oslo, request(QStringLiteral("ws"), QStringLiteral("Kari Nordmann"))));
        QCOMPARE(joined(QStringLiteral("ws")), 3);
        QCOMPARE(s.joiners(QStringLiteral("ws")).size(), 4); // the cancelled one stays listed, as cancelled
    }

    void databaseRefusesOverbookingFromAnotherConnection()
    {
        EventStore s = store();
        const Studio &oslo = f.studio(QStringLiteral("oslo"));
        QVERIFY(s.join(oslo, request(QStringLiteral("ws"))));
        QVERIFY(s.join(oslo, request(QStringLiteral("ws"))));
        // Another process writing past the store: the trigger still counts the places.
        QString why;
        auto other = Database::openConnection(f.path(), QStringLiteral("intruder"), &why);
        QVERIFY2(other, qPrintable(why));
        {
            QSqlQuery q(*other);
            const QString insert = QStringLiteral(
                "INSERT INTO event_joiner (id, device, event, code, idempotency_key, state, created_at, updated_at) "
                "VALUES (?, 'd', 'ws', ?, ?, 'joined', '2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z')");
            q.prepare(insert);
            for (const QVariant &v :
                 {QVariant(QStringLiteral("x1")), QVariant(QStringLiteral("AAAA-AAAA")), QVariant(QStringLiteral("k1"))})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text())); // the last place
            q.prepare(insert);
            for (const QVariant &v :
                 {QVariant(QStringLiteral("x2")), QVariant(QStringLiteral("BBBB-BBBB")), QVariant(QStringLiteral("k2"))})
                q.addBindValue(v);
            QVERIFY(!q.exec());
            QVERIFY(q.lastError().databaseText().contains(QLatin1String("event-full")));
            // Nor does a cancelled place come back over the limit.
            QVERIFY(q.exec(QStringLiteral("UPDATE event_joiner SET state = 'cancelled' WHERE id = 'x1'")));
            QVERIFY(s.join(oslo, request(QStringLiteral("ws"))));
            QVERIFY(!q.exec(QStringLiteral("UPDATE event_joiner SET state = 'joined' WHERE id = 'x1'")));
            // A cancelled event takes nobody.
            QVERIFY(q.exec(QStringLiteral("UPDATE studio_event SET cancelled = 1 WHERE id = 'talk'")));
            q.prepare(QStringLiteral("INSERT INTO event_joiner (id, device, event, code, idempotency_key, state, created_at, "
                                     "updated_at) VALUES ('x3', 'd', 'talk', 'CCCC-CCCC', 'k3', 'joined', '', '')"));
            QVERIFY(!q.exec());
            QVERIFY(q.lastError().databaseText().contains(QLatin1String("event-closed")));
        }
        other.reset();
        Database::close(QStringLiteral("intruder"));
        QCOMPARE(joined(QStringLiteral("ws")), 3);
    }

    void screensRacingForTheLastPlacesGetExactlyTheCapacity()
    {
        QVERIFY(feed({event(QStringLiteral("race"), QStringLiteral("2026-12-20T10:00"), QStringLiteral("2026-12-20T12:00"), 7)}));
        const Studio oslo = f.studio(QStringLiteral("oslo"));
        const Clock clock = f.clock();
        const QString path = f.path();
        std::atomic<int> got{0}, full{0}, other{0};
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([=, &got, &full, &other] {
                const QString name = QStringLiteral("screen%1").arg(t);
                {
                    auto db = Database::openConnection(path, name);
                    if (!db) {
                        ++other;
                        return;
                    }
                    EventStore s(*db, clock);
                    for (int i = 0; i < 6; ++i) {
                        EventStore::Error error;
                        EventStore::Request r{QStringLiteral("race"), BookingFixture::contact(), {}, {}};
                        if (s.join(oslo, r, &error))
                            ++got;
                        else if (error.kind == EventStore::Error::Kind::Full)
                            ++full;
                        else if (error.kind != EventStore::Error::Kind::Busy)
                            ++other;
                    }
                }
                Database::close(name);
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(other.load(), 0);
        QCOMPARE(got.load(), 7);
        QVERIFY(full.load() > 0);
        QCOMPARE(joined(QStringLiteral("race")), 7);
    }

    void closedEventsTakeNobody()
    {
        QJsonObject open = event(QStringLiteral("open"), QStringLiteral("2026-12-15T18:00"), QStringLiteral("2026-12-15T21:00"),
                                 100);
        open.insert(QStringLiteral("signup_required"), false);
        QJsonObject off = event(QStringLiteral("off"), QStringLiteral("2026-12-16T18:00"), QStringLiteral("2026-12-16T21:00"),
                                10);
        off.insert(QStringLiteral("cancelled"), true);
        QVERIFY(feed({open, off}));
        EventStore s = store();
        const Studio &oslo = f.studio(QStringLiteral("oslo"));
        EventStore::Error error;
        QVERIFY(!s.join(oslo, request(QStringLiteral("open")), &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::Closed);
        QVERIFY(!s.join(oslo, request(QStringLiteral("off")), &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::Closed);
        QVERIFY(!s.join(f.studio(QStringLiteral("milan")),
                        request(QStringLiteral("ws"), QStringLiteral("Ingrid Solberg"), QStringLiteral("+47 406 12 345")),
                        &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::NotFound);
        f.setNow(BookingFixture::utc("2026-12-12T17:30:00Z"));
        QVERIFY(!s.join(oslo, request(QStringLiteral("ws")), &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::Closed);
    }

    void checkInAtTheDoor()
    {
        EventStore s = store();
        const auto j = s.join(f.studio(QStringLiteral("oslo")), request(QStringLiteral("ws")));
        QVERIFY(j);
        EventStore::Error error;
        const auto in = s.checkIn(j->joiner.code, &error);
        QVERIFY2(in, qPrintable(error.message));
        QCOMPARE(in->state, JoinState::CheckedIn);
        QVERIFY(!s.checkIn(j->joiner.code, &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::WrongState);
        QVERIFY(!s.cancel(j->joiner.code, &error));
        QVERIFY(!s.checkIn(QStringLiteral("K7QD-9MWX"), &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::NotFound);
        // A checked-in visitor still holds the place.
        QCOMPARE(s.event(QStringLiteral("ws"))->placesLeft(), 2);
        const QList<EventJoiner> list = s.joiners(QStringLiteral("ws"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().contact->name, QStringLiteral("Ingrid Solberg"));
        QCOMPARE(list.first().state, JoinState::CheckedIn);
    }

    void eraseByCodeRemovesTheContactAndGivesThePlaceBack()
    {
        EventStore s = store();
        const auto j = s.join(f.studio(QStringLiteral("oslo")), request(QStringLiteral("ws")));
        QVERIFY(j);
        EventStore::Error error;
        QVERIFY2(s.erase(j->joiner.code, &error), qPrintable(error.message));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM event_joiner_contact")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM event_joiner_erased WHERE joiner = ?"), {j->joiner.id}), 1);
        QCOMPARE(s.findByCode(j->joiner.code)->state, JoinState::Cancelled);
        QCOMPARE(s.event(QStringLiteral("ws"))->placesLeft(), 3);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'event-join-erase'")), 1);
        QVERIFY(s.erase(j->joiner.code, &error)); // twice is fine
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'event-join-erase'")), 1);
        // A code nobody has is still told apart.
        QVERIFY(!s.erase(QStringLiteral("K7QD-9MWX"), &error));
    }

    void purgeAfterTheRetentionPeriod()
    {
        EventStore s = store();
        QVERIFY(s.join(f.studio(QStringLiteral("oslo")), request(QStringLiteral("ws"))));
        QVERIFY(s.join(f.studio(QStringLiteral("oslo")), request(QStringLiteral("talk"))));
        const QDateTime wsEnd = BookingFixture::utc("2026-12-12T19:00:00Z");
        f.setNow(wsEnd.addDays(29));
        auto report = PrivacyPurger(f.db(), f.clock()).purge();
        QVERIFY(report);
        QCOMPARE(report->removed, 0);
        f.setNow(wsEnd.addDays(30).addSecs(1));
        report = PrivacyPurger(f.db(), f.clock()).purge();
        QVERIFY(report);
        QCOMPARE(report->removed, 1); // the workshop's; the talk ended two days later
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM event_joiner_contact")), 1);
        QCOMPARE(joined(QStringLiteral("ws")), 1); // the place stays, anonymous
        // A shorter retention set by staff applies to event contacts too.
        QVERIFY(PrivacyPurger(f.db(), f.clock()).setRetentionDays(1));
        QCOMPARE(PrivacyPurger(f.db(), f.clock()).purge()->removed, 1);
    }

    void changedEventKeepsJoinersAndTellsStaff()
    {
        EventStore s = store();
        const Studio &oslo = f.studio(QStringLiteral("oslo"));
        QVERIFY(s.join(oslo, request(QStringLiteral("ws"))));
        QVERIFY(s.join(oslo, request(QStringLiteral("ws"), QStringLiteral("Kari Nordmann"))));
        QVERIFY(s.notices(QStringLiteral("oslo")).isEmpty());
        // The same feed again changes nothing, so nobody need be told anything.
        QVERIFY(feed({event(QStringLiteral("ws"), QStringLiteral("2026-12-12T18:00"), QStringLiteral("2026-12-12T20:00"), 3)}));
        QVERIFY(s.notices({}).isEmpty());
        // An hour later, and one place fewer than have joined.
        QVERIFY(feed({event(QStringLiteral("ws"), QStringLiteral("2026-12-12T19:00"), QStringLiteral("2026-12-12T21:00"), 1)}));
        QList<EventNotice> notices = s.notices(QStringLiteral("oslo"));
        QCOMPARE(notices.size(), 2);
        // One update of the row, two changes: SQLite runs their triggers in an order of its own.
        const int time = notices.at(0).change == EventNotice::Change::Time ? 0 : 1;
        QCOMPARE(notices.at(time).change, EventNotice::Change::Time);
        QCOMPARE(notices.at(time).before, QStringLiteral("2026-12-12T17:00:00Z/2026-12-12T19:00:00Z"));
        QCOMPARE(notices.at(time).after, QStringLiteral("2026-12-12T18:00:00Z/2026-12-12T20:00:00Z"));
        QCOMPARE(notices.at(time).joiners, 2);
        QCOMPARE(notices.at(1 - time).change, EventNotice::Change::Capacity);
        QCOMPARE(notices.at(1 - time).before, QStringLiteral("3"));
        QCOMPARE(notices.at(1 - time).after, QStringLiteral("1"));
        QCOMPARE(joined(QStringLiteral("ws")), 2);
        QVERIFY(s.event(QStringLiteral("ws"))->isFull());
        // The contacts now follow the new end.
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM event_joiner_contact WHERE purge_after = '2027-01-11T20:00:00Z'")),
                 2);

        // Cancelled: shown as cancelled, the joiners kept for staff to call.
        QJsonObject cancelled = event(QStringLiteral("ws"), QStringLiteral("2026-12-12T19:00"),
                                      QStringLiteral("2026-12-12T21:00"), 1);
        cancelled.insert(QStringLiteral("cancelled"), true);
        QVERIFY(feed({cancelled}));
        notices = s.notices(QStringLiteral("oslo"));
        QCOMPARE(notices.size(), 3);
        QCOMPARE(notices.first().change, EventNotice::Change::Cancelled);
        QCOMPARE(s.joiners(QStringLiteral("ws")).size(), 2);
        QVERIFY(s.event(QStringLiteral("ws"))->event.cancelled);
        QVERIFY(s.upcoming(QStringLiteral("oslo"), f.now(), 10).size() == 1); // the talk only

        // Removed from the feed altogether: the joiners are still there to be told.
        QVERIFY(s.join(oslo, request(QStringLiteral("talk"))));
        QVERIFY(feed(
            {},
            {QJsonObject{{QStringLiteral("kind"), QStringLiteral("event")}, {QStringLiteral("id"), QStringLiteral("talk")}}}));
        QVERIFY(!s.event(QStringLiteral("talk")));
        notices = s.notices({});
        QCOMPARE(notices.first().change, EventNotice::Change::Removed);
        QCOMPARE(notices.first().event, QStringLiteral("talk"));
        QCOMPARE(s.joiners(QStringLiteral("talk")).size(), 1);
        QVERIFY(s.joiners(QStringLiteral("talk")).first().contact);

        // Staff have called everyone.
        for (const EventNotice &n : s.notices({}))
            QVERIFY(s.markInformed(n.id));
        QVERIFY(s.notices({}).isEmpty());
        QCOMPARE(s.notices({}, false).size(), 4);
        EventStore::Error error;
        QVERIFY(!s.markInformed(9999, &error));
        QCOMPARE(error.kind, EventStore::Error::Kind::NotFound);
    }

    void listsByWeekKindAndLanguage()
    {
        QVERIFY(
            feed({event(QStringLiteral("launch"), QStringLiteral("2026-12-17T19:00"), QStringLiteral("2026-12-17T21:00"), 80,
                        QStringLiteral("launch"), QStringLiteral("nb")),
                  event(QStringLiteral("sunday"), QStringLiteral("2026-12-13T23:30"), QStringLiteral("2026-12-14T00:30"), 5)}));
        EventStore s = store();
        const Studio &oslo = f.studio(QStringLiteral("oslo"));
        const auto ids = [](const QList<EventListing> &list) {
            QStringList out;
            for (const EventListing &l : list)
                out << l.event.id;
            return out;
        };
        // The week of Wednesday 9 December, in Oslo's time: Sunday 23:30 local is 22:30 UTC, still in it.
        QCOMPARE(ids(s.byWeek(oslo, QDate(2026, 12, 9))), (QStringList{QStringLiteral("ws"), QStringLiteral("sunday")}));
        QCOMPARE(ids(s.byWeek(oslo, QDate(2026, 12, 14))), (QStringList{QStringLiteral("talk"), QStringLiteral("launch")}));
        EventStore::Filter filter;
        filter.kinds = {EventKind::Launch, EventKind::Talk};
        QCOMPARE(ids(s.byWeek(oslo, QDate(2026, 12, 14), filter)),
                 (QStringList{QStringLiteral("talk"), QStringLiteral("launch")}));
        filter.kinds = {EventKind::Workshop};
        QCOMPARE(ids(s.byWeek(oslo, QDate(2026, 12, 14), filter)), QStringList());
        filter = {};
        filter.languages = {QStringLiteral("nb")};
        filter.from = f.now();
        QCOMPARE(ids(s.list(filter)), (QStringList{QStringLiteral("talk"), QStringLiteral("launch")}));
        QCOMPARE(ids(s.upcoming(QStringLiteral("oslo"), f.now(), 2)),
                 (QStringList{QStringLiteral("ws"), QStringLiteral("sunday")}));
        // An event under way still shows; one that has ended does not.
        QCOMPARE(ids(s.upcoming(QStringLiteral("oslo"), BookingFixture::utc("2026-12-12T19:00:00Z"), 10)).first(),
                 QStringLiteral("sunday"));
        QCOMPARE(ids(s.upcoming(QStringLiteral("oslo"), BookingFixture::utc("2026-12-12T18:30:00Z"), 10)),
                 (QStringList{QStringLiteral("ws"), QStringLiteral("sunday"), QStringLiteral("talk"), QStringLiteral("launch")}));
        QCOMPARE(ids(s.upcoming(QStringLiteral("milan"), f.now(), 10)), QStringList());
    }

    void calendarEntry()
    {
        EventStore s = store();
        const Studio &oslo = f.studio(QStringLiteral("oslo"));
        const auto j = s.join(oslo, request(QStringLiteral("ws")));
        QVERIFY(j);
        const QByteArray ics = EventStore::calendar(s.event(QStringLiteral("ws"))->event, oslo, QStringLiteral("de"), &j->joiner,
                                                    BookingFixture::utc("2026-12-01T09:00:00Z"));
        const QString text = QString::fromUtf8(ics);
        QVERIFY(text.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
        QVERIFY(text.endsWith(QLatin1String("END:VCALENDAR\r\n")));
        QVERIFY(text.contains(QLatin1String("UID:event-ws@vitrine.solvik\r\n")));
        QVERIFY(text.contains(QLatin1String("DTSTART;TZID=Europe/Oslo:20261212T180000\r\n")));
        QVERIFY(text.contains(QLatin1String("DTEND;TZID=Europe/Oslo:20261212T200000\r\n")));
        QVERIFY(text.contains(QLatin1String("SUMMARY:Werkstatt ws\r\n")));
        QVERIFY(text.contains(QLatin1String("BEGIN:VTIMEZONE")));
        QVERIFY(text.contains(QLatin1String("STATUS:CONFIRMED")));
        QVERIFY(QString(text).remove(QLatin1String("\r\n ")).contains(j->joiner.code));
        QVERIFY(!text.contains(QLatin1String("Ingrid")));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets and the CR
        // Without a place: no code; a cancelled event says so.
        StudioEvent e = s.event(QStringLiteral("ws"))->event;
        e.cancelled = true;
        const QString plain = QString::fromUtf8(EventStore::calendar(e, oslo, QStringLiteral("fr")));
        QVERIFY(plain.contains(QLatin1String("SUMMARY:Workshop ws\r\n"))); // no French title: English
        QVERIFY(plain.contains(QLatin1String("STATUS:CANCELLED")));
        QVERIFY(!plain.contains(QLatin1String("VALARM")));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
