// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringcolumn.h"

#include "common/hugepages.h"

StringColumn StringColumn::view(const quint32 *offsets, const char16_t *text, qsizetype count)
{
    StringColumn c;
    c.m_offsets = offsets;
    c.m_text = text;
    c.m_count = count;
    return c;
}

void StringColumn::reserve(qsizetype count, qsizetype units)
{
    if (!m_owned)
        m_owned = std::make_shared<Owned>();
    m_owned->offsets.reserve(size_t(count) + 1);
    m_owned->text.reserve(units * 2);
    // The offsets are filled whole; the text's room is a guess (VehicleStore::reserve), left alone.
    HugePages::prefer(m_owned->offsets.data(), m_owned->offsets.capacity() * sizeof(quint32));
}

void StringColumn::append(QStringView text)
{
    if (!m_owned) {
        // A viewed column appended to becomes one of its own.
        auto owned = std::make_shared<Owned>();
        for (qsizetype i = 0; i < m_count; ++i) {
            const QStringView t = view(i);
            owned->text.append(reinterpret_cast<const char *>(t.utf16()), t.size() * 2);
            owned->offsets.push_back(quint32(owned->text.size() / 2));
        }
        m_owned = std::move(owned);
    } else if (m_owned.use_count() > 1) {
        m_owned = std::make_shared<Owned>(*m_owned); // copies share until one appends
    }
    m_owned->text.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    m_owned->offsets.push_back(quint32(m_owned->text.size() / 2));
}

void StringColumn::squeeze()
{
    if (m_owned && m_owned.use_count() == 1) {
        m_owned->offsets.shrink_to_fit();
        m_owned->text.squeeze();
    }
}

qsizetype StringColumn::indexOf(QStringView text) const
{
    const qsizetype n = size();
    const quint32 *o = offsets();
    const char16_t *t = this->text();
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (qsizetype(o[i + 1] - o[i]) == length && QStringView(t + o[i], length) == text)
            return i;
    }
    return -1;
}

QStringList StringColumn::rawList() const
{
    QStringList out;
    out.reserve(size());
    const quint32 *o = offsets();
    const char16_t *t = text();
    for (qsizetype i = 0; i < size(); ++i)
        out << QString::fromRawData(reinterpret_cast<const QChar *>(t + o[i]), qsizetype(o[i + 1] - o[i]));
    return out;
}
