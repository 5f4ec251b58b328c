// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealertable.h"

#include <cstring>

DealerTable::DealerTable(QByteArrayView bytes, char delimiter)
    : m_reader(bytes, delimiter)
{
    if (!m_reader.next(&m_record))
        return;
    for (int i = 0; i < m_record.fields.size(); ++i) {
        const QString name = QString::fromUtf8(m_record.fields.at(i)).trimmed().toLower();
        m_names << name;
        if (!m_columns.contains(name))
            m_columns.insert(name, i);
    }
    // Each row ends with a line break, bar the last: LF, CRLF, or CR alone from an old Mac export.
    const char end = bytes.contains('\n') ? '\n' : '\r';
    for (const char *at = bytes.data(), *stop = at + bytes.size();
         (at = static_cast<const char *>(std::memchr(at, end, size_t(stop - at)))) != nullptr; ++at)
        ++m_rowsAtMost;
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

bool DealerTable::next()
{
    return !m_names.isEmpty() && m_reader.next(&m_record);
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
