// SPDX-License-Identifier: GPL-3.0-or-later
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
        QCOMPARE(p->monthlyMinor, 41667);                    // 416.67, rounded up
        QCOMPARE(p->lastMonthlyMinor, 2000000 - 47 * 41667); // 416.51 takes the rounding
        QCOMPARE(p->lastMonthlyMinor, 41651);
        QCOMPARE(p->totalPayableMinor, 3000000);
        QCOMPARE(p->costOfCreditMinor, 0);
        QCOMPARE(p->nominalRatePercent, 0.0);
    }

    void plainLoan()
    {
        // 45,000.00 over 60 months at a nominal 6.9 %: monthly rate 6.9 / 12 = 0.575 %,
        // payment 45,000 × 0.00575 / (1 − 1.00575^−60) = 888.93… → 888.94; the schedule run in
        // cents leaves 888.38 for the last payment (computed by hand in exact decimals).
        const auto p = FinanceCalculator::plan({5000000, 500000, 60, 6.9, 0});
        QVERIFY(p);
        QCOMPARE(p->monthlyMinor, 88894);
        QCOMPARE(p->lastMonthlyMinor, 88838);
        QCOMPARE(p->totalPayableMinor, 5833584);
        QCOMPARE(p->costOfCreditMinor, 833584);
        QCOMPARE(p->interestMinor, 833584);
        QCOMPARE(p->feesMinor, 0);
        // Without fees the plan returns the contract's own monthly rate.
        QVERIFY(qAbs(p->monthlyReturn * 12 * 100 - 6.9) < 0.0005);
    }

    void feesCountInTheCostAndTheReturn()
    {
        // The same loan with a 495.00 arrangement fee: the payments stay, the cost of credit grows
        // by the fee, and the return on what the borrower actually received rises to 7.3648 % a year.
        const auto p = FinanceCalculator::plan({5000000, 500000, 60, 6.9, 0, 49500, 0});
        QVERIFY(p);
        QCOMPARE(p->monthlyMinor, 88894);
        QCOMPARE(p->totalPayableMinor, 5833584 + 49500);
        QCOMPARE(p->costOfCreditMinor, 833584 + 49500);
        QCOMPARE(p->feesMinor, 49500);
        QVERIFY(qAbs(p->monthlyReturn * 12 * 100 - 7.364795) < 0.0005);
        // A monthly fee is part of every payment.
        const auto m = FinanceCalculator::plan({45000000, 9000000, 36, 5.9, 18000000, 99000, 6500});
        QCOMPARE(m->monthlyMinor, 635280 + 6500);
        QCOMPARE(m->lastMonthlyMinor, 641765);
        QCOMPARE(m->feesMinor, 99000 + 36 * 6500);
        QCOMPARE(m->totalPayableMinor, 50203065);
    }

    void balloon()
    {
        // 50,000.00, 10,000.00 down, 36 months at a nominal 4.9 %, 16,000.00 balloon:
        // (40,000 − 16,000 / (1 + i)^36) × i / (1 − (1 + i)^−36) with i = 4.9 / 1200 = 783.56 (rounded up).
        const auto p = FinanceCalculator::plan({5000000, 1000000, 36, 4.9, 1600000});
        QVERIFY(p);
        QCOMPARE(p->monthlyMinor, 78356);
        QCOMPARE(p->financedMinor, 4000000);
        QCOMPARE(p->totalPayableMinor, 1000000 + 78356 * 35 + p->lastMonthlyMinor + 1600000);
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
        QTest::newRow("no price") << qint64(0) << qint64(0) << 36 << 5.0 << qint64(0)
                                  << int(FinanceCalculator::Problem::NonPositivePrice);
        QTest::newRow("deposit is the price")
            << qint64(1000) << qint64(1000) << 36 << 5.0 << qint64(0) << int(FinanceCalculator::Problem::DepositOutOfRange);
        QTest::newRow("negative deposit") << qint64(1000) << qint64(-1) << 36 << 5.0 << qint64(0)
                                          << int(FinanceCalculator::Problem::DepositOutOfRange);
        QTest::newRow("balloon too big") << qint64(1000) << qint64(100) << 36 << 5.0 << qint64(900)
                                         << int(FinanceCalculator::Problem::BalloonOutOfRange);
        QTest::newRow("no term") << qint64(1000) << qint64(0) << 0 << 5.0 << qint64(0)
                                 << int(FinanceCalculator::Problem::TermOutOfRange);
        QTest::newRow("rate") << qint64(1000) << qint64(0) << 12 << 80.0 << qint64(0)
                              << int(FinanceCalculator::Problem::RateOutOfRange);
        QTest::newRow("NaN rate") << qint64(1000) << qint64(0) << 12 << qQNaN() << qint64(0)
                                  << int(FinanceCalculator::Problem::RateOutOfRange);
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
