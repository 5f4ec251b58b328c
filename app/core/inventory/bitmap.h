// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

/// A set of vehicle positions as 64-bit words: the unit every filter and facet count works in,
/// because AND and popcount over words run at memory speed.
class Bitmap
{
public:
    Bitmap() = default;
    explicit Bitmap(qsizetype size, bool filled = false)
        : m_size(size)
        , m_words(size_t((size + 63) / 64), filled ? ~uint64_t(0) : 0)
    {
        if (filled)
            trim();
    }

    /// A set read back as it was stored (StockSnapshot): `words` must hold (size + 63) / 64.
    Bitmap(qsizetype size, std::vector<uint64_t> words)
        : m_size(size)
        , m_words(std::move(words))
    {
    }

    qsizetype size() const { return m_size; }
    void set(qsizetype i) { m_words[size_t(i >> 6)] |= uint64_t(1) << (i & 63); }
    bool test(qsizetype i) const { return (m_words[size_t(i >> 6)] >> (i & 63)) & 1; }

    qsizetype count() const
    {
        qsizetype n = 0;
        for (uint64_t w : m_words)
            n += std::popcount(w);
        return n;
    }

    /// |this ∩ other| without building the intersection.
    qsizetype countAnd(const Bitmap &other) const
    {
        qsizetype n = 0;
        const size_t words = m_words.size();
        const uint64_t *a = m_words.data();
        const uint64_t *b = other.m_words.data();
        for (size_t i = 0; i < words; ++i)
            n += std::popcount(a[i] & b[i]);
        return n;
    }

    Bitmap &operator&=(const Bitmap &other)
    {
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= other.m_words[i];
        return *this;
    }

    Bitmap &operator|=(const Bitmap &other)
    {
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] |= other.m_words[i];
        return *this;
    }

    /// Calls f(position) for every set bit, in order; stops when f returns false.
    template<typename F>
    void forEach(F f) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            uint64_t bits = m_words[w];
            while (bits) {
                const int b = std::countr_zero(bits);
                if (!f(qsizetype(w * 64 + size_t(b))))
                    return;
                bits &= bits - 1;
            }
        }
    }

    const std::vector<uint64_t> &words() const { return m_words; }

private:
    void trim()
    {
        if (m_size % 64 && !m_words.empty())
            m_words.back() &= (uint64_t(1) << (m_size % 64)) - 1;
    }

    qsizetype m_size = 0;
    std::vector<uint64_t> m_words;
};
