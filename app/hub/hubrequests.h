// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QSqlDatabase>

/// What visitors ask of a studio's staff ("hold this car", "ask an expert"), as screens deliver
/// it through their outboxes: every paired staff tablet lists the studio's open requests, and
/// whoever takes one takes it for all (the first of several at once; the others hear it is taken).
/// Nothing about the visitor is kept or sent.
class HubRequests
{
public:
    explicit HubRequests(QSqlDatabase db);

    /// GET /v1/requests?studio=S: {"requests": [{id, kind, studio, vehicle, build, created,
    /// tradeIn}]}, oldest first.
    HttpResponse list(const HttpRequest &request);
    /// POST /v1/requests/take {"id": …}: 200 this tablet has it, 409 `already-taken`, 404 `unknown`.
    HttpResponse take(const HttpRequest &request);

private:
    QSqlDatabase m_db;
};
