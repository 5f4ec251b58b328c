// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingreceiver.h"

#include "booking/bookingrows.h"
#include "booking/privacypurger.h"
#include "catalog/catalog.h"

#include <QCoreApplication>

namespace {

using Kind = BookingStore::Error::Kind;
using Received = BookingStore::Received;

QString tr(const char *text)
{
    return QCoreApplication::translate("BookingReceiver", text);
}

bool setError(BookingStore::Error *error, Kind kind, const QString &message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
    }
    return false;
}

// Which of two copies of a booking wins: the higher revision, then the later change; a tie on
// both is the same change arriving twice.
bool isNewer(const Booking &a, const Booking &b)
{
    if (a.revision != b.revision)
        return a.revision > b.revision;
    if (a.updated != b.updated)
        return a.updated > b.updated;
    return Booking::stateName(a.state) > Booking::stateName(b.state);
}

// The booking made first keeps a contested slot; the id breaks a tie so every screen agrees.
bool madeEarlier(const Booking &a, const Booking &b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

} // namespace

BookingReceiver::BookingReceiver(QSqlDatabase db, Clock clock, Rule rule)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_rule(rule)
{
}

BookingReceiver::Placement BookingReceiver::place(BookingRows &rows, const Studio &studio, Booking &in)
{
    const DriveTarget target = in.target();
    QStringList pool = SlotPlanner::staffPool(studio) + SlotPlanner::carPool(studio, target);
    pool << in.staff << in.car;
    pool.removeDuplicates();
    // Each round either places the booking or cancels one later booking in its way: it ends.
    for (int round = 0; round < 100; ++round) {
        if (rows.claim(in))
            return Placement::Placed;
        if (!rows.lastWasConstraint() || !rows.release(in.id))
            return Placement::Failed;
        // The sender's car or expert is taken here; another of the same kind may be free.
        const auto busy = rows.occupancy(studio.id, in.vehicle.isEmpty() ? QString() : SlotPlanner::vehicleResource(in.vehicle),
                                         in.start.addDays(-1), in.busyUntil.addDays(1), in.id);
        if (!busy)
            return Placement::Failed;
        const SlotPlanner::FreeUnits free = SlotPlanner::freeUnits(studio, target, in.start, in.busyUntil, *busy);
        if (!free.staff.isEmpty() && !free.cars.isEmpty()) {
            if (!free.staff.contains(in.staff))
                in.staff = free.staff.first();
            if (!free.cars.contains(in.car))
                in.car = free.cars.first();
            if (!rows.update(in))
                return Placement::Failed;
            continue;
        }
        // No room. At the hub, what it holds stays: the booking arriving now has lost.
        if (m_rule == Rule::HeldStays)
            return Placement::Lost;
        // Between screens: of the bookings in the way, the one made last gives way if it was made after this.
        const auto holders = rows.holders(pool, in.start, in.busyUntil);
        if (!holders)
            return Placement::Failed;
        std::optional<Booking> yielding;
        for (const QString &id : *holders) {
            const auto h = rows.find(BookingRows::Key::Id, id, false);
            if (!h)
                return Placement::Failed;
            if (!h->id.isEmpty() && madeEarlier(in, *h) && (!yielding || madeEarlier(*yielding, *h)))
                yielding = h;
        }
        if (!yielding) {
            in.state = BookingState::Cancelled;
            return rows.update(in) ? Placement::Lost : Placement::Failed;
        }
        yielding->state = BookingState::Cancelled;
        if (!rows.saveChange(*yielding, m_clock().toUTC()))
            return Placement::Failed;
        qCWarning(lcBooking) << "booking" << yielding->id << yielding->code << "cancelled: booking" << in.id << in.code
                             << "made earlier on another screen has its slot";
    }
    return Placement::Failed;
}

std::optional<BookingStore::Received> BookingReceiver::receive(const QJsonObject &payload, const Catalog &catalog,
                                                               BookingStore::Error *error)
{
    const QString kind = payload.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("booking-erase")) {
        QString problem;
        if (!PrivacyPurger(m_db, m_clock).eraseReceived(payload.value(QStringLiteral("id")).toString(), &problem)) {
            setError(error, Kind::Storage, problem);
            return std::nullopt;
        }
        return Received::Erased;
    }
    if (kind != QLatin1String("booking")) {
        setError(error, Kind::Invalid, tr("\"%1\" is not something a booking store receives.").arg(kind));
        return std::nullopt;
    }
    QString problem;
    auto in = Booking::fromJson(payload, &problem);
    if (!in) {
        setError(error, Kind::Invalid, problem);
        return std::nullopt;
    }
    const Studio *studio = catalog.studio(in->studio);
    if (!studio) {
        setError(
            error, Kind::NotFound,
            tr("Studio \"%1\" is not in the catalog yet; the booking is applied after the next catalog update.").arg(in->studio));
        return std::nullopt;
    }
    const QString staffPrefix = SlotPlanner::staffResource(studio->id, 0).chopped(1);
    const QString carPrefix = SlotPlanner::carResource(studio->id, in->model, 0).chopped(1);
    if (!in->staff.startsWith(staffPrefix)
        || (in->vehicle.isEmpty() ? !in->car.startsWith(carPrefix) : in->car != SlotPlanner::vehicleResource(in->vehicle))) {
        setError(error, Kind::Invalid, tr("The booking's expert or car does not belong to its studio."));
        return std::nullopt;
    }
    const QDateTime now = m_clock().toUTC();
    if (in->contact && in->contact->purgeAfter <= now)
        in->contact.reset(); // already due for the purge: never stored
    if (in->contact) {
        // Checked again here, as everything from outside is: the booking is kept either way (its
        // slot matters to every screen), a contact that does not validate is not.
        const ContactValidator validator(studio->address.country);
        const auto name = validator.name(in->contact->name, nullptr);
        const auto value = in->contact->channel == ContactChannel::Phone ? validator.phone(in->contact->value, nullptr)
                                                                         : validator.email(in->contact->value, nullptr);
        if (name && value) {
            in->contact->name = *name;
            in->contact->value = *value;
        } else {
            qCWarning(lcBooking) << "received booking" << in->id << in->code
                                 << "carries contact details that do not validate: kept without them";
            in->contact.reset();
        }
    }

    BookingRows rows(m_db);
    const auto failed = [&]() -> std::optional<Received> {
        rows.rollback();
        if (rows.lastWasBusy())
            setError(error, Kind::Busy, tr("Another screen is saving a booking right now; try again."));
        else
            setError(error, Kind::Storage, rows.error());
        return std::nullopt;
    };
    if (!rows.begin())
        return failed();
    const auto local = rows.find(BookingRows::Key::Id, in->id, false);
    if (!local)
        return failed();
    Received result = Received::Created;
    if (!local->id.isEmpty()) {
        // The same booking made twice under its key, never changed since: a screen kept the
        // request whose answer from the hub was lost. The copy held here stays as it is.
        const bool madeTwice = in->revision == 1 && local->revision == 1 && in->idempotencyKey == local->idempotencyKey;
        if (madeTwice || !isNewer(*in, *local)) {
            rows.rollback();
            return Received::AlreadyApplied;
        }
        // What a booking is never changes; only its time, units and state travel.
        in->code = local->code;
        in->idempotencyKey = local->idempotencyKey;
        in->created = local->created;
        if (!rows.release(in->id) || !rows.update(*in))
            return failed();
        result = Received::Updated;
    } else {
        const auto sameKey = rows.find(BookingRows::Key::IdempotencyKey, in->idempotencyKey, false);
        const auto sameCode = rows.find(BookingRows::Key::Code, in->code, false);
        if (!sameKey || !sameCode)
            return failed();
        if (!sameKey->id.isEmpty()) {
            rows.rollback();
            qCInfo(lcBooking) << "booking" << in->id << "is booking" << sameKey->id << "sent again";
            return Received::AlreadyApplied;
        }
        if (!sameCode->id.isEmpty()) {
            rows.rollback();
            setError(error, Kind::Invalid, tr("Two different bookings have the code %1.").arg(in->code));
            return std::nullopt;
        }
        const auto erased = rows.wasErased(in->id);
        if (!erased || !rows.insert(*in))
            return failed();
        if (in->contact && !*erased && !rows.insertContact(in->id, *in->contact))
            return failed();
    }
    if (in->holdsSlot()) {
        const Placement placement = place(rows, *studio, *in);
        if (placement == Placement::Failed)
            return failed();
        if (placement == Placement::Lost && m_rule == Rule::HeldStays) {
            rows.rollback();
            qCInfo(lcBooking) << "received booking" << in->id << in->code << "refused: its slot is taken at the hub";
            setError(error, Kind::SlotTaken, QStringLiteral("slot taken at the hub")); // for staff, from the hub
            return std::nullopt;
        }
        if (placement == Placement::Lost) {
            result = Received::Lost;
            qCWarning(lcBooking) << "received booking" << in->id << in->code
                                 << "kept as cancelled: an earlier booking has its slot";
        }
    }
    if (!rows.commit())
        return failed();
    qCInfo(lcBooking) << "received booking" << in->id << in->code << "revision" << in->revision << Booking::stateName(in->state);
    return result;
}
