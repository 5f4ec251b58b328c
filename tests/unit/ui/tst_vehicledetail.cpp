// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedparser.h"
#include "finder.h"
#include "stockfreshness.h"
#include "vehicledetail.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

/// A car's detail page for a dealer's car the catalog does not know, the make facet, the
/// pictures standing in for photos, and the calm line that says how current the stock is.
class TestVehicleDetail : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QList<Vehicle> m_demo;

    Vehicle tradeIn() const
    {
        Vehicle v = m_demo.first();
        v.id = QStringLiteral("meta-x-1");
        v.model.clear();
        v.trim.clear();
        v.paint.clear();
        v.wheel.clear();
        v.interior.clear();
        v.options.clear();
        v.make = QStringLiteral("Volvo");
        v.modelName = QStringLiteral("XC60");
        v.trimName = QStringLiteral("Ultimate B5");
        v.exteriorColor = QStringLiteral("Crystal White");
        v.interiorColor = QStringLiteral("Charcoal");
        v.body = QStringLiteral("suv");
        v.powertrain = QStringLiteral("phev");
        v.images = {QStringLiteral("https://cdn.example/x/1.jpg"), QStringLiteral("https://cdn.example/x/2.jpg")};
        return v;
    }

    /// An English reader far from any studio, with no market words, share links or trade-in.
    static VehicleDetail::Context english()
    {
        VehicleDetail::Context context;
        context.language = QStringLiteral("en");
        context.locale = QLocale(QLocale::English);
        return context;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = FeedParser::parse(file.readAll());
        QVERIFY(parsed.feed);
        m_catalog = FeedParser::catalogOf(*parsed.feed);
        m_demo = parsed.feed->vehicles;
    }

    void aCarTheCatalogDoesNotKnowStillOpens()
    {
        InventoryService service;
        service.rebuildNow(m_demo + QList<Vehicle>{tradeIn()}, m_catalog);
        VehicleDetail detail(QStringLiteral("meta-x-1"), nullptr);
        detail.update(*service.snapshot(), english());
        QVERIFY(detail.available());
        QCOMPARE(detail.title(), QStringLiteral("Volvo XC60 Ultimate B5"));
        QCOMPARE(detail.colours(), QStringLiteral("Crystal White · Charcoal"));
        QVERIFY(detail.specRows().isEmpty()); // no catalog specs made up
        QVERIFY(!detail.price().isEmpty());
        QVERIFY(detail.breakdown()->rowCount() > 0); // through its market
        QVERIFY(!detail.placeName().isEmpty());
        // Its photos, each with the drawn car standing in, and a text alternative.
        const auto pictures = detail.pictureRows();
        QCOMPARE(pictures.size(), 2);
        QCOMPARE(pictures.at(0).photo, QStringLiteral("image://photo/https%3A%2F%2Fcdn.example%2Fx%2F1.jpg"));
        QCOMPARE(CarPictures::urlOfPhotoId(pictures.at(0).photo.mid(14)), tradeIn().images.first());
        QVERIFY(pictures.at(0).drawing.startsWith(QLatin1String("image://car/suv/side?paint=eceeef")));
        QCOMPARE(pictures.at(0).alt, QStringLiteral("Photo 1 of 2: Volvo XC60 Ultimate B5"));

        // It leaves the stock while the visitor looks at it: it says so, and keeps what it showed.
        QSignalSpy changed(&detail, &VehicleDetail::changed);
        service.rebuildNow(m_demo, m_catalog);
        detail.update(*service.snapshot(), english());
        QVERIFY(!detail.available());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(detail.title(), QStringLiteral("Volvo XC60 Ultimate B5"));
    }

    void aBrandCarWithoutPhotosIsDrawn()
    {
        InventoryService service;
        service.rebuildNow(m_demo, m_catalog);
        VehicleDetail detail(m_demo.first().id, nullptr);
        detail.update(*service.snapshot(), english());
        QVERIFY(detail.available());
        QVERIFY(!detail.specRows().isEmpty());
        const auto pictures = detail.pictureRows();
        QCOMPARE(pictures.size(), 2); // the side and the three-quarter view
        QVERIFY(pictures.at(0).photo.isEmpty());
        QVERIFY(pictures.at(1).drawing.contains(QLatin1String("/three-quarter?")));
        QVERIFY(pictures.at(0).alt.startsWith(QLatin1String("Illustration of ")));
    }

    void theFinderOffersDealersMakes()
    {
        InventoryService service;
        QList<Vehicle> stock = m_demo;
        stock << tradeIn();
        Vehicle tesla = tradeIn();
        tesla.id = QStringLiteral("meta-x-2");
        tesla.make = QStringLiteral("Tesla");
        tesla.modelName = QStringLiteral("Model Y");
        stock << tesla;
        service.rebuildNow(stock, m_catalog);
        Finder finder(&service, nullptr);
        finder.setLanguage(QStringLiteral("en"), QLocale(QLocale::English));
        QAbstractItemModel *panel = finder.panel();
        QObject *makes = nullptr;
        for (int row = 0; row < panel->rowCount(); ++row) {
            const QModelIndex i = panel->index(row, 0);
            if (panel->data(i, Qt::UserRole + 1).toString() == QLatin1String("make"))
                makes = panel->data(i, Qt::UserRole + 3).value<QObject *>();
        }
        QVERIFY(makes);
        auto *values = qobject_cast<QAbstractItemModel *>(makes);
        QCOMPARE(values->rowCount(), 2);
        QCOMPARE(values->data(values->index(0, 0), Qt::UserRole + 2).toString(), QStringLiteral("Volvo"));
        finder.toggle(QStringLiteral("make"), QStringLiteral("tesla"));
        QCOMPARE(finder.total(), 1);
        QCOMPARE(finder.results()->data(finder.results()->index(0, 0), ResultListModel::TitleRole).toString(),
                 QStringLiteral("Tesla Model Y Ultimate B5"));
        QVERIFY(!finder.results()->data(finder.results()->index(0, 0), ResultListModel::PhotoRole).toString().isEmpty());
    }

    void freshnessInCalmWords()
    {
        StockFreshness freshness(nullptr);
        freshness.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(freshness.wordsFor(QDateTime(), now), QString());
        QCOMPARE(freshness.wordsFor(now.addSecs(-20), now), QStringLiteral("Stock updated just now"));
        QCOMPARE(freshness.wordsFor(now.addSecs(-12 * 60), now), QStringLiteral("Stock updated 12 minutes ago"));
        QCOMPARE(freshness.wordsFor(now.addSecs(60), now), QStringLiteral("Stock updated just now")); // a clock ahead
        const QDateTime longAgo(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
        QVERIFY(freshness.wordsFor(longAgo, now).startsWith(QLatin1String("Stock as of")));
        QVERIFY(freshness.wordsFor(longAgo, now).contains(QLatin1String("2026")));
        QSignalSpy changed(&freshness, &StockFreshness::changed);
        freshness.setStockAsOf(now.addSecs(-5 * 60));
        QCOMPARE(freshness.line(), QStringLiteral("Stock updated 5 minutes ago"));
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_MAIN(TestVehicleDetail)
#include "tst_vehicledetail.moc"
