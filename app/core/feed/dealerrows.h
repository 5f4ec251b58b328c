// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

class DealerFeedBuilder;
class DealerTable;

/// Reads a dealer feed's rows into a DealerFeedBuilder: a large file in two parts, the second on a
/// thread of its own, with the same cars, dealers and messages, in the same order, as read in one.
class DealerRows
{
public:
    /// Reads the rows of `table` from its position into `builder`, up to the row starting at
    /// `until` (-1: to the end). Called on the second part's thread with a table and a builder of
    /// its own.
    using Reader = std::function<void(DealerTable &table, DealerFeedBuilder &builder, qsizetype until)>;

    /// Files of at least this many bytes of rows are read in two parts; a smaller one is read
    /// before a second thread would have started.
    static constexpr qsizetype kTwoPartsFrom = 512 * 1024;

    enum class How {
        InOne,      ///< too small, or no place to cut it
        InTwo,      ///< in two parts, at once
        InTwoAgain, ///< the second part read again after the first: the cut was not between rows,
                    ///< or the parts disagree on a dealer
    };
    static How read(DealerTable &table, DealerFeedBuilder &builder, const Reader &reader, qsizetype twoPartsFrom = kTwoPartsFrom);
};
