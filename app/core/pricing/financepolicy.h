// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtypes.h"
#include "common/money.h"
#include "pricing/financecalculator.h"

#include <QList>
#include <QString>

#include <optional>

/// How one market finances a car, the same wherever it is asked (detail page, compare, the
/// configurator, the summary, vitrinectl): the default deposit, term and balloon and the choices
/// around them, and the rate disclosed the way the market's law defines it — the US APR
/// (Regulation Z: 12 × the monthly rate, fees included), the EU and Norwegian APRC / effektiv
/// rente (effective, fees included) beside the nominal rate, China's annualised rate (年化利率),
/// the UAE's reducing-balance rate with a flat rate never shown alone.
class FinancePolicy
{
public:
    using Disclosure = FinanceTerms::Disclosure;

    struct Choice {
        int depositPercent = 0; ///< paid in money, of the price
        int termMonths = 0;
        int balloonPercent = 0;
        /// The visitor's car taken in part-exchange, paid into the deposit on top of the money
        /// (an estimate until an expert confirms it); 0 without one.
        qint64 tradeInMinor = 0;
        bool operator==(const Choice &) const = default;
    };

    struct Offer {
        Choice choice;
        Disclosure disclosure = Disclosure::None;
        QString currency;
        qint64 priceMinor = 0;
        qint64 depositMinor = 0;     ///< all of it: the money and the car taken in part-exchange
        qint64 cashDepositMinor = 0; ///< the money alone
        qint64 tradeInMinor = 0;     ///< the car's part
        qint64 balloonMinor = 0;
        qint64 arrangementFeeMinor = 0;
        qint64 monthlyFeeMinor = 0;
        FinanceCalculator::Plan plan;
        double nominalRatePercent = 0;
        double disclosedRatePercent = 0;       ///< APR, APRC, 年化利率 or the reducing-balance rate
        std::optional<double> flatRatePercent; ///< UAE only, and only ever beside the reducing rate

        Money money(qint64 minor) const { return {minor, currency}; }
    };

    explicit FinancePolicy(const Market &market);

    bool available() const { return m_terms.disclosure != Disclosure::None && !m_terms.termsMonths.isEmpty(); }
    Disclosure disclosure() const { return m_terms.disclosure; }
    Choice defaults() const;
    /// The defaults with the visitor's car counted in the deposit and the least money beside it
    /// (clamped to the market's least deposit when an offer is made).
    Choice defaultsWithCar(qint64 tradeInMinor) const;
    /// The nearest choice the market allows: a term it offers, deposit and balloon in bounds. A
    /// car in part-exchange counts towards the market's least deposit (of `priceMinor`), so
    /// the money part may then be smaller, down to nothing.
    Choice clamp(const Choice &choice, qint64 priceMinor = 0) const;
    /// The money deposits on offer, in percent of the price; with a car in part-exchange worth
    /// `tradeInMinor` of `priceMinor`, from what still makes the least deposit.
    QList<int> depositChoices(qint64 tradeInMinor = 0, qint64 priceMinor = 0) const;
    QList<int> termChoices() const { return m_terms.termsMonths; }
    QList<int> balloonChoices() const;

    /// The plan for a complete price (the market's currency), with the defaults or `choice`
    /// (clamped); nullopt when the market offers no finance or the price cannot be financed.
    std::optional<Offer> offer(qint64 priceMinor, const std::optional<Choice> &choice = std::nullopt) const;

    static QString disclosureName(Disclosure d);

private:
    int leastCashPercent(qint64 tradeInMinor, qint64 priceMinor) const;

    FinanceTerms m_terms;
    QString m_currency;
};
