// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightreport.h"

#include "insights/insightrows.h"

#include <QHash>

#include <algorithm>

namespace {

bool perDetail(InsightEvent::Kind kind)
{
    return kind == InsightEvent::Kind::PaintChosen || kind == InsightEvent::Kind::WheelsChosen
        || kind == InsightEvent::Kind::OptionChosen || kind == InsightEvent::Kind::DriveUnavailable;
}

bool hiddenBelowMinimum(qint64 visits)
{
    return visits < InsightReport::minimumVisits;
}

// Rows summed over screens (and details, unless the kind is told apart by them), most visits first,
// then by subject so that equal counts keep one order.
QList<InsightReport::Row> grouped(const QList<InsightRows::Total> &totals, bool byDetail, bool byZero, int limit)
{
    QHash<QString, InsightReport::Row> rows;
    for (const auto &t : totals) {
        if (byZero && t.zero == 0)
            continue;
        const QString key = byDetail ? t.subject + QChar(0x1F) + t.detail : t.subject;
        auto &row = rows[key];
        row.subject = t.subject;
        row.detail = byDetail ? t.detail : QString();
        row.events += byZero ? t.zero : t.events;
        row.visits += t.visits;
        row.zero += t.zero;
    }
    QList<InsightReport::Row> list = rows.values();
    std::sort(list.begin(), list.end(), [byZero](const auto &a, const auto &b) {
        const qint64 ka = byZero ? a.events : a.visits;
        const qint64 kb = byZero ? b.events : b.visits;
        if (ka != kb)
            return ka > kb;
        return std::tie(a.subject, a.detail) < std::tie(b.subject, b.detail);
    });
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
    for (auto &row : list) {
        row.hidden = hiddenBelowMinimum(row.visits);
        if (row.hidden)
            row.events = row.visits = row.zero = 0;
    }
    return list;
}

} // namespace

InsightPeriod InsightPeriod::today(const QDateTime &now, const QTimeZone &zone)
{
    const QDate d = now.toTimeZone(zone).date();
    return {d, d, zone};
}

InsightPeriod InsightPeriod::lastDays(int days, const QDateTime &now, const QTimeZone &zone)
{
    const QDate d = now.toTimeZone(zone).date();
    return {d.addDays(-(qMax(1, days) - 1)), d, zone};
}

InsightPeriod InsightPeriod::previous() const
{
    return {first.addDays(-days()), first.addDays(-1), zone};
}

qint64 InsightPeriod::fromMs() const
{
    return first.startOfDay(zone).toMSecsSinceEpoch();
}

qint64 InsightPeriod::toMs() const
{
    return last.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}

InsightReport::InsightReport(QSqlDatabase db, InsightScope scope)
    : m_db(std::move(db))
    , m_scope(std::move(scope))
{
}

std::optional<qint64> InsightReport::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const auto middle = values.begin() + (values.size() - 1) / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

std::optional<qint64> InsightReport::median(const QList<InsightRows::Delay> &counted)
{
    qint64 all = 0;
    for (const auto &d : counted)
        all += d.visits;
    // The lower middle, as median() takes it of the same values one by one.
    qint64 before = (all - 1) / 2;
    for (const auto &d : counted) {
        if (before < d.visits)
            return d.seconds;
        before -= d.visits;
    }
    return std::nullopt;
}

std::optional<QList<InsightReport::Step>> InsightReport::funnel(const InsightPeriod &period, QString *error)
{
    InsightRows rows(m_db, m_scope);
    const auto totals = rows.totals(QStringLiteral("funnel"), period.fromMs(), period.toMs(), error, false);
    if (!totals)
        return std::nullopt;
    const auto driven = rows.values(InsightEvent::kindName(InsightEvent::Kind::DriveCompleted), period.fromMs(), period.toMs(),
                                    error);
    if (!driven)
        return std::nullopt;

    QList<Step> steps;
    for (const char *name : {"visit", "viewed", "configured", "booked", "driven"})
        steps.append(Step{QString::fromLatin1(name), 0, {}, {}, false});
    for (const auto &t : *totals) {
        for (auto &s : steps) {
            if (s.name == t.subject)
                s.visits += t.visits;
        }
    }
    const auto delays = rows.delays(period.fromMs(), period.toMs(), error);
    if (!delays)
        return std::nullopt;
    steps[1].medianSeconds = median(delays->viewed);
    steps[2].medianSeconds = median(delays->configured);
    steps[3].medianSeconds = median(delays->booked);
    QList<qint64> drivenSeconds;
    for (qint64 hours : *driven)
        drivenSeconds << hours * 3600;
    steps[4].medianSeconds = median(drivenSeconds);
    for (auto &s : steps)
        s.hidden = hiddenBelowMinimum(s.visits);
    for (qsizetype i = 1; i < steps.size(); ++i) {
        if (!steps[i].hidden && !steps[i - 1].hidden && steps[i - 1].visits > 0)
            steps[i].conversion = double(steps[i].visits) / double(steps[i - 1].visits);
    }
    for (auto &s : steps) {
        if (s.hidden) {
            s.visits = 0;
            s.medianSeconds.reset();
        }
    }
    return steps;
}

std::optional<QList<InsightReport::Row>> InsightReport::top(InsightEvent::Kind kind, const InsightPeriod &period, int limit,
                                                            QString *error)
{
    const auto totals = InsightRows(m_db, m_scope)
                            .totals(InsightEvent::kindName(kind), period.fromMs(), period.toMs(), error, false);
    if (!totals)
        return std::nullopt;
    return grouped(*totals, perDetail(kind), false, limit);
}

std::optional<QList<InsightReport::Row>> InsightReport::nothingFound(const InsightPeriod &period, int limit, QString *error)
{
    InsightRows rows(m_db, m_scope);
    QList<InsightRows::Total> all;
    for (const auto kind : {InsightEvent::Kind::TextSearched, InsightEvent::Kind::FilterApplied}) {
        const auto totals = rows.totals(InsightEvent::kindName(kind), period.fromMs(), period.toMs(), error, false);
        if (!totals)
            return std::nullopt;
        for (auto t : *totals) {
            // A search and a filter with the same words are told apart by their detail.
            t.detail = InsightEvent::kindName(kind);
            all << t;
        }
    }
    return grouped(all, true, true, limit);
}

std::optional<QList<InsightReport::EventRow>> InsightReport::events(const InsightPeriod &period, bool byKind, QString *error)
{
    InsightRows rows(m_db, m_scope);
    QHash<QString, EventRow> out;
    for (const auto kind : {InsightEvent::Kind::EventViewed, InsightEvent::Kind::EventJoined}) {
        const auto totals = rows.totals(InsightEvent::kindName(kind), period.fromMs(), period.toMs(), error, false);
        if (!totals)
            return std::nullopt;
        for (const auto &t : *totals) {
            EventRow &row = out[byKind ? t.detail : t.subject];
            row.event = byKind ? QString() : t.subject;
            row.kind = t.detail;
            (kind == InsightEvent::Kind::EventViewed ? row.views : row.joins) += t.visits;
        }
    }
    QList<EventRow> list = out.values();
    std::sort(list.begin(), list.end(), [](const EventRow &a, const EventRow &b) {
        if (a.views != b.views)
            return a.views > b.views;
        return std::tie(a.kind, a.event) < std::tie(b.kind, b.event);
    });
    for (EventRow &row : list) {
        row.viewsHidden = hiddenBelowMinimum(row.views);
        row.joinsHidden = hiddenBelowMinimum(row.joins);
        if (row.viewsHidden)
            row.views = 0;
        if (row.joinsHidden)
            row.joins = 0;
    }
    return list;
}

std::optional<QHash<QString, qint64>> InsightReport::eventCounts(InsightEvent::Kind kind, const InsightPeriod &period,
                                                                 QString *error)
{
    const auto totals = InsightRows(m_db, m_scope)
                            .totals(InsightEvent::kindName(kind), period.fromMs(), period.toMs(), error, false);
    if (!totals)
        return std::nullopt;
    QHash<QString, qint64> counts;
    for (const auto &t : *totals)
        counts[t.subject] += t.events;
    return counts;
}

std::optional<QList<InsightReport::Cell>> InsightReport::busiest(const InsightPeriod &period, QString *error)
{
    const auto buckets = InsightRows(m_db, m_scope).visitBuckets(period.fromMs(), period.toMs(), error);
    if (!buckets)
        return std::nullopt;
    QHash<int, Cell> cells; // weekday * 100 + hour
    for (const auto &b : *buckets) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(b.startMs, period.zone);
        const int weekday = local.date().dayOfWeek();
        const int hour = b.wholeDay ? -1 : local.time().hour();
        Cell &c = cells[weekday * 100 + hour];
        c.weekday = weekday;
        c.hour = hour;
        c.visits += b.visits;
    }
    QList<Cell> list = cells.values();
    std::sort(list.begin(), list.end(), [](const Cell &a, const Cell &b) {
        if (a.visits != b.visits)
            return a.visits > b.visits;
        return std::tie(a.weekday, a.hour) < std::tie(b.weekday, b.hour);
    });
    for (auto &c : list) {
        c.hidden = hiddenBelowMinimum(c.visits);
        if (c.hidden)
            c.visits = 0;
    }
    return list;
}

std::optional<QList<InsightReport::DayVisits>> InsightReport::daily(const InsightPeriod &period, QString *error)
{
    const auto buckets = InsightRows(m_db, m_scope).visitBuckets(period.fromMs(), period.toMs(), error);
    if (!buckets)
        return std::nullopt;
    QHash<QDate, qint64> byDay;
    for (const auto &b : *buckets)
        byDay[QDateTime::fromMSecsSinceEpoch(b.startMs, period.zone).date()] += b.visits;
    QList<DayVisits> out;
    for (QDate d = period.first; d.isValid() && d <= period.last; d = d.addDays(1)) {
        DayVisits day{d, byDay.value(d), false};
        day.hidden = hiddenBelowMinimum(day.visits);
        if (day.hidden)
            day.visits = 0;
        out << day;
    }
    return out;
}

std::optional<QList<InsightReport::ScreenRow>> InsightReport::screens(const InsightPeriod &period, QString *error)
{
    return sideBySide(period, false, error);
}

std::optional<QList<InsightReport::ScreenRow>> InsightReport::studios(const InsightPeriod &period, QString *error)
{
    return sideBySide(period, true, error);
}

std::optional<QList<InsightReport::ScreenRow>> InsightReport::sideBySide(const InsightPeriod &period, bool byStudio,
                                                                         QString *error)
{
    const auto totals = InsightRows(m_db, m_scope).totals(QStringLiteral("funnel"), period.fromMs(), period.toMs(), error);
    if (!totals)
        return std::nullopt;
    QHash<QString, ScreenRow> rows;
    for (const auto &t : *totals) {
        ScreenRow &r = rows[byStudio ? t.studio : t.studio + QChar(0x1F) + t.screen];
        r.studio = t.studio;
        r.screen = byStudio ? QString() : t.screen;
        if (t.subject == QLatin1String("visit"))
            r.visits += t.visits;
        else if (t.subject == QLatin1String("viewed"))
            r.viewed += t.visits;
        else if (t.subject == QLatin1String("configured"))
            r.configured += t.visits;
        else if (t.subject == QLatin1String("booked"))
            r.booked += t.visits;
    }
    QList<ScreenRow> list = rows.values();
    // Drives completed are recorded by staff, not at a screen: they have no row of their own.
    list.removeIf([](const ScreenRow &r) { return r.visits == 0 && r.viewed == 0 && r.configured == 0 && r.booked == 0; });
    std::sort(list.begin(), list.end(), [](const ScreenRow &a, const ScreenRow &b) {
        if (a.visits != b.visits)
            return a.visits > b.visits;
        return std::tie(a.studio, a.screen) < std::tie(b.studio, b.screen);
    });
    for (auto &r : list) {
        r.hidden = hiddenBelowMinimum(r.visits);
        if (r.hidden)
            r.visits = r.viewed = r.configured = r.booked = 0;
    }
    return list;
}
