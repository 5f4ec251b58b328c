// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealertable.h"

#include <algorithm>
#include <cstring>

namespace {

/// The line break each row ends with: LF (or CRLF), else CR alone from an old Mac export.
char rowEnd(QByteArrayView text)
{
    return text.contains('\n') ? '\n' : '\r';
}

} // namespace

DealerTable::DealerTable(QByteArrayView bytes, char delimiter)
    : m_reader(bytes, delimiter)
{
    if (!m_reader.next(&m_record))
        return;
    QStringList names;
    for (const QByteArrayView field : std::as_const(m_record.fields))
        names << QString::fromUtf8(field).trimmed().toLower();
    setNames(names);
    m_rowsAtMost = rowsAtMost(m_reader.text(), m_reader.position());
}

DealerTable::DealerTable(const DealerTable &header, qsizetype from)
    : m_reader(header.m_reader)
{
    m_reader.resumeAt(from, 1 + CsvReader::lineBreaks(m_reader.text().first(from)));
    // Copies of the names, not shares: the other thread counts its own references.
    QStringList names;
    for (const QString &name : header.m_names)
        names << QString(name.constData(), name.size());
    setNames(names);
    m_rowsAtMost = rowsAtMost(m_reader.text(), from);
}

void DealerTable::setNames(const QStringList &names)
{
    m_names = names;
    for (int i = 0; i < m_names.size(); ++i) {
        if (!m_columns.contains(m_names.at(i)))
            m_columns.insert(m_names.at(i), i);
    }
}

qsizetype DealerTable::rowsAtMost(QByteArrayView text, qsizetype from)
{
    // Each row ends with a line break, bar the last.
    const char end = rowEnd(text);
    qsizetype rows = 0;
    for (const char *at = text.data() + from, *stop = text.data() + text.size();
         (at = static_cast<const char *>(std::memchr(at, end, size_t(stop - at)))) != nullptr; ++at)
        ++rows;
    return rows;
}

qsizetype DealerTable::middle() const
{
    const QByteArrayView text = m_reader.text();
    const qsizetype from = m_reader.position();
    if (m_names.isEmpty() || text.size() - from < 2)
        return -1;
    const char end = rowEnd(text);
    qsizetype at = from + (text.size() - from) / 2;
    bool quoted = std::count(text.data() + from, text.data() + at, '"') % 2 != 0;
    for (; at < text.size(); ++at) {
        if (text[at] == '"')
            quoted = !quoted;
        else if (text[at] == end && !quoted)
            return at + 1 < text.size() ? at + 1 : -1;
    }
    return -1;
}

DealerTable DealerTable::rest(qsizetype from) const
{
    return DealerTable(*this, from);
}

QList<int> DealerTable::columns(const QString &name) const
{
    QList<int> out;
    for (int i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i) == name)
            out << i;
    }
    return out;
}

bool DealerTable::next(qsizetype until)
{
    return !m_names.isEmpty() && m_reader.next(&m_record, until);
}

QString DealerTable::problem() const
{
    if (!m_record.problem.isEmpty())
        return m_record.problem;
    if (m_record.fields.size() > m_names.size())
        return QStringLiteral("has %1 cells but the header names %2 columns (an unquoted '%3' in a value?)")
            .arg(m_record.fields.size())
            .arg(m_names.size())
            .arg(m_reader.delimiter() == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(m_reader.delimiter())));
    return {};
}

QString DealerTable::text(int column) const
{
    if (column < 0 || column >= m_record.fields.size())
        return {};
    const QByteArrayView cell = m_record.fields.at(column).trimmed();
    // A hundred thousand rows name a few makes, dealers and colours: each is converted once.
    if (cell.isEmpty() || column >= m_names.size())
        return QString::fromUtf8(cell);
    if (m_repeated.empty())
        m_repeated.resize(size_t(m_names.size()));
    Repeated &repeated = m_repeated[size_t(column)];
    if (repeated.varied)
        return QString::fromUtf8(cell);
    const auto known = repeated.texts.constFind(QByteArray::fromRawData(cell.data(), cell.size()));
    if (known != repeated.texts.cend())
        return *known;
    QString text = QString::fromUtf8(cell);
    if (repeated.texts.size() < kRepeated) {
        repeated.texts.insert(cell.toByteArray(), text);
    } else {
        repeated.varied = true;
        repeated.texts = {};
    }
    return text;
}
