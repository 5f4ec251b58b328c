// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "booking/bookingcode.h"
#include "booking/icswriter.h"
#include "booking/privacypurger.h"
#include "booking/slotplanner.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventStore", text);
}

using Kind = EventStore::Error::Kind;

bool setError(EventStore::Error *error, Kind kind, const QString &message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
        error->contactIssues.clear();
    }
    return false;
}

bool storageError(EventStore::Error *error, const EventRows &rows)
{
    if (rows.lastWasBusy())
        return setError(error, Kind::Busy, tr("Another screen is saving right now. Please try again in a moment."));
    return setError(error, Kind::Storage, tr("The place could not be saved: %1").arg(rows.error()));
}

QString fullMessage()
{
    return tr("This event is full.");
}

} // namespace

EventStore::EventStore(QSqlDatabase db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
    // Contacts this connection removes leave zeros, not text.
    if (!Database::isServer(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = ON"));
}

QList<EventListing> EventStore::upcoming(const QString &studio, const QDateTime &from, int limit) const
{
    Filter f;
    f.studio = studio;
    f.from = from;
    f.withCancelled = false;
    f.limit = limit;
    return list(f);
}

QList<EventListing> EventStore::list(const Filter &filter) const
{
    EventRows rows(m_db);
    return rows.listings(filter).value_or(QList<EventListing>());
}

QList<EventListing> EventStore::byWeek(const Studio &studio, QDate day, const Filter &filter) const
{
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const auto midnight = [&zone](QDate d) {
        const QList<QDateTime> at = SlotPlanner::instantsOf(d, QTime(0, 0), zone);
        // A zone that skips midnight (some do, on their change day) starts the day an hour later.
        return at.isEmpty() ? SlotPlanner::instantsOf(d, QTime(1, 0), zone).value(0) : at.first();
    };
    Filter f = filter;
    f.studio = studio.id;
    f.from = midnight(monday);
    f.to = midnight(monday.addDays(7));
    // A week lists what starts in it: an event running past Sunday midnight is not Monday's too.
    QList<EventListing> out = list(f);
    out.removeIf([&f](const EventListing &l) { return l.event.start < f.from; });
    return out;
}

std::optional<EventListing> EventStore::event(const QString &id) const
{
    EventRows rows(m_db);
    const auto l = rows.listing(id);
    return l && !l->event.id.isEmpty() ? l : std::nullopt;
}

std::optional<EventStore::Joined> EventStore::join(const Studio &studio, const Request &request, Error *error,
                                                   const Alongside &alongside)
{
    ContactInput given = request.contact;
    given.purpose = ContactInput::Purpose::EventPlace;
    const ContactValidator::Result contact = ContactValidator(studio.address.country, request.countryName).validate(given);
    if (!contact.ok()) {
        setError(error, Kind::InvalidContact, tr("Please check the highlighted fields."));
        if (error)
            error->contactIssues = contact.issues;
        return std::nullopt;
    }
    const QString key = request.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                         : request.idempotencyKey;
    if (key.size() > 200) {
        setError(error, Kind::KeyReused, tr("The idempotency key is longer than 200 characters."));
        return std::nullopt;
    }
    const QDateTime now = m_clock().toUTC();
    EventRows rows(m_db);
    if (!rows.begin()) {
        storageError(error, rows);
        return std::nullopt;
    }
    const auto failed = [&](Kind kind, const QString &message) -> std::optional<Joined> {
        rows.rollback();
        if (kind == Kind::Storage)
            storageError(error, rows);
        else
            setError(error, kind, message);
        return std::nullopt;
    };

    const auto existing = rows.findJoiner(EventRows::Key::IdempotencyKey, key, true);
    if (!existing)
        return failed(Kind::Storage, {});
    if (!existing->id.isEmpty()) {
        const bool sameContact = !existing->contact
            || (existing->contact->name == contact.contact->name && existing->contact->channel == contact.contact->channel
                && existing->contact->value == contact.contact->value);
        if (existing->event != request.event || !sameContact)
            return failed(Kind::KeyReused,
                          tr("This request key was already used for another place; "
                             "send the new one with a new key."));
        const auto listing = rows.listing(existing->event, true);
        rows.rollback();
        return Joined{*existing, listing.value_or(EventListing()), true};
    }

    // Read inside the write transaction: nobody else can take a place before COMMIT. The
    // database's trigger is the limit all the same; this only gives the clearer message first.
    const auto listing = rows.listing(request.event);
    if (!listing)
        return failed(Kind::Storage, {});
    const StudioEvent &e = listing->event;
    if (e.id.isEmpty() || e.studio != studio.id)
        return failed(Kind::NotFound, tr("This event is no longer on."));
    if (e.cancelled)
        return failed(Kind::Closed, tr("This event has been cancelled."));
    if (!e.signupRequired)
        return failed(Kind::Closed, tr("This event needs no sign-up: simply come by."));
    if (e.start <= now)
        return failed(Kind::Closed, tr("This event has already begun."));
    if (listing->isFull())
        return failed(Kind::Full, fullMessage());

    const auto device = rows.deviceId();
    if (!device)
        return failed(Kind::Storage, {});
    EventJoiner j;
    j.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    j.device = *device;
    j.event = e.id;
    for (int attempt = 0; attempt < 10 && j.code.isEmpty(); ++attempt) {
        const QString code = BookingCode::generate();
        const auto used = rows.codeInUse(code);
        if (!used)
            return failed(Kind::Storage, {});
        if (!*used)
            j.code = code;
    }
    if (j.code.isEmpty())
        return failed(Kind::Storage, {});
    j.idempotencyKey = key;
    j.created = now;
    j.updated = now;
    VisitorContact c = *contact.contact;
    c.privacyConsentAt = now;
    c.purgeAfter = e.end.addDays(PrivacyPurger::retentionDays(m_db));
    j.contact = c;

    if (!rows.insertJoiner(j)) {
        if (rows.lastWasFull())
            return failed(Kind::Full, fullMessage());
        if (rows.lastWasClosed())
            return failed(Kind::Closed, tr("This event is no longer open for sign-up."));
        return failed(Kind::Storage, {});
    }
    QJsonObject payload = j.toJson(false);
    payload.insert(QStringLiteral("kind"), QStringLiteral("event-join"));
    if (!rows.insertContact(j.id, c)
        || !rows.enqueue(EventRows::outboxKey(j), QStringLiteral("event-join"), EventRows::outboxRecord(j.id), payload, now)
        || (alongside && !alongside(m_db)) || !rows.commit())
        return failed(Kind::Storage, {});
    qCInfo(lcBooking) << "event place" << j.id << j.code << "taken at" << e.id;
    EventListing after = *listing;
    after.joined += 1;
    return Joined{j, after, false};
}

std::optional<EventJoiner> EventStore::change(const QString &code, Error *error,
                                              const std::function<bool(EventJoiner &, const EventListing &, Error *)> &apply)
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok) {
        setError(error, Kind::NotFound, parsed.problem);
        return std::nullopt;
    }
    EventRows rows(m_db);
    if (!rows.begin()) {
        storageError(error, rows);
        return std::nullopt;
    }
    const auto failed = [&](Kind kind, const QString &message) -> std::optional<EventJoiner> {
        rows.rollback();
        if (kind == Kind::Storage)
            storageError(error, rows);
        else
            setError(error, kind, message);
        return std::nullopt;
    };
    auto j = rows.findJoiner(EventRows::Key::Code, parsed.code, false);
    if (!j)
        return failed(Kind::Storage, {});
    if (j->id.isEmpty())
        return failed(Kind::NotFound, tr("No place at an event has the code %1. Please check it.").arg(parsed.code));
    const auto listing = rows.listing(j->event, true);
    if (!listing)
        return failed(Kind::Storage, {});
    const JoinState before = j->state;
    if (!apply(*j, *listing, error)) {
        rows.rollback();
        return std::nullopt;
    }
    if (!rows.saveChange(*j, m_clock().toUTC()) || !rows.commit())
        return failed(Kind::Storage, {});
    qCInfo(lcBooking) << "event place" << j->id << j->code << EventJoiner::stateName(before) << "->"
                      << EventJoiner::stateName(j->state);
    return j;
}

std::optional<EventJoiner> EventStore::cancel(const QString &code, Error *error)
{
    const QDateTime now = m_clock().toUTC();
    return change(code, error, [now](EventJoiner &j, const EventListing &l, Error *e) {
        if (j.state != JoinState::Joined)
            return setError(e, Kind::WrongState,
                            tr("This place cannot be given back: it is %1.").arg(EventJoiner::stateName(j.state)));
        if (!l.event.id.isEmpty() && l.event.start <= now)
            return setError(e, Kind::WrongState, tr("This event has already begun. Please talk to the studio team."));
        j.state = JoinState::Cancelled;
        return true;
    });
}

std::optional<EventJoiner> EventStore::checkIn(const QString &code, Error *error)
{
    return change(code, error, [](EventJoiner &j, const EventListing &, Error *e) {
        if (j.state != JoinState::Joined)
            return setError(e, Kind::WrongState,
                            tr("This place cannot be checked in: it is %1.").arg(EventJoiner::stateName(j.state)));
        j.state = JoinState::CheckedIn;
        return true;
    });
}

bool EventStore::erase(const QString &code, Error *error)
{
    QString why;
    if (!PrivacyPurger(m_db, m_clock).erase(code, &why))
        return setError(error, Kind::NotFound, why);
    return true;
}

std::optional<EventJoiner> EventStore::findByCode(const QString &code, bool withContact) const
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok)
        return std::nullopt;
    EventRows rows(m_db);
    const auto j = rows.findJoiner(EventRows::Key::Code, parsed.code, withContact);
    return j && !j->id.isEmpty() ? j : std::nullopt;
}

QList<EventJoiner> EventStore::joiners(const QString &event) const
{
    EventRows rows(m_db);
    return rows.joiners(event, true).value_or(QList<EventJoiner>());
}

QList<EventNotice> EventStore::notices(const QString &studio, bool pendingOnly) const
{
    EventRows rows(m_db);
    return rows.notices(studio, pendingOnly).value_or(QList<EventNotice>());
}

bool EventStore::markInformed(qint64 notice, Error *error)
{
    EventRows rows(m_db);
    bool found = false;
    if (!rows.markInformed(notice, m_clock().toUTC(), &found))
        return storageError(error, rows);
    if (!found)
        return setError(error, Kind::NotFound, tr("This notice no longer exists."));
    return true;
}

QByteArray EventStore::calendar(const StudioEvent &event, const Studio &studio, const QString &language,
                                const EventJoiner *joiner, const QDateTime &stamp, bool compact)
{
    IcsWriter::EventDetails details;
    details.compact = compact;
    details.language = language;
    details.code = joiner ? joiner->code : QString();
    details.stamp = stamp;
    return IcsWriter::calendar(event, studio, details);
}
