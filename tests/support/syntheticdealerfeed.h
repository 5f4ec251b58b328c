// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// A dealer group's Meta automotive catalog of any size, as an export writes it — fifty Norwegian
/// dealers, trade-ins of every make, valid VINs, flattened columns beside JSON-text addresses —
/// for the import benchmark and tests.
class SyntheticDealerFeed
{
public:
    static QByteArray metaCsv(qsizetype rows, quint32 seed);
    /// The same group's catalog `days` later, as a refresh brings it: the same cars but one in
    /// fifty sold (left out) and as many new ones listed, and one in twenty reduced by 1,000 kr a
    /// day. Day 0 is metaCsv itself.
    static QByteArray metaCsvLater(qsizetype rows, quint32 seed, int days);
    /// The header of metaCsv, whose cells a plain insert takes one column each.
    static int columns();
};
