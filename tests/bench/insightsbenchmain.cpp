// SPDX-License-Identifier: GPL-3.0-or-later
// Insights at scale: writes a stream of generated visits (about ten events each) through the
// recorder, then times what staff mode asks for a 30-day period — the funnel, the top lists,
// what found nothing, the busiest hours, the screens and the findings, each beside the period
// before — and prints the figures and the database's size per million events as JSON lines.
// Then the same at a chain's hub: events of many studios' screens stored as the hub stores what
// screens deliver (InsightRows::insert, no outbox of its own), read for the chain and one studio.
// "top_lists_rows_per_screen" is the top lists read as before schema 15 (the hourly totals, a row
// per screen and subject from SQLite, summed in C++), and "funnel_from_visits" the funnel's times
// read as before schema 16 (every visit of the period): the baselines, in the same run.
//   vitrine-insightsbench [--events N] [--hub-events N] [--quick] [--keep DIR]
#include "insights/insightfindings.h"
#include "insights/insightrecorder.h"
#include "insights/insightreport.h"
#include "insights/insightrows.h"
#include "insights/insighttables.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

namespace {

using Kind = InsightEvent::Kind;

void printLine(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

// Writes visits until `target` events are stored, spread over the 60 days before `end`, at
// `studios` studios of four screens each: through the recorder (a screen), or as a hub stores
// what screens deliver.
qint64 generate(QSqlDatabase db, qint64 target, const QDateTime &end, int studios = 1, bool hub = false)
{
    static const QStringList models{QStringLiteral("aster-5"), QStringLiteral("vega-e"), QStringLiteral("orion-gt"),
                                    QStringLiteral("lumen"),   QStringLiteral("nova-s"), QStringLiteral("aster-3")};
    static const QStringList paints{QStringLiteral("fjord-blue"), QStringLiteral("snow"), QStringLiteral("graphite"),
                                    QStringLiteral("ember"), QStringLiteral("moss")};
    static const QStringList screens{QStringLiteral("Entrance"), QStringLiteral("Lounge"), QStringLiteral("Tablet 1"),
                                     QStringLiteral("Tablet 2")};
    static const QStringList searches{QStringLiteral("blue aster"), QStringLiteral("vega red"), QStringLiteral("lumen awd"),
                                      QStringLiteral("orion gt blue"), QStringLiteral("nova s white")};
    QRandomGenerator rng(42);
    InsightRecorder recorder(db);
    InsightRows rows(db);
    const QString device = QStringLiteral("bench-device");
    qint64 written = 0;
    qint64 committed = 0;
    Transaction t(db);
    t.begin();
    while (written < target) {
        const QString visit = InsightEvent::newVisitId();
        const QDateTime start = end.addSecs(-qint64(rng.bounded(60 * 86400)));
        const QString screen = screens.at(rng.bounded(screens.size()));
        const QString studio = studios > 1 ? QStringLiteral("studio-%1").arg(rng.bounded(studios)) : QString();
        qint64 at = 0;
        const auto add = [&](Kind kind, const QString &subject = {}, const QString &detail = {},
                             std::optional<qint64> value = std::nullopt) {
            InsightEvent e{kind, visit, start.addSecs(at), subject, detail, value, QStringLiteral("en"), screen, studio};
            at += 5 + rng.bounded(90);
            const bool ok = hub ? rows.insert(e, QUuid::createUuid().toString(QUuid::WithoutBraces), device)
                                : recorder.recordIn(e);
            if (!ok)
                qFatal("cannot record");
            ++written;
        };
        add(Kind::VisitStarted);
        add(Kind::PageShown, QStringLiteral("finder"));
        if (rng.bounded(3) == 0)
            add(Kind::TextSearched, searches.at(rng.bounded(searches.size())), {}, rng.bounded(4) == 0 ? 0 : rng.bounded(50));
        add(Kind::FilterApplied, QStringLiteral("model=") + models.at(rng.bounded(models.size())), {}, rng.bounded(30));
        for (int i = rng.bounded(4); i > 0; --i)
            add(Kind::CarViewed, models.at(rng.bounded(models.size())));
        if (rng.bounded(3) == 0) {
            const QString m = models.at(rng.bounded(models.size()));
            add(Kind::ConfigurationStarted, m);
            add(Kind::ConfigurationFinished, m);
            add(Kind::PaintChosen, m, paints.at(rng.bounded(paints.size())));
            add(Kind::WheelsChosen, m, QStringLiteral("w%1").arg(rng.bounded(4)));
            add(Kind::OptionChosen, m, QStringLiteral("o%1").arg(rng.bounded(12)));
            if (rng.bounded(3) == 0)
                add(Kind::DriveBooked, m);
        }
        add(Kind::VisitEnded);
        if (written - committed >= 50000) { // commit now and then, as screens do
            t.commit();
            t.begin();
            committed = written;
        }
    }
    t.commit();
    return written;
}

struct Part {
    const char *name;
    std::function<bool()> run;
};

// Times each part `repeats` times and prints its p50, p95 and max.
bool timeParts(const QString &where, qint64 events, const QList<Part> &parts, int repeats)
{
    QElapsedTimer timer;
    for (const Part &part : parts) {
        QList<double> ms;
        for (int i = 0; i < repeats; ++i) {
            timer.restart();
            if (!part.run())
                return false;
            ms << double(timer.nsecsElapsed()) / 1e6;
        }
        printLine({{QStringLiteral("bench"), QStringLiteral("insights_read")},
                   {QStringLiteral("where"), where},
                   {QStringLiteral("part"), QLatin1String(part.name)},
                   {QStringLiteral("events"), events},
                   {QStringLiteral("p50_ms"), percentile(ms, 0.5)},
                   {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
                   {QStringLiteral("max_ms"), percentile(ms, 1.0)}});
    }
    return true;
}

// Writes `events` and prints how fast and how large; the database is open as `connection`. A
// database kept from an earlier run (--keep) is read as it is.
std::optional<qint64> fill(const QString &where, const QString &path, const QString &connection, qint64 events,
                           const QDateTime &end, int studios, bool hub)
{
    const bool kept = QFileInfo::exists(path);
    if (!Database::open(path, connection).ok())
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(connection);
    if (kept)
        return InsightRows(db).eventCount();
    QElapsedTimer timer;
    timer.start();
    const qint64 written = generate(db, events, end, studios, hub);
    const double writeS = double(timer.nsecsElapsed()) / 1e9;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double sizeMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    printLine({{QStringLiteral("bench"), QStringLiteral("insights_write")},
               {QStringLiteral("where"), where},
               {QStringLiteral("events"), written},
               {QStringLiteral("studios"), studios},
               {QStringLiteral("events_per_s"), qRound(double(written) / writeS)},
               {QStringLiteral("db_mb"), sizeMb},
               {QStringLiteral("db_mb_per_million"), sizeMb * 1e6 / double(written)}});
    return written;
}

// The top lists as read before schema 15 (the baseline): the hourly totals of the period, a row
// per screen, subject and detail from SQLite, summed over screens in C++.
bool topListsRowsPerScreen(QSqlDatabase db, const InsightPeriod &period)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT screen, subject, detail, sum(events), sum(visits), sum(zero) FROM insight_totals "
                           "WHERE kind = ? AND bucket_ms >= ? AND bucket_ms < ? GROUP BY studio, screen, subject, detail")))
        return false;
    const auto read = [&q](Kind k, const InsightPeriod &p) {
        q.addBindValue(InsightEvent::kindName(k));
        q.addBindValue(p.fromMs());
        q.addBindValue(p.toMs());
        if (!q.exec())
            return false;
        QHash<QString, qint64> sum;
        while (q.next())
            sum[q.value(1).toString() + QChar(0x1F) + q.value(2).toString()] += q.value(4).toLongLong();
        return true;
    };
    for (const InsightPeriod &p : {period, period.previous()}) {
        for (const Kind k : {Kind::CarViewed, Kind::PaintChosen, Kind::WheelsChosen, Kind::OptionChosen})
            if (!read(k, p))
                return false;
    }
    return read(Kind::TextSearched, period) && read(Kind::FilterApplied, period);
}

// The funnel's times as read before schema 16 (the baseline): every visit of the period, the
// medians taken in C++; its counts from the totals, as now.
std::optional<QList<std::optional<qint64>>> timesFromVisits(QSqlDatabase db, const InsightPeriod &period)
{
    InsightRows rows(db);
    const auto totals = rows.totals(QStringLiteral("funnel"), period.fromMs(), period.toMs(), nullptr, false);
    const auto visits = rows.visits(period.fromMs(), period.toMs());
    const auto driven = rows.values(InsightEvent::kindName(Kind::DriveCompleted), period.fromMs(), period.toMs());
    if (!totals || !visits || !driven)
        return std::nullopt;
    QList<qint64> toViewed, toConfigured, toBooked;
    for (const auto &v : *visits) {
        if (v.viewed >= 0)
            toViewed << (v.viewed - v.started) / 1000;
        if (v.configured >= 0)
            toConfigured << (v.configured - v.started) / 1000;
        if (v.booked >= 0)
            toBooked << (v.booked - v.started) / 1000;
    }
    return QList<std::optional<qint64>>{InsightReport::median(toViewed), InsightReport::median(toConfigured),
                                        InsightReport::median(toBooked)};
}

bool funnelFromVisits(QSqlDatabase db, const InsightPeriod &period)
{
    return timesFromVisits(db, period).has_value();
}

// The funnel's times as the report reads them now are the ones the visits give.
bool sameTimes(QSqlDatabase db, InsightReport &report, const InsightPeriod &period)
{
    const auto before = timesFromVisits(db, period);
    const auto now = report.funnel(period);
    return before && now && now->at(1).medianSeconds == before->at(0) && now->at(2).medianSeconds == before->at(1)
        && now->at(3).medianSeconds == before->at(2);
}

QList<Part> readParts(InsightReport &report, const InsightPeriod &period, const QList<SourceHealth> &sources,
                      const QDateTime &end)
{
    return {
        {"funnel", [&] { return report.funnel(period).has_value() && report.funnel(period.previous()).has_value(); }},
        {"top_lists",
         [&] {
             for (const Kind k : {Kind::CarViewed, Kind::PaintChosen, Kind::WheelsChosen, Kind::OptionChosen})
                 if (!report.top(k, period, 50) || !report.top(k, period.previous(), 0))
                     return false;
             return report.nothingFound(period, 50).has_value();
         }},
        {"findings", [&] { return InsightFindings::find(report, period, sources, end).has_value(); }},
        {"all_tables", [&] { return InsightTables::all(report, period, sources, end, {}, QLocale::c()).has_value(); }},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const auto count = [&args](const char *option, qint64 otherwise) {
        const qsizetype i = args.indexOf(QLatin1String(option));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : otherwise;
    };
    const qint64 events = count("--events", quick ? 20000 : 1000000);
    const qint64 hubEvents = count("--hub-events", quick ? 20000 : 10000000);

    // --keep DIR: the databases are written there once and read again by later runs.
    QTemporaryDir temporary;
    const qsizetype keep = args.indexOf(QLatin1String("--keep"));
    const QDir dir(keep >= 0 && keep + 1 < args.size() ? args.at(keep + 1) : temporary.path());
    const QTimeZone zone("Europe/Oslo");
    const QDateTime end(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
    const InsightPeriod period = InsightPeriod::lastDays(30, end, zone);
    const QList<SourceHealth> sources{{QStringLiteral("Dealer feed"), end.addDays(-1), 6}};
    const int repeats = quick ? 3 : 20;

    if (events > 0) {
        const auto written = fill(QStringLiteral("screen"), dir.filePath(QStringLiteral("screen.sqlite")),
                                  QStringLiteral("bench"), events, end, 1, false);
        if (!written)
            return 1;
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
            InsightReport report(db);
            QList<Part> parts = readParts(report, period, sources, end);
            parts.prepend({"top_lists_rows_per_screen", [&] { return topListsRowsPerScreen(db, period); }});
            parts.insert(1, {"funnel_from_visits", [&] {
                                 return funnelFromVisits(db, period) && funnelFromVisits(db, period.previous());
                             }});
            if (!timeParts(QStringLiteral("screen"), *written, parts, repeats))
                return 2;
            printLine({{QStringLiteral("bench"), QStringLiteral("insights_check")},
                       {QStringLiteral("funnel_times_as_from_visits"),
                        sameTimes(db, report, period) && sameTimes(db, report, period.previous())}});
        }
        Database::close(QStringLiteral("bench"));
    }
    if (hubEvents > 0) {
        // A chain of 20 studios, four screens each.
        const auto written = fill(QStringLiteral("hub"), dir.filePath(QStringLiteral("hub.sqlite")), QStringLiteral("hub"),
                                  hubEvents, end, 20, true);
        if (!written)
            return 1;
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("hub"));
            InsightReport chain(db);
            InsightReport studio(db, {QStringLiteral("studio-3"), {}});
            QList<Part> parts = readParts(chain, period, sources, end);
            parts.append({"studios_side_by_side", [&] { return chain.studios(period).has_value(); }});
            parts.prepend({"top_lists_rows_per_screen", [&] { return topListsRowsPerScreen(db, period); }});
            if (!timeParts(QStringLiteral("hub-chain"), *written, parts, repeats))
                return 2;
            if (!timeParts(QStringLiteral("hub-studio"), *written, readParts(studio, period, sources, end), repeats))
                return 2;
        }
        Database::close(QStringLiteral("hub"));
    }
    return 0;
}
