// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/vehicle.h"

#include <QList>
#include <QString>

/// The checks a car in stock passes against the market of the place that holds it, whichever
/// feed brought it: the VIN's check digit where North-American rules apply (49 CFR 565: WMIs
/// starting 1–5, us-* and ca-* markets), and a price in the market's currency.
class StockCheck
{
public:
    struct Finding {
        bool error = true; ///< false: a warning, the car is kept
        QString field;
        QString problem;
    };

    /// `market` and `currency` may be empty when the place's market is unknown here (its own
    /// check then reports it); the VIN is checked as written, so normalise it first.
    static QList<Finding> check(const Vehicle &vehicle, const QString &market, const QString &currency);
};
