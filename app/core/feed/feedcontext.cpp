// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcontext.h"

QString FeedContext::marketOf(const QString &place, const QHash<QString, QString> &feedPlaces) const
{
    const auto it = feedPlaces.constFind(place);
    if (it != feedPlaces.constEnd())
        return *it;
    const Studio *stored = catalog.studio(place);
    return stored ? stored->market : QString();
}

QString FeedContext::currencyOf(const QString &market, const QHash<QString, QString> &feedMarkets) const
{
    const auto it = feedMarkets.constFind(market);
    if (it != feedMarkets.constEnd())
        return *it;
    const Market *stored = catalog.market(market);
    return stored ? stored->currency : QString();
}
