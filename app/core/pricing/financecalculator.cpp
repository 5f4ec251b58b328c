// SPDX-License-Identifier: GPL-3.0-or-later
#include "financecalculator.h"

#include <cmath>

namespace {

// The monthly rate r at which the payments, discounted, are worth what the borrower actually
// received (the amount financed less the fee paid at signing): found by bisection, exact to
// well below a hundredth of a percent a year.
double monthlyReturn(qint64 received, qint64 monthly, qint64 last, qint64 balloon, int n)
{
    const auto worth = [&](double r) {
        double sum = 0;
        double factor = 1;
        for (int k = 1; k <= n; ++k) {
            factor /= 1 + r;
            sum += double(k == n ? last + balloon : monthly) * factor;
        }
        return sum;
    };
    if (received <= 0 || worth(0) <= double(received))
        return 0;
    double lo = 0, hi = 1;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        (worth(mid) > double(received) ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

} // namespace

FinanceCalculator::Problem FinanceCalculator::check(const Request &r)
{
    if (r.priceMinor <= 0)
        return Problem::NonPositivePrice;
    if (r.depositMinor < 0 || r.depositMinor >= r.priceMinor)
        return Problem::DepositOutOfRange;
    if (r.balloonMinor < 0 || r.balloonMinor >= r.priceMinor - r.depositMinor)
        return Problem::BalloonOutOfRange;
    if (r.termMonths < 1 || r.termMonths > 120)
        return Problem::TermOutOfRange;
    if (!std::isfinite(r.nominalRatePercent) || r.nominalRatePercent < 0 || r.nominalRatePercent > 50)
        return Problem::RateOutOfRange;
    if (r.arrangementFeeMinor < 0 || r.monthlyFeeMinor < 0 || r.arrangementFeeMinor >= r.priceMinor - r.depositMinor)
        return Problem::FeeOutOfRange;
    return Problem::None;
}

std::optional<FinanceCalculator::Plan> FinanceCalculator::plan(const Request &r)
{
    if (check(r) != Problem::None)
        return std::nullopt;
    Plan p;
    p.nominalRatePercent = r.nominalRatePercent;
    p.financedMinor = r.priceMinor - r.depositMinor;
    const int n = r.termMonths;
    const double i = r.nominalRatePercent / 100.0 / 12.0;
    const double principal = double(p.financedMinor);
    const double balloon = double(r.balloonMinor);
    double exact;
    if (i == 0.0)
        exact = (principal - balloon) / n;
    else
        exact = (principal - balloon / std::pow(1.0 + i, n)) * i / (1.0 - std::pow(1.0 + i, -n));
    const qint64 installment = qint64(std::ceil(exact - 1e-9));
    // Run the schedule in whole cents; the last instalment takes what rounding left over, so
    // the balance ends exactly at the balloon.
    qint64 balance = p.financedMinor;
    for (int month = 1; month < n; ++month) {
        const qint64 interest = qint64(std::llround(double(balance) * i));
        balance += interest - installment;
    }
    const qint64 lastInstallment = balance + qint64(std::llround(double(balance) * i)) - r.balloonMinor;
    p.monthlyMinor = installment + r.monthlyFeeMinor;
    p.lastMonthlyMinor = lastInstallment + r.monthlyFeeMinor;
    p.feesMinor = r.arrangementFeeMinor + r.monthlyFeeMinor * n;
    p.interestMinor = installment * (n - 1) + lastInstallment + r.balloonMinor - p.financedMinor;
    p.totalPayableMinor = r.depositMinor + p.monthlyMinor * (n - 1) + p.lastMonthlyMinor + r.balloonMinor + r.arrangementFeeMinor;
    p.costOfCreditMinor = p.totalPayableMinor - r.priceMinor;
    p.monthlyReturn = monthlyReturn(p.financedMinor - r.arrangementFeeMinor, p.monthlyMinor, p.lastMonthlyMinor, r.balloonMinor,
                                    n);
    return p;
}
