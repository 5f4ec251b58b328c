// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include "catalog/studiohours.h"

#include <QTimeZone>

#include <algorithm>

OpeningHours::OpeningHours(const Studio &studio, Margins margins)
    : m_studio(studio)
    , m_margins(margins)
{
}

OpeningHours::State OpeningHours::at(const QDateTime &now, const QDateTime &staffWokeAt) const
{
    const State planned = scheduled(now);
    if (planned.awake || !staffWokeAt.isValid() || staffWokeAt > now)
        return planned;
    const QDateTime wakeEnds = staffWokeAt.addSecs(kStaffWakeMinutes * 60).toUTC();
    if (wakeEnds <= now)
        return planned;
    // Awake until the wake runs out, or until the studio opens anyway (then it stays awake).
    const bool opensFirst = planned.nextChange.isValid() && planned.nextChange < wakeEnds;
    return {true, opensFirst ? planned.nextChange : wakeEnds};
}

OpeningHours::State OpeningHours::scheduled(const QDateTime &now) const
{
    if (!m_studio || !StudioHours::hasAny(*m_studio))
        return {true, {}};
    const QTimeZone zone = StudioHours::zoneOf(*m_studio);
    const QDateTime utcNow = now.toUTC();
    const QDate today = utcNow.toTimeZone(zone).date();
    const qint64 before = qint64(m_margins.wakeMinutesBefore) * 60;
    const qint64 after = qint64(m_margins.sleepMinutesAfter) * 60;

    // Awake spans in time order, each widened by the margins; spans that touch or overlap (a
    // lunch break shorter than the margins, a late night running into an early morning) merge.
    // A span is judged once nothing later can extend it.
    QDateTime from, to;
    std::optional<State> verdict;
    const auto judge = [&] {
        if (!from.isValid() || to <= utcNow)
            return;
        verdict = from <= utcNow ? State{true, to} : State{false, from};
    };
    // Yesterday too: its span may run past midnight with the margin.
    for (int day = -1; day <= kHorizonDays && !verdict; ++day) {
        const QDate date = today.addDays(day);
        for (const TimeRange &range : StudioHours::on(*m_studio, date)) {
            // A wall time skipped by a clock change moves forward, as Qt reads it: close enough
            // for a screen that wakes a quarter of an hour early anyway.
            const QDateTime start = QDateTime(date, range.from, zone).toUTC().addSecs(-before);
            const QDateTime end = QDateTime(date, range.to, zone).toUTC().addSecs(after);
            if (from.isValid() && start <= to) {
                to = std::max(to, end);
                continue;
            }
            judge();
            if (verdict)
                break;
            from = start;
            to = end;
        }
    }
    if (!verdict)
        judge();
    // No opening within the horizon: asleep, with nothing planned (staff can still wake it).
    return verdict.value_or(State{false, {}});
}
