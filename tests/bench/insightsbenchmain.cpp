// SPDX-License-Identifier: GPL-3.0-or-later
// Insights at scale: writes a stream of generated visits (about ten events each) through the
// recorder, then times what staff mode asks for a 30-day period — the funnel, the top lists,
// what found nothing, the busiest hours, the screens and the findings, each beside the period
// before — and prints the figures and the database's size per million events as JSON lines.
//   vitrine-insightsbench [--events N] [--quick]
#include "insights/insightfindings.h"
#include "insights/insightrecorder.h"
#include "insights/insightreport.h"
#include "insights/insighttables.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

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

// Writes visits until `target` events are stored, spread over the 60 days before `end`.
qint64 generate(QSqlDatabase db, qint64 target, const QDateTime &end)
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
    qint64 written = 0;
    qint64 committed = 0;
    Transaction t(db);
    t.begin();
    while (written < target) {
        const QString visit = InsightEvent::newVisitId();
        const QDateTime start = end.addSecs(-qint64(rng.bounded(60 * 86400)));
        const QString screen = screens.at(rng.bounded(screens.size()));
        qint64 at = 0;
        const auto add = [&](Kind kind, const QString &subject = {}, const QString &detail = {},
                             std::optional<qint64> value = std::nullopt) {
            InsightEvent e{kind, visit, start.addSecs(at), subject, detail, value, QStringLiteral("en"), screen};
            at += 5 + rng.bounded(90);
            if (!recorder.recordIn(e))
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    qint64 events = quick ? 20000 : 1000000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--events")); i >= 0 && i + 1 < args.size())
        events = args.at(i + 1).toLongLong();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("insights.sqlite"));
    if (!Database::open(path, QStringLiteral("bench")).ok())
        return 1;
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
    const QTimeZone zone("Europe/Oslo");
    const QDateTime end(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);

    QElapsedTimer timer;
    timer.start();
    const qint64 written = generate(db, events, end);
    const double writeS = double(timer.nsecsElapsed()) / 1e9;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double sizeMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    printLine({{QStringLiteral("bench"), QStringLiteral("insights_write")},
               {QStringLiteral("events"), written},
               {QStringLiteral("events_per_s"), qRound(double(written) / writeS)},
               {QStringLiteral("db_mb"), sizeMb},
               {QStringLiteral("db_mb_per_million"), sizeMb * 1e6 / double(written)}});

    const InsightPeriod period = InsightPeriod::lastDays(30, end, zone);
    const QList<SourceHealth> sources{{QStringLiteral("Dealer feed"), end.addDays(-1), 6}};
    InsightReport report(db);
    struct Part {
        const char *name;
        std::function<bool()> run;
    };
    const QList<Part> parts{
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
    const int repeats = quick ? 3 : 20;
    for (const Part &part : parts) {
        QList<double> ms;
        for (int i = 0; i < repeats; ++i) {
            timer.restart();
            if (!part.run())
                return 2;
            ms << double(timer.nsecsElapsed()) / 1e6;
        }
        printLine({{QStringLiteral("bench"), QStringLiteral("insights_read")},
                   {QStringLiteral("part"), QLatin1String(part.name)},
                   {QStringLiteral("events"), written},
                   {QStringLiteral("p50_ms"), percentile(ms, 0.5)},
                   {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
                   {QStringLiteral("max_ms"), percentile(ms, 1.0)}});
    }
    db = QSqlDatabase();
    Database::close(QStringLiteral("bench"));
    return 0;
}
