// SPDX-License-Identifier: GPL-3.0-or-later
// Staff mode's insights from a real hub: a screen paired with it offers "This screen / This
// studio / All studios"; "This screen" is read on the screen and says what the hub says of it;
// the studio's and the chain's figures are the hub's (counted from several studios' screens, a
// studio of three visits withheld), studios side by side; the studio's tables exported from the
// hub to a USB stick are CSV as a spreadsheet takes them (BOM, CRLF, a screen named like a
// formula guarded); the hub gone, the page says so calmly, shows no stale figures, and this
// screen's own are still there. Screenshots in en, de and ar.
#include "hubprocess.h"
#include "insights/insightrecorder.h"
#include "insights/insightrows.h"
#include "insights/insightsnapshot.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "staffinsights.h"
#include "staffmode.h"
#include "storage/database.h"
#include "storage/settings.h"
#include "studiohub.h"
#include "sync/hublink.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

namespace {

// `visits` visits at the hub from `studio`'s screen `screen`, each viewing the Aster 5, stored
// as the hub stores what screens deliver. A test helper of this file alone.
bool storeVisits(QSqlDatabase db, const QString &studio, const QString &screen, int visits)
{
    InsightRows rows(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int v = 0; v < visits; ++v) {
        const QString visit = InsightEvent::newVisitId();
        InsightEvent e{
            InsightEvent::Kind::VisitStarted, visit, start.addSecs(v), {}, {}, {}, QStringLiteral("en"), screen, studio};
        if (!rows.insert(e, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("device-") + screen))
            return false;
        e.kind = InsightEvent::Kind::CarViewed;
        e.subject = QStringLiteral("aster-5");
        e.at = e.at.addSecs(20);
        if (!rows.insert(e, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("device-") + screen))
            return false;
    }
    return true;
}

} // namespace

class TestHubInsightsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    std::unique_ptr<HubProcess> m_hub;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("screen.sqlite")); }
    StaffInsights *insights() const { return m_kiosk->staffInsights(); }

    static QString figure(QAbstractItemModel *m, int row, const char *role = "figure")
    {
        return m->data(m->index(row, 0), StaffInsights::Row::roleNames().key(role)).toString();
    }

    void shoot(const QString &name, const QString &scrollTo = {})
    {
        UiProbe ui(m_kiosk->window());
        if (!scrollTo.isEmpty())
            QVERIFY(ui.scrollTo(scrollTo));
        ui.waitSettled(3000);
        QTest::qWait(400);
        ui.shoot(QStringLiteral("insights/hub-%1-%2").arg(name, m_kiosk->language()->code()));
    }

    void chooseScope(const QString &scope)
    {
        QSignalSpy loaded(insights(), &StaffInsights::loaded);
        insights()->chooseScope(scope);
        QVERIFY(loaded.wait(20000));
    }

private slots:
    void initTestCase()
    {
        // The hub holds what three studios' screens delivered: Oslo 12 + 6, Milan 7, Dubai 3.
        m_hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--no-sync")}, [](const QString &path) {
            if (!Database::open(path, QStringLiteral("seed")).ok())
                return;
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("seed"));
            const bool seeded = storeVisits(db, QStringLiteral("oslo"), QStringLiteral("Entrance"), 12)
                && storeVisits(db, QStringLiteral("oslo"), QStringLiteral("=Lounge"), 6)
                && storeVisits(db, QStringLiteral("milan"), QStringLiteral("Ingresso"), 7)
                && storeVisits(db, QStringLiteral("dubai"), QStringLiteral("Kiosk"), 3);
            if (!seeded)
                qWarning("the hub's visits were not stored");
            db = QSqlDatabase();
            Database::close(QStringLiteral("seed"));
        });
        QVERIFY(m_hub->running());
        QCOMPARE(m_hub->value(QStringLiteral("SELECT count(*) FROM insight_visits")).toInt(), 28);

        // The screen stands in Oslo and is paired with the hub before the kiosk starts.
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("setup")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("setup"));
            QVERIFY(StaffPin(db).set(QStringLiteral("4711")));
            QVERIFY(Settings(db).set(QStringLiteral("studio.id"), QStringLiteral("oslo")));
            // Six visits of this screen's own, as its recorder writes them: here and, through the
            // outbox, at the hub.
            InsightRecorder recorder(db);
            for (int v = 0; v < 6; ++v) {
                const QString visit = InsightEvent::newVisitId();
                const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-1800 + v * 60);
                QVERIFY(recorder.record({InsightEvent::Kind::VisitStarted,
                                         visit,
                                         at,
                                         {},
                                         {},
                                         {},
                                         QStringLiteral("en"),
                                         QSysInfo::machineHostName(),
                                         {}}));
                QVERIFY(recorder.record({InsightEvent::Kind::CarViewed,
                                         visit,
                                         at.addSecs(15),
                                         QStringLiteral("vega-e"),
                                         {},
                                         {},
                                         QStringLiteral("en"),
                                         QSysInfo::machineHostName(),
                                         {}}));
            }
            QNetworkAccessManager network;
            HubLink link(&network);
            QSignalSpy paired(&link, &HubLink::paired);
            link.pair(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_hub->port())), m_hub->pairingCode(),
                      QStringLiteral("Staff tablet"));
            QVERIFY(paired.wait(20000));
            QVERIFY(link.pairing().valid());
            Settings settings(db);
            QVERIFY(HubLink::save(settings, link.pairing()));
        }
        Database::close(QStringLiteral("setup"));
        QString error;
        m_kiosk = startKiosk(dbPath(), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->hub()->reachable(), 20000);
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_hub.reset();
    }

    void studioAndChainFromTheHub()
    {
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        QSignalSpy loaded(insights(), &StaffInsights::loaded);
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("insights")),
                                  Q_ARG(QVariant, QVariantMap()));
        QVERIFY(loaded.wait(10000));
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("insights-scope")) != nullptr);
        QVERIFY(insights()->atHub());
        QCOMPARE(insights()->scope(), QStringLiteral("screen"));
        QCOMPARE(insights()->scopeChoices()->rowCount(), 3);

        // This screen's own visits reach the hub too (it stands in Oslo): wait until they have.
        QTRY_COMPARE_WITH_TIMEOUT(
            HubProcess::valueAt(dbPath(), QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 0,
            30000);
        const int own = m_hub->value(QStringLiteral("SELECT count(*) FROM insight_visits WHERE studio = 'oslo'")).toInt() - 18;
        QVERIFY(own >= 6);

        // "This screen" is read here, not asked of the hub: a screen shows its own figures with
        // the hub out of reach, and counts what its outbox has not delivered yet. Delivered, they
        // are what the hub says of this screen (scope=screen, by the name its events carry).
        const int local = HubProcess::valueAt(dbPath(), QStringLiteral("SELECT count(*) FROM insight_visits")).toInt();
        QCOMPARE(local, own);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("screen"));
        query.addQueryItem(QStringLiteral("studio"), QStringLiteral("oslo"));
        query.addQueryItem(QStringLiteral("screen"), QSysInfo::machineHostName());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        query.addQueryItem(QStringLiteral("from"), today.addDays(-6).toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("to"), today.addDays(1).toString(Qt::ISODate));
        std::optional<InsightSnapshot> atHub;
        m_kiosk->hub()->call("GET", QStringLiteral("/v1/insights?") + query.toString(QUrl::FullyEncoded), {},
                             [&atHub](const HubLink::Answer &a) {
                                 atHub = InsightSnapshot::fromJson(
                                     QJsonDocument::fromJson(a.body).object().value(QLatin1String("report")).toObject());
                             });
        QTRY_VERIFY_WITH_TIMEOUT(atHub.has_value(), 20000);
        QCOMPARE(atHub->funnel.at(0).visits, qint64(local));
        for (int step = 0; step < 2; ++step) // no one configured: the steps after are withheld
            QCOMPARE(figure(insights()->funnel(), step), QString::number(atHub->funnel.at(step).visits));
        QCOMPARE(atHub->models.size(), 1);
        QCOMPARE(atHub->models.first().subject, QStringLiteral("vega-e"));
        QCOMPARE(figure(insights()->models(), 0), QString::number(atHub->models.first().visits));

        chooseScope(QStringLiteral("studio"));
        QCOMPARE(figure(insights()->funnel(), 0), QString::number(18 + own)); // Oslo: 12 + 6 and this screen's
        QCOMPARE(insights()->screens()->rowCount(), own > 0 ? 3 : 2);
        QCOMPARE(figure(insights()->screens(), 0, "label"), QStringLiteral("Entrance"));
        QCOMPARE(figure(insights()->screens(), 0), QStringLiteral("12"));
        QVERIFY(insights()->hubProblem().isEmpty());
        shoot(QStringLiteral("studio"));

        // The studio's tables, as the hub writes them, to a USB stick.
        const QString usb = m_dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        insights()->exportTo(usb);
        QTRY_VERIFY_WITH_TIMEOUT(insights()->message().contains(QLatin1String("written to")), 20000);
        QStringList files;
        for (QDirIterator it(usb, {QStringLiteral("*.csv")}); it.hasNext();)
            files << it.next();
        QVERIFY2(files.size() >= 10, qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &path : std::as_const(files)) {
            QVERIFY2(QFileInfo(path).fileName().startsWith(QLatin1String("insights-oslo-")), qPrintable(path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(path));
            QVERIFY2(bytes.endsWith("\r\n"), qPrintable(path));
            QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        }
        const auto screensFile = std::find_if(files.cbegin(), files.cend(),
                                              [](const QString &f) { return f.endsWith(QLatin1String("-screens.csv")); });
        QVERIFY2(screensFile != files.cend(), qPrintable(files.join(QLatin1Char(' '))));
        QFile screens(*screensFile);
        QVERIFY(screens.open(QIODevice::ReadOnly));
        const QByteArray table = screens.readAll();
        QVERIFY2(table.contains("\r\nEntrance,12,12,"), table.constData());
        // A screen named like a formula is text in a spreadsheet, not a formula.
        QVERIFY2(table.contains("\r\n'=Lounge,6,6,"), table.constData());
        QVERIFY(!table.contains("\r\n=Lounge"));

        chooseScope(QStringLiteral("chain"));
        QCOMPARE(figure(insights()->funnel(), 0), QString::number(28 + own));
        QCOMPARE(figure(insights()->models(), 0), QStringLiteral("28"));
        auto *studios = insights()->studios();
        QCOMPARE(studios->rowCount(), 3);
        QCOMPARE(figure(studios, 0, "label"), QStringLiteral("Oslo"));
        QCOMPARE(figure(studios, 0), QString::number(18 + own));
        QCOMPARE(figure(studios, 1), QStringLiteral("7"));
        QCOMPARE(figure(studios, 2, "hidden"), QStringLiteral("true")); // Dubai: three visits
        QCOMPARE(insights()->screens()->rowCount(), own > 0 ? 5 : 4);
        shoot(QStringLiteral("chain"));
        shoot(QStringLiteral("chain-studios"), QStringLiteral("insights-studios"));
        for (const char *language : {"de", "ar"}) {
            QVERIFY(m_kiosk->language()->setCode(QString::fromLatin1(language)));
            QVERIFY(loaded.wait(10000));
            QCOMPARE(insights()->scope(), QStringLiteral("chain"));
            shoot(QStringLiteral("chain"));
            shoot(QStringLiteral("chain-studios"), QStringLiteral("insights-studios"));
        }
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        QVERIFY(loaded.wait(10000));
    }

    void hubOutOfReach()
    {
        m_hub->stop();
        QSignalSpy loaded(insights(), &StaffInsights::loaded);
        insights()->refresh();
        QVERIFY(loaded.wait(30000));
        QVERIFY2(insights()->hubProblem().contains(QLatin1String("out of reach")), qPrintable(insights()->hubProblem()));
        // No figure of another scope or of before is left standing.
        QCOMPARE(insights()->funnel()->rowCount(), 0);
        QCOMPARE(insights()->studios()->rowCount(), 0);
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.find(QStringLiteral("insights-hub-problem")));
        QVERIFY(!ui.find(QStringLiteral("insights-funnel"))); // only what is visible is found
        shoot(QStringLiteral("out-of-reach"), QStringLiteral("insights-scope"));
        for (const char *language : {"de", "ar"}) {
            QVERIFY(m_kiosk->language()->setCode(QString::fromLatin1(language)));
            QVERIFY(loaded.wait(30000));
            // The English words of the export before are gone, not left standing in German.
            QVERIFY2(insights()->message().isEmpty(), qPrintable(insights()->message()));
            shoot(QStringLiteral("out-of-reach"), QStringLiteral("insights-scope"));
        }
        // This screen's own figures are still there.
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        QVERIFY(loaded.wait(30000));
        chooseScope(QStringLiteral("screen"));
        QVERIFY(insights()->hubProblem().isEmpty());
        QCOMPARE(insights()->funnel()->rowCount(), 5);
        QTRY_VERIFY(ui.find(QStringLiteral("insights-funnel")));
        m_kiosk->staff()->lock();
    }
};

QTEST_MAIN(TestHubInsightsPage)
#include "tst_hubinsightspage.moc"
