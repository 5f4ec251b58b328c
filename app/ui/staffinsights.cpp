// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffinsights.h"

#include "booking/eventstore.h"
#include "common/localtimes.h"
#include "insights/insightsnapshot.h"
#include "insights/insighttables.h"
#include "storage/databasequeue.h"
#include "studioevents.h"
#include "studiohub.h"
#include "sync/feedfilefinder.h"
#include "sync/syncoverview.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

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

// Everything one period's page shows, read on the worker (or at the hub).
struct StaffInsights::Read : InsightSnapshot {
    bool ok = false;
    QString error;
    QHash<QString, QString> eventTitles; ///< by id, in the language of the page
};

namespace {

// The titles of the studio events a report names, in `language`, from the screen's own copy.
void titlesOf(QSqlDatabase &db, const QList<InsightReport::EventRow> &events, const QString &language,
              QHash<QString, QString> *titles)
{
    for (const auto &e : events) {
        if (const auto listing = EventStore(db).event(e.event))
            titles->insert(e.event, listing->event.title.text(language));
    }
}

// The hub's insight reader is busy with other reads (503 with Retry-After): it answers, it is
// not out of reach, and a moment later it reads ours.
bool hubAnsweredBusy(const HubLink::Answer &a)
{
    return a.status == 503;
}

} // namespace

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
    , m_studios(this)
    , m_exportFolders(this)
    , m_periodChoices(this)
    , m_scopeChoices(this)
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
    m_scopeChoices.setChoices({{QStringLiteral("screen"), tr("This screen")},
                               {QStringLiteral("studio"), tr("This studio")},
                               {QStringLiteral("chain"), tr("All studios")}});
    m_scopeChoices.setSelected(m_scope);
    // A message said in the language before (the tables written) goes rather than stay in it.
    setMessage({});
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

QString StaffInsights::studioName(const QString &id) const
{
    const Studio *s = m_catalog.studio(id);
    return !s ? id : s->address.city.isEmpty() ? s->name : s->address.city;
}

void StaffInsights::setHub(StudioHub *hub)
{
    m_hub = hub;
    connect(hub, &StudioHub::changed, this, [this] {
        // Unpaired: only this screen's own figures are left to show.
        if (!atHub() && m_scope != QLatin1String("screen"))
            chooseScope(QStringLiteral("screen"));
        emit changed();
    });
}

bool StaffInsights::atHub() const
{
    return m_hub && m_hub->paired();
}

void StaffInsights::chooseScope(const QString &scope)
{
    if (scope != QLatin1String("screen") && (!atHub() || (scope != QLatin1String("studio") && scope != QLatin1String("chain"))))
        return;
    m_scope = scope;
    m_scopeChoices.setSelected(scope);
    refresh();
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
            : tr("%1 to %2").arg(LocalTimes::dayMonthYear(m_locale, p.first), LocalTimes::dayMonthYear(m_locale, p.last));
    };
    m_periodLabel = span(period);
    // One sentence of its own rather than a span put into one: "Comparé à du 22 nov. au …" read
    // wrong in French, and "مقارنةً بـ من …" in Arabic.
    const InsightPeriod before = period.previous();
    m_previousLabel = before.first == before.last
        ? tr("Compared with %1").arg(m_locale.toString(before.first, QLocale::LongFormat))
        : tr("Compared with %1 to %2")
              .arg(LocalTimes::dayMonthYear(m_locale, before.first), LocalTimes::dayMonthYear(m_locale, before.last));
    m_loading = true;
    emit changed();
    const int generation = ++m_generation;
    m_hubProblem.clear();
    if (m_scope != QLatin1String("screen") && atHub()) {
        askHub(period, generation);
        return;
    }
    // This screen's own figures are read here even when paired, never asked of the hub: they are
    // there with the hub out of reach and count what the outbox has not delivered yet; delivered,
    // they are what the hub says of this screen (scope=screen).
    m_queue->run<Read>(
        this,
        [period, now, language = m_language](QSqlDatabase &db) {
            Read r;
            InsightReport report(db);
            const auto snapshot = InsightSnapshot::read(report, period, SyncOverview::failingSources(db, now), now, &r.error);
            if (!snapshot)
                return r;
            static_cast<InsightSnapshot &>(r) = *snapshot;
            r.ok = true;
            titlesOf(db, r.events, language, &r.eventTitles);
            return r;
        },
        [this, generation](Read r) { loadedAs(r, generation); });
}

QString StaffInsights::hubQuery(const InsightPeriod &period) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), m_scope);
    if (m_scope == QLatin1String("studio"))
        query.addQueryItem(QStringLiteral("studio"), m_studio);
    query.addQueryItem(QStringLiteral("from"), period.first.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.last.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("zone"), QString::fromLatin1(period.zone.id()));
    return query.toString(QUrl::FullyEncoded);
}

void StaffInsights::askHub(const InsightPeriod &period, int generation)
{
    m_hub->call("GET", QStringLiteral("/v1/insights?") + hubQuery(period), {},
                [this, generation, language = m_language](const HubLink::Answer &a) {
                    if (generation != m_generation)
                        return;
                    QString why;
                    const auto snapshot = a.outcome == HubLink::Outcome::Ok
                        ? InsightSnapshot::fromJson(
                            QJsonDocument::fromJson(a.body).object().value(QLatin1String("report")).toObject(), &why)
                        : std::nullopt;
                    if (!snapshot) {
                        // Calm: nothing is lost, the figures come when the hub answers again.
                        m_hubProblem = hubAnsweredBusy(a)
                            ? tr("The hub is busy reading other figures just now. Try again in a moment; this "
                                 "screen's own figures are under “This screen”.")
                            : a.outcome == HubLink::Outcome::Ok || a.outcome == HubLink::Outcome::Refused
                            ? tr("The hub's figures could not be read just now. Try again in a moment; this "
                                 "screen's own figures are under “This screen”.")
                            : tr("The hub is out of reach just now, so the studio's figures cannot be shown. "
                                 "They come back when it answers; this screen's own figures are under "
                                 "“This screen”.");
                        loadedAs(Read{}, generation);
                        return;
                    }
                    Read r;
                    static_cast<InsightSnapshot &>(r) = *snapshot;
                    r.ok = true;
                    // The events' titles come from this screen's copy of the studio's events.
                    m_queue->run<Read>(
                        this,
                        [r, language](QSqlDatabase &db) mutable {
                            titlesOf(db, r.events, language, &r.eventTitles);
                            return r;
                        },
                        [this, generation](Read read) { loadedAs(read, generation); });
                });
}

void StaffInsights::loadedAs(const Read &r, int generation)
{
    if (generation != m_generation)
        return; // another period was chosen meanwhile
    m_loading = false;
    if (!r.ok && m_hubProblem.isEmpty())
        setMessage(tr("The insights could not be read: %1").arg(r.error));
    apply(r);
    emit changed();
    emit loaded();
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
            // The share one piece: Arabic's percent sign carries a left-to-right mark, which as
            // the note's first strong letter laid the whole note out left to right ("100%" at
            // its far end).
            note = tr("%1 of the step before").arg(InsightWording::percent(*s.conversion, m_locale));
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
        m_trend << QVariantMap{{QStringLiteral("label"), LocalTimes::dayMonth(m_locale, d.date)},
                               {QStringLiteral("value"), d.hidden ? -1 : d.visits},
                               {QStringLiteral("before"), before.hidden ? -1 : before.visits}};
        m_trendMax = std::max({m_trendMax, d.visits, before.visits});
        said << tr("%1: %2").arg(LocalTimes::dayMonth(m_locale, d.date), d.hidden ? hiddenLabel : number(d.visits));
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

    const auto sideBySide = [&](const QList<InsightReport::ScreenRow> &list, bool byStudio) {
        QList<Row> rows;
        const qint64 top = largest(list, [](const InsightReport::ScreenRow &x) { return x.visits; });
        // Screens of several studios say whose they are (two may share a name).
        const bool chain = m_scope == QLatin1String("chain");
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto &x = list.at(i);
            rows << Row{byStudio ? studioName(x.studio) : x.screen,
                        !byStudio && chain ? studioName(x.studio) : QString(),
                        x.hidden ? hiddenLabel : number(x.visits),
                        {},
                        x.hidden ? QString()
                                 : tr("%1 viewed a car, %2 configured, %3 booked a drive")
                                       .arg(number(x.viewed), number(x.configured), number(x.booked)),
                        shareOf(x.visits, top),
                        x.hidden,
                        int(i)};
        }
        return rows;
    };
    m_screens.setRows(sideBySide(r.screens, false));
    m_studios.setRows(m_scope == QLatin1String("chain") ? sideBySide(r.studios, true) : QList<Row>{});
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

namespace {

struct Written {
    int files = 0;
    QString error;
};

// Writes each (name, bytes) as `folder`/`stem`name.csv, on the worker: a USB stick may be slow.
Written writeFiles(const QString &folder, const QString &stem, const QList<std::pair<QString, QByteArray>> &files)
{
    Written w;
    for (const auto &[name, bytes] : files) {
        QSaveFile file(QDir(folder).filePath(stem + name + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            w.error = file.errorString();
            return w;
        }
        ++w.files;
    }
    return w;
}

} // namespace

void StaffInsights::exportTo(const QString &folder)
{
    const InsightPeriod period{m_first, m_last, m_zone};
    if (!period.valid())
        return;
    const QDateTime now = m_clock();
    const Catalog catalog = m_catalog;
    const QString language = m_language;
    setMessage(tr("Writing the tables…"));
    const auto written = [this, folder](Written w) {
        setMessage(w.error.isEmpty() ? tr("%n table(s) written to %1.", nullptr, w.files).arg(QDir::toNativeSeparators(folder))
                                     : tr("The tables could not be written to %1: %2").arg(folder, w.error));
    };
    const QString days = QStringLiteral("%1-%2-").arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
    if (m_scope != QLatin1String("screen") && atHub()) {
        // The studio's or the chain's tables, as the hub writes them.
        const QString stem = QStringLiteral("insights-") + (m_scope == QLatin1String("chain") ? m_scope : m_studio)
            + QLatin1Char('-') + days;
        m_hub->call(
            "GET", QStringLiteral("/v1/insights/csv?") + hubQuery(period), {},
            [this, folder, stem, written](const HubLink::Answer &a) {
                QList<std::pair<QString, QByteArray>> files;
                const QJsonArray list = QJsonDocument::fromJson(a.body).object().value(QLatin1String("files")).toArray();
                for (const QJsonValue &v : list) {
                    const QString name = v.toObject().value(QLatin1String("name")).toString();
                    // Names are the hub's table names: plain words, never a path.
                    if (!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('.')))
                        files.append(
                            {name, QByteArray::fromBase64(v.toObject().value(QLatin1String("base64")).toString().toLatin1())});
                }
                if (hubAnsweredBusy(a)) {
                    setMessage(tr("The hub is busy reading other figures just now, so the studio's tables were not "
                                  "written. Try again in a moment."));
                    return;
                }
                if (a.outcome != HubLink::Outcome::Ok || files.isEmpty()) {
                    setMessage(tr("The hub is out of reach just now, so the studio's tables were not written. "
                                  "Try again when it answers."));
                    return;
                }
                m_queue->run<Written>(
                    this, [folder, stem, files](QSqlDatabase &) { return writeFiles(folder, stem, files); }, written);
            });
        return;
    }
    m_queue->run<Written>(
        this,
        [folder, period, now, catalog, language, days](QSqlDatabase &db) {
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
            QList<std::pair<QString, QByteArray>> files;
            for (const InsightCsv &table : *tables)
                files.append({table.name, table.encode()});
            return writeFiles(folder, QStringLiteral("insights-") + days, files);
        },
        written);
}
