// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingstore.h"

#include "booking/bookingcode.h"
#include "booking/bookingreceiver.h"
#include "booking/bookingrows.h"
#include "booking/privacypurger.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BookingStore", text);
}

using Kind = BookingStore::Error::Kind;

bool setError(BookingStore::Error *error, Kind kind, const QString &message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
        error->contactIssues.clear();
    }
    return false;
}

QString slotTakenMessage()
{
    return tr("This time was just taken by someone else. Please pick another time.");
}

// A database failure, told apart from a lock another screen held for too long.
bool storageError(BookingStore::Error *error, const BookingRows &rows)
{
    if (rows.lastWasBusy())
        return setError(error, Kind::Busy, tr("Another screen is saving a booking right now. Please try again in a moment."));
    return setError(error, Kind::Storage, tr("The booking could not be saved: %1").arg(rows.error()));
}

} // namespace

BookingStore::BookingStore(QSqlDatabase db, Clock clock, SlotPlanner::Options options)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_planner(m_clock, options)
{
    // Contacts this connection removes (on an erasure received) leave zeros, not text.
    if (!Database::isServer(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = ON"));
}

QList<SlotPlanner::Slot> BookingStore::daySlots(const Studio &studio, QDate date, const DriveTarget &target, QString *why) const
{
    BookingRows rows(m_db);
    const auto [from, to] = SlotPlanner::window(studio, date);
    const auto busy = rows.occupancy(studio.id, target.isVehicle() ? SlotPlanner::vehicleResource(target.vehicle) : QString(),
                                     from, to);
    if (!busy) {
        if (why)
            *why = tr("The bookings could not be read: %1").arg(rows.error());
        return {};
    }
    return m_planner.day(studio, date, target, *busy, why);
}

std::optional<BookingStore::Created> BookingStore::create(const Studio &studio, const Request &request, Error *error)
{
    const ContactValidator::Result contact = ContactValidator(studio.address.country, request.countryName)
                                                 .validate(request.contact);
    if (!contact.ok()) {
        setError(error, Kind::InvalidContact, tr("Please check the highlighted fields."));
        if (error)
            error->contactIssues = contact.issues;
        return std::nullopt;
    }
    const QString key = request.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                         : request.idempotencyKey;
    if (key.size() > 200) {
        setError(error, Kind::Invalid, tr("The idempotency key is longer than 200 characters."));
        return std::nullopt;
    }
    const bool ownId = !request.id.isEmpty();
    if (ownId && QUuid::fromString(request.id).isNull()) {
        setError(error, Kind::Invalid, tr("A booking's id is a UUID."));
        return std::nullopt;
    }
    if (!request.code.isEmpty()) {
        const BookingCode::Parsed code = BookingCode::parse(request.code);
        if (!code.ok || code.code != request.code) {
            setError(error, Kind::Invalid, tr("A booking's code is given in its canonical form (\"K7QD-9MWX\")."));
            return std::nullopt;
        }
    }
    const QDateTime now = m_clock().toUTC();
    BookingRows rows(m_db);
    if (!rows.begin()) {
        storageError(error, rows);
        return std::nullopt;
    }
    const auto failed = [&](Kind kind, const QString &message) -> std::optional<Created> {
        rows.rollback();
        if (kind == Kind::Storage)
            storageError(error, rows);
        else
            setError(error, kind, message);
        return std::nullopt;
    };

    // A retry of a booking that went through (the answer was lost, the screen crashed after the
    // commit) finds it by its key.
    const auto existing = rows.find(BookingRows::Key::IdempotencyKey, key, true);
    if (!existing)
        return failed(Kind::Storage, {});
    if (!existing->id.isEmpty()) {
        // The same request again gets its booking; a different request under the same key is
        // refused rather than answered with somebody else's booking.
        const bool sameContact = !existing->contact
            || (existing->contact->name == contact.contact->name && existing->contact->channel == contact.contact->channel
                && existing->contact->value == contact.contact->value);
        if (existing->studio != studio.id || existing->model != request.target.model
            || existing->vehicle != request.target.vehicle || existing->start != request.start.toUTC() || !sameContact)
            return failed(Kind::KeyReused,
                          tr("This request key was already used for a different booking; "
                             "send the new booking with a new key."));
        rows.rollback();
        qCInfo(lcBooking) << "booking" << existing->id << existing->code << "already made with this key";
        return Created{*existing, true};
    }
    // An id or a code the screen chose that another booking has: never two bookings under one.
    for (const auto &[key, value] :
         {std::pair{BookingRows::Key::Id, request.id}, std::pair{BookingRows::Key::Code, request.code}}) {
        if (value.isEmpty())
            continue;
        const auto holder = rows.find(key, value, false);
        if (!holder)
            return failed(Kind::Storage, {});
        if (!holder->id.isEmpty())
            return failed(Kind::KeyReused, tr("This booking's id or code is another booking's; send it with new ones."));
    }

    // Read what is booked inside the write transaction: no other process can book before COMMIT.
    const QDate localDate = request.start.toTimeZone(SlotPlanner::zoneOf(studio)).date();
    const auto [from, to] = SlotPlanner::window(studio, localDate);
    const QString vehicleResource = request.target.isVehicle() ? SlotPlanner::vehicleResource(request.target.vehicle) : QString();
    const auto busy = rows.occupancy(studio.id, vehicleResource, from, to);
    if (!busy)
        return failed(Kind::Storage, {});
    QString why;
    const auto slot = m_planner.slotAt(studio, request.start.toUTC(), request.target, *busy, &why);
    if (!slot)
        return failed(Kind::NotBookable, why);
    if (!slot->isFree())
        return failed(Kind::SlotTaken, slotTakenMessage());

    const auto device = rows.deviceId();
    if (!device)
        return failed(Kind::Storage, {});
    Booking b;
    b.id = ownId ? request.id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    b.device = *device;
    b.code = request.code;
    for (int attempt = 0; attempt < 10 && b.code.isEmpty(); ++attempt) {
        const QString code = BookingCode::generate();
        const auto clash = rows.find(BookingRows::Key::Code, code, false);
        if (!clash)
            return failed(Kind::Storage, {});
        if (clash->id.isEmpty())
            b.code = code;
    }
    if (b.code.isEmpty())
        return failed(Kind::Storage, {});
    b.idempotencyKey = key;
    b.studio = studio.id;
    b.model = request.target.model;
    b.vehicle = request.target.vehicle;
    b.start = slot->start;
    b.end = slot->end;
    b.busyUntil = slot->busyUntil;
    b.staff = slot->freeStaff.first(); // the lowest free unit: every process would choose the same
    b.car = slot->freeCars.first();
    b.created = now;
    b.updated = now;
    VisitorContact c = *contact.contact;
    c.privacyConsentAt = now;
    c.purgeAfter = b.end.addDays(PrivacyPurger::retentionDays(m_db));
    b.contact = c;

    QJsonObject payload = b.toJson(false);
    payload.insert(QStringLiteral("kind"), QStringLiteral("booking"));
    if (!rows.insert(b) || !rows.insertContact(b.id, c)
        || (!request.tradeIn.isEmpty() && !rows.insertTradeIn(b.id, request.tradeIn)))
        return failed(Kind::Storage, {});
    b.tradeIn = request.tradeIn;
    if (!rows.claim(b))
        return rows.lastWasConstraint() ? failed(Kind::SlotTaken, slotTakenMessage()) : failed(Kind::Storage, {});
    if (!rows.enqueue(BookingRows::outboxKey(b), QStringLiteral("booking"), BookingRows::outboxRecord(b.id), payload, now)
        || (m_alongside && !m_alongside(m_db, b)) || !rows.commit())
        return failed(Kind::Storage, {});
    qCInfo(lcBooking) << "booking" << b.id << b.code << "made for" << b.studio << Booking::timestamp(b.start) << b.car;
    return Created{b, false};
}

std::optional<Booking> BookingStore::change(const QString &id, Error *error, const std::function<bool(Booking &, Error *)> &apply)
{
    BookingRows rows(m_db);
    if (!rows.begin()) {
        storageError(error, rows);
        return std::nullopt;
    }
    auto b = rows.find(BookingRows::Key::Id, id, false);
    if (!b) {
        rows.rollback();
        storageError(error, rows);
        return std::nullopt;
    }
    if (b->id.isEmpty()) {
        rows.rollback();
        setError(error, Kind::NotFound, tr("This booking no longer exists."));
        return std::nullopt;
    }
    const BookingState before = b->state;
    if (!apply(*b, error)) {
        rows.rollback();
        return std::nullopt;
    }
    if (!rows.saveChange(*b, m_clock().toUTC()) || (m_alongside && !m_alongside(m_db, *b)) || !rows.commit()) {
        rows.rollback();
        storageError(error, rows);
        return std::nullopt;
    }
    qCInfo(lcBooking) << "booking" << b->id << b->code << Booking::stateName(before) << "->" << Booking::stateName(b->state)
                      << "revision" << b->revision;
    return b;
}

namespace {

std::function<bool(Booking &, BookingStore::Error *)> transition(std::initializer_list<BookingState> from, BookingState to,
                                                                 const char *refusal)
{
    const QList<BookingState> allowed(from);
    return [allowed, to, refusal](Booking &b, BookingStore::Error *error) {
        if (!allowed.contains(b.state))
            return setError(error, Kind::WrongState,
                            QCoreApplication::translate("BookingStore", refusal).arg(Booking::stateName(b.state)));
        b.state = to;
        return true;
    };
}

} // namespace

std::optional<Booking> BookingStore::confirm(const QString &id, Error *error)
{
    return change(id, error,
                  transition({BookingState::Requested}, BookingState::Confirmed,
                             QT_TRANSLATE_NOOP("BookingStore", "Only a requested drive can be confirmed; this one is %1.")));
}

std::optional<Booking> BookingStore::checkIn(const QString &id, Error *error)
{
    return change(id, error,
                  transition({BookingState::Requested, BookingState::Confirmed}, BookingState::CheckedIn,
                             QT_TRANSLATE_NOOP("BookingStore", "This drive cannot be checked in: it is %1.")));
}

std::optional<Booking> BookingStore::complete(const QString &id, Error *error)
{
    return change(id, error,
                  transition({BookingState::CheckedIn}, BookingState::Completed,
                             QT_TRANSLATE_NOOP("BookingStore", "Only a checked-in drive can be completed; this one is %1.")));
}

std::optional<Booking> BookingStore::noShow(const QString &id, Error *error)
{
    const QDateTime now = m_clock().toUTC();
    const auto mark = transition({BookingState::Requested, BookingState::Confirmed}, BookingState::NoShow,
                                 QT_TRANSLATE_NOOP("BookingStore", "This drive cannot be marked as a no-show: it is %1."));
    return change(id, error, [now, mark](Booking &b, Error *e) {
        if (b.start > now)
            return setError(e, Kind::WrongState, tr("A visitor can only be marked as not showing up once the drive has begun."));
        return mark(b, e);
    });
}

std::optional<Booking> BookingStore::cancel(const QString &id, Error *error)
{
    return change(id, error,
                  transition({BookingState::Requested, BookingState::Confirmed}, BookingState::Cancelled,
                             QT_TRANSLATE_NOOP("BookingStore", "This drive cannot be cancelled any more: it is %1.")));
}

std::optional<Booking> BookingStore::cancelByCode(const QString &code, Error *error)
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok) {
        setError(error, Kind::NotFound, parsed.problem);
        return std::nullopt;
    }
    const auto booking = findByCode(parsed.code);
    if (!booking) {
        setError(error, Kind::NotFound, tr("No booking has the code %1. Please check it.").arg(parsed.code));
        return std::nullopt;
    }
    const QDateTime now = m_clock().toUTC();
    const auto cancelIt = transition({BookingState::Requested, BookingState::Confirmed}, BookingState::Cancelled,
                                     QT_TRANSLATE_NOOP("BookingStore", "This drive cannot be cancelled any more: it is %1."));
    return change(booking->id, error, [now, cancelIt](Booking &b, Error *e) {
        if (b.start <= now)
            return setError(e, Kind::WrongState, tr("This drive has already begun. Please talk to the studio team."));
        return cancelIt(b, e);
    });
}

const QStringList &BookingStore::staffActions()
{
    static const QStringList list{QStringLiteral("confirm"), QStringLiteral("check-in"), QStringLiteral("no-show"),
                                  QStringLiteral("complete"), QStringLiteral("cancel")};
    return list;
}

std::optional<Booking> BookingStore::act(const QString &id, const QString &action, Error *error)
{
    if (action == QLatin1String("confirm"))
        return confirm(id, error);
    if (action == QLatin1String("check-in"))
        return checkIn(id, error);
    if (action == QLatin1String("no-show"))
        return noShow(id, error);
    if (action == QLatin1String("complete"))
        return complete(id, error);
    if (action == QLatin1String("cancel"))
        return cancel(id, error);
    setError(error, Kind::Invalid, QStringLiteral("\"%1\" is not something staff do with a drive").arg(action));
    return std::nullopt;
}

std::optional<Booking> BookingStore::reschedule(const Studio &studio, const QString &id, const QDateTime &start, Error *error)
{
    BookingRows rows(m_db);
    const auto failed = [&](Kind kind, const QString &message) -> std::optional<Booking> {
        rows.rollback();
        if (kind == Kind::Storage)
            storageError(error, rows);
        else
            setError(error, kind, message);
        return std::nullopt;
    };
    if (!rows.begin())
        return failed(Kind::Storage, {});
    auto b = rows.find(BookingRows::Key::Id, id, false);
    if (!b)
        return failed(Kind::Storage, {});
    if (b->id.isEmpty())
        return failed(Kind::NotFound, tr("This booking no longer exists."));
    if (!b->isUpcoming())
        return failed(Kind::WrongState,
                      tr("Only a requested or confirmed drive can be moved; this one is %1.").arg(Booking::stateName(b->state)));
    if (b->studio != studio.id)
        return failed(Kind::NotBookable, tr("A drive is moved within its studio. Cancel it and book at the other studio."));
    const DriveTarget target = b->target();
    const QDate localDate = start.toTimeZone(SlotPlanner::zoneOf(studio)).date();
    const auto [from, to] = SlotPlanner::window(studio, localDate);
    // Its own current slot does not count against it: moving by a few minutes within its own time
    // is allowed when the car and expert stay free.
    const auto busy = rows.occupancy(studio.id, b->vehicle.isEmpty() ? QString() : SlotPlanner::vehicleResource(b->vehicle), from,
                                     to, b->id);
    if (!busy)
        return failed(Kind::Storage, {});
    QString why;
    const auto slot = m_planner.slotAt(studio, start.toUTC(), target, *busy, &why);
    if (!slot)
        return failed(Kind::NotBookable, why);
    if (!slot->isFree())
        return failed(Kind::SlotTaken, slotTakenMessage());
    const QDateTime now = m_clock().toUTC();
    const QDateTime was = b->start;
    b->start = slot->start;
    b->end = slot->end;
    b->busyUntil = slot->busyUntil;
    b->staff = slot->freeStaff.first();
    b->car = slot->freeCars.first();
    if (!rows.release(b->id))
        return failed(Kind::Storage, {});
    if (!rows.claim(*b))
        return rows.lastWasConstraint() ? failed(Kind::SlotTaken, slotTakenMessage()) : failed(Kind::Storage, {});
    if (!rows.setPurgeAfter(b->id, b->end.addDays(PrivacyPurger::retentionDays(m_db))) || !rows.saveChange(*b, now)
        || !rows.commit())
        return failed(Kind::Storage, {});
    qCInfo(lcBooking) << "booking" << b->id << b->code << "moved from" << Booking::timestamp(was) << "to"
                      << Booking::timestamp(b->start);
    return b;
}

std::optional<Booking> BookingStore::find(const QString &id, bool withContact) const
{
    BookingRows rows(m_db);
    const auto b = rows.find(BookingRows::Key::Id, id, withContact);
    return b && !b->id.isEmpty() ? b : std::nullopt;
}

std::optional<Booking> BookingStore::findByCode(const QString &code, bool withContact) const
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok)
        return std::nullopt;
    BookingRows rows(m_db);
    const auto b = rows.find(BookingRows::Key::Code, parsed.code, withContact);
    return b && !b->id.isEmpty() ? b : std::nullopt;
}

QList<Booking> BookingStore::list(const QString &studio, const QDateTime &from, const QDateTime &to, bool withContact) const
{
    BookingRows rows(m_db);
    return rows.list(studio, from, to, withContact).value_or(QList<Booking>());
}

std::optional<BookingStore::Received> BookingStore::receive(const QJsonObject &payload, const Catalog &catalog, Error *error)
{
    return BookingReceiver(m_db, m_clock).receive(payload, catalog, error);
}

std::optional<BookingStore::Received> BookingStore::judge(const QJsonObject &payload, const Catalog &catalog, Error *error)
{
    return BookingReceiver(m_db, m_clock, BookingReceiver::Rule::HeldStays).receive(payload, catalog, error);
}

bool BookingStore::follow(const Booking &atHub, const Catalog &catalog, Error *error)
{
    const auto here = find(atHub.id);
    if (!here || here->revision >= atHub.revision)
        return false;
    QJsonObject payload = atHub.toJson(false); // the contact kept here stays as it is
    payload.insert(QStringLiteral("kind"), QStringLiteral("booking"));
    const auto received = receive(payload, catalog, error);
    return received && *received == Received::Updated;
}

QJsonObject BookingStore::outgoing(const QJsonObject &stored) const
{
    if (stored.value(QStringLiteral("kind")).toString() != QLatin1String("booking"))
        return stored;
    const auto b = find(stored.value(QStringLiteral("id")).toString(), true);
    if (!b || !b->contact)
        return stored;
    QJsonObject out = stored;
    out.insert(QStringLiteral("contact"), b->toJson(true).value(QStringLiteral("contact")));
    return out;
}
