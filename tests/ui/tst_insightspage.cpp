// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurator.h"
#include "drivebooking.h"
#include "finder.h"
#include "insights/insightwording.h"
#include "inventory/inventoryservice.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "showroom.h"
#include "staffinsights.h"
#include "staffmode.h"
#include "storage/database.h"
#include "storage/databasequeue.h"
#include "studioevents.h"
#include "uilanguage.h"
#include "uiprobe.h"
#include "visitinsights.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

namespace {
// What a visitor gives or types that must never reach the insights: a name, an e-mail address,
// a phone number, and a name typed into the search.
const QStringList personal{QStringLiteral("Zebedee"), QStringLiteral("Quuxworth"), QStringLiteral("zebedee.q@example.org"),
                           QStringLiteral("Ingrid"),  QStringLiteral("Bergstr"),   QStringLiteral("4791234567")};
} // namespace

/// Insights on the real kiosk: a visit's steps written as anonymous events under one random
/// visit id (search, car viewed, configured, booked, hold, expert call), none of what the
/// visitor gave or typed in the events, the outbox or the exported CSV; staff's Insights page
/// with its funnel, findings and charts, in English and Arabic, and the CSV on a "USB stick".
class TestInsightsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("insights.sqlite")); }
    QString usb() const { return m_dir.filePath(QStringLiteral("usb")); }

    // Every stored event of kind insight-event in the outbox, and every column of the events table.
    QStringList storedTexts()
    {
        m_kiosk->queue()->waitForIdle();
        QStringList texts;
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT visit || '|' || kind || '|' || subject || '|' || detail || '|' || lang || '|' || screen "
                              "FROM insight_events"));
        while (q.next())
            texts << q.value(0).toString();
        q.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'insight-event'"));
        while (q.next())
            texts << q.value(0).toString();
        q.exec(QStringLiteral("SELECT subject || '|' || detail || '|' || screen FROM insight_totals"));
        while (q.next())
            texts << q.value(0).toString();
        return texts;
    }

    QStringList kindsOf(const QString &visit)
    {
        m_kiosk->queue()->waitForIdle();
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
        q.prepare(QStringLiteral("SELECT kind FROM insight_events WHERE visit = ? ORDER BY id"));
        q.addBindValue(visit);
        q.exec();
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        return kinds;
    }

    QString firstVehicle() const
    {
        const auto snapshot = m_kiosk->inventory()->snapshot();
        for (qsizetype i = 0; i < snapshot->vehicles.size(); ++i) {
            const Vehicle v = snapshot->vehicles.at(i);
            if (v.model == QLatin1String("aster-5"))
                return v.id;
        }
        return {};
    }

    bool book(const QString &name, const QString &email)
    {
        DriveBooking *drive = m_kiosk->driveBooking();
        drive->chooseModel(QStringLiteral("aster-5"));
        if (!QTest::qWaitFor([&] { return !drive->dayRows().isEmpty(); }))
            return false;
        QString day;
        for (const DriveBooking::DayRow &d : drive->dayRows()) {
            if (day.isEmpty() && d.free > 1)
                day = d.date;
        }
        drive->chooseDay(day);
        if (!QTest::qWaitFor([&] { return !drive->timeRows().isEmpty(); }))
            return false;
        for (const DriveBooking::TimeRow &t : drive->timeRows()) {
            if (t.free) {
                drive->chooseTime(t.start);
                break;
            }
        }
        drive->chooseChannel(QStringLiteral("email"));
        QSignalSpy submitted(drive, &DriveBooking::submitted);
        drive->submit(name, email, true, false);
        return submitted.wait() && submitted.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(usb()));
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("setup")).ok());
            QVERIFY(StaffPin(QSqlDatabase::database(QStringLiteral("setup"))).set(QStringLiteral("4711")));
        }
        Database::close(QStringLiteral("setup"));
        KioskOptions options;
        options.databasePath = dbPath();
        options.language = QStringLiteral("en");
        options.feedFolders = {usb()};
        options.sync = false;
        m_kiosk = std::make_unique<KioskApplication>();
        QString error;
        QVERIFY2(m_kiosk->start(options, &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
        QVERIFY(Database::openConnection(dbPath(), QStringLiteral("check")));
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->inventory()->snapshot()->index != nullptr, 20000);
    }
    void cleanupTestCase()
    {
        m_kiosk.reset();
        Database::close(QStringLiteral("check"));
    }

    void aVisitIsRecordedAnonymously()
    {
        wipeVisit(m_kiosk.get());
        const QString visit = m_kiosk->visitInsights()->visit();
        QVERIFY(!visit.isEmpty());

        // A search with a name and a number typed into it: only the catalog's words are kept.
        m_kiosk->finder()->setText(QStringLiteral("Ingrid Bergstrøm aster 4791234567"));
        QTRY_VERIFY_WITH_TIMEOUT(kindsOf(visit).contains(QStringLiteral("search")), 6000);
        const QString vehicle = firstVehicle();
        QVERIFY(!vehicle.isEmpty());
        m_kiosk->finder()->detailFor(vehicle);
        m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
        m_kiosk->configurator()->summaryShown();
        m_kiosk->configurator()->summaryShown(); // counted once
        QVERIFY(book(QStringLiteral("Zebedee Quuxworth"), QStringLiteral("zebedee.q@example.org")));
        QSignalSpy answered(m_kiosk->showroom(), &Showroom::requestAnswered);
        m_kiosk->showroom()->holdVehicle(vehicle);
        m_kiosk->showroom()->askExpert(vehicle, QString());
        QTRY_COMPARE(answered.count(), 2);
        wipeVisit(m_kiosk.get());
        QVERIFY(m_kiosk->visitInsights()->visit() != visit); // a new visit, a new id

        const QStringList kinds = kindsOf(visit);
        for (const char *kind : {"visit-started", "search", "car-viewed", "configuration-started", "configuration-finished",
                                 "paint-chosen", "wheels-chosen", "code-created", "drive-requested", "drive-booked",
                                 "hold-requested", "expert-called", "visit-ended"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QCOMPARE(kinds.count(QStringLiteral("configuration-finished")), 1);
        QCOMPARE(kinds.last(), QStringLiteral("visit-ended"));

        QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
        q.prepare(QStringLiteral("SELECT subject FROM insight_events WHERE visit = ? AND kind = 'search'"));
        q.addBindValue(visit);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("aster"));

        for (const QString &text : storedTexts()) {
            for (const QString &p : personal)
                QVERIFY2(!text.contains(p, Qt::CaseInsensitive), qPrintable(QStringLiteral("%1 in %2").arg(p, text)));
        }
    }

    void staffSeesInsightsAndExportsThem()
    {
        // Five more visits that view the Aster 5: enough for its group to show.
        const QString vehicle = firstVehicle();
        // Each also opens a studio event's page: five visits, enough to show its count.
        for (int i = 0; i < 5; ++i) {
            wipeVisit(m_kiosk.get());
            m_kiosk->finder()->detailFor(vehicle);
            m_kiosk->finder()->reset();
            m_kiosk->events()->open(QStringLiteral("oslo-winter-range"));
            QTRY_COMPARE(m_kiosk->events()->current().value(QStringLiteral("id")).toString(),
                         QStringLiteral("oslo-winter-range"));
            m_kiosk->events()->reset();
        }
        wipeVisit(m_kiosk.get());
        m_kiosk->queue()->waitForIdle();

        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        StaffInsights *insights = m_kiosk->staffInsights();
        QSignalSpy loaded(insights, &StaffInsights::loaded);
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("insights")),
                                  Q_ARG(QVariant, QVariantMap()));
        QVERIFY(loaded.wait(10000));
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("insights-funnel")) != nullptr);
        QVERIFY(ui.waitSettled());

        auto *funnel = insights->funnel();
        QCOMPARE(funnel->rowCount(), 5);
        const auto figure = [](QAbstractItemModel *m, int row) {
            return m->data(m->index(row, 0), StaffInsights::Row::roleNames().key("figure")).toString();
        };
        const auto hidden = [](QAbstractItemModel *m, int row) {
            return m->data(m->index(row, 0), StaffInsights::Row::roleNames().key("hidden")).toBool();
        };
        // Seven visits touched the screen (the first, five short ones, and the one now open).
        QVERIFY(figure(funnel, 0).toInt() >= 7);
        QCOMPARE(figure(funnel, 1), QStringLiteral("6")); // six visits viewed a car
        QVERIFY(hidden(funnel, 2));                       // one configured: hidden
        // Today's weekday holds every visit of the test; the other six are below five and hidden.
        auto *days = insights->days();
        QCOMPARE(days->rowCount(), 7);
        int shownDays = 0;
        for (int d = 0; d < 7; ++d)
            shownDays += hidden(days, d) ? 0 : 1;
        QCOMPARE(shownDays, 1);
        auto *models = insights->models();
        QCOMPARE(models->rowCount(), 1);
        QCOMPARE(figure(models, 0), QStringLiteral("6"));
        // The hours: shown when one has five visits or more, else a sentence says there are too
        // few (it was a row of empty bars). The test's visits may straddle an hour: read both.
        auto *hours = insights->hours();
        QCOMPARE(hours->rowCount(), 24);
        bool anyHour = false;
        for (int h = 0; h < 24; ++h)
            anyHour = anyHour || !hidden(hours, h);
        QCOMPARE(insights->hoursShown(), anyHour);
        QCOMPARE(ui.find(QStringLiteral("insights-hours-none")) != nullptr, !anyHour);
        ui.shoot(QStringLiteral("insights/page-en"));
        // The event's page visits by event and by kind; nobody took a place: hidden, not zero.
        auto *events = insights->events();
        QCOMPARE(events->rowCount(), 1);
        QCOMPARE(figure(events, 0), QStringLiteral("5"));
        const auto role = [](QAbstractItemModel *m, int row, const char *name) {
            return m->data(m->index(row, 0), StaffInsights::Row::roleNames().key(name)).toString();
        };
        QVERIFY2(role(events, 0, "label").contains(QLatin1String("Winter")), qPrintable(role(events, 0, "label")));
        QVERIFY2(role(events, 0, "detail").contains(InsightWording::hidden()), qPrintable(role(events, 0, "detail")));
        QCOMPARE(insights->eventKinds()->rowCount(), 1);
        QCOMPARE(role(insights->eventKinds(), 0, "label"), QStringLiteral("Talk"));
        // Visits day by day: seven days, today's every visit of the test, the other days withheld
        // (a gap, not a zero), and the same in words for a screen reader.
        const QVariantList trend = insights->trend();
        QCOMPARE(trend.size(), 7);
        QVERIFY(trend.last().toMap().value(QStringLiteral("value")).toInt() >= 7);
        for (int d = 0; d < 6; ++d)
            QCOMPARE(trend.at(d).toMap().value(QStringLiteral("value")).toInt(), -1);
        QCOMPARE(insights->trendMax(), trend.last().toMap().value(QStringLiteral("value")).toInt());
        QVERIFY2(insights->trendText().startsWith(QLatin1String("Visits per day: ")), qPrintable(insights->trendText()));
        QVERIFY(insights->trendText().contains(InsightWording::hidden()));
        QQuickItem *line = ui.find(QStringLiteral("insights-trend"));
        QVERIFY(line);
        QCOMPARE(line->property("textAlternative").toString(), insights->trendText());
        QVERIFY(ui.scrollTo(QStringLiteral("insights-trend")));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("insights/page-trend-en"));
        QVERIFY(ui.scrollTo(QStringLiteral("insights-events")));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("insights/page-events-en"));

        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("ar")));
        insights->refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("insights/page-ar"));
        {
            // Each step's note reads from the right, its share first: the percent sign's
            // left-to-right mark laid it out from the left, "100%" at its end.
            int notes = 0;
            for (int row = 0; row < funnel->rowCount(); ++row) {
                const QString note = funnel->data(funnel->index(row, 0), StaffInsights::Row::roleNames().key("note")).toString();
                if (note.isEmpty())
                    continue;
                ++notes;
                QVERIFY2(note.isRightToLeft(), qPrintable(note));
            }
            QVERIFY(notes > 0);
            // The period before in a sentence of its own: it read "مقارنةً بـ من …".
            const QString before = insights->previousLabel();
            QVERIFY2(before.isRightToLeft() && !before.contains(QStringLiteral("بـ من")), qPrintable(before));
        }
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
        insights->choosePeriod(QStringLiteral("30"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("insights/page-30-days-de"));
        // Days in words, the reader's way, alike on the axis and in the period: the axis read
        // "29 11月" in Chinese, the period "29/11/2026" beside "29 nov." in French.
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("zh_TW")));
        insights->refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(ui.waitSettled());
        const QRegularExpression chineseDay(QStringLiteral("^\\d+月\\d+日$"));
        const QVariantList month = insights->trend();
        QCOMPARE(month.size(), 30);
        for (const QVariant &day : month) {
            const QString label = day.toMap().value(QStringLiteral("label")).toString();
            QVERIFY2(chineseDay.match(label).hasMatch(), qPrintable(label));
        }
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}年\\d+月\\d+日\\D+\\d{4}年\\d+月\\d+日$"))
                     .match(insights->periodLabel())
                     .hasMatch(),
                 qPrintable(insights->periodLabel()));
        QTest::qWait(400);
        ui.shoot(QStringLiteral("insights/page-30-days-zh_TW"));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("fr")));
        insights->refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY2(!insights->periodLabel().contains(QLatin1Char('/')), qPrintable(insights->periodLabel()));
        QVERIFY2(insights->periodLabel().contains(QRegularExpression(QStringLiteral("\\d \\p{Ll}+\\.? \\d{4}"))),
                 qPrintable(insights->periodLabel())); // "5 nov. 2026", a month in words
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));

        // Every table to the "USB stick", and nothing personal in them.
        insights->findFolders();
        QCOMPARE(insights->exportFolderCount(), 1);
        QSignalSpy message(insights, &StaffInsights::messageChanged);
        insights->exportTo(usb());
        QTRY_VERIFY(insights->message().contains(QLatin1String("written to")));
        QStringList files;
        for (QDirIterator it(usb(), {QStringLiteral("*.csv")}); it.hasNext();)
            files << it.next();
        QCOMPARE(files.size(), 12); // with the studio events per event and per kind
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            for (const QString &p : personal)
                QVERIFY2(!QString::fromUtf8(bytes).contains(p, Qt::CaseInsensitive), qPrintable(path));
        }

        // Days long before the test: no visit, no hour to show, and the page says so.
        const QDate past = QDate::currentDate().addDays(-200);
        insights->chooseDays(past.toString(Qt::ISODate), past.addDays(6).toString(Qt::ISODate));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!insights->hoursShown());
        QTRY_VERIFY(ui.find(QStringLiteral("insights-hours-none")) != nullptr);
        m_kiosk->staff()->lock();
    }
};

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
