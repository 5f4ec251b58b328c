// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrows.h"
#include "feed/feedapplier.h"
#include "feed/feedimporter.h"
#include "importtesting.h"
#include "inventory/vehiclerows.h"
#include "inventory/vin.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportTesting;

/// Applying feeds source by source: a source's full feed replaces its own stock only, one
/// source's bad feed never touches another's, and a car another source holds is that car's error.
class TestFeedApplier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_connection;

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    qint64 scalar(const QString &sql) { return ImportTesting::scalar(db(), sql); }

    qint64 live(const QString &source)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND source = '%1'").arg(source));
    }

    /// A Meta catalog of Oslo dealer D1 with the cars given as "id:VIN".
    static QByteArray meta(const QStringList &cars, const QString &price = QStringLiteral("300000 NOK"))
    {
        QByteArray csv = "vehicle_id,vin,make,model,year,state_of_vehicle,mileage.value,mileage.unit,price,dealer_id,dealer_name,"
                         "address.city,address.country\n";
        for (const QString &c : cars)
            csv += QStringLiteral("%1,%2,Volvo,XC60,2021,USED,12000,KM,%3,D1,Nordic Motors,Oslo,NO\n")
                       .arg(c.section(QLatin1Char(':'), 0, 0), c.section(QLatin1Char(':'), 1), price)
                       .toUtf8();
        return csv;
    }

    FeedImporter::Report import(const QByteArray &bytes, const QString &source)
    {
        QFETCH_GLOBAL(qsizetype, bulkCars);
        FeedImporter::Options o;
        o.source = source;
        FeedImporter importer(db());
        importer.setBulkCars(bulkCars);
        return importer.importBytes(bytes, source + QStringLiteral(".csv"), o);
    }

    /// The stock's indexes as the schema defines them.
    QStringList vehicleIndexes()
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'vehicle' AND sql IS NOT NULL "
                              "ORDER BY name"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    // Every test twice: cars written one by one under the unique VIN index, and in bulk with the
    // indexes set aside and the VINs kept unique by the applier (a large feed's way).
    void initTestCase_data()
    {
        QTest::addColumn<qsizetype>("bulkCars");
        QTest::newRow("car by car") << qsizetype(1000000);
        QTest::newRow("in bulk") << qsizetype(1);
    }

    void init()
    {
        m_connection = QStringLiteral("a%1").arg(++m_serial);
        QVERIFY(Database::open(m_dir.filePath(m_connection + QStringLiteral(".sqlite")), m_connection).ok());
        QFile f(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(FeedImporter(db()).importBytes(f.readAll(), QStringLiteral("brand")).applied);
        for (const auto &[source, cars] : {std::pair("dealer-a", QStringList{"a1:YV9AE2B10TA100001", "a2:YV9AE2B12TA100002"}),
                                           std::pair("dealer-b", QStringList{"b1:YV9AE2B17TA200001", "b2:YV9AE2B19TA200002"})}) {
            const auto r = import(meta(cars), QLatin1String(source));
            QVERIFY2(r.applied && r.rejected == 0, qPrintable(issues(r)));
        }
        QCOMPARE(live(QStringLiteral("test")), 4);
    }

    void cleanup() { Database::close(m_connection); }

    void aFullFeedReplacesItsOwnStockOnly()
    {
        const auto r = import(meta({"a2:YV9AE2B12TA100002", "a3:YV9AE2B14TA100003"}), QStringLiteral("dealer-a"));
        QVERIFY2(r.applied, qPrintable(issues(r)));
        QCOMPARE(r.tombstoned, 1); // a1 left the dealer's feed: it leaves the finder at once
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'dealer-a-a1'")), 1);
        QCOMPARE(live(QStringLiteral("dealer-a")), 2);
        QCOMPARE(live(QStringLiteral("dealer-b")), 2);
        QCOMPARE(live(QStringLiteral("test")), 4);
        // The dealer each source named stays when it is no longer named.
        QVERIFY(import(meta({"a9:YV9AE2B15TA100009"}).replace("D1", "D2"), QStringLiteral("dealer-a")).applied);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM studio WHERE deleted = 0 AND id LIKE 'dealer-a-d%'")), 2);
    }

    void oneSourcesBadFeedNeverTouchesAnothers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("applied");
        QTest::newRow("a pdf") << QByteArray("%PDF-1.4\n...") << false;
        QTest::newRow("header only") << meta({}) << false;
        QTest::newRow("every row bad") << meta({"b1:NOT-A-VIN", "b2:YV9AE2B14TA20000I"}) << false;
        QTest::newRow("another currency") << meta({"b1:YV9AE2B17TA200001"}, QStringLiteral("300000 USD")) << false;
        // Rows that name dealer-a's cars by VIN: those rows are refused, the rest applied.
        QTest::newRow("other source's vins")
            << meta({"x1:YV9AE2B10TA100001", "b1:YV9AE2B17TA200001", "b2:YV9AE2B19TA200002"}) << true;
        QTest::newRow("truncated") << meta({"b1:YV9AE2B17TA200001", "b2:YV9AE2B19TA200002"}).chopped(60) << true;
    }
    void oneSourcesBadFeedNeverTouchesAnothers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, applied);
        const auto r = import(bytes, QStringLiteral("dealer-b"));
        QCOMPARE(r.applied, applied);
        QVERIFY(!r.fatal.isEmpty() || applied);
        QCOMPARE(live(QStringLiteral("dealer-a")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'dealer-a' AND deleted = 1")), 0);
        QCOMPARE(live(QStringLiteral("test")), 4);
        // A refused feed leaves the source's own stock as it was too.
        if (!applied)
            QCOMPARE(live(QStringLiteral("dealer-b")), 2);
    }

    void aVinAnotherSourceHoldsIsThatRowsError()
    {
        const auto r = import(meta({"x1:YV9AE2B10TA100001", "b1:YV9AE2B17TA200001"}), QStringLiteral("dealer-b"));
        QVERIFY2(r.applied, qPrintable(issues(r)));
        bool found = false;
        for (const RecordIssue &i : r.issues)
            found = found
                || i.toString()
                    == QStringLiteral("vehicles/dealer-b-x1: vin: YV9AE2B10TA100001 is already the VIN of "
                                      "vehicles/dealer-a-a1 (from dealer-a); this car is left out");
        QVERIFY2(found, qPrintable(issues(r)));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(live(QStringLiteral("dealer-b")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_issue WHERE record_id = 'dealer-b-x1' AND field = 'vin'")),
                 1);
    }

    void aVinFreedInTheSameFeedMovesToItsNewCar()
    {
        // Dealer a renumbers its stock: a1's VIN now belongs to a new stock id.
        const auto r = import(meta({"new-1:YV9AE2B10TA100001", "a2:YV9AE2B12TA100002"}), QStringLiteral("dealer-a"));
        QVERIFY2(r.applied && r.rejected == 0, qPrintable(issues(r)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND vin = 'YV9AE2B10TA100001'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'dealer-a-new-1'")), 0);
    }

    void aVinTakenAndFreedWithinOneFeed()
    {
        // b1 takes a new VIN and frees its old one, which b3 then takes: in file order, as a
        // unique index sees it. x9 asks for dealer-a's a2 VIN and is left out.
        const auto r = import(
            meta({"b1:YV9AE2B14TA200003", "b3:YV9AE2B17TA200001", "x9:YV9AE2B12TA100002", "b2:YV9AE2B19TA200002"}),
            QStringLiteral("dealer-b"));
        QVERIFY2(r.applied, qPrintable(issues(r)));
        QCOMPARE(r.rejected, 1);
        QStringList refused;
        for (const RecordIssue &i : r.issues) {
            if (i.severity == RecordIssue::Severity::Error)
                refused << i.recordId;
        }
        QCOMPARE(refused, QStringList{QStringLiteral("dealer-b-x9")});
        QCOMPARE(live(QStringLiteral("dealer-b")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND vin = 'YV9AE2B17TA200001' AND "
                                       "id = 'dealer-b-b3'")),
                 1);
        QCOMPARE(r.stock.written.size(), 3);
    }

    void theIndexesAreThereAfterAnImport()
    {
        const QStringList before = vehicleIndexes();
        QCOMPARE(before.size(), 1);
        QVERIFY(before.first().contains(QLatin1String("vehicle_vin")));
        QVERIFY(import(meta({"b1:YV9AE2B17TA200001", "b5:YV9AE2B14TA200003"}), QStringLiteral("dealer-b")).applied);
        QCOMPARE(vehicleIndexes(), before);
        // And the unique one holds: a second live car with a VIN is refused by the database.
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE vehicle SET vin = 'YV9AE2B10TA100001' WHERE id = 'dealer-b-b5'")));
        // So do the table's checks, set aside during a bulk write.
        QVERIFY(!q.exec(QStringLiteral("UPDATE vehicle SET condition = 'sold' WHERE id = 'dealer-b-b5'")));
    }

    /// A feed that is most of the stock has the unique VIN index built again in bulk: it is there
    /// as defined, answers as the table does, and a failure leaves it.
    void aFeedThatIsMostOfTheStockLeavesEveryIndexAsDefined()
    {
        const QStringList before = vehicleIndexes();
        QStringList cars;
        for (int i = 1; i <= 12; ++i) {
            QString vin = QStringLiteral("YV9AE2B1%1TA3000%2").arg(0).arg(i, 2, 10, QLatin1Char('0'));
            vin[8] = Vin::checkDigit(vin);
            cars << QStringLiteral("c%1:%2").arg(i).arg(vin);
        }
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON vehicle WHEN NEW.id = 'dealer-c-c12' "
                                      "BEGIN SELECT json('{'); END")));
        QVERIFY(!import(meta(cars), QStringLiteral("dealer-c")).applied);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER boom")));
        QCOMPARE(vehicleIndexes(), before);
        QCOMPARE(live(QStringLiteral("dealer-c")), 0);
        const auto r = import(meta(cars), QStringLiteral("dealer-c"));
        QVERIFY2(r.applied && r.rejected == 0, qPrintable(issues(r)));
        QCOMPARE(vehicleIndexes(), before);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle INDEXED BY vehicle_vin WHERE deleted = 0")),
                 scalar(QStringLiteral("SELECT count(*) FROM vehicle NOT INDEXED WHERE deleted = 0")));
        QVERIFY(scalar(QStringLiteral(
                    "SELECT count(*) FROM vehicle INDEXED BY vehicle_vin WHERE deleted = 0 AND source = 'dealer-c'"))
                == 12);
    }

    void aFailedImportLeavesTheStockAndItsIndexes()
    {
        const QStringList before = vehicleIndexes();
        const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM vehicle"));
        // The database fails on the second car (a malformed JSON in a trigger is an error, not a
        // constraint): the whole import is rolled back, including the indexes set aside.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON vehicle WHEN NEW.id = 'dealer-b-b7' "
                                      "BEGIN SELECT json('{'); END")));
        const auto r = import(meta({"b6:YV9AE2B14TA200003", "b7:YV9AE2B16TA200004", "b1:YV9AE2B17TA200001"}),
                              QStringLiteral("dealer-b"));
        QVERIFY(!r.applied);
        QVERIFY2(r.fatal.contains(QLatin1String("nothing was changed")), qPrintable(r.fatal));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER boom")));
        QCOMPARE(vehicleIndexes(), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle")), rows);
        QCOMPARE(live(QStringLiteral("dealer-b")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'dealer-b-b2'")), 0);
        QVERIFY(!q.exec(QStringLiteral("UPDATE vehicle SET price_minor = -1 WHERE id = 'dealer-b-b2'")));
    }

    void aCarTheTableRefusesIsThatCarsError()
    {
        QFETCH_GLOBAL(qsizetype, bulkCars);
        // Cars no feed check would pass, handed to the applier directly: the table's CHECK
        // constraints (in bulk, the applier standing in for them) refuse each one alone.
        const auto stock = VehicleRows(db()).vehicles();
        QVERIFY(stock);
        const auto b1 = std::find_if(stock->cbegin(), stock->cend(),
                                     [](const Vehicle &v) { return v.id == QLatin1String("dealer-b-b1"); });
        QVERIFY(b1 != stock->cend());
        Vehicle good = *b1, free = *b1, shortVin = *b1;
        good.id = QStringLiteral("dealer-b-c1");
        good.vin = QStringLiteral("YV9AE2B14TA200003");
        free.id = QStringLiteral("dealer-b-c2");
        free.vin = QStringLiteral("YV9AE2B16TA200004");
        free.price.minor = 0;
        shortVin.id = QStringLiteral("dealer-b-c3");
        shortVin.vin = QStringLiteral("YV9AE2B1");
        Feed feed;
        feed.source = QStringLiteral("dealer-b");
        feed.full = false;
        feed.stockOnly = true;
        feed.vehicles = {good, free, shortVin};
        FeedReport report;
        report.accepted = 3;
        FeedApplier applier(db());
        applier.setBulkCars(bulkCars);
        QVERIFY2(applier.apply(feed, QStringLiteral("test"), &report), qPrintable(report.fatal));
        QCOMPARE(report.rejected, 2);
        QStringList refused;
        for (const RecordIssue &i : report.issues) {
            QVERIFY2(i.problem.startsWith(QLatin1String("storage refused this car")), qPrintable(i.toString()));
            refused << i.recordId;
        }
        QCOMPARE(refused, (QStringList{QStringLiteral("dealer-b-c2"), QStringLiteral("dealer-b-c3")}));
        QCOMPARE(live(QStringLiteral("dealer-b")), 3);
        QCOMPARE(report.stock.written.size(), 1);
        // The checks are the table's again.
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE vehicle SET price_minor = 0 WHERE id = 'dealer-b-c1'")));
    }

    void aDealerFeedCannotTakeTheBrandsSource()
    {
        const auto r = import(meta({"z:YV9AE2B11TA900001"}), QStringLiteral("test"));
        QVERIFY(!r.applied);
        QVERIFY2(r.fatal.contains(QLatin1String("is a brand feed's")), qPrintable(r.fatal));
        QCOMPARE(live(QStringLiteral("test")), 4);
    }

    void storedCarsReadBackWithTheirOwnNames()
    {
        const auto cars = VehicleRows(db()).vehicles();
        QVERIFY(cars);
        const auto it = std::find_if(cars->cbegin(), cars->cend(),
                                     [](const Vehicle &v) { return v.id == QLatin1String("dealer-a-a1"); });
        QVERIFY(it != cars->cend());
        QCOMPARE(it->make, QStringLiteral("Volvo"));
        QCOMPARE(it->modelName, QStringLiteral("XC60"));
        QCOMPARE(it->mileage.unit, Mileage::Unit::Km);
        const auto catalog = CatalogRows(db()).catalog();
        const Studio *dealer = catalog->studio(it->location);
        QVERIFY(dealer);
        QCOMPARE(dealer->name, QStringLiteral("Nordic Motors"));
        QCOMPARE(dealer->market, QStringLiteral("no"));
        QVERIFY(!dealer->hasCoordinates);
    }
};

QTEST_GUILESS_MAIN(TestFeedApplier)
#include "tst_feedapplier.moc"
