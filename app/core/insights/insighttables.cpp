// SPDX-License-Identifier: GPL-3.0-or-later
#include "insighttables.h"

#include <QHash>

namespace {

QString number(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString share(const std::optional<double> &s, const QLocale &locale)
{
    return s ? locale.toString(*s * 100.0, 'f', 1) + locale.percent() : QString();
}

QString duration(const std::optional<qint64> &seconds, const QLocale &locale)
{
    if (!seconds)
        return {};
    if (*seconds >= 2 * 86400)
        return InsightWording::tr("%1 d").arg(locale.toString(double(*seconds) / 86400.0, 'f', 1));
    if (*seconds >= 3600)
        return InsightWording::tr("%1 h").arg(locale.toString(double(*seconds) / 3600.0, 'f', 1));
    return InsightWording::tr("%1 min").arg(locale.toString(double(*seconds) / 60.0, 'f', 1));
}

QHash<QString, qint64> visitsBy(const QList<InsightReport::Row> &rows)
{
    QHash<QString, qint64> map;
    for (const auto &r : rows) {
        if (!r.hidden)
            map.insert(r.subject + QChar(0x1F) + r.detail, r.visits);
    }
    return map;
}

// A row's visits now and in the period before; hidden groups say so and give no numbers.
QStringList withBefore(const InsightReport::Row &r, const QHash<QString, qint64> &before, const QLocale &locale)
{
    if (r.hidden)
        return {InsightWording::hidden(), QString()};
    const auto it = before.constFind(r.subject + QChar(0x1F) + r.detail);
    return {number(r.visits, locale), it == before.constEnd() ? QString() : number(*it, locale)};
}

} // namespace

std::optional<QList<InsightCsv>> InsightTables::all(InsightReport &report, const InsightPeriod &period,
                                                    const QList<SourceHealth> &sources, const QDateTime &now,
                                                    const InsightWording::ModelName &modelName, const QLocale &locale,
                                                    QString *error)
{
    const InsightPeriod before = period.previous();
    const auto name = [&](const QString &code) { return modelName ? modelName(code) : code; };
    QList<InsightCsv> tables;

    const auto funnel = report.funnel(period, error);
    const auto funnelBefore = report.funnel(before, error);
    if (!funnel || !funnelBefore)
        return std::nullopt;
    InsightCsv f{QStringLiteral("funnel"),
                 {InsightWording::tr("Step"), InsightWording::tr("Visits"), InsightWording::tr("Conversion"),
                  InsightWording::tr("Median time"), InsightWording::tr("Visits in the period before")},
                 {}};
    for (qsizetype i = 0; i < funnel->size(); ++i) {
        const auto &s = funnel->at(i);
        const auto &b = funnelBefore->at(i);
        f.rows << QStringList{InsightWording::stepName(s.name), s.hidden ? InsightWording::hidden() : number(s.visits, locale),
                              share(s.conversion, locale), duration(s.medianSeconds, locale),
                              b.hidden ? InsightWording::hidden() : number(b.visits, locale)};
    }
    tables << f;

    const auto findings = InsightFindings::find(report, period, sources, now, error);
    if (!findings)
        return std::nullopt;
    InsightCsv found{QStringLiteral("findings"), {InsightWording::tr("Finding"), InsightWording::tr("Look closer")}, {}};
    for (const auto &x : *findings)
        found.rows << QStringList{InsightWording::finding(x, modelName, locale), x.table};
    tables << found;

    struct TopTable {
        const char *file;
        InsightEvent::Kind kind;
        bool withDetail;
    };
    for (const TopTable &t :
         {TopTable{"models-viewed", InsightEvent::Kind::CarViewed, false},
          TopTable{"configurations", InsightEvent::Kind::ConfigurationFinished, false},
          TopTable{"paints", InsightEvent::Kind::PaintChosen, true}, TopTable{"wheels", InsightEvent::Kind::WheelsChosen, true},
          TopTable{"options", InsightEvent::Kind::OptionChosen, true}}) {
        const auto rows = report.top(t.kind, period, 50, error);
        const auto rowsBefore = report.top(t.kind, before, 0, error);
        if (!rows || !rowsBefore)
            return std::nullopt;
        const QHash<QString, qint64> map = visitsBy(*rowsBefore);
        InsightCsv table{QLatin1String(t.file), {InsightWording::tr("Model")}, {}};
        if (t.withDetail)
            table.header << InsightWording::tr("Choice");
        table.header << InsightWording::tr("Visits") << InsightWording::tr("Visits in the period before");
        for (const auto &r : *rows) {
            QStringList cells{name(r.subject)};
            if (t.withDetail)
                cells << r.detail;
            table.rows << cells + withBefore(r, map, locale);
        }
        tables << table;
    }

    const auto nothing = report.nothingFound(period, 50, error);
    if (!nothing)
        return std::nullopt;
    InsightCsv n{QStringLiteral("nothing-found"),
                 {InsightWording::tr("Looked for"), InsightWording::tr("How"), InsightWording::tr("Times nothing was found"),
                  InsightWording::tr("Visits")},
                 {}};
    for (const auto &r : *nothing) {
        const QString how = r.detail == InsightEvent::kindName(InsightEvent::Kind::FilterApplied) ? InsightWording::tr("Filter")
                                                                                                  : InsightWording::tr("Search");
        n.rows << QStringList{r.subject, how, r.hidden ? InsightWording::hidden() : number(r.events, locale),
                              r.hidden ? QString() : number(r.visits, locale)};
    }
    tables << n;

    for (const bool byKind : {false, true}) {
        const auto events = report.events(period, byKind, error);
        if (!events)
            return std::nullopt;
        InsightCsv e{byKind ? QStringLiteral("studio-event-kinds") : QStringLiteral("studio-events"), {}, {}};
        if (!byKind)
            e.header << InsightWording::tr("Event");
        e.header << InsightWording::tr("Kind") << InsightWording::tr("Visits to its page") << InsightWording::tr("Places taken");
        for (const auto &r : *events) {
            QStringList cells;
            if (!byKind)
                cells << r.event;
            cells << r.kind << (r.viewsHidden ? InsightWording::hidden() : number(r.views, locale))
                  << (r.joinsHidden ? InsightWording::hidden() : number(r.joins, locale));
            e.rows << cells;
        }
        tables << e;
    }

    const auto busiest = report.busiest(period, error);
    if (!busiest)
        return std::nullopt;
    InsightCsv b{QStringLiteral("busiest-hours"),
                 {InsightWording::tr("Day"), InsightWording::tr("Hour"), InsightWording::tr("Visits")},
                 {}};
    for (const auto &c : *busiest) {
        b.rows << QStringList{InsightWording::weekday(c.weekday, locale), InsightWording::hour(c.hour, locale),
                              c.hidden ? InsightWording::hidden() : number(c.visits, locale)};
    }
    tables << b;

    const auto screens = report.screens(period, error);
    const auto studios = screens ? report.studios(period, error) : std::nullopt;
    if (!screens || !studios)
        return std::nullopt;
    // A chain's screens may share a name: beside several studios, each screen says whose it is.
    const bool chain = studios->size() > 1;
    const auto sideBySide = [&](const QString &name, const QString &first, const QList<InsightReport::ScreenRow> &list,
                                bool byStudio) {
        InsightCsv t{name,
                     {first, InsightWording::tr("Visits"), InsightWording::tr("Viewed a car"),
                      InsightWording::tr("Configured a car"), InsightWording::tr("Booked a test drive")},
                     {}};
        for (const auto &r : list) {
            const QString label = byStudio ? r.studio : chain ? r.studio + QStringLiteral(" · ") + r.screen : r.screen;
            if (r.hidden) {
                t.rows << QStringList{label, InsightWording::hidden(), QString(), QString(), QString()};
                continue;
            }
            t.rows << QStringList{label, number(r.visits, locale), number(r.viewed, locale), number(r.configured, locale),
                                  number(r.booked, locale)};
        }
        return t;
    };
    tables << sideBySide(QStringLiteral("screens"), InsightWording::tr("Screen"), *screens, false);
    if (chain)
        tables << sideBySide(QStringLiteral("studios"), InsightWording::tr("Studio"), *studios, true);
    return tables;
}
