// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealertable.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace {

/// The line break each row ends with: LF (or CRLF), else CR alone from an old Mac export.
char rowEnd(QByteArrayView text)
{
    return text.contains('\n') ? '\n' : '\r';
}

/// Whether [from, to) holds an odd number of double quotes. Eight bytes at a time: the half of a
/// hundred-thousand-row file before its middle is counted before the second reader can start, and
/// a byte at a time (std::count) that took some 110 million instructions.
bool oddQuotes(const char *from, const char *to)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101u, kLow7 = 0x7f7f7f7f7f7f7f7fu;
    std::uint64_t quotes = 0; // the quotes' high bits, each word's laid over the last: same parity
    for (; to - from >= 8; from += 8) {
        std::uint64_t word;
        std::memcpy(&word, from, 8);
        const std::uint64_t x = word ^ (kOnes * std::uint64_t('"')); // a quote's byte is now zero
        // The high bit of each byte that is zero, and of no other (no borrow from one to the next).
        quotes ^= ~(((x & kLow7) + kLow7) | x | kLow7);
    }
    bool odd = (std::popcount(quotes) & 1) != 0;
    for (; from < to; ++from)
        odd = odd != (*from == '"');
    return odd;
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
    bool quoted = oddQuotes(text.data() + from, text.data() + at);
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
    if (repeated.table.empty())
        repeated.table.resize(kSlots);
    const std::uint64_t hash = hashOf(cell);
    size_t at = size_t(hash) & (kSlots - 1);
    for (; !repeated.table[at].bytes.isNull(); at = (at + 1) & (kSlots - 1)) {
        const Repeated::Slot &slot = repeated.table[at];
        if (slot.hash == hash && QByteArrayView(slot.bytes) == cell)
            return slot.text;
    }
    QString text = QString::fromUtf8(cell);
    if (repeated.count < kRepeated) {
        repeated.table[at] = {hash, cell.toByteArray(), text};
        ++repeated.count;
    } else {
        repeated.varied = true;
        repeated.table = {};
    }
    return text;
}

std::uint64_t DealerTable::hashOf(QByteArrayView cell)
{
    // A hundred thousand rows look up a dozen cells each: a few multiplications and a probe of a
    // small table, where a QHash<QByteArray, QString> took half as many instructions again.
    constexpr std::uint64_t kMix = 0xff51afd7ed558ccdu;
    std::uint64_t h = 0x9e3779b97f4a7c15u ^ std::uint64_t(cell.size());
    const char *at = cell.data();
    const char *const end = at + cell.size();
    for (; end - at >= 8; at += 8) {
        std::uint64_t word;
        std::memcpy(&word, at, 8);
        h = (h ^ word) * kMix;
        h ^= h >> 32;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, at, size_t(end - at));
    h = (h ^ tail) * kMix;
    return h ^ (h >> 29);
}
