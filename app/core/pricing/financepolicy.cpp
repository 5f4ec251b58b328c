// SPDX-License-Identifier: GPL-3.0-or-later
#include "financepolicy.h"

#include <algorithm>
#include <cmath>

namespace {

// Choices every ten percent from `low` to `high`, the bounds themselves included.
QList<int> steps(double low, double high)
{
    QList<int> out;
    const int from = int(std::ceil(low)), to = int(std::floor(high));
    if (from > to)
        return out;
    out << from;
    for (int p = (from / 10 + 1) * 10; p < to; p += 10)
        out << p;
    if (to != from)
        out << to;
    return out;
}

} // namespace

FinancePolicy::FinancePolicy(const Market &market)
    : m_terms(market.finance)
    , m_currency(market.currency)
{
}

FinancePolicy::Choice FinancePolicy::defaults() const
{
    return clamp({int(std::lround(m_terms.defaultDepositPercent)), m_terms.defaultTermMonths,
                  int(std::lround(m_terms.defaultBalloonPercent))});
}

FinancePolicy::Choice FinancePolicy::defaultsWithCar(qint64 tradeInMinor) const
{
    Choice c = defaults();
    c.depositPercent = 0;
    c.tradeInMinor = tradeInMinor;
    return c;
}

FinancePolicy::Choice FinancePolicy::clamp(const Choice &choice, qint64 priceMinor) const
{
    Choice c = choice;
    c.tradeInMinor = std::max<qint64>(0, c.tradeInMinor);
    const int least = leastCashPercent(c.tradeInMinor, priceMinor);
    c.depositPercent = std::clamp(c.depositPercent, least, std::max(least, int(std::floor(m_terms.maxDepositPercent))));
    c.balloonPercent = std::clamp(c.balloonPercent, 0, int(std::floor(m_terms.maxBalloonPercent)));
    if (!m_terms.termsMonths.isEmpty() && !m_terms.termsMonths.contains(c.termMonths)) {
        // The offered term closest to what was asked.
        c.termMonths = *std::min_element(m_terms.termsMonths.cbegin(), m_terms.termsMonths.cend(), [&](int a, int b) {
            return std::abs(a - choice.termMonths) < std::abs(b - choice.termMonths);
        });
    }
    return c;
}

int FinancePolicy::leastCashPercent(qint64 tradeInMinor, qint64 priceMinor) const
{
    const int least = int(std::ceil(m_terms.minDepositPercent));
    if (tradeInMinor <= 0 || priceMinor <= 0)
        return least;
    // What the car pays of the least deposit, in whole percent of the price (rounded down, so
    // the money part never falls short of the market's least).
    const auto carPercent = int(std::min<qint64>(100, tradeInMinor * 100 / priceMinor));
    return std::max(0, least - carPercent);
}

QList<int> FinancePolicy::depositChoices(qint64 tradeInMinor, qint64 priceMinor) const
{
    const int least = leastCashPercent(tradeInMinor, priceMinor);
    if (least == 0 && int(std::ceil(m_terms.minDepositPercent)) > 0) {
        // The car alone makes the least deposit: no money down, then the usual steps.
        QList<int> out{0};
        for (int p : steps(m_terms.minDepositPercent, m_terms.maxDepositPercent))
            out << p;
        return out;
    }
    return steps(least, m_terms.maxDepositPercent);
}

QList<int> FinancePolicy::balloonChoices() const
{
    return steps(0, m_terms.maxBalloonPercent);
}

std::optional<FinancePolicy::Offer> FinancePolicy::offer(qint64 priceMinor, const std::optional<Choice> &choice) const
{
    if (!available())
        return std::nullopt;
    Offer o;
    o.choice = clamp(choice.value_or(defaults()), priceMinor);
    o.disclosure = m_terms.disclosure;
    o.currency = m_currency;
    o.priceMinor = priceMinor;
    o.cashDepositMinor = priceMinor * o.choice.depositPercent / 100;
    o.tradeInMinor = o.choice.tradeInMinor;
    o.depositMinor = o.cashDepositMinor + o.tradeInMinor;
    o.balloonMinor = priceMinor * o.choice.balloonPercent / 100;
    o.arrangementFeeMinor = m_terms.arrangementFeeMinor;
    o.monthlyFeeMinor = m_terms.monthlyFeeMinor;
    o.nominalRatePercent = m_terms.nominalRatePercent;
    const auto plan = FinanceCalculator::plan({priceMinor, o.depositMinor, o.choice.termMonths, m_terms.nominalRatePercent,
                                               o.balloonMinor, o.arrangementFeeMinor, o.monthlyFeeMinor});
    if (!plan)
        return std::nullopt;
    o.plan = *plan;
    const double r = plan->monthlyReturn;
    switch (m_terms.disclosure) {
    case Disclosure::EuAprc:
        // Effective: a month's return compounded over a year (Directive 2008/48/EC, Annex I).
        o.disclosedRatePercent = (std::pow(1.0 + r, 12.0) - 1.0) * 100.0;
        break;
    case Disclosure::AeReducing:
        o.disclosedRatePercent = 12.0 * r * 100.0;
        // What a flat rate would say: the interest over the amount financed, per year.
        if (plan->financedMinor > 0)
            o.flatRatePercent = double(plan->interestMinor) / double(plan->financedMinor) / (double(o.choice.termMonths) / 12.0)
                * 100.0;
        break;
    case Disclosure::UsApr:
    case Disclosure::CnAnnualised:
    case Disclosure::None:
        // Twelve times the month's return: the actuarial APR and the annualised rate alike.
        o.disclosedRatePercent = 12.0 * r * 100.0;
        break;
    }
    return o;
}

QString FinancePolicy::disclosureName(Disclosure d)
{
    switch (d) {
    case Disclosure::UsApr:
        return QStringLiteral("us-apr");
    case Disclosure::EuAprc:
        return QStringLiteral("eu-aprc");
    case Disclosure::CnAnnualised:
        return QStringLiteral("cn-annualised");
    case Disclosure::AeReducing:
        return QStringLiteral("ae-reducing");
    case Disclosure::None:
        break;
    }
    return QStringLiteral("none");
}
