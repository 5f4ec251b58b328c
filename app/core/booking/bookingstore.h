// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "booking/contactvalidator.h"
#include "booking/slotplanner.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

class Catalog;

/// Books test drives and keeps them: every booking is one BEGIN IMMEDIATE transaction that picks
/// the lowest free expert and car, guarded by the booking_slot constraint (so two screens, or two
/// processes, can never both get the last car), and writes the booking, its contact, its slot rows
/// and its outbox row together; a retry with the same idempotency key gives the same booking.
/// Also moves bookings through their states, and applies bookings other screens made.
class BookingStore
{
public:
    struct Error {
        enum class Kind {
            None,
            SlotTaken,      ///< someone else got the time first: pick another
            NotBookable,    ///< not a slot of the studio, closed, past, no such car there
            InvalidContact, ///< see contactIssues
            NotFound,
            WrongState, ///< e.g. confirming a cancelled booking
            Invalid,    ///< a received booking that does not read
            Busy,       ///< the database stayed locked by another screen: try again
            KeyReused,  ///< the idempotency key already booked something else: refused
            Storage,
        };
        Kind kind = Kind::None;
        QString message; ///< for people; never contains personal data
        QList<ContactValidator::Issue> contactIssues;
    };

    struct Request {
        DriveTarget target;
        QDateTime start; ///< UTC, one of the slots the planner offered
        ContactInput contact;
        QString idempotencyKey; ///< made by the screen when the form opens; a fresh one when empty
        QString countryName;    ///< how contact messages name the studio's country (visitor's language)
        QJsonObject tradeIn;    ///< the visitor's car in part-exchange for staff (no VIN); empty without
        /// The booking's id and code as the screen chose them (a UUID; a BookingCode), so that a
        /// booking the screen keeps when the hub's answer was lost is the same booking the hub
        /// made; fresh ones when empty.
        QString id;
        QString code;
    };

    struct Created {
        Booking booking;       ///< with its contact
        bool existing = false; ///< the key had already booked this: nothing new was written
    };

    enum class Received {
        Created,        ///< a booking new to this screen
        Updated,        ///< a newer revision of a known booking
        AlreadyApplied, ///< nothing new: resent, or older than what is here
        Lost,           ///< kept as cancelled: an earlier booking had its slot (both screens agree)
        Erased,         ///< a visitor's erasure, applied to the copy here
    };

    explicit BookingStore(QSqlDatabase db, Clock clock = systemClock(), SlotPlanner::Options options = SlotPlanner::Options());

    /// Work of a layer above that belongs to a booking's making or change (an anonymous event of
    /// the visit): written inside the same transaction, which fails with it.
    using Alongside = std::function<bool(QSqlDatabase &db, const Booking &booking)>;
    void setAlongside(Alongside alongside) { m_alongside = std::move(alongside); }

    /// The slots of a studio's local day with their capacity, from what is booked now.
    QList<SlotPlanner::Slot> daySlots(const Studio &studio, QDate date, const DriveTarget &target, QString *why = nullptr) const;

    std::optional<Created> create(const Studio &studio, const Request &request, Error *error = nullptr);

    std::optional<Booking> confirm(const QString &id, Error *error = nullptr);
    std::optional<Booking> checkIn(const QString &id, Error *error = nullptr);
    std::optional<Booking> complete(const QString &id, Error *error = nullptr);
    /// Only once the slot has begun.
    std::optional<Booking> noShow(const QString &id, Error *error = nullptr);
    std::optional<Booking> cancel(const QString &id, Error *error = nullptr);
    /// What a visitor can do with their code: cancel a drive that has not started yet.
    std::optional<Booking> cancelByCode(const QString &code, Error *error = nullptr);
    /// Staff's words for the moves above ("confirm", "check-in", "no-show", "complete",
    /// "cancel"), as the agenda and the hub's API name them.
    static const QStringList &staffActions();
    /// The move `action` names; Error::Invalid for a word that names none.
    std::optional<Booking> act(const QString &id, const QString &action, Error *error = nullptr);
    /// Moves an upcoming booking to another slot that is free now, in one transaction.
    std::optional<Booking> reschedule(const Studio &studio, const QString &id, const QDateTime &start, Error *error = nullptr);

    std::optional<Booking> find(const QString &id, bool withContact = false) const;
    std::optional<Booking> findByCode(const QString &code, bool withContact = false) const;
    /// Bookings of a studio whose slot starts in [from, to), in time order (the staff view).
    QList<Booking> list(const QString &studio, const QDateTime &from, const QDateTime &to, bool withContact = false) const;

    /// Applies what another screen sent (an outbox payload of kind "booking" or "booking-erase"),
    /// idempotently. When both screens gave the same last car away while apart, the booking
    /// created first keeps it on every screen and the other is cancelled, with an outbox row.
    std::optional<Received> receive(const QJsonObject &payload, const Catalog &catalog, Error *error = nullptr);
    /// The hub's receive: it judges the slots, so a booking it already holds is never cancelled
    /// for one arriving later (even one made earlier on a screen that could not reach it); the
    /// later one is refused with Error::SlotTaken and nothing of it is written. Otherwise as receive.
    std::optional<Received> judge(const QJsonObject &payload, const Catalog &catalog, Error *error = nullptr);

    /// A screen's copy of a booking its hub holds takes what the hub made of it (a newer
    /// revision: moved, confirmed, cancelled there), keeping the contact kept here; nothing for a
    /// booking this screen does not hold or already holds as new. True when it changed.
    bool follow(const Booking &atHub, const Catalog &catalog, Error *error = nullptr);

    /// What the sync sends for an outbox row: a booking's payload gains the visitor's contact if
    /// it has not been purged or erased meanwhile (the outbox itself never holds personal data).
    QJsonObject outgoing(const QJsonObject &stored) const;

private:
    std::optional<Booking> change(const QString &id, Error *error, const std::function<bool(Booking &, Error *)> &apply);

    QSqlDatabase m_db;
    Alongside m_alongside;
    Clock m_clock;
    SlotPlanner m_planner;
};
