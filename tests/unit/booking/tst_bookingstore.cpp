// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"
#include "inventory/vehiclerows.h"

#include "booking/bookingcode.h"
#include "booking/bookingrows.h"
#include "booking/bookingstore.h"
#include "booking/privacypurger.h"
#include "inventory/vehicle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

/// BookingStore on a real database: creating takes a car and an expert and writes the booking, its
/// contact, its slot rows and its outbox row together; a slot is never given twice; a retry with
/// the same key gives the same booking; the state rules; and bookings received from other screens.
class TestBookingStore : public QObject
{
    Q_OBJECT

    BookingFixture m_fx;
    int m_serial = 0;

    // Oslo, Monday 1 June 2026: 10:00, 11:15, 12:30, … local (UTC+2), two experts, 2 × Aster 5, 1 × Aster 3.
    const QDate kDay{2026, 6, 1};

    const Studio &oslo() const { return m_fx.studio(QStringLiteral("oslo")); }
    QDateTime at(QTime local) const { return BookingFixture::local(oslo(), kDay, local); }

    static BookingStore::Request request(const QString &model, const QDateTime &start, const QString &key = {},
                                         const ContactInput &contact = BookingFixture::contact())
    {
        BookingStore::Request r;
        r.target = DriveTarget::fleet(model);
        r.start = start;
        r.contact = contact;
        r.idempotencyKey = key;
        return r;
    }

    int capacity(const BookingStore &store, const QString &model, const QDateTime &start) const
    {
        const auto day = store.daySlots(oslo(), start.toTimeZone(SlotPlanner::zoneOf(oslo())).date(), DriveTarget::fleet(model));
        for (const auto &s : day) {
            if (s.start == start)
                return s.capacity;
        }
        return -1;
    }

    qint64 count(const QString &table) const { return m_fx.scalar(QStringLiteral("SELECT count(*) FROM ") + table); }

    struct Counts {
        qint64 bookings, contacts, slotRows, outbox;
        bool operator==(const Counts &) const = default;
    };
    Counts counts() const
    {
        return {count(QStringLiteral("booking")), count(QStringLiteral("booking_contact")), count(QStringLiteral("booking_slot")),
                count(QStringLiteral("outbox"))};
    }

    QJsonObject outboxPayload(const QString &key) const { return outboxPayload(m_fx.db(), key); }
    static QJsonObject outboxPayload(QSqlDatabase db, const QString &key)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE idempotency_key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }

    /// What receive() said, or -1 when it failed.
    static int got(const std::optional<BookingStore::Received> &r) { return r ? int(*r) : -1; }

    static qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &bind = {})
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : bind)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.prepare()); }

    void init()
    {
        m_fx.setNow(BookingFixture::utc("2026-05-20T09:00:00Z"));
        QVERIFY(m_fx.open(QStringLiteral("store%1").arg(++m_serial)));
    }

    void cleanup() { m_fx.close(); }

    void createWritesEverythingTogether()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        const QDateTime start = at(QTime(11, 15));
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), start), 2);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), start), 1);

        BookingStore::Error error;
        const auto created = store.create(oslo(), request(QStringLiteral("aster-5"), start), &error);
        QVERIFY2(created, qPrintable(error.message));
        QVERIFY(!created->existing);
        const Booking &b = created->booking;
        QVERIFY(!QUuid::fromString(b.id).isNull());
        QVERIFY(BookingCode::parse(b.code).ok);
        QCOMPARE(BookingCode::parse(b.code).code, b.code);
        QVERIFY(!b.idempotencyKey.isEmpty()); // made up when the screen gave none
        QCOMPARE(b.state, BookingState::Requested);
        QCOMPARE(b.revision, 1);
        QCOMPARE(b.studio, QStringLiteral("oslo"));
        QCOMPARE(b.start, BookingFixture::utc("2026-06-01T09:15:00Z"));
        QCOMPARE(b.end, BookingFixture::utc("2026-06-01T10:15:00Z"));
        QCOMPARE(b.busyUntil, BookingFixture::utc("2026-06-01T10:30:00Z"));
        QCOMPARE(b.staff, SlotPlanner::staffResource(QStringLiteral("oslo"), 1));
        QCOMPARE(b.car, SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-5"), 1));
        QVERIFY(b.contact);
        QCOMPARE(b.contact->name, QStringLiteral("Ingrid Solberg"));
        QCOMPARE(b.contact->value, QStringLiteral("+4740612345")); // E.164
        QVERIFY(!b.contact->marketingConsent);
        QCOMPARE(b.contact->privacyConsentAt, m_fx.now());
        QCOMPARE(b.contact->purgeAfter, b.end.addDays(30));

        // Capacity drops for the model and, through the expert, for every other model.
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), start), 1);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), start), 1);
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), at(QTime(10, 0))), 2);
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), at(QTime(12, 30))), 2);

        // One booking, one contact, 2 units × 15 five-minute steps, one outbox row with no personal data.
        QCOMPARE(counts(), (Counts{1, 1, 30, 1}));
        const QJsonObject payload = outboxPayload(QStringLiteral("booking:%1:1").arg(b.id));
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("booking"));
        QCOMPARE(payload.value(QStringLiteral("code")).toString(), b.code);
        QVERIFY(!payload.contains(QStringLiteral("contact")));
        const QByteArray raw = QJsonDocument(payload).toJson();
        QVERIFY(!raw.contains("Solberg") && !raw.contains("40612345"));
        // The sync adds the contact only when it sends.
        QCOMPARE(store.outgoing(payload).value(QStringLiteral("contact")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("+4740612345"));

        // Read back, with and without the contact.
        QVERIFY(!store.find(b.id)->contact);
        QCOMPARE(store.find(b.id, true)->contact->name, QStringLiteral("Ingrid Solberg"));
        QCOMPARE(store.findByCode(b.code.toLower().remove(QLatin1Char('-')))->id, b.id);
        QCOMPARE(store.list(QStringLiteral("oslo"), at(QTime(0, 0)), at(QTime(23, 0))).size(), 1);

        // The second Aster 5 goes to the second expert and the second car; then the model is full.
        const auto second = store.create(oslo(), request(QStringLiteral("aster-5"), start), &error);
        QVERIFY2(second, qPrintable(error.message));
        QCOMPARE(second->booking.staff, SlotPlanner::staffResource(QStringLiteral("oslo"), 2));
        QCOMPARE(second->booking.car, SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-5"), 2));
        QVERIFY(second->booking.code != b.code);
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), start), 0);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), start), 0); // no expert left
    }

    void carInPartExchangeGoesWithTheContact()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Request r = request(QStringLiteral("aster-5"), at(QTime(12, 30)));
        r.tradeIn = QJsonObject{{QStringLiteral("make"), QStringLiteral("Volvo")},
                                {QStringLiteral("model"), QStringLiteral("XC60")},
                                {QStringLiteral("year"), 2021},
                                {QStringLiteral("mileage"), 40000},
                                {QStringLiteral("unit"), QStringLiteral("km")}};
        BookingStore::Error error;
        const auto created = store.create(oslo(), r, &error);
        QVERIFY2(created, qPrintable(error.message));
        QCOMPARE(created->booking.tradeIn, r.tradeIn);
        // Staff read it with the contact; without the contact it is not even read.
        QCOMPARE(store.find(created->booking.id, true)->tradeIn, r.tradeIn);
        QVERIFY(store.find(created->booking.id, false)->tradeIn.isEmpty());
        const QList<Booking> day = store.list(QStringLiteral("oslo"), at(QTime(0, 0)), at(QTime(23, 0)), true);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().tradeIn.value(QStringLiteral("model")).toString(), QStringLiteral("XC60"));
        // A booking without a car has none; the stored JSON must be an object.
        const auto plain = store.create(oslo(), request(QStringLiteral("aster-3"), at(QTime(12, 30))), &error);
        QVERIFY(plain);
        QVERIFY(store.find(plain->booking.id, true)->tradeIn.isEmpty());
        QCOMPARE(count(QStringLiteral("booking_trade_in")), 1);
        QSqlQuery q(m_fx.db());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO booking_trade_in (booking, car) VALUES ('%1', '[1]')").arg(plain->booking.id)));
        // Erased with what the visitor said of themselves.
        QVERIFY(PrivacyPurger(m_fx.db(), m_fx.clock()).erase(created->booking.code));
        QCOMPARE(count(QStringLiteral("booking_trade_in")), 0);
        QVERIFY(store.find(created->booking.id, true)->tradeIn.isEmpty());
    }

    void slotTakenAndRefusals()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        const QDateTime start = at(QTime(12, 30));
        BookingStore::Error error;
        QVERIFY(store.create(oslo(), request(QStringLiteral("aster-3"), start), &error));
        const Counts before = counts();

        // The only Aster 3 is out: the next visitor is told to pick another time, nothing is written.
        QVERIFY(!store.create(oslo(), request(QStringLiteral("aster-3"), start), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::SlotTaken);
        QVERIFY(error.message.contains(QLatin1String("taken")));
        QCOMPARE(counts(), before);

        // Not a slot start, in the past, on a closed day, a model the studio has no demo car of.
        QVERIFY(!store.create(oslo(), request(QStringLiteral("aster-5"), at(QTime(12, 35))), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
        QVERIFY(!store.create(
            oslo(), request(QStringLiteral("aster-5"), BookingFixture::local(oslo(), QDate(2026, 5, 18), QTime(10, 0))), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
        QVERIFY(!store.create(
            oslo(), request(QStringLiteral("aster-5"), BookingFixture::local(oslo(), QDate(2026, 12, 24), QTime(10, 0))),
            &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
        QVERIFY(!store.create(oslo(), request(QStringLiteral("rune-gt"), start), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
        QVERIFY(!store.create(oslo(), request(QStringLiteral("aster-5"), QDateTime()), &error)); // no time at all
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
        QVERIFY(store.daySlots(oslo(), QDate(), DriveTarget::fleet(QStringLiteral("aster-5"))).isEmpty());

        // A form with problems: every field reported, nothing written.
        ContactInput bad;
        bad.name = QStringLiteral("R2D2");
        bad.value = QStringLiteral("12");
        QVERIFY(!store.create(oslo(), request(QStringLiteral("aster-5"), start, {}, bad), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::InvalidContact);
        QCOMPARE(error.contactIssues.size(), 3); // name, phone, privacy consent
        QVERIFY(!store.create(oslo(), request(QStringLiteral("aster-5"), start, QString(201, QLatin1Char('k'))), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::Invalid);
        QCOMPARE(counts(), before);
    }

    void idempotentResend()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        const QDateTime start = at(QTime(13, 45));
        BookingStore::Error error;
        const auto first = store.create(oslo(), request(QStringLiteral("aster-5"), start, QStringLiteral("form-7f3a")), &error);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(!first->existing);
        const Counts after = counts();
        QCOMPARE(after.outbox, 1);

        // The answer was lost and the screen sends again, even minutes later: the same booking.
        m_fx.setNow(m_fx.now().addSecs(300));
        for (int i = 0; i < 3; ++i) {
            const auto again = store.create(oslo(), request(QStringLiteral("aster-5"), start, QStringLiteral("form-7f3a")),
                                            &error);
            QVERIFY2(again, qPrintable(error.message));
            QVERIFY(again->existing);
            QCOMPARE(again->booking.id, first->booking.id);
            QCOMPARE(again->booking.code, first->booking.code);
            QCOMPARE(again->booking.revision, 1);
            QVERIFY(again->booking.contact);
        }
        QCOMPARE(counts(), after);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE idempotency_key LIKE ?"),
                             {QStringLiteral("booking:%1:%").arg(first->booking.id)}),
                 1);
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), start), 1);

        // Even once the slot is full, the retry gets its booking, not "taken".
        QVERIFY(store.create(oslo(), request(QStringLiteral("aster-5"), start), &error));
        const auto late = store.create(oslo(), request(QStringLiteral("aster-5"), start, QStringLiteral("form-7f3a")), &error);
        QVERIFY(late && late->existing);
        QCOMPARE(late->booking.id, first->booking.id);
        // A new key is a new visitor.
        QVERIFY(!store.create(oslo(), request(QStringLiteral("aster-5"), start, QStringLiteral("form-8b11")), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::SlotTaken);
    }

    void constraintIsTheBackstop()
    {
        // Whatever grid another writer used, the database refuses a unit taken for any overlapping step.
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Error error;
        const auto made = store.create(oslo(), request(QStringLiteral("aster-3"), at(QTime(13, 45))), &error);
        QVERIFY(made);
        Booking clash = made->booking;
        clash.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        clash.code = QStringLiteral("K7QD-9MWX");
        clash.idempotencyKey = clash.id;
        clash.staff = SlotPlanner::staffResource(QStringLiteral("oslo"), 2);
        clash.start = made->booking.busyUntil.addSecs(-600); // its last ten minutes
        clash.end = clash.start.addSecs(3600);
        clash.busyUntil = clash.end;
        BookingRows rows(m_fx.db());
        QVERIFY(rows.begin());
        QVERIFY2(rows.insert(clash), qPrintable(rows.error()));
        QVERIFY(!rows.claim(clash));
        QVERIFY(rows.lastWasConstraint());
        QVERIFY(!rows.lastWasBusy());
        QVERIFY(!rows.error().contains(clash.id)); // SQLite names the columns, never the values
        rows.rollback();
        QCOMPARE(count(QStringLiteral("booking")), 1);
        QCOMPARE(count(QStringLiteral("booking_slot")), 30);
    }

    void stockCarBooking()
    {
        const auto vehicles = VehicleRows(m_fx.db()).vehicles();
        QVERIFY(vehicles);
        const Vehicle *car = nullptr;
        for (const Vehicle &v : *vehicles) {
            if (v.location == QLatin1String("oslo") && v.model == QLatin1String("aster-5")) {
                car = &v;
                break;
            }
        }
        QVERIFY(car);
        BookingStore store(m_fx.db(), m_fx.clock());
        const QDateTime start = at(QTime(15, 0));
        BookingStore::Request r = request(car->model, start);
        r.target = DriveTarget::stockCar(car->id, car->model, car->location);
        BookingStore::Error error;
        const auto created = store.create(oslo(), r, &error);
        QVERIFY2(created, qPrintable(error.message));
        QCOMPARE(created->booking.car, SlotPlanner::vehicleResource(car->id));
        QCOMPARE(created->booking.vehicle, car->id);
        QCOMPARE(created->booking.model, QStringLiteral("aster-5"));
        // The demo Aster 5s are both still free; only one expert is.
        QCOMPARE(capacity(store, QStringLiteral("aster-5"), start), 1);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking_slot WHERE resource LIKE 'studio/oslo/car/%'")), 0);
        // The car itself is taken.
        QVERIFY(!store.create(oslo(), r, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::SlotTaken);
        QCOMPARE(store.daySlots(oslo(), kDay, r.target).at(4).capacity, 0);
        // … and cannot be booked at another studio (a Norwegian visitor in Milan gives the +47).
        r.contact.value = QStringLiteral("+47 406 12 345");
        QVERIFY(!store.create(m_fx.studio(QStringLiteral("milan")), r, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
    }

    void stateRules()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Error error;
        const auto made = store.create(oslo(), request(QStringLiteral("aster-3"), at(QTime(10, 0))), &error);
        QVERIFY(made);
        const QString id = made->booking.id;
        using Kind = BookingStore::Error::Kind;

        // requested → confirmed, once; each change is a revision with its own outbox row.
        auto b = store.confirm(id, &error);
        QVERIFY(b);
        QCOMPARE(b->state, BookingState::Confirmed);
        QCOMPARE(b->revision, 2);
        QCOMPARE(outboxPayload(QStringLiteral("booking:%1:2").arg(id)).value(QStringLiteral("state")).toString(),
                 QStringLiteral("confirmed"));
        QVERIFY(!store.confirm(id, &error));
        QCOMPARE(error.kind, Kind::WrongState);

        // A no-show only once the drive has begun.
        QVERIFY(!store.noShow(id, &error));
        QCOMPARE(error.kind, Kind::WrongState);
        QVERIFY(error.message.contains(QLatin1String("begun")));

        // confirmed → checked in → completed; then nothing else.
        QVERIFY(!store.complete(id, &error));
        QCOMPARE(error.kind, Kind::WrongState);
        QCOMPARE(store.checkIn(id, &error)->state, BookingState::CheckedIn);
        QVERIFY(!store.checkIn(id, &error));
        QVERIFY(!store.cancel(id, &error));
        QCOMPARE(error.kind, Kind::WrongState);
        QVERIFY(!store.reschedule(oslo(), id, at(QTime(12, 30)), &error));
        QCOMPARE(error.kind, Kind::WrongState);
        b = store.complete(id, &error);
        QCOMPARE(b->state, BookingState::Completed);
        QCOMPARE(b->revision, 4);
        QVERIFY(!store.noShow(id, &error));
        // The car stays taken by a drive that happened.
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), at(QTime(10, 0))), 0);

        // No-show after the start.
        const auto late = store.create(oslo(), request(QStringLiteral("aster-3"), at(QTime(11, 15))), &error);
        QVERIFY(late);
        m_fx.setNow(at(QTime(11, 20)));
        b = store.noShow(late->booking.id, &error);
        QVERIFY2(b, qPrintable(error.message));
        QCOMPARE(b->state, BookingState::NoShow);
        QVERIFY(!store.checkIn(late->booking.id, &error));
        QCOMPARE(error.kind, Kind::WrongState);

        // Unknown ids.
        QVERIFY(!store.confirm(QStringLiteral("00000000-0000-0000-0000-000000000000"), &error));
        QCOMPARE(error.kind, Kind::NotFound);
        QCOMPARE(count(QStringLiteral("outbox")), 2 + 3 + 1);
    }

    void cancelFreesTheSlot()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Error error;
        const QDateTime start = at(QTime(16, 15));
        const auto made = store.create(oslo(), request(QStringLiteral("aster-3"), start), &error);
        QVERIFY(made);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), start), 0);
        const auto b = store.cancel(made->booking.id, &error);
        QVERIFY(b);
        QCOMPARE(b->state, BookingState::Cancelled);
        QCOMPARE(b->revision, 2);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), start), 1);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking_slot WHERE booking = ?"), {made->booking.id}), 0);
        QVERIFY(!store.cancel(made->booking.id, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::WrongState);
        QVERIFY(!store.confirm(made->booking.id, &error));
        QVERIFY(!store.reschedule(oslo(), made->booking.id, at(QTime(17, 30)), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::WrongState);
        // The freed slot goes to the next visitor.
        QVERIFY(store.create(oslo(), request(QStringLiteral("aster-3"), start), &error));
    }

    void cancelByCode()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Error error;
        const auto made = store.create(oslo(), request(QStringLiteral("aster-5"), at(QTime(17, 30))), &error);
        QVERIFY(made);
        const QString code = made->booking.code;

        // Typed loosely: lower case, spaces, no hyphen.
        QString typed = code.toLower();
        typed.remove(QLatin1Char('-'));
        typed.insert(4, QLatin1Char(' '));
        // A typing mistake is caught by the check character, not matched to someone else's booking.
        QString wrong = code;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!store.cancelByCode(wrong, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotFound);
        QVERIFY(!store.cancelByCode(QStringLiteral("K7QD"), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotFound);

        // Not once the drive has begun.
        m_fx.setNow(at(QTime(17, 31)));
        QVERIFY(!store.cancelByCode(typed, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::WrongState);
        m_fx.setNow(at(QTime(9, 0)));
        const auto b = store.cancelByCode(typed, &error);
        QVERIFY2(b, qPrintable(error.message));
        QCOMPARE(b->id, made->booking.id);
        QCOMPARE(b->state, BookingState::Cancelled);
        QVERIFY(!store.cancelByCode(code, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::WrongState);
    }

    void reschedule()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Error error;
        const QDateTime from = at(QTime(10, 0));
        const QDateTime to = at(QTime(12, 30));
        const auto made = store.create(oslo(), request(QStringLiteral("aster-3"), from), &error);
        QVERIFY(made);
        QVERIFY(store.confirm(made->booking.id, &error));
        // Someone else holds the Aster 3 at 11:15.
        QVERIFY(store.create(oslo(), request(QStringLiteral("aster-3"), at(QTime(11, 15))), &error));
        const Counts before = counts();

        // To a taken slot: refused, nothing changes.
        QVERIFY(!store.reschedule(oslo(), made->booking.id, at(QTime(11, 15)), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::SlotTaken);
        QCOMPARE(store.find(made->booking.id)->start, from);
        QCOMPARE(counts(), before);
        // To no slot at all, or at another studio.
        QVERIFY(!store.reschedule(oslo(), made->booking.id, at(QTime(12, 0)), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);
        QVERIFY(!store.reschedule(m_fx.studio(QStringLiteral("milan")), made->booking.id, to, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotBookable);

        // To a free slot: moved in one go, the old one freed, the purge date following the drive.
        const auto moved = store.reschedule(oslo(), made->booking.id, to, &error);
        QVERIFY2(moved, qPrintable(error.message));
        QCOMPARE(moved->start, to);
        QCOMPARE(moved->state, BookingState::Confirmed);
        QCOMPARE(moved->revision, 3);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), from), 1);
        QCOMPARE(capacity(store, QStringLiteral("aster-3"), to), 0);
        QCOMPARE(store.find(made->booking.id, true)->contact->purgeAfter, moved->end.addDays(30));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking_slot WHERE booking = ?"), {made->booking.id}), 30);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT min(at) FROM booking_slot WHERE booking = ?"), {made->booking.id}),
                 to.toSecsSinceEpoch());
        QCOMPARE(count(QStringLiteral("outbox")), before.outbox + 1);
        // Staying in its own slot is fine.
        QVERIFY(store.reschedule(oslo(), made->booking.id, to, &error));
        QVERIFY(!store.reschedule(oslo(), QStringLiteral("00000000-0000-0000-0000-000000000000"), to, &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::NotFound);
    }

    void receiveIsIdempotent()
    {
        // Two screens: this one (A) and another (B) with its own database.
        BookingStore a(m_fx.db(), m_fx.clock());
        QSqlDatabase otherDb = m_fx.openOther(QStringLiteral("screenB%1").arg(m_serial));
        QVERIFY(otherDb.isOpen());
        BookingStore b(otherDb, m_fx.clock());
        BookingStore::Error error;
        const auto made = a.create(oslo(), request(QStringLiteral("aster-5"), at(QTime(10, 0))), &error);
        QVERIFY(made);
        const QString id = made->booking.id;
        const QJsonObject sent = a.outgoing(outboxPayload(QStringLiteral("booking:%1:1").arg(id)));
        QVERIFY(sent.contains(QStringLiteral("contact")));

        auto r = b.receive(sent, m_fx.catalog(), &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(got(r), int(BookingStore::Received::Created));
        const auto copy = b.find(id, true);
        QVERIFY(copy);
        QCOMPARE(copy->code, made->booking.code);
        QCOMPARE(copy->contact->value, QStringLiteral("+4740612345"));
        const qint64 slotsB = scalar(otherDb, QStringLiteral("SELECT count(*) FROM booking_slot"));
        QCOMPARE(slotsB, 30);
        const qint64 outboxB = scalar(otherDb, QStringLiteral("SELECT count(*) FROM outbox"));

        // Resent (at-least-once delivery): nothing changes.
        for (int i = 0; i < 2; ++i) {
            r = b.receive(sent, m_fx.catalog(), &error);
            QVERIFY(r);
            QCOMPARE(got(r), int(BookingStore::Received::AlreadyApplied));
        }
        QCOMPARE(scalar(otherDb, QStringLiteral("SELECT count(*) FROM booking")), 1);
        QCOMPARE(scalar(otherDb, QStringLiteral("SELECT count(*) FROM booking_slot")), slotsB);
        QCOMPARE(scalar(otherDb, QStringLiteral("SELECT count(*) FROM outbox")), outboxB);
        // Its own booking coming back changes nothing here either.
        r = a.receive(sent, m_fx.catalog(), &error);
        QVERIFY(r);
        QCOMPARE(got(r), int(BookingStore::Received::AlreadyApplied));

        // A newer revision is applied once; the older one arriving late is ignored.
        QVERIFY(a.confirm(id, &error));
        const QJsonObject rev2 = a.outgoing(outboxPayload(QStringLiteral("booking:%1:2").arg(id)));
        QCOMPARE(got(b.receive(rev2, m_fx.catalog(), &error)), int(BookingStore::Received::Updated));
        QCOMPARE(got(b.receive(rev2, m_fx.catalog(), &error)), int(BookingStore::Received::AlreadyApplied));
        QCOMPARE(got(b.receive(sent, m_fx.catalog(), &error)), int(BookingStore::Received::AlreadyApplied));
        QCOMPARE(b.find(id)->state, BookingState::Confirmed);
        QCOMPARE(b.find(id)->revision, 2);

        // A cancellation frees the copy's slot too.
        QVERIFY(a.cancel(id, &error));
        QCOMPARE(got(b.receive(outboxPayload(QStringLiteral("booking:%1:3").arg(id)), m_fx.catalog(), &error)),
                 int(BookingStore::Received::Updated));
        QCOMPARE(scalar(otherDb, QStringLiteral("SELECT count(*) FROM booking_slot")), 0);

        // What does not read is refused with a reason.
        QJsonObject broken = sent;
        broken.insert(QStringLiteral("start"), QStringLiteral("soon"));
        QVERIFY(!b.receive(broken, m_fx.catalog(), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::Invalid);
        broken = sent;
        broken.insert(QStringLiteral("car"), QStringLiteral("studio/milan/car/aster-5/1"));
        QVERIFY(!b.receive(broken, m_fx.catalog(), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::Invalid);
        QVERIFY(!b.receive(QJsonObject{{QStringLiteral("kind"), QStringLiteral("teleport")}}, m_fx.catalog(), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::Invalid);

        // A contact that would not pass the form is not stored; the booking (and its slot) is.
        const auto other = a.create(oslo(), request(QStringLiteral("aster-5"), at(QTime(12, 30))), &error);
        QVERIFY(other);
        QJsonObject tampered = a.outgoing(outboxPayload(QStringLiteral("booking:%1:1").arg(other->booking.id)));
        QJsonObject contact = tampered.value(QStringLiteral("contact")).toObject();
        contact.insert(QStringLiteral("name"), QStringLiteral("Ingrid\u001b[2J") + QString(500, QLatin1Char('x')));
        tampered.insert(QStringLiteral("contact"), contact);
        QCOMPARE(got(b.receive(tampered, m_fx.catalog(), &error)), int(BookingStore::Received::Created));
        QVERIFY(b.find(other->booking.id));
        QVERIFY(!b.find(other->booking.id, true)->contact);
    }

    void receiveResolvesADoubleBooking()
    {
        // Two screens apart from each other both give away the only Aster 3 at 10:00.
        BookingStore a(m_fx.db(), m_fx.clock());
        QSqlDatabase otherDb = m_fx.openOther(QStringLiteral("screenC%1").arg(m_serial));
        BookingStore b(otherDb, m_fx.clock());
        BookingStore::Error error;
        const QDateTime start = at(QTime(10, 0));
        const auto first = a.create(oslo(), request(QStringLiteral("aster-3"), start), &error);
        QVERIFY(first);
        m_fx.setNow(m_fx.now().addSecs(5));
        const auto second = b.create(oslo(), request(QStringLiteral("aster-3"), start), &error);
        QVERIFY(second);

        // They meet again: the booking made first keeps the car on both screens.
        const QJsonObject fromA = a.outgoing(outboxPayload(QStringLiteral("booking:%1:1").arg(first->booking.id)));
        const QJsonObject fromB = b.outgoing(outboxPayload(otherDb, QStringLiteral("booking:%1:1").arg(second->booking.id)));
        QCOMPARE(got(b.receive(fromA, m_fx.catalog(), &error)), int(BookingStore::Received::Created));
        QCOMPARE(got(a.receive(fromB, m_fx.catalog(), &error)), int(BookingStore::Received::Lost));
        for (BookingStore *store : {&a, &b}) {
            QCOMPARE(store->find(first->booking.id)->state, BookingState::Requested);
            QCOMPARE(store->find(second->booking.id)->state, BookingState::Cancelled);
        }
        // B tells everyone its own booking was cancelled (revision 2); A applies it once.
        const QJsonObject cancelled = outboxPayload(otherDb, QStringLiteral("booking:%1:2").arg(second->booking.id));
        QCOMPARE(cancelled.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(got(a.receive(cancelled, m_fx.catalog(), &error)), int(BookingStore::Received::Updated));
        QCOMPARE(got(a.receive(cancelled, m_fx.catalog(), &error)), int(BookingStore::Received::AlreadyApplied));
        // Each database holds the car for exactly one booking.
        for (QSqlDatabase db : {m_fx.db(), otherDb}) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT booking) FROM booking_slot WHERE resource = ?"),
                            {SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-3"), 1)}),
                     1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking WHERE state != 'cancelled'")), 1);
        }
    }

    void receiveAnErasure()
    {
        BookingStore a(m_fx.db(), m_fx.clock());
        QSqlDatabase otherDb = m_fx.openOther(QStringLiteral("screenD%1").arg(m_serial));
        BookingStore b(otherDb, m_fx.clock());
        BookingStore::Error error;
        const auto made = a.create(oslo(), request(QStringLiteral("aster-5"), at(QTime(15, 0))), &error);
        QVERIFY(made);
        const QJsonObject sent = a.outgoing(outboxPayload(QStringLiteral("booking:%1:1").arg(made->booking.id)));
        QCOMPARE(got(b.receive(sent, m_fx.catalog(), &error)), int(BookingStore::Received::Created));
        QVERIFY(b.find(made->booking.id, true)->contact);

        const QJsonObject erase{{QStringLiteral("kind"), QStringLiteral("booking-erase")},
                                {QStringLiteral("id"), made->booking.id},
                                {QStringLiteral("code"), made->booking.code}};
        QCOMPARE(got(b.receive(erase, m_fx.catalog(), &error)), int(BookingStore::Received::Erased));
        QCOMPARE(got(b.receive(erase, m_fx.catalog(), &error)), int(BookingStore::Received::Erased));
        QVERIFY(!b.find(made->booking.id, true)->contact);
        QCOMPARE(scalar(otherDb, QStringLiteral("SELECT count(*) FROM booking_contact")), 0);
        QCOMPARE(scalar(otherDb, QStringLiteral("SELECT count(*) FROM booking_erased")), 1);

        // A third screen hears of the erasure before the booking: the copy arriving later, contact
        // and all, does not bring the person back.
        QSqlDatabase thirdDb = m_fx.openOther(QStringLiteral("screenE%1").arg(m_serial));
        BookingStore c(thirdDb, m_fx.clock());
        QCOMPARE(got(c.receive(erase, m_fx.catalog(), &error)), int(BookingStore::Received::Erased));
        QCOMPARE(got(c.receive(sent, m_fx.catalog(), &error)), int(BookingStore::Received::Created));
        QVERIFY(c.find(made->booking.id));
        QVERIFY(!c.find(made->booking.id, true)->contact);
        QCOMPARE(scalar(thirdDb, QStringLiteral("SELECT count(*) FROM booking_contact")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBookingStore)
#include "tst_bookingstore.moc"
