// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"
#include "inventory/vehiclerows.h"

#include "booking/slotplanner.h"
#include "inventory/vehicle.h"

#include <QTest>

/// The slot grid against days worked out by hand: studio hours and exceptions, both daylight-saving
/// changes in Oslo and in Portland, lead time, and capacity from experts, the demo fleet and one
/// stock car.
class TestSlotPlanner : public QObject
{
    Q_OBJECT

    BookingFixture m_fx;
    QList<Vehicle> m_vehicles;

    static QDateTime utc(const char *iso) { return BookingFixture::utc(iso); }

    static QStringList utcStarts(const QList<SlotPlanner::Slot> &got)
    {
        QStringList out;
        for (const auto &s : got)
            out << s.start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
        return out;
    }

    static QStringList localStarts(const QList<SlotPlanner::Slot> &got)
    {
        QStringList out;
        for (const auto &s : got)
            out << s.local.toString(QStringLiteral("HH:mm"));
        return out;
    }

    static QStringList utcStrings(const QList<QDateTime> &list)
    {
        QStringList out;
        for (const auto &t : list)
            out << t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
        return out;
    }

    /// A studio opening `from`–`to` on `date` (an exception), so the night of a clock change can be planned.
    static Studio nightOpening(Studio s, QDate date, QTime from, QTime to, int slot, int buffer)
    {
        s.exceptions.append({date, {TimeRange{from, to}}, {}});
        s.slotMinutes = slot;
        s.bufferMinutes = buffer;
        return s;
    }

    /// What holds for every day's got whatever the zone does: real length, real spacing, distinct starts.
    static void checkGrid(const Studio &studio, const QList<SlotPlanner::Slot> &got)
    {
        QSet<QString> walls;
        for (int i = 0; i < got.size(); ++i) {
            const auto &s = got.at(i);
            QCOMPARE(s.start.secsTo(s.end), qint64(studio.slotMinutes) * 60);
            QCOMPARE(s.end.secsTo(s.busyUntil), qint64(studio.bufferMinutes) * 60);
            QCOMPARE(s.local.toUTC(), s.start.toUTC());
            const QString wall = s.local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            QVERIFY2(!walls.contains(wall), qPrintable(QStringLiteral("wall time %1 offered twice").arg(wall)));
            walls.insert(wall);
            if (i > 0)
                QVERIFY2(got.at(i - 1).busyUntil <= s.start, qPrintable(QStringLiteral("slot %1 overlaps").arg(wall)));
        }
    }

    const Vehicle *stockCar(const QString &location, const QString &model) const
    {
        for (const Vehicle &v : m_vehicles) {
            if (v.location == location && v.model == model)
                return &v;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.prepare());
        QVERIFY(m_fx.open(QStringLiteral("planner")));
        const auto vehicles = VehicleRows(m_fx.db()).vehicles();
        QVERIFY(vehicles);
        m_vehicles = *vehicles;
    }

    void cleanupTestCase() { m_fx.close(); }

    void ordinaryDay()
    {
        // Oslo, Monday 1 June 2026 (UTC+2): 10:00–19:00, 60-minute drives + 15 minutes' buffer.
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        QCOMPARE(oslo.slotMinutes, 60);
        QCOMPARE(oslo.bufferMinutes, 15);
        const SlotPlanner planner(m_fx.clock());
        const auto got = planner.day(oslo, QDate(2026, 6, 1), DriveTarget::fleet(QStringLiteral("aster-5")), {});
        QCOMPARE(localStarts(got), QStringList({"10:00", "11:15", "12:30", "13:45", "15:00", "16:15", "17:30"}));
        QCOMPARE(utcStarts(got).first(), QStringLiteral("2026-06-01T08:00Z"));
        QCOMPARE(utcStarts(got).last(), QStringLiteral("2026-06-01T15:30Z"));
        QCOMPARE(got.last().end, utc("2026-06-01T16:30:00Z")); // 18:30 local, before the 19:00 closing
        checkGrid(oslo, got);
        for (const auto &s : got) {
            QCOMPARE(s.capacity, 2); // two experts, two demo Aster 5
            QCOMPARE(s.local.timeZone().id(), QByteArray("Europe/Oslo"));
        }

        // Milan, a Tuesday with a lunch break: 10:00–13:30 and 14:30–19:30.
        const Studio &milan = m_fx.studio(QStringLiteral("milan"));
        const auto milanSlots = planner.day(milan, QDate(2026, 12, 22), DriveTarget::fleet(QStringLiteral("vega-s")), {});
        QCOMPARE(localStarts(milanSlots), QStringList({"10:00", "11:15", "12:30", "14:30", "15:45", "17:00", "18:15"}));
        checkGrid(milan, milanSlots);
    }

    void exceptions()
    {
        const SlotPlanner planner(m_fx.clock());
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        const DriveTarget aster5 = DriveTarget::fleet(QStringLiteral("aster-5"));

        // A Thursday as usual (10:00–20:00) and the late opening of 10 December (10:00–21:30), UTC+1.
        auto got = planner.day(oslo, QDate(2026, 12, 3), aster5, {});
        QCOMPARE(localStarts(got), QStringList({"10:00", "11:15", "12:30", "13:45", "15:00", "16:15", "17:30", "18:45"}));
        got = planner.day(oslo, QDate(2026, 12, 10), aster5, {});
        QCOMPARE(localStarts(got),
                 QStringList({"10:00", "11:15", "12:30", "13:45", "15:00", "16:15", "17:30", "18:45", "20:00"}));
        QCOMPARE(got.last().start, utc("2026-12-10T19:00:00Z"));
        QCOMPARE(got.last().end, utc("2026-12-10T20:00:00Z")); // 21:00 local, by the 21:30 closing

        // Closed on Christmas Eve (a Thursday), with the reason from the feed.
        QString why;
        got = planner.day(oslo, QDate(2026, 12, 24), aster5, {}, &why);
        QVERIFY(got.isEmpty());
        QVERIFY2(why.contains(QLatin1String("Christmas Eve")), qPrintable(why));
        QVERIFY(SlotPlanner::starts(oslo, QDate(2026, 12, 24)).isEmpty());
        // Closed on Sundays, by the weekly hours.
        why.clear();
        QVERIFY(planner.day(oslo, QDate(2026, 12, 6), aster5, {}, &why).isEmpty());
        QVERIFY(why.contains(QLatin1String("closed")));

        // Milan's shortened Christmas Eve: 10:00–14:00, so the last drive starts 12:30.
        const Studio &milan = m_fx.studio(QStringLiteral("milan"));
        QCOMPARE(localStarts(planner.day(milan, QDate(2026, 12, 24), DriveTarget::fleet(QStringLiteral("vega-s")), {})),
                 QStringList({"10:00", "11:15", "12:30"}));

        // Shanghai after the Spring Festival: 13:00–18:00 instead of 10:00–22:00; 45 + 10 minutes.
        const Studio &shanghai = m_fx.studio(QStringLiteral("shanghai"));
        got = planner.day(shanghai, QDate(2027, 2, 8), aster5, {});
        QCOMPARE(localStarts(got), QStringList({"13:00", "13:55", "14:50", "15:45", "16:40"}));
        QCOMPARE(got.first().start, utc("2027-02-08T05:00:00Z"));
        QVERIFY(planner.day(shanghai, QDate(2027, 2, 7), aster5, {}).isEmpty());

        // hoursOn tells which rule applied.
        const StudioException *exception = nullptr;
        QCOMPARE(SlotPlanner::hoursOn(oslo, QDate(2026, 12, 10), &exception).size(), 1);
        QVERIFY(exception);
        QCOMPARE(exception->hours.first().to, QTime(21, 30));
        SlotPlanner::hoursOn(oslo, QDate(2026, 12, 3), &exception);
        QVERIFY(!exception);
    }

    void instantsAroundClockChanges()
    {
        const QTimeZone oslo("Europe/Oslo");
        QVERIFY(oslo.isValid());
        // 02:30 does not exist on 29 March, exists twice on 25 October.
        QVERIFY(SlotPlanner::instantsOf(QDate(2026, 3, 29), QTime(2, 30), oslo).isEmpty());
        QCOMPARE(utcStrings(SlotPlanner::instantsOf(QDate(2026, 10, 25), QTime(2, 30), oslo)),
                 QStringList({"2026-10-25T00:30Z", "2026-10-25T01:30Z"}));
        QCOMPARE(utcStrings(SlotPlanner::instantsOf(QDate(2026, 3, 29), QTime(3, 0), oslo)), QStringList({"2026-03-29T01:00Z"}));
        const QTimeZone la("America/Los_Angeles");
        QVERIFY(SlotPlanner::instantsOf(QDate(2026, 3, 8), QTime(2, 15), la).isEmpty());
        QCOMPARE(utcStrings(SlotPlanner::instantsOf(QDate(2026, 11, 1), QTime(1, 30), la)),
                 QStringList({"2026-11-01T08:30Z", "2026-11-01T09:30Z"}));
    }

    void osloSpringForward()
    {
        // 29 March 2026: at 02:00 the clocks jump to 03:00 (UTC+1 → UTC+2). Open 00:00–06:00 that night.
        const SlotPlanner planner(m_fx.clock());
        const DriveTarget aster5 = DriveTarget::fleet(QStringLiteral("aster-5"));
        const QDate day(2026, 3, 29);
        Studio oslo = nightOpening(m_fx.studio(QStringLiteral("oslo")), day, QTime(0, 0), QTime(6, 0), 60, 15);
        auto got = planner.day(oslo, day, aster5, {});
        // Wall grid 00:00, 01:15, [02:30 does not exist], 03:45, 05:00 (ends 06:00 = 04:00Z, the closing).
        QCOMPARE(localStarts(got), QStringList({"00:00", "01:15", "03:45", "05:00"}));
        QCOMPARE(utcStarts(got),
                 QStringList({"2026-03-28T23:00Z", "2026-03-29T00:15Z", "2026-03-29T01:45Z", "2026-03-29T03:00Z"}));
        // The 01:15 drive lasts a real hour: it ends at 03:15 on the moved-on clock.
        QCOMPARE(got.at(1).end.toTimeZone(QTimeZone("Europe/Oslo")).time(), QTime(3, 15));
        checkGrid(oslo, got);
        for (const auto &s : got)
            QVERIFY2(s.local.time() < QTime(2, 0) || s.local.time() >= QTime(3, 0), "a slot in the skipped hour");

        // 30-minute drives + 15 minutes: the 03:00 start is only 30 real minutes after 01:30 and
        // would overlap its buffer, so it is left out; 03:45 would end after the 04:00 closing.
        oslo = nightOpening(m_fx.studio(QStringLiteral("oslo")), day, QTime(0, 0), QTime(4, 0), 30, 15);
        got = planner.day(oslo, day, aster5, {});
        QCOMPARE(localStarts(got), QStringList({"00:00", "00:45", "01:30"}));
        checkGrid(oslo, got);

        // Closing inside the skipped hour (02:30) means 03:30 on the moved-on clock, 01:30Z.
        oslo = nightOpening(m_fx.studio(QStringLiteral("oslo")), day, QTime(0, 0), QTime(2, 30), 60, 15);
        got = planner.day(oslo, day, aster5, {});
        QCOMPARE(utcStarts(got), QStringList({"2026-03-28T23:00Z", "2026-03-29T00:15Z"}));

        // The real studio is closed that Sunday.
        QVERIFY(planner.day(m_fx.studio(QStringLiteral("oslo")), day, aster5, {}).isEmpty());
    }

    void osloFallBack()
    {
        // 25 October 2026: at 03:00 the clocks go back to 02:00 (UTC+2 → UTC+1); 02:00–03:00 happens twice.
        const SlotPlanner planner(m_fx.clock());
        const DriveTarget aster5 = DriveTarget::fleet(QStringLiteral("aster-5"));
        const QDate day(2026, 10, 25);
        const Studio oslo = nightOpening(m_fx.studio(QStringLiteral("oslo")), day, QTime(0, 0), QTime(6, 0), 60, 15);
        const auto got = planner.day(oslo, day, aster5, {});
        // 02:30 is offered once, at its first occurrence (UTC+2).
        QCOMPARE(localStarts(got), QStringList({"00:00", "01:15", "02:30", "03:45", "05:00"}));
        QCOMPARE(utcStarts(got),
                 QStringList(
                     {"2026-10-24T22:00Z", "2026-10-24T23:15Z", "2026-10-25T00:30Z", "2026-10-25T02:45Z", "2026-10-25T04:00Z"}));
        QCOMPARE(got.at(2).local.offsetFromUtc(), 7200);
        QCOMPARE(got.at(3).local.offsetFromUtc(), 3600);
        // The last drive ends at 06:00 UTC+1 (05:00Z), the real closing time.
        QCOMPARE(got.last().end, utc("2026-10-25T05:00:00Z"));
        checkGrid(oslo, got);
        int inRepeatedHour = 0;
        for (const auto &s : got)
            inRepeatedHour += s.local.time() >= QTime(2, 0) && s.local.time() < QTime(3, 0);
        QCOMPARE(inRepeatedHour, 1);
        // slotAt accepts the first occurrence only.
        QVERIFY(planner.slotAt(oslo, utc("2026-10-25T00:30:00Z"), aster5, {}));
        QString why;
        QVERIFY(!planner.slotAt(oslo, utc("2026-10-25T01:30:00Z"), aster5, {}, &why));
        QVERIFY(!why.isEmpty());
    }

    void portlandClockChanges()
    {
        const SlotPlanner planner(m_fx.clock());
        const Studio &real = m_fx.studio(QStringLiteral("portland"));
        QCOMPARE(real.timezone, QStringLiteral("America/Los_Angeles"));
        QCOMPARE(real.slotMinutes + real.bufferMinutes, 60);
        const DriveTarget aster7 = DriveTarget::fleet(QStringLiteral("aster-7"));

        // The real Sunday hours, 11:00–17:00, on both change days: the same wall grid, shifted in UTC.
        auto got = planner.day(real, QDate(2026, 3, 8), aster7, {});
        QCOMPARE(localStarts(got), QStringList({"11:00", "12:00", "13:00", "14:00", "15:00", "16:00"}));
        QCOMPARE(got.first().start, utc("2026-03-08T18:00:00Z")); // PDT, UTC−7
        checkGrid(real, got);
        got = planner.day(real, QDate(2026, 11, 1), aster7, {});
        QCOMPARE(localStarts(got), QStringList({"11:00", "12:00", "13:00", "14:00", "15:00", "16:00"}));
        QCOMPARE(got.first().start, utc("2026-11-01T19:00:00Z")); // PST, UTC−8
        QCOMPARE(got.last().start, utc("2026-11-02T00:00:00Z"));
        QCOMPARE(got.first().capacity, 2); // three experts, two demo Aster 7

        // Open through the night of 8 March: 02:00 is skipped.
        const QDate spring(2026, 3, 8);
        Studio night = nightOpening(real, spring, QTime(0, 0), QTime(5, 0), 45, 15);
        got = planner.day(night, spring, aster7, {});
        QCOMPARE(localStarts(got), QStringList({"00:00", "01:00", "03:00", "04:00"}));
        QCOMPARE(utcStarts(got),
                 QStringList({"2026-03-08T08:00Z", "2026-03-08T09:00Z", "2026-03-08T10:00Z", "2026-03-08T11:00Z"}));
        checkGrid(night, got);

        // Open through the night of 1 November: 01:00–02:00 happens twice; the 01:00 slot once.
        const QDate autumn(2026, 11, 1);
        night = nightOpening(real, autumn, QTime(0, 0), QTime(5, 0), 45, 15);
        got = planner.day(night, autumn, aster7, {});
        QCOMPARE(localStarts(got), QStringList({"00:00", "01:00", "02:00", "03:00", "04:00"}));
        QCOMPARE(utcStarts(got),
                 QStringList(
                     {"2026-11-01T07:00Z", "2026-11-01T08:00Z", "2026-11-01T10:00Z", "2026-11-01T11:00Z", "2026-11-01T12:00Z"}));
        QCOMPARE(got.at(1).local.offsetFromUtc(), -7 * 3600);
        QCOMPARE(got.at(2).local.offsetFromUtc(), -8 * 3600);
        checkGrid(night, got);
    }

    void leadTime()
    {
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        const DriveTarget aster5 = DriveTarget::fleet(QStringLiteral("aster-5"));
        const QDate day(2026, 6, 1);
        auto now = std::make_shared<QDateTime>(BookingFixture::local(oslo, day, QTime(10, 20)));
        const Clock clock = [now] { return *now; };
        // 10:20 + 30 minutes' lead: 11:15 is still offered, 10:00 is not.
        auto got = SlotPlanner(clock).day(oslo, day, aster5, {});
        QCOMPARE(localStarts(got).first(), QStringLiteral("11:15"));
        QCOMPARE(got.size(), 6);
        *now = (BookingFixture::local(oslo, day, QTime(10, 50)));
        got = SlotPlanner(clock).day(oslo, day, aster5, {});
        QCOMPARE(localStarts(got).first(), QStringLiteral("12:30"));
        QString why;
        QVERIFY(!SlotPlanner(clock).slotAt(oslo, BookingFixture::local(oslo, day, QTime(11, 15)), aster5, {}, &why));
        QVERIFY(why.contains(QLatin1String("too soon")));
        *now = (BookingFixture::local(oslo, day, QTime(18, 0)));
        why.clear();
        QVERIFY(SlotPlanner(clock).day(oslo, day, aster5, {}, &why).isEmpty());
        QVERIFY(why.contains(QLatin1String("No more test drives")));
    }

    void capacityFromExpertsAndFleet()
    {
        // Oslo: two experts in parallel; demo fleet 2 × Aster 5, 1 × Aster 3, 1 × Vega e.
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        QCOMPARE(oslo.parallelDrives, 2);
        QCOMPARE(SlotPlanner::fleetCount(oslo, QStringLiteral("aster-5")), 2);
        QCOMPARE(SlotPlanner::fleetCount(oslo, QStringLiteral("aster-3")), 1);
        const SlotPlanner planner(m_fx.clock());
        const QDateTime at = BookingFixture::local(oslo, QDate(2026, 6, 1), QTime(11, 15));
        const auto slot = [&](const QString &model, const Occupancy &busy) {
            const auto s = planner.slotAt(oslo, at, DriveTarget::fleet(model), busy);
            return s ? s->capacity : -1;
        };
        QCOMPARE(slot(QStringLiteral("aster-5"), {}), 2);
        QCOMPARE(slot(QStringLiteral("aster-3"), {}), 1);  // limited by the fleet
        QCOMPARE(slot(QStringLiteral("rune-gt"), {}), -1); // no such demo car here

        // One Aster 5 and its expert taken for the slot: one of each left.
        const auto steps = SlotPlanner::steps(at, at.addSecs(75 * 60));
        QCOMPARE(steps.size(), 15);
        Occupancy busy;
        for (qint64 s : steps) {
            busy[SlotPlanner::staffResource(QStringLiteral("oslo"), 1)].insert(s);
            busy[SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-5"), 1)].insert(s);
        }
        const auto one = planner.slotAt(oslo, at, DriveTarget::fleet(QStringLiteral("aster-5")), busy);
        QVERIFY(one);
        QCOMPARE(one->capacity, 1);
        QCOMPARE(one->freeStaff, QStringList({SlotPlanner::staffResource(QStringLiteral("oslo"), 2)}));
        QCOMPARE(one->freeCars, QStringList({SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-5"), 2)}));
        QCOMPARE(slot(QStringLiteral("aster-3"), busy), 1);

        // Both experts busy (the second with a Vega e): nothing left at all, though the Aster 3 is free.
        for (qint64 s : steps) {
            busy[SlotPlanner::staffResource(QStringLiteral("oslo"), 2)].insert(s);
            busy[SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("vega-e"), 1)].insert(s);
        }
        QCOMPARE(slot(QStringLiteral("aster-3"), busy), 0);
        QCOMPARE(slot(QStringLiteral("aster-5"), busy), 0);
        // The got before and after are untouched: a drive's buffer ends where the next slot begins.
        const auto day = planner.day(oslo, QDate(2026, 6, 1), DriveTarget::fleet(QStringLiteral("aster-3")), busy);
        QCOMPARE(day.size(), 7);
        QCOMPARE(day.at(0).capacity, 1);
        QCOMPARE(day.at(1).capacity, 0);
        QCOMPARE(day.at(2).capacity, 1);

        // Only the last five minutes of the buffer before: that is enough to keep the unit busy.
        Occupancy tail;
        tail[SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-3"), 1)].insert(at.toSecsSinceEpoch() - 300);
        QCOMPARE(slot(QStringLiteral("aster-3"), tail), 1);
        tail[SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-3"), 1)].insert(at.toSecsSinceEpoch()
                                                                                                    + 70 * 60);
        QCOMPARE(slot(QStringLiteral("aster-3"), tail), 0);
    }

    void stockCarUsesThatCar()
    {
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        const SlotPlanner planner(m_fx.clock());
        const QDateTime at = BookingFixture::local(oslo, QDate(2026, 6, 1), QTime(12, 30));
        const auto steps = SlotPlanner::steps(at, at.addSecs(75 * 60));

        // An Aster 7 in stock at Oslo, a model the demo fleet does not have.
        const Vehicle *aster7 = stockCar(QStringLiteral("oslo"), QStringLiteral("aster-7"));
        QVERIFY(aster7);
        QCOMPARE(SlotPlanner::fleetCount(oslo, QStringLiteral("aster-7")), 0);
        QVERIFY(planner.day(oslo, QDate(2026, 6, 1), DriveTarget::fleet(QStringLiteral("aster-7")), {}).isEmpty());
        const DriveTarget car = DriveTarget::stockCar(aster7->id, aster7->model, aster7->location);
        auto s = planner.slotAt(oslo, at, car, {});
        QVERIFY(s);
        QCOMPARE(s->capacity, 1); // one car, however many experts
        QCOMPARE(s->freeCars, QStringList({SlotPlanner::vehicleResource(aster7->id)}));
        QCOMPARE(SlotPlanner::carPool(oslo, car), QStringList({SlotPlanner::vehicleResource(aster7->id)}));

        // A stock Aster 5 is not a demo Aster 5: the fleet being out does not matter, the car itself does.
        const Vehicle *aster5 = stockCar(QStringLiteral("oslo"), QStringLiteral("aster-5"));
        QVERIFY(aster5);
        const DriveTarget stock5 = DriveTarget::stockCar(aster5->id, aster5->model, aster5->location);
        Occupancy fleetOut;
        for (qint64 step : steps) {
            fleetOut[SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-5"), 1)].insert(step);
            fleetOut[SlotPlanner::carResource(QStringLiteral("oslo"), QStringLiteral("aster-5"), 2)].insert(step);
        }
        QCOMPARE(planner.slotAt(oslo, at, DriveTarget::fleet(QStringLiteral("aster-5")), fleetOut)->capacity, 0);
        s = planner.slotAt(oslo, at, stock5, fleetOut);
        QVERIFY(s);
        QCOMPARE(s->capacity, 1);
        Occupancy carOut;
        for (qint64 step : steps)
            carOut[SlotPlanner::vehicleResource(aster5->id)].insert(step);
        QCOMPARE(planner.slotAt(oslo, at, stock5, carOut)->capacity, 0);
        QCOMPARE(planner.slotAt(oslo, at, DriveTarget::fleet(QStringLiteral("aster-5")), carOut)->capacity, 2);

        // A car held elsewhere is driven there, not here; a dealer's own stock car can be booked there.
        const Vehicle *milan = stockCar(QStringLiteral("milan"), QStringLiteral("aster-5"));
        QVERIFY(milan);
        QString why;
        QVERIFY(planner.day(oslo, QDate(2026, 6, 1), DriveTarget::stockCar(milan->id, milan->model, milan->location), {}, &why)
                    .isEmpty());
        QVERIFY(why.contains(QLatin1String("another studio")));
        const Studio &dealer = m_fx.studio(QStringLiteral("lillestrom"));
        QVERIFY(planner.day(dealer, QDate(2026, 6, 1), DriveTarget::fleet(QStringLiteral("aster-5")), {}, &why).isEmpty());
        QVERIFY(why.contains(QLatin1String("dealer")));
        const Vehicle *dealerCar = nullptr;
        for (const Vehicle &v : m_vehicles) {
            if (v.location == dealer.id) {
                dealerCar = &v;
                break;
            }
        }
        QVERIFY(dealerCar);
        const auto dealerSlots = planner.day(dealer, QDate(2026, 6, 1),
                                             DriveTarget::stockCar(dealerCar->id, dealerCar->model, dealer.id), {});
        QCOMPARE(dealerSlots.size(), 7); // 09:00–18:00, 75-minute steps
        QCOMPARE(dealerSlots.first().capacity, 1);
    }

    void stepsAreHalfOpen()
    {
        const QDateTime from = utc("2026-06-01T08:00:00Z");
        QCOMPARE(SlotPlanner::steps(from, from.addSecs(3600)).size(), 12);
        QCOMPARE(SlotPlanner::steps(from, from.addSecs(3600)).last(), from.addSecs(3300).toSecsSinceEpoch());
        QCOMPARE(SlotPlanner::steps(from, from.addSecs(301)).size(), 2);
        QVERIFY(SlotPlanner::steps(from, from).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSlotPlanner)
#include "tst_slotplanner.moc"
