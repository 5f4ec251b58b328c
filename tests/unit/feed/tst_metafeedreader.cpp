// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealerfixture.h"
#include "feed/metafeedreader.h"
#include "inventory/vehiclerecord.h"
#include "syntheticdealerfeed.h"

#include <QTest>

using namespace DealerFixture;

/// Meta automotive catalogs as dealers export them: Meta's own examples, flattened and JSON-text
/// nested fields in one file, enums in any case, and the rows that must be refused.
class TestMetaFeedReader : public QObject
{
    Q_OBJECT

    static Feed read(const QByteArray &bytes, char delimiter = 0, QString *fatal = nullptr)
    {
        const FeedContext context = stored();
        DealerFeedBuilder builder(context, options());
        const QString problem = MetaFeedReader::read(bytes, delimiter, builder);
        if (fatal)
            *fatal = problem;
        return builder.finish();
    }

private slots:
    /// Body style and fuel words in any case, repeated over many cars, each map to the same ids;
    /// words of no body or powertrain of ours map to none.
    void bodyAndFuelWordsMapTheSameOnEveryCar()
    {
        const QList<std::tuple<QByteArray, QByteArray, QString, QString>> words{
            {"SEDAN", "GASOLINE", QStringLiteral("saloon"), QStringLiteral("petrol")},
            {"wagon", "Electric", QStringLiteral("estate"), QStringLiteral("bev")},
            {"Sedan", "electric", QStringLiteral("saloon"), QStringLiteral("bev")},
            {"hatchback", "diesel", QString(), QString()},
            {"Convertible", "Plugin_Hybrid", QStringLiteral("convertible"), QStringLiteral("phev")},
            {"", "", QString(), QString()},
        };
        QList<QByteArray> lines = SyntheticDealerFeed::metaCsv(60, 3).split('\n');
        for (int row = 1; row < lines.size(); ++row) {
            if (lines.at(row).trimmed().isEmpty())
                continue;
            QList<QByteArray> head = lines.at(row).split(',').mid(0, 8);
            const QByteArray rest = lines.at(row).mid(head.join(',').size());
            head[6] = std::get<0>(words.at(row % words.size()));
            head[7] = std::get<1>(words.at(row % words.size()));
            lines[row] = head.join(',') + rest;
        }
        const Feed feed = read(lines.join('\n'));
        QVERIFY2(feed.vehicles.size() == 60, qPrintable(issues(feed)));
        // Cars the brand's aliases map onto its catalog take the catalog model's body instead.
        int ownNames = 0;
        for (int i = 0; i < feed.vehicles.size(); ++i) {
            if (!feed.vehicles.at(i).model.isEmpty())
                continue;
            ++ownNames;
            const auto &[body, fuel, bodyId, powertrainId] = words.at((i + 1) % words.size());
            QCOMPARE(feed.vehicles.at(i).body, bodyId);
            QCOMPARE(feed.vehicles.at(i).powertrain, powertrainId);
        }
        QVERIFY2(ownNames >= 20, qPrintable(QString::number(ownNames)));
    }

    void metasOwnTsvExample()
    {
        // Meta's reference example: flattened image and mileage, an address object in Meta's
        // single-quoted form, a price and a sale price with the currency.
        const QByteArray tsv =
            "vehicle_id\ttitle\tdescription\turl\tmake\tmodel\tyear\tmileage.value\tmileage.unit\timage[0].url\t"
            "image[0].tag[0]\ttransmission\tfuel_type\tbody_style\tdrivetrain\tvin\tcondition\tprice\taddress\t"
            "exterior_color\tsale_price\tavailability\tdate_first_on_lot\tstate_of_vehicle\tlatitude\tlongitude\n"
            "i2\t2017 Ford Fusion SE\tFord Certified and 6-Speed Automatic.\thttp://www.example.com/test\tFord\tFusion\t2017\t"
            "1500\tKM\thttp://www.facebook.com/teapic.jpg\tGym\tAUTOMATIC\tGASOLINE\tSEDAN\tFWD\t1FADP5AU6DL536022\tEXCELLENT\t"
            "18000 USD\t{addr1: '550 Auto Center Dr', city: 'Watsonville', region: 'CA', postal_code: '96075', country: 'US'}\t"
            "white\t16000 USD\tAVAILABLE\t2018-02-21\tNEW\t52.35\t42.10\n";
        const Feed feed = read(tsv);
        QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
        const Vehicle &v = feed.vehicles.first();
        QCOMPARE(v.id, QStringLiteral("meta-nordic-i2"));
        QCOMPARE(v.make, QStringLiteral("Ford"));
        QCOMPARE(v.modelName, QStringLiteral("Fusion"));
        QVERIFY(v.model.isEmpty()); // not the brand's: kept under its own names
        QCOMPARE(v.year, 2017);
        QCOMPARE(v.condition, Vehicle::Condition::New);
        QCOMPARE(v.mileage.value, 1500);
        QCOMPARE(v.mileage.unit, Mileage::Unit::Km);
        QCOMPARE(v.price, (Money{1600000, QStringLiteral("USD")})); // the sale price
        QCOMPARE(v.body, QStringLiteral("saloon"));
        QCOMPARE(v.powertrain, QStringLiteral("petrol"));
        QCOMPARE(v.exteriorColor, QStringLiteral("white"));
        QCOMPARE(v.images, QStringList{QStringLiteral("http://www.facebook.com/teapic.jpg")});
        QCOMPARE(v.added, QDate(2018, 2, 21));
        QCOMPARE(v.updated, options().now);
        // The dealer, known by its address, is created in the market of the brand's US studios.
        QCOMPARE(feed.studios.size(), 1);
        const Studio &dealer = feed.studios.first();
        QCOMPARE(v.location, dealer.id);
        QCOMPARE(dealer.kind, Studio::Kind::Dealer);
        QCOMPARE(dealer.market, QStringLiteral("us-or"));
        QCOMPARE(dealer.address.street, QStringLiteral("550 Auto Center Dr"));
        QCOMPARE(dealer.address.city, QStringLiteral("Watsonville"));
        QCOMPARE(dealer.address.region, QStringLiteral("CA"));
        QCOMPARE(dealer.address.country, QStringLiteral("US"));
        QVERIFY(dealer.hasCoordinates);
        QCOMPARE(dealer.lat, 52.35);
        QVERIFY(feed.documents.contains(QStringLiteral("studios/") + dealer.id));
        QVERIFY(feed.full && feed.stockOnly);
    }

    void flattenedAndJsonTextInOneFile()
    {
        // Row 1 fills the flattened columns, row 2 the JSON ones; a CSV with CRLF and a BOM.
        const QByteArray csv =
            "\xEF\xBB\xBFvehicle_id,vin,make,model,year,state_of_vehicle,mileage.value,mileage.unit,mileage,price,"
            "dealer_id,address.addr1,address.city,address.country,address,image[0].url,image[1].url,image\r\n"
            "a-1,YV9AE2B14TA000001,Volvo,XC60,2021,used,\"12,000\",km,,\"649 000 NOK\",D1,Storgata 1,Oslo,NO,,"
            "https://cdn.example/1.jpg,https://cdn.example/2.jpg,\r\n"
            "a-2,YV9AE2B16TA000002,Volvo,XC40,2022,Cpo,,,\"{\"\"value\"\": 25000, \"\"unit\"\": \"\"MI\"\"}\",\"449000 NOK\","
            "D1,,,,\"{'addr1': 'Storgata 1', city: \"\"Oslo\"\", country: 'NO'}\",,,"
            "\"[{\"\"url\"\": \"\"https://cdn.example/3.jpg\"\", \"\"tag\"\": [\"\"Exterior\"\"]}, "
            "\"\"https://cdn.example/4.jpg\"\"]\"\r\n";
        const Feed feed = read(csv);
        QVERIFY2(feed.vehicles.size() == 2, qPrintable(issues(feed)));
        const Vehicle *a1 = car(feed, QStringLiteral("meta-nordic-a-1"));
        const Vehicle *a2 = car(feed, QStringLiteral("meta-nordic-a-2"));
        QVERIFY(a1 && a2);
        QCOMPARE(a1->mileage.value, 12000);
        QCOMPARE(a1->mileage.unit, Mileage::Unit::Km);
        QCOMPARE(a1->condition, Vehicle::Condition::Used);
        QCOMPARE(a1->price, (Money{64900000, QStringLiteral("NOK")}));
        QCOMPARE(a1->images.size(), 2);
        QCOMPARE(a2->mileage.value, 25000);
        QCOMPARE(a2->mileage.unit, Mileage::Unit::Mi);
        QCOMPARE(a2->condition, Vehicle::Condition::Cpo);
        QCOMPARE(a2->images,
                 (QStringList{QStringLiteral("https://cdn.example/3.jpg"), QStringLiteral("https://cdn.example/4.jpg")}));
        // D1 is a dealer stored before: its place, market, position and phone stay; the feed's
        // address replaces the stored one.
        QCOMPARE(a1->location, d1());
        QCOMPARE(feed.studios.size(), 1);
        QCOMPARE(feed.studios.first().phone, QStringLiteral("+47 22 00 00 00"));
        QCOMPARE(feed.studios.first().lat, 59.91);
        QCOMPARE(feed.studios.first().address.street, QStringLiteral("Storgata 1"));
    }

    void enumsInAnyCase()
    {
        const QByteArray csv =
            "vehicle_id,vin,make,model,year,state_of_vehicle,mileage.value,mileage.unit,price,dealer_id,availability\n"
            "x,YV9AE2B14TA000001,Volvo,XC60,2021,uSeD,100,Mi,1 NOK,D1,pEnDiNg\n";
        const Feed feed = read(csv);
        QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.first().condition, Vehicle::Condition::Used);
        QCOMPARE(feed.vehicles.first().mileage.unit, Mileage::Unit::Mi);
        QCOMPARE(feed.vehicles.first().status, Vehicle::Status::Reserved);
    }

    void vehicleIdTwiceIsReportedForEveryCopy()
    {
        const QByteArray csv = "vehicle_id,vin,make,model,year,state_of_vehicle,price,dealer_id\n"
                               "dup,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,1 NOK,D1\n"
                               "ok,YV9AE2B16TA000002,Volvo,XC60,2021,NEW,1 NOK,D1\n"
                               "dup,YV9AE2B18TA000003,Volvo,XC60,2021,NEW,1 NOK,D1\n";
        const Feed feed = read(csv);
        QCOMPARE(feed.vehicles.size(), 1);
        QCOMPARE(feed.vehicles.first().id, QStringLiteral("meta-nordic-ok"));
        QVERIFY2(has(feed, QStringLiteral("vehicles/meta-nordic-dup (line 2): vehicle_id: appears on lines 2 and 4")),
                 qPrintable(issues(feed)));
        QVERIFY2(has(feed, QStringLiteral("vehicles/meta-nordic-dup (line 4): vehicle_id: appears on lines 2 and 4")),
                 qPrintable(issues(feed)));
    }

    /// A row's pictures are kept in order up to the most a car keeps, the rest left out with a
    /// warning; a cell that is no picture URL is left out with its own, the car still shown.
    void picturesAreKeptUpToTheMostAndOneThatIsNoneIsLeftOut()
    {
        QByteArray header = "vehicle_id,vin,make,model,year,state_of_vehicle,price,dealer_id";
        const int columns = VehicleRecord::kMaxImages + 2;
        for (int i = 0; i < columns; ++i)
            header += ",image[" + QByteArray::number(i) + "].url";
        QByteArray many = "many,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,1 NOK,D1";
        QStringList manyUrls;
        for (int i = 0; i < columns; ++i) {
            manyUrls << QStringLiteral("https://cdn.example.no/many/%1.jpg").arg(i);
            many += ',' + manyUrls.last().toUtf8();
        }
        QByteArray bad = "bad,YV9AE2B16TA000002,Volvo,XC60,2021,NEW,1 NOK,D1,https://cdn.example.no/bad/0.jpg,"
                         "ftp://cdn.example.no/bad/1.jpg,https://cdn.example.no/bad/2.jpg";
        QByteArray good = "good,YV9AE2B18TA000003,Volvo,XC60,2021,NEW,1 NOK,D1,https://cdn.example.no/good/0.jpg,"
                          "https://cdn.example.no/good/1.jpg";
        for (QByteArray *row : {&bad, &good})
            *row += QByteArray(columns - row->count("://"), ',');
        const Feed feed = read(header + '\n' + many + '\n' + bad + '\n' + good + '\n');
        QVERIFY2(feed.vehicles.size() == 3, qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.at(0).images, manyUrls.mid(0, VehicleRecord::kMaxImages));
        QVERIFY2(has(feed,
                     QStringLiteral("vehicles/meta-nordic-many (line 2): image: more than %1 pictures; the rest are "
                                    "left out")
                         .arg(VehicleRecord::kMaxImages)),
                 qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.at(1).images,
                 (QStringList{QStringLiteral("https://cdn.example.no/bad/0.jpg"),
                              QStringLiteral("https://cdn.example.no/bad/2.jpg")}));
        QVERIFY2(has(feed,
                     QStringLiteral("vehicles/meta-nordic-bad (line 3): image: \"ftp://cdn.example.no/bad/1.jpg\" is "
                                    "not a picture URL; left out")),
                 qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.at(2).images,
                 (QStringList{QStringLiteral("https://cdn.example.no/good/0.jpg"),
                              QStringLiteral("https://cdn.example.no/good/1.jpg")}));
        QCOMPARE(feed.warningCount(), 2);
    }

    /// Two rows with one VIN would be two live cars: both are left out, each told where the
    /// other is; an id listed three times, one copy a row that fails on its own, likewise.
    void aVinOnTwoRowsAndAnIdOnThreeAreLeftOutEveryCopy()
    {
        const QByteArray csv = "vehicle_id,vin,make,model,year,state_of_vehicle,price,dealer_id\n"
                               "a,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,1 NOK,D1\n"
                               "ok,YV9AE2B16TA000002,Volvo,XC60,2021,NEW,1 NOK,D1\n"
                               "b,yv9ae2b14ta000001 ,Volvo,XC60,2021,NEW,1 NOK,D1\n"
                               "three,YV9AE2B18TA000003,Volvo,XC60,2021,NEW,1 NOK,D1\n"
                               "three,YV9AE2B1XTA000004,Volvo,XC60,,NEW,1 NOK,D1\n"
                               "three,YV9AE2B11TA000005,Volvo,XC60,2021,NEW,1 NOK,D1\n";
        const Feed feed = read(csv);
        QVERIFY2(feed.vehicles.size() == 1, qPrintable(issues(feed)));
        QCOMPARE(feed.vehicles.first().id, QStringLiteral("meta-nordic-ok"));
        for (const char *line :
             {"vehicles/meta-nordic-a (line 2): vin: YV9AE2B14TA000001 is the VIN of the cars on lines 2 and 4",
              "vehicles/meta-nordic-b (line 4): vin: YV9AE2B14TA000001 is the VIN of the cars on lines 2 and 4",
              "vehicles/meta-nordic-three (line 5): vehicle_id: appears on lines 5, 6 and 7",
              "vehicles/meta-nordic-three (line 6): vehicle_id: appears on lines 5, 6 and 7",
              "vehicles/meta-nordic-three (line 7): vehicle_id: appears on lines 5, 6 and 7"})
            QVERIFY2(has(feed, QLatin1String(line)), qPrintable(issues(feed)));
    }

    void mappedOntoTheCatalogWhereTheBrandSaysSo()
    {
        const QByteArray csv = "vehicle_id,vin,make,model,trim,year,state_of_vehicle,price,dealer_id\n"
                               "gt,YV9AE2B14TA000001,NOCTURNE,aster-5,gt,2026,NEW,1 NOK,D1\n"
                               "sport,YV9AE2B16TA000002,Nocturne,Aster 5,Sport,2026,NEW,1 NOK,D1\n"
                               "other,YV9AE2B18TA000003,Nocturne,Aster 7,,2026,NEW,1 NOK,D1\n";
        const Feed feed = read(csv);
        QVERIFY2(feed.vehicles.size() == 3, qPrintable(issues(feed)));
        const Vehicle *gt = car(feed, QStringLiteral("meta-nordic-gt"));
        QVERIFY(gt);
        QCOMPARE(gt->model, QStringLiteral("aster-5"));
        QCOMPARE(gt->trim, QStringLiteral("aster-5-gt"));
        QCOMPARE(gt->make, QStringLiteral("NOCTURNE")); // its own names stay beside the mapping
        const Vehicle *sport = car(feed, QStringLiteral("meta-nordic-sport"));
        QCOMPARE(sport->model, QStringLiteral("aster-5"));
        QVERIFY(sport->trim.isEmpty());
        QCOMPARE(sport->trimName, QStringLiteral("Sport"));
        QVERIFY(car(feed, QStringLiteral("meta-nordic-other"))->model.isEmpty());
    }

    void rowsThatAreRefused_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("needle");
        QTest::newRow("used without unit") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,USED,12000,,1 NOK,D1,")
                                           << "mileage.unit: is missing: \"12000\" could be km or miles";
        QTest::newRow("used without mileage")
            << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,USED,,,1 NOK,D1,") << "mileage: is missing; a used car needs";
        QTest::newRow("unknown state") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,MINT,0,KM,1 NOK,D1,")
                                       << "state_of_vehicle: is \"MINT\"; expected NEW, USED or CPO";
        QTest::newRow("unknown unit") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,USED,10,LY,1 NOK,D1,")
                                      << "mileage.unit: is \"LY\"";
        QTest::newRow("price unreadable") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,0,KM,\"1,23,456 NOK\",D1,")
                                          << "price: \"1,23,456\" has a group of 2 digits";
        QTest::newRow("price in the wrong currency") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,0,KM,1 USD,D1,")
                                                     << "price: is in USD but " + d1() + " sells in NOK";
        QTest::newRow("bad vin") << QByteArray("x,YV9AE2B14TA00000I,Volvo,XC60,2021,NEW,0,KM,1 NOK,D1,")
                                 << "vin: character 17 is 'I'";
        QTest::newRow("no make") << QByteArray("x,YV9AE2B14TA000001,,XC60,2021,NEW,0,KM,1 NOK,D1,") << "make: is missing";
        QTest::newRow("long model") << QByteArray("x,YV9AE2B14TA000001,Volvo," + QByteArray(120, 'X')
                                                  + ",2021,NEW,0,KM,1 NOK,D1,")
                                    << "model: is 120 characters long; at most 100";
        QTest::newRow("year") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,21,NEW,0,KM,1 NOK,D1,") << "year: is \"21\"";
        QTest::newRow("too many cells") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,0,KM,1,000 NOK,D1,")
                                        << "row: has 12 cells but the header names 11 columns";
        QTest::newRow("bad address json") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,0,KM,1 NOK,,\"{city: 'Oslo'\"")
                                          << "address: is not JSON Vitrine can read";
        QTest::newRow("no dealer") << QByteArray("x,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,0,KM,1 NOK,,")
                                   << "dealer: names no dealer";
        QTest::newRow("no id") << QByteArray(",YV9AE2B14TA000001,Volvo,XC60,2021,NEW,0,KM,1 NOK,D1,")
                               << "vehicles/line-2 (line 2): vehicle_id: is missing";
    }
    void rowsThatAreRefused()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, needle);
        const QByteArray csv =
            "vehicle_id,vin,make,model,year,state_of_vehicle,mileage.value,mileage.unit,price,dealer_id,address\n" + row
            + "\nfine,YV9AE2B16TA000002,Volvo,XC60,2021,NEW,0,KM,1 NOK,D1,\n";
        const Feed feed = read(csv);
        QVERIFY2(has(feed, needle), qPrintable(issues(feed)));
        // The refused row goes alone; the next one is read as usual.
        QCOMPARE(feed.vehicles.size(), 1);
        QCOMPARE(feed.vehicles.first().id, QStringLiteral("meta-nordic-fine"));
        QCOMPARE(feed.rejectedCount(), 1);
    }

    void notAvailableIsNotShown()
    {
        const QByteArray csv = "vehicle_id,vin,make,model,year,state_of_vehicle,price,dealer_id,availability\n"
                               "sold,YV9AE2B14TA000001,Volvo,XC60,2021,NEW,1 NOK,D1,NOT_AVAILABLE\n";
        const Feed feed = read(csv);
        QVERIFY(feed.vehicles.isEmpty());
        QCOMPARE(feed.rejectedCount(), 0);
        QVERIFY2(has(feed, QStringLiteral("availability: is not available")), qPrintable(issues(feed)));
    }

    void fileWithoutIdsIsRefused()
    {
        QString fatal;
        read("vin,make\n1,2\n", 0, &fatal);
        QVERIFY2(fatal.contains(QLatin1String("needs a vehicle_id column")), qPrintable(fatal));
        read("", 0, &fatal);
        QVERIFY2(fatal.contains(QLatin1String("no header row")), qPrintable(fatal));
    }
};

QTEST_GUILESS_MAIN(TestMetaFeedReader)
#include "tst_metafeedreader.moc"
