// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/csvreader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

    /// Reads the next row, skipping blank lines; false at the end.
    bool next();
    int line() const { return m_record.line; }
    /// What is wrong with the row's shape (quoting, more cells than the header); empty if nothing.
    QString problem() const;
    /// The cell of `column` in the current row, trimmed; empty for -1 or a short row. A column's
    /// repeated texts (a make, a dealer, a colour) come from one shared copy.
    QString text(int column) const;
    QString text(const QString &name) const { return text(column(name)); }

private:
    CsvReader m_reader;
    CsvReader::Record m_record;
    QStringList m_names;
    QHash<QString, int> m_columns;
    qsizetype m_rowsAtMost = 0;
    /// A column's texts so far while it has at most kRepeated of them; past that, nothing (an id,
    /// a VIN or a price column, different on every row).
    struct Repeated {
        QHash<QByteArray, QString> texts;
        bool varied = false;
    };
    static constexpr qsizetype kRepeated = 64;
    mutable std::vector<Repeated> m_repeated;
};
