// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "booking/contactvalidator.h"
#include "booking/eventjoiner.h"
#include "booking/eventrows.h"
#include "booking/studioevent.h"
#include "catalog/studio.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <functional>

#include <optional>

/// What is on at the studios and who joins it: lists of events (next ones, a week, filtered by
/// kind and language), one event with its places left, and places taken with the same contact
/// and consents as a test drive. Every join is one BEGIN IMMEDIATE transaction that writes the
/// joiner, its contact and its outbox row together, under the database's own limit on places
/// (event_joiner_places), so two screens or two processes can never overbook. For staff: the
/// joiners with check-in, and the changes to events they must tell joiners about.
class EventStore
{
public:
    struct Error {
        enum class Kind {
            None,
            Full,           ///< no place left
            Closed,         ///< cancelled, removed, begun, or open to all without sign-up
            InvalidContact, ///< see contactIssues
            NotFound,
            WrongState, ///< e.g. checking in a cancelled place
            Busy,       ///< the database stayed locked by another screen: try again
            KeyReused,  ///< the idempotency key already took another place: refused
            Storage,
        };
        Kind kind = Kind::None;
        QString message; ///< for people; never contains personal data
        QList<ContactValidator::Issue> contactIssues;
    };

    struct Request {
        QString event;
        ContactInput contact;
        QString idempotencyKey; ///< made by the screen when the form opens; a fresh one when empty
        QString countryName;    ///< how contact messages name the studio's country (visitor's language)
    };

    struct Joined {
        EventJoiner joiner;    ///< with its contact
        EventListing listing;  ///< the event with the places left after this join
        bool existing = false; ///< the key had already taken this place: nothing new was written
    };

    using Filter = EventRows::Filter;

    explicit EventStore(QSqlDatabase db, Clock clock = systemClock());

    /// The next events of a studio still to end after `from`, not cancelled, in start order.
    QList<EventListing> upcoming(const QString &studio, const QDateTime &from, int limit) const;
    /// Events matching `filter` (studio, time span, kinds, languages), in start order.
    QList<EventListing> list(const Filter &filter) const;
    /// The events starting in the studio's local week (Monday to Sunday) that holds `day`, with
    /// `filter`'s kinds and languages.
    QList<EventListing> byWeek(const Studio &studio, QDate day, const Filter &filter = {}) const;
    /// One live event with its places left.
    std::optional<EventListing> event(const QString &id) const;

    /// Takes a place at `request.event` for a visitor of `studio` (the event's studio).
    /// Work of a layer above that belongs to the join (an anonymous event of the visit), written
    /// inside its transaction, which fails with it.
    using Alongside = std::function<bool(QSqlDatabase &db)>;
    std::optional<Joined> join(const Studio &studio, const Request &request, Error *error = nullptr,
                               const Alongside &alongside = {});
    /// What a visitor can do with their code: give back a place at an event not yet begun.
    std::optional<EventJoiner> cancel(const QString &code, Error *error = nullptr);
    /// Staff at the door: the visitor with this code has come.
    std::optional<EventJoiner> checkIn(const QString &code, Error *error = nullptr);
    /// Removes the visitor's contact at once and gives back the place (PrivacyPurger::erase).
    bool erase(const QString &code, Error *error = nullptr);

    std::optional<EventJoiner> findByCode(const QString &code, bool withContact = false) const;
    /// Everyone who joined the event (cancelled ones too, marked so), in the order they joined,
    /// with their contacts: for staff, never for a visitor's screen.
    QList<EventJoiner> joiners(const QString &event) const;

    /// The changes staff still have to tell joiners about (all of them with `pendingOnly` false),
    /// of one studio's events or, with an empty studio, of all; newest first.
    QList<EventNotice> notices(const QString &studio, bool pendingOnly = true) const;
    /// Staff have told everyone about this change.
    bool markInformed(qint64 notice, Error *error = nullptr);

    /// The calendar entry of an event (with the visitor's code when `joiner` is given), in the
    /// visitor's `language` (a feed key such as "de").
    /// `compact`: for a QR code a phone reads off the screen (UTC times, no description).
    static QByteArray calendar(const StudioEvent &event, const Studio &studio, const QString &language,
                               const EventJoiner *joiner = nullptr, const QDateTime &stamp = {}, bool compact = false);

private:
    std::optional<EventJoiner> change(const QString &code, Error *error,
                                      const std::function<bool(EventJoiner &, const EventListing &, Error *)> &apply);

    QSqlDatabase m_db;
    Clock m_clock;
};
