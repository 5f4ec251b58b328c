// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "hubanswer.h"

#include <QSqlDatabase>
#include <QStringList>

/// The hub's door for what screens deliver from their outboxes (OutboxReceiver does the work):
/// a batch in, one outcome per item out, in order. Contacts pass through; none is logged.
class HubOutbox
{
public:
    explicit HubOutbox(QSqlDatabase db);

    /// POST /v1/outbox {"items": [{key, kind, record, payload}, …]} (at most
    /// OutboxReceiver::kMaxBatch): 200 {"outcomes": [{key, outcome ("delivered", "retry" or
    /// "rejected"), reason, booking}, …]}; 400 for a body that is not such a batch, 413 for too
    /// many items, with nothing applied.
    /// `changed` gets what screens waiting at /v1/changes should hear of: "slots" for bookings
    /// applied, "events" for places, "requests" for holds and expert calls.
    HttpResponse deliver(const HttpRequest &request, const QString &screen, QStringList *changed = nullptr);

private:
    QSqlDatabase m_db;
    StoredCatalog m_catalog;
};
