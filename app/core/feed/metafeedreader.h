// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/dealerrows.h"

#include <QByteArrayView>
#include <QString>

class DealerFeedBuilder;

/// Reads a Meta automotive inventory catalog (CSV or TSV) row by row into a DealerFeedBuilder:
/// nested fields as flattened JSON-path columns (mileage.value, image[0].url, address.city) or
/// as JSON text in one column (Meta's single-quoted address objects too), both in one file if
/// need be; enums in any case.
class MetaFeedReader
{
public:
    /// Why the whole file cannot be read (no header, no vehicle_id column); empty when every row
    /// went to `builder` (read in two parts from `twoPartsFrom` bytes; `how`, if given, says how).
    static QString read(QByteArrayView bytes, char delimiter, DealerFeedBuilder &builder,
                        qsizetype twoPartsFrom = DealerRows::kTwoPartsFrom, DealerRows::How *how = nullptr);
};
