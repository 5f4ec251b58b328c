// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/openinghours.h"

#include <QTest>
#include <QTimeZone>

namespace {

// Oslo's studio as the demo feed has it: 10–19 on weekdays (20 on Thursdays), 10–17 on
// Saturdays, closed on Sundays.
Studio oslo()
{
    Studio s;
    s.id = QStringLiteral("oslo");
    s.timezone = QStringLiteral("Europe/Oslo");
    for (int day = 0; day < 5; ++day)
        s.weeklyHours[day] = {{QTime(10, 0), QTime(day == 3 ? 20 : 19, 0)}};
    s.weeklyHours[5] = {{QTime(10, 0), QTime(17, 0)}};
    return s;
}

QDateTime osloTime(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Oslo"));
}

} // namespace

/// The screen's sleep schedule: awake within the hours and their margins, the next change in
/// UTC across nights, weekends, exceptions, breaks, time zones and clock changes; staff wakes.
class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void awakeWithinTheHoursUntilTheMarginAfterClosing()
    {
        const OpeningHours hours(oslo());
        // Monday 2026-12-07.
        const auto state = hours.at(osloTime(2026, 12, 7, 12));
        QVERIFY(state.awake);
        QCOMPARE(state.nextChange, osloTime(2026, 12, 7, 19, 15).toUTC());
        QCOMPARE(state.nextChange.timeSpec(), Qt::UTC);
    }

    void wakesAQuarterOfAnHourBeforeOpening()
    {
        const OpeningHours hours(oslo());
        const auto early = hours.at(osloTime(2026, 12, 7, 9, 30));
        QVERIFY(!early.awake);
        QCOMPARE(early.nextChange, osloTime(2026, 12, 7, 9, 45).toUTC());
        QVERIFY(hours.at(osloTime(2026, 12, 7, 9, 45)).awake);
        QVERIFY(hours.at(osloTime(2026, 12, 7, 19, 14)).awake);
        QVERIFY(!hours.at(osloTime(2026, 12, 7, 19, 15)).awake);
    }

    void sleepsOverNightAndOverTheClosedSunday()
    {
        const OpeningHours hours(oslo());
        const auto night = hours.at(osloTime(2026, 12, 7, 23));
        QVERIFY(!night.awake);
        QCOMPARE(night.nextChange, osloTime(2026, 12, 8, 9, 45).toUTC());
        // Saturday evening: Sunday is closed, so the next wake is Monday's.
        const auto weekend = hours.at(osloTime(2026, 12, 12, 18));
        QVERIFY(!weekend.awake);
        QCOMPARE(weekend.nextChange, osloTime(2026, 12, 14, 9, 45).toUTC());
        // Just after midnight the previous evening's span is long over.
        QVERIFY(!hours.at(osloTime(2026, 12, 8, 0, 5)).awake);
    }

    void exceptionsReplaceTheWeekday()
    {
        Studio s = oslo();
        s.exceptions = {{QDate(2026, 12, 10), {{QTime(10, 0), QTime(21, 30)}}, {}},
                        {QDate(2026, 12, 24), {}, {}},
                        {QDate(2026, 12, 25), {}, {}}};
        const OpeningHours hours(s);
        // The late opening on Thursday the 10th.
        const auto late = hours.at(osloTime(2026, 12, 10, 21));
        QVERIFY(late.awake);
        QCOMPARE(late.nextChange, osloTime(2026, 12, 10, 21, 45).toUTC());
        // Wednesday the 23rd in the evening: closed on the 24th and 25th, open again on Saturday.
        const auto christmas = hours.at(osloTime(2026, 12, 23, 20));
        QVERIFY(!christmas.awake);
        QCOMPARE(christmas.nextChange, osloTime(2026, 12, 26, 9, 45).toUTC());
    }

    void aShortBreakKeepsTheScreenOnALongOneSleeps()
    {
        Studio s = oslo();
        s.weeklyHours[0] = {{QTime(10, 0), QTime(12, 0)}, {QTime(12, 20), QTime(18, 0)}};
        s.weeklyHours[1] = {{QTime(10, 0), QTime(12, 0)}, {QTime(14, 0), QTime(18, 0)}};
        const OpeningHours hours(s);
        const auto lunch = hours.at(osloTime(2026, 12, 7, 12, 10));
        QVERIFY(lunch.awake);
        QCOMPARE(lunch.nextChange, osloTime(2026, 12, 7, 18, 15).toUTC());
        const auto siesta = hours.at(osloTime(2026, 12, 8, 13));
        QVERIFY(!siesta.awake);
        QCOMPARE(siesta.nextChange, osloTime(2026, 12, 8, 13, 45).toUTC());
    }

    void followsTheStudiosTimeZone()
    {
        Studio s;
        s.timezone = QStringLiteral("Asia/Shanghai");
        s.weeklyHours.fill({{QTime(10, 0), QTime(22, 0)}});
        const OpeningHours hours(s);
        // 01:00 UTC is 09:00 in Shanghai: asleep until 09:45 there, 01:45 UTC.
        const auto state = hours.at(QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC));
        QVERIFY(!state.awake);
        QCOMPARE(state.nextChange, QDateTime(QDate(2026, 12, 7), QTime(1, 45), Qt::UTC));
        // A zone the system does not know reads the hours as UTC.
        s.timezone = QStringLiteral("Nowhere/Atlantis");
        QVERIFY(!OpeningHours(s).at(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)).awake);
        QVERIFY(OpeningHours(s).at(QDateTime(QDate(2026, 12, 7), QTime(9, 50), Qt::UTC)).awake);
    }

    void acrossTheSpringClockChange()
    {
        const OpeningHours hours(oslo());
        // Saturday 2026-03-28 closes at 17:15 CET (16:15 UTC); the clocks go forward that night
        // and Monday opens at 09:45 CEST, 07:45 UTC.
        const auto state = hours.at(QDateTime(QDate(2026, 3, 28), QTime(20, 0), Qt::UTC));
        QVERIFY(!state.awake);
        QCOMPARE(state.nextChange, QDateTime(QDate(2026, 3, 30), QTime(7, 45), Qt::UTC));
        QVERIFY(hours.at(QDateTime(QDate(2026, 3, 28), QTime(16, 14), Qt::UTC)).awake);
    }

    void withoutHoursTheScreenNeverSleeps()
    {
        QCOMPARE(OpeningHours().at(QDateTime::currentDateTimeUtc()), (OpeningHours::State{true, {}}));
        Studio none;
        none.timezone = QStringLiteral("Europe/Oslo");
        QCOMPARE(OpeningHours(none).at(QDateTime::currentDateTimeUtc()), (OpeningHours::State{true, {}}));
    }

    void closedForLongerThanTheHorizonSleepsWithNothingPlanned()
    {
        Studio s;
        s.exceptions = {{QDate(2020, 1, 6), {{QTime(10, 0), QTime(18, 0)}}, {}}};
        const auto state = OpeningHours(s).at(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
        QVERIFY(!state.awake);
        QVERIFY(!state.nextChange.isValid());
    }

    void customMargins()
    {
        const OpeningHours hours(oslo(), {0, 60});
        QVERIFY(!hours.at(osloTime(2026, 12, 7, 9, 59)).awake);
        const auto state = hours.at(osloTime(2026, 12, 7, 19, 30));
        QVERIFY(state.awake);
        QCOMPARE(state.nextChange, osloTime(2026, 12, 7, 20).toUTC());
    }

    void staffWakeLastsAnHour()
    {
        const OpeningHours hours(oslo());
        const QDateTime woke = osloTime(2026, 12, 7, 22);
        const auto state = hours.at(osloTime(2026, 12, 7, 22, 10), woke);
        QVERIFY(state.awake);
        QCOMPARE(state.nextChange, osloTime(2026, 12, 7, 23).toUTC());
        QVERIFY(!hours.at(osloTime(2026, 12, 7, 23), woke).awake);
        // A wake "from the future" (a clock set back) is not one.
        QVERIFY(!hours.at(osloTime(2026, 12, 7, 21), woke).awake);
    }

    void staffWakeRunsIntoTheOpening()
    {
        const OpeningHours hours(oslo());
        const QDateTime woke = osloTime(2026, 12, 8, 9, 15);
        const auto state = hours.at(osloTime(2026, 12, 8, 9, 20), woke);
        QVERIFY(state.awake);
        QCOMPARE(state.nextChange, osloTime(2026, 12, 8, 9, 45).toUTC());
        // From then on the hours keep it awake.
        const auto open = hours.at(state.nextChange, woke);
        QVERIFY(open.awake);
        QCOMPARE(open.nextChange, osloTime(2026, 12, 8, 19, 15).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
