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
        int depositPercent = 0;
        int termMonths = 0;
        int balloonPercent = 0;
        bool operator==(const Choice &) const = default;
    };

    struct Offer {
        Choice choice;
        Disclosure disclosure = Disclosure::None;
        QString currency;
        qint64 priceMinor = 0;
        qint64 depositMinor = 0;
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
    /// The nearest choice the market allows: a term it offers, deposit and balloon in bounds.
    Choice clamp(const Choice &choice) const;
    QList<int> depositChoices() const;
    QList<int> termChoices() const { return m_terms.termsMonths; }
    QList<int> balloonChoices() const;

    /// The plan for a complete price (the market's currency), with the defaults or `choice`
    /// (clamped); nullopt when the market offers no finance or the price cannot be financed.
    std::optional<Offer> offer(qint64 priceMinor, const std::optional<Choice> &choice = std::nullopt) const;

    static QString disclosureName(Disclosure d);

private:
    FinanceTerms m_terms;
    QString m_currency;
};
