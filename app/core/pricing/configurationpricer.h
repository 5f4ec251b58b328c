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
        qint64 amountMinor = 0; ///< net (complete in completeLines()); 0 for Standard and Included
        QString package;        ///< Included: the package that brings it
    };

    /// How the monthly rate is asked for; unset, the market's FinancePolicy defaults.
    using FinanceChoice = std::optional<FinancePolicy::Choice>;

    struct Quote {
        bool ok = false;
        QString problem; ///< for people, when !ok (unknown market, trim not sold there)
        QString market;
        QString currency;
        QString powertrain;                          ///< the model's: which taxes apply
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

    /// What one option costs in this market with its taxes, the amount the visitor's complete
    /// price moves by: its net price plus the taxes it brings on top of the rest of the build
    /// (the build without it, and without the paint, wheels or interior it would take the
    /// place of). So it is the same whether the option is on the car or not, and the same in
    /// every place that shows it; only a tax with a threshold makes it depend on the rest of
    /// the build. 0 for an option free or without a price here. `quote` is this pricer's.
    qint64 optionPriceMinor(const Quote &quote, const QString &option) const;
    /// The quote's charged lines (trim, options, packages) on the complete basis: every option
    /// at optionPriceMinor(), the trim taking the rest, so that the lines and the market's fees
    /// add up exactly to the complete price.
    QList<Line> completeLines(const Quote &quote) const;

private:
    RuleEngine m_engine; // shares the engine's index; only its market differs
    QString m_market;
};
