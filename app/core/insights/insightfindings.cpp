// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightfindings.h"

#include <QHash>

#include <algorithm>

std::optional<QList<InsightFinding>> InsightFindings::find(InsightReport &report, const InsightPeriod &period,
                                                           const QList<SourceHealth> &sources, const QDateTime &now,
                                                           QString *error)
{
    QList<InsightFinding> findings;

    const auto nothing = report.nothingFound(period, 0, error);
    if (!nothing)
        return std::nullopt;
    for (const auto &r : *nothing) {
        if (r.hidden || r.events < InsightReport::minimumVisits)
            continue;
        findings.append({InsightFinding::Kind::DemandWithoutStock,
                         r.subject,
                         r.detail,
                         r.events,
                         r.visits,
                         {},
                         3.0 * double(r.events),
                         QStringLiteral("nothing-found")});
    }

    const auto viewed = report.top(InsightEvent::Kind::CarViewed, period, 0, error);
    const auto booked = report.eventCounts(InsightEvent::Kind::DriveBooked, period, error);
    if (!viewed || !booked)
        return std::nullopt;
    for (const auto &r : *viewed) {
        if (r.hidden || r.visits < 2 * InsightReport::minimumVisits)
            continue;
        const qint64 bookings = booked->value(r.subject);
        if (double(r.visits) < viewsPerBooking * double(qMax<qint64>(1, bookings)))
            continue;
        findings.append({InsightFinding::Kind::InterestWithoutDrives,
                         r.subject,
                         {},
                         r.visits,
                         bookings,
                         {},
                         double(r.visits) / double(qMax<qint64>(1, bookings)) * 2.0,
                         QStringLiteral("models-viewed")});
    }

    const auto full = report.top(InsightEvent::Kind::DriveUnavailable, period, 0, error);
    if (!full)
        return std::nullopt;
    for (const auto &r : *full) {
        if (r.hidden)
            continue;
        findings.append({InsightFinding::Kind::FullCalendar,
                         r.subject,
                         r.detail,
                         r.visits,
                         0,
                         {},
                         2.0 * double(r.visits),
                         QStringLiteral("drives")});
    }

    for (const auto &s : sources) {
        if (!s.failingSince.isValid())
            continue;
        const double hours = double(s.failingSince.secsTo(now)) / 3600.0;
        findings.append({InsightFinding::Kind::SourceFailing,
                         s.name,
                         {},
                         s.failures,
                         0,
                         s.failingSince,
                         100.0 + hours,
                         QStringLiteral("sources")});
    }

    const auto missed = report.eventCounts(InsightEvent::Kind::DriveMissed, period, error);
    const auto completed = report.eventCounts(InsightEvent::Kind::DriveCompleted, period, error);
    if (!missed || !completed)
        return std::nullopt;
    qint64 missedAll = 0, drivesAll = 0;
    for (auto it = missed->cbegin(); it != missed->cend(); ++it)
        missedAll += it.value();
    drivesAll = missedAll;
    for (auto it = completed->cbegin(); it != completed->cend(); ++it)
        drivesAll += it.value();
    if (drivesAll >= InsightReport::minimumVisits && double(missedAll) >= noShowShare * double(drivesAll) && missedAll > 0)
        findings.append(
            {InsightFinding::Kind::NoShows, {}, {}, missedAll, drivesAll, {}, 5.0 * double(missedAll), QStringLiteral("drives")});

    std::stable_sort(findings.begin(), findings.end(), [](const InsightFinding &a, const InsightFinding &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.subject, a.detail) < std::tie(b.subject, b.detail);
    });
    return findings;
}
