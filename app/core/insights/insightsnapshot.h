// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightfindings.h"
#include "insights/insightreport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

/// Every figure staff mode's insights page shows for a period beside the period before, read once
/// from an InsightReport (so hidden groups are already withheld) and carried as JSON from a hub to
/// a staff screen, where it is shown as if it had been read on the screen.
struct InsightSnapshot {
    QList<InsightReport::Step> funnel, funnelBefore;
    QList<InsightFinding> findings;
    QList<InsightReport::Row> models, paints, wheels, options, nothing;
    QHash<QString, qint64> modelsBefore; ///< visits per model in the period before (hidden ones left out)
    QList<InsightReport::Cell> cells;
    QList<InsightReport::ScreenRow> screens, studios;
    QList<InsightReport::EventRow> events, eventKinds;
    QList<InsightReport::DayVisits> daily, dailyBefore;

    /// Reads every table of `period` and the one before from `report`.
    static std::optional<InsightSnapshot> read(InsightReport &report, const InsightPeriod &period,
                                               const QList<SourceHealth> &sources, const QDateTime &now,
                                               QString *error = nullptr);

    QJsonObject toJson() const;
    /// Reads what toJson wrote; nothing when it is not such an object (`why` says what is wrong).
    static std::optional<InsightSnapshot> fromJson(const QJsonObject &o, QString *why = nullptr);
};
