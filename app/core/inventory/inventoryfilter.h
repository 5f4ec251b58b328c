// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/vehicle.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

/// What a visitor asks of the stock: facet selections, ranges, distance, free text, sort and
/// page. Parsed from and written to JSON (vitrinectl search, tests, the finder UI).
struct InventoryFilter {
    enum class Sort { RecentlyAdded, PriceAscending, PriceDescending, Distance, Newest, Mileage };

    /// Categorical facets, by name: line, model, trim, body, condition, powertrain, paint,
    /// interior, location, status, make (a dealer's car's own make, folded: "volvo"; the brand's
    /// own cars go under the make the brand's model aliases name). A vehicle matches a facet when
    /// its value is any selected.
    QHash<QString, QSet<QString>> selected;
    /// Equipment the car must all have (options, package contents or standard).
    QStringList equipment;
    std::optional<qint64> priceMinMinor; ///< in the vehicle's own currency
    std::optional<qint64> priceMaxMinor;
    /// Prices of different currencies cannot be compared: when set, a price range keeps only
    /// cars priced in this currency, and the result's price span covers only them.
    QString priceCurrency;
    std::optional<int> yearMin;
    std::optional<int> yearMax;
    std::optional<double> mileageMin; ///< in `mileageUnit`
    std::optional<double> mileageMax;
    Mileage::Unit mileageUnit = Mileage::Unit::Km;
    std::optional<double> radiusKm; ///< from the origin
    std::optional<double> originLat;
    std::optional<double> originLon;
    QString text;
    Sort sort = Sort::RecentlyAdded;
    int offset = 0;
    int limit = 24;

    static const QStringList &facetNames();
    static std::optional<InventoryFilter> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    bool hasOrigin() const { return originLat.has_value() && originLon.has_value(); }
};
