// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

/// An array of plain values that either owns them (built from the database) or reads them in
/// place from memory someone else keeps alive (the mapped StockSnapshot file): the finder's
/// columns and sort orders are used straight from the file, never copied. Building writes go to
/// the owned vector; a viewed column is read-only.
template<typename T>
class Column
{
public:
    Column() = default;
    Column(std::vector<T> values) // NOLINT: a built vector becomes a column as it is
        : m_own(std::move(values))
    {
    }
    /// `count` values at `data`, which must outlive the column (the owner of the mapping keeps it).
    static Column view(const T *data, size_t count)
    {
        Column c;
        c.m_view = data;
        c.m_count = count;
        return c;
    }

    const T *data() const { return m_view ? m_view : m_own.data(); }
    size_t size() const { return m_view ? m_count : m_own.size(); }
    bool empty() const { return size() == 0; }
    const T &operator[](size_t i) const { return data()[i]; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + size(); }
    const T *cbegin() const { return begin(); }
    const T *cend() const { return end(); }
    const T &back() const { return data()[size() - 1]; }
    bool isView() const { return m_view != nullptr; }

    // Building (owned columns only).
    T &operator[](size_t i) { return m_own[i]; }
    void resize(size_t n) { m_own.resize(n); }
    void assign(size_t n, const T &value) { m_own.assign(n, value); }
    void push_back(const T &value) { m_own.push_back(value); }
    void reserve(size_t n) { m_own.reserve(n); }
    void shrink_to_fit() { m_own.shrink_to_fit(); }

private:
    std::vector<T> m_own;
    const T *m_view = nullptr;
    size_t m_count = 0;
};
