// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

/// Finds the texts that occur more than once among many (a feed's car ids, its VINs) by sorting
/// their hashes once all are in, rather than growing a hash table of them text by text (an
/// allocation per block of buckets, a cache miss per text).
class RepeatedTexts
{
public:
    /// Room for `count` texts.
    void reserve(qsizetype count);
    /// Adds the next text; its place is the number of texts added before it.
    void add(const QString &text);
    /// Adds `later`'s texts after these, in their order.
    void append(RepeatedTexts &&later);
    /// The text added at `place`.
    const QString &text(qsizetype place) const { return m_texts.at(place); }

    /// The places of each text added more than once, a group per text, each group in the order
    /// added, the groups in the order of their first place.
    QList<QList<qsizetype>> groups() const;

private:
    struct Entry {
        uint64_t hash;
        qsizetype place;
    };
    std::vector<Entry> m_entries;
    QList<QString> m_texts; ///< shared, not copied
};
