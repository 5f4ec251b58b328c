// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealerfixture.h"

#include <QTest>

using namespace DealerFixture;

/// The checks every dealer row passes, whichever format it came in: ids, dealers and their
/// markets, the date a car joined the stock, and prices that are reductions.
class TestDealerFeedBuilder : public QObject
{
    Q_OBJECT

    static DealerListing listing(const QString &id)
    {
        DealerListing l;
        l.line = 2;
        l.stockId = id;
        l.stockIdField = QStringLiteral("vehicle_id");
        l.vin = QStringLiteral("YV9AE2B14TA000001");
        l.make = QStringLiteral("Volvo");
        l.model = QStringLiteral("XC60");
        l.year = QStringLiteral("2021");
        l.condition = QStringLiteral("used");
        l.mileage = QStringLiteral("12000 km");
        l.price = QStringLiteral("300000 NOK");
        l.dealer.code = QStringLiteral("D1");
        return l;
    }

private slots:
    void stableIds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("id");
        QTest::newRow("already an id") << "abc-123"
                                       << "src-abc-123";
        QTest::newRow("capitals are kept apart by a hash") << "ABC-123"
                                                           << "src-abc-123-";
        QTest::newRow("other characters") << "2017 Volvo XC90 / #7"
                                          << "src-2017-volvo-xc90-7-";
        QTest::newRow("nothing readable") << "★★"
                                          << "src-";
    }
    void stableIds()
    {
        QFETCH(QString, key);
        QFETCH(QString, id);
        const QString made = DealerFeedBuilder::stableId(QStringLiteral("src-"), key);
        QVERIFY2(made.startsWith(id), qPrintable(made));
        QVERIFY(made.size() <= 64);
        QCOMPARE(DealerFeedBuilder::stableId(QStringLiteral("src-"), key), made); // the same every time
        if (id.endsWith(QLatin1Char('-')))
            QCOMPARE(made.size(), id.size() + 8);
    }

    void storedIdsNeverChange()
    {
        // Ids are stored and a feed's next run must find its cars again: these are the ids
        // earlier versions made, hash included.
        QCOMPARE(DealerFeedBuilder::stableId(QStringLiteral("meta-bench-"), QStringLiteral("SK-0000001")),
                 QStringLiteral("meta-bench-sk-0000001-2f3dbd09"));
        QCOMPARE(DealerFeedBuilder::stableId(QStringLiteral("src-"), QStringLiteral("Ünïcödé Bil 7")),
                 QStringLiteral("src-n-c-d-bil-7-dbc34284"));
    }

    void idsThatOnlyDifferInCaseStayApart()
    {
        QVERIFY(DealerFeedBuilder::stableId(QStringLiteral("s-"), QStringLiteral("Abc"))
                != DealerFeedBuilder::stableId(QStringLiteral("s-"), QStringLiteral("abc")));
        const QString longKey(200, QLatin1Char('k'));
        const QString a = DealerFeedBuilder::stableId(QStringLiteral("s-"), longKey);
        const QString b = DealerFeedBuilder::stableId(QStringLiteral("s-"), longKey + QLatin1Char('x'));
        QCOMPARE(a.size(), 64);
        QVERIFY(a != b);
    }

    void theImportsDealerTakesRowsThatNameNone()
    {
        const FeedContext context = stored();
        DealerFeedBuilder::Options o = options();
        o.dealer = d1();
        DealerFeedBuilder builder(context, o);
        DealerListing l = listing(QStringLiteral("a"));
        l.dealer = {};
        builder.add(l);
        const Feed feed = builder.finish();
        QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.first().location, d1());
        QVERIFY(feed.studios.isEmpty()); // nothing new about it: not written again
    }

    void aNewDealersMarket()
    {
        const FeedContext context = stored();
        {
            DealerFeedBuilder builder(context, options());
            DealerListing l = listing(QStringLiteral("a"));
            l.dealer = {QStringLiteral("NEW"), QStringLiteral("Bergen Bil"), {}, {}, {}, {}};
            l.dealer.address.country = QStringLiteral("no");
            builder.add(l);
            const Feed feed = builder.finish();
            QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
            QCOMPARE(feed.studios.first().market, QStringLiteral("no")); // the brand's only market in Norway
        }
        {
            DealerFeedBuilder::Options o = options();
            o.market = QStringLiteral("no");
            DealerFeedBuilder builder(context, o);
            DealerListing l = listing(QStringLiteral("a"));
            l.dealer = {QStringLiteral("NEW"), QStringLiteral("Somewhere"), {}, {}, {}, {}};
            builder.add(l);
            QCOMPARE(builder.finish().studios.first().market, QStringLiteral("no"));
        }
        {
            DealerFeedBuilder::Options o = options();
            o.market = QStringLiteral("mars");
            DealerFeedBuilder builder(context, o);
            DealerListing l = listing(QStringLiteral("a"));
            l.dealer = {QStringLiteral("NEW"), QStringLiteral("Somewhere"), {}, {}, {}, {}};
            builder.add(l);
            const Feed feed = builder.finish();
            QVERIFY(feed.vehicles.isEmpty());
            QVERIFY2(has(feed, QStringLiteral("dealer: its dealer's market \"mars\" is not in the brand's feed")),
                     qPrintable(issues(feed)));
        }
    }

    void aDealerWithoutAPositionHasNone()
    {
        const FeedContext context = stored();
        DealerFeedBuilder builder(context, options());
        DealerListing l = listing(QStringLiteral("a"));
        l.dealer = {QStringLiteral("NEW"), QStringLiteral("Bergen Bil"), {}, QStringLiteral("60,39"), QStringLiteral("5,32"), {}};
        l.dealer.address.country = QStringLiteral("NO");
        builder.add(l);
        const Feed feed = builder.finish();
        QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
        QVERIFY(!feed.studios.first().hasCoordinates);
        QVERIFY2(has(feed, QStringLiteral("is not a position; the dealer is shown without a distance")),
                 qPrintable(issues(feed)));
    }

    void aCarKeepsTheDayItJoinedTheStock()
    {
        FeedContext context = stored();
        const QString id = DealerFeedBuilder::stableId(QStringLiteral("meta-nordic-"), QStringLiteral("a"));
        context.listed.insert(id, {QDate(2026, 3, 1), {}, 0});
        DealerFeedBuilder builder(context, options());
        builder.add(listing(QStringLiteral("a")));
        DealerListing dated = listing(QStringLiteral("c"));
        dated.line = 4;
        dated.dateInStock = QStringLiteral("2026-01-15T10:00:00Z");
        dated.vin = QStringLiteral("YV9AE2B16TA000002");
        builder.add(dated);
        const Feed feed = builder.finish();
        QVERIFY2(car(feed, id) && car(feed, QStringLiteral("meta-nordic-c")), qPrintable(issues(feed)));
        QCOMPARE(car(feed, id)->added, QDate(2026, 3, 1));
        QCOMPARE(car(feed, QStringLiteral("meta-nordic-c"))->added, QDate(2026, 1, 15));
    }

    void salePriceOnlyWhenItIsAReduction()
    {
        const FeedContext context = stored();
        DealerFeedBuilder builder(context, options());
        DealerListing more = listing(QStringLiteral("a"));
        more.salePrice = QStringLiteral("310000 NOK");
        builder.add(more);
        const Feed feed = builder.finish();
        QCOMPARE(feed.vehicles.first().price, (Money{30000000, QStringLiteral("NOK")}));
        QVERIFY(has(feed, QStringLiteral("sale_price: is not a reduction")));
    }

    void currencyApartFromTheAmount()
    {
        const FeedContext context = stored();
        DealerFeedBuilder builder(context, options());
        DealerListing l = listing(QStringLiteral("a"));
        l.price = QStringLiteral("300.000");
        l.currency = QStringLiteral("NOK");
        builder.add(l);
        const Feed feed = builder.finish();
        QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.first().price, (Money{30000000, QStringLiteral("NOK")}));
    }
};

QTEST_GUILESS_MAIN(TestDealerFeedBuilder)
#include "tst_dealerfeedbuilder.moc"
