// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/vehicle.h"

#include <QByteArray>
#include <QList>

/// Plausible stock of any size over a catalog — valid VINs, mileage in the market's unit,
/// prices in its currency — for benchmarks, tests and `vitrinectl generate`.
class SyntheticStock
{
public:
    static QList<Vehicle> vehicles(const Catalog &catalog, qsizetype count, quint32 seed);
    /// A complete Vitrine delta feed carrying the vehicles (the catalog is assumed present).
    static QByteArray feed(const QList<Vehicle> &vehicles, const QString &source);
};
