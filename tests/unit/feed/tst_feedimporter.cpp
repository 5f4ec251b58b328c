#include "catalog/catalogrows.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"
#include "feed/feedimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The importer: validation of every record, atomic application, tombstones and reports.
class TestFeedImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_connection;

    QJsonObject smallFeed()
    {
        QFile f(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("small-feed.json missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static QJsonObject vehicle(const QJsonObject &feed, int index)
    {
        return feed.value(QStringLiteral("vehicles")).toArray().at(index).toObject();
    }

    static void setVehicle(QJsonObject &feed, int index, const QJsonObject &v)
    {
        QJsonArray a = feed.value(QStringLiteral("vehicles")).toArray();
        a[index] = v;
        feed[QStringLiteral("vehicles")] = a;
    }

    static bool hasIssue(const FeedImporter::Report &r, const QString &needle)
    {
        for (const RecordIssue &i : r.issues) {
            if (i.toString().contains(needle))
                return true;
        }
        return false;
    }

    static QString issues(const FeedImporter::Report &r)
    {
        QStringList out;
        for (const RecordIssue &i : r.issues)
            out << i.toString();
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + r.fatal;
    }

private slots:
    void init()
    {
        m_connection = QStringLiteral("t%1").arg(++m_serial);
        QVERIFY(Database::open(m_dir.filePath(m_connection + QStringLiteral(".sqlite")), m_connection).ok());
    }

    void cleanup() { Database::close(m_connection); }

    void importsValidFeed()
    {
        FeedImporter importer(db());
        QVERIFY(!importer.hasCatalog());
        const auto report = importer.importBytes(bytes(smallFeed()), QStringLiteral("test"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(report.rejected, 0);
        QVERIFY(importer.hasCatalog());
        CatalogRows reader(db());
        const auto counts = reader.counts();
        QVERIFY(counts);
        QCOMPARE(*VehicleRows(db()).count(), 4);
        QCOMPARE(counts->studios, 2);
        QCOMPARE(counts->models, 2);
        QCOMPARE(counts->rules, 2);

        const auto catalog = reader.catalog();
        QVERIFY(catalog);
        // The brand's order survives storage.
        QStringList optionOrder;
        for (const CatalogOption &o : catalog->options)
            optionOrder << o.id;
        QCOMPARE(optionOrder, (QStringList{QStringLiteral("white"), QStringLiteral("blue"), QStringLiteral("w19"), QStringLiteral("w21"),
                                           QStringLiteral("black"), QStringLiteral("heat-pump"), QStringLiteral("sport-chrono"),
                                           QStringLiteral("sport-pack")}));
        const CatalogOption *blue = catalog->option(QStringLiteral("blue"));
        QVERIFY(blue);
        QCOMPARE(blue->name.text(QStringLiteral("de")), QStringLiteral("Fjordblau"));
        QCOMPARE(blue->name.text(QStringLiteral("zh-Hans")), QStringLiteral("峡湾蓝"));
        QCOMPARE(blue->name.text(QStringLiteral("fr")), QStringLiteral("Fjord Blue")); // falls back to English
        QCOMPARE(blue->pricesMinor.value(QStringLiteral("no")), 1200000);
        const Studio *oslo = catalog->studio(QStringLiteral("oslo"));
        QVERIFY(oslo);
        QCOMPARE(oslo->weeklyHours[3].first().to, QTime(20, 0));
        QVERIFY(oslo->weeklyHours[6].isEmpty());
        QCOMPARE(oslo->exceptions.first().date, QDate(2026, 12, 24));
        const Market *no = catalog->market(QStringLiteral("no"));
        QVERIFY(no && no->taxes.size() == 2);
        QCOMPARE(*no->taxes.at(1).aboveMinor, 50000000);

        const auto vehicles = VehicleRows(db()).vehicles();
        QVERIFY(vehicles);
        QCOMPARE(vehicles->size(), 4);
        const auto us = std::find_if(vehicles->cbegin(), vehicles->cend(), [](const Vehicle &v) { return v.id == QLatin1String("v-4"); });
        QCOMPARE(us->mileage.unit, Mileage::Unit::Mi);
        QCOMPARE(us->price, (Money{6200000, QStringLiteral("USD")}));
    }

    void badRecordsAreReportedAndGoodOnesApplied()
    {
        QJsonObject feed = smallFeed();
        QJsonObject v = vehicle(feed, 0);
        v[QStringLiteral("vin")] = QStringLiteral("YV9AE2B14TA00000I"); // letter I
        setVehicle(feed, 0, v);
        v = vehicle(feed, 1);
        v[QStringLiteral("mileage")] = QJsonObject{{QStringLiteral("value"), QStringLiteral("12000")}, {QStringLiteral("unit"), QStringLiteral("km")}};
        setVehicle(feed, 1, v);
        v = vehicle(feed, 2);
        v[QStringLiteral("model")] = QStringLiteral("no-such-model");
        setVehicle(feed, 2, v);
        // A duplicate id, and a studio with a time zone that does not exist.
        QJsonArray vehicles = feed.value(QStringLiteral("vehicles")).toArray();
        vehicles.append(vehicle(feed, 3));
        feed[QStringLiteral("vehicles")] = vehicles;
        QJsonArray studios = feed.value(QStringLiteral("studios")).toArray();
        QJsonObject s = studios.at(1).toObject();
        s[QStringLiteral("timezone")] = QStringLiteral("Mars/Olympus_Mons");
        studios[1] = s;
        feed[QStringLiteral("studios")] = studios;

        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(feed), QStringLiteral("test"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-1: vin: character 17 is 'I'")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-2: mileage.value: must be a whole number")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-3: model: refers to models \"no-such-model\"")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-4: id: appears twice")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("studios/portland: timezone: \"Mars/Olympus_Mons\"")), qPrintable(issues(report)));
        // Portland was left out, so its car goes too — with its own reason.
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-4: location: refers to studios \"portland\"")), qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM studio WHERE deleted = 0")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM model WHERE deleted = 0")), 2);
        // The reasons are stored for staff.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM import_issue")) >= 6);
    }

    void wrongTypesEverywhere_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("needle");
        QTest::newRow("year as text") << "vehicles" << "year" << QJsonValue(QStringLiteral("2026")) << "year: must be a whole number";
        QTest::newRow("year out of range") << "vehicles" << "year" << QJsonValue(1850) << "year: is 1850";
        QTest::newRow("unknown condition") << "vehicles" << "condition" << QJsonValue(QStringLiteral("mint")) << "condition: is \"mint\"";
        QTest::newRow("price negative") << "vehicles" << "price" << QJsonValue(QJsonObject{{QStringLiteral("amount"), -5}, {QStringLiteral("currency"), QStringLiteral("NOK")}}) << "price.amount";
        QTest::newRow("price wrong currency") << "vehicles" << "price" << QJsonValue(QJsonObject{{QStringLiteral("amount"), 5000}, {QStringLiteral("currency"), QStringLiteral("EUR")}}) << "but oslo sells in NOK";
        QTest::newRow("mileage unit guessed") << "vehicles" << "mileage" << QJsonValue(QJsonObject{{QStringLiteral("value"), 100}}) << "never guesses the unit";
        QTest::newRow("options not a list") << "vehicles" << "options" << QJsonValue(QStringLiteral("heat-pump")) << "options: must be a list of ids";
        QTest::newRow("bad date") << "vehicles" << "added" << QJsonValue(QStringLiteral("yesterday")) << "added: \"yesterday\" is not a date";
        QTest::newRow("id with spaces") << "vehicles" << "id" << QJsonValue(QStringLiteral("V 1")) << "id: must be lower-case";
        QTest::newRow("name not text") << "models" << "name" << QJsonValue(42) << "name: must be a text";
        QTest::newRow("bev without range") << "models" << "specs" << QJsonValue(QJsonObject{{QStringLiteral("power_kw"), 100}, {QStringLiteral("accel_0_100_s"), 7}, {QStringLiteral("top_speed_kmh"), 180}, {QStringLiteral("seats"), 5}}) << "range_km: is required";
        QTest::newRow("paint hex") << "options" << "hex" << QJsonValue(QStringLiteral("blue")) << "is not a colour";
        QTest::newRow("hours overlap") << "studios" << "hours" << QJsonValue(QJsonObject{{QStringLiteral("mon"), QJsonArray{QJsonArray{QStringLiteral("10:00"), QStringLiteral("14:00")}, QJsonArray{QStringLiteral("13:00"), QStringLiteral("18:00")}}}}) << "overlapping";
    }
    void wrongTypesEverywhere()
    {
        QFETCH(QString, list);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, needle);
        QJsonObject feed = smallFeed();
        QJsonArray records = feed.value(list).toArray();
        // The second paint is the one with a hex; everything else changes its first record.
        const int index = list == QLatin1String("options") ? 1 : 0;
        QJsonObject record = records.at(index).toObject();
        record[field] = value;
        records[index] = record;
        feed[list] = records;
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(feed), QStringLiteral("test"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, needle), qPrintable(issues(report)));
        QVERIFY(report.rejected >= 1);
    }

    void wholeFeedRefusals_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("needle");
        const QByteArray good = bytes(smallFeed());
        QTest::newRow("truncated") << good.left(good.size() / 2) << "is the file truncated";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("array") << QByteArray("[1,2]") << "must be a JSON object";
        QTest::newRow("other format") << QByteArray(R"({"format":"meta-catalog","version":1})") << "not a Vitrine feed";
        QTest::newRow("newer version") << QByteArray(R"({"format":"vitrine-feed","version":7,"source":"x"})") << "update Vitrine";
        QTest::newRow("nothing valid") << QByteArray(R"({"format":"vitrine-feed","version":1,"source":"x","vehicles":[{"id":"a"}]})") << "no valid record";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "not valid JSON";
    }
    void wholeFeedRefusals()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, needle);
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        const auto report = importer.importBytes(data, QStringLiteral("bad"));
        QVERIFY(!report.applied);
        QVERIFY2(report.fatal.contains(needle), qPrintable(report.fatal));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 4);
    }

    void feedFailingHalfwayLeavesPreviousDataIntact()
    {
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        // Another source already holds a live car with the VIN the second feed's last car uses:
        // the unique index fails the write after the catalog and the first cars were written.
        QJsonObject other = smallFeed();
        other[QStringLiteral("source")] = QStringLiteral("other");
        QJsonObject changed = smallFeed();
        QJsonObject v = vehicle(changed, 0);
        v[QStringLiteral("price")] = QJsonObject{{QStringLiteral("amount"), 1}, {QStringLiteral("currency"), QStringLiteral("NOK")}};
        setVehicle(changed, 0, v);
        QJsonObject clash = vehicle(changed, 3);
        clash[QStringLiteral("id")] = QStringLiteral("v-99");
        QJsonArray vehicles = changed.value(QStringLiteral("vehicles")).toArray();
        vehicles[3] = clash;
        changed[QStringLiteral("vehicles")] = vehicles;
        changed[QStringLiteral("source")] = QStringLiteral("other");
        const auto report = importer.importBytes(bytes(changed), QStringLiteral("second"));
        QVERIFY(!report.applied);
        QVERIFY2(report.fatal.contains(QLatin1String("nothing was changed")), qPrintable(report.fatal));
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id = 'v-1'")), 71250000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE id = 'v-99'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_run")), 1);
    }

    void fullFeedTombstonesButKeepsRejectedRecords()
    {
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        QJsonObject feed = smallFeed();
        QJsonArray vehicles = feed.value(QStringLiteral("vehicles")).toArray();
        QJsonObject broken = vehicles.at(1).toObject();
        broken[QStringLiteral("condition")] = QStringLiteral("unknown");
        vehicles[1] = broken;   // v-2 is broken this time: keep the last good version
        vehicles.removeAt(2);   // v-3 is gone: tombstone it
        feed[QStringLiteral("vehicles")] = vehicles;
        const auto report = importer.importBytes(bytes(feed), QStringLiteral("second"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(report.tombstoned, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'v-3'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'v-2'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 3);
        // It comes back when a later feed carries it again.
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("third")).applied);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'v-3'")), 0);
    }

    void deltaFeedChangesAndRemoves()
    {
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        QJsonObject v = vehicle(smallFeed(), 0);
        v[QStringLiteral("price")] = QJsonObject{{QStringLiteral("amount"), 699000}, {QStringLiteral("currency"), QStringLiteral("NOK")}};
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("source"), QStringLiteral("test")},
                                {QStringLiteral("mode"), QStringLiteral("delta")},
                                {QStringLiteral("vehicles"), QJsonArray{v}},
                                {QStringLiteral("deleted"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("vehicle")},
                                                                                   {QStringLiteral("id"), QStringLiteral("v-2")}}}}};
        const auto report = importer.importBytes(bytes(delta), QStringLiteral("delta"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id = 'v-1'")), 69900000);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'v-2'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 3);
    }

    void demoFeedImportsCleanly()
    {
        const QString path = QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json");
        if (!QFile::exists(path))
            QSKIP("no demo feed in this checkout");
        FeedImporter importer(db());
        const auto report = importer.importFile(path);
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.warnings, 0);
        const auto c = CatalogRows(db()).counts();
        QVERIFY(*VehicleRows(db()).count() >= 600);
        QCOMPARE(c->studios, 6);
        QVERIFY(c->lines >= 4);
        QVERIFY(c->models >= 12);
        QVERIFY(c->options >= 40);
        QVERIFY(c->rules >= 15);
        QCOMPARE(c->markets, 5);
    }
};

QTEST_GUILESS_MAIN(TestFeedImporter)
#include "tst_feedimporter.moc"
