// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

/// Many short texts (the cars' ids) as one run of UTF-16 and an offset each: a hundred thousand
/// ids cost their characters and four bytes each, not a heap string each. Either owned (built
/// while appending, shared by copies) or read in place from memory someone else keeps alive
/// (the mapped StockSnapshot file). at() gives a copy of its own, which may outlive the column.
class StringColumn
{
public:
    StringColumn() = default;
    /// `count` texts: text i is text[offsets[i], offsets[i + 1]). The memory must outlive the column.
    static StringColumn view(const quint32 *offsets, const char16_t *text, qsizetype count);

    void reserve(qsizetype count, qsizetype units = 0);
    void append(QStringView text);
    void squeeze();

    qsizetype size() const { return m_owned ? qsizetype(m_owned->offsets.size()) - 1 : m_count; }
    bool isEmpty() const { return size() == 0; }
    QStringView view(qsizetype i) const
    {
        const quint32 *o = offsets();
        return QStringView(text() + o[i], qsizetype(o[i + 1] - o[i]));
    }
    QString at(qsizetype i) const { return view(i).toString(); }
    /// The first position of `text`, or -1.
    qsizetype indexOf(QStringView text) const;
    /// The texts as QStrings that point into this column (no copy of the text): for work that
    /// ends before the column goes, such as sorting.
    QStringList rawList() const;

    /// size() + 1 offsets, the last one the number of code units.
    const quint32 *offsets() const { return m_owned ? m_owned->offsets.data() : m_offsets; }
    const char16_t *text() const { return m_owned ? reinterpret_cast<const char16_t *>(m_owned->text.constData()) : m_text; }
    quint64 units() const { return size() ? offsets()[size()] : 0; }

private:
    struct Owned {
        std::vector<quint32> offsets{0};
        /// The UTF-16 units, two bytes each: a QByteArray grows and shrinks where it lies (realloc),
        /// where a vector copies itself into memory touched for the first time, page by page.
        QByteArray text;
    };
    std::shared_ptr<Owned> m_owned;
    const quint32 *m_offsets = nullptr;
    const char16_t *m_text = nullptr;
    qsizetype m_count = 0;
};
