// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedserverprocess.h"
#include "finder.h"
#include "inventory/inventoryservice.h"
#include "inventory/vin.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "staffmode.h"
#include "stockfreshness.h"
#include "storage/database.h"
#include "sync/syncrows.h"
#include "sync/syncscheduler.h"
#include "syncsources.h"
#include "syntheticdealerfeed.h"
#include "uilanguage.h"
#include "uiprobe.h"
#include "vehicledetail.h"
#include "warninggate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Stock kept fresh in the real kiosk: sources fetched from a real server on their schedule and
/// swapped into the finder, photos where the drawn car stood, the calm freshness line for
/// visitors, the sources and their troubles for staff only, a car that leaves the stock while
/// it is looked at, and a feed file imported from an event folder — in English and Arabic.
class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FeedServerProcess> m_server;
    std::unique_ptr<KioskApplication> m_kiosk;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("sync.sqlite")); }
    QString www() const { return m_dir.filePath(QStringLiteral("www")); }
    QString eventFolder() const { return m_dir.filePath(QStringLiteral("usb")); }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    /// A photo as a dealer's camera would send it: a JPEG of a car-coloured shape on a floor.
    static QByteArray photo(QColor colour)
    {
        QImage image(1200, 800, QImage::Format_RGB32);
        image.fill(QColor(0xd8, 0xd4, 0xcc));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRect(0, 560, 1200, 240), QColor(0x9a, 0x96, 0x90));
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRect(170, 330, 860, 220), 90, 90);
        p.drawRoundedRect(QRect(360, 220, 460, 180), 80, 80);
        p.setBrush(QColor(0x22, 0x22, 0x22));
        p.drawEllipse(QRect(280, 470, 170, 170));
        p.drawEllipse(QRect(750, 470, 170, 170));
        p.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        return bytes;
    }

    /// A used-car dealer in Oslo's Meta catalog, each car with its photo on the test server.
    QByteArray listings(int n, int skip = -1) const
    {
        QByteArray out = "vehicle_id,vin,make,model,trim,year,state_of_vehicle,mileage.value,mileage.unit,price,"
                         "exterior_color,dealer_id,dealer_name,address,latitude,longitude,image[0].url\r\n";
        const char *models[] = {"XC60", "XC40", "V60"};
        for (int i = 0; i < n; ++i) {
            if (i == skip)
                continue;
            QString vin = QStringLiteral("YV4A22RK0N1%1").arg(700 + i, 6, 10, QLatin1Char('0'));
            vin[8] = Vin::checkDigit(vin);
            out += QStringLiteral("F%1,%2,Volvo,%3,Plus,2022,USED,%4,KM,%5 NOK,%6,G1,Fjord Bil,"
                                  "\"{addr1: 'Storgata 9', city: 'Oslo', country: 'NO'}\",59.913,10.752,%7\r\n")
                       .arg(i)
                       .arg(vin, QLatin1String(models[i % 3]))
                       .arg(21000 + i * 3100)
                       .arg(389000 + i * 7000)
                       .arg(i % 2 ? QStringLiteral("Denim Blue") : QStringLiteral("Crystal White"))
                       .arg(i == 2 ? m_server->url(QStringLiteral("broken.jpg"))
                                   : m_server->url(QStringLiteral("photo-%1.jpg").arg(i % 2)))
                       .toUtf8();
        }
        return out;
    }

    qint64 listingCount() const
    {
        qint64 n = 0;
        const auto snapshot = m_kiosk->inventory()->snapshot();
        for (qsizetype i = 0; i < snapshot->vehicles.size(); ++i)
            n += snapshot->vehicles.idAt(i).startsWith(QLatin1String("fjord-")) ? 1 : 0;
        return n;
    }

    /// The car pictures on screen now that show their photo.
    int photosShown() const
    {
        int photos = 0;
        const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (item->isVisible() && item->property("showingPhoto").toBool())
                ++photos;
            for (QQuickItem *child : item->childItems())
                walk(child);
        };
        walk(m_kiosk->window()->contentItem());
        return photos;
    }

    void openPage(const QString &name, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, name), Q_ARG(QVariant, properties));
    }

    void unlockStaff()
    {
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
    }

private slots:
    void initTestCase()
    {
        WarningGate::install();
        QDir(m_dir.path()).mkpath(QStringLiteral("www"));
        QDir(m_dir.path()).mkpath(QStringLiteral("usb/event"));
        m_server = std::make_unique<FeedServerProcess>(www());
        QVERIFY(m_server->running());
        write(www() + QStringLiteral("/photo-0.jpg"), photo(QColor(0xe8, 0xe8, 0xea)));
        write(www() + QStringLiteral("/photo-1.jpg"), photo(QColor(0x2c, 0x4a, 0x74)));
        write(www() + QStringLiteral("/broken.jpg"), "<html>gone</html>");
        write(www() + QStringLiteral("/fjord.csv"), listings(6));
        write(www() + QStringLiteral("/nordic.csv"), SyntheticDealerFeed::metaCsv(40, 11));
        write(eventFolder() + QStringLiteral("/event/motor-show.csv"), SyntheticDealerFeed::metaCsv(12, 23));
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("setup")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("setup"));
            QVERIFY(StaffPin(db).set(QStringLiteral("4711")));
            SyncRows rows(db);
            const auto add = [&](const QString &id, const QString &name, const QString &url) {
                FeedSource s;
                s.id = id;
                s.name = name;
                s.url = QUrl(url);
                QVERIFY(rows.saveLocal(s));
            };
            add(QStringLiteral("fjord"), QStringLiteral("Fjord Bil (Google)"), m_server->url(QStringLiteral("fjord.csv")));
            add(QStringLiteral("nordic"), QStringLiteral("Nordic Motors (Meta)"), m_server->url(QStringLiteral("nordic.csv")));
            add(QStringLiteral("bergen"), QStringLiteral("Bergen Auto"),
                m_server->url(QStringLiteral("bergen.csv?status=503&retry_after=3600")));
            // Bergen has been failing since the day before yesterday: flagged to staff.
            SourceState bergen = SourceState::never(QStringLiteral("bergen"));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            bergen.lastAttempt = now.addSecs(-600);
            bergen.lastSuccess = now.addDays(-3);
            bergen.failingSince = now.addDays(-2);
            bergen.nextAttempt = now.addSecs(3000);
            bergen.failures = 9;
            bergen.outcome = SourceState::Outcome::Failed;
            bergen.applied = 212;
            bergen.rejected = 3;
            bergen.error = {SyncError::Kind::Server, QStringLiteral("the server answered with error 503")};
            const QList<RecordIssue> issues{
                {RecordIssue::Severity::Error, QStringLiteral("vehicles"), QStringLiteral("bergen-sk-0000017"),
                 QStringLiteral("mileage"),
                 QStringLiteral("\"24000\" has no unit; write km or mi (a used car's mileage is never guessed)"), 19},
                {RecordIssue::Severity::Error, QStringLiteral("vehicles"), QStringLiteral("bergen-sk-0000042"),
                 QStringLiteral("price"),
                 QStringLiteral("\"$18,000\" names its currency by a symbol; write the three-letter ISO 4217 code"), 44},
                {RecordIssue::Severity::Warning, QStringLiteral("vehicles"), QStringLiteral("bergen-sk-0000051"),
                 QStringLiteral("images"), QStringLiteral("the 21st picture is left out"), 53}};
            QVERIFY(rows.record(bergen, &issues));
        }
        Database::close(QStringLiteral("setup"));

        KioskOptions options;
        options.databasePath = dbPath();
        options.language = QStringLiteral("en");
        options.feedFolders = {eventFolder()};
        m_kiosk = std::make_unique<KioskApplication>();
        QString error;
        QVERIFY2(m_kiosk->start(options, &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_server.reset();
    }

    void sourcesAreFetchedAndSwappedIn()
    {
        QTRY_COMPARE_WITH_TIMEOUT(listingCount(), 6, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->inventory()->snapshot()->vehicles.size() >= 650 + 6 + 40, 30000);
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("home-freshness")) != nullptr);
        // The stock is as current as its stalest source: Bergen, three days ago — said calmly.
        const QString line = ui.find(QStringLiteral("home-freshness"))->property("text").toString();
        QVERIFY2(line.startsWith(QLatin1String("Stock as of")), qPrintable(line));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/home-en"));
        // Nothing of a failing source reaches a visitor.
        QVERIFY(!ui.findAccessible(QStringLiteral("Bergen Auto")));
    }

    void photosInTheGridWithTheDrawnCarStandingIn()
    {
        UiProbe ui(m_kiosk->window());
        openPage(QStringLiteral("find"));
        QTRY_VERIFY(ui.find(QStringLiteral("make-volvo")) != nullptr);
        // The finder opens on the studio's area: its Volvos are what the make's count says.
        const int volvos = ui.find(QStringLiteral("make-volvo"))->property("count").toInt();
        QVERIFY(volvos >= 6);
        QVERIFY(ui.tap(QStringLiteral("make-volvo")));
        QTRY_COMPARE(Finder::create(nullptr, nullptr)->total(), volvos);
        const QString line = ui.find(QStringLiteral("finder-freshness"))->property("text").toString();
        QVERIFY(line.startsWith(QLatin1String("Stock")));
        // Every photo that can be had shows; the broken one keeps its drawing, never a broken box.
        QTRY_VERIFY_WITH_TIMEOUT(photosShown() >= 4, 20000);
        QTest::qWait(400); // the photos' fade
        ui.shoot(QStringLiteral("sync/finder-photos-en"));
    }

    void aCarThatLeavesTheStockSaysSoCalmly()
    {
        UiProbe ui(m_kiosk->window());
        const auto snapshot = m_kiosk->inventory()->snapshot();
        QString id;
        for (qsizetype i = 0; i < snapshot->vehicles.size(); ++i) {
            const Vehicle v = snapshot->vehicles.at(i);
            if (v.id.startsWith(QLatin1String("fjord-")) && v.vin.endsWith(QLatin1String("000701")))
                id = v.id;
        }
        QVERIFY(!id.isEmpty());
        openPage(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), id}});
        QTRY_VERIFY(ui.find(QStringLiteral("detail-price")) != nullptr);
        VehicleDetail *detail = Finder::create(nullptr, nullptr)->detailFor(id);
        QVERIFY(detail->available());
        QCOMPARE(detail->title(), QStringLiteral("Volvo XC40 Plus"));
        QVERIFY(!ui.find(QStringLiteral("detail-gone")));
        QTest::qWait(1500); // its photo
        ui.shoot(QStringLiteral("sync/detail-listing-en"));

        // Sold: the dealer's next feed no longer lists it.
        write(www() + QStringLiteral("/fjord.csv"), listings(6, 1));
        m_kiosk->sync()->syncNow(QStringLiteral("fjord"));
        QTRY_COMPARE_WITH_TIMEOUT(listingCount(), 5, 30000);
        QTRY_VERIFY(!detail->available());
        QTRY_VERIFY(ui.find(QStringLiteral("detail-gone")) != nullptr);
        QCOMPARE(detail->title(), QStringLiteral("Volvo XC40 Plus")); // what the visitor saw stays
        QVERIFY(!ui.find(QStringLiteral("hold")));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/detail-gone-en"));
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
    }

    void staffSeeEachSourceAndWhatItLeftOut()
    {
        UiProbe ui(m_kiosk->window());
        SyncSources *sources = m_kiosk->syncSources();
        QAbstractItemModelTester tester(sources->sources(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        unlockStaff();
        openPage(QStringLiteral("staff"));
        QTRY_VERIFY(ui.find(QStringLiteral("sources-summary")) != nullptr);
        QTRY_COMPARE(sources->flaggedCount(), 1);
        QVERIFY(ui.find(QStringLiteral("sources-summary"))->property("text").toString().contains(QLatin1String("attention")));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/staff-en"));

        QVERIFY(ui.tap(QStringLiteral("open-sources")));
        QTRY_VERIFY(ui.find(QStringLiteral("source-0")) != nullptr);
        QTRY_COMPARE(sources->count(), 3);
        const auto rows = sources->sourceRows();
        const auto bergen = std::find_if(rows.cbegin(), rows.cend(),
                                         [](const auto &r) { return r.id == QLatin1String("bergen"); });
        QVERIFY(bergen != rows.cend());
        QVERIFY(bergen->flagged);
        QCOMPARE(bergen->status, QStringLiteral("The server reported an error"));
        // The cause as recorded, under the headline, said to be the technical detail it is.
        QVERIFY2(bergen->detail.startsWith(QStringLiteral("Technical detail: "))
                     && bergen->detail.contains(QStringLiteral("503")),
                 qPrintable(bergen->detail));
        QCOMPARE(bergen->applied, 212);
        QCOMPARE(bergen->rejected, 3);
        const auto fjord = std::find_if(rows.cbegin(), rows.cend(), [](const auto &r) { return r.id == QLatin1String("fjord"); });
        QVERIFY(!fjord->flagged);
        QCOMPARE(fjord->status, QStringLiteral("Up to date"));
        QVERIFY2(fjord->detail.isEmpty(), qPrintable(fjord->detail)); // nothing went wrong: no detail
        QVERIFY(fjord->lastSuccess != QLatin1String("never"));

        sources->select(QStringLiteral("bergen"));
        QTRY_COMPARE(sources->issueRows().size(), 3);
        QCOMPARE(sources->issueRows().first().record, QStringLiteral("vehicles/bergen-sk-0000017"));
        QCOMPARE(sources->issueRows().first().line, 19);
        QTRY_VERIFY(ui.find(QStringLiteral("issue-0")) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/sources-en"));

        // What each source left out of its last feed, or that none has come in yet.
        QCOMPARE(sources->issuesTitle(), QStringLiteral("Left out of the last feed: 3 records"));
        sources->select(QStringLiteral("fjord"));
        QCOMPARE(sources->issuesTitle(), QStringLiteral("Nothing was left out of the last feed."));
        // A stick's file that is not there: tried, failed, never reached. It said "Nothing was
        // left out of the last feed." of a feed that never came.
        sources->add(m_dir.filePath(QStringLiteral("usb/gone/stock.csv")), QStringLiteral("auto"));
        QTRY_COMPARE(sources->count(), 4);
        const auto gone = [sources] {
            const auto all = sources->sourceRows();
            const auto it = std::find_if(all.cbegin(), all.cend(),
                                         [](const auto &r) { return r.name == QLatin1String("stock.csv"); });
            return it == all.cend() ? QString() : it->id;
        };
        QVERIFY(!gone().isEmpty());
        sources->select(gone());
        QTRY_COMPARE_WITH_TIMEOUT(sources->issuesTitle(), QStringLiteral("No feed has come in from this source yet."), 30000);
        sources->remove(gone());
        QTRY_COMPARE(sources->count(), 3);
        sources->select(QStringLiteral("bergen"));

        const QString english = sources->summary();
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QTRY_VERIFY(sources->summary() != english);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/sources-ar"));
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/home-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }

    void staffPauseAndFetchNow()
    {
        SyncSources *sources = m_kiosk->syncSources();
        sources->setEnabled(QStringLiteral("nordic"), false);
        QTRY_VERIFY(!sources->sourceRows().at(1).enabled);
        QCOMPARE(sources->sourceRows().at(1).status, QStringLiteral("Paused"));
        sources->setEnabled(QStringLiteral("nordic"), true);
        QTRY_VERIFY(sources->sourceRows().at(1).enabled);
        QSignalSpy synced(m_kiosk->sync(), &SyncScheduler::synced);
        sources->syncNow(QStringLiteral("nordic"));
        QVERIFY(synced.wait(30000));
        QTRY_COMPARE(sources->sourceRows().at(1).status, QStringLiteral("Up to date (nothing new)"));
    }

    void anEventFileIsPickedAndImported()
    {
        UiProbe ui(m_kiosk->window());
        openPage(QStringLiteral("staff"));
        QTRY_VERIFY(ui.find(QStringLiteral("open-sources")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("open-sources")));
        QTRY_VERIFY(ui.find(QStringLiteral("import-file-0")) != nullptr);
        QCOMPARE(m_kiosk->syncSources()->fileCount(), 1);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("sync/event-file-en"));
        const qsizetype before = m_kiosk->inventory()->snapshot()->vehicles.size();
        QVERIFY(ui.tap(QStringLiteral("import-file-0")));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->inventory()->snapshot()->vehicles.size(), before + 12, 30000);
        QTRY_COMPARE(m_kiosk->syncSources()->count(), 4);
        m_kiosk->staff()->lock();
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync.moc"
