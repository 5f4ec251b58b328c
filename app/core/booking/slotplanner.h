// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "catalog/studio.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

struct SlotPlannerOptions {
    int leadMinutes = 30; ///< no slot starting sooner than this is offered
};

/// Lists a studio's test-drive slots for one local day: from its hours and exceptions, in its
/// time zone, with how many drives each can still take given its experts, its demo fleet (or the
/// one stock car asked for) and what is already booked.
///
/// Slots start at the opening time and follow each other every slot length + buffer (a drive
/// takes its car and expert for both), by wall-clock time: a start that does not exist (the hour
/// skipped in spring) is left out, one that exists twice (the hour repeated in autumn) is offered
/// once, at its first occurrence, and a start that would overlap the previous slot in real time
/// (possible right after a skipped hour) is left out too. A slot must end by the closing time.
class SlotPlanner
{
public:
    /// Busy time is kept in steps of this many seconds (five minutes).
    static constexpr qint64 kStepSeconds = 300;

    using Options = SlotPlannerOptions;

    struct Slot {
        QDateTime start;       ///< UTC
        QDateTime end;         ///< UTC, start + slot length (real minutes, also across a DST change)
        QDateTime busyUntil;   ///< UTC, end + buffer
        QDateTime local;       ///< start in the studio's time zone, for showing
        int capacity = 0;      ///< drives it can still take; 0 = fully booked
        QStringList freeStaff; ///< free experts, lowest unit first
        QStringList freeCars;  ///< free cars of the model (or the stock car), lowest unit first
        bool isFree() const { return capacity > 0; }
    };

    explicit SlotPlanner(Clock clock = systemClock(), Options options = Options());

    /// Every slot of the local `date` not yet past (now + lead), each with its capacity. Empty when
    /// there is none; then `why` says why, for people (closed, no such car, all past).
    QList<Slot> day(const Studio &studio, QDate date, const DriveTarget &target, const Occupancy &busy,
                    QString *why = nullptr) const;

    /// The slot starting exactly at `start` (UTC), if the studio offers one then (capacity may be 0).
    std::optional<Slot> slotAt(const Studio &studio, const QDateTime &start, const DriveTarget &target, const Occupancy &busy,
                               QString *why = nullptr) const;

    /// The opening spans of `date`: the exception for that date if there is one, else the weekday's.
    static QList<TimeRange> hoursOn(const Studio &studio, QDate date, const StudioException **exception = nullptr);

    /// Slot starts (UTC) of `date` from the hours alone, before lead time and bookings.
    static QList<QDateTime> starts(const Studio &studio, QDate date);

    /// Every instant at which the wall clock in `zone` reads `date` `time`, earliest first:
    /// none in a skipped hour, two in a repeated one.
    static QList<QDateTime> instantsOf(QDate date, QTime time, const QTimeZone &zone);

    /// The UTC span to read bookings for when planning `date` (generously wider than the day).
    static std::pair<QDateTime, QDateTime> window(const Studio &studio, QDate date);

    /// Resource names: what the database's one-row-per-step constraint is about.
    static QString staffResource(const QString &studio, int unit);
    static QString carResource(const QString &studio, const QString &model, int unit);
    static QString vehicleResource(const QString &vehicle);

    /// Starts (UTC seconds) of the five-minute steps covering [from, to).
    static QList<qint64> steps(const QDateTime &from, const QDateTime &to);

    /// Every expert and every car a drive of `target` at this studio could use, lowest unit first.
    static QStringList staffPool(const Studio &studio);
    static QStringList carPool(const Studio &studio, const DriveTarget &target);
    /// Those of each pool that are free for the whole of [from, to).
    struct FreeUnits {
        QStringList staff;
        QStringList cars;
    };
    static FreeUnits freeUnits(const Studio &studio, const DriveTarget &target, const QDateTime &from, const QDateTime &to,
                               const Occupancy &busy);

    /// Cars of `model` in the studio's demo fleet.
    static int fleetCount(const Studio &studio, const QString &model);

    static QTimeZone zoneOf(const Studio &studio);

private:
    Slot measure(const Studio &studio, const QDateTime &start, const DriveTarget &target, const Occupancy &busy) const;
    bool bookable(const Studio &studio, const DriveTarget &target, QString *why) const;

    Clock m_clock;
    Options m_options;
};
