// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// A table written as CSV a spreadsheet opens safely: RFC 4180 (fields with a comma, quote or
/// line break quoted, quotes doubled), UTF-8 with a byte-order mark, CRLF line ends, and any
/// cell that starts with = + - @, a tab or a carriage return led by an apostrophe, so a
/// spreadsheet never runs it as a formula.
struct InsightCsv {
    QString name; ///< file name without extension: "funnel", "models-viewed"
    QStringList header;
    QList<QStringList> rows;

    QByteArray encode() const;
    /// One cell as written (quoted and guarded as needed).
    static QString cell(const QString &text);
};
