// SPDX-License-Identifier: GPL-3.0-or-later
#include "studiohours.h"

#include <algorithm>

QList<TimeRange> StudioHours::on(const Studio &studio, QDate date, const StudioException **exception)
{
    if (exception)
        *exception = nullptr;
    if (!date.isValid())
        return {}; // dayOfWeek() would be 0: no weekday to index
    for (const StudioException &e : studio.exceptions) {
        if (e.date == date) {
            if (exception)
                *exception = &e;
            return e.hours;
        }
    }
    return studio.weeklyHours.at(date.dayOfWeek() - 1);
}

QTimeZone StudioHours::zoneOf(const Studio &studio)
{
    const QTimeZone zone(studio.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

bool StudioHours::hasAny(const Studio &studio)
{
    const auto spans = [](const QList<TimeRange> &hours) { return !hours.isEmpty(); };
    return std::any_of(studio.weeklyHours.cbegin(), studio.weeklyHours.cend(), spans)
        || std::any_of(studio.exceptions.cbegin(), studio.exceptions.cend(),
                       [&](const StudioException &e) { return spans(e.hours); });
}
