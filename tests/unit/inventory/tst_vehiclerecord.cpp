// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/vehiclerecord.h"
#include "inventory/vehiclestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

/// The stored form of a car: what write() gives, read() takes back unchanged; the brand's own
/// configured cars and dealers' listings (a trade-in of another make) alike.
class TestVehicleRecord : public QObject
{
    Q_OBJECT

    static Vehicle configured()
    {
        Vehicle v;
        v.id = QStringLiteral("v-1");
        v.vin = QStringLiteral("YV9AE2B14TA000001");
        v.model = QStringLiteral("aster-5");
        v.trim = QStringLiteral("aster-5-gt");
        v.year = 2026;
        v.condition = Vehicle::Condition::Cpo;
        v.mileage = {12000, Mileage::Unit::Mi};
        v.paint = QStringLiteral("blue");
        v.wheel = QStringLiteral("w21");
        v.interior = QStringLiteral("black");
        v.options = {QStringLiteral("heat-pump")};
        v.price = {7125050, QStringLiteral("NOK")};
        v.location = QStringLiteral("oslo");
        v.status = Vehicle::Status::Reserved;
        v.added = QDate(2026, 10, 1);
        v.registered = QDate(2025, 3, 2);
        v.images = {QStringLiteral("https://cdn.example/a.jpg")};
        v.updated = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        return v;
    }

    static Vehicle listing()
    {
        Vehicle v;
        v.id = QStringLiteral("meta-nordic-abc");
        v.vin = QStringLiteral("1FADP5AU6DL536022");
        v.make = QStringLiteral("Ford");
        v.modelName = QStringLiteral("Fusion \"SE\"");
        v.trimName = QStringLiteral("Titanium");
        v.body = QStringLiteral("saloon");
        v.powertrain = QStringLiteral("petrol");
        v.exteriorColor = QStringLiteral("Ruby Red\\Metallic");
        v.year = 2017;
        v.condition = Vehicle::Condition::Used;
        v.mileage = {1500, Mileage::Unit::Km};
        v.price = {1800000, QStringLiteral("USD")};
        v.location = QStringLiteral("meta-nordic-d1");
        v.added = QDate(2018, 2, 21);
        v.updated = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        return v;
    }

    static QJsonObject object(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

    static void compare(const Vehicle &a, const Vehicle &b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.vin, b.vin);
        QCOMPARE(a.model, b.model);
        QCOMPARE(a.trim, b.trim);
        QCOMPARE(a.make, b.make);
        QCOMPARE(a.modelName, b.modelName);
        QCOMPARE(a.trimName, b.trimName);
        QCOMPARE(a.body, b.body);
        QCOMPARE(a.powertrain, b.powertrain);
        QCOMPARE(a.exteriorColor, b.exteriorColor);
        QCOMPARE(a.interiorColor, b.interiorColor);
        QCOMPARE(a.year, b.year);
        QCOMPARE(a.condition, b.condition);
        QCOMPARE(a.mileage.value, b.mileage.value);
        QCOMPARE(a.mileage.unit, b.mileage.unit);
        QCOMPARE(a.paint, b.paint);
        QCOMPARE(a.options, b.options);
        QCOMPARE(a.price, b.price);
        QCOMPARE(a.location, b.location);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.added, b.added);
        QCOMPARE(a.registered, b.registered);
        QCOMPARE(a.images, b.images);
        QCOMPARE(a.updated, b.updated);
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Vehicle>("vehicle");
        QTest::newRow("configured") << configured();
        QTest::newRow("dealer listing") << listing();
        Vehicle mapped = listing();
        mapped.model = QStringLiteral("aster-5");
        QTest::newRow("mapped listing") << mapped;
        // Quotes, backslashes and characters beyond ASCII, at the start, within and at the end.
        Vehicle escaped = listing();
        escaped.modelName = QStringLiteral("\"XC60\" \\ B5");
        escaped.trimName = QStringLiteral("Ultimate Ø");
        escaped.exteriorColor = QStringLiteral("Krystall-hvit \U0001F697 \"perle\"");
        escaped.interiorColor = QStringLiteral("é");
        QTest::newRow("names to escape") << escaped;
    }
    void roundTrip()
    {
        QFETCH(Vehicle, vehicle);
        const QByteArray json = VehicleRecord::write(vehicle);
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QList<RecordIssue> issues;
        const auto back = VehicleRecord::read(object(json), &issues);
        QVERIFY2(back, qPrintable(issues.value(0).toString()));
        compare(*back, vehicle);
        // The compact store keeps a listing's own names too.
        compare(VehicleStore::from({vehicle}).at(0), vehicle);
    }

    /// The stored form, with its row's columns spliced back in, reads as the whole record does.
    void storedRoundTrip_data() { roundTrip_data(); }
    void storedRoundTrip()
    {
        QFETCH(Vehicle, vehicle);
        QByteArray stored;
        VehicleRecord::writeStored(vehicle, stored);
        QVERIFY(stored.size() < VehicleRecord::write(vehicle).size());
        const QByteArray id = vehicle.id.toUtf8(), vin = vehicle.vin.toUtf8(), location = vehicle.location.toUtf8(),
                         updated = VehicleRecord::timestampText(vehicle.updated).toUtf8(),
                         condition = Vehicle::conditionName(vehicle.condition).toUtf8();
        const VehicleRecord::Columns columns{id, vin, condition, location, updated};
        QByteArray whole;
        VehicleRecord::appendWhole(whole, stored, columns);
        QList<RecordIssue> issues;
        const auto back = VehicleRecord::read(object(whole), &issues);
        QVERIFY2(back, qPrintable(issues.value(0).toString()));
        compare(*back, vehicle);
        QCOMPARE(VehicleRecord::withDefaults(object(whole)), object(VehicleRecord::write(vehicle)));
        // A document stored whole is taken as it is.
        whole.clear();
        VehicleRecord::appendWhole(whole, VehicleRecord::write(vehicle), columns);
        QCOMPARE(whole, VehicleRecord::write(vehicle));
    }

    /// Column texts are escaped as JSON strings when spliced in, and a document of nothing but
    /// the columns' fields still reads as an object.
    void columnsSplicedInAreEscaped()
    {
        QByteArray whole;
        VehicleRecord::appendWhole(whole, "{}", {"car-1", "VIN\"\\\n", QByteArrayView(), "place-1", "2026-12-01T09:30:00Z"});
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(whole, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("vin")).toString(), QStringLiteral("VIN\"\\\n"));
        QVERIFY(!o.contains(QStringLiteral("condition"))); // NULL: nothing spliced in
        QCOMPARE(o.size(), 4);
    }

    void configuredCarsWithoutDealerFieldsReadAsBefore()
    {
        const QByteArray json = VehicleRecord::write(configured());
        QVERIFY(!json.contains("make"));
        QVERIFY(!json.contains("model_name"));
        const auto v = VehicleRecord::read(object(json), nullptr);
        QVERIFY(v && !v->isListing());
    }

    void vinIsTrimmedAndUpperCased()
    {
        QJsonObject o = object(VehicleRecord::write(configured()));
        o[QStringLiteral("vin")] = QStringLiteral("  yv9ae2b14ta000001 ");
        const auto v = VehicleRecord::read(o, nullptr);
        QVERIFY(v);
        QCOMPARE(v->vin, QStringLiteral("YV9AE2B14TA000001"));
        QVERIFY(VehicleRecord::write(*v).contains("\"vin\":\"YV9AE2B14TA000001\""));
    }

    void configuredCarsNeedTheirCatalogIds()
    {
        QJsonObject o = object(VehicleRecord::write(configured()));
        o.remove(QStringLiteral("paint"));
        QList<RecordIssue> issues;
        QVERIFY(!VehicleRecord::read(o, &issues));
        QCOMPARE(issues.value(0).toString(), QStringLiteral("vehicles/v-1: paint: is missing"));
    }

    void listingsNeedTheirNames()
    {
        QJsonObject o = object(VehicleRecord::write(listing()));
        o.remove(QStringLiteral("model_name"));
        QList<RecordIssue> issues;
        QVERIFY(!VehicleRecord::read(o, &issues));
        QVERIFY2(issues.value(0).toString().contains(QLatin1String("model_name: is missing")),
                 qPrintable(issues.value(0).toString()));
    }

    void lengthLimits()
    {
        QJsonObject o = object(VehicleRecord::write(listing()));
        o[QStringLiteral("model_name")] = QString(101, QLatin1Char('x'));
        QList<RecordIssue> issues;
        QVERIFY(!VehicleRecord::read(o, &issues));
        QVERIFY2(issues.value(0).problem.contains(QLatin1String("101 characters long; at most 100")),
                 qPrintable(issues.value(0).problem));

        o = object(VehicleRecord::write(listing()));
        QJsonArray images;
        for (int i = 0; i < 25; ++i)
            images << QStringLiteral("https://cdn.example/%1.jpg").arg(i);
        images[0] = QStringLiteral("https://cdn.example/") + QString(2100, QLatin1Char('a'));
        o[QStringLiteral("images")] = images;
        issues.clear();
        const auto v = VehicleRecord::read(o, &issues);
        QVERIFY(v);
        QCOMPARE(v->images.size(), VehicleRecord::kMaxImages);
        QCOMPARE(issues.size(), 2); // the too-long URL, and the pictures beyond 20
        QVERIFY(issues.at(1).problem.contains(QLatin1String("more than 20 pictures")));
    }

    void pictureUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://cdn.example/a.jpg?w=600" << true;
        QTest::newRow("http") << "http://cdn.example/a.jpg" << true;
        QTest::newRow("file") << "file:///media/usb/a.jpg" << true;
        QTest::newRow("no host") << "https:///a.jpg" << false;
        QTest::newRow("space") << "https://cdn.example/a b.jpg" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("relative") << "/a.jpg" << false;
        QTest::newRow("empty") << "" << false;
    }
    void pictureUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(VehicleRecord::isPictureUrl(url), ok);
    }
};

QTEST_GUILESS_MAIN(TestVehicleRecord)
#include "tst_vehiclerecord.moc"
