// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Reads a number as people and spreadsheets write it ("10,499.00", "10.499", "1 234 567,5")
/// by fixed rules that never guess: an amount the rules cannot read one way only is refused with
/// the reason, never read as another number. The rules are written down in data/README.md.
class DecimalAmount
{
public:
    struct Result {
        bool ok = false;
        /// The amount in units of 10^-decimals: 1049900 for "10,499.00" with two decimals.
        qint64 scaled = 0;
        QString problem; ///< for a person; empty when ok
    };

    /// The largest amount read (in whole units): anything above is a typing error.
    static constexpr qint64 kMaxWhole = 999'999'999'999;

    /// Reads `text` allowing at most `decimals` digits after the decimal mark (0 for whole
    /// numbers, 2 for money). `decimals` also decides the one case that is otherwise ambiguous:
    /// a single ',' or '.' followed by exactly three digits separates thousands when the amount
    /// cannot have three decimals.
    static Result read(QStringView text, int decimals);
};
