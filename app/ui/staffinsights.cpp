// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffinsights.h"

#include "booking/eventstore.h"
#include "insights/insighttables.h"
#include "storage/databasequeue.h"
#include "studioevents.h"
#include "sync/feedfilefinder.h"
#include "sync/syncoverview.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace {

constexpr int FirstRole = Qt::UserRole + 1;

// The largest figure of a table, so each bar is a share of it.
template<typename T, typename F>
qint64 largest(const QList<T> &list, F figure)
{
    qint64 top = 0;
    for (const T &x : list)
        top = qMax(top, figure(x));
    return top;
}

double shareOf(qint64 n, qint64 top)
{
    return top > 0 ? double(n) / double(top) : 0.0;
}

} // namespace

QVariant StaffInsights::Row::value(int role) const
{
    const QVariantList values{label, detail, figure, previous, note, share, hidden, number};
    return values.value(role - FirstRole);
}

QHash<int, QByteArray> StaffInsights::Row::roleNames()
{
    return {{FirstRole, "label"},    {FirstRole + 1, "detail"}, {FirstRole + 2, "figure"}, {FirstRole + 3, "previous"},
            {FirstRole + 4, "note"}, {FirstRole + 5, "share"},  {FirstRole + 6, "hidden"}, {FirstRole + 7, "number"}};
}

// Everything one period's page shows, read on the worker.
struct StaffInsights::Read {
    bool ok = false;
    QString error;
    QList<InsightReport::Step> funnel, funnelBefore;
    QList<InsightFinding> findings;
    QList<InsightReport::Row> models, paints, wheels, options, nothing;
    QHash<QString, qint64> modelsBefore;
    QList<InsightReport::Cell> cells;
    QList<InsightReport::ScreenRow> screens;
    QList<InsightReport::EventRow> events, eventKinds;
    QList<InsightReport::DayVisits> daily, dailyBefore;
    QHash<QString, QString> eventTitles; ///< by id, in the language of the page
};

StaffInsights::StaffInsights(DatabaseQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_funnel(this)
    , m_findings(this)
    , m_models(this)
    , m_paints(this)
    , m_wheels(this)
    , m_options(this)
    , m_nothing(this)
    , m_hours(this)
    , m_days(this)
    , m_screens(this)
    , m_events(this)
    , m_eventKinds(this)
    , m_exportFolders(this)
    , m_periodChoices(this)
{
    setLanguage(m_language, m_locale);
}

void StaffInsights::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    m_periodChoices.setChoices({{QStringLiteral("today"), tr("Today")},
                                {QStringLiteral("7"), tr("7 days")},
                                {QStringLiteral("30"), tr("30 days")},
                                {QStringLiteral("custom"), tr("Chosen days")}});
    m_periodChoices.setSelected(m_period);
    // Open (or opened before): its words, days and names again in the new language.
    if (m_shown)
        refresh();
}

QString StaffInsights::modelName(const QString &code) const
{
    const CarModel *m = m_catalog.model(code);
    return m ? m->name.text(m_language) : code;
}

QString StaffInsights::optionName(const QString &code) const
{
    const CatalogOption *o = m_catalog.option(code);
    return o ? o->name.text(m_language) : code;
}

void StaffInsights::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void StaffInsights::choosePeriod(const QString &period)
{
    if (period != QLatin1String("today") && period != QLatin1String("7") && period != QLatin1String("30")
        && period != QLatin1String("custom"))
        return;
    m_period = period;
    m_periodChoices.setSelected(period);
    refresh();
}

void StaffInsights::shiftDay(bool first, int days)
{
    const QDate today = m_clock().toTimeZone(m_zone).date();
    QDate a = m_first, b = m_last;
    if (first)
        a = qMin(a.addDays(days), b);
    else
        b = qBound(a, b.addDays(days), today);
    chooseDays(a.toString(Qt::ISODate), b.toString(Qt::ISODate));
}

void StaffInsights::chooseDays(const QString &first, const QString &last)
{
    const QDate a = QDate::fromString(first, Qt::ISODate);
    const QDate b = QDate::fromString(last, Qt::ISODate);
    if (!a.isValid() || !b.isValid() || a > b || a.daysTo(b) > 3660)
        return;
    m_period = QStringLiteral("custom");
    m_periodChoices.setSelected(m_period);
    m_first = a;
    m_last = b;
    refresh();
}

void StaffInsights::refresh()
{
    m_shown = true;
    const QDateTime now = m_clock();
    InsightPeriod period = m_period == QLatin1String("today") ? InsightPeriod::today(now, m_zone)
        : m_period == QLatin1String("30")                     ? InsightPeriod::lastDays(30, now, m_zone)
        : m_period == QLatin1String("custom")                 ? InsightPeriod{m_first, m_last, m_zone}
                                                              : InsightPeriod::lastDays(7, now, m_zone);
    m_first = period.first;
    m_last = period.last;
    const auto span = [this](const InsightPeriod &p) {
        return p.first == p.last
            ? m_locale.toString(p.first, QLocale::LongFormat)
            : tr("%1 to %2")
                  .arg(m_locale.toString(p.first, QLocale::ShortFormat), m_locale.toString(p.last, QLocale::ShortFormat));
    };
    m_periodLabel = span(period);
    m_previousLabel = tr("Beside %1").arg(span(period.previous()));
    m_loading = true;
    emit changed();
    const int generation = ++m_generation;
    m_queue->run<Read>(
        this,
        [period, now, language = m_language](QSqlDatabase &db) {
            Read r;
            const QList<SourceHealth> health = SyncOverview::failingSources(db, now);
            InsightReport report(db);
            QString error;
            const auto funnel = report.funnel(period, &error);
            const auto funnelBefore = report.funnel(period.previous(), &error);
            const auto findings = InsightFindings::find(report, period, health, now, &error);
            const auto models = report.top(InsightEvent::Kind::CarViewed, period, 8, &error);
            const auto modelsBefore = report.top(InsightEvent::Kind::CarViewed, period.previous(), 0, &error);
            const auto paints = report.top(InsightEvent::Kind::PaintChosen, period, 8, &error);
            const auto wheels = report.top(InsightEvent::Kind::WheelsChosen, period, 8, &error);
            const auto options = report.top(InsightEvent::Kind::OptionChosen, period, 8, &error);
            const auto nothing = report.nothingFound(period, 8, &error);
            const auto cells = report.busiest(period, &error);
            const auto screens = report.screens(period, &error);
            const auto daily = report.daily(period, &error);
            const auto dailyBefore = report.daily(period.previous(), &error);
            const auto events = report.events(period, false, &error);
            const auto eventKinds = report.events(period, true, &error);
            if (!funnel || !funnelBefore || !findings || !models || !modelsBefore || !paints || !wheels || !options || !nothing
                || !cells || !screens || !events || !eventKinds || !daily || !dailyBefore) {
                r.error = error;
                return r;
            }
            r = {true,     {}, *funnel, *funnelBefore, *findings, *models,     *paints, *wheels,      *options,
                 *nothing, {}, *cells,  *screens,      *events,   *eventKinds, *daily,  *dailyBefore, {}};
            for (const auto &e : *events) {
                if (const auto listing = EventStore(db).event(e.event))
                    r.eventTitles.insert(e.event, listing->event.title.text(language));
            }
            for (const auto &m : *modelsBefore) {
                if (!m.hidden)
                    r.modelsBefore.insert(m.subject, m.visits);
            }
            return r;
        },
        [this, generation](Read r) {
            if (generation != m_generation)
                return; // another period was chosen meanwhile
            m_loading = false;
            if (!r.ok)
                setMessage(tr("The insights could not be read: %1").arg(r.error));
            apply(r);
            emit changed();
            emit loaded();
        });
}

void StaffInsights::apply(const Read &r)
{
    const QString hiddenLabel = InsightWording::hidden();
    const auto number = [this](qint64 n) { return m_locale.toString(n); };

    QList<Row> funnel;
    const qint64 firstStep = r.funnel.isEmpty() ? 0 : r.funnel.first().visits;
    for (qsizetype i = 0; i < r.funnel.size(); ++i) {
        const auto &s = r.funnel.at(i);
        const auto before = i < r.funnelBefore.size() ? r.funnelBefore.at(i) : InsightReport::Step{};
        QString note;
        if (s.conversion)
            note = tr("%1 of the step before").arg(m_locale.toString(*s.conversion * 100.0, 'f', 0) + m_locale.percent());
        if (s.medianSeconds) {
            const qint64 sec = *s.medianSeconds;
            const QString time = sec >= 2 * 86400 ? tr("%n day(s)", nullptr, int(sec / 86400))
                : sec >= 3600                     ? tr("%n hour(s)", nullptr, int(sec / 3600))
                                                  : tr("%n minute(s)", nullptr, int(qMax<qint64>(1, sec / 60)));
            note = note.isEmpty() ? tr("after %1 (median)").arg(time) : tr("%1, after %2 (median)").arg(note, time);
        }
        funnel << Row{InsightWording::stepName(s.name),
                      {},
                      s.hidden ? hiddenLabel : number(s.visits),
                      before.hidden ? tr("fewer than 5") : number(before.visits),
                      note,
                      s.hidden ? 0.0 : shareOf(s.visits, firstStep),
                      s.hidden,
                      int(i)};
    }
    m_funnel.setRows(funnel);

    QList<Row> findings;
    const auto name = [this](const QString &code) { return modelName(code); };
    for (qsizetype i = 0; i < r.findings.size(); ++i) {
        const auto &f = r.findings.at(i);
        findings << Row{InsightWording::finding(f, name, m_locale), f.table, {}, {}, {}, 0, false, int(i)};
    }
    m_findings.setRows(findings);

    const auto topRows = [&](const QList<InsightReport::Row> &list, bool choice, const QHash<QString, qint64> &before) {
        QList<Row> rows;
        const qint64 top = largest(list, [](const InsightReport::Row &x) { return x.visits; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto &x = list.at(i);
            const auto it = before.constFind(x.subject);
            rows << Row{choice ? optionName(x.detail) : modelName(x.subject),
                        choice ? modelName(x.subject) : QString(),
                        x.hidden ? hiddenLabel : number(x.visits),
                        it == before.constEnd() ? QString() : number(*it),
                        {},
                        shareOf(x.visits, top),
                        x.hidden,
                        int(i)};
        }
        return rows;
    };
    m_models.setRows(topRows(r.models, false, r.modelsBefore));
    m_paints.setRows(topRows(r.paints, true, {}));
    m_wheels.setRows(topRows(r.wheels, true, {}));
    m_options.setRows(topRows(r.options, true, {}));

    const auto eventRows = [&](const QList<InsightReport::EventRow> &list, bool byKind) {
        QList<Row> rows;
        const qint64 top = largest(list, [](const InsightReport::EventRow &x) { return x.views; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto &x = list.at(i);
            const auto kind = StudioEvent::kindFromName(x.kind);
            const QString kindName = kind ? StudioEvents::kindLabel(*kind) : x.kind;
            const QString places = x.joinsHidden ? tr("Places taken: %1").arg(hiddenLabel)
                                                 : tr("%n places taken", "", int(x.joins));
            rows << Row{byKind ? kindName : r.eventTitles.value(x.event, x.event),
                        byKind ? places : kindName + QStringLiteral(" · ") + places,
                        x.viewsHidden ? hiddenLabel : number(x.views),
                        {},
                        {},
                        shareOf(x.views, top),
                        x.viewsHidden,
                        int(i)};
        }
        return rows;
    };
    // Visits per day as a line beside the period before, and the same in words for a screen reader.
    m_trend.clear();
    m_trendMax = 0;
    QStringList said, saidBefore;
    for (qsizetype i = 0; i < r.daily.size(); ++i) {
        const auto &d = r.daily.at(i);
        const auto before = i < r.dailyBefore.size() ? r.dailyBefore.at(i) : InsightReport::DayVisits{{}, 0, true};
        m_trend << QVariantMap{{QStringLiteral("label"), m_locale.toString(d.date, QStringLiteral("d MMM"))},
                               {QStringLiteral("value"), d.hidden ? -1 : d.visits},
                               {QStringLiteral("before"), before.hidden ? -1 : before.visits}};
        m_trendMax = std::max({m_trendMax, d.visits, before.visits});
        said << tr("%1: %2").arg(m_locale.toString(d.date, QLocale::ShortFormat), d.hidden ? hiddenLabel : number(d.visits));
        saidBefore << (before.hidden ? hiddenLabel : number(before.visits));
    }
    m_trendText = said.isEmpty() ? QString()
                                 : tr("Visits per day: %1. The period before, day by day: %2.")
                                       .arg(said.join(QStringLiteral("; ")), saidBefore.join(QStringLiteral("; ")));

    m_events.setRows(eventRows(r.events, false));
    m_eventKinds.setRows(eventRows(r.eventKinds, true));

    QList<Row> nothing;
    const qint64 topNothing = largest(r.nothing, [](const InsightReport::Row &x) { return x.events; });
    for (qsizetype i = 0; i < r.nothing.size(); ++i) {
        const auto &x = r.nothing.at(i);
        const bool filter = x.detail == InsightEvent::kindName(InsightEvent::Kind::FilterApplied);
        nothing << Row{x.subject,
                       filter ? tr("Filter") : tr("Search"),
                       x.hidden ? hiddenLabel : number(x.events),
                       {},
                       {},
                       shareOf(x.events, topNothing),
                       x.hidden,
                       int(i)};
    }
    m_nothing.setRows(nothing);

    // Hours of the day, every day together; groups of fewer than five visits stay hidden.
    QList<qint64> perHour(24, 0);
    for (const auto &c : r.cells) {
        if (c.hour >= 0 && !c.hidden)
            perHour[c.hour] += c.visits;
    }
    const qint64 topHour = *std::max_element(perHour.cbegin(), perHour.cend());
    QList<Row> hours;
    for (int h = 0; h < 24; ++h) {
        const bool hidden = perHour.at(h) < InsightReport::minimumVisits;
        hours << Row{InsightWording::hour(h, m_locale),
                     {},
                     hidden ? QString() : number(perHour.at(h)),
                     {},
                     {},
                     hidden ? 0.0 : shareOf(perHour.at(h), topHour),
                     hidden,
                     h};
    }
    m_hours.setRows(hours);

    // Days of the week, folded days included; a day of fewer than five visits stays hidden.
    QList<qint64> perDay(7, 0);
    for (const auto &c : r.cells) {
        if (!c.hidden && c.weekday >= 1 && c.weekday <= 7)
            perDay[c.weekday - 1] += c.visits;
    }
    const qint64 topDay = *std::max_element(perDay.cbegin(), perDay.cend());
    QList<Row> days;
    for (int d = 0; d < 7; ++d) {
        const bool hidden = perDay.at(d) < InsightReport::minimumVisits;
        days << Row{InsightWording::weekday(d + 1, m_locale),
                    {},
                    hidden ? hiddenLabel : number(perDay.at(d)),
                    {},
                    {},
                    hidden ? 0.0 : shareOf(perDay.at(d), topDay),
                    hidden,
                    d};
    }
    m_days.setRows(days);

    QList<Row> screens;
    const qint64 topScreen = largest(r.screens, [](const InsightReport::ScreenRow &x) { return x.visits; });
    for (qsizetype i = 0; i < r.screens.size(); ++i) {
        const auto &x = r.screens.at(i);
        screens << Row{x.screen,
                       {},
                       x.hidden ? hiddenLabel : number(x.visits),
                       {},
                       x.hidden ? QString()
                                : tr("%1 viewed a car, %2 configured, %3 booked a drive")
                                      .arg(number(x.viewed), number(x.configured), number(x.booked)),
                       shareOf(x.visits, topScreen),
                       x.hidden,
                       int(i)};
    }
    m_screens.setRows(screens);
}

void StaffInsights::findFolders()
{
    QList<Row> rows;
    QStringList roots = FeedFileFinder::removableRoots();
    roots << m_folders;
    int i = 0;
    for (const QString &path : std::as_const(roots)) {
        const QFileInfo info(path);
        if (info.isDir() && info.isWritable())
            rows << Row{info.fileName().isEmpty() ? path : info.fileName(), path, {}, {}, {}, 0, false, i++};
    }
    m_exportFolders.setRows(rows);
    emit changed();
}

void StaffInsights::exportTo(const QString &folder)
{
    const InsightPeriod period{m_first, m_last, m_zone};
    if (!period.valid())
        return;
    const QDateTime now = m_clock();
    const Catalog catalog = m_catalog;
    const QString language = m_language;
    setMessage(tr("Writing the tables…"));
    struct Written {
        int files = 0;
        QString error;
    };
    m_queue->run<Written>(
        this,
        [folder, period, now, catalog, language](QSqlDatabase &db) {
            Written w;
            const QList<SourceHealth> health = SyncOverview::failingSources(db, now);
            InsightReport report(db);
            const auto modelName = [&catalog, &language](const QString &code) {
                const CarModel *m = catalog.model(code);
                return m ? m->name.text(language) : code;
            };
            // Plain numbers for spreadsheets; words in the staff's language.
            const auto tables = InsightTables::all(report, period, health, now, modelName, QLocale::c(), &w.error);
            if (!tables)
                return w;
            const QString stem = QStringLiteral("insights-%1-%2-")
                                     .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
            for (const InsightCsv &table : *tables) {
                QSaveFile file(QDir(folder).filePath(stem + table.name + QStringLiteral(".csv")));
                if (!file.open(QIODevice::WriteOnly) || file.write(table.encode()) < 0 || !file.commit()) {
                    w.error = file.errorString();
                    return w;
                }
                ++w.files;
            }
            return w;
        },
        [this, folder](Written w) {
            setMessage(w.error.isEmpty()
                           ? tr("%n table(s) written to %1.", nullptr, w.files).arg(QDir::toNativeSeparators(folder))
                           : tr("The tables could not be written to %1: %2").arg(folder, w.error));
        });
}
