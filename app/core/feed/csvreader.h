// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <vector>

/// Reads comma- or tab-separated text by RFC 4180 one record at a time: UTF-8 with or without a
/// byte order mark, CRLF, LF or CR line ends, quoted fields holding delimiters, line breaks and
/// doubled quotes. Fields are views into the text (or into one buffer when a field needed its
/// quotes undone), so a hundred thousand rows are read without a copy per field.
class CsvReader
{
public:
    /// `delimiter` 0 detects it from the first record (see detectDelimiter()).
    explicit CsvReader(QByteArrayView text, char delimiter = 0);

    struct Record {
        /// The fields, valid until the next call to next().
        QList<QByteArrayView> fields;
        /// The line the record starts on (1 for the first), for a person looking at the file.
        int line = 0;
        /// What is wrong with the record's quoting, for a person; empty when it reads cleanly.
        QString problem;
    };

    /// Reads the next record, skipping blank lines; false at the end of the text, or when the
    /// next record would start at `until` or later (a part of the text read on its own).
    bool next(Record *record, qsizetype until = -1);
    char delimiter() const { return m_delimiter; }

    /// The text read, without its byte order mark: positions count from its start.
    QByteArrayView text() const { return m_text; }
    /// Where the next record (or the blank lines before it) starts.
    qsizetype position() const { return m_pos; }
    /// The line the text at position() is on.
    int line() const { return m_line; }
    /// Goes on from `position`, which is on `line`: the start of a record, as a reader of the
    /// text before it would have found (see lineBreaks()).
    void resumeAt(qsizetype position, int line);

    /// Line breaks in `text` as the reader counts them: LF, CRLF and a lone CR each one.
    static int lineBreaks(QByteArrayView text);

    /// The separator the first record uses most, outside quotes: comma, tab, semicolon or '|'
    /// (a tab wins a tie with a comma: header names hold commas more often than tabs).
    static char detectDelimiter(QByteArrayView text);
    /// The text without a UTF-8 byte order mark.
    static QByteArrayView withoutBom(QByteArrayView text);

private:
    struct Span {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool unescaped = false; ///< in m_unescaped rather than in the text
    };

    /// Reads one quoted field starting at m_pos (on the opening quote); false if it never closes.
    bool readQuoted(Span *span, QString *problem);

    QByteArrayView m_text;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QByteArray m_unescaped;
    std::vector<Span> m_spans;
};
