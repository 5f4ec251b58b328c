#pragma once

#include "catalog/catalog.h"
#include "inventory/vehicle.h"
#include "inventory/vehiclestore.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

/// Reads the stored catalog, studios and stock back into typed values, through the same
/// validation the feed went through.
class CatalogReader
{
public:
    explicit CatalogReader(QSqlDatabase db);

    std::optional<Catalog> catalog(QString *error = nullptr) const;
    std::optional<QList<Vehicle>> vehicles(QString *error = nullptr) const;
    /// The same cars kept compactly, for the in-memory search (a hundred bytes a car).
    std::optional<VehicleStore> vehicleStore(QString *error = nullptr) const;

    /// Live vehicles per studio or dealer id.
    std::optional<QHash<QString, int>> stockByLocation(QString *error = nullptr) const;

    struct Counts {
        qsizetype markets = 0, lines = 0, models = 0, trims = 0, options = 0, rules = 0;
        qsizetype studios = 0, dealers = 0, vehicles = 0;
    };
    std::optional<Counts> counts(QString *error = nullptr) const;

private:
    bool readVehicles(const std::function<void(Vehicle &&)> &take, qsizetype *count, QString *error) const;
    QSqlDatabase m_db;
};
