// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotplanner.h"

#include "catalog/studiohours.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SlotPlanner", text);
}

bool isFreeFor(const Occupancy &busy, const QString &resource, const QList<qint64> &steps)
{
    const auto it = busy.constFind(resource);
    if (it == busy.constEnd())
        return true;
    return std::none_of(steps.cbegin(), steps.cend(), [&](qint64 s) { return it->contains(s); });
}

} // namespace

SlotPlanner::SlotPlanner(Clock clock, Options options)
    : m_clock(std::move(clock))
    , m_options(options)
{
}

QTimeZone SlotPlanner::zoneOf(const Studio &studio)
{
    return StudioHours::zoneOf(studio);
}

QList<TimeRange> SlotPlanner::hoursOn(const Studio &studio, QDate date, const StudioException **exception)
{
    return StudioHours::on(studio, date, exception);
}

QList<QDateTime> SlotPlanner::instantsOf(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    // Read the wall time as if it were UTC, then try each offset the zone uses around it: an offset
    // fits when the instant it gives really has that offset. Transitions are months apart, so the
    // offsets a day and a half either side cover both sides of any change.
    const QDateTime wall(date, time, Qt::UTC);
    QList<int> offsets;
    for (int hours : {-36, 0, 36}) {
        const int o = zone.offsetFromUtc(wall.addSecs(hours * 3600));
        if (!offsets.contains(o))
            offsets.append(o);
    }
    QList<QDateTime> out;
    for (int o : offsets) {
        const QDateTime instant = wall.addSecs(-o);
        if (zone.offsetFromUtc(instant) == o && !out.contains(instant))
            out.append(instant);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<QDateTime> SlotPlanner::starts(const Studio &studio, QDate date)
{
    const QTimeZone zone = zoneOf(studio);
    const int step = studio.slotMinutes + studio.bufferMinutes;
    QList<QDateTime> out;
    if (studio.slotMinutes <= 0 || step <= 0)
        return out;
    for (const TimeRange &range : hoursOn(studio, date)) {
        // Closing in a skipped hour means closing when the clock, moved on, shows that time plus
        // the jump; closing in a repeated hour means its second occurrence. Both are the latest
        // reading, which the smallest offset around gives.
        QList<QDateTime> closing = instantsOf(date, range.to, zone);
        if (closing.isEmpty()) {
            const QDateTime wall(date, range.to, Qt::UTC);
            int smallest = zone.offsetFromUtc(wall);
            for (int hours : {-36, 36})
                smallest = std::min(smallest, zone.offsetFromUtc(wall.addSecs(hours * 3600)));
            closing.append(wall.addSecs(-smallest));
        }
        const QDateTime close = closing.last();
        QDateTime previous;
        const int fromMinute = range.from.msecsSinceStartOfDay() / 60000;
        const int toMinute = range.to.msecsSinceStartOfDay() / 60000;
        for (int minute = fromMinute; minute < toMinute; minute += step) {
            const QList<QDateTime> at = instantsOf(date, QTime(minute / 60, minute % 60), zone);
            if (at.isEmpty())
                continue;                       // in the skipped hour
            const QDateTime start = at.first(); // a repeated hour's slot is offered once
            if (start.addSecs(studio.slotMinutes * 60) > close)
                break;
            if (previous.isValid() && previous.secsTo(start) < step * 60)
                continue; // right after a skipped hour the wall clock packs slots closer than real time
            out.append(start);
            previous = start;
        }
    }
    return out;
}

std::pair<QDateTime, QDateTime> SlotPlanner::window(const Studio &studio, QDate date)
{
    Q_UNUSED(studio)
    // Any zone is within ±14 h of UTC and a drive with its buffer lasts at most a few hours.
    const QDateTime from(date.addDays(-1), QTime(0, 0), Qt::UTC);
    return {from, from.addDays(3)};
}

QString SlotPlanner::staffResource(const QString &studio, int unit)
{
    return QStringLiteral("studio/%1/staff/%2").arg(studio).arg(unit);
}

QString SlotPlanner::carResource(const QString &studio, const QString &model, int unit)
{
    return QStringLiteral("studio/%1/car/%2/%3").arg(studio, model).arg(unit);
}

QString SlotPlanner::vehicleResource(const QString &vehicle)
{
    // Not under the studio: a stock car is one car wherever its drives are booked.
    return QStringLiteral("vehicle/%1").arg(vehicle);
}

QList<qint64> SlotPlanner::steps(const QDateTime &from, const QDateTime &to)
{
    QList<qint64> out;
    const qint64 first = from.toSecsSinceEpoch() / kStepSeconds;
    const qint64 last = (to.toSecsSinceEpoch() + kStepSeconds - 1) / kStepSeconds;
    for (qint64 s = first; s < last; ++s)
        out.append(s * kStepSeconds);
    return out;
}

int SlotPlanner::fleetCount(const Studio &studio, const QString &model)
{
    int count = 0;
    for (const FleetEntry &f : studio.fleet) {
        if (f.model == model)
            count += f.count;
    }
    return count;
}

bool SlotPlanner::bookable(const Studio &studio, const DriveTarget &target, QString *why) const
{
    const auto fail = [&](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (target.isVehicle()) {
        if (target.vehicleLocation != studio.id)
            return fail(tr("This car is at another studio or dealer: its test drive is booked there."));
        return true;
    }
    if (studio.kind == Studio::Kind::Dealer)
        return fail(tr("This dealer has no demo cars of its own; choose a car in its stock instead."));
    if (fleetCount(studio, target.model) < 1)
        return fail(tr("This studio has no demo car of this model. Another studio nearby may have one."));
    return true;
}

QStringList SlotPlanner::staffPool(const Studio &studio)
{
    QStringList out;
    for (int unit = 1; unit <= studio.parallelDrives; ++unit)
        out.append(staffResource(studio.id, unit));
    return out;
}

QStringList SlotPlanner::carPool(const Studio &studio, const DriveTarget &target)
{
    if (target.isVehicle())
        return {vehicleResource(target.vehicle)};
    QStringList out;
    const int cars = fleetCount(studio, target.model);
    for (int unit = 1; unit <= cars; ++unit)
        out.append(carResource(studio.id, target.model, unit));
    return out;
}

SlotPlanner::FreeUnits SlotPlanner::freeUnits(const Studio &studio, const DriveTarget &target, const QDateTime &from,
                                              const QDateTime &to, const Occupancy &busy)
{
    const QList<qint64> taken = steps(from, to);
    FreeUnits free;
    for (const QString &r : staffPool(studio)) {
        if (isFreeFor(busy, r, taken))
            free.staff.append(r);
    }
    for (const QString &r : carPool(studio, target)) {
        if (isFreeFor(busy, r, taken))
            free.cars.append(r);
    }
    return free;
}

SlotPlanner::Slot SlotPlanner::measure(const Studio &studio, const QDateTime &start, const DriveTarget &target,
                                       const Occupancy &busy) const
{
    Slot slot;
    slot.start = start;
    slot.end = start.addSecs(studio.slotMinutes * 60);
    slot.busyUntil = slot.end.addSecs(studio.bufferMinutes * 60);
    slot.local = start.toTimeZone(zoneOf(studio));
    const FreeUnits free = freeUnits(studio, target, slot.start, slot.busyUntil, busy);
    slot.freeStaff = free.staff;
    slot.freeCars = free.cars;
    slot.capacity = int(std::min(slot.freeStaff.size(), slot.freeCars.size()));
    return slot;
}

QList<SlotPlanner::Slot> SlotPlanner::day(const Studio &studio, QDate date, const DriveTarget &target, const Occupancy &busy,
                                          QString *why) const
{
    QList<Slot> out;
    if (!bookable(studio, target, why))
        return out;
    const StudioException *exception = nullptr;
    const QList<TimeRange> hours = hoursOn(studio, date, &exception);
    if (hours.isEmpty()) {
        if (why) {
            *why = exception && !exception->note.isEmpty() ? tr("Closed on this day: %1").arg(exception->note.english())
                                                           : tr("The studio is closed on this day.");
        }
        return out;
    }
    const QDateTime earliest = m_clock().toUTC().addSecs(qint64(m_options.leadMinutes) * 60);
    for (const QDateTime &start : starts(studio, date)) {
        if (start >= earliest)
            out.append(measure(studio, start, target, busy));
    }
    if (out.isEmpty() && why)
        *why = tr("No more test drives can be booked for this day.");
    return out;
}

std::optional<SlotPlanner::Slot> SlotPlanner::slotAt(const Studio &studio, const QDateTime &start, const DriveTarget &target,
                                                     const Occupancy &busy, QString *why) const
{
    if (!bookable(studio, target, why))
        return std::nullopt;
    if (!start.isValid()) {
        if (why)
            *why = tr("The studio offers no test drive starting at this time. Please pick one of the times shown.");
        return std::nullopt;
    }
    const QDate date = start.toTimeZone(zoneOf(studio)).date();
    if (!starts(studio, date).contains(start)) {
        if (why)
            *why = tr("The studio offers no test drive starting at this time. Please pick one of the times shown.");
        return std::nullopt;
    }
    if (start < m_clock().toUTC().addSecs(qint64(m_options.leadMinutes) * 60)) {
        if (why)
            *why = tr("This time has passed or is too soon to get a car ready. Please pick a later time.");
        return std::nullopt;
    }
    return measure(studio, start, target, busy);
}
