// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

/// A set of vehicle positions as 64-bit words: the unit every filter and facet count works in,
/// because AND and popcount over words run at memory speed. Either owns its words or reads them
/// in place (a view into the mapped StockSnapshot file); changing a view makes it its own first.
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

    /// A set read in place as it was stored (StockSnapshot): `words` holds (size + 63) / 64 and
    /// must outlive the bitmap and its copies.
    static Bitmap view(qsizetype size, const uint64_t *words)
    {
        Bitmap b;
        b.m_size = size;
        b.m_view = words;
        return b;
    }

    qsizetype size() const { return m_size; }
    size_t wordCount() const { return size_t((m_size + 63) / 64); }
    const uint64_t *data() const { return m_view ? m_view : m_words.data(); }
    void set(qsizetype i)
    {
        own();
        m_words[size_t(i >> 6)] |= uint64_t(1) << (i & 63);
    }
    bool test(qsizetype i) const { return (data()[size_t(i >> 6)] >> (i & 63)) & 1; }

    qsizetype count() const
    {
        qsizetype n = 0;
        const uint64_t *a = data();
        const size_t words = wordCount();
        for (size_t i = 0; i < words; ++i)
            n += std::popcount(a[i]);
        return n;
    }

    /// |this ∩ other| without building the intersection.
    qsizetype countAnd(const Bitmap &other) const
    {
        qsizetype n = 0;
        const size_t words = wordCount();
        const uint64_t *a = data();
        const uint64_t *b = other.data();
        for (size_t i = 0; i < words; ++i)
            n += std::popcount(a[i] & b[i]);
        return n;
    }

    Bitmap &operator&=(const Bitmap &other)
    {
        own();
        const uint64_t *b = other.data();
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= b[i];
        return *this;
    }

    Bitmap &operator|=(const Bitmap &other)
    {
        own();
        const uint64_t *b = other.data();
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] |= b[i];
        return *this;
    }

    /// this = a ∩ b, in one pass (no copy of either first).
    void assignAnd(const Bitmap &a, const Bitmap &b)
    {
        m_size = a.m_size;
        m_view = nullptr;
        m_words.resize(a.wordCount());
        const uint64_t *x = a.data(), *y = b.data();
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] = x[i] & y[i];
    }

    /// Calls f(position) for every set bit, in order; stops when f returns false.
    template<typename F>
    void forEach(F f) const
    {
        const uint64_t *a = data();
        const size_t words = wordCount();
        for (size_t w = 0; w < words; ++w) {
            uint64_t bits = a[w];
            while (bits) {
                const int b = std::countr_zero(bits);
                if (!f(qsizetype(w * 64 + size_t(b))))
                    return;
                bits &= bits - 1;
            }
        }
    }

private:
    /// A view becomes a set of its own before it changes.
    void own()
    {
        if (m_view) {
            m_words.assign(m_view, m_view + wordCount());
            m_view = nullptr;
        }
    }
    void trim()
    {
        if (m_size % 64 && !m_words.empty())
            m_words.back() &= (uint64_t(1) << (m_size % 64)) - 1;
    }

    qsizetype m_size = 0;
    std::vector<uint64_t> m_words;
    const uint64_t *m_view = nullptr;
};
