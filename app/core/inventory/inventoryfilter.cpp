// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfilter.h"

#include <QJsonArray>

#include <cmath>
#include <limits>
#include <type_traits>

namespace {

const QHash<QString, InventoryFilter::Sort> &sorts()
{
    static const QHash<QString, InventoryFilter::Sort> map{{QStringLiteral("recent"), InventoryFilter::Sort::RecentlyAdded},
                                                           {QStringLiteral("price"), InventoryFilter::Sort::PriceAscending},
                                                           {QStringLiteral("price-desc"), InventoryFilter::Sort::PriceDescending},
                                                           {QStringLiteral("distance"), InventoryFilter::Sort::Distance},
                                                           {QStringLiteral("newest"), InventoryFilter::Sort::Newest},
                                                           {QStringLiteral("mileage"), InventoryFilter::Sort::Mileage}};
    return map;
}

template<typename T>
bool readNumber(const QJsonObject &o, const QString &key, std::optional<T> *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble()) {
        *error = QStringLiteral("\"%1\" must be a number").arg(key);
        return false;
    }
    const double d = v.toDouble();
    // A number the field cannot hold is refused, never converted: 1e103 into an int is undefined.
    if constexpr (std::is_integral_v<T>) {
        if (!(d >= double(std::numeric_limits<T>::min()) && d <= double(std::numeric_limits<T>::max()))) {
            *error = QStringLiteral("\"%1\" is out of range").arg(key);
            return false;
        }
    }
    *out = T(d);
    return true;
}

/// Larger than any car's price, small enough that its minor units fit a qint64.
constexpr double kMaxPrice = 1e13;

} // namespace

const QStringList &InventoryFilter::facetNames()
{
    static const QStringList names{QStringLiteral("line"),   QStringLiteral("model"),     QStringLiteral("trim"),
                                   QStringLiteral("body"),   QStringLiteral("condition"), QStringLiteral("powertrain"),
                                   QStringLiteral("paint"),  QStringLiteral("interior"),  QStringLiteral("location"),
                                   QStringLiteral("status"), QStringLiteral("make")};
    return names;
}

std::optional<InventoryFilter> InventoryFilter::fromJson(const QJsonObject &json, QString *error)
{
    InventoryFilter f;
    for (const QString &facet : facetNames()) {
        const QJsonValue v = json.value(facet);
        if (v.isUndefined())
            continue;
        if (!v.isArray()) {
            *error = QStringLiteral("\"%1\" must be a list of values").arg(facet);
            return std::nullopt;
        }
        QSet<QString> values;
        for (const QJsonValue &item : v.toArray())
            values.insert(item.toString());
        if (!values.isEmpty())
            f.selected.insert(facet, values);
    }
    for (const QJsonValue &item : json.value(QStringLiteral("equipment")).toArray())
        f.equipment << item.toString();
    std::optional<double> priceMin, priceMax;
    if (!readNumber(json, QStringLiteral("price_min"), &priceMin, error)
        || !readNumber(json, QStringLiteral("price_max"), &priceMax, error)
        || !readNumber(json, QStringLiteral("year_min"), &f.yearMin, error)
        || !readNumber(json, QStringLiteral("year_max"), &f.yearMax, error)
        || !readNumber(json, QStringLiteral("mileage_min"), &f.mileageMin, error)
        || !readNumber(json, QStringLiteral("mileage_max"), &f.mileageMax, error)
        || !readNumber(json, QStringLiteral("radius_km"), &f.radiusKm, error)
        || !readNumber(json, QStringLiteral("lat"), &f.originLat, error)
        || !readNumber(json, QStringLiteral("lon"), &f.originLon, error))
        return std::nullopt;
    f.priceCurrency = json.value(QStringLiteral("price_currency")).toString().toUpper();
    if (!f.priceCurrency.isEmpty() && f.priceCurrency.size() != 3) {
        *error = QStringLiteral("\"price_currency\" must be a three-letter currency code such as NOK or EUR");
        return std::nullopt;
    }
    for (const auto &[key, price] : {std::pair{"price_min", priceMin}, std::pair{"price_max", priceMax}}) {
        if (price && !(std::fabs(*price) <= kMaxPrice)) {
            *error = QStringLiteral("\"%1\" is out of range").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    if (priceMin)
        f.priceMinMinor = qint64(*priceMin * 100);
    if (priceMax)
        f.priceMaxMinor = qint64(*priceMax * 100);
    const QString unit = json.value(QStringLiteral("mileage_unit")).toString(QStringLiteral("km"));
    if (unit != QLatin1String("km") && unit != QLatin1String("mi")) {
        *error = QStringLiteral("\"mileage_unit\" must be km or mi");
        return std::nullopt;
    }
    f.mileageUnit = unit == QLatin1String("mi") ? Mileage::Unit::Mi : Mileage::Unit::Km;
    f.text = json.value(QStringLiteral("text")).toString();
    const QString sort = json.value(QStringLiteral("sort")).toString(QStringLiteral("recent"));
    if (!sorts().contains(sort)) {
        *error = QStringLiteral("\"sort\" must be one of %1").arg(QStringList(sorts().keys()).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    f.sort = sorts().value(sort);
    f.offset = qMax(0, json.value(QStringLiteral("offset")).toInt(0));
    f.limit = qBound(0, json.value(QStringLiteral("limit")).toInt(24), 1000);
    if (f.radiusKm && !f.hasOrigin()) {
        *error = QStringLiteral("\"radius_km\" needs \"lat\" and \"lon\"");
        return std::nullopt;
    }
    if (f.sort == Sort::Distance && !f.hasOrigin()) {
        *error = QStringLiteral("sorting by distance needs \"lat\" and \"lon\"");
        return std::nullopt;
    }
    return f;
}

QJsonObject InventoryFilter::toJson() const
{
    QJsonObject o;
    for (auto it = selected.cbegin(); it != selected.cend(); ++it) {
        QStringList values(it.value().cbegin(), it.value().cend());
        values.sort();
        o.insert(it.key(), QJsonArray::fromStringList(values));
    }
    if (!equipment.isEmpty())
        o.insert(QStringLiteral("equipment"), QJsonArray::fromStringList(equipment));
    if (priceMinMinor)
        o.insert(QStringLiteral("price_min"), double(*priceMinMinor) / 100);
    if (priceMaxMinor)
        o.insert(QStringLiteral("price_max"), double(*priceMaxMinor) / 100);
    if (!priceCurrency.isEmpty())
        o.insert(QStringLiteral("price_currency"), priceCurrency);
    if (yearMin)
        o.insert(QStringLiteral("year_min"), *yearMin);
    if (yearMax)
        o.insert(QStringLiteral("year_max"), *yearMax);
    if (mileageMin)
        o.insert(QStringLiteral("mileage_min"), *mileageMin);
    if (mileageMax)
        o.insert(QStringLiteral("mileage_max"), *mileageMax);
    o.insert(QStringLiteral("mileage_unit"), mileageUnit == Mileage::Unit::Mi ? QStringLiteral("mi") : QStringLiteral("km"));
    if (radiusKm)
        o.insert(QStringLiteral("radius_km"), *radiusKm);
    if (originLat)
        o.insert(QStringLiteral("lat"), *originLat);
    if (originLon)
        o.insert(QStringLiteral("lon"), *originLon);
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("sort"), sorts().key(sort));
    o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("limit"), limit);
    return o;
}
