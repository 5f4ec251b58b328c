// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "feed/feed.h"
#include "feed/feedcontext.h"

#include <QByteArray>

#include <optional>

/// Validates a Vitrine JSON feed into typed records: each record on its own, then every
/// reference between records, leaving out (with a reason) whatever does not hold.
class FeedParser
{
public:
    static constexpr int kFormatVersion = 1;

    struct Result {
        std::optional<Feed> feed;
        QString fatal; ///< why the whole feed was refused (not JSON, truncated, wrong format)
    };

    /// `stored`: what storage holds — ids a delta feed may refer to, and the markets of the
    /// places its cars are at.
    static Result parse(const QByteArray &bytes, const FeedContext &stored = {});
    /// The catalog a feed carries, indexed (for tools and tests that read a feed file directly).
    static Catalog catalogOf(const Feed &feed);
};
