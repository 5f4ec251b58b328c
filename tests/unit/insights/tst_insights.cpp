// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/insightcsv.h"
#include "insights/insightfindings.h"
#include "insights/insightrecorder.h"
#include "insights/insightreport.h"
#include "insights/insightrows.h"
#include "insights/insighttables.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using Kind = InsightEvent::Kind;

const QTimeZone oslo("Europe/Oslo");
const QStringList models{QStringLiteral("aster-5"), QStringLiteral("vega-e"), QStringLiteral("orion-gt"),
                         QStringLiteral("lumen")};
const QStringList paints{QStringLiteral("fjord-blue"), QStringLiteral("snow"), QStringLiteral("graphite")};
const QStringList screens{QStringLiteral("Entrance"), QStringLiteral("Lounge")};

InsightEvent makeEvent(Kind kind, const QString &visit, const QDateTime &at, const QString &subject = {},
                       const QString &detail = {}, std::optional<qint64> value = std::nullopt,
                       const QString &screen = QStringLiteral("Entrance"))
{
    InsightEvent e;
    e.kind = kind;
    e.visit = visit;
    e.at = at;
    e.subject = subject;
    e.detail = detail;
    e.value = value;
    e.language = QStringLiteral("en");
    e.screen = screen;
    return e;
}

// One generated visit and what it is known to contain, kept apart from what the product computes.
struct Visit {
    QString id;
    QString screen;
    QDateTime start;
    qint64 toViewed = -1, toConfigured = -1, toBooked = -1; // seconds
    QSet<QString> viewed;
    QString paint; // of the finished build
    QString model;
    QStringList searchesNothing;
};

qint64 lowerMedian(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at((v.size() - 1) / 2);
}

} // namespace

/// Anonymous insights: events written with their outbox row, the funnel, top lists, findings
/// and busiest hours checked against an independent count of generated visits, the rule that
/// hides groups of fewer than five visits at its edge, the retention's fold, and CSV that a
/// spreadsheet opens safely.
class TestInsights : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QSqlDatabase freshDb()
    {
        const QString name = QStringLiteral("i%1").arg(++m_n);
        const auto opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")), name);
        if (!opened.ok())
            qFatal("cannot open: %s", qPrintable(opened.message));
        return QSqlDatabase::database(name);
    }

    static void recordAll(QSqlDatabase db, const QList<InsightEvent> &events)
    {
        InsightRecorder recorder(db);
        Transaction t(db);
        QVERIFY(t.begin());
        for (const auto &e : events) {
            QString error;
            QVERIFY2(recorder.recordIn(e, &error), qPrintable(error));
        }
        QVERIFY(t.commit());
    }

private slots:
    void eventsTravelWithTheirOutboxRow()
    {
        QSqlDatabase db = freshDb();
        InsightRecorder recorder(db);
        const QString visit = InsightEvent::newVisitId();
        const QDateTime at(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        QVERIFY(recorder.record(makeEvent(Kind::VisitStarted, visit, at)));
        QVERIFY(recorder.record(makeEvent(Kind::CarViewed, visit, at.addSecs(30), QStringLiteral("aster-5"))));

        // An event whose transaction rolls back leaves neither the event nor its outbox row.
        {
            Transaction t(db);
            QVERIFY(t.begin());
            QVERIFY(recorder.recordIn(makeEvent(Kind::CarViewed, visit, at.addSecs(60), QStringLiteral("vega-e"))));
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT e.uuid, o.idempotency_key, o.kind, o.payload FROM insight_events e "
                                      "LEFT JOIN outbox o ON o.idempotency_key = e.uuid ORDER BY e.id")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(1).toString(), q.value(0).toString());
            QCOMPARE(q.value(2).toString(), InsightRecorder::outboxKind());
            const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            QCOMPARE(payload.value(QStringLiteral("visit")).toString(), visit);
        }
        QCOMPARE(rows, 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'insight-event'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void personalDataIsRefused_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("reason");
        QTest::newRow("e-mail") << QStringLiteral("ada.lovelace@example.org") << QStringLiteral("e-mail");
        QTest::newRow("phone") << QStringLiteral("+47 912 34 567") << QStringLiteral("phone");
        QTest::newRow("phone with dashes") << QStringLiteral("call 555-0134-22") << QStringLiteral("phone");
        QTest::newRow("too long") << QString(201, QLatin1Char('a')) << QStringLiteral("longer");
        QTest::newRow("control") << QStringLiteral("a\u0007b") << QStringLiteral("control");
    }

    void personalDataIsRefused()
    {
        QFETCH(QString, subject);
        QFETCH(QString, reason);
        QSqlDatabase db = freshDb();
        InsightRecorder recorder(db);
        QString error;
        QVERIFY(!recorder.record(
            makeEvent(Kind::TextSearched, InsightEvent::newVisitId(), QDateTime::currentDateTimeUtc(), subject, {}, 0), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        // The refused text is in no message and nowhere in the database.
        QVERIFY(!error.contains(subject));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM insight_events) + (SELECT count(*) FROM outbox)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A model year, a count or a model's number are no phone number.
        QVERIFY(InsightEvent::problem(makeEvent(Kind::CarViewed, QStringLiteral("v"), QDateTime::currentDateTimeUtc(),
                                                QStringLiteral("aster-5 2026")))
                    .isEmpty());
    }

    void staffEventsHaveNoVisitAndVisitorsEventsHaveOne()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!InsightEvent::problem(makeEvent(Kind::CarViewed, {}, now, QStringLiteral("aster-5"))).isEmpty());
        QVERIFY(!InsightEvent::problem(makeEvent(Kind::DriveCompleted, QStringLiteral("v"), now, QStringLiteral("aster-5")))
                     .isEmpty());
        QVERIFY(InsightEvent::problem(makeEvent(Kind::DriveCompleted, {}, now, QStringLiteral("aster-5"), {}, 30)).isEmpty());
        QVERIFY(!InsightEvent::problem(makeEvent(Kind::CarViewed, QStringLiteral("v"), QDateTime(), QStringLiteral("aster-5")))
                     .isEmpty());
    }

    void searchesKeepOnlyTheCatalogsWords()
    {
        const QSet<QString> vocabulary{QStringLiteral("aster"), QStringLiteral("blue"), QStringLiteral("蓝色"),
                                       QStringLiteral("أزرق"),  QStringLiteral("gts"),  QStringLiteral("sport")};
        QCOMPARE(InsightEvent::catalogWords(QStringLiteral("GTS blue Sport chrono"), vocabulary),
                 QStringLiteral("gts blue sport"));
        QCOMPARE(InsightEvent::catalogWords(QStringLiteral("蓝色 Aster"), vocabulary), QStringLiteral("蓝色 aster"));
        QCOMPARE(InsightEvent::catalogWords(QStringLiteral("أزرق"), vocabulary), QStringLiteral("أزرق"));
        // A name typed into the search never reaches the events.
        QCOMPARE(InsightEvent::catalogWords(QStringLiteral("Ingrid Bergstrøm blue"), vocabulary), QStringLiteral("blue"));
        QCOMPARE(InsightEvent::catalogWords(QStringLiteral("blue BLUE, blue"), vocabulary), QStringLiteral("blue"));
    }

    // Random visits with known answers: the product's funnel, medians, top lists, what found
    // nothing, busiest hours and screens must equal an independent count of what was generated.
    void reportMatchesAnIndependentCount()
    {
        QSqlDatabase db = freshDb();
        QRandomGenerator rng(20261201);
        const QDate firstDay(2026, 11, 2); // a Monday
        QList<Visit> visits;
        QList<InsightEvent> events;
        for (int i = 0; i < 1500; ++i) {
            Visit v;
            v.id = InsightEvent::newVisitId();
            v.screen = screens.at(rng.bounded(screens.size()));
            // Between 09:00 and 18:59 Oslo time, over 14 days.
            v.start = QDateTime(firstDay.addDays(rng.bounded(14)), QTime(9 + rng.bounded(10), rng.bounded(60), rng.bounded(60)),
                                oslo)
                          .toUTC();
            const auto add = [&](Kind kind, qint64 afterS, const QString &subject = {}, const QString &detail = {},
                                 std::optional<qint64> value = std::nullopt) {
                events << makeEvent(kind, v.id, v.start.addSecs(afterS), subject, detail, value, v.screen);
            };
            add(Kind::VisitStarted, 0);
            qint64 t = 0;
            if (rng.bounded(10) < 3) {
                t += 5 + rng.bounded(60);
                const QString words = rng.bounded(2) ? QStringLiteral("blue aster") : QStringLiteral("vega red");
                const bool nothing = rng.bounded(3) == 0;
                add(Kind::TextSearched, t, words, {}, nothing ? 0 : 1 + rng.bounded(40));
                if (nothing)
                    v.searchesNothing << words;
            }
            if (rng.bounded(10) < 7) {
                const int n = 1 + rng.bounded(3);
                for (int k = 0; k < n; ++k) {
                    t += 10 + rng.bounded(120);
                    const QString m = models.at(rng.bounded(models.size()));
                    add(Kind::CarViewed, t, m);
                    if (v.toViewed < 0)
                        v.toViewed = t;
                    v.viewed.insert(m);
                }
                if (rng.bounded(10) < 4) {
                    v.model = models.at(rng.bounded(2));
                    t += 60 + rng.bounded(600);
                    add(Kind::ConfigurationStarted, t - 30, v.model);
                    add(Kind::ConfigurationFinished, t, v.model);
                    v.paint = paints.at(rng.bounded(paints.size()));
                    add(Kind::PaintChosen, t, v.model, v.paint);
                    v.toConfigured = t;
                    if (rng.bounded(10) < 5) {
                        t += 30 + rng.bounded(200);
                        add(Kind::DriveBooked, t, v.model);
                        v.toBooked = t;
                    }
                }
            }
            add(Kind::VisitEnded, t + 90);
            visits << v;
        }
        recordAll(db, events);

        InsightReport report(db);
        const InsightPeriod week1{firstDay, firstDay.addDays(6), oslo};
        const auto inWeek = [&](const Visit &v) { return v.start.toTimeZone(oslo).date() <= week1.last; };

        // The funnel.
        QList<qint64> viewed, configured, booked;
        qint64 visitCount = 0;
        for (const Visit &v : visits) {
            if (!inWeek(v))
                continue;
            ++visitCount;
            if (v.toViewed >= 0)
                viewed << v.toViewed;
            if (v.toConfigured >= 0)
                configured << v.toConfigured;
            if (v.toBooked >= 0)
                booked << v.toBooked;
        }
        const auto funnel = report.funnel(week1);
        QVERIFY(funnel);
        QCOMPARE(funnel->at(0).visits, visitCount);
        QCOMPARE(funnel->at(1).visits, qint64(viewed.size()));
        QCOMPARE(funnel->at(2).visits, qint64(configured.size()));
        QCOMPARE(funnel->at(3).visits, qint64(booked.size()));
        QCOMPARE(*funnel->at(1).medianSeconds, lowerMedian(viewed));
        QCOMPARE(*funnel->at(2).medianSeconds, lowerMedian(configured));
        QCOMPARE(*funnel->at(3).medianSeconds, lowerMedian(booked));
        QCOMPARE(*funnel->at(2).conversion, double(configured.size()) / double(viewed.size()));
        QVERIFY(funnel->at(4).hidden); // no drive completed: 0 is below five
        QVERIFY(!funnel->at(4).conversion);

        // Most viewed models: visits that viewed each, not views.
        QHash<QString, qint64> perModel;
        QHash<QString, qint64> perPaint;
        QHash<QString, qint64> nothing;
        QHash<int, qint64> perHour; // weekday*100+hour
        QHash<QString, qint64> perScreen;
        for (const Visit &v : visits) {
            if (!inWeek(v))
                continue;
            for (const QString &m : v.viewed)
                ++perModel[m];
            if (!v.paint.isEmpty())
                ++perPaint[v.model + QLatin1Char('/') + v.paint];
            for (const QString &w : v.searchesNothing)
                ++nothing[w];
            const QDateTime local = v.start.toTimeZone(oslo);
            ++perHour[local.date().dayOfWeek() * 100 + local.time().hour()];
            ++perScreen[v.screen];
        }
        const auto top = report.top(Kind::CarViewed, week1, 10);
        QVERIFY(top);
        QCOMPARE(top->size(), perModel.size());
        for (qsizetype i = 0; i < top->size(); ++i) {
            QCOMPARE(top->at(i).visits, perModel.value(top->at(i).subject));
            if (i > 0)
                QVERIFY(top->at(i - 1).visits >= top->at(i).visits);
        }
        const auto topPaints = report.top(Kind::PaintChosen, week1, 0);
        QVERIFY(topPaints);
        QCOMPARE(topPaints->size(), perPaint.size());
        for (const auto &r : *topPaints) {
            const qint64 expected = perPaint.value(r.subject + QLatin1Char('/') + r.detail);
            QCOMPARE(r.hidden, expected < 5);
            if (!r.hidden)
                QCOMPARE(r.visits, expected);
        }

        const auto found = report.nothingFound(week1, 0);
        QVERIFY(found);
        QCOMPARE(found->size(), nothing.size());
        for (const auto &r : *found)
            QCOMPARE(r.events, nothing.value(r.subject));

        const auto busiest = report.busiest(week1);
        QVERIFY(busiest);
        QCOMPARE(busiest->size(), perHour.size());
        for (const auto &c : *busiest) {
            const qint64 expected = perHour.value(c.weekday * 100 + c.hour);
            QCOMPARE(c.hidden, expected < 5);
            if (!c.hidden)
                QCOMPARE(c.visits, expected);
        }

        const auto perScreenRows = report.screens(week1);
        QVERIFY(perScreenRows);
        QCOMPARE(perScreenRows->size(), perScreen.size());
        for (const auto &r : *perScreenRows)
            QCOMPARE(r.visits, perScreen.value(r.screen));

        // The week before saw nothing; the second week is counted on its own.
        const auto before = report.funnel(week1.previous());
        QVERIFY(before);
        QVERIFY(before->at(0).hidden);
        const auto both = report.funnel({firstDay, firstDay.addDays(13), oslo});
        QCOMPARE(both->at(0).visits, qint64(visits.size()));
    }

    void groupsBelowFiveVisitsAreHidden()
    {
        QSqlDatabase db = freshDb();
        const QDateTime at(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);
        QList<InsightEvent> events;
        // Four visits view the Lumen, five the Vega E; one visit viewing the Vega E twice counts once.
        for (int i = 0; i < 9; ++i) {
            const QString v = InsightEvent::newVisitId();
            events << makeEvent(Kind::VisitStarted, v, at.addSecs(i));
            events << makeEvent(Kind::CarViewed, v, at.addSecs(i + 1),
                                i < 4 ? QStringLiteral("lumen") : QStringLiteral("vega-e"));
            if (i == 8)
                events << makeEvent(Kind::CarViewed, v, at.addSecs(i + 2), QStringLiteral("vega-e"));
        }
        recordAll(db, events);
        InsightReport report(db);
        const InsightPeriod day{at.toTimeZone(oslo).date(), at.toTimeZone(oslo).date(), oslo};
        const auto top = report.top(Kind::CarViewed, day, 0);
        QVERIFY(top);
        QCOMPARE(top->size(), 2);
        QCOMPARE(top->at(0).subject, QStringLiteral("vega-e"));
        QCOMPARE(top->at(0).visits, 5);
        QCOMPARE(top->at(0).events, 6);
        QVERIFY(!top->at(0).hidden);
        QCOMPARE(top->at(1).subject, QStringLiteral("lumen"));
        QVERIFY(top->at(1).hidden);
        QCOMPARE(top->at(1).visits, 0); // withheld, not shown
        const auto tables = InsightTables::all(report, day, {}, at, {}, QLocale::c());
        QVERIFY(tables);
        const auto viewedTable = std::find_if(tables->cbegin(), tables->cend(),
                                              [](const InsightCsv &t) { return t.name == QLatin1String("models-viewed"); });
        QVERIFY(viewedTable != tables->cend());
        QCOMPARE(viewedTable->rows.at(1).at(1), InsightWording::hidden());
        QCOMPARE(viewedTable->rows.at(0).at(1), QStringLiteral("5"));
    }

    void findingsNameWhatToActOn()
    {
        QSqlDatabase db = freshDb();
        const QDateTime at(QDate(2026, 11, 4), QTime(10, 0), Qt::UTC);
        QList<InsightEvent> events;
        for (int i = 0; i < 12; ++i) {
            const QString v = InsightEvent::newVisitId();
            const QDateTime t = at.addSecs(i * 600);
            events << makeEvent(Kind::VisitStarted, v, t);
            events << makeEvent(Kind::CarViewed, v, t.addSecs(10), QStringLiteral("vega-e")); // 12 views, 1 booking
            if (i == 0)
                events << makeEvent(Kind::DriveBooked, v, t.addSecs(20), QStringLiteral("vega-e"));
            if (i < 7)
                events << makeEvent(Kind::TextSearched, v, t.addSecs(30), QStringLiteral("blue aster"), {}, 0);
            if (i < 4) // four: below five, no finding
                events << makeEvent(Kind::TextSearched, v, t.addSecs(40), QStringLiteral("red lumen"), {}, 0);
            if (i < 6)
                events << makeEvent(Kind::DriveUnavailable, v, t.addSecs(50), QStringLiteral("aster-5"), QStringLiteral("6"));
        }
        for (int i = 0; i < 6; ++i)
            events << makeEvent(i < 2 ? Kind::DriveMissed : Kind::DriveCompleted, {}, at.addSecs(7000 + i),
                                QStringLiteral("aster-5"), {}, i < 2 ? std::nullopt : std::optional<qint64>(48));
        recordAll(db, events);
        InsightReport report(db);
        const InsightPeriod day{QDate(2026, 11, 4), QDate(2026, 11, 4), oslo};
        const QList<SourceHealth> sources{{QStringLiteral("Bilhuset Drammen"), at.addDays(-2), 9},
                                          {QStringLiteral("Brand feed"), QDateTime(), 0}};
        const auto findings = InsightFindings::find(report, day, sources, at, nullptr);
        QVERIFY(findings);
        QHash<InsightFinding::Kind, InsightFinding> byKind;
        for (const auto &f : *findings)
            byKind.insert(f.kind, f);
        QCOMPARE(findings->size(), 5);
        QCOMPARE(findings->first().kind, InsightFinding::Kind::SourceFailing); // a broken feed comes first
        QCOMPARE(byKind.value(InsightFinding::Kind::DemandWithoutStock).subject, QStringLiteral("blue aster"));
        QCOMPARE(byKind.value(InsightFinding::Kind::DemandWithoutStock).count, 7);
        QCOMPARE(byKind.value(InsightFinding::Kind::InterestWithoutDrives).count, 12);
        QCOMPARE(byKind.value(InsightFinding::Kind::InterestWithoutDrives).other, 1);
        QCOMPARE(byKind.value(InsightFinding::Kind::FullCalendar).detail, QStringLiteral("6"));
        QCOMPARE(byKind.value(InsightFinding::Kind::NoShows).count, 2);
        QCOMPARE(byKind.value(InsightFinding::Kind::NoShows).other, 6);

        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const auto name = [](const QString &code) { return code == QLatin1String("vega-e") ? QStringLiteral("Vega E") : code; };
        QCOMPARE(InsightWording::finding(byKind.value(InsightFinding::Kind::DemandWithoutStock), name, en),
                 QStringLiteral("7 searches for \u201C\u2068blue aster\u2069\u201D found no car in stock."));
        QVERIFY(InsightWording::finding(byKind.value(InsightFinding::Kind::InterestWithoutDrives), name, en)
                    .contains(QLatin1String("booked for a test drive once: viewed 12.0 times as often")));
        QVERIFY(InsightWording::finding(byKind.value(InsightFinding::Kind::FullCalendar), name, en)
                    .contains(QLatin1String("Saturday")));
        QCOMPARE(InsightWording::finding(byKind.value(InsightFinding::Kind::NoShows), name, en),
                 QStringLiteral("2 of 6 test drives were missed (33%)."));
        // In Arabic the share is one piece of the sentence: its percent sign carries a
        // left-to-right mark.
        const QString arabic = InsightWording::finding(byKind.value(InsightFinding::Kind::NoShows), name,
                                                       QLocale(QStringLiteral("ar")));
        QVERIFY2(arabic.contains(QRegularExpression(QStringLiteral("\x{2068}[^\x{2069}]+\x{2069}"))), qPrintable(arabic));
        // The busiest hours' labels as each language writes a time: Qt 6.4 wrote Traditional
        // Chinese's with CLDR's day-period letter as it is, "B5:00".
        QCOMPARE(InsightWording::hour(17, en), QStringLiteral("17:00"));
        QCOMPARE(InsightWording::hour(17, QLocale(QStringLiteral("zh_TW"))), QStringLiteral("下午5:00"));
        QCOMPARE(InsightWording::hour(9, QLocale(QStringLiteral("zh_TW"))), QStringLiteral("上午9:00"));
        // The drives completed carry how long after booking: the funnel's last step.
        const auto funnel = report.funnel(day);
        QVERIFY(funnel->at(4).hidden); // four drives: below five, withheld
        QCOMPARE(funnel->at(4).visits, 0);
        QCOMPARE(report.eventCounts(Kind::DriveCompleted, day)->value(QStringLiteral("aster-5")), 4);
    }

    void retentionFoldsIntoDailyTotals()
    {
        QSqlDatabase db = freshDb();
        const QDateTime old(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
        const QDateTime recent(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QList<InsightEvent> events;
        for (const QDateTime &base : {old, recent}) {
            for (int i = 0; i < 6; ++i) {
                const QString v = InsightEvent::newVisitId();
                events << makeEvent(Kind::VisitStarted, v, base.addSecs(i * 3600));
                events << makeEvent(Kind::CarViewed, v, base.addSecs(i * 3600 + 60), QStringLiteral("aster-5"));
            }
        }
        recordAll(db, events);
        InsightReport report(db);
        const InsightPeriod september{QDate(2026, 9, 1), QDate(2026, 9, 1), oslo};
        const auto beforeFold = report.funnel(september);
        QCOMPARE(beforeFold->at(1).visits, 6);
        QVERIFY(beforeFold->at(1).medianSeconds);

        qint64 removed = 0;
        Transaction t(db);
        QVERIFY(t.begin());
        QVERIFY(InsightRows(db).fold(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), &removed));
        QVERIFY(t.commit());
        QCOMPARE(removed, 12);
        QCOMPARE(*InsightRows(db).eventCount(), 12);

        // Counts survive in daily totals; the medians, which need each visit, are gone.
        const auto afterFold = report.funnel(september);
        QCOMPARE(afterFold->at(0).visits, 6);
        QCOMPARE(afterFold->at(1).visits, 6);
        QVERIFY(!afterFold->at(1).medianSeconds);
        const auto top = report.top(Kind::CarViewed, september, 0);
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().visits, 6);
        const auto busiest = report.busiest(september);
        QCOMPARE(busiest->size(), 1);
        QCOMPARE(busiest->first().hour, -1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM insight_totals WHERE span = 'h' AND bucket_ms < %1")
                           .arg(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The recent week keeps its hours and its medians.
        const auto november = report.funnel({QDate(2026, 11, 20), QDate(2026, 11, 20), oslo});
        QVERIFY(november->at(1).medianSeconds);
        // Folding again changes nothing.
        Transaction again(db);
        QVERIFY(again.begin());
        QVERIFY(InsightRows(db).fold(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), &removed));
        QVERIFY(again.commit());
        QCOMPARE(report.funnel(september)->at(1).visits, 6);
    }

    // A cut in the middle of a day: the funnel's times of that day are those of the visits kept,
    // read from the day's counts (a UTC day) as from the visits themselves (Oslo's day).
    void foldInTheMiddleOfADayKeepsItsTimes()
    {
        QSqlDatabase db = freshDb();
        const QDateTime day(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        QList<InsightEvent> events;
        for (int i = 0; i < 6; ++i) { // started 08:00 to 13:00, viewed after 10, 20, … 60 s
            const QString v = InsightEvent::newVisitId();
            events << makeEvent(Kind::VisitStarted, v, day.addSecs(i * 3600));
            events << makeEvent(Kind::CarViewed, v, day.addSecs(i * 3600 + 10 * (i + 1)), QStringLiteral("aster-5"));
        }
        recordAll(db, events);
        InsightReport report(db);
        const InsightPeriod utc{day.date(), day.date(), QTimeZone::utc()};
        const InsightPeriod local{day.date(), day.date(), oslo};
        QCOMPARE(*report.funnel(utc)->at(1).medianSeconds, 30);
        QCOMPARE(*report.funnel(local)->at(1).medianSeconds, 30);

        Transaction t(db);
        QVERIFY(t.begin());
        QVERIFY(InsightRows(db).fold(day.addSecs(3 * 3600 - 1), nullptr)); // keeps 11:00, 12:00, 13:00
        QVERIFY(t.commit());
        QCOMPARE(report.funnel(utc)->at(1).visits, 6); // the counts are the totals'
        QCOMPARE(*report.funnel(utc)->at(1).medianSeconds, 50);
        QCOMPARE(*report.funnel(local)->at(1).medianSeconds, 50);
        const auto delays = InsightRows(db).delays(utc.fromMs(), utc.toMs());
        QVERIFY(delays);
        QCOMPARE(delays->viewed.size(), 3);
        QCOMPARE(delays->viewed.first().seconds, 40);
    }

    // Studio events: pages viewed and places taken per event and per kind, each count of fewer
    // than five visits withheld on its own, and both tables in the export.
    void studioEventsViewedAndJoined()
    {
        QSqlDatabase db = freshDb();
        const QDateTime at(QDate(2026, 11, 4), QTime(15, 0), Qt::UTC);
        QList<InsightEvent> events;
        // Eight visits open the winter-range talk, six of them take a place (one opens it twice);
        // three open the family workshop and one joins it; five open the drive day.
        for (int i = 0; i < 16; ++i) {
            const QString v = InsightEvent::newVisitId();
            events << makeEvent(Kind::VisitStarted, v, at.addSecs(i * 10));
            const bool talk = i < 8, workshop = i >= 8 && i < 11;
            const QString id = talk ? QStringLiteral("oslo-winter-range")
                : workshop          ? QStringLiteral("oslo-family-workshop")
                                    : QStringLiteral("oslo-drive-day");
            const QString kind = talk ? QStringLiteral("talk")
                : workshop            ? QStringLiteral("workshop")
                                      : QStringLiteral("drive-day");
            events << makeEvent(Kind::EventViewed, v, at.addSecs(i * 10 + 1), id, kind);
            if (i == 0)
                events << makeEvent(Kind::EventViewed, v, at.addSecs(i * 10 + 2), id, kind);
            if ((talk && i < 6) || i == 8)
                events << makeEvent(Kind::EventJoined, v, at.addSecs(i * 10 + 3), id, kind);
        }
        recordAll(db, events);
        InsightReport report(db);
        const InsightPeriod day{at.toTimeZone(oslo).date(), at.toTimeZone(oslo).date(), oslo};
        const auto perEvent = report.events(day, false);
        QVERIFY(perEvent);
        QCOMPARE(perEvent->size(), 3);
        QCOMPARE(perEvent->at(0).event, QStringLiteral("oslo-winter-range"));
        QCOMPARE(perEvent->at(0).kind, QStringLiteral("talk"));
        QCOMPARE(perEvent->at(0).views, 8);
        QCOMPARE(perEvent->at(0).joins, 6);
        QVERIFY(!perEvent->at(0).viewsHidden && !perEvent->at(0).joinsHidden);
        QCOMPARE(perEvent->at(1).event, QStringLiteral("oslo-drive-day"));
        QCOMPARE(perEvent->at(1).views, 5);
        QVERIFY(perEvent->at(1).joinsHidden); // none joined: fewer than five
        QCOMPARE(perEvent->at(2).event, QStringLiteral("oslo-family-workshop"));
        QVERIFY(perEvent->at(2).viewsHidden && perEvent->at(2).joinsHidden);
        QCOMPARE(perEvent->at(2).views, 0); // withheld, not shown
        const auto perKind = report.events(day, true);
        QVERIFY(perKind);
        QCOMPARE(perKind->size(), 3);
        QCOMPARE(perKind->at(0).kind, QStringLiteral("talk"));
        QVERIFY(perKind->at(0).event.isEmpty());
        const auto tables = InsightTables::all(report, day, {}, at, {}, QLocale::c());
        QVERIFY(tables);
        const auto table = [&](const QString &name) {
            return std::find_if(tables->cbegin(), tables->cend(), [&](const InsightCsv &t) { return t.name == name; });
        };
        QVERIFY(table(QStringLiteral("studio-events")) != tables->cend());
        QCOMPARE(
            table(QStringLiteral("studio-events"))->rows.at(0),
            (QStringList{QStringLiteral("oslo-winter-range"), QStringLiteral("talk"), QStringLiteral("8"), QStringLiteral("6")}));
        QCOMPARE(table(QStringLiteral("studio-events"))->rows.at(2).at(2), InsightWording::hidden());
        QVERIFY(table(QStringLiteral("studio-event-kinds")) != tables->cend());
    }

    void csvOpensSafelyInASpreadsheet()
    {
        InsightCsv csv{QStringLiteral("t"), {QStringLiteral("Looked for"), QStringLiteral("n")}, {}};
        csv.rows << QStringList{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("1")};
        csv.rows << QStringList{QStringLiteral("+1"), QStringLiteral("-2")};
        csv.rows << QStringList{QStringLiteral("@sum"), QStringLiteral("\tx")};
        csv.rows << QStringList{QStringLiteral("a,b"), QStringLiteral("line\nbreak")};
        csv.rows << QStringList{QStringLiteral("蓝色 \"Aster\""), QStringLiteral("\rx")};
        const QByteArray bytes = csv.encode();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 7); // header, five rows, and the empty rest after the last CRLF
        QCOMPARE(lines.last(), QString());
        QCOMPARE(lines.at(0), QStringLiteral("Looked for,n"));
        QCOMPARE(lines.at(1), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",1"));
        QCOMPARE(lines.at(2), QStringLiteral("'+1,'-2"));
        QCOMPARE(lines.at(3), QStringLiteral("'@sum,'\tx"));
        QCOMPARE(lines.at(4), QStringLiteral("\"a,b\",\"line\nbreak\""));
        QCOMPARE(lines.at(5), QStringLiteral("\"蓝色 \"\"Aster\"\"\",\"'\rx\""));
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
