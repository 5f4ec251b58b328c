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

#include <limits>

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

/// The same cars, messages (with their lines), dealers and documents.
inline bool sameFeed(const Feed &a, const Feed &b)
{
    if (a.vehicles.size() != b.vehicles.size() || a.issues.size() != b.issues.size() || a.studios.size() != b.studios.size()
        || a.documentOrder != b.documentOrder || a.documents != b.documents)
        return false;
    for (qsizetype i = 0; i < a.vehicles.size(); ++i) {
        if (VehicleRecord::write(a.vehicles.at(i)) != VehicleRecord::write(b.vehicles.at(i)))
            return false;
    }
    for (qsizetype i = 0; i < a.issues.size(); ++i) {
        if (a.issues.at(i).line != b.issues.at(i).line || a.issues.at(i).toString() != b.issues.at(i).toString())
            return false;
    }
    for (qsizetype i = 0; i < a.studios.size(); ++i) {
        if (a.studios.at(i).id != b.studios.at(i).id)
            return false;
    }
    return true;
}

/// The bytes read by `read` (a reader's read(), given where files are read in two parts from) in
/// one and, wherever a cut can go, in two on two threads: the same feed either way, which is
/// checked, kept and returned.
template<typename Read>
inline Feed readInOneAndInTwo(const QByteArray &bytes, char delimiter, Read read)
{
    const DealerFeedBuilder::Options options{QStringLiteral("fuzz"), {}, {}, QDateTime(QDate(2026, 1, 1), QTime(), Qt::UTC)};
    DealerFeedBuilder one(context(), options), two(context(), options);
    const QString fatal = read(bytes, delimiter, one, std::numeric_limits<qsizetype>::max());
    if (read(bytes, delimiter, two, 0) != fatal)
        __builtin_trap();
    Feed feed = one.finish();
    if (!sameFeed(feed, two.finish()))
        __builtin_trap();
    return feed;
}

/// The first byte picks the delimiter the reader is given (or detection); the rest is the file.
inline char delimiter(const uint8_t *data, size_t size)
{
    static constexpr char kChoices[] = {0, ',', '\t', ';'};
    return size ? kChoices[data[0] % 4] : 0;
}

} // namespace DealerFuzzing
