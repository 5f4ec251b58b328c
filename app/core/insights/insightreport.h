// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightevent.h"
#include "insights/insightrows.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

/// A span of whole days in the studio's time zone, and the one of equal length just before it.
struct InsightPeriod {
    QDate first;
    QDate last; ///< inclusive
    QTimeZone zone;

    static InsightPeriod today(const QDateTime &now, const QTimeZone &zone);
    /// The last `days` days up to and including today.
    static InsightPeriod lastDays(int days, const QDateTime &now, const QTimeZone &zone);
    InsightPeriod previous() const;
    int days() const { return int(first.daysTo(last)) + 1; }
    qint64 fromMs() const;
    qint64 toMs() const; ///< exclusive: the start of the day after `last`
    bool valid() const { return first.isValid() && last.isValid() && first <= last; }
};

/// What the screens saw in a period, from the stored totals and visits: the funnel, the top
/// lists, what found nothing, the busiest hours and the screens side by side. Any group of fewer
/// than five visits is hidden (its numbers withheld) and says so.
class InsightReport
{
public:
    static constexpr qint64 minimumVisits = 5;

    /// Reads what the screens in `scope` saw (every screen that wrote to this database by default).
    explicit InsightReport(QSqlDatabase db, InsightScope scope = {});
    const InsightScope &scope() const { return m_scope; }

    struct Step {
        QString name; ///< visit, viewed, configured, booked, driven
        qint64 visits = 0;
        std::optional<double> conversion;    ///< of the step before; none for the first or when either is hidden
        std::optional<qint64> medianSeconds; ///< from the visit's start (driven: from the booking)
        bool hidden = false;
    };
    std::optional<QList<Step>> funnel(const InsightPeriod &period, QString *error = nullptr);

    struct Row {
        QString subject;
        QString detail;
        qint64 events = 0;
        qint64 visits = 0;
        qint64 zero = 0;
        bool hidden = false;
    };
    /// The subjects (and details, for paints, wheels and options) of `kind`, most visits first.
    std::optional<QList<Row>> top(InsightEvent::Kind kind, const InsightPeriod &period, int limit, QString *error = nullptr);
    /// Filters and searches that found no car, most often first (`events` counts those that
    /// found nothing).
    std::optional<QList<Row>> nothingFound(const InsightPeriod &period, int limit, QString *error = nullptr);

    struct Cell {
        int weekday = 1; ///< ISO, 1 = Monday
        int hour = -1;   ///< 0–23 in the studio's time; -1 for days folded past the retention
        qint64 visits = 0;
        bool hidden = false;
    };
    /// Visits per weekday and hour (studio time), busiest first.
    std::optional<QList<Cell>> busiest(const InsightPeriod &period, QString *error = nullptr);

    struct DayVisits {
        QDate date; ///< in the studio's time
        qint64 visits = 0;
        bool hidden = false; ///< fewer than five: withheld
    };
    /// Visits that started on each day of the period (every day, in order), for a line over time.
    std::optional<QList<DayVisits>> daily(const InsightPeriod &period, QString *error = nullptr);

    struct ScreenRow {
        QString studio; ///< the studio's id ('' when the screen did not say)
        QString screen; ///< the screen's name; empty in rows by studio
        qint64 visits = 0;
        qint64 viewed = 0;
        qint64 configured = 0;
        qint64 booked = 0;
        bool hidden = false;
    };
    /// Screens side by side (by studio and name), busiest first.
    std::optional<QList<ScreenRow>> screens(const InsightPeriod &period, QString *error = nullptr);
    /// Studios side by side (every screen of a studio together), busiest first.
    std::optional<QList<ScreenRow>> studios(const InsightPeriod &period, QString *error = nullptr);

    struct EventRow {
        QString event;    ///< the studio event's id; empty in rows by kind
        QString kind;     ///< talk, workshop, drive-day, launch
        qint64 views = 0; ///< visits that opened its page (by kind: summed over its events)
        qint64 joins = 0; ///< visits that took a place
        bool viewsHidden = false, joinsHidden = false;
    };
    /// Studio events' pages viewed and places taken, per event (or per kind), most viewed first;
    /// each count of fewer than five visits withheld on its own.
    std::optional<QList<EventRow>> events(const InsightPeriod &period, bool byKind, QString *error = nullptr);

    /// Events of `kind` per subject, summed over screens and details, none withheld: for
    /// findings that weigh counts of drives against each other, never shown row by row.
    std::optional<QHash<QString, qint64>> eventCounts(InsightEvent::Kind kind, const InsightPeriod &period,
                                                      QString *error = nullptr);

    /// Median of `values` (the lower middle for an even count); none when empty.
    static std::optional<qint64> median(QList<qint64> values);
    /// The same of values counted (each with how many times it came), fewest seconds first.
    static std::optional<qint64> median(const QList<InsightRows::Delay> &counted);

private:
    std::optional<QList<ScreenRow>> sideBySide(const InsightPeriod &period, bool byStudio, QString *error);

    QSqlDatabase m_db;
    InsightScope m_scope;
};
