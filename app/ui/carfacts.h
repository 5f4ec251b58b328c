#pragma once

#include "catalog/catalog.h"
#include "pricing/pricebreakdown.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QVariantList>

/// What the finder's detail page and the configurator's summary both say about a car, worded
/// for the visitor's language: key specs, equipment grouped by category, a price breakdown.
class CarFacts
{
    Q_DECLARE_TR_FUNCTIONS(CarFacts)

public:
    /// [{label, value}]
    static QVariantList specs(const ModelSpecs &specs, const QLocale &locale);
    /// `present`: every option on the car (standard, chosen, and what packages bring).
    /// [{category, items: [names]}], in the brand's category order.
    static QVariantList equipment(const Catalog &catalog, const QStringList &present, const QString &language);
    /// [{label, amount}]: the vehicle before taxes, each tax with its rate, each fee.
    static QVariantList breakdown(const PriceBreakdown &breakdown, const QString &currency, const QString &language,
                                  const QLocale &locale);
};
