// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

/// A studio's opening spans for one local day and its time zone: the one reading of the weekly
/// hours and their exceptions, shared by test-drive planning and the screen's sleep.
class StudioHours
{
public:
    /// The opening spans of `date`: the exception for that date if there is one, else the weekday's.
    static QList<TimeRange> on(const Studio &studio, QDate date, const StudioException **exception = nullptr);

    /// The studio's time zone; UTC when the feed named none that this system knows.
    static QTimeZone zoneOf(const Studio &studio);

    /// Whether the studio has any hours at all (a weekday or an exception with a span).
    static bool hasAny(const Studio &studio);
};
