// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/dealerrows.h"

#include <QByteArrayView>
#include <QString>

class DealerFeedBuilder;

/// Reads Google vehicle listings (RFC 4180 CSV or TSV) row by row into a DealerFeedBuilder. Each
/// file is its source's whole inventory; a car is known by its VIN (two offers of one VIN are one
/// car listed twice), its dealer by store_code; `condition` new or used with certified_pre_owned,
/// repeated additional_image_link columns or comma-separated links in one.
class GoogleFeedReader
{
public:
    /// Why the whole file cannot be read (no header, no vin column); empty when every row went
    /// to `builder` (read in two parts from `twoPartsFrom` bytes; `how`, if given, says how).
    static QString read(QByteArrayView bytes, char delimiter, DealerFeedBuilder &builder,
                        qsizetype twoPartsFrom = DealerRows::kTwoPartsFrom, DealerRows::How *how = nullptr);
};
