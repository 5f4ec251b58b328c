// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatedtexts.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>

namespace {

/// Qt's own string hash, with the process's random seed (as a QHash of the texts would): texts a
/// feed chose cannot be made to meet at will. Texts that merely share a hash are told apart by
/// comparing them.
uint64_t hashOf(QStringView text)
{
    return qHash(text, QHashSeed::globalSeed());
}

} // namespace

void RepeatedTexts::reserve(qsizetype count)
{
    m_entries.reserve(size_t(count));
    m_texts.reserve(count);
}

void RepeatedTexts::add(const QString &text)
{
    m_entries.push_back({hashOf(text), qsizetype(m_entries.size())});
    m_texts.append(text);
}

void RepeatedTexts::append(RepeatedTexts &&later)
{
    const qsizetype shift = qsizetype(m_entries.size());
    for (Entry &e : later.m_entries)
        m_entries.push_back({e.hash, e.place + shift});
    m_texts.append(std::move(later.m_texts));
    later = {};
}

QList<QList<qsizetype>> RepeatedTexts::groups() const
{
    // By the hash's top bits first (one counting pass, which keeps the order added), then each
    // bucket, a text or two on average, by the whole hash: equal texts come together, each run in
    // the order added. About as many buckets as texts, at most 65,536: a small feed's few dozen
    // texts do not clear and walk a quarter of a megabyte.
    const int bits = std::clamp(int(std::bit_width(m_entries.size())), 4, 16);
    std::vector<uint32_t> starts((size_t(1) << bits) + 1, 0);
    for (const Entry &e : m_entries)
        ++starts[(e.hash >> (64 - bits)) + 1];
    for (size_t b = 1; b < starts.size(); ++b)
        starts[b] += starts[b - 1];
    std::vector<Entry> sorted(m_entries.size());
    {
        std::vector<uint32_t> next(starts.begin(), starts.end() - 1);
        for (const Entry &e : m_entries)
            sorted[next[e.hash >> (64 - bits)]++] = e;
    }
    for (size_t b = 0; b + 1 < starts.size(); ++b) {
        const auto from = sorted.begin() + starts[b], to = sorted.begin() + starts[b + 1];
        if (to - from > 16) { // many texts or one repeated: by hash, then place
            std::sort(from, to,
                      [](const Entry &x, const Entry &y) { return x.hash != y.hash ? x.hash < y.hash : x.place < y.place; });
            continue;
        }
        // Insertion: stable, and no allocation for a bucket of two or three.
        for (size_t i = starts[b] + 1; i < starts[b + 1]; ++i) {
            const Entry e = sorted[i];
            size_t j = i;
            for (; j > starts[b] && sorted[j - 1].hash > e.hash; --j)
                sorted[j] = sorted[j - 1];
            sorted[j] = e;
        }
    }
    QList<QList<qsizetype>> out;
    for (size_t from = 0; from < sorted.size();) {
        size_t to = from + 1;
        while (to < sorted.size() && sorted[to].hash == sorted[from].hash)
            ++to;
        if (to - from == 1) { // a hash met once, as almost every text's: nothing to tell apart
            from = to;
            continue;
        }
        // One hash, most often one text; texts that only share a hash are told apart here.
        std::vector<bool> taken(to - from, false);
        for (size_t i = from; i < to; ++i) {
            if (taken[i - from])
                continue;
            QList<qsizetype> group{sorted[i].place};
            for (size_t j = i + 1; j < to; ++j) {
                if (!taken[j - from] && m_texts.at(sorted[j].place) == m_texts.at(sorted[i].place)) {
                    taken[j - from] = true;
                    group.append(sorted[j].place);
                }
            }
            if (group.size() > 1)
                out.append(group);
        }
        from = to;
    }
    std::sort(out.begin(), out.end(), [](const QList<qsizetype> &a, const QList<qsizetype> &b) { return a.first() < b.first(); });
    return out;
}
