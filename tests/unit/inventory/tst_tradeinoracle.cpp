// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/tradein.h"
#include "tradeinstock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

/// What the rule in tradein.h says an estimate is, worked again from those lines (not from
/// tradein.cpp): the test's own reading of the documented rule.
struct Oracle {
    struct Comparable {
        QString id;
        double distance = 0;
        qint64 value = 0; ///< minor units
    };
    int basis = 0;
    bool valued = false;
    double q25 = 0, q75 = 0;       ///< minor units, before rounding to the hundred
    QList<Comparable> comparables; ///< nearest first

    static double km(const Mileage &m) { return m.unit == Mileage::Unit::Mi ? double(m.value) * 1.609344 : double(m.value); }
    static QString plain(const QString &name) { return name.simplified().toCaseFolded(); }

    static double percentile(const std::vector<qint64> &sorted, double p)
    {
        const double index = std::clamp(p * double(sorted.size() + 1) - 1, 0.0, double(sorted.size() - 1));
        const auto lower = size_t(index);
        if (lower + 1 >= sorted.size())
            return double(sorted.back());
        return double(sorted[lower]) + (index - double(lower)) * double(sorted[lower + 1] - sorted[lower]);
    }

    static Oracle of(const TradeInRequest &r, const QList<Vehicle> &stock, const TradeInEstimator::Names &names,
                     const TradeInPolicy &policy)
    {
        Oracle o;
        if (r.make.isEmpty() || r.model.isEmpty() || r.year == 0 || r.currency.isEmpty())
            return o;
        const double theirKm = km(r.mileage);
        const double condition = r.condition == TradeInRequest::Condition::Excellent ? 1.03
            : r.condition == TradeInRequest::Condition::Fair                         ? 0.93
                                                                                     : 1.0;
        for (const Vehicle &v : stock) {
            if (v.condition == Vehicle::Condition::New || v.price.currency != r.currency || v.price.minor <= 0)
                continue;
            const double carKm = km(v.mileage);
            if (std::abs(v.year - r.year) > policy.yearsAround || std::abs(carKm - theirKm) > policy.mileageAroundKm)
                continue;
            const auto [make, model] = names(v);
            if (plain(make).isEmpty() || plain(make) != plain(r.make) || plain(model) != plain(r.model))
                continue;
            const double byYear = std::pow(1.0 - policy.perYearPct / 100.0, v.year - r.year);
            const double byKm = std::clamp(1.0 + policy.per10kKmPct / 100.0 * (carKm - theirKm) / 10000.0, 0.6, 1.4);
            const double lessMargins = 1.0 - (policy.reconditioningPct + policy.retailMarginPct) / 100.0;
            const double value = double(v.price.minor) * byYear * byKm * condition * lessMargins;
            o.comparables << Comparable{v.id, std::abs(v.year - r.year) + std::round(std::abs(carKm - theirKm)) / 20000.0,
                                        qint64(std::round(value))};
        }
        std::sort(o.comparables.begin(), o.comparables.end(), [](const Comparable &a, const Comparable &b) {
            return a.distance != b.distance ? a.distance < b.distance : a.id < b.id;
        });
        o.basis = int(o.comparables.size());
        o.valued = o.basis >= std::max(1, policy.minComparables);
        if (o.valued) {
            std::vector<qint64> values;
            for (const Comparable &c : std::as_const(o.comparables))
                values.push_back(c.value);
            std::sort(values.begin(), values.end());
            o.q25 = percentile(values, 0.25);
            o.q75 = percentile(values, 0.75);
        }
        return o;
    }
};

constexpr double kHundred = 100.0 * Money::kMinorPerMajor;

// The documented rounding of a percentile, allowing the code's own sums to land a minor unit
// either side of the test's (the order of a float product is not part of the rule).
bool roundedDown(qint64 low, double q)
{
    return low == qint64(std::floor((q - 1) / kHundred) * kHundred) || low == qint64(std::floor((q + 1) / kHundred) * kHundred);
}

bool roundedUp(qint64 high, double q)
{
    return high == qint64(std::ceil((q - 1) / kHundred) * kHundred) || high == qint64(std::ceil((q + 1) / kHundred) * kHundred);
}

TradeInPolicy randomPolicy(QRandomGenerator &rng)
{
    TradeInPolicy p;
    p.reconditioningPct = rng.bounded(12.0);
    p.retailMarginPct = 5 + rng.bounded(12.0);
    p.perYearPct = 3 + rng.bounded(10.0);
    p.per10kKmPct = rng.bounded(4.0);
    p.yearsAround = 1 + rng.bounded(3);
    p.mileageAroundKm = 15000 + rng.bounded(70000);
    p.minComparables = rng.bounded(9); // 0 asks for at least one
    return p;
}

/// The estimator's answer against the oracle's; empty when they agree.
QString disagreement(const TradeInEstimate &e, const Oracle &o, const QString &currency)
{
    if (e.basis != o.basis)
        return QStringLiteral("basis %1, the rule says %2").arg(e.basis).arg(o.basis);
    if (e.valued != o.valued)
        return QStringLiteral("valued %1, the rule says %2").arg(e.valued).arg(o.valued);
    if (e.valued) {
        if (e.low.currency != currency || e.high.currency != currency)
            return QStringLiteral("range in %1, asked in %2").arg(e.low.currency, currency);
        if (!roundedDown(e.low.minor, o.q25))
            return QStringLiteral("low %1, the 25th percentile is %2").arg(e.low.minor).arg(o.q25, 0, 'f', 2);
        if (!roundedUp(e.high.minor, o.q75))
            return QStringLiteral("high %1, the 75th percentile is %2").arg(e.high.minor).arg(o.q75, 0, 'f', 2);
    } else if (e.low.isValid() || e.high.isValid()) {
        return QStringLiteral("a range without a valuation");
    }
    if (e.closest.size() != std::min<qsizetype>(3, o.comparables.size()))
        return QStringLiteral("%1 closest").arg(e.closest.size());
    for (qsizetype i = 0; i < e.closest.size(); ++i) {
        const TradeInComparable &c = e.closest.at(i);
        const Oracle::Comparable &x = o.comparables.at(i);
        if (c.vehicleId != x.id)
            return QStringLiteral("closest %1 is %2, the rule says %3").arg(i).arg(c.vehicleId, x.id);
        if (std::abs(c.tradeValue.minor - x.value) > 1 || c.tradeValue.currency != currency)
            return QStringLiteral("%1 is worth %2, the rule says %3").arg(c.vehicleId).arg(c.tradeValue.minor).arg(x.value);
    }
    return {};
}

// n cars of the same model, year and mileage as the visitor's, so each trade value is its price
// less the margins: the range then shows the spread of the prices alone.
QList<Vehicle> twins(const QList<double> &pricesMajor)
{
    QList<Vehicle> cars;
    for (qsizetype i = 0; i < pricesMajor.size(); ++i) {
        Vehicle v;
        v.id = QStringLiteral("twin-%1").arg(i, 3, 10, QLatin1Char('0'));
        v.make = QStringLiteral("Volvo");
        v.modelName = QStringLiteral("XC60");
        v.year = 2021;
        v.condition = Vehicle::Condition::Used;
        v.mileage = Mileage{40000, Mileage::Unit::Km};
        v.price = Money{qint64(pricesMajor.at(i) * Money::kMinorPerMajor), QStringLiteral("NOK")};
        cars << v;
    }
    return cars;
}

TradeInRequest twinRequest()
{
    TradeInRequest r;
    r.make = QStringLiteral("Volvo");
    r.model = QStringLiteral("XC60");
    r.year = 2021;
    r.mileage = Mileage{40000, Mileage::Unit::Km};
    r.currency = QStringLiteral("NOK");
    return r;
}

qint64 width(const QList<Vehicle> &cars)
{
    const TradeInEstimate e = TradeInEstimator::estimate(twinRequest(), cars, TradeInStock::names());
    return e.valued ? e.high.minor - e.low.minor : -1;
}

} // namespace

/// TradeInEstimator against an independent reading of its documented rule, over seeded random
/// stock and requests, and the properties a visitor relies on: miles are miles, no number
/// without enough cars, and a thin basis never looks surer than a broad one.
class TestTradeInOracle : public QObject
{
    Q_OBJECT

    const QList<Vehicle> m_stock = TradeInStock::vehicles(4000, 20261101);

private slots:
    void agreesWithTheRuleOverRandomRequests()
    {
        QRandomGenerator rng(17);
        int valued = 0, unvalued = 0, none = 0;
        const auto names = TradeInStock::names();
        // The kiosk's index over the same stock must say exactly what the scan says.
        const TradeInIndex index(m_stock, names);
        for (int i = 0; i < 3000; ++i) {
            const TradeInRequest r = TradeInStock::request(rng);
            const TradeInPolicy policy = i % 4 == 0 ? TradeInPolicy{} : randomPolicy(rng);
            const TradeInEstimate e = TradeInEstimator::estimate(r, m_stock, names, policy);
            const Oracle o = Oracle::of(r, m_stock, names, policy);
            QString problem = disagreement(e, o, r.currency);
            if (problem.isEmpty())
                problem = disagreement(index.estimate(r, policy), o, r.currency);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("request %1 (%2 %3 %4, %5 %6, %7): %8")
                                    .arg(i)
                                    .arg(r.make, r.model)
                                    .arg(r.year)
                                    .arg(r.mileage.value)
                                    .arg(r.mileage.unitName(), r.currency, problem)));
            (o.basis == 0 ? none : o.valued ? valued : unvalued)++;
        }
        // The requests reach every case, often.
        QVERIFY2(valued > 1000 && unvalued > 50 && none > 100,
                 qPrintable(QStringLiteral("%1 valued, %2 too few, %3 none").arg(valued).arg(unvalued).arg(none)));
    }

    // The same cars listed in miles and in km, asked about in either: the same estimate. Mileages
    // are multiples of 15,625 mi, exactly 25,146 km, so both listings say the same distance.
    void unitsAreNeverMixed()
    {
        constexpr qint64 kStepMi = 15625, kStepKm = 25146;
        QList<Vehicle> inKm = m_stock, inMi = m_stock, mixed = m_stock;
        QRandomGenerator rng(29);
        for (qsizetype i = 0; i < m_stock.size(); ++i) {
            const qint64 steps = qRound64(Oracle::km(m_stock.at(i).mileage) / double(kStepKm));
            inKm[i].mileage = Mileage{steps * kStepKm, Mileage::Unit::Km};
            inMi[i].mileage = Mileage{steps * kStepMi, Mileage::Unit::Mi};
            mixed[i].mileage = rng.bounded(2) ? inKm.at(i).mileage : inMi.at(i).mileage;
        }
        const auto names = TradeInStock::names();
        int compared = 0;
        for (int i = 0; i < 400; ++i) {
            TradeInRequest km = TradeInStock::request(rng);
            const qint64 steps = qRound64(Oracle::km(km.mileage) / double(kStepKm));
            km.mileage = Mileage{steps * kStepKm, Mileage::Unit::Km};
            TradeInRequest mi = km;
            mi.mileage = Mileage{steps * kStepMi, Mileage::Unit::Mi};
            const TradeInEstimate reference = TradeInEstimator::estimate(km, inKm, names);
            for (const auto &[request, stock] : {std::pair(&mi, &inMi), std::pair(&km, &inMi), std::pair(&mi, &inKm),
                                                 std::pair(&km, &mixed), std::pair(&mi, &mixed)}) {
                const TradeInEstimate e = TradeInEstimator::estimate(*request, *stock, names);
                QCOMPARE(e.basis, reference.basis);
                QCOMPARE(e.valued, reference.valued);
                QCOMPARE(e.low, reference.low);
                QCOMPARE(e.high, reference.high);
                QCOMPARE(e.closest.size(), reference.closest.size());
                for (qsizetype c = 0; c < e.closest.size(); ++c) {
                    QCOMPARE(e.closest.at(c).vehicleId, reference.closest.at(c).vehicleId);
                    QVERIFY(std::abs(e.closest.at(c).tradeValue.minor - reference.closest.at(c).tradeValue.minor) <= 1);
                    // Each comparable keeps the unit it is listed in.
                    const Mileage &listed = std::find_if(stock->cbegin(), stock->cend(), [&](const Vehicle &v) {
                                                return v.id == e.closest.at(c).vehicleId;
                                            })->mileage;
                    QCOMPARE(e.closest.at(c).mileage.value, listed.value);
                    QVERIFY(e.closest.at(c).mileage.unit == listed.unit);
                }
            }
            compared += reference.valued;
        }
        QVERIFY2(compared > 100, qPrintable(QString::number(compared)));

        // A car listed at 40,000 miles is not one at 40,000 km (64,374 km is 24,374 km further).
        Vehicle car;
        car.id = QStringLiteral("miles");
        car.make = QStringLiteral("Volvo");
        car.modelName = QStringLiteral("XC60");
        car.year = 2021;
        car.condition = Vehicle::Condition::Used;
        car.mileage = Mileage{40000, Mileage::Unit::Mi};
        car.price = Money{30000000, QStringLiteral("NOK")};
        TradeInRequest r;
        r.make = QStringLiteral("Volvo");
        r.model = QStringLiteral("XC60");
        r.year = 2021;
        r.mileage = Mileage{40000, Mileage::Unit::Km};
        r.currency = QStringLiteral("NOK");
        TradeInPolicy near;
        near.mileageAroundKm = 20000;
        near.minComparables = 1;
        QCOMPARE(TradeInEstimator::estimate(r, {car}, names, near).basis, 0);
        r.mileage = Mileage{40000, Mileage::Unit::Mi};
        const TradeInEstimate same = TradeInEstimator::estimate(r, {car}, names, near);
        QCOMPARE(same.basis, 1);
        QCOMPARE(same.closest.first().tradeValue.minor, qint64(30000000) * 82 / 100); // the margins alone
    }

    // Below the market's minimum there is no number, whatever the cars say; at it there is one.
    void belowTheMinimumNoNumber()
    {
        QRandomGenerator rng(41);
        const auto names = TradeInStock::names();
        int checked = 0;
        while (checked < 300) {
            const TradeInRequest r = TradeInStock::request(rng);
            TradeInPolicy policy;
            policy.minComparables = 1;
            const int basis = TradeInEstimator::estimate(r, m_stock, names, policy).basis;
            if (basis == 0) {
                QVERIFY(!TradeInEstimator::estimate(r, m_stock, names, policy).valued);
                continue;
            }
            ++checked;
            policy.minComparables = basis + 1 + rng.bounded(3);
            const TradeInEstimate few = TradeInEstimator::estimate(r, m_stock, names, policy);
            QVERIFY(!few.valued);
            QVERIFY(!few.low.isValid() && !few.high.isValid());
            QCOMPARE(few.basis, basis);
            QCOMPARE(few.closest.size(), std::min(3, basis)); // still named for the expert
            policy.minComparables = basis;
            const TradeInEstimate enough = TradeInEstimator::estimate(r, m_stock, names, policy);
            QVERIFY(enough.valued);
            QVERIFY(enough.low.minor <= enough.high.minor);
            QCOMPARE(enough.low.minor % qint64(kHundred), 0);
            QCOMPARE(enough.high.minor % qint64(kHundred), 0);
        }
    }
    // Fewer comparables of the same spread never give a narrower range: a thin basis must not
    // look surer than a broad one. Prices evenly spread with the same standard deviation (and
    // again between the same cheapest and dearest), then on average over random prices.
    void rangesWidenAsComparablesThinOut()
    {
        constexpr double kMean = 400000, kDeviation = 30000;
        const auto even = [](int n, double step) {
            QList<double> prices;
            for (int i = 0; i < n; ++i)
                prices << kMean + (i - (n - 1) / 2.0) * step;
            return prices;
        };
        const QList<int> sizes{4, 8, 16, 32, 64};
        qint64 wider = std::numeric_limits<qint64>::max(), widerSameEnds = wider;
        for (int n : sizes) {
            const qint64 sameDeviation = width(twins(even(n, kDeviation * std::sqrt(12.0 / (double(n) * n - 1)))));
            const qint64 sameEnds = width(twins(even(n, 2 * kDeviation / (n - 1))));
            QVERIFY2(sameDeviation > 0 && sameDeviation <= wider,
                     qPrintable(QStringLiteral("%1 cars: %2, fewer: %3").arg(n).arg(sameDeviation).arg(wider)));
            QVERIFY2(sameEnds > 0 && sameEnds <= widerSameEnds,
                     qPrintable(QStringLiteral("%1 cars: %2, fewer: %3").arg(n).arg(sameEnds).arg(widerSameEnds)));
            wider = sameDeviation;
            widerSameEnds = sameEnds;
        }

        QRandomGenerator rng(53);
        const auto normal = [&rng] { // Box-Muller
            const double u = 1.0 - rng.generateDouble(), v = rng.generateDouble();
            return kMean + kDeviation * std::sqrt(-2.0 * std::log(u)) * std::cos(2 * M_PI * v);
        };
        double previous = std::numeric_limits<double>::max();
        QStringList seen;
        // Beyond a few dozen cars the widths differ by less than the trials' noise.
        for (int n : {4, 8, 16, 32}) {
            double total = 0;
            constexpr int kTrials = 1500;
            for (int t = 0; t < kTrials; ++t) {
                QList<double> prices;
                for (int i = 0; i < n; ++i)
                    prices << normal();
                total += double(width(twins(prices)));
            }
            const double mean = total / kTrials / Money::kMinorPerMajor;
            seen << QStringLiteral("%1 cars: %2").arg(n).arg(qRound64(mean));
            QVERIFY2(mean <= previous, qPrintable(seen.join(QStringLiteral(", "))));
            previous = mean;
        }
        qInfo("mean width of the range over random prices: %s", qPrintable(seen.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestTradeInOracle)
#include "tst_tradeinoracle.moc"
