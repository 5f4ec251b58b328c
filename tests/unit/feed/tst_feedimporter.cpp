// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrows.h"
#include "feed/feedimporter.h"
#include "importtesting.h"
#include "inventory/inventoryindex.h"
#include "inventory/vehiclerecord.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"
#include "syntheticdealerfeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportTesting;

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

    qint64 scalar(const QString &sql) { return ImportTesting::scalar(db(), sql); }

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

    /// The brand's feed, whose markets tell the dealers' (Norway's, in kroner), then a dealer
    /// group's first feed of 300 cars as "meta-group", written as `bulkCars` says. False, with the
    /// reason logged, when either is not applied whole.
    bool importGroup(FeedImporter &importer, FeedImporter::Options &options, qsizetype bulkCars)
    {
        if (!importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied)
            return false;
        importer.setBulkCars(bulkCars);
        options.source = QStringLiteral("meta-group");
        const auto first = importer.importBytes(SyntheticDealerFeed::metaCsv(300, 3), QStringLiteral("group.csv"), options);
        if (!first.applied || first.rejected != 0)
            qWarning().noquote() << "the group's first feed was not applied whole:" << first.fatal << issues(first);
        return first.applied && first.rejected == 0;
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
        QCOMPARE(optionOrder,
                 (QStringList{QStringLiteral("white"), QStringLiteral("blue"), QStringLiteral("w19"), QStringLiteral("w21"),
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
        const auto us = std::find_if(vehicles->cbegin(), vehicles->cend(),
                                     [](const Vehicle &v) { return v.id == QLatin1String("v-4"); });
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
        v[QStringLiteral("mileage")] = QJsonObject{{QStringLiteral("value"), QStringLiteral("12000")},
                                                   {QStringLiteral("unit"), QStringLiteral("km")}};
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
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-2: mileage.value: must be a whole number")),
                 qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-3: model: refers to models \"no-such-model\"")),
                 qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-4: id: appears twice")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("studios/portland: timezone: \"Mars/Olympus_Mons\"")),
                 qPrintable(issues(report)));
        // Portland was left out, so its car goes too — with its own reason.
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-4: location: refers to studios \"portland\"")),
                 qPrintable(issues(report)));
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
        QTest::newRow("year as text") << "vehicles"
                                      << "year" << QJsonValue(QStringLiteral("2026")) << "year: must be a whole number";
        QTest::newRow("year out of range") << "vehicles"
                                           << "year" << QJsonValue(1850) << "year: is 1850";
        QTest::newRow("unknown condition") << "vehicles"
                                           << "condition" << QJsonValue(QStringLiteral("mint")) << "condition: is \"mint\"";
        QTest::newRow("price negative") << "vehicles"
                                        << "price"
                                        << QJsonValue(QJsonObject{{QStringLiteral("amount"), -5},
                                                                  {QStringLiteral("currency"), QStringLiteral("NOK")}})
                                        << "price.amount";
        QTest::newRow("price wrong currency")
            << "vehicles"
            << "price"
            << QJsonValue(QJsonObject{{QStringLiteral("amount"), 5000}, {QStringLiteral("currency"), QStringLiteral("EUR")}})
            << "but oslo sells in NOK";
        QTest::newRow("mileage unit guessed")
            << "vehicles"
            << "mileage" << QJsonValue(QJsonObject{{QStringLiteral("value"), 100}}) << "never guesses the unit";
        QTest::newRow("options not a list") << "vehicles"
                                            << "options" << QJsonValue(QStringLiteral("heat-pump"))
                                            << "options: must be a list of ids";
        QTest::newRow("bad date") << "vehicles"
                                  << "added" << QJsonValue(QStringLiteral("yesterday")) << "added: \"yesterday\" is not a date";
        QTest::newRow("id with spaces") << "vehicles"
                                        << "id" << QJsonValue(QStringLiteral("V 1")) << "id: must be lower-case";
        QTest::newRow("name not text") << "models"
                                       << "name" << QJsonValue(42) << "name: must be a text";
        QTest::newRow("bev without range") << "models"
                                           << "specs"
                                           << QJsonValue(QJsonObject{{QStringLiteral("power_kw"), 100},
                                                                     {QStringLiteral("accel_0_100_s"), 7},
                                                                     {QStringLiteral("top_speed_kmh"), 180},
                                                                     {QStringLiteral("seats"), 5}})
                                           << "range_km: is required";
        QTest::newRow("paint hex") << "options"
                                   << "hex" << QJsonValue(QStringLiteral("blue")) << "is not a colour";
        QTest::newRow("hours overlap") << "studios"
                                       << "hours"
                                       << QJsonValue(QJsonObject{
                                              {QStringLiteral("mon"),
                                               QJsonArray{QJsonArray{QStringLiteral("10:00"), QStringLiteral("14:00")},
                                                          QJsonArray{QStringLiteral("13:00"), QStringLiteral("18:00")}}}})
                                       << "overlapping";
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
        QTest::newRow("nothing valid") << QByteArray(
            R"({"format":"vitrine-feed","version":1,"source":"x","vehicles":[{"id":"a"}]})")
                                       << "no valid record";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "the file is a PNG image";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") << "the file is a PDF document";
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>") << "an HTML page";
        QTest::newRow("not a table") << QByteArray("hello\nworld\n") << "neither JSON nor a table";
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
        // The last write of the import fails after the catalog and every car were written.
        QSqlQuery(db()).exec(QStringLiteral("CREATE TRIGGER refuse_run BEFORE INSERT ON import_run "
                                            "BEGIN SELECT RAISE(ABORT, 'sqlite internals'); END"));
        QJsonObject changed = smallFeed();
        QJsonObject v = vehicle(changed, 0);
        v[QStringLiteral("price")] = QJsonObject{{QStringLiteral("amount"), 1},
                                                 {QStringLiteral("currency"), QStringLiteral("NOK")}};
        setVehicle(changed, 0, v);
        const auto report = importer.importBytes(bytes(changed), QStringLiteral("second"));
        QVERIFY(!report.applied);
        QVERIFY2(report.fatal.contains(QLatin1String("nothing was changed")), qPrintable(report.fatal));
        // A person reads what happened, never SQLite's own words.
        QVERIFY2(!report.fatal.contains(QLatin1String("sqlite internals")), qPrintable(report.fatal));
        QVERIFY2(!report.fatal.contains(QLatin1String("Unable to")), qPrintable(report.fatal));
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id = 'v-1'")), 71250000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_run")), 1);
    }

    void carOfAnotherSourceIsThatCarsErrorNotTheFeeds()
    {
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        // Another source lists the same ids (v-1 … v-3) and, under a new id, a car with v-4's VIN:
        // the unique VIN index would have failed the whole transaction.
        QJsonObject other = smallFeed();
        other[QStringLiteral("source")] = QStringLiteral("other");
        QJsonObject v = vehicle(other, 0);
        v[QStringLiteral("price")] = QJsonObject{{QStringLiteral("amount"), 1},
                                                 {QStringLiteral("currency"), QStringLiteral("NOK")}};
        setVehicle(other, 0, v);
        QJsonObject clash = vehicle(other, 3);
        clash[QStringLiteral("id")] = QStringLiteral("v-99");
        setVehicle(other, 3, clash);
        const auto report = importer.importBytes(bytes(other), QStringLiteral("second"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY2(hasIssue(report,
                          QStringLiteral("vehicles/v-99: vin: 5SVAE2B17TA000004 is already the VIN of vehicles/v-4 (from test)")),
                 qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-1: id: is the id of a car another source listed first")),
                 qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id = 'v-1'")), 71250000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE id = 'v-99'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'test' AND deleted = 0")), 4);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM import_issue WHERE record_id = 'v-99'")) == 1);
    }

    void aRefreshKeepsWhenEachCarWasFirstListed_data()
    {
        QTest::addColumn<qsizetype>("bulkCars");
        QTest::newRow("car by car") << qsizetype(100000);
        QTest::newRow("in bulk") << qsizetype(100);
    }

    // A dealer group's feed a day later, as each refresh brings it: the cars it sold leave, the
    // new ones are listed from today, and each car it still lists keeps the day it was first
    // listed, as stored; its VINs stay theirs against another source's feed.
    void aRefreshKeepsWhenEachCarWasFirstListed()
    {
        QFETCH(qsizetype, bulkCars);
        FeedImporter importer(db());
        FeedImporter::Options options;
        QVERIFY(importGroup(importer, options, bulkCars));
        const qint64 reduced = scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id LIKE 'meta-group-sk-0000007-%'"));
        // As though the group's first feed had come in March.
        QSqlQuery q(db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE vehicle SET doc = json_set(doc, '$.added', '2026-03-01') WHERE source = 'meta-group'")));

        const auto later = importer.importBytes(SyntheticDealerFeed::metaCsvLater(300, 3, 1), QStringLiteral("group.csv"),
                                                options);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QVERIFY2(later.applied && later.rejected == 0, qPrintable(later.fatal + issues(later)));
        QCOMPARE(later.tombstoned, 6); // one in fifty sold
        QCOMPARE(later.stock.removed.size(), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'meta-group' AND deleted = 0")), 300);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM vehicle WHERE deleted = 0 AND json_extract(doc, '$.added') = '2026-03-01'")),
                 294);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND json_extract(doc, '$.added') = '%1'")
                            .arg(today)),
                 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'meta-group' AND deleted = 1")), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id LIKE 'meta-group-sk-0000051-%'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id LIKE 'meta-group-sk-0000007-%'")),
                 reduced - 100000);
        // The finder is given the same dates.
        qsizetype march = 0;
        for (const Vehicle &v : later.stock.written)
            march += v.added == QDate(2026, 3, 1) ? 1 : 0;
        QCOMPARE(march, 294);

        // Another source's feed of the same cars under its own ids: each is refused for the VIN
        // the group's car holds, named with its source.
        QByteArray other = SyntheticDealerFeed::metaCsvLater(300, 3, 1);
        other.replace("\r\nSK-", "\r\nOT-");
        options.source = QStringLiteral("meta-other");
        const auto clash = importer.importBytes(other, QStringLiteral("other.csv"), options);
        QVERIFY2(clash.applied, qPrintable(clash.fatal));
        QCOMPARE(clash.rejected, 300);
        QVERIFY2(hasIssue(clash, QStringLiteral("is already the VIN of vehicles/meta-group-sk-0000000-")),
                 qPrintable(issues(clash)));
        for (const RecordIssue &issue : clash.issues) {
            if (issue.list == VehicleRows::list())
                QVERIFY2(issue.problem.endsWith(QStringLiteral("(from meta-group); this car is left out")),
                         qPrintable(issue.problem));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'meta-other'")), 0);
    }

    void anUnchangedCarIsNotWrittenAgain_data() { aRefreshKeepsWhenEachCarWasFirstListed_data(); }

    // The same feed a day later: a car alike in every field is not written again, and keeps the
    // stamp of its last change in storage and in the finder; a cheaper or new car is written.
    void anUnchangedCarIsNotWrittenAgain()
    {
        QFETCH(qsizetype, bulkCars);
        FeedImporter importer(db());
        FeedImporter::Options options;
        QVERIFY(importGroup(importer, options, bulkCars));
        // As though the group's cars had last changed in March, stored as the importer writes them.
        const QDateTime march(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        VehicleRows rows(db());
        const auto stored = rows.vehicles();
        QVERIFY(stored);
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("BEGIN")));
        for (Vehicle v : *stored) {
            if (!v.id.startsWith(QStringLiteral("meta-group-")))
                continue;
            v.updated = march;
            QString error;
            QCOMPARE(rows.write(v, QStringLiteral("meta-group"), &error), DocumentTable::Written::Yes);
        }
        rows.table().finishWrites();
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("COMMIT")));
        const QString stamp = VehicleRecord::timestampText(march);
        const QString unchanged = QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'meta-group' AND deleted = 0 "
                                                 "AND updated = '%1'")
                                      .arg(stamp);
        QCOMPARE(scalar(unchanged), 300);

        const auto later = importer.importBytes(SyntheticDealerFeed::metaCsvLater(300, 3, 1), QStringLiteral("group.csv"),
                                                options);
        QVERIFY2(later.applied && later.rejected == 0, qPrintable(later.fatal + issues(later)));
        QCOMPARE(later.accepted, 300);
        // 300 cars, bar 6 sold and 15 a thousand kroner cheaper.
        QCOMPARE(scalar(unchanged), 279);
        // The cheaper ones and the 6 new ones carry this import's stamp (in the column: the stored
        // document leaves it there).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'meta-group' AND deleted = 0 AND "
                                       "updated > '%1' AND json_extract(doc, '$.updated') IS NULL")
                            .arg(stamp)),
                 21);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE id LIKE 'meta-group-sk-0000007-%' AND updated > '%1'")
                            .arg(stamp)),
                 1);
        // The finder is given the cars as stored.
        qsizetype inMarch = 0;
        for (const Vehicle &v : later.stock.written)
            inMarch += v.updated == march ? 1 : 0;
        QCOMPARE(later.stock.written.size(), 300);
        QCOMPARE(inMarch, 279);
    }

    void fullFeedTombstonesButKeepsRejectedRecords()
    {
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        QJsonObject feed = smallFeed();
        QJsonArray vehicles = feed.value(QStringLiteral("vehicles")).toArray();
        QJsonObject broken = vehicles.at(1).toObject();
        broken[QStringLiteral("condition")] = QStringLiteral("unknown");
        vehicles[1] = broken; // v-2 is broken this time: keep the last good version
        vehicles.removeAt(2); // v-3 is gone: tombstone it
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
        v[QStringLiteral("price")] = QJsonObject{{QStringLiteral("amount"), 699000},
                                                 {QStringLiteral("currency"), QStringLiteral("NOK")}};
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("source"), QStringLiteral("test")},
                                {QStringLiteral("mode"), QStringLiteral("delta")},
                                {QStringLiteral("vehicles"), QJsonArray{v}},
                                {QStringLiteral("deleted"),
                                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("vehicle")},
                                                        {QStringLiteral("id"), QStringLiteral("v-2")}}}}};
        const auto report = importer.importBytes(bytes(delta), QStringLiteral("delta"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id = 'v-1'")), 69900000);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM vehicle WHERE id = 'v-2'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 3);
    }

    void vinIsTrimmedAndUpperCasedBeforeItIsCheckedAndStored()
    {
        QJsonObject feed = smallFeed();
        QJsonObject v = vehicle(feed, 3);
        v[QStringLiteral("vin")] = QStringLiteral("  5svae2b17ta000004 ");
        setVehicle(feed, 3, v);
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(feed), QStringLiteral("test"));
        QVERIFY2(report.applied && report.rejected == 0, qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE vin = '5SVAE2B17TA000004' AND deleted = 0")), 1);
        // And the car's record, as exported, says it so.
        const auto documents = VehicleRows(db()).documents();
        QVERIFY(documents);
        QCOMPARE(std::count_if(documents->cbegin(), documents->cend(),
                               [](const QJsonValue &d) {
                                   return d.toObject().value(QStringLiteral("vin")) == QLatin1String("5SVAE2B17TA000004");
                               }),
                 1);
    }

    void deltaFeedIsCheckedAgainstTheStoredMarketOfItsPlaces_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("needle");
        // YV9 is not a North-American WMI: only Portland's market (us-or, from storage) makes
        // its check digit binding.
        QTest::newRow("check digit") << "YV9AE2B10TA000009"
                                     << "USD"
                                     << "vin: check digit is 0, expected 9";
        QTest::newRow("currency") << "5SVAE2B17TA000004"
                                  << "NOK"
                                  << "price: is in NOK but portland sells in USD";
    }
    void deltaFeedIsCheckedAgainstTheStoredMarketOfItsPlaces()
    {
        QFETCH(QString, vin);
        QFETCH(QString, currency);
        QFETCH(QString, needle);
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("first")).applied);
        QJsonObject v = vehicle(smallFeed(), 3);
        v[QStringLiteral("vin")] = vin;
        v[QStringLiteral("price")] = QJsonObject{{QStringLiteral("amount"), 61000}, {QStringLiteral("currency"), currency}};
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("source"), QStringLiteral("test")},
                                {QStringLiteral("mode"), QStringLiteral("delta")},
                                {QStringLiteral("vehicles"), QJsonArray{v}}};
        const auto report = importer.importBytes(bytes(delta), QStringLiteral("delta"));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/v-4: ") + needle), qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT price_minor FROM vehicle WHERE id = 'v-4'")), 6200000); // as before
    }

    void anEntryThatIsNotAnObjectIsThatEntrysError()
    {
        QJsonObject feed = smallFeed();
        QJsonArray vehicles = feed.value(QStringLiteral("vehicles")).toArray();
        vehicles.insert(1, 42);
        vehicles.insert(2, QStringLiteral("v-9"));
        vehicles.insert(3, QJsonObject{{QStringLiteral("vin"), QStringLiteral("x")}}); // and one without an id
        feed[QStringLiteral("vehicles")] = vehicles;
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(feed), QStringLiteral("test"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/#2: is not an object")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/#3: is not an object")), qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("vehicles/#4: id: is missing")), qPrintable(issues(report)));
        QCOMPARE(report.rejected, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")), 4);
    }

    void lengthLimitsAreRefusedWithTheReasonStored()
    {
        QJsonObject feed = smallFeed();
        QJsonArray studios = feed.value(QStringLiteral("studios")).toArray();
        QJsonObject portland = studios.at(1).toObject();
        portland[QStringLiteral("name")] = QString(150, QLatin1Char('P'));
        studios[1] = portland;
        feed[QStringLiteral("studios")] = studios;
        QJsonArray options = feed.value(QStringLiteral("options")).toArray();
        QJsonObject blue = options.at(1).toObject();
        blue[QStringLiteral("description")] = QJsonObject{{QStringLiteral("en"), QString(2500, QLatin1Char('d'))}};
        options[1] = blue;
        feed[QStringLiteral("options")] = options;
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(feed), QStringLiteral("test"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("studios/portland: name: is 150 characters long; at most 100")),
                 qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("options/blue: description: the en text is 2500 characters long; at most 2000")),
                 qPrintable(issues(report)));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM import_issue WHERE record_id = 'portland' AND problem LIKE '%at most 100%'")),
                 1);
    }

    void formatsAreRecognisedOrNamed()
    {
        FeedImporter importer(db());
        QVERIFY(importer.importBytes(bytes(smallFeed()), QStringLiteral("brand")).applied);
        const QByteArray tsv = "vehicle_id\tvin\tmake\tmodel\tyear\tstate_of_vehicle\tprice\tdealer_id\n"
                               "q1\t5SVAE2B12TA000055\tVolvo\tXC60\t2021\tNEW\t31000 USD\tP1\n";
        FeedImporter::Options options;
        options.market = QStringLiteral("us-or");
        auto report = importer.importBytes(tsv, QStringLiteral("/media/usb/Nordic Motors.tsv"), options);
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(report.format, QStringLiteral("a Meta automotive catalog (TSV)"));
        QCOMPARE(report.source, QStringLiteral("meta-nordic-motors"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE source = 'meta-nordic-motors' AND deleted = 0")), 1);
        // A named format reads what recognition could not tell, and never makes a PDF a feed.
        options.format = FeedFormat::fromName(QStringLiteral("google-tsv"));
        report = importer.importBytes(tsv, QStringLiteral("x.tsv"), options);
        QVERIFY(!report.applied);
        QVERIFY2(report.fatal.contains(QLatin1String("need a vin column")) || report.fatal.contains(QLatin1String("no car")),
                 qPrintable(report.fatal));
        report = importer.importBytes("%PDF-1.5", QStringLiteral("x.csv"), options);
        QVERIFY2(report.fatal.contains(QLatin1String("the file is a PDF document")), qPrintable(report.fatal));
        QCOMPARE(FeedImporter::defaultSource(*FeedFormat::fromName(QStringLiteral("google")),
                                             QStringLiteral("C:/feeds/ÅSE Bil 2026.csv")),
                 QStringLiteral("google-se-bil-2026"));
    }

    void aliasesMapDealerCarsAndDealersWithoutAPositionHaveNoDistance()
    {
        QJsonObject feed = smallFeed();
        feed[QStringLiteral("model_aliases")] = QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("aster-e")},
                        {QStringLiteral("make"), QStringLiteral("Nocturne")},
                        {QStringLiteral("model"), QStringLiteral("Aster E")},
                        {QStringLiteral("catalog_model"), QStringLiteral("aster-e")}}};
        FeedImporter importer(db());
        auto report = importer.importBytes(bytes(feed), QStringLiteral("brand"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        const QByteArray csv =
            "vin,store_code,dealership_name,dealership_address,price,condition,make,model,year\n"
            "5SVAE2B12TA000055,G1,Gresham Cars,\"9 Main St, Gresham, OR, US\",\"61,000.00 USD\",new,NOCTURNE,aster-e,2026\n";
        report = importer.importBytes(csv, QStringLiteral("gresham.csv"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        const auto cars = VehicleRows(db()).vehicles();
        const auto it = std::find_if(cars->cbegin(), cars->cend(),
                                     [](const Vehicle &v) { return v.make == QLatin1String("NOCTURNE"); });
        QVERIFY(it != cars->cend());
        QCOMPARE(it->model, QStringLiteral("aster-e"));
        const auto catalog = CatalogRows(db()).catalog();
        QVERIFY(!catalog->studio(it->location)->hasCoordinates);
        InventoryFilter near;
        near.originLat = 45.5;
        near.originLon = -122.6;
        near.limit = 10;
        near.sort = InventoryFilter::Sort::Distance;
        const auto result = InventoryIndex::build(*cars, *catalog)->query(near);
        QCOMPARE(result.total, 5);
        QCOMPARE(result.page.last().id, it->id); // unknown distance comes last
        QVERIFY(!result.page.last().distanceKm);
        QVERIFY(result.page.first().distanceKm);
        near.radiusKm = 20000;
        QCOMPARE(InventoryIndex::build(*cars, *catalog)->query(near).total, 4); // never "within" any radius
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
