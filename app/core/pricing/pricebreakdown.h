// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtypes.h"
#include "common/money.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

/// A complete price, line by line, for a market: the vehicle before tax, each tax and fee, and
/// the total — lines that always add up exactly to the price the visitor pays.
class PriceBreakdown
{
public:
    struct Line {
        enum class Kind { Vehicle, Tax, Fee };
        Kind kind = Kind::Vehicle;
        QString id;
        LocalizedText name;
        qint64 amountMinor = 0;
        double percent = 0;               ///< taxes
        std::optional<qint64> aboveMinor; ///< a tax on the part above this

        /// The name in `textKey`'s language, a tax's "{above}" written as the price it is
        /// ("500.000 kr" in German), so the name says the amount as every price around it does.
        QString nameIn(const QString &textKey, const QString &currency, const QLocale &locale) const;
    };

    QList<Line> lines;
    Money total;

    /// From a net (pre-tax) price: what the configurator knows.
    static PriceBreakdown fromNet(qint64 netMinor, const Market &market, const QString &powertrain);
    /// From the complete listed price: what a stock feed gives. The net part is found so that
    /// taxes and fees on it give back exactly `gross`.
    static PriceBreakdown fromGross(const Money &gross, const Market &market, const QString &powertrain);
    /// What `addedNetMinor` on top of `baseNetMinor` adds to the complete price: its net and the
    /// taxes it brings at that margin (fees do not change). A tax that applies only above a
    /// threshold makes this depend on the base: below it the net alone, above it net and tax.
    static qint64 addedMinor(qint64 baseNetMinor, qint64 addedNetMinor, const Market &market, const QString &powertrain);

    qint64 netMinor() const;
    qint64 taxesMinor() const;
    qint64 feesMinor() const;
};
