// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedsource.h"

/// A source as this screen fetches it: as the brand's feed lists it, as staff added it here,
/// or the brand's as staff changed it here (staff's word wins on this screen).
struct SyncSource {
    enum class Origin { Feed, Staff, ChangedByStaff };
    FeedSource source;
    Origin origin = Origin::Feed;

    const QString &id() const { return source.id; }
};
