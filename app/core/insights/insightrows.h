// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightevent.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Which screens a report covers: all that wrote to this database (a screen's own, or a chain's
/// hub), one studio's, or one screen's (by its name, within its studio when one is given).
struct InsightScope {
    QString studio; ///< empty: every studio
    QString screen; ///< empty: every screen
    bool operator==(const InsightScope &) const = default;
};

/// The SQL of the insight tables: an event, its visit's funnel steps and the hour's totals are
/// written together inside the caller's transaction; the reports read totals and visits; the
/// retention folds old hours into days. Statements are prepared once per connection.
class InsightRows
{
public:
    explicit InsightRows(QSqlDatabase db, InsightScope scope = {});

    /// Writes the event (which must have no problem()) with its id and this device's id.
    bool insert(const InsightEvent &event, const QString &uuid, const QString &deviceId, QString *error = nullptr);

    /// Removes the events and visits from before `cutoff` and folds the hourly totals of every
    /// whole UTC day before it into daily totals; `removed` gets the number of events removed.
    bool fold(const QDateTime &cutoff, qint64 *removed = nullptr, QString *error = nullptr);

    struct Total {
        QString studio;
        QString screen;
        QString subject;
        QString detail;
        qint64 events = 0;
        qint64 visits = 0;
        qint64 zero = 0;
    };
    /// The totals of `kind` in [fromMs, toMs), summed per studio, screen, subject and detail, or
    /// (`perScreen` false, the top lists' case, with studio and screen left empty) per subject and
    /// detail: the sum is made by SQLite, so a month of hours over many screens comes as few rows.
    std::optional<QList<Total>> totals(const QString &kind, qint64 fromMs, qint64 toMs, QString *error = nullptr,
                                       bool perScreen = true);

    struct Bucket {
        qint64 startMs = 0;
        bool wholeDay = false;
        qint64 visits = 0;
    };
    /// The visits started per hour (or per day, once folded) in [fromMs, toMs).
    std::optional<QList<Bucket>> visitBuckets(qint64 fromMs, qint64 toMs, QString *error = nullptr);

    struct VisitSteps {
        qint64 started = 0;
        qint64 viewed = -1; ///< -1: never reached
        qint64 configured = -1;
        qint64 booked = -1;
    };
    /// The visits that started in [fromMs, toMs) and are still kept (within the retention).
    std::optional<QList<VisitSteps>> visits(qint64 fromMs, qint64 toMs, QString *error = nullptr);

    struct Delay {
        qint64 seconds = 0; ///< from the visit's start, truncated
        qint64 visits = 0;
    };
    /// Of the visits that started in [fromMs, toMs) (and are kept), how many reached each step
    /// after how many seconds, fewest seconds first: the same as counted from visits(), read from
    /// the day's counts for whole UTC days and from the visits for the hours at the edges.
    struct StepDelays {
        QList<Delay> viewed, configured, booked;
    };
    std::optional<StepDelays> delays(qint64 fromMs, qint64 toMs, QString *error = nullptr);

    /// The values of the events of `kind` in [fromMs, toMs) that carry one.
    std::optional<QList<qint64>> values(const QString &kind, qint64 fromMs, qint64 toMs, QString *error = nullptr);

    /// How many events are kept (for the retention's report and the benchmark).
    std::optional<qint64> eventCount(QString *error = nullptr);

    /// The lowest and the highest id of the events kept, whatever the scope: an event written
    /// raises the last, the fold raises the first, so a report read at the same pair counted the
    /// same events. Two lookups in the primary key, however many events there are.
    struct Generation {
        qint64 first = 0, last = 0;
        bool operator==(const Generation &) const = default;
    };
    std::optional<Generation> generation(QString *error = nullptr);

private:
    bool ready(QString *error);
    bool run(SqliteStatement &statement, QString *error);

    /// " AND studio = ? AND screen = ?" as far as the scope asks, and the values to bind.
    QString scopeClause(QVariantList *binds) const;

    QSqlDatabase m_db;
    InsightScope m_scope;
    bool m_prepared = false;
    SqliteStatement m_seen;
    SqliteStatement m_insertEvent;
    SqliteStatement m_insertVisit;
    SqliteStatement m_endVisit;
    SqliteStatement m_reachViewed;
    SqliteStatement m_reachConfigured;
    SqliteStatement m_reachBooked;
    SqliteStatement m_addTotal;
    SqliteStatement m_addDaily;
    SqliteStatement m_addDelay;
};
