// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightsnapshot.h"

#include <QJsonArray>

namespace {

using Finding = InsightFinding::Kind;

const QList<std::pair<Finding, QString>> &findingNames()
{
    static const QList<std::pair<Finding, QString>> names{
        {Finding::DemandWithoutStock, QStringLiteral("demand-without-stock")},
        {Finding::InterestWithoutDrives, QStringLiteral("interest-without-drives")},
        {Finding::FullCalendar, QStringLiteral("full-calendar")},
        {Finding::SourceFailing, QStringLiteral("source-failing")},
        {Finding::NoShows, QStringLiteral("no-shows")}};
    return names;
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

template<typename T, typename F>
QJsonArray array(const QList<T> &list, F write)
{
    QJsonArray a;
    for (const T &x : list)
        a.append(write(x));
    return a;
}

// Every element of o[key] must be an object; false (with the key in `why`) when it is not an array of them.
template<typename T, typename F>
bool list(const QJsonObject &o, const char *key, QList<T> *out, F read, QString *why)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray()) {
        *why = QStringLiteral("%1 is missing or not a list").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isObject()) {
            *why = QStringLiteral("%1 holds something that is not an object").arg(QLatin1String(key));
            return false;
        }
        out->append(read(e.toObject()));
    }
    return true;
}

QJsonObject stepJson(const InsightReport::Step &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("visits"), s.visits}, {QStringLiteral("hidden"), s.hidden}};
    if (s.conversion)
        o.insert(QStringLiteral("conversion"), *s.conversion);
    if (s.medianSeconds)
        o.insert(QStringLiteral("medianSeconds"), *s.medianSeconds);
    return o;
}

InsightReport::Step stepFrom(const QJsonObject &o)
{
    InsightReport::Step s{text(o, "name"), integer(o, "visits"), std::nullopt, std::nullopt, flag(o, "hidden")};
    if (o.value(QLatin1String("conversion")).isDouble())
        s.conversion = o.value(QLatin1String("conversion")).toDouble();
    if (o.value(QLatin1String("medianSeconds")).isDouble())
        s.medianSeconds = integer(o, "medianSeconds");
    return s;
}

QJsonObject rowJson(const InsightReport::Row &r)
{
    return {{QStringLiteral("subject"), r.subject}, {QStringLiteral("detail"), r.detail}, {QStringLiteral("events"), r.events},
            {QStringLiteral("visits"), r.visits},   {QStringLiteral("zero"), r.zero},     {QStringLiteral("hidden"), r.hidden}};
}

InsightReport::Row rowFrom(const QJsonObject &o)
{
    return {text(o, "subject"),   text(o, "detail"),  integer(o, "events"),
            integer(o, "visits"), integer(o, "zero"), flag(o, "hidden")};
}

QJsonObject screenJson(const InsightReport::ScreenRow &r)
{
    return {{QStringLiteral("studio"), r.studio},         {QStringLiteral("screen"), r.screen},
            {QStringLiteral("visits"), r.visits},         {QStringLiteral("viewed"), r.viewed},
            {QStringLiteral("configured"), r.configured}, {QStringLiteral("booked"), r.booked},
            {QStringLiteral("hidden"), r.hidden}};
}

InsightReport::ScreenRow screenFrom(const QJsonObject &o)
{
    return {text(o, "studio"),        text(o, "screen"),    integer(o, "visits"), integer(o, "viewed"),
            integer(o, "configured"), integer(o, "booked"), flag(o, "hidden")};
}

QJsonObject eventJson(const InsightReport::EventRow &r)
{
    return {{QStringLiteral("event"), r.event},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("views"), r.views},
            {QStringLiteral("joins"), r.joins},
            {QStringLiteral("viewsHidden"), r.viewsHidden},
            {QStringLiteral("joinsHidden"), r.joinsHidden}};
}

InsightReport::EventRow eventFrom(const QJsonObject &o)
{
    return {text(o, "event"),    text(o, "kind"),        integer(o, "views"),
            integer(o, "joins"), flag(o, "viewsHidden"), flag(o, "joinsHidden")};
}

QJsonObject dayJson(const InsightReport::DayVisits &d)
{
    return {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("visits"), d.visits},
            {QStringLiteral("hidden"), d.hidden}};
}

InsightReport::DayVisits dayFrom(const QJsonObject &o)
{
    return {QDate::fromString(text(o, "date"), Qt::ISODate), integer(o, "visits"), flag(o, "hidden")};
}

} // namespace

std::optional<InsightSnapshot> InsightSnapshot::read(InsightReport &report, const InsightPeriod &period,
                                                     const QList<SourceHealth> &sources, const QDateTime &now, QString *error)
{
    InsightSnapshot s;
    const InsightPeriod before = period.previous();
    const auto take = [](auto &&read, auto *into) {
        if (!read)
            return false;
        *into = std::move(*read);
        return true;
    };
    QList<InsightReport::Row> modelsBefore;
    const bool ok = take(report.funnel(period, error), &s.funnel) && take(report.funnel(before, error), &s.funnelBefore)
        && take(InsightFindings::find(report, period, sources, now, error), &s.findings)
        && take(report.top(InsightEvent::Kind::CarViewed, period, 8, error), &s.models)
        && take(report.top(InsightEvent::Kind::CarViewed, before, 0, error), &modelsBefore)
        && take(report.top(InsightEvent::Kind::PaintChosen, period, 8, error), &s.paints)
        && take(report.top(InsightEvent::Kind::WheelsChosen, period, 8, error), &s.wheels)
        && take(report.top(InsightEvent::Kind::OptionChosen, period, 8, error), &s.options)
        && take(report.nothingFound(period, 8, error), &s.nothing) && take(report.busiest(period, error), &s.cells)
        && take(report.screens(period, error), &s.screens) && take(report.studios(period, error), &s.studios)
        && take(report.daily(period, error), &s.daily) && take(report.daily(before, error), &s.dailyBefore)
        && take(report.events(period, false, error), &s.events) && take(report.events(period, true, error), &s.eventKinds);
    if (!ok)
        return std::nullopt;
    for (const auto &m : std::as_const(modelsBefore)) {
        if (!m.hidden)
            s.modelsBefore.insert(m.subject, m.visits);
    }
    return s;
}

QJsonObject InsightSnapshot::toJson() const
{
    QJsonObject before;
    for (auto it = modelsBefore.cbegin(); it != modelsBefore.cend(); ++it)
        before.insert(it.key(), it.value());
    const auto findingJson = [](const InsightFinding &f) {
        QString kind;
        for (const auto &[k, name] : findingNames()) {
            if (k == f.kind)
                kind = name;
        }
        return QJsonObject{{QStringLiteral("kind"), kind},
                           {QStringLiteral("subject"), f.subject},
                           {QStringLiteral("detail"), f.detail},
                           {QStringLiteral("count"), f.count},
                           {QStringLiteral("other"), f.other},
                           {QStringLiteral("since"), f.since.isValid() ? f.since.toString(Qt::ISODate) : QString()},
                           {QStringLiteral("score"), f.score},
                           {QStringLiteral("table"), f.table}};
    };
    const auto cellJson = [](const InsightReport::Cell &c) {
        return QJsonObject{{QStringLiteral("weekday"), c.weekday},
                           {QStringLiteral("hour"), c.hour},
                           {QStringLiteral("visits"), c.visits},
                           {QStringLiteral("hidden"), c.hidden}};
    };
    return {{QStringLiteral("funnel"), array(funnel, stepJson)},
            {QStringLiteral("funnelBefore"), array(funnelBefore, stepJson)},
            {QStringLiteral("findings"), array(findings, findingJson)},
            {QStringLiteral("models"), array(models, rowJson)},
            {QStringLiteral("modelsBefore"), before},
            {QStringLiteral("paints"), array(paints, rowJson)},
            {QStringLiteral("wheels"), array(wheels, rowJson)},
            {QStringLiteral("options"), array(options, rowJson)},
            {QStringLiteral("nothingFound"), array(nothing, rowJson)},
            {QStringLiteral("busiest"), array(cells, cellJson)},
            {QStringLiteral("screens"), array(screens, screenJson)},
            {QStringLiteral("studios"), array(studios, screenJson)},
            {QStringLiteral("events"), array(events, eventJson)},
            {QStringLiteral("eventKinds"), array(eventKinds, eventJson)},
            {QStringLiteral("daily"), array(daily, dayJson)},
            {QStringLiteral("dailyBefore"), array(dailyBefore, dayJson)}};
}

std::optional<InsightSnapshot> InsightSnapshot::fromJson(const QJsonObject &o, QString *why)
{
    QString problem;
    InsightSnapshot s;
    const auto findingFrom = [](const QJsonObject &f) {
        InsightFinding finding;
        for (const auto &[k, name] : findingNames()) {
            if (name == text(f, "kind"))
                finding.kind = k;
        }
        finding.subject = text(f, "subject");
        finding.detail = text(f, "detail");
        finding.count = integer(f, "count");
        finding.other = integer(f, "other");
        finding.since = QDateTime::fromString(text(f, "since"), Qt::ISODate);
        finding.score = f.value(QLatin1String("score")).toDouble();
        finding.table = text(f, "table");
        return finding;
    };
    const auto cellFrom = [](const QJsonObject &c) {
        return InsightReport::Cell{int(integer(c, "weekday")), int(integer(c, "hour")), integer(c, "visits"), flag(c, "hidden")};
    };
    const bool ok = list(o, "funnel", &s.funnel, stepFrom, &problem)
        && list(o, "funnelBefore", &s.funnelBefore, stepFrom, &problem) && list(o, "findings", &s.findings, findingFrom, &problem)
        && list(o, "models", &s.models, rowFrom, &problem) && list(o, "paints", &s.paints, rowFrom, &problem)
        && list(o, "wheels", &s.wheels, rowFrom, &problem) && list(o, "options", &s.options, rowFrom, &problem)
        && list(o, "nothingFound", &s.nothing, rowFrom, &problem) && list(o, "busiest", &s.cells, cellFrom, &problem)
        && list(o, "screens", &s.screens, screenFrom, &problem) && list(o, "studios", &s.studios, screenFrom, &problem)
        && list(o, "events", &s.events, eventFrom, &problem) && list(o, "eventKinds", &s.eventKinds, eventFrom, &problem)
        && list(o, "daily", &s.daily, dayFrom, &problem) && list(o, "dailyBefore", &s.dailyBefore, dayFrom, &problem);
    if (!ok) {
        if (why)
            *why = problem;
        return std::nullopt;
    }
    const QJsonObject before = o.value(QLatin1String("modelsBefore")).toObject();
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        s.modelsBefore.insert(it.key(), qint64(it.value().toDouble()));
    return s;
}
