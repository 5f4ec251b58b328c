// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/csvreader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

/// A dealer feed read as a table: the header row's columns by name (lower case, so any case
/// matches), then one row at a time with its cells as trimmed text.
class DealerTable
{
public:
    DealerTable(QByteArrayView bytes, char delimiter);

    /// The header's column names, lower case, in file order.
    const QStringList &names() const { return m_names; }
    /// The first column of this name, or -1.
    int column(const QString &name) const { return m_columns.value(name, -1); }
    /// Every column of this name (a repeated one, such as Google's additional_image_link).
    QList<int> columns(const QString &name) const;

    /// At least as many as the rows after the header (the text's line breaks), to size lists by.
    qsizetype rowsAtMost() const { return m_rowsAtMost; }

    /// Reads the next row, skipping blank lines; false at the end, or when the next row would
    /// start at `until` or later.
    bool next(qsizetype until = -1);
    int line() const { return m_record.line; }

    /// The bytes from position() to the end.
    qsizetype bytesLeft() const { return m_reader.text().size() - m_reader.position(); }
    /// Where the next row (or the blank lines before it) starts.
    qsizetype position() const { return m_reader.position(); }
    /// The line the text at position() is on.
    int nextLine() const { return m_reader.line(); }
    /// A line break near the middle of the rows not yet read that ends a row as far as its quotes
    /// tell (an even number of them since position()): where a second reader could start. It is
    /// a guess that a cell holding a lone quote can spoil, so the first reader checks that it
    /// ends there (position() after next() with `until`). -1 when there is none.
    qsizetype middle() const;
    /// The rows from `from` on (a row's start, as middle() gives), under the same header: a
    /// table of its own, sharing no text with this one, for another thread.
    DealerTable rest(qsizetype from) const;
    /// What is wrong with the row's shape (quoting, more cells than the header); empty if nothing.
    QString problem() const;
    /// The cell of `column` in the current row, trimmed; empty for -1 or a short row. A column's
    /// repeated texts (a make, a dealer, a colour) come from one shared copy.
    QString text(int column) const;
    QString text(const QString &name) const { return text(column(name)); }

private:
    DealerTable(const DealerTable &header, qsizetype from);
    void setNames(const QStringList &names);
    /// The rows' line breaks from `from` on.
    static qsizetype rowsAtMost(QByteArrayView text, qsizetype from);

    CsvReader m_reader;
    CsvReader::Record m_record;
    QStringList m_names;
    QHash<QString, int> m_columns;
    qsizetype m_rowsAtMost = 0;
    /// A column's texts so far while it has at most kRepeated of them, by their bytes' hashOf()
    /// in a table of kSlots kept at most half full; past that, nothing (an id, a VIN or a price
    /// column, different on every row).
    struct Repeated {
        struct Slot {
            std::uint64_t hash = 0;
            QByteArray bytes; ///< null: the slot is free
            QString text;
        };
        std::vector<Slot> table;
        qsizetype count = 0;
        bool varied = false;
    };
    static constexpr qsizetype kRepeated = 64;
    static constexpr size_t kSlots = 2 * kRepeated;
    static std::uint64_t hashOf(QByteArrayView cell);
    mutable std::vector<Repeated> m_repeated;
};
