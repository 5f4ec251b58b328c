#include "pricing/financecalculator.h"

#include <QTest>

/// Finance figures against hand-computed values: 0 %, a plain loan, a balloon, and bad input.
class TestFinanceCalculator : public QObject
{
    Q_OBJECT
private slots:
    void zeroPercentSplitsExactly()
    {
        // 30,000.00 with 10,000.00 down over 48 months at 0 %: 20,000 / 48 = 416.666…
        const auto p = FinanceCalculator::plan({3000000, 1000000, 48, 0.0, 0});
        QVERIFY(p);
        QCOMPARE(p->monthlyMinor, 41667);              // 416.67, rounded up
        QCOMPARE(p->lastMonthlyMinor, 2000000 - 47 * 41667); // 416.51 takes the rounding
        QCOMPARE(p->lastMonthlyMinor, 41651);
        QCOMPARE(p->totalPayableMinor, 3000000);
        QCOMPARE(p->costOfCreditMinor, 0);
        QCOMPARE(p->nominalRatePercent, 0.0);
    }

    void plainLoan()
    {
        // 30,000.00 over 36 months at 5.9 % APR: monthly rate 1.059^(1/12) − 1 = 0.4790 %,
        // payment 30,000 × i / (1 − (1 + i)^−36) = 909.21… → 909.22.
        const auto p = FinanceCalculator::plan({3000000, 0, 36, 5.9, 0});
        QVERIFY(p);
        QCOMPARE(p->monthlyMinor, 90922);
        QVERIFY(qAbs(p->lastMonthlyMinor - 90922) <= 36); // within the cents rounding left over
        QCOMPARE(p->totalPayableMinor, 90922 * 35 + p->lastMonthlyMinor);
        QVERIFY(p->costOfCreditMinor > 270000 && p->costOfCreditMinor < 280000); // ≈ 2,731.7
        QVERIFY(qAbs(p->nominalRatePercent - 5.7462) < 0.001); // 12 × (1.059^(1/12) − 1)
        QCOMPARE(p->aprPercent, 5.9);
    }

    void balloon()
    {
        // 50,000.00, 10,000.00 down, 36 months at 4.9 %, 16,000.00 balloon:
        // (40,000 − 16,000 / (1 + i)^36) × i / (1 − (1 + i)^−36) = 780.99 (rounded up).
        const auto p = FinanceCalculator::plan({5000000, 1000000, 36, 4.9, 1600000});
        QVERIFY(p);
        QCOMPARE(p->monthlyMinor, 78099);
        QCOMPARE(p->financedMinor, 4000000);
        QCOMPARE(p->totalPayableMinor, 1000000 + 78099 * 35 + p->lastMonthlyMinor + 1600000);
        QCOMPARE(p->costOfCreditMinor, p->totalPayableMinor - 5000000);
        QVERIFY(p->costOfCreditMinor > 0);
        // Zero rate with a balloon: no cost of credit at all.
        const auto free = FinanceCalculator::plan({5000000, 1000000, 36, 0.0, 1600000});
        QCOMPARE(free->costOfCreditMinor, 0);
        QCOMPARE(free->monthlyMinor, 66667); // (40,000 − 16,000) / 36 = 666.67
    }

    void refusesWhatCannotBeOffered_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("deposit");
        QTest::addColumn<int>("term");
        QTest::addColumn<double>("apr");
        QTest::addColumn<qint64>("balloon");
        QTest::addColumn<int>("problem");
        QTest::newRow("no price") << qint64(0) << qint64(0) << 36 << 5.0 << qint64(0) << int(FinanceCalculator::Problem::NonPositivePrice);
        QTest::newRow("deposit is the price") << qint64(1000) << qint64(1000) << 36 << 5.0 << qint64(0) << int(FinanceCalculator::Problem::DepositOutOfRange);
        QTest::newRow("negative deposit") << qint64(1000) << qint64(-1) << 36 << 5.0 << qint64(0) << int(FinanceCalculator::Problem::DepositOutOfRange);
        QTest::newRow("balloon too big") << qint64(1000) << qint64(100) << 36 << 5.0 << qint64(900) << int(FinanceCalculator::Problem::BalloonOutOfRange);
        QTest::newRow("no term") << qint64(1000) << qint64(0) << 0 << 5.0 << qint64(0) << int(FinanceCalculator::Problem::TermOutOfRange);
        QTest::newRow("rate") << qint64(1000) << qint64(0) << 12 << 80.0 << qint64(0) << int(FinanceCalculator::Problem::RateOutOfRange);
    }
    void refusesWhatCannotBeOffered()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, deposit);
        QFETCH(int, term);
        QFETCH(double, apr);
        QFETCH(qint64, balloon);
        QFETCH(int, problem);
        const FinanceCalculator::Request r{price, deposit, term, apr, balloon};
        QCOMPARE(int(FinanceCalculator::check(r)), problem);
        QVERIFY(!FinanceCalculator::plan(r));
    }
};

QTEST_GUILESS_MAIN(TestFinanceCalculator)
#include "tst_financecalculator.moc"
