// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/vehicle.h"

#include <QString>

/// What a stock car is called on screen: the catalog's model and trim in the visitor's language
/// for the brand's cars (and dealers' cars the brand maps), the dealer's own make, model and trim
/// for a car the catalog does not know (a trade-in of another make).
class CarNames
{
public:
    static QString title(const Vehicle &vehicle, const Catalog &catalog, const QString &language);
};
