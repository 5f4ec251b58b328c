// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedparser.h"
#include "inventory/vehiclestore.h"
#include "syntheticstock.h"

#include <QFile>
#include <QTest>

/// The compact stock gives back every car exactly as it was put in, finds cars by id, and
/// shares what cars repeat.
class TestVehicleStore : public QObject
{
    Q_OBJECT
    QList<Vehicle> m_demo;
    Catalog m_catalog;

    static void sameCar(const Vehicle &a, const Vehicle &b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.vin, b.vin);
        QCOMPARE(a.model, b.model);
        QCOMPARE(a.trim, b.trim);
        QCOMPARE(a.year, b.year);
        QCOMPARE(a.condition, b.condition);
        QCOMPARE(a.mileage.value, b.mileage.value);
        QCOMPARE(a.mileage.unit, b.mileage.unit);
        QCOMPARE(a.paint, b.paint);
        QCOMPARE(a.wheel, b.wheel);
        QCOMPARE(a.interior, b.interior);
        QCOMPARE(a.options, b.options);
        QCOMPARE(a.price.minor, b.price.minor);
        QCOMPARE(a.price.currency, b.price.currency);
        QCOMPARE(a.location, b.location);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.added, b.added);
        QCOMPARE(a.registered, b.registered);
        QCOMPARE(a.images, b.images);
        QCOMPARE(a.updated.isValid(), b.updated.isValid());
        if (a.updated.isValid())
            QCOMPARE(a.updated.toMSecsSinceEpoch(), b.updated.toMSecsSinceEpoch());
    }

private slots:
    void everyCarsOwnPicturesFit()
    {
        // Dealers' photos differ car by car: far more distinct URLs than names the store numbers.
        VehicleStore store;
        Vehicle v;
        v.id = QStringLiteral("x");
        v.vin = QStringLiteral("YV9AE2B14TA000001");
        for (int i = 0; i < 70000; ++i) {
            v.images = {QStringLiteral("https://cdn.example/%1/a.jpg").arg(i),
                        QStringLiteral("https://cdn.example/%1/b.jpg").arg(i)};
            store.append(v);
        }
        QCOMPARE(store.at(69999).images, v.images);
        QCOMPARE(store.at(69999).vin, v.vin);
        QCOMPARE(store.at(0).images.first(), QStringLiteral("https://cdn.example/0/a.jpg"));
        v.images.clear();
        store.append(v);
        QVERIFY(store.at(70000).images.isEmpty());
    }

    void initTestCase()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = FeedParser::parse(file.readAll());
        QVERIFY(parsed.feed);
        m_catalog = FeedParser::catalogOf(*parsed.feed);
        m_demo = parsed.feed->vehicles;
        QVERIFY(m_demo.size() > 600);
    }

    void everyCarComesBackWhole()
    {
        QList<Vehicle> cars = m_demo + SyntheticStock::vehicles(m_catalog, 5000, 7);
        // The edges: no dates, no update time, miles, pictures, an empty equipment list.
        Vehicle odd = cars.first();
        odd.id = QStringLiteral("odd-ø-車");
        odd.vin = QStringLiteral("WSV00000000000001");
        odd.added = {};
        odd.registered = {};
        odd.updated = {};
        odd.options.clear();
        odd.images = {QStringLiteral("https://example.com/a.jpg"), QStringLiteral("https://example.com/b.jpg")};
        odd.mileage = {123456, Mileage::Unit::Mi};
        odd.status = Vehicle::Status::InTransit;
        cars << odd;
        // Text beyond ASCII where the store writes UTF-8 itself, and an empty picture between two.
        odd.id = QStringLiteral("odd-2");
        odd.vin = QStringLiteral("VÍN-ø-車-1");
        odd.images = {QStringLiteral("https://example.com/bilde-ø.jpg"), QString(), QStringLiteral("https://例え.jp/車.jpg")};
        cars << odd;
        const VehicleStore store = VehicleStore::from(cars);
        QCOMPARE(store.size(), cars.size());
        for (qsizetype i = 0; i < cars.size(); ++i) {
            sameCar(store.at(i), cars.at(i));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("car %1 (%2)").arg(i).arg(cars.at(i).id)));
            QCOMPARE(store.idAt(i), cars.at(i).id);
        }
        const QList<Vehicle> back = store.toList();
        QCOMPARE(back.size(), cars.size());
    }

    void findsById()
    {
        const VehicleStore store = VehicleStore::from(m_demo);
        const Vehicle &wanted = m_demo.at(m_demo.size() / 2);
        QCOMPARE(store.indexOf(wanted.id), m_demo.size() / 2);
        const auto found = store.find(wanted.id);
        QVERIFY(found);
        sameCar(*found, wanted);
        QCOMPARE(store.indexOf(QStringLiteral("no-such-car")), -1);
        QVERIFY(!store.find(QStringLiteral("no-such-car")));
    }

    void repeatedNamesAreShared()
    {
        const VehicleStore store = VehicleStore::from(m_demo);
        // Two cars of the same model hold the very same string data, not two copies.
        qsizetype a = -1, b = -1;
        for (qsizetype i = 0; i < m_demo.size() && b < 0; ++i) {
            if (m_demo.at(i).model == m_demo.first().model)
                (a < 0 ? a : b) = i;
        }
        QVERIFY(b > a && a >= 0);
        QCOMPARE(store.at(a).model.constData(), store.at(b).model.constData());
    }

    void dealersNamesAreKeptOncePerCombination()
    {
        // Cars with the same names share a listing, whether they follow each other or not and
        // whether or not their names are the same strings; a car differing in one name has its own.
        const auto car = [&](const char *id, const QString &model, const QString &colour) {
            Vehicle v = m_demo.first();
            v.id = QLatin1String(id);
            v.make = QStringLiteral("Volvo");
            v.modelName = model;
            v.body = QStringLiteral("suv");
            v.exteriorColor = colour;
            return v;
        };
        const QString xc60 = QStringLiteral("XC60");
        Vehicle brand = m_demo.at(1);
        brand.make.clear();
        const QList<Vehicle> cars{car("a", xc60, QStringLiteral("Crystal White")),
                                  car("b", QString(xc60.constData(), xc60.size()), QStringLiteral("Crystal White")),
                                  car("c", xc60, QStringLiteral("Onyx Black")),
                                  car("d", xc60, QStringLiteral("Crystal White")),
                                  brand,
                                  car("e", QStringLiteral("XC40"), QStringLiteral("Onyx Black"))};
        const VehicleStore store = VehicleStore::from(cars);
        QCOMPARE(store.listingAt(1), store.listingAt(0));
        QCOMPARE(store.listingAt(3), store.listingAt(0));
        QVERIFY(store.listingAt(2) != store.listingAt(0));
        QVERIFY(store.listingAt(5) != store.listingAt(2));
        QCOMPARE(store.listingAt(4), 0u);
        QCOMPARE(store.listingCount(), 4); // none, and three combinations
        for (qsizetype i = 0; i < cars.size(); ++i) {
            const Vehicle back = store.at(i);
            QCOMPARE(back.make, cars.at(i).make);
            QCOMPARE(back.modelName, cars.at(i).modelName);
            QCOMPARE(back.body, cars.at(i).body);
            QCOMPARE(back.exteriorColor, cars.at(i).exteriorColor);
        }
    }

    void appendingAfterFinishStillWorks()
    {
        VehicleStore store = VehicleStore::from(m_demo.mid(0, 10));
        store.finish();
        store.append(m_demo.at(10));
        QCOMPARE(store.size(), 11);
        sameCar(store.at(10), m_demo.at(10));
        sameCar(store.at(3), m_demo.at(3));
    }
};

QTEST_MAIN(TestVehicleStore)
#include "tst_vehiclestore.moc"
