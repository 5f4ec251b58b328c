// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "hubanswer.h"

#include <QSqlDatabase>

/// The hub as the keeper of a studio's event places across its screens: the coming events with
/// their places left, and a place taken that the hub's database limit decides (of screens racing
/// for the last places, exactly as many win as there are), kept once per idempotency key.
/// Contact details pass through to the database; none is logged.
class HubEvents
{
public:
    explicit HubEvents(QSqlDatabase db);

    /// GET /v1/events?studio=S
    HttpResponse list(const HttpRequest &request);
    /// POST /v1/events/join {event, contact {name, channel, value, privacyAccepted,
    /// marketingAccepted}, idempotencyKey}
    HttpResponse join(const HttpRequest &request);
    /// POST /v1/events/cancel {code}: a visitor gives back a place at a screen, by its code.
    HttpResponse cancel(const HttpRequest &request);
    /// For staff at any paired screen: GET /v1/events/staff?studio=S[&event=E]: the changes still
    /// to tell joiners about, and the joiners of E with their contacts.
    HttpResponse staff(const HttpRequest &request);
    /// POST /v1/events/checkin {code}: the visitor with this code has come.
    HttpResponse checkIn(const HttpRequest &request);
    /// POST /v1/events/informed {notice}: staff told everyone about a change.
    HttpResponse informed(const HttpRequest &request);

private:
    QSqlDatabase m_db;
    StoredCatalog m_catalog;
};
