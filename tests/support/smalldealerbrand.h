// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A brand as small as dealer-feed checks need, header-only so the fuzz targets (which link only
// the core) share it with the unit tests: a US and a Norwegian market, a studio in each, an
// Aster 5 in the catalog and an alias mapping dealers' "Nocturne Aster 5" onto it.

#include "feed/feedcontext.h"

namespace SmallDealerBrand {

inline FeedContext context()
{
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
    c.catalog.aliases = {
        {QStringLiteral("a1"), QStringLiteral("Nocturne"), QStringLiteral("Aster 5"), QString(), aster.id, QString()}};
    c.catalog.index();
    return c;
}

} // namespace SmallDealerBrand
