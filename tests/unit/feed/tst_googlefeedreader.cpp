// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealerfixture.h"
#include "feed/googlefeedreader.h"

#include <QTest>

using namespace DealerFixture;

/// Google vehicle listings: prices and mileages as Google's examples write them, condition with
/// certified_pre_owned, dealers by store_code, repeated image links, and one car per VIN.
class TestGoogleFeedReader : public QObject
{
    Q_OBJECT

    static Feed read(const QByteArray &bytes, char delimiter = 0, QString *fatal = nullptr)
    {
        const FeedContext context = stored();
        DealerFeedBuilder builder(context, options(QStringLiteral("google-pdx")));
        const QString problem = GoogleFeedReader::read(bytes, delimiter, builder);
        if (fatal)
            *fatal = problem;
        return builder.finish();
    }

    static QByteArray header()
    {
        return "vin,id,store_code,dealership_name,dealership_address,price,condition,certified_pre_owned,make,model,trim,"
               "year,mileage,color,image_link,additional_image_link,additional_image_link\r\n";
    }

private slots:
    void googlesExamples()
    {
        const QByteArray csv = header()
            + "1FADP5AU6DL536022,S-1,PDX1,Ford of Portland,\"1800 Amphibious Blvd., Portland, OR 97204, US\",\"10,499.00 "
              "USD\",used,"
              "y,Ford,Fusion,SE,2017,24000 miles,Blue,https://cdn.example/1.jpg,"
              "\"https://cdn.example/2.jpg,https://cdn.example/3.jpg?crop=1,2\",https://cdn.example/4.jpg\r\n"
              "1HGCM82633A004352,S-2,PDX1,Ford of Portland,\"1800 Amphibious Blvd., Portland, OR 97204, US\",10499 USD,new,0,"
              "Honda,Accord,,2003,,,,,\r\n"
              "1M8GDM9AXKP042788,S-3,PDX1,Ford of Portland,\"1800 Amphibious Blvd., Portland, OR 97204, US\",\"15,000 USD\",USED,"
              "no,Mack,Bus,,2019,121000 KM,,,,\r\n";
        const Feed feed = read(csv);
        QVERIFY2(feed.vehicles.size() == 3, qPrintable(issues(feed)));
        const Vehicle *fusion = car(feed, QStringLiteral("google-pdx-1fadp5au6dl536022"));
        QVERIFY(fusion);
        QCOMPARE(fusion->price, (Money{1049900, QStringLiteral("USD")}));
        QCOMPARE(fusion->condition, Vehicle::Condition::Cpo);
        QCOMPARE(fusion->mileage.value, 24000);
        QCOMPARE(fusion->mileage.unit, Mileage::Unit::Mi);
        QCOMPARE(fusion->exteriorColor, QStringLiteral("Blue"));
        QCOMPARE(
            fusion->images,
            (QStringList{QStringLiteral("https://cdn.example/1.jpg"), QStringLiteral("https://cdn.example/2.jpg"),
                         QStringLiteral("https://cdn.example/3.jpg?crop=1,2"), QStringLiteral("https://cdn.example/4.jpg")}));
        const Vehicle *accord = car(feed, QStringLiteral("google-pdx-1hgcm82633a004352"));
        QCOMPARE(accord->price, (Money{1049900, QStringLiteral("USD")}));
        QCOMPARE(accord->condition, Vehicle::Condition::New);
        QCOMPARE(accord->mileage.value, 0);
        const Vehicle *bus = car(feed, QStringLiteral("google-pdx-1m8gdm9axkp042788"));
        QCOMPARE(bus->mileage.value, 121000);
        QCOMPARE(bus->mileage.unit, Mileage::Unit::Km); // kept as written, never converted
        QCOMPARE(bus->condition, Vehicle::Condition::Used);

        // The dealer, by its store code, in the market of the brand's studios in its country; Google
        // gives no position, so it has none (and shows no distance).
        QCOMPARE(feed.studios.size(), 1);
        const Studio &dealer = feed.studios.first();
        QCOMPARE(dealer.id, QStringLiteral("google-pdx-pdx1-") + dealer.id.right(8));
        QCOMPARE(dealer.name, QStringLiteral("Ford of Portland"));
        QCOMPARE(dealer.market, QStringLiteral("us-or"));
        QCOMPARE(dealer.address.country, QStringLiteral("US"));
        QVERIFY(!dealer.hasCoordinates);
        QCOMPARE(fusion->location, dealer.id);
    }

    void aVinOnTwoOffersIsNeverTwoCars()
    {
        // The same car offered by two stores, once with its VIN written carelessly.
        const QByteArray csv = header()
            + "1FADP5AU6DL536022,A,PDX1,Ford of Portland,\"1 Main St, Portland, US\",10499 USD,new,,Ford,Fusion,,2017,,,,,\r\n"
              " 1fadp5au6dl536022 ,B,PDX2,Ford East,\"2 Main St, Portland, US\",10399 USD,new,,Ford,Fusion,,2017,,,,,\r\n"
              "1HGCM82633A004352,C,PDX1,Ford of Portland,\"1 Main St, Portland, US\",10499 USD,new,,Honda,Accord,,2003,,,,,\r\n";
        const Feed feed = read(csv);
        QCOMPARE(feed.vehicles.size(), 1);
        QCOMPARE(feed.vehicles.first().vin, QStringLiteral("1HGCM82633A004352"));
        QVERIFY2(has(feed, QStringLiteral("(line 2): vin: appears on lines 2 and 3")), qPrintable(issues(feed)));
        QVERIFY2(has(feed, QStringLiteral("(line 3): vin: appears on lines 2 and 3")), qPrintable(issues(feed)));
    }

    void rowsThatAreRefused_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("needle");
        const QByteArray dealer = "PDX1,Ford of Portland,\"1 Main St, Portland, US\",";
        QTest::newRow("used without mileage") << "1FADP5AU6DL536022,x," + dealer + "10499 USD,used,,Ford,Fusion,,2017,,,,,"
                                              << "mileage: is missing; a used car needs";
        QTest::newRow("mileage without unit") << "1FADP5AU6DL536022,x," + dealer + "10499 USD,used,,Ford,Fusion,,2017,24000,,,,"
                                              << "could be km or miles";
        QTest::newRow("new yet certified") << "1FADP5AU6DL536022,x," + dealer + "10499 USD,new,yes,Ford,Fusion,,2017,,,,,"
                                           << "a new car cannot be certified pre-owned";
        QTest::newRow("certified unreadable")
            << "1FADP5AU6DL536022,x," + dealer + "10499 USD,used,maybe,Ford,Fusion,,2017,5 mi,,,,"
            << "certified_pre_owned: is \"maybe\"";
        QTest::newRow("condition") << "1FADP5AU6DL536022,x," + dealer + "10499 USD,refurbished,,Ford,Fusion,,2017,5 mi,,,,"
                                   << "condition: is \"refurbished\"";
        QTest::newRow("price with a symbol") << "1FADP5AU6DL536022,x," + dealer + "\"$10,499\",new,,Ford,Fusion,,2017,,,,,"
                                             << "names its currency by a symbol";
        QTest::newRow("price ambiguous grouping")
            << "1FADP5AU6DL536022,x," + dealer + "\"10,49,9 USD\",new,,Ford,Fusion,,2017,,,,,"
            << "price: \"10,49,9\"";
        QTest::newRow("north-american check digit") << "1FADP5AU7DL536022,x," + dealer + "10499 USD,new,,Ford,Fusion,,2017,,,,,"
                                                    << "vin: check digit is 7, expected 6";
        QTest::newRow("no vin") << ",x," + dealer + "10499 USD,new,,Ford,Fusion,,2017,,,,,"
                                << "vin: is missing";
    }
    void rowsThatAreRefused()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, needle);
        const Feed feed = read(header() + row
                               + "\r\n1HGCM82633A004352,C,PDX1,Ford of Portland,\"1 Main St, Portland, US\","
                                 "10499 USD,new,,Honda,Accord,,2003,,,,,\r\n");
        QVERIFY2(has(feed, needle), qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.size(), 1);
        QCOMPARE(feed.rejectedCount(), 1);
    }

    void tsvWithFulfillmentInsteadOfStoreCode()
    {
        const QByteArray tsv = "vin\tprice\tcondition\tmake\tmodel\tyear\tvehicle_fulfillment\tdealership_name\n"
                               "1HGCM82633A004352\t10499 USD\tn\tHonda\tAccord\t2003\tin_store:PDX9\tPDX Nine\n";
        const Feed feed = read(tsv, '\t');
        // No address, so no country to tell the new dealer's market by: its cars are refused
        // with what to do, never put in a market by guess.
        QVERIFY(feed.vehicles.isEmpty());
        QVERIFY2(has(feed, QStringLiteral("dealer: the market of dealer \"PDX Nine\" cannot be told from its country")),
                 qPrintable(issues(feed)));
    }

    void fileWithoutVinsIsRefused()
    {
        QString fatal;
        read("id,price\n1,2\n", 0, &fatal);
        QVERIFY2(fatal.contains(QLatin1String("need a vin column")), qPrintable(fatal));
    }
};

QTEST_GUILESS_MAIN(TestGoogleFeedReader)
#include "tst_googlefeedreader.moc"
