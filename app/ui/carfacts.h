// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amountlistmodel.h"
#include "catalog/catalog.h"
#include "pricing/pricebreakdown.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

/// What the finder's detail page and the configurator's summary both say about a car, worded
/// for the visitor's language: key specs, equipment grouped by category, a price breakdown.
class CarFacts
{
    Q_DECLARE_TR_FUNCTIONS(CarFacts)

public:
    /// One key figure: "Power", "310 kW (421 hp)".
    struct Fact {
        QString label, text; ///< QML reads `text` as the role "value"
        QString key() const { return label; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Fact &) const = default;
    };
    /// The car's equipment of one category, by name.
    struct Equipment {
        QString category;
        QStringList items;
        QString key() const { return category; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Equipment &) const = default;
    };

    /// Every figure in the visitor's locale: "15,8 kWh/100 km" and "1.234 km" in German.
    static QList<Fact> specs(const ModelSpecs &specs, const QLocale &locale);
    /// `present`: every option on the car (standard, chosen, and what packages bring), grouped
    /// in the brand's category order.
    static QList<Equipment> equipment(const Catalog &catalog, const QStringList &present, const QString &language);
    /// The vehicle before taxes, each tax with its rate, each fee.
    static QList<AmountListModel::Line> breakdown(const PriceBreakdown &breakdown, const QString &currency,
                                                  const QString &language, const QLocale &locale);
};
