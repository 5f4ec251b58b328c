// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"
#include "inventory/vehicle.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// What a car is to a visitor comparing cars: the caller reads it from the catalog and the
/// market's finance terms (the recommender knows neither).
struct CarTraits {
    QString body;     ///< body id (suv, saloon …); empty when unknown
    QString colour;   ///< colour family id; empty when unknown
    QString modelKey; ///< what makes two cars the same model (a catalog model id, or make and model)
    Money price;
    std::optional<qint64> monthlyMinor; ///< its monthly rate with the visitor's trade-in as deposit, when one is known
};

/// What this visit has done so far, nothing else: the car or build looked at now, the cars
/// already seen, the filters set, and a monthly budget when the visitor gave one.
struct VisitSignals {
    QString focusVehicleId;                   ///< the car of the detail page now open; empty on a build's summary
    std::optional<CarTraits> build;           ///< the configured build of a summary (body, colour, model, price)
    QStringList viewedVehicleIds;             ///< cars opened during the visit, latest last
    QStringList filteredColours;              ///< colour family ids the visitor filtered by
    QStringList filteredBodies;               ///< body ids the visitor filtered by
    std::optional<qint64> monthlyBudgetMinor; ///< with the trade-in as deposit
};

/// A car to suggest, and why: the reason is true of the car and the figures show it.
struct Recommendation {
    enum class Reason {
        SameModelLessDriven, ///< the focus car's model, driven fewer km than it
        SameBodyLowerPrice,  ///< the body of the focus car or build, strictly cheaper in the same currency
        FitsBudget,          ///< its monthly rate is within the visitor's budget
        ChosenColour,        ///< the colour of the build or one the visitor filtered by
        ChosenBody,          ///< a body the visitor filtered by
    };
    QString vehicleId;
    Reason reason = Reason::ChosenBody;
    int reasonsTrue = 1; ///< how many of the reasons hold for the car (it ranks higher with more)

    // The figures the reason rests on.
    Money price;                         ///< the car's
    Money referencePrice;                ///< SameBodyLowerPrice: the focus car's or build's
    QString body;                        ///< SameBodyLowerPrice, ChosenBody
    QString colour;                      ///< ChosenColour
    std::optional<Mileage> mileage;      ///< SameModelLessDriven: the car's
    std::optional<Mileage> focusMileage; ///< SameModelLessDriven: the focus car's
    std::optional<qint64> monthlyMinor;  ///< FitsBudget
    std::optional<qint64> budgetMinor;   ///< FitsBudget

    static QString reasonName(Reason r);
};

/// "You might also like" within one visit: cars of the stock the visit's own signals make worth
/// a look, each for a reason that is true of it, never the car in focus, one already seen or one
/// reserved, varied across models and in a deterministic order.
class VisitRecommender
{
public:
    using Traits = std::function<CarTraits(const Vehicle &)>;

    /// At most `limit` cars, at most limit / 2 (and at least one) of any one model, so the list is
    /// never all one model while another qualifies. Ranked by how many reasons hold, then the
    /// strongest reason (in the order of Reason), then how near the car is to what the visitor
    /// looks at (the dearest under a lower-price reason, the least driven, the monthly nearest the
    /// budget from below, the price nearest the focus car's), then its id.
    static QList<Recommendation> recommend(const VisitSignals &visit, const QList<Vehicle> &stock, const Traits &traitsOf,
                                           int limit);
};
