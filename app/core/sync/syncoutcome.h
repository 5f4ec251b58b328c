// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "feed/feedreport.h"
#include "sync/sourcestate.h"

#include <QMetaType>

#include <memory>

/// What one fetch of a source came to, for the screen: the source's new state and, when a feed
/// was applied, the stock it changed and the catalog as now stored, so the finder's index can be
/// swapped without reading the whole stock back.
struct SyncOutcome {
    QString source;
    SourceState state;
    bool applied = false;
    /// The feed was the brand's (a Vitrine feed): the catalog, studios or sources may have changed.
    bool brandFeed = false;
    FeedReport::StockChange stock;
    std::shared_ptr<const Catalog> catalog; ///< set when applied
};

Q_DECLARE_METATYPE(SyncOutcome)
