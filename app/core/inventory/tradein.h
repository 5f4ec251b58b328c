// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogtypes.h"
#include "common/money.h"
#include "inventory/vehicle.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

/// How a trade-in is valued: the brand's terms for the market (what a car sold on costs to
/// prepare and to sell, how a year and 10,000 km move a price, how many comparables an estimate
/// needs before it says a number) and how far comparables may lie from the visitor's car.
struct TradeInPolicy {
    double reconditioningPct = 6.0;
    double retailMarginPct = 12.0;
    double perYearPct = 8.0;
    double per10kKmPct = 1.5;
    int yearsAround = 2;            ///< comparables this many model years either side
    double mileageAroundKm = 60000; ///< and this far in mileage either side
    int minComparables = 4;

    /// The brand's terms for a market, with the comparables' reach.
    static TradeInPolicy of(const TradeInTerms &terms)
    {
        TradeInPolicy p;
        p.reconditioningPct = terms.reconditioningPercent;
        p.retailMarginPct = terms.retailMarginPercent;
        p.perYearPct = terms.perYearPercent;
        p.per10kKmPct = terms.per10000KmPercent;
        p.minComparables = terms.minComparables;
        return p;
    }
    /// The brand's terms for the market of a studio (the defaults for a studio the catalog lacks).
    static TradeInPolicy ofStudio(const Catalog &catalog, const QString &studioId);
};

/// The visitor's car, as they describe it (no contact data, and no VIN is kept).
struct TradeInRequest {
    enum class Condition { Excellent, Good, Fair };
    QString make;
    QString model;
    int year = 0;
    Mileage mileage;
    Condition condition = Condition::Good;
    QString currency; ///< the studio market's: cars priced in another are no comparables
};

/// A car of the stock an estimate rests on.
struct TradeInComparable {
    QString vehicleId;
    int year = 0;
    Mileage mileage;
    Money price;         ///< as the car is listed
    Money tradeValue;    ///< what it says of the visitor's car: adjusted for year, mileage and condition, less the margins
    double distance = 0; ///< how far from the visitor's car (years, and 20,000 km as one year)
};

struct TradeInEstimate {
    bool valued = false;              ///< false: too few comparables, and an expert values the car
    Money low, high;                  ///< rounded to 100 in the major unit
    int basis = 0;                    ///< how many cars of the stock it rests on
    QList<TradeInComparable> closest; ///< the three nearest
};

/// A trade-in estimate from comparable cars in the stock: same make and model (by the names
/// `namesOf` gives a car), model year and mileage nearby, used or approved, priced in the
/// studio's currency. Each comparable's price is moved to the visitor's year, mileage and
/// condition by the policy's rates, less reconditioning and the retail margin; the range is
/// the middle half of those values (a few odd listings do not move it), wider on fewer cars.
class TradeInEstimator
{
public:
    /// Make and model of a car as the visitor would name it ("Volvo", "XC60").
    using Names = std::function<std::pair<QString, QString>(const Vehicle &)>;

    /// How the kiosk and vitrinectl name a stock car: a dealer's listing by its own make and model,
    /// the brand's own cars as `brand` and the catalog model's name in `language`. The catalog
    /// must outlive the function. An empty `brand` leaves the brand's own cars unnamed (no match).
    static Names catalogNames(const Catalog &catalog, const QString &brand, const QString &language);

    /// The rule in full (tst_tradeinoracle re-implements it from these lines):
    /// - a comparable is not new, priced above zero in the request's currency, of a model year
    ///   within `yearsAround` of the request's and a mileage within `mileageAroundKm` of it (both
    ///   in km, a mile being 1.609344 km), its make and model those asked, whatever the case and
    ///   runs of spaces (an empty name is no match);
    /// - its trade value, in whole minor units (half away from zero), is its price
    ///   x (1 - perYearPct/100) ^ (its model year - the request's)
    ///   x (1 + per10kKmPct/100 x (its km - the request's km) / 10,000), held within 0.6 to 1.4
    ///   x the condition (excellent 1.03, good 1, fair 0.93)
    ///   x (1 - (reconditioningPct + retailMarginPct)/100);
    /// - basis counts the comparables; closest are the three least distant (|years apart| + |km
    ///   apart|, to the whole km, / 20,000), ties by vehicle id;
    /// - valued with at least max(1, minComparables) of them: low is the 25th percentile of the
    ///   trade values rounded down to a hundred of the major unit, high the 75th rounded up (the
    ///   p-th percentile of n sorted values interpolated at index p x (n + 1) - 1 counted from 0,
    ///   held within 0 to n - 1: fewer cars of the same spread give a range at least as wide);
    /// No make, model, year or currency asked: basis 0, not valued.
    static TradeInEstimate estimate(const TradeInRequest &request, const QList<Vehicle> &stock, const Names &namesOf,
                                    const TradeInPolicy &policy = {});

    /// What a VIN says without a lookup: the model year (position 10, its 30-year cycle settled
    /// by position 7 for North-American makers, else the most recent year not in the future)
    /// and the maker for the world manufacturer identifiers Vitrine knows. Zero or empty when
    /// it does not say. The VIN itself is not kept.
    struct VinFacts {
        int year = 0;
        QString make;
    };
    static VinFacts readVin(const QString &vin, int currentYear);
};

/// The stock grouped once by the make and model a visitor names them by (TradeInEstimator's
/// Names), so an estimate reads only the cars of that model instead of every car of a large
/// stock; built on a worker once per stock snapshot. Its answers are exactly
/// TradeInEstimator::estimate's over the same stock and names.
class TradeInIndex
{
public:
    TradeInIndex() = default;
    TradeInIndex(QList<Vehicle> stock, const TradeInEstimator::Names &namesOf);

    TradeInEstimate estimate(const TradeInRequest &request, const TradeInPolicy &policy = {}) const;
    qsizetype size() const { return m_stock.size(); }

private:
    QList<Vehicle> m_stock;                          ///< shared with the snapshot's copy, never changed
    QHash<QString, std::vector<qsizetype>> m_byName; ///< positions in the stock, in its order
};
