#pragma once

#include "common/recordissue.h"
#include "inventory/vehicle.h"

#include <QJsonObject>
#include <QList>

#include <optional>

/// The JSON form of a car in stock, read into a Vehicle with every problem noted; the feed
/// validates with it on the way in and VehicleRows reads stored cars back through it.
class VehicleRecord
{
public:
    static std::optional<Vehicle> read(const QJsonObject &o, QList<RecordIssue> *issues);
};
