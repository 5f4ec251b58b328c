// SPDX-License-Identifier: GPL-3.0-or-later
#include "finder.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "showroom.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Finding a car in the real window: choices with counts narrow the result, the counts follow,
/// and the idle wipe forgets the search.
class TestFinder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    int shownTotal(UiProbe &ui)
    {
        return ui.find(QStringLiteral("result-count"))
            ->property("text")
            .toString()
            .section(QLatin1Char(' '), 0, 0)
            .remove(QLatin1Char(','))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("finder.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
    }
    void cleanupTestCase() { m_kiosk.reset(); }

    // The model lines on Home and the configure page: a well-behaved model through a language
    // change (its texts change) and a new catalog (reset).
    void modelLinesModel()
    {
        ModelLineListModel *lines = m_kiosk->showroom()->lines();
        QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(lines->rowCount(), 4);
        QCOMPARE(lines->data(lines->index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("Aster"));
        m_kiosk->language()->setCode(QStringLiteral("zh_CN"));
        QCOMPARE(lines->rowCount(), 4);
        m_kiosk->showroom()->setCatalog(m_kiosk->showroom()->catalog(), {});
        QCOMPARE(lines->rowCount(), 4);
        m_kiosk->language()->setCode(QStringLiteral("en"));
        QVERIFY(
            lines->data(lines->index(3, 0), ModelLineListModel::ImageRole).toString().startsWith(QLatin1String("image://car/")));
    }

    void narrowingWithCounts()
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        QAbstractItemModelTester tester(finder->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.tap(QStringLiteral("action-find")));
        QTRY_VERIFY(ui.find(QStringLiteral("result-count")) != nullptr);
        QVERIFY(ui.waitSettled());
        QTest::qWait(600); // pictures
        ui.shoot(QStringLiteral("finder/finder-en"));
        QCOMPARE(shownTotal(ui), 650);
        // The same cars as a list.
        QVERIFY(ui.tap(QStringLiteral("layout-toggle")));
        QTRY_COMPARE(ui.find(QStringLiteral("results-grid"))->property("columns").toInt(), 1);
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("finder/finder-list-en"));
        QVERIFY(ui.tap(QStringLiteral("layout-toggle")));
        QTRY_VERIFY(ui.find(QStringLiteral("results-grid"))->property("columns").toInt() > 1);

        // Year and mileage ranges: the sliders span the stock; a narrower span narrows the cars.
        const FinderRange years = finder->yearRange();
        QVERIFY(years.available && years.from < years.to);
        finder->setYearRange(2026, int(years.to));
        QVERIFY(finder->total() > 0 && finder->total() < 650);
        QVERIFY(finder->yearRange().chosen);
        finder->setMileageRange(0, 100);
        const int recentLowMileage = finder->total();
        QVERIFY(recentLowMileage > 0);
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("finder/finder-ranges-en"));
        finder->setYearRange(int(years.from), int(years.to));
        finder->setMileageRange(0, 1e9);
        QCOMPARE(finder->total(), 650);

        // Price, in the studio's currency (Oslo: NOK): cars priced in other currencies step aside
        // while a range is set, and the page says so.
        const FinderRange prices = finder->priceRange();
        QVERIFY(prices.available && prices.from < prices.to);
        QVERIFY(prices.lowLabel.contains(QLatin1String("kr")));
        const double middle = (prices.from + prices.to) / 2;
        finder->setPriceRange(prices.from, middle);
        const int cheaper = finder->total();
        QVERIFY(cheaper > 0 && cheaper < 650);
        finder->setPriceRange(middle, prices.to);
        const int dearer = finder->total();
        QVERIFY(dearer > 0 && dearer < 650);
        QVERIFY(finder->priceRange().chosen);
        QVERIFY(!finder->priceRange().note.isEmpty());
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("finder/finder-price-en"));
        finder->setPriceRange(prices.from, prices.to);
        QCOMPARE(finder->total(), 650);
        QVERIFY(!finder->priceRange().chosen);
        QVERIFY(!finder->filtered());

        // Scrolling down brings the next pages, 24 at a time, not all 650 at once.
        const int loaded = finder->results()->rowCount();
        QVERIFY2(loaded >= 24 && loaded < 650 && loaded % 24 == 0, qPrintable(QString::number(loaded)));
        QQuickItem *grid = ui.find(QStringLiteral("results-grid"));
        QVERIFY(grid);
        for (int i = 0; i < 4; ++i) {
            QMetaObject::invokeMethod(grid, "positionViewAtEnd");
            QTest::qWait(100);
        }
        QTRY_VERIFY(finder->results()->rowCount() > loaded);
        QMetaObject::invokeMethod(grid, "positionViewAtBeginning");

        const int newCars = ui.find(QStringLiteral("condition-new"))->property("count").toInt();
        const int asterAll = ui.find(QStringLiteral("line-aster"))->property("count").toInt();
        QVERIFY(newCars > 0 && newCars < 650);
        QVERIFY(ui.tap(QStringLiteral("condition-new")));
        QTRY_COMPARE(finder->total(), newCars);
        QCOMPARE(shownTotal(ui), newCars);
        // The condition's own counts still show what the other conditions would add.
        QVERIFY(ui.find(QStringLiteral("condition-used"))->property("count").toInt() > 0);
        const int asterNew = ui.find(QStringLiteral("line-aster"))->property("count").toInt();
        QVERIFY(asterNew < asterAll);
        QVERIFY(ui.tap(QStringLiteral("line-aster")));
        QTRY_COMPARE(finder->total(), asterNew);
        QCOMPARE(finder->results()->rowCount(), qMin(asterNew, 24));
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/finder-new-aster-en"));

        // Equipment from the panel, and off again from the chosen-filters bar in one tap.
        const int withPump = ui.find(QStringLiteral("equipment-heat-pump"))->property("count").toInt();
        QVERIFY(withPump > 0 && withPump < asterNew);
        QVERIFY(ui.tap(QStringLiteral("equipment-heat-pump")));
        QTRY_COMPARE(finder->total(), withPump);
        QCOMPARE(finder->chips().size(), 3);
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Remove Heat pump"))));
        QTRY_COMPARE(finder->total(), asterNew);
        QCOMPARE(finder->chips().size(), 2);

        // Near Oslo only: the radius chip says how many before it is chosen.
        const int near = ui.find(QStringLiteral("radius-100"))->property("count").toInt();
        QVERIFY(near > 0 && near < asterNew);
        QVERIFY(ui.tap(QStringLiteral("radius-100")));
        QTRY_COMPARE(finder->total(), near);
        QVERIFY(ui.tap(QStringLiteral("radius-0")));
        QTRY_COMPARE(finder->total(), asterNew);

        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/finder-new-aster-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));

        // The first car: its complete price, a finance plan, and a hold request for staff.
        QVERIFY(ui.tap(QStringLiteral("result-0")));
        QTRY_VERIFY(ui.find(QStringLiteral("detail-price")) != nullptr);
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/detail-en"));
        const QString before = ui.find(QStringLiteral("finance-summary"))->property("text").toString();
        QVERIFY2(before.contains(QLatin1String("APR")), qPrintable(before));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("40 %"))));
        QTRY_VERIFY(ui.find(QStringLiteral("finance-summary"))->property("text").toString() != before);
        // The picture full screen, and closed again.
        QVERIFY(!ui.find(QStringLiteral("zoom")));
        QVERIFY(ui.tap(QStringLiteral("gallery")));
        QTRY_VERIFY(ui.find(QStringLiteral("zoom")) != nullptr);
        QTest::qWait(400);
        ui.shoot(QStringLiteral("finder/detail-zoom-en"));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Close"))));
        QTRY_VERIFY(!ui.find(QStringLiteral("zoom")));
        QVERIFY(ui.tap(QStringLiteral("hold")));
        QTRY_VERIFY(ui.find(QStringLiteral("request-message")) != nullptr);
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/detail-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));

        // Compare two cars side by side.
        QVERIFY(ui.tap(QStringLiteral("compare-toggle")));
        QTRY_COMPARE(finder->compared().size(), 1);
        QVERIFY(ui.tap(QStringLiteral("back")));
        QTRY_VERIFY(ui.find(QStringLiteral("result-1")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("result-1")));
        QTRY_VERIFY(ui.find(QStringLiteral("compare-toggle")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("compare-toggle")));
        QTRY_COMPARE(finder->compared().size(), 2);
        QVERIFY(ui.tap(QStringLiteral("back")));
        QTRY_VERIFY(ui.find(QStringLiteral("open-compare")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("open-compare")));
        QTRY_VERIFY(ui.find(QStringLiteral("compare-row-0")) != nullptr);
        Comparison *table = finder->comparison();
        QCOMPARE(table->count(), 2);
        // Two different cars differ at least in price or mileage; the marks say where.
        bool anyDiffers = false;
        for (const Comparison::Row &row : table->rowList())
            anyDiffers |= row.differs;
        QVERIFY(anyDiffers);
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/compare-en"));

        // The visitor leaves: the search is gone.
        wipeVisit(m_kiosk.get());
        QTRY_COMPARE(finder->total(), 650);
        QVERIFY(!finder->filtered());
        QVERIFY(finder->compared().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestFinder test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_finder.moc"
