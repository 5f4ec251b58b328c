// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

/// Sorts positions into a list of texts in QString's own order (UTF-16 code units, a prefix
/// first), a few code units at a time from keys packed into one array: a hundred thousand ids
/// sharing long prefixes ("meta-nordic-sk-00…") are sorted without every comparison chasing
/// two strings through the heap.
class TextOrder
{
public:
    /// Sorts `order` (positions into `texts`) so that texts[order[i]] never exceed the next.
    static void sort(std::vector<uint32_t> &order, const QStringList &texts);
};
