// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/bookingrows.h"
#include "booking/bookingstore.h"

/// Applies a booking another screen made or changed, for BookingStore::receive: idempotent (a
/// resent revision changes nothing), newest revision wins, and when two screens gave away the
/// same last car or expert while they could not see each other, the booking made first keeps it
/// on every screen and the other one is cancelled. The hub judges instead (Rule::HeldStays): a
/// booking it holds keeps its slot whenever the other was made, and the one arriving later is
/// refused without anything written.
class BookingReceiver
{
public:
    enum class Rule {
        MadeFirstKeeps, ///< between screens that could not see each other
        HeldStays,      ///< at the hub: what it already holds is never displaced
    };

    BookingReceiver(QSqlDatabase db, Clock clock, Rule rule = Rule::MadeFirstKeeps);

    std::optional<BookingStore::Received> receive(const QJsonObject &payload, const Catalog &catalog, BookingStore::Error *error);

private:
    enum class Placement { Placed, Lost, Failed };
    Placement place(BookingRows &rows, const Studio &studio, Booking &incoming);

    QSqlDatabase m_db;
    Clock m_clock;
    Rule m_rule;
};
