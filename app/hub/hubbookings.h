// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "hubanswer.h"

#include <QSqlDatabase>

/// The hub as the judge of a studio's test-drive slots: the free slots of a day, and a booking
/// that the hub's database constraint decides (of screens racing for a slot, as many win as it
/// can take), kept once per idempotency key. Contact details pass through; none is logged.
class HubBookings
{
public:
    explicit HubBookings(QSqlDatabase db);

    static constexpr int kMaxDays = 14;

    /// GET /v1/slots?studio=S&date=YYYY-MM-DD&model=M[&vehicle=V][&days=N]: the day's slots, and
    /// with `days` the slots of N days from that date, each {date, slots, why}.
    HttpResponse daySlots(const HttpRequest &request);
    /// POST /v1/bookings {studio, model, [vehicle], start (UTC), contact {name, channel, value,
    /// privacyAccepted, marketingAccepted}, idempotencyKey}: 201 (200 for a key seen before) with
    /// the booking as Booking::toJson writes it without its contact.
    HttpResponse book(const HttpRequest &request);
    /// POST /v1/bookings/cancel {code}: the visitor's own cancellation with their code at a
    /// screen; 200 with the booking (no contact), 404 for an unknown code, 409 once begun.
    HttpResponse cancelByCode(const HttpRequest &request);

    /// GET /v1/agenda?studio=S&date=YYYY-MM-DD[&days=N][&contacts=1]: the studio's drives whose
    /// time starts in those days, from every screen, in time order; with `contacts` (staff mode
    /// asks) each with the visitor's contact and car in part-exchange while still kept.
    HttpResponse agenda(const HttpRequest &request);
    /// POST /v1/agenda/act {id, action}: "confirm", "check-in", "no-show", "complete" or
    /// "cancel" at the hub; 200 with the booking (no contact), 404, 409 `wrong-state`.
    HttpResponse act(const HttpRequest &request);
    /// POST /v1/agenda/move {id, start}: to another time free at the hub; 200 with the booking,
    /// 404, 409 `slot-taken` or `wrong-state`, 422 `not-bookable`.
    HttpResponse move(const HttpRequest &request);

private:
    QSqlDatabase m_db;
    StoredCatalog m_catalog;
};
