// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/configuration.h"
#include "catalog/ruleengine.h"
#include "common/money.h"
#include "pricing/financepolicy.h"
#include "pricing/pricebreakdown.h"

#include <QList>
#include <QString>

#include <optional>

/// The price of a build in one market, line by line: the trim's base price, every charged
/// option (a package as a package, its contents and the trim's standard equipment at no
/// charge), the net total, the complete price through the market's taxes and fees
/// (PriceBreakdown, the same rules the finder uses) and the monthly rate (FinanceCalculator).
class ConfigurationPricer
{
public:
    struct Line {
        enum class Kind { Trim, Option, Package, Standard, Included };
        Kind kind = Kind::Option;
        QString id;
        LocalizedText name;
        qint64 amountMinor = 0; ///< net; 0 for Standard and Included
        QString package;        ///< Included: the package that brings it
    };

    /// How the monthly rate is asked for; unset, the market's FinancePolicy defaults.
    using FinanceChoice = std::optional<FinancePolicy::Choice>;

    struct Quote {
        bool ok = false;
        QString problem; ///< for people, when !ok (unknown market, trim not sold there)
        QString market;
        QString currency;
        QList<Line> lines;                           ///< the trim, charged options in catalog order, then what comes free
        qint64 netMinor = 0;                         ///< the trim plus every charged option
        PriceBreakdown complete;                     ///< net → taxes → fees → what the visitor pays
        std::optional<FinancePolicy::Offer> finance; ///< the market's plan for the complete price
        QStringList unpriced;                        ///< charged options without a price in this market (counted as 0)

        Money net() const { return {netMinor, currency}; }
        Money total() const { return complete.total; }
    };

    /// What a proposed step does to the price: net, complete and monthly.
    struct Delta {
        qint64 netMinor = 0;
        qint64 totalMinor = 0;
        qint64 monthlyMinor = 0;
    };

    ConfigurationPricer(const RuleEngine &engine, const QString &market);

    Quote quote(const Configuration &configuration, const FinanceChoice &finance = {}) const;
    Delta delta(const Configuration &before, const Configuration &after, const FinanceChoice &finance = {}) const;

private:
    RuleEngine m_engine; // shares the engine's index; only its market differs
    QString m_market;
};
