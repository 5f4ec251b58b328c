#pragma once

// What the dealer-feed fuzz targets share: a small brand to check rows against, and the
// promises every outcome keeps whatever the bytes were.

#include "feed/dealerfeedbuilder.h"
#include "feed/feedformat.h"
#include "inventory/vehiclerecord.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DealerFuzzing {

inline const FeedContext &context()
{
    static const FeedContext c = [] {
        FeedContext c;
        Market us;
        us.id = QStringLiteral("us-or");
        us.currency = QStringLiteral("USD");
        Market no;
        no.id = QStringLiteral("no");
        no.currency = QStringLiteral("NOK");
        c.catalog.markets = {us, no};
        Studio portland;
        portland.id = QStringLiteral("portland");
        portland.market = us.id;
        portland.address.country = QStringLiteral("US");
        Studio oslo;
        oslo.id = QStringLiteral("oslo");
        oslo.market = no.id;
        oslo.address.country = QStringLiteral("NO");
        c.catalog.studios = {portland, oslo};
        CarModel aster;
        aster.id = QStringLiteral("aster-5");
        c.catalog.models = {aster};
        c.catalog.aliases = {{QStringLiteral("a"), QStringLiteral("Nocturne"), QStringLiteral("Aster 5"), {}, aster.id, {}}};
        c.catalog.index();
        return c;
    }();
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
