// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/dealerfeedbuilder.h"
#include "feed/feedcontext.h"
#include "smalldealerbrand.h"

#include <QJsonObject>

/// What dealer-feed tests check rows against: the small dealer brand of the test support, with a
/// stored dealer and a trim.
namespace DealerFixture {

/// The stored dealer that rows with dealer_id D1 name (for source meta-nordic).
inline QString d1()
{
    return DealerFeedBuilder::stableId(QStringLiteral("meta-nordic-"), QStringLiteral("D1"));
}

/// The small brand with a dealer stored before (D1, in Oslo) and an alias naming the GT trim.
inline FeedContext stored()
{
    FeedContext c = SmallDealerBrand::context();
    Studio known;
    known.id = d1();
    known.kind = Studio::Kind::Dealer;
    known.name = QStringLiteral("Nordic Motors");
    known.market = QStringLiteral("no");
    known.address.country = QStringLiteral("NO");
    c.catalog.studios.append(known);
    c.placeDocuments.insert(known.id,
                            QJsonObject{{QStringLiteral("id"), known.id},
                                        {QStringLiteral("kind"), QStringLiteral("dealer")},
                                        {QStringLiteral("name"), known.name},
                                        {QStringLiteral("market"), known.market},
                                        {QStringLiteral("address"),
                                         QJsonObject{{QStringLiteral("city"), QStringLiteral("Oslo")},
                                                     {QStringLiteral("country"), QStringLiteral("NO")}}},
                                        {QStringLiteral("lat"), 59.91},
                                        {QStringLiteral("lon"), 10.75},
                                        {QStringLiteral("phone"), QStringLiteral("+47 22 00 00 00")}});
    Trim gt;
    gt.id = QStringLiteral("aster-5-gt");
    gt.model = QStringLiteral("aster-5");
    c.catalog.trims = {gt};
    c.catalog.aliases.append({QStringLiteral("a2"), QStringLiteral("Nocturne"), QStringLiteral("Aster 5"), QStringLiteral("GT"),
                              QStringLiteral("aster-5"), QStringLiteral("aster-5-gt")});
    c.catalog.index();
    return c;
}

inline DealerFeedBuilder::Options options(const QString &source = QStringLiteral("meta-nordic"))
{
    return {source, {}, {}, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
}

inline bool has(const Feed &feed, const QString &needle)
{
    for (const RecordIssue &i : feed.issues) {
        if (i.toString().contains(needle))
            return true;
    }
    return false;
}

inline QString issues(const Feed &feed)
{
    QStringList out;
    for (const RecordIssue &i : feed.issues)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

inline const Vehicle *car(const Feed &feed, const QString &id)
{
    for (const Vehicle &v : feed.vehicles) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

} // namespace DealerFixture
