#include "financecalculator.h"

#include <cmath>

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
    if (!std::isfinite(r.aprPercent) || r.aprPercent < 0 || r.aprPercent > 50)
        return Problem::RateOutOfRange;
    return Problem::None;
}

std::optional<FinanceCalculator::Plan> FinanceCalculator::plan(const Request &r)
{
    if (check(r) != Problem::None)
        return std::nullopt;
    Plan p;
    p.aprPercent = r.aprPercent;
    p.financedMinor = r.priceMinor - r.depositMinor;
    const int n = r.termMonths;
    // The APR is effective: the monthly rate compounds to it over a year.
    const double i = std::pow(1.0 + r.aprPercent / 100.0, 1.0 / 12.0) - 1.0;
    p.nominalRatePercent = i * 12.0 * 100.0;
    const double principal = double(p.financedMinor);
    const double balloon = double(r.balloonMinor);
    double exact;
    if (i == 0.0)
        exact = (principal - balloon) / n;
    else
        exact = (principal - balloon / std::pow(1.0 + i, n)) * i / (1.0 - std::pow(1.0 + i, -n));
    p.monthlyMinor = qint64(std::ceil(exact - 1e-9));
    // Run the schedule in whole cents; the last monthly payment takes what rounding left over,
    // so the balance ends exactly at the balloon.
    qint64 balance = p.financedMinor;
    for (int month = 1; month < n; ++month) {
        const qint64 interest = qint64(std::llround(double(balance) * i));
        balance += interest - p.monthlyMinor;
    }
    const qint64 lastInterest = qint64(std::llround(double(balance) * i));
    p.lastMonthlyMinor = balance + lastInterest - r.balloonMinor;
    p.totalPayableMinor = r.depositMinor + p.monthlyMinor * (n - 1) + p.lastMonthlyMinor + r.balloonMinor;
    p.costOfCreditMinor = p.totalPayableMinor - r.priceMinor;
    return p;
}
