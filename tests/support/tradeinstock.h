// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/tradein.h"
#include "inventory/vehicle.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

/// Seeded stock for valuing trade-ins: dealers' listings of several makes and the brand's own
/// cars, of many model years and mileages listed in km and in miles, new, approved and used, in
/// three currencies, with the prices known to the test that reads them.
class TradeInStock
{
public:
    static constexpr int kLatestYear = 2025;
    static constexpr int kOldestYear = 2012;

    struct Model {
        QString make;           ///< as the visitor names it; the brand's own cars are listed without one
        QString model;          ///< as the visitor names it
        QString catalogId;      ///< the brand's own cars: the catalog model; empty for a listing
        qint64 newPriceEur = 0; ///< major units
    };
    /// The makes and models the stock holds (the brand's own ones last).
    static const QList<Model> &models();
    static const QStringList &currencies();

    static QList<Vehicle> vehicles(qsizetype count, quint32 seed);
    /// The names a car goes by, as the kiosk names them: a listing by its own, the brand's cars
    /// as "Solvik" and their catalog model's name.
    static TradeInEstimator::Names names();
    /// A visitor's car: mostly of a model the stock holds, any year and mileage, in km or miles,
    /// in one of the currencies.
    static TradeInRequest request(QRandomGenerator &rng);
};
