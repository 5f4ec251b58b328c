// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightreport.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// A source of stock that stopped working, as sync reports it (insights stands below sync, so
/// the caller passes these in).
struct SourceHealth {
    QString name;
    QDateTime failingSince; ///< invalid: it works
    int failures = 0;
};

/// Something a studio manager can act on, with its numbers and the table to look closer in.
struct InsightFinding {
    enum class Kind {
        DemandWithoutStock,    ///< searches or filters that found no car; subject: the words, detail: search or filter
        InterestWithoutDrives, ///< a model viewed far more often than booked; count: visits, other: bookings
        FullCalendar,          ///< drives of a model on a weekday fully booked; detail: ISO weekday
        SourceFailing,         ///< subject: the source; count: failures; since: when it began
        NoShows,               ///< count: missed, other: missed + completed
    };
    Kind kind = Kind::DemandWithoutStock;
    QString subject;
    QString detail;
    qint64 count = 0;
    qint64 other = 0;
    QDateTime since;
    double score = 0; ///< higher comes first
    /// The table that shows the numbers behind it: nothing-found, models-viewed, drives, sources.
    QString table;
};

/// Finds what is worth a manager's attention in a period, ranked. Only groups of at least five
/// visits count, so a finding never points at a single visitor.
class InsightFindings
{
public:
    /// The share of missed drives worth mentioning, and the views per booking.
    static constexpr double noShowShare = 0.15;
    static constexpr double viewsPerBooking = 3.0;

    static std::optional<QList<InsightFinding>> find(InsightReport &report, const InsightPeriod &period,
                                                     const QList<SourceHealth> &sources, const QDateTime &now,
                                                     QString *error = nullptr);
};
