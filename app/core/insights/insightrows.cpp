// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightrows.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace {

constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

qint64 floorTo(qint64 ms, qint64 step)
{
    const qint64 r = ms % step;
    return r < 0 ? ms - r - step : ms - r;
}

// The funnel step an event can bring its visit to, by the column that remembers when.
SqliteStatement *stepStatement(InsightEvent::Kind kind, SqliteStatement &viewed, SqliteStatement &configured,
                               SqliteStatement &booked, QString *step)
{
    switch (kind) {
    case InsightEvent::Kind::CarViewed:
        *step = QStringLiteral("viewed");
        return &viewed;
    case InsightEvent::Kind::ConfigurationFinished:
        *step = QStringLiteral("configured");
        return &configured;
    case InsightEvent::Kind::DriveBooked:
        *step = QStringLiteral("booked");
        return &booked;
    default:
        return nullptr;
    }
}

// Text columns are NOT NULL: SqliteStatement binds a null QString as NULL, an empty one as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool countsNothingFound(const InsightEvent &e)
{
    return (e.kind == InsightEvent::Kind::FilterApplied || e.kind == InsightEvent::Kind::TextSearched) && e.value
        && *e.value == 0;
}

// Runs a query and turns each row into a T; none when the database fails.
template<typename T, typename F>
std::optional<QList<T>> readRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, F row, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(db, sql, error))
        return std::nullopt;
    for (int i = 0; i < binds.size(); ++i)
        s.bind(i, binds.at(i));
    QList<T> list;
    SqliteStatement::Result r;
    while ((r = s.step(error)) == SqliteStatement::Result::Row)
        list.append(row(s));
    if (r != SqliteStatement::Result::Done)
        return std::nullopt;
    return list;
}

} // namespace

InsightRows::InsightRows(QSqlDatabase db, InsightScope scope)
    : m_db(std::move(db))
    , m_scope(std::move(scope))
{
}

QString InsightRows::scopeClause(QVariantList *binds) const
{
    QString clause;
    if (!m_scope.studio.isEmpty()) {
        clause += QStringLiteral(" AND studio = ?");
        *binds << m_scope.studio;
    }
    if (!m_scope.screen.isEmpty()) {
        clause += QStringLiteral(" AND screen = ?");
        *binds << m_scope.screen;
    }
    return clause;
}

bool InsightRows::ready(QString *error)
{
    if (m_prepared)
        return true;
    const auto reach = [](const char *column) {
        return QStringLiteral("UPDATE insight_visits SET %1 = ?2 WHERE visit = ?1 AND %1 IS NULL "
                              "RETURNING started_ms, studio, screen")
            .arg(QLatin1String(column));
    };
    m_prepared = m_seen.prepare(
                     m_db,
                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM insight_events WHERE visit = ? AND kind = ? AND subject = ? "
                                    "AND detail = ?)"),
                     error)
        && m_insertEvent.prepare(
            m_db,
            QStringLiteral("INSERT INTO insight_events (uuid, device_id, visit, at_ms, kind, subject, detail, "
                           "value, lang, screen, studio) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error)
        && m_insertVisit.prepare(m_db,
                                 QStringLiteral("INSERT INTO insight_visits (visit, screen, lang, started_ms, "
                                                "studio) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                 error)
        && m_endVisit.prepare(m_db, QStringLiteral("UPDATE insight_visits SET ended_ms = ?2 WHERE visit = ?1"), error)
        && m_reachViewed.prepare(m_db, reach("viewed_ms"), error)
        && m_reachConfigured.prepare(m_db, reach("configured_ms"), error)
        && m_reachBooked.prepare(m_db, reach("booked_ms"), error)
        && m_addTotal.prepare(m_db,
                              QStringLiteral("INSERT INTO insight_totals (kind, bucket_ms, span, studio, screen, subject, "
                                             "detail, events, visits, zero) VALUES (?1, ?2, 'h', ?8, ?3, ?4, ?5, 1, ?6, ?7) "
                                             "ON CONFLICT (kind, bucket_ms, span, studio, screen, subject, detail) DO UPDATE "
                                             "SET events = insight_totals.events + 1, visits = insight_totals.visits + ?6, "
                                             "zero = insight_totals.zero + ?7"),
                              error)
        && m_addDaily.prepare(m_db,
                              QStringLiteral("INSERT INTO insight_daily (kind, day_ms, studio, screen, subject, detail, "
                                             "events, visits, zero) VALUES (?1, ?2, ?8, ?3, ?4, ?5, 1, ?6, ?7) "
                                             "ON CONFLICT (kind, day_ms, studio, screen, subject, detail) DO UPDATE "
                                             "SET events = insight_daily.events + 1, visits = insight_daily.visits + ?6, "
                                             "zero = insight_daily.zero + ?7"),
                              error)
        && m_addDelay.prepare(m_db,
                              QStringLiteral("INSERT INTO insight_step_days (step, day_ms, studio, screen, seconds, visits) "
                                             "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (step, day_ms, studio, screen, seconds) "
                                             "DO UPDATE SET visits = insight_step_days.visits + 1"),
                              error);
    return m_prepared;
}

bool InsightRows::run(SqliteStatement &statement, QString *error)
{
    return statement.step(error) == SqliteStatement::Result::Done;
}

bool InsightRows::insert(const InsightEvent &e, const QString &uuid, const QString &deviceId, QString *error)
{
    if (!ready(error))
        return false;
    const QString kind = InsightEvent::kindName(e.kind);
    const qint64 at = e.at.toMSecsSinceEpoch();
    const qint64 bucket = floorTo(at, hourMs);

    // A visit counts once per kind, subject and detail: "visits that viewed the Aster 5".
    bool first = true;
    if (!e.visit.isEmpty()) {
        m_seen.bind(0, e.visit);
        m_seen.bind(1, kind);
        m_seen.bind(2, text(e.subject));
        m_seen.bind(3, text(e.detail));
        if (m_seen.step(error) != SqliteStatement::Result::Row)
            return false;
        first = m_seen.integer(0) == 0;
        if (m_seen.step(error) != SqliteStatement::Result::Done)
            return false;
    }

    const QVariant value = e.value ? QVariant(*e.value) : QVariant();
    const QVariantList eventValues{
        uuid,           deviceId,      text(e.visit), at, kind, text(e.subject), text(e.detail), value, text(e.language),
        text(e.screen), text(e.studio)};
    for (int i = 0; i < eventValues.size(); ++i)
        m_insertEvent.bind(i, eventValues.at(i));
    if (!run(m_insertEvent, error))
        return false;

    const auto addTotal = [&](const QString &totalKind, const QString &subject, const QString &detail, bool newVisit, bool zero) {
        const QVariantList values{totalKind,    bucket,           text(e.screen), text(subject),
                                  text(detail), newVisit ? 1 : 0, zero ? 1 : 0,   text(e.studio)};
        for (int i = 0; i < values.size(); ++i) {
            m_addTotal.bind(i, values.at(i));
            m_addDaily.bind(i, i == 1 ? QVariant(floorTo(bucket, dayMs)) : values.at(i));
        }
        return run(m_addTotal, error) && run(m_addDaily, error);
    };
    const QString funnel = QStringLiteral("funnel");

    if (!e.visit.isEmpty()) {
        m_insertVisit.bind(0, e.visit);
        m_insertVisit.bind(1, text(e.screen));
        m_insertVisit.bind(2, text(e.language));
        m_insertVisit.bind(3, at);
        m_insertVisit.bind(4, text(e.studio));
        if (!run(m_insertVisit, error))
            return false;
        if (m_insertVisit.changes() == 1 && !addTotal(funnel, QStringLiteral("visit"), {}, true, false))
            return false;
        if (e.kind == InsightEvent::Kind::VisitEnded) {
            m_endVisit.bind(0, e.visit);
            m_endVisit.bind(1, at);
            if (!run(m_endVisit, error))
                return false;
        }
        QString step;
        if (SqliteStatement *reach = stepStatement(e.kind, m_reachViewed, m_reachConfigured, m_reachBooked, &step)) {
            reach->bind(0, e.visit);
            reach->bind(1, at);
            const SqliteStatement::Result reached = reach->step(error);
            if (reached == SqliteStatement::Result::Row) {
                // The visit reached the step just now: counted by the day it started and the time it took.
                const qint64 started = reach->integer(0);
                const QVariantList delay{step, floorTo(started, dayMs), QString::fromUtf8(reach->text(1)),
                                         QString::fromUtf8(reach->text(2)), (at - started) / 1000};
                if (reach->step(error) != SqliteStatement::Result::Done)
                    return false;
                for (int i = 0; i < delay.size(); ++i)
                    m_addDelay.bind(i, delay.at(i));
                if (!run(m_addDelay, error) || !addTotal(funnel, step, {}, true, false))
                    return false;
            } else if (reached != SqliteStatement::Result::Done) {
                return false;
            }
        }
    } else if (e.kind == InsightEvent::Kind::DriveCompleted && !addTotal(funnel, QStringLiteral("driven"), {}, true, false)) {
        return false;
    }
    return addTotal(kind, e.subject, e.detail, first, countsNothingFound(e));
}

bool InsightRows::fold(const QDateTime &cutoff, qint64 *removed, QString *error)
{
    const qint64 cut = cutoff.toMSecsSinceEpoch();
    const qint64 cutDay = floorTo(cut, dayMs);
    QSqlQuery q(m_db);
    const auto exec = [&](const QString &sql, qint64 bound) {
        if (!q.prepare(sql)) {
            qCWarning(lcInsights) << "cannot prepare the fold:" << q.lastError().text();
            if (error)
                *error = Database::plainReason(q.lastError());
            return false;
        }
        q.addBindValue(bound);
        if (!q.exec()) {
            qCWarning(lcInsights) << "the fold failed:" << q.lastError().text();
            if (error)
                *error = Database::plainReason(q.lastError());
            return false;
        }
        return true;
    };
    if (!exec(QStringLiteral("DELETE FROM insight_events WHERE at_ms < ?"), cut))
        return false;
    if (removed)
        *removed = q.numRowsAffected();
    // The funnel's times of the day the cut falls in are counted again from the visits it keeps.
    const auto delaysOf = [](const char *step, const char *column) {
        return QStringLiteral("SELECT '%1', cut.day, studio, screen, (%2 - started_ms) / 1000, count(*) FROM insight_visits, cut "
                              "WHERE started_ms >= cut.day AND started_ms < cut.day + 86400000 AND %2 IS NOT NULL "
                              "GROUP BY studio, screen, (%2 - started_ms) / 1000")
            .arg(QLatin1String(step), QLatin1String(column));
    };
    return exec(QStringLiteral("DELETE FROM insight_visits WHERE started_ms < ?"), cut)
        && exec(QStringLiteral("DELETE FROM insight_step_days WHERE day_ms <= ?"), cutDay)
        && exec(QStringLiteral("WITH cut(day) AS (SELECT ?) "
                               "INSERT INTO insight_step_days (step, day_ms, studio, screen, seconds, visits) ")
                    + delaysOf("viewed", "viewed_ms") + QStringLiteral(" UNION ALL ") + delaysOf("configured", "configured_ms")
                    + QStringLiteral(" UNION ALL ") + delaysOf("booked", "booked_ms"),
                cutDay)
        && exec(QStringLiteral(
                    "INSERT INTO insight_totals (kind, bucket_ms, span, studio, screen, subject, detail, events, visits, "
                    "zero) SELECT kind, bucket_ms - (bucket_ms % 86400000), 'd', studio, screen, subject, detail, "
                    "sum(events), sum(visits), sum(zero) FROM insight_totals WHERE span = 'h' AND bucket_ms < ?1 "
                    "GROUP BY kind, bucket_ms - (bucket_ms % 86400000), studio, screen, subject, detail "
                    "ON CONFLICT (kind, bucket_ms, span, studio, screen, subject, detail) DO UPDATE SET "
                    "events = insight_totals.events + excluded.events, visits = insight_totals.visits + excluded.visits, "
                    "zero = insight_totals.zero + excluded.zero"),
                cutDay)
        && exec(QStringLiteral("DELETE FROM insight_totals WHERE span = 'h' AND bucket_ms < ?"), cutDay);
}

std::optional<QList<InsightRows::Total>> InsightRows::totals(const QString &kind, qint64 fromMs, qint64 toMs, QString *error,
                                                             bool perScreen)
{
    // The whole UTC days of the period from the daily totals; the hours before the first and
    // after the last (a studio's day is not a UTC day) from the hourly ones, as are days folded.
    const qint64 firstDay = floorTo(fromMs + dayMs - 1, dayMs);
    const qint64 endDay = qMax(firstDay, floorTo(toMs, dayMs));
    QVariantList binds{kind, firstDay, endDay};
    const QString dailyScope = scopeClause(&binds);
    binds << kind << fromMs << qMin(firstDay, toMs);
    const QString hourlyScope = scopeClause(&binds);
    binds << kind << qMax(endDay, fromMs) << toMs;
    scopeClause(&binds);
    const QString keys = perScreen ? QStringLiteral("studio, screen, subject, detail")
                                   : QStringLiteral("'', '', subject, detail");
    const QString group = perScreen ? QStringLiteral("studio, screen, subject, detail") : QStringLiteral("subject, detail");
    return readRows<Total>(
        m_db,
        QStringLiteral("SELECT %1, sum(events), sum(visits), sum(zero) FROM ("
                       "SELECT studio, screen, subject, detail, events, visits, zero FROM insight_daily "
                       "WHERE kind = ? AND day_ms >= ? AND day_ms < ?%2 UNION ALL "
                       "SELECT studio, screen, subject, detail, events, visits, zero FROM insight_totals "
                       "WHERE kind = ? AND bucket_ms >= ? AND bucket_ms < ?%3 UNION ALL "
                       "SELECT studio, screen, subject, detail, events, visits, zero FROM insight_totals "
                       "WHERE kind = ? AND bucket_ms >= ? AND bucket_ms < ?%3) AS parts GROUP BY %4")
            .arg(keys, dailyScope, hourlyScope, group),
        binds,
        [](const SqliteStatement &s) {
            return Total{QString::fromUtf8(s.text(0)),
                         QString::fromUtf8(s.text(1)),
                         QString::fromUtf8(s.text(2)),
                         QString::fromUtf8(s.text(3)),
                         s.integer(4),
                         s.integer(5),
                         s.integer(6)};
        },
        error);
}

std::optional<QList<InsightRows::Bucket>> InsightRows::visitBuckets(qint64 fromMs, qint64 toMs, QString *error)
{
    QVariantList binds{fromMs, toMs};
    const QString scope = scopeClause(&binds);
    return readRows<Bucket>(
        m_db,
        QStringLiteral("SELECT bucket_ms, span = 'd', sum(visits) FROM insight_totals WHERE kind = 'funnel' "
                       "AND subject = 'visit' AND bucket_ms >= ? AND bucket_ms < ?%1 GROUP BY bucket_ms, span")
            .arg(scope),
        binds,
        [](const SqliteStatement &s) {
            return Bucket{s.integer(0), s.integer(1) != 0, s.integer(2)};
        },
        error);
}

std::optional<QList<InsightRows::VisitSteps>> InsightRows::visits(qint64 fromMs, qint64 toMs, QString *error)
{
    QVariantList binds{fromMs, toMs};
    const QString scope = scopeClause(&binds);
    return readRows<VisitSteps>(
        m_db,
        QStringLiteral("SELECT started_ms, coalesce(viewed_ms, -1), coalesce(configured_ms, -1), "
                       "coalesce(booked_ms, -1) FROM insight_visits WHERE started_ms >= ? AND started_ms < ?%1")
            .arg(scope),
        binds,
        [](const SqliteStatement &s) {
            return VisitSteps{s.integer(0), s.integer(1), s.integer(2), s.integer(3)};
        },
        error);
}

std::optional<InsightRows::StepDelays> InsightRows::delays(qint64 fromMs, qint64 toMs, QString *error)
{
    // As totals(): whole UTC days from the day's counts, the hours at the edges from the visits.
    // Summed here rather than by SQLite, which would sort every row into a temporary tree first.
    const qint64 firstDay = floorTo(fromMs + dayMs - 1, dayMs);
    const qint64 endDay = qMax(firstDay, floorTo(toMs, dayMs));
    std::map<qint64, qint64> viewed, configured, booked;
    QVariantList binds{firstDay, endDay};
    const QString scope = scopeClause(&binds);
    SqliteStatement days;
    if (!days.prepare(m_db,
                      QStringLiteral("SELECT step, seconds, visits FROM insight_step_days "
                                     "WHERE step IN ('viewed', 'configured', 'booked') AND day_ms >= ? AND day_ms < ?%1")
                          .arg(scope),
                      error))
        return std::nullopt;
    for (int i = 0; i < binds.size(); ++i)
        days.bind(i, binds.at(i));
    SqliteStatement::Result r;
    while ((r = days.step(error)) == SqliteStatement::Result::Row) {
        const QByteArrayView step = days.text(0);
        auto &into = step == "viewed" ? viewed : step == "configured" ? configured : booked;
        into[days.integer(1)] += days.integer(2);
    }
    if (r != SqliteStatement::Result::Done)
        return std::nullopt;
    for (const auto &[from, to] : {std::pair{fromMs, qMin(firstDay, toMs)}, std::pair{qMax(endDay, fromMs), toMs}}) {
        if (from >= to)
            continue;
        const auto edge = visits(from, to, error);
        if (!edge)
            return std::nullopt;
        for (const VisitSteps &v : *edge) {
            if (v.viewed >= 0)
                ++viewed[(v.viewed - v.started) / 1000];
            if (v.configured >= 0)
                ++configured[(v.configured - v.started) / 1000];
            if (v.booked >= 0)
                ++booked[(v.booked - v.started) / 1000];
        }
    }
    const auto listed = [](const std::map<qint64, qint64> &counted) {
        QList<Delay> list;
        list.reserve(qsizetype(counted.size()));
        for (const auto &[seconds, visits] : counted)
            list.append({seconds, visits});
        return list;
    };
    return StepDelays{listed(viewed), listed(configured), listed(booked)};
}

std::optional<QList<qint64>> InsightRows::values(const QString &kind, qint64 fromMs, qint64 toMs, QString *error)
{
    QVariantList binds{fromMs, toMs, kind};
    const QString scope = scopeClause(&binds);
    return readRows<qint64>(
        m_db,
        QStringLiteral("SELECT value FROM insight_events WHERE at_ms >= ? AND at_ms < ? AND kind = ? "
                       "AND value IS NOT NULL%1")
            .arg(scope),
        binds, [](const SqliteStatement &s) { return s.integer(0); }, error);
}

std::optional<qint64> InsightRows::eventCount(QString *error)
{
    const auto n = readRows<qint64>(
        m_db, QStringLiteral("SELECT count(*) FROM insight_events"), {}, [](const SqliteStatement &s) { return s.integer(0); },
        error);
    if (!n || n->isEmpty())
        return std::nullopt;
    return n->first();
}

std::optional<InsightRows::Generation> InsightRows::generation(QString *error)
{
    // Two subqueries: SQLite answers min() or max() alone from the key, both at once by a scan.
    const auto g = readRows<Generation>(
        m_db,
        QStringLiteral("SELECT coalesce((SELECT min(id) FROM insight_events), 0), "
                       "coalesce((SELECT max(id) FROM insight_events), 0)"),
        {},
        [](const SqliteStatement &s) {
            return Generation{s.integer(0), s.integer(1)};
        },
        error);
    if (!g || g->isEmpty())
        return std::nullopt;
    return g->first();
}
