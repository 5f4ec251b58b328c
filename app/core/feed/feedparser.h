#pragma once

#include "catalog/catalog.h"
#include "feed/feed.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <optional>

/// Validates a Vitrine JSON feed into typed records: each record on its own, then every
/// reference between records, leaving out (with a reason) whatever does not hold.
class FeedParser
{
public:
    static constexpr int kFormatVersion = 1;

    /// Ids already stored, by list name: a delta feed may refer to them.
    using KnownIds = QHash<QString, QSet<QString>>;

    struct Result {
        std::optional<Feed> feed;
        QString fatal; ///< why the whole feed was refused (not JSON, truncated, wrong format)
    };

    static Result parse(const QByteArray &bytes, const KnownIds &known = {});
    /// The catalog a feed carries, indexed (for tools and tests that read a feed file directly).
    static Catalog catalogOf(const Feed &feed);
};
