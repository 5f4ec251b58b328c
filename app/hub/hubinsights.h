// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include "insights/insightreport.h"

#include <QSqlDatabase>
#include <QTimeZone>

/// The studio's and the chain's anonymous insights, as the hub counted them from every screen's
/// usage events, for a paired staff screen: the same report a screen reads of its own events
/// (InsightSnapshot, so every group of fewer than five visits is withheld here already), for one
/// screen, one studio or every studio the hub holds, with screens and studios side by side.
/// Read on HubInsightQueue's reader, never on the thread that serves the screens.
class HubInsights
{
public:
    explicit HubInsights(QSqlDatabase db);

    /// The longest period one request may ask for, in days.
    static constexpr int maximumDays = 366;

    /// What a request asks for, checked: a scope and a valid period, or why not.
    struct Ask {
        QString scopeName;
        InsightScope scope;
        InsightPeriod period;
        bool csv = false; ///< the tables as CSV files rather than the report
        /// The same for two requests that ask for the same thing, however their queries were written.
        QByteArray key() const;
    };
    /// GET /v1/insights?scope=screen|studio|chain&studio=S&screen=NAME&from=D&to=D&zone=Z (the
    /// days D to D, inclusive, in zone Z, default UTC, beside the period before), or the same of
    /// /v1/insights/csv; nothing, and `why`, for anything else (a 400).
    static std::optional<Ask> read(const HttpRequest &request, QString *why);

    /// {"scope", "studio", "screen", "from", "to", "zone", "report": {…}}, or the tables: every
    /// table as a CSV file (RFC 4180, UTF-8 with a BOM, CRLF, formulas guarded),
    /// {"files": [{"name", "base64"}]}, for a staff screen to write to a USB stick as it is.
    HttpResponse answer(const Ask &ask, const QDateTime &now);

private:
    HttpResponse report(const Ask &ask, const QDateTime &now);
    HttpResponse csv(const Ask &ask, const QDateTime &now);

    QSqlDatabase m_db;
};
