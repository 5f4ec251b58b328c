// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the dealer-feed fuzz targets share: a small brand to check rows against, and the
// promises every outcome keeps whatever the bytes were.

#include "feed/dealerfeedbuilder.h"
#include "feed/feedformat.h"
#include "inventory/vehiclerecord.h"
#include "smalldealerbrand.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DealerFuzzing {

inline const FeedContext &context()
{
    static const FeedContext c = SmallDealerBrand::context();
    return c;
}

/// Every car taken is one storage can keep and read back unchanged, and every issue says why.
inline void checkFeed(const Feed &feed)
{
    for (const RecordIssue &issue : feed.issues) {
        if (issue.problem.isEmpty() || issue.list.isEmpty())
            __builtin_trap();
    }
    for (const Vehicle &v : feed.vehicles) {
        const QByteArray json = VehicleRecord::write(v);
        const auto back = VehicleRecord::read(QJsonDocument::fromJson(json).object(), nullptr);
        if (!back || back->id != v.id || back->vin != v.vin || back->price != v.price || back->mileage.value != v.mileage.value
            || back->make != v.make || back->location != v.location)
            __builtin_trap();
    }
    if (!feed.full || !feed.stockOnly)
        __builtin_trap();
}

/// The first byte picks the delimiter the reader is given (or detection); the rest is the file.
inline char delimiter(const uint8_t *data, size_t size)
{
    static constexpr char kChoices[] = {0, ',', '\t', ';'};
    return size ? kChoices[data[0] % 4] : 0;
}

} // namespace DealerFuzzing
