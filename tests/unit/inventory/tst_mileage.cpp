// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/vehicle.h"

#include <QTest>

/// A mileage keeps the unit it was written in, and one without a unit is never given one.
class TestMileage : public QObject
{
    Q_OBJECT
private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("miles");
        QTest::addColumn<bool>("unitGiven");
        QTest::newRow("google miles") << "24000 miles" << qint64(24000) << true << true;
        QTest::newRow("google KM") << "121000 KM" << qint64(121000) << false << true;
        QTest::newRow("grouped mi") << "24,000 mi" << qint64(24000) << true << true;
        QTest::newRow("german km") << "121.000 km" << qint64(121000) << false << true;
        QTest::newRow("no space") << "500km" << qint64(500) << false << true;
        QTest::newRow("kilometres") << "15 Kilometres" << qint64(15) << false << true;
        QTest::newRow("number alone") << "1500" << qint64(1500) << false << false;
    }
    void reads()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QFETCH(bool, miles);
        QFETCH(bool, unitGiven);
        const Mileage::Reading r = Mileage::read(text);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.mileage.value, value);
        QCOMPARE(r.unitGiven, unitGiven);
        if (unitGiven)
            QCOMPARE(r.mileage.unit, miles ? Mileage::Unit::Mi : Mileage::Unit::Km);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("furlongs") << "24000 furlongs"
                                  << "not a unit of distance";
        QTest::newRow("decimals") << "1.5 km"
                                  << "not a whole number";
        QTest::newRow("negative") << "-5 km"
                                  << "negative";
        QTest::newRow("too far") << "2,000,001 km"
                                 << "more than 2000000";
        QTest::newRow("nothing") << "km"
                                 << "is empty";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Mileage::Reading r = Mileage::read(text);
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(reason), qPrintable(r.problem));
    }

    void unitNames()
    {
        QCOMPARE(Mileage::unitNamed(u"MI"), Mileage::Unit::Mi);
        QCOMPARE(Mileage::unitNamed(u"Miles"), Mileage::Unit::Mi);
        QCOMPARE(Mileage::unitNamed(u"KM"), Mileage::Unit::Km);
        QCOMPARE(Mileage::unitNamed(u"kilometers"), Mileage::Unit::Km);
        QVERIFY(!Mileage::unitNamed(u"m"));
        QVERIFY(!Mileage::unitNamed(u""));
    }
};

QTEST_GUILESS_MAIN(TestMileage)
#include "tst_mileage.moc"
