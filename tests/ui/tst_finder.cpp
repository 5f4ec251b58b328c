// SPDX-License-Identifier: GPL-3.0-or-later
#include "finder.h"
#include "inventory/inventoryindex.h"
#include "inventory/vehiclerows.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "showroom.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGeoCoordinate>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Finding a car in the real window: it opens on the studio's own area (its cars and its
/// partners' nearby, its currency and unit, nearest first, the count Home gives), choices with
/// counts narrow the result, a wider area shows other markets' cars in their own currency,
/// labelled, free text finds cars in any language, and the idle wipe forgets the search.
class TestFinder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    static int leadingNumber(const QString &text)
    {
        static const QRegularExpression number(QStringLiteral("(\\d[\\d,]*)"));
        return number.match(text).captured(1).remove(QLatin1Char(',')).toInt();
    }
    /// The label of the chip for the words searched for, empty when there is none.
    static QString textChip(const Finder *finder)
    {
        for (const Finder::Chip &c : finder->chips()) {
            if (c.facet == QLatin1String("text"))
                return c.label;
        }
        return {};
    }
    int shownTotal(UiProbe &ui) { return leadingNumber(ui.find(QStringLiteral("result-count"))->property("text").toString()); }

    /// The cars within `km` of a studio, counted from the database with Qt's own geodesy: the
    /// number the finder's opening view and Home must give.
    int carsWithin(const QString &studioId, double km)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("finder.sqlite")));
        int n = -1;
        if (db.open()) {
            const Catalog &catalog = m_kiosk->showroom()->catalog();
            const Studio *here = catalog.studio(studioId);
            const auto vehicles = VehicleRows(db).vehicles();
            if (here && vehicles) {
                n = 0;
                for (const Vehicle &v : *vehicles) {
                    const Studio *at = catalog.studio(v.location);
                    if (at && at->hasCoordinates
                        && QGeoCoordinate(here->lat, here->lon).distanceTo(QGeoCoordinate(at->lat, at->lon)) <= km * 1000)
                        ++n;
                }
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

    /// From Home, as a visitor does.
    bool openFinder(UiProbe &ui)
    {
        if (!QTest::qWaitFor([&] { return ui.find(QStringLiteral("action-find")) && ui.waitSettled(100); }, 8000))
            return false;
        return ui.tap(QStringLiteral("action-find")) && QTest::qWaitFor([&] { return ui.find(QStringLiteral("search-input")); });
    }

    QQuickItem &page(UiProbe &ui) { return *ui.find(QStringLiteral("results-grid"))->parentItem(); }

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
        m_kiosk->showroom()->setCatalog(m_kiosk->showroom()->catalog());
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
        // Home says how many cars the studio has nearby; the finder opens on exactly those.
        QTRY_VERIFY(finder->ready());
        QTRY_VERIFY(ui.find(QStringLiteral("studio-stock"))->property("text").toString().contains(QLatin1String("cars")));
        const int homeCount = leadingNumber(ui.find(QStringLiteral("studio-stock"))->property("text").toString());
        const int area = carsWithin(QStringLiteral("oslo"), 150);
        QVERIFY2(area > 24 && area < 650, qPrintable(QString::number(area)));
        QCOMPARE(homeCount, area);
        QVERIFY(ui.tap(QStringLiteral("action-find")));
        QTRY_VERIFY(ui.find(QStringLiteral("result-count")) != nullptr);
        QVERIFY(ui.waitSettled());
        QTest::qWait(600); // pictures
        ui.shoot(QStringLiteral("finder/finder-en"));
        QCOMPARE(shownTotal(ui), area);
        QCOMPARE(finder->areaTotal(), area);
        QVERIFY(!finder->filtered());
        QCOMPARE(finder->sorts()->selected().toString(), QStringLiteral("distance"));
        QCOMPARE(ui.find(QStringLiteral("scope"))->property("text").toString(),
                 QStringLiteral("Within 150 km of Solvik Studio Oslo"));
        // Nearest first: the studio's own cars, in kroner and kilometres, nothing from afar.
        const ResultListModel *results = finder->results();
        QCOMPARE(results->data(results->index(0), ResultListModel::PlaceRole).toString(), QStringLiteral("Solvik Studio Oslo"));
        for (int i = 0; i < results->rowCount(); ++i) {
            const QString price = results->data(results->index(i), ResultListModel::PriceRole).toString();
            const QString detail = results->data(results->index(i), ResultListModel::DetailRole).toString();
            QVERIFY2(price.startsWith(QLatin1String("kr")), qPrintable(price));
            QVERIFY2(detail.contains(QLatin1String(" km")) && !detail.contains(QLatin1String(" mi")), qPrintable(detail));
            QVERIFY(results->data(results->index(i), ResultListModel::PriceNoteRole).toString().isEmpty());
        }
        // The same cars as a list.
        QVERIFY(ui.tap(QStringLiteral("layout-toggle")));
        QTRY_COMPARE(ui.find(QStringLiteral("results-grid"))->property("columns").toInt(), 1);
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("finder/finder-list-en"));
        QVERIFY(ui.tap(QStringLiteral("layout-toggle")));
        QTRY_VERIFY(ui.find(QStringLiteral("results-grid"))->property("columns").toInt() > 1);

        // Year and mileage ranges: the sliders span the stock; a narrower span narrows the cars,
        // and each chosen range is a chip taken off with one tap.
        const FinderRange years = finder->yearRange();
        QVERIFY(years.available && years.from < years.to);
        finder->setYearRange(2026, int(years.to));
        QVERIFY(finder->total() > 0 && finder->total() < area);
        QVERIFY(finder->yearRange().chosen);
        finder->setMileageRange(0, 100);
        const int recentLowMileage = finder->total();
        QVERIFY(recentLowMileage > 0);
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("finder/finder-ranges-en"));
        QVERIFY(ui.tap(QStringLiteral("chip-year")));
        QTRY_VERIFY(!finder->yearRange().chosen);
        QVERIFY(ui.tap(QStringLiteral("chip-mileage")));
        QTRY_COMPARE(finder->total(), area);

        // Price, in the studio's currency (Oslo: NOK): cars priced in other currencies step aside
        // while a range is set, and the page says so.
        const FinderRange prices = finder->priceRange();
        QVERIFY(prices.available && prices.from < prices.to);
        QVERIFY(prices.lowLabel.contains(QLatin1String("kr")));
        const double middle = (prices.from + prices.to) / 2;
        finder->setPriceRange(prices.from, middle);
        const int cheaper = finder->total();
        QVERIFY(cheaper > 0 && cheaper < area);
        finder->setPriceRange(middle, prices.to);
        const int dearer = finder->total();
        QVERIFY(dearer > 0 && dearer < area);
        QVERIFY(finder->priceRange().chosen);
        QVERIFY(!finder->priceRange().note.isEmpty());
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("finder/finder-price-en"));
        QVERIFY(ui.tap(QStringLiteral("chip-price")));
        QTRY_COMPARE(finder->total(), area);
        QVERIFY(!finder->priceRange().chosen);
        QVERIFY(!finder->filtered());

        // Scrolling down brings the next pages, 24 at a time, not all at once.
        const int loaded = finder->results()->rowCount();
        QVERIFY2(loaded >= 24 && loaded < area && loaded % 24 == 0, qPrintable(QString::number(loaded)));
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
        QVERIFY(newCars > 0 && newCars < area);
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

        // Anywhere: the choice says how many before it is chosen; it is a chip of its own, and
        // taking it off goes back to the studio's area.
        QVERIFY(ui.find(QStringLiteral("radius-150"))->property("selected").toBool());
        const int anywhere = ui.find(QStringLiteral("radius-0"))->property("count").toInt();
        QVERIFY(anywhere > asterNew);
        QVERIFY(ui.tap(QStringLiteral("radius-0")));
        QTRY_COMPARE(finder->total(), anywhere);
        QCOMPARE(finder->scope(), QStringLiteral("Everywhere"));
        QVERIFY(ui.tap(QStringLiteral("chip-radius-0")));
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
        QTRY_COMPARE(finder->total(), area);
        QVERIFY(!finder->filtered());
        QVERIFY(finder->compared().isEmpty());
    }

    // Everywhere, by price: the studio's money first, lowest first and highest first; the other
    // markets' cars after, each currency in a run of its own, in their own money and labelled.
    void otherMarketsLabelled()
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        UiProbe ui(m_kiosk->window());
        QVERIFY(openFinder(ui));
        QVERIFY(ui.tap(QStringLiteral("radius-0")));
        QTRY_COMPARE(finder->total(), 650);
        for (const QString &sort : {QStringLiteral("price"), QStringLiteral("price-desc")}) {
            QVERIFY(ui.tap(QStringLiteral("sort-") + sort));
            QTRY_COMPARE(finder->sorts()->selected().toString(), sort);
            ResultListModel *results = finder->results();
            while (results->canFetchMore({}))
                results->fetchMore({});
            QCOMPARE(results->rowCount(), 650);
            QStringList runs; // currencies in the order they come
            for (int i = 0; i < results->rowCount(); ++i) {
                const QString price = results->data(results->index(i), ResultListModel::PriceRole).toString();
                const QString note = results->data(results->index(i), ResultListModel::PriceNoteRole).toString();
                const QString currency = price.startsWith(QLatin1String("kr")) ? QStringLiteral("NOK") : price.mid(1, 3);
                QVERIFY2(currency == QLatin1String("NOK") ? note.isEmpty() : note.contains(currency), qPrintable(price + note));
                if (runs.isEmpty() || runs.last() != currency)
                    runs << currency;
            }
            QCOMPARE(runs.first(), QStringLiteral("NOK"));
            QCOMPARE(runs.size(), 5); // NOK, then EUR, USD, CNY, AED each once
            QCOMPARE(QSet<QString>(runs.cbegin(), runs.cend()).size(), 5);
        }
        QMetaObject::invokeMethod(ui.find(QStringLiteral("results-grid")), "positionViewAtIndex", Q_ARG(int, 200),
                                  Q_ARG(int, 0 /* Beginning */));
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/finder-anywhere-en"));
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!finder->filtered());
        QCOMPARE(finder->sorts()->selected().toString(), QStringLiteral("distance"));
    }

    // A Portland screen: dollars and miles, its own area, its own count.
    void portlandInItsOwnTerms()
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        UiProbe ui(m_kiosk->window());
        const Studio *portland = m_kiosk->showroom()->catalog().studio(QStringLiteral("portland"));
        QVERIFY(portland);
        const int areaKm = qRound(100 * Mileage::kKmPerMile);
        finder->setStudio(QStringLiteral("portland"), areaKm);
        finder->setOrigin(portland->lat, portland->lon);
        QTRY_COMPARE(finder->total(), carsWithin(QStringLiteral("portland"), areaKm));
        QVERIFY(finder->total() > 0);
        QCOMPARE(finder->scope(), QStringLiteral("Within 100 mi of Solvik Studio Portland"));
        QVERIFY(finder->mileageRange().highLabel.endsWith(QLatin1String(" mi")));
        QVERIFY(finder->priceRange().lowLabel.startsWith(QLatin1Char('$')));
        const ResultListModel *results = finder->results();
        for (int i = 0; i < results->rowCount(); ++i) {
            QVERIFY(results->data(results->index(i), ResultListModel::PriceRole).toString().startsWith(QLatin1Char('$')));
            QVERIFY(results->data(results->index(i), ResultListModel::DetailRole).toString().contains(QLatin1String(" mi ")));
        }
        QVERIFY(openFinder(ui));
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/finder-portland-en"));
        const Studio *oslo = m_kiosk->showroom()->catalog().studio(QStringLiteral("oslo"));
        finder->setStudio(QStringLiteral("oslo"), 150);
        finder->setOrigin(oslo->lat, oslo->lon);
        wipeVisit(m_kiosk.get());
    }

    // Free text in any language, with completions from the catalog as the visitor types, and a
    // way out when nothing matches.
    void search()
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        UiProbe ui(m_kiosk->window());
        QVERIFY(openFinder(ui));
        const int area = finder->total();
        QVERIFY(ui.tap(QStringLiteral("search-input")));
        QVERIFY(ui.type(QStringLiteral("fjord bl")));
        QTRY_VERIFY(ui.find(QStringLiteral("suggestion-0")) != nullptr);
        QCOMPARE(ui.find(QStringLiteral("suggestion-0"))->property("text").toString(), QStringLiteral("Fjord Blue"));
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("finder/search-typing-en"));
        QVERIFY(ui.tap(QStringLiteral("suggestion-0")));
        QTRY_COMPARE(finder->text(), QStringLiteral("Fjord Blue"));
        const int blue = finder->total();
        QVERIFY(blue > 0 && blue < area);
        QVERIFY(ui.find(QStringLiteral("chip-text")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("chip-text")));
        QTRY_COMPARE(finder->total(), area);
        QCOMPARE(ui.find(QStringLiteral("search-input"))->property("text").toString(), QString());

        // In Chinese and in Arabic, typed as an input method commits them.
        m_kiosk->language()->setCode(QStringLiteral("zh_CN"));
        QVERIFY(ui.tap(QStringLiteral("search-input")));
        QVERIFY(ui.type(QStringLiteral("蓝色 Aster")));
        QTRY_VERIFY(finder->total() > 0 && finder->total() < blue);
        page(ui).forceActiveFocus();
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/search-zh_CN"));
        QVERIFY(ui.tap(QStringLiteral("search-clear")));
        QTRY_COMPARE(finder->total(), area);
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QVERIFY(ui.tap(QStringLiteral("search-input")));
        QVERIFY(ui.type(QStringLiteral("أزرق")));
        QTRY_COMPARE(finder->total(), blue);
        page(ui).forceActiveFocus();
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("finder/search-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));

        // Nothing matches: the page says which choice to drop, and one tap drops it.
        finder->setText(QStringLiteral("zzyzx"));
        QTRY_COMPARE(finder->total(), 0);
        QVERIFY(ui.find(QStringLiteral("relax-hint"))->property("text").toString().contains(QLatin1String("zzyzx")));
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("finder/search-nothing-en"));
        {
            // In Arabic the words searched for read from the right in their chip, the language's
            // quotation marks round them as it reads them: the chip laid "”zzyzx“" out from the
            // left, the marks looking backwards.
            m_kiosk->language()->setCode(QStringLiteral("ar"));
            QString chip;
            QTRY_VERIFY(!(chip = textChip(finder)).isEmpty());
            QVERIFY2(chip.isRightToLeft() && chip.contains(QLatin1String("zzyzx")), qPrintable(chip));
            m_kiosk->language()->setCode(QStringLiteral("en"));
            QTRY_VERIFY(!(chip = textChip(finder)).isRightToLeft());
        }
        QVERIFY(ui.tap(QStringLiteral("relax")));
        QTRY_COMPARE(finder->total(), area);
        QVERIFY(finder->text().isEmpty());
        wipeVisit(m_kiosk.get());
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
