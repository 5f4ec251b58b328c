// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/financepolicy.h"

#include <QTest>

/// One finance policy per market: defaults and choices, and the rate disclosed as the market's
/// law defines it, against figures worked out by hand in exact decimals (the monthly payment by
/// the annuity formula at nominal / 12, the schedule run in cents, the rate by the plan's return).
/// The table printed at the end is the "finance table per market".
class TestFinancePolicy : public QObject
{
    Q_OBJECT

    static Market market(const QString &id, const QString &currency, FinanceTerms::Disclosure disclosure, double rate,
                         qint64 arrangementFee, qint64 monthlyFee, double maxBalloon = 40)
    {
        Market m;
        m.id = id;
        m.currency = currency;
        m.finance.disclosure = disclosure;
        m.finance.nominalRatePercent = rate;
        m.finance.termsMonths = {12, 24, 36, 48, 60, 72};
        m.finance.defaultTermMonths = 36;
        m.finance.minDepositPercent = 0;
        m.finance.defaultDepositPercent = 20;
        m.finance.maxDepositPercent = 50;
        m.finance.maxBalloonPercent = maxBalloon;
        m.finance.arrangementFeeMinor = arrangementFee;
        m.finance.monthlyFeeMinor = monthlyFee;
        return m;
    }

    QStringList m_table;

    void record(const QString &name, const FinancePolicy::Offer &o)
    {
        m_table << QStringLiteral("| %1 | %2 | %3 / %4 mo / %5 % / %6 % | %7 | %8 | %9 % | %10 % %11 |")
                       .arg(name, FinancePolicy::disclosureName(o.disclosure))
                       .arg(o.priceMinor / 100.0, 0, 'f', 2)
                       .arg(o.choice.termMonths)
                       .arg(o.choice.depositPercent)
                       .arg(o.choice.balloonPercent)
                       .arg(o.plan.monthlyMinor / 100.0, 0, 'f', 2)
                       .arg(o.plan.costOfCreditMinor / 100.0, 0, 'f', 2)
                       .arg(o.nominalRatePercent, 0, 'f', 2)
                       .arg(o.disclosedRatePercent, 0, 'f', 2)
                       .arg(o.flatRatePercent ? QStringLiteral("(flat %1 %)").arg(*o.flatRatePercent, 0, 'f', 2) : QString());
    }

private slots:
    void unitedStatesAprIsTheNominalRate()
    {
        // Regulation Z: with no finance charge but interest, the APR is the nominal rate and the
        // monthly rate is APR / 12. 50,000 with 10 % down over 60 months at 6.9 %.
        const FinancePolicy policy(
            market(QStringLiteral("us-or"), QStringLiteral("USD"), FinanceTerms::Disclosure::UsApr, 6.9, 0, 0));
        const auto o = policy.offer(5000000, FinancePolicy::Choice{10, 60, 0});
        QVERIFY(o);
        QCOMPARE(o->depositMinor, 500000);
        QCOMPARE(o->plan.monthlyMinor, 88894);
        QCOMPARE(o->plan.lastMonthlyMinor, 88838);
        QCOMPARE(o->plan.costOfCreditMinor, 833584);
        QCOMPARE(qRound(o->disclosedRatePercent * 100), 690);
        QVERIFY(!o->flatRatePercent);
        record(QStringLiteral("United States, no fee"), *o);
        // A prepaid finance charge raises the APR above the note rate: 495.00 → 7.36 %.
        const FinancePolicy withFee(
            market(QStringLiteral("us-or"), QStringLiteral("USD"), FinanceTerms::Disclosure::UsApr, 6.9, 49500, 0));
        const auto f = withFee.offer(5000000, FinancePolicy::Choice{10, 60, 0});
        QCOMPARE(f->plan.monthlyMinor, 88894);
        QCOMPARE(f->plan.costOfCreditMinor, 883084);
        QCOMPARE(qRound(f->disclosedRatePercent * 100), 736);
        record(QStringLiteral("United States, 495 fee"), *f);
    }

    void norwayAprcIsEffectiveWithFees()
    {
        // Effektiv rente: 450,000 NOK, 20 % down, 36 months at a nominal 5.9 %, a 40 % balloon,
        // 990 to set up and 65 a month: 6,417.80 a month (6,352.80 + 65), 6,417.65 last,
        // cost of credit 52,030.65, effective rate 6.50 % beside the nominal 5.90 %.
        const FinancePolicy policy(
            market(QStringLiteral("no"), QStringLiteral("NOK"), FinanceTerms::Disclosure::EuAprc, 5.9, 99000, 6500));
        const auto o = policy.offer(45000000, FinancePolicy::Choice{20, 36, 40});
        QVERIFY(o);
        QCOMPARE(o->balloonMinor, 18000000);
        QCOMPARE(o->plan.monthlyMinor, 641780);
        QCOMPARE(o->plan.lastMonthlyMinor, 641765);
        QCOMPARE(o->plan.totalPayableMinor, 50203065);
        QCOMPARE(o->plan.costOfCreditMinor, 5203065);
        QCOMPARE(qRound(o->nominalRatePercent * 100), 590);
        QCOMPARE(qRound(o->disclosedRatePercent * 100), 650);
        record(QStringLiteral("Norway, balloon and fees"), *o);
    }

    void zeroPercentIsZeroUnlessFeesCost()
    {
        // Italy's 0 % offer: 30,000 EUR, 3,000 down, 36 × 750.00, nothing more…
        const FinancePolicy free(market(QStringLiteral("it"), QStringLiteral("EUR"), FinanceTerms::Disclosure::EuAprc, 0, 0, 0));
        const auto o = free.offer(3000000, FinancePolicy::Choice{10, 36, 0});
        QCOMPARE(o->plan.monthlyMinor, 75000);
        QCOMPARE(o->plan.lastMonthlyMinor, 75000);
        QCOMPARE(o->plan.costOfCreditMinor, 0);
        QCOMPARE(o->disclosedRatePercent, 0.0);
        record(QStringLiteral("Italy, 0 %"), *o);
        // …but a 350.00 fee makes the TAEG 0.85 % although the TAN is 0 %.
        const FinancePolicy fee(
            market(QStringLiteral("it"), QStringLiteral("EUR"), FinanceTerms::Disclosure::EuAprc, 0, 35000, 0));
        const auto f = fee.offer(3000000, FinancePolicy::Choice{10, 36, 0});
        QCOMPARE(f->plan.monthlyMinor, 75000);
        QCOMPARE(f->plan.costOfCreditMinor, 35000);
        QCOMPARE(qRound(f->disclosedRatePercent * 100), 85);
        record(QStringLiteral("Italy, 0 % with a 350 fee"), *f);
    }

    void chinaAnnualisedRate()
    {
        // 年化利率 on the balance owed: 300,000 CNY, 15 % down, 36 months at 3.99 %: 7,527.49.
        const FinancePolicy policy(
            market(QStringLiteral("cn"), QStringLiteral("CNY"), FinanceTerms::Disclosure::CnAnnualised, 3.99, 0, 0));
        const auto o = policy.offer(30000000, FinancePolicy::Choice{15, 36, 0});
        QCOMPARE(o->plan.monthlyMinor, 752749);
        QCOMPARE(o->plan.lastMonthlyMinor, 752721);
        QCOMPARE(o->plan.costOfCreditMinor, 1598936);
        QCOMPARE(qRound(o->disclosedRatePercent * 100), 399);
        record(QStringLiteral("China"), *o);
    }

    void uaeReducingRateWithTheFlatRateBesideIt()
    {
        // 200,000 AED, 20 % down, 48 months at 4.49 %, 30 % balloon, 500 fee: 2,504.40 a month,
        // reducing-balance rate 4.61 %; the flat rate (interest 20,211.13 over 160,000 for 4 years,
        // 3.16 %) is only ever shown beside it.
        const FinancePolicy policy(
            market(QStringLiteral("ae"), QStringLiteral("AED"), FinanceTerms::Disclosure::AeReducing, 4.49, 50000, 0));
        const auto o = policy.offer(20000000, FinancePolicy::Choice{20, 48, 30});
        QCOMPARE(o->plan.monthlyMinor, 250440);
        QCOMPARE(o->plan.lastMonthlyMinor, 250433);
        QCOMPARE(o->plan.costOfCreditMinor, 2071113);
        QCOMPARE(o->plan.interestMinor, 2021113);
        QCOMPARE(qRound(o->disclosedRatePercent * 100), 461);
        QVERIFY(o->flatRatePercent);
        QCOMPARE(qRound(*o->flatRatePercent * 100), 316);
        record(QStringLiteral("UAE, balloon and fee"), *o);
    }

    void defaultsAndChoicesStayInBounds()
    {
        Market m = market(QStringLiteral("x"), QStringLiteral("EUR"), FinanceTerms::Disclosure::EuAprc, 4.9, 0, 0, 35);
        m.finance.minDepositPercent = 15;
        m.finance.maxDepositPercent = 45;
        m.finance.termsMonths = {24, 36, 60};
        const FinancePolicy policy(m);
        QCOMPARE(policy.defaults(), (FinancePolicy::Choice{20, 36, 0}));
        QCOMPARE(policy.depositChoices(), (QList<int>{15, 20, 30, 40, 45}));
        QCOMPARE(policy.balloonChoices(), (QList<int>{0, 10, 20, 30, 35}));
        QCOMPARE(policy.termChoices(), (QList<int>{24, 36, 60}));
        // Whatever is asked, what is offered is the nearest allowed plan.
        QCOMPARE(policy.clamp({5, 50, 90}), (FinancePolicy::Choice{15, 60, 35}));
        QCOMPARE(policy.clamp({80, 30, -5}), (FinancePolicy::Choice{45, 24, 0}));
        QCOMPARE(policy.offer(1000000, FinancePolicy::Choice{5, 50, 90})->choice, (FinancePolicy::Choice{15, 60, 35}));
        // A market without finance offers none.
        Market none;
        none.currency = QStringLiteral("EUR");
        QVERIFY(!FinancePolicy(none).available());
        QVERIFY(!FinancePolicy(none).offer(1000000));
    }

    void carInPartExchangePaysIntoTheDeposit()
    {
        // Norway with a 10 % least deposit: 500,000 kr, the visitor's car valued at 30,000 kr.
        Market m = market(QStringLiteral("no"), QStringLiteral("NOK"), FinanceTerms::Disclosure::EuAprc, 5.9, 0, 0);
        m.finance.minDepositPercent = 10;
        const FinancePolicy policy(m);
        const qint64 price = 50000000, car = 3000000;
        // The car pays 6 % of the least 10 %: money from 4 % up.
        QCOMPARE(policy.depositChoices(car, price), (QList<int>{4, 10, 20, 30, 40, 50}));
        QCOMPARE(policy.clamp({0, 36, 0, car}, price).depositPercent, 4);
        const auto o = policy.offer(price, FinancePolicy::Choice{10, 36, 0, car});
        QVERIFY(o);
        QCOMPARE(o->cashDepositMinor, 5000000);
        QCOMPARE(o->tradeInMinor, car);
        QCOMPARE(o->depositMinor, 8000000);
        QCOMPARE(o->plan.financedMinor, price - 8000000);
        // The same plan as 16 % down in money: the car is money to the lender.
        const auto cash = policy.offer(price, FinancePolicy::Choice{16, 36, 0});
        QCOMPARE(o->plan.monthlyMinor, cash->plan.monthlyMinor);
        QCOMPARE(o->disclosedRatePercent, cash->disclosedRatePercent);
        // A car worth the least deposit or more: nothing down in money is a choice.
        QCOMPARE(policy.depositChoices(6000000, price).first(), 0);
        QCOMPARE(policy.clamp({0, 36, 0, 6000000}, price).depositPercent, 0);
        // A car worth the whole price leaves nothing to finance: no plan, never a negative one.
        QVERIFY(!policy.offer(price, FinancePolicy::Choice{0, 36, 0, price}));
        // A negative value is no car.
        QCOMPARE(policy.clamp({10, 36, 0, -5}, price).tradeInMinor, 0);
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << "\n| case | law | price / term / deposit / balloon | monthly | cost of credit | nominal | disclosed "
                             "|\n|---|---|---|---|---|---|---|\n"
                + m_table.join(QLatin1Char('\n'));
    }
};

QTEST_GUILESS_MAIN(TestFinancePolicy)
#include "tst_financepolicy.moc"
