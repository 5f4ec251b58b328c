// SPDX-License-Identifier: GPL-3.0-or-later
#include "textorder.h"

#include <algorithm>

namespace {

/// Code units a key holds: three of 17 bits each, a unit plus one, 0 where the text has ended
/// (so a text sorts before any longer one it begins).
constexpr qsizetype kUnits = 3;
constexpr uint64_t kLastUnit = (uint64_t(1) << 17) - 1;

uint64_t keyAt(const QString &text, qsizetype depth)
{
    uint64_t key = 0;
    for (qsizetype k = 0; k < kUnits; ++k) {
        const qsizetype at = depth + k;
        key = (key << 17) | (at < text.size() ? uint64_t(text.at(at).unicode()) + 1 : 0);
    }
    return key;
}

using Keys = std::vector<std::pair<uint64_t, uint32_t>>;

/// Sorts [begin, end), whose texts all agree on their first `depth` units and are that long.
void sortRange(uint32_t *begin, uint32_t *end, qsizetype depth, const QStringList &texts, Keys &keys)
{
    const size_t n = size_t(end - begin);
    if (n < 2)
        return;
    if (n <= 16) {
        std::sort(begin, end, [&texts](uint32_t a, uint32_t b) { return texts.at(a) < texts.at(b); });
        return;
    }
    // What the whole range has in common is skipped at once rather than three units a pass.
    const QString &first = texts.at(*begin);
    qsizetype common = first.size() - depth;
    for (const uint32_t *p = begin + 1; p != end && common > 0; ++p) {
        const QString &text = texts.at(*p);
        const qsizetype limit = std::min(common, text.size() - depth);
        const QChar *a = first.constData() + depth, *b = text.constData() + depth;
        qsizetype k = 0;
        while (k < limit && a[k] == b[k])
            ++k;
        common = k;
    }
    depth += common;
    keys.clear();
    for (const uint32_t *p = begin; p != end; ++p)
        keys.emplace_back(keyAt(texts.at(*p), depth), *p);
    std::sort(keys.begin(), keys.end());
    std::vector<std::pair<size_t, size_t>> runs; // equal keys whose texts go on past them
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && keys[j].first == keys[i].first)
            ++j;
        if (j - i > 1 && (keys[i].first & kLastUnit) != 0)
            runs.emplace_back(i, j);
        i = j;
    }
    for (size_t i = 0; i < n; ++i)
        begin[i] = keys[i].second;
    for (const auto &[from, to] : runs)
        sortRange(begin + from, begin + to, depth + kUnits, texts, keys);
}

} // namespace

void TextOrder::sort(std::vector<uint32_t> &order, const QStringList &texts)
{
    // Texts often come in order already, or in a few runs in order (the ids of a feed's cars after
    // those of the stock before, the rows of a table): such runs are found in one pass and merged.
    constexpr size_t kMaxRuns = 8;
    const auto less = [&texts](uint32_t a, uint32_t b) { return texts.at(a) < texts.at(b); };
    std::vector<size_t> runs{0};
    for (size_t i = 1; i < order.size() && runs.size() <= kMaxRuns; ++i) {
        if (less(order[i], order[i - 1]))
            runs.push_back(i);
    }
    if (runs.size() <= kMaxRuns) {
        runs.push_back(order.size());
        while (runs.size() > 2) {
            std::vector<size_t> merged;
            for (size_t k = 0; k + 1 < runs.size(); k += 2) {
                merged.push_back(runs[k]);
                if (k + 2 < runs.size())
                    std::inplace_merge(order.begin() + qsizetype(runs[k]), order.begin() + qsizetype(runs[k + 1]),
                                       order.begin() + qsizetype(runs[k + 2]), less);
            }
            merged.push_back(order.size());
            runs = std::move(merged);
        }
        return;
    }
    Keys keys;
    keys.reserve(order.size());
    sortRange(order.data(), order.data() + order.size(), 0, texts, keys);
}
