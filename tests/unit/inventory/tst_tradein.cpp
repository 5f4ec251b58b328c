// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrecords.h"
#include "common/recordissue.h"
#include "inventory/tradein.h"
#include "inventory/vin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Vehicle listing(const QString &id, const QString &make, const QString &model, int year, qint64 km, qint64 priceMajor,
                Vehicle::Condition condition = Vehicle::Condition::Used, const QString &currency = QStringLiteral("NOK"))
{
    Vehicle v;
    v.id = id;
    v.make = make;
    v.modelName = model;
    v.year = year;
    v.mileage = Mileage{km, Mileage::Unit::Km};
    v.price = Money{priceMajor * Money::kMinorPerMajor, currency};
    v.condition = condition;
    return v;
}

const TradeInEstimator::Names dealerNames = [](const Vehicle &v) { return std::pair(v.make, v.modelName); };

TradeInRequest xc60(TradeInRequest::Condition condition = TradeInRequest::Condition::Good)
{
    TradeInRequest r;
    r.make = QStringLiteral("Volvo");
    r.model = QStringLiteral("XC60");
    r.year = 2021;
    r.mileage = Mileage{40000, Mileage::Unit::Km};
    r.condition = condition;
    r.currency = QStringLiteral("NOK");
    return r;
}

// Four comparables worked by hand below, and six cars that are none.
QList<Vehicle> stock()
{
    return {
        listing(QStringLiteral("a"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2021, 40000, 400000),
        listing(QStringLiteral("b"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2022, 30000, 450000,
                Vehicle::Condition::Cpo),
        listing(QStringLiteral("c"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2020, 60000, 350000),
        listing(QStringLiteral("d"), QStringLiteral("VOLVO"), QStringLiteral(" xc60 "), 2019, 45000, 330000),
        // None of these: new, another currency, another model, too old, driven too far, another make.
        listing(QStringLiteral("e"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2023, 10, 600000, Vehicle::Condition::New),
        listing(QStringLiteral("f"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2021, 40000, 42000,
                Vehicle::Condition::Used, QStringLiteral("USD")),
        listing(QStringLiteral("g"), QStringLiteral("Volvo"), QStringLiteral("XC40"), 2021, 40000, 300000),
        listing(QStringLiteral("h"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2018, 40000, 280000),
        listing(QStringLiteral("i"), QStringLiteral("Volvo"), QStringLiteral("XC60"), 2021, 150000, 250000),
        listing(QStringLiteral("j"), QStringLiteral("Audi"), QStringLiteral("XC60"), 2021, 40000, 400000),
    };
}

qint64 major(qint64 m)
{
    return m * Money::kMinorPerMajor;
}

} // namespace

class TestTradeIn : public QObject
{
    Q_OBJECT
private slots:
    // Default policy: 6 % reconditioning and 12 % margin (x 0.82), 8 % a model year, 1.5 % per
    // 10,000 km. Each comparable moved to a 2021 XC60 with 40,000 km in good condition:
    //   a  2021, 40,000 km, 400,000:                                   x 0.82 = 328,000.00
    //   b  2022, 30,000 km, 450,000: x 0.92 (a year newer) x 0.985      x 0.82 = 334,387.80
    //   c  2020, 60,000 km, 350,000: / 0.92 x 1.03                      x 0.82 = 321,315.22
    //   d  2019, 45,000 km, 330,000: / 0.92^2 x 1.0075                  x 0.82 = 322,104.80
    // The middle half of four values: the 25th percentile at 0.25 x 5 = the 1.25th value, 321,315.22
    // + 0.25 x 789.58 = 321,512.62 -> 321,500 (down to the hundred), the 75th at the 3.75th,
    // 328,000 + 0.75 x 6,387.80 = 332,790.85 -> 332,800 (up).
    void rangeFromTheComparablesWorkedByHand()
    {
        const TradeInEstimate e = TradeInEstimator::estimate(xc60(), stock(), dealerNames);
        QVERIFY(e.valued);
        QCOMPARE(e.basis, 4);
        QCOMPARE(e.low, (Money{major(321500), QStringLiteral("NOK")}));
        QCOMPARE(e.high, (Money{major(332800), QStringLiteral("NOK")}));
        // The nearest three: the same year and mileage, then a year and 10,000 km, then a year and 20,000 km.
        QCOMPARE(e.closest.size(), 3);
        QCOMPARE(e.closest.at(0).vehicleId, QStringLiteral("a"));
        QCOMPARE(e.closest.at(1).vehicleId, QStringLiteral("b"));
        QCOMPARE(e.closest.at(2).vehicleId, QStringLiteral("c"));
        QCOMPARE(e.closest.at(0).tradeValue.minor, major(328000));
        QCOMPARE(e.closest.at(1).tradeValue.minor, 33438780);
    }

    // Fair condition takes 7 % off: 321,512.62 x 0.93 = 299,006.73 -> 299,000; 332,790.85 x 0.93
    // = 309,495.49 -> 309,500.
    void conditionMovesTheRange()
    {
        const TradeInEstimate e = TradeInEstimator::estimate(xc60(TradeInRequest::Condition::Fair), stock(), dealerNames);
        QVERIFY(e.valued);
        QCOMPARE(e.low.minor, major(299000));
        QCOMPARE(e.high.minor, major(309500));
        const TradeInEstimate excellent = TradeInEstimator::estimate(xc60(TradeInRequest::Condition::Excellent), stock(),
                                                                     dealerNames);
        QVERIFY(excellent.low.minor > major(321500));
    }

    // A mileage given in miles is the same car: 24,855 mi is 40,000 km.
    void milesAreMiles()
    {
        TradeInRequest r = xc60();
        r.mileage = Mileage{24855, Mileage::Unit::Mi};
        const TradeInEstimate e = TradeInEstimator::estimate(r, stock(), dealerNames);
        QCOMPARE(e.low.minor, major(321500));
        QCOMPARE(e.high.minor, major(332800));
        // 40,000 miles is 64,374 km: the same four cars are within reach, each driven less than
        // this one, so it is worth less than the 40,000 km car.
        r.mileage = Mileage{40000, Mileage::Unit::Mi};
        const TradeInEstimate further = TradeInEstimator::estimate(r, stock(), dealerNames);
        QVERIFY(further.valued);
        QCOMPARE(further.basis, 4);
        QVERIFY(further.high.minor < e.high.minor);
    }

    // Fewer comparables than the policy asks for: no number, and an expert values the car; the
    // few there are are still named.
    void tooFewComparablesSayNoNumber()
    {
        QList<Vehicle> few = stock();
        few.removeFirst();
        const TradeInEstimate e = TradeInEstimator::estimate(xc60(), few, dealerNames);
        QVERIFY(!e.valued);
        QCOMPARE(e.basis, 3);
        QCOMPARE(e.closest.size(), 3);
        QVERIFY(!e.low.isValid());
        TradeInPolicy lenient;
        lenient.minComparables = 3;
        QVERIFY(TradeInEstimator::estimate(xc60(), few, dealerNames, lenient).valued);
        // Nothing asked, nothing said.
        TradeInRequest blank = xc60();
        blank.model.clear();
        QCOMPARE(TradeInEstimator::estimate(blank, stock(), dealerNames).basis, 0);
    }

    // The brand's own cars are named through the caller (the catalog's make and model names).
    void namesComeFromTheCaller()
    {
        QList<Vehicle> own;
        for (int i = 0; i < 4; ++i) {
            Vehicle v = listing(QStringLiteral("own-%1").arg(i), QString(), QString(), 2021, 40000 + i * 1000, 500000);
            v.model = QStringLiteral("aster-5");
            own << v;
        }
        const TradeInEstimator::Names catalogNames = [](const Vehicle &v) {
            return v.model == QLatin1String("aster-5") ? std::pair(QStringLiteral("Nocturne"), QStringLiteral("Aster 5"))
                                                       : std::pair(v.make, v.modelName);
        };
        TradeInRequest r = xc60();
        r.make = QStringLiteral("nocturne");
        r.model = QStringLiteral("aster 5");
        QCOMPARE(TradeInEstimator::estimate(r, own, catalogNames).basis, 4);
        QCOMPARE(TradeInEstimator::estimate(r, own, dealerNames).basis, 0);
    }

    // The brand's terms come with the market in its feed; what is not given keeps its default,
    // and terms that leave no value are refused with the market.
    void termsFromTheMarket()
    {
        const auto market = [](const QByteArray &tradeIn, QList<RecordIssue> *issues) {
            const QByteArray json = R"({"id": "no", "name": {"en": "Norway"}, "currency": "NOK", "trade_in": )" + tradeIn + "}";
            return CatalogRecords::readMarket(QJsonDocument::fromJson(json).object(), issues);
        };
        QList<RecordIssue> issues;
        const auto no = market(R"({"reconditioning_percent": 8, "retail_margin_percent": 10, "min_comparables": 3})", &issues);
        QVERIFY(no);
        QCOMPARE(no->tradeIn.reconditioningPercent, 8.0);
        QCOMPARE(no->tradeIn.perYearPercent, 8.0); // the default
        const TradeInPolicy policy = TradeInPolicy::of(no->tradeIn);
        QCOMPARE(policy.minComparables, 3);
        // The same 0.82 of a listing as the defaults: the same range.
        const TradeInEstimate e = TradeInEstimator::estimate(xc60(), stock(), dealerNames, policy);
        QCOMPARE(e.low.minor, major(321500));
        QVERIFY(!market(R"({"reconditioning_percent": 50, "retail_margin_percent": 45})", &issues));
        QVERIFY(!market(R"({"per_year_percent": -1})", &issues));
        QVERIFY(!issues.isEmpty());
    }

    void vinSaysYearAndMaker_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("make");
        // North America, before 2010: a digit in position 7 (the classic example VIN).
        QTest::newRow("honda-2003") << QStringLiteral("1HGCM82633A004352") << 2003 << QStringLiteral("Honda");
        // Elsewhere: the most recent year of the code's cycle that is not in the future.
        QTest::newRow("volvo-2022") << QStringLiteral(" yv4a22rk5n1234567 ") << 2022 << QStringLiteral("Volvo");
        QTest::newRow("unknown-maker") << QStringLiteral("ZZZA22RK5L1234567") << 2020 << QString();
        QTest::newRow("not-a-vin") << QStringLiteral("XC60-2021") << 0 << QString();
        QTest::newRow("letter-o") << QStringLiteral("YV4A22RK5O1234567") << 0 << QString();
    }
    void vinSaysYearAndMaker()
    {
        QFETCH(QString, vin);
        QFETCH(int, year);
        QFETCH(QString, make);
        const auto facts = TradeInEstimator::readVin(vin, 2026);
        QCOMPARE(facts.year, year);
        QCOMPARE(facts.make, make);
    }

    // North America since 2010: a letter in position 7 moves the code a cycle on; the check
    // digit must hold there.
    void northAmericanCycle()
    {
        QString vin = QStringLiteral("5YJ3E1EA0KF317000");
        vin[8] = Vin::checkDigit(vin);
        QCOMPARE(TradeInEstimator::readVin(vin, 2026).year, 2019);
        QCOMPARE(TradeInEstimator::readVin(vin, 2026).make, QStringLiteral("Tesla"));
        QString wrong = vin;
        wrong[8] = wrong.at(8) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QCOMPARE(TradeInEstimator::readVin(wrong, 2026).year, 0);
    }
};

QTEST_GUILESS_MAIN(TestTradeIn)
#include "tst_tradein.moc"
