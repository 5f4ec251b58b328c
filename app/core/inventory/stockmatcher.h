// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/configuration.h"
#include "catalog/ruleengine.h"
#include "common/money.h"
#include "inventory/vehicle.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

/// Ranks cars in stock by how close they come to a build — same model (else same line), trim,
/// paint, interior, wheels, how many of the build's choices they carry, price and distance — and
/// says why ("9 of your 11 choices", 2.3 km away) for "see similar cars in stock now".
class StockMatcher
{
public:
    /// How much each likeness counts; the score is out of their sum.
    struct Weights {
        double model = 30, line = 12, trim = 10, paint = 10, interior = 7, wheel = 5;
        double equipment = 20; ///< times the share of the build's other choices the car has
        double price = 10;     ///< full when the price is the same, none at ±25 % or more
        double distance = 8;   ///< full on the spot, none at `distanceHorizonKm` or more
        double distanceHorizonKm = 200;
    };

    struct Match {
        int index = -1; ///< into the vehicles given
        QString vehicleId;
        double score = 0; ///< 0–100, higher is closer
        bool sameModel = false, sameLine = false, sameTrim = false;
        bool samePaint = false, sameInterior = false, sameWheel = false;
        int choicesMatched = 0; ///< of the build's choices (paint, wheel, interior, packages, options), how many the car has
        int choices = 0;
        QStringList missing;             ///< the build's choices the car lacks, catalog order
        qint64 priceDifferenceMinor = 0; ///< the car's price minus the build's (when comparable)
        bool priceComparable = false;    ///< same currency and both known
        std::optional<double> distanceKm;
    };

    /// Kilometres from the visitor to where a car stands, when known.
    using Distance = std::function<std::optional<double>(const Vehicle &)>;

    explicit StockMatcher(const RuleEngine &engine);
    StockMatcher(const RuleEngine &engine, const Weights &weights);

    /// The closest `limit` cars (0: all), best first; reserved cars are left out. `buildPrice`
    /// is the build's complete price in the studio's market.
    QList<Match> rank(const Configuration &build, const Money &buildPrice, const QList<Vehicle> &vehicles,
                      const Distance &distance = {}, int limit = 20) const;

private:
    QSet<QString> equipmentOf(const Vehicle &vehicle) const;

    RuleEngine m_engine;
    Weights m_weights;
};
