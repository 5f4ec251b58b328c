// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace {

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

/// Where `c` is in [at, end), or null.
const char *find(const char *at, const char *end, char c)
{
    if (at >= end)
        return nullptr; // and never memchr on the null data of an empty text
    return static_cast<const char *>(std::memchr(at, c, size_t(end - at)));
}

/// The first delimiter or line end in [at, end), or end: eight bytes at a time, a byte flagged
/// when it equals one of the three (the lowest flag is exact; a borrow can only flag bytes above
/// a true one).
const char *fieldEnd(const char *at, const char *end, char delimiter)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
        const uint64_t d = kOnes * uint8_t(delimiter), lf = kOnes * uint8_t('\n'), cr = kOnes * uint8_t('\r');
        const auto zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
        for (; end - at >= 8; at += 8) {
            uint64_t w;
            std::memcpy(&w, at, 8);
            if (const uint64_t found = zero(w ^ d) | zero(w ^ lf) | zero(w ^ cr))
                return at + (std::countr_zero(found) >> 3);
        }
    }
    while (at < end && *at != delimiter && !isLineEnd(*at))
        ++at;
    return at;
}

} // namespace

int CsvReader::lineBreaks(QByteArrayView text)
{
    // Line feeds, then carriage returns that start no CRLF: each found by memchr, most text
    // holding few or none.
    const char *const begin = text.data(), *const end = begin + text.size();
    int n = 0;
    for (const char *at = begin; (at = find(at, end, '\n')) != nullptr; ++at)
        ++n;
    for (const char *at = begin; (at = find(at, end, '\r')) != nullptr; ++at) {
        if (at + 1 == end || at[1] != '\n')
            ++n;
    }
    return n;
}

void CsvReader::resumeAt(qsizetype position, int line)
{
    m_pos = std::clamp<qsizetype>(position, 0, m_text.size());
    m_line = line;
}

CsvReader::CsvReader(QByteArrayView text, char delimiter)
    : m_text(withoutBom(text))
    , m_delimiter(delimiter ? delimiter : detectDelimiter(m_text))
{
}

QByteArrayView CsvReader::withoutBom(QByteArrayView text)
{
    return text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text;
}

char CsvReader::detectDelimiter(QByteArrayView text)
{
    text = withoutBom(text);
    static constexpr char kCandidates[] = {'\t', ',', ';', '|'};
    int counts[4] = {};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice
            continue;
        }
        if (quoted)
            continue;
        if (isLineEnd(c))
            break;
        for (int i = 0; i < 4; ++i) {
            if (c == kCandidates[i])
                ++counts[i];
        }
    }
    int best = 1; // a single column reads the same with any of them
    for (int i = 0; i < 4; ++i) {
        if (counts[i] > counts[best] || (counts[i] == counts[best] && counts[i] > 0 && i < best))
            best = i;
    }
    return kCandidates[best];
}

bool CsvReader::readQuoted(Span *span, QString *problem)
{
    const qsizetype n = m_text.size();
    const qsizetype opened = m_pos;
    const int openedLine = m_line;
    ++m_pos; // the opening quote
    qsizetype chunk = m_pos;
    bool copied = false;
    for (;;) {
        const char *found = find(m_text.data() + m_pos, m_text.data() + n, '"');
        const qsizetype quote = found ? found - m_text.data() : n;
        if (quote >= n) {
            // Nothing closes it: everything to the end is the field, and the record is broken.
            m_line += lineBreaks(m_text.sliced(opened, n - opened));
            if (copied) {
                m_unescaped.append(m_text.sliced(chunk, n - chunk));
                span->size = m_unescaped.size() - span->begin;
            } else {
                *span = {chunk, n - chunk, false};
            }
            m_pos = n;
            *problem = QStringLiteral("a quoted field that starts on line %1 never closes (is a '\"' missing?)").arg(openedLine);
            return false;
        }
        if (quote + 1 < n && m_text[quote + 1] == '"') {
            // A doubled quote stands for one: from here on the field is built in the buffer.
            if (!copied) {
                span->begin = m_unescaped.size();
                span->unescaped = true;
                copied = true;
            }
            m_unescaped.append(m_text.sliced(chunk, quote + 1 - chunk));
            m_pos = chunk = quote + 2;
            continue;
        }
        m_line += lineBreaks(m_text.sliced(opened, quote - opened));
        if (copied) {
            m_unescaped.append(m_text.sliced(chunk, quote - chunk));
            span->size = m_unescaped.size() - span->begin;
        } else {
            *span = {chunk, quote - chunk, false};
        }
        m_pos = quote + 1;
        return true;
    }
}

bool CsvReader::next(Record *record, qsizetype until)
{
    record->fields.clear();
    record->problem.clear();
    const qsizetype n = m_text.size();
    const qsizetype end = until >= 0 ? std::min(until, n) : n; // blank lines past `until` are the next part's
    while (m_pos < end && isLineEnd(m_text[m_pos])) {
        if (m_text[m_pos] == '\r' && m_pos + 1 < n && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= end)
        return false;
    record->line = m_line;
    m_unescaped.clear();
    m_spans.clear();
    for (;;) {
        Span span;
        if (m_text[m_pos] == '"') {
            readQuoted(&span, &record->problem);
            const qsizetype after = m_pos;
            m_pos = fieldEnd(m_text.data() + m_pos, m_text.data() + n, m_delimiter) - m_text.data();
            if (m_pos > after && record->problem.isEmpty())
                record->problem = QStringLiteral("field %1 has text after its closing quote (a quote inside a "
                                                 "quoted field is written twice: \"\")")
                                      .arg(m_spans.size() + 1);
        } else {
            const qsizetype start = m_pos;
            m_pos = fieldEnd(m_text.data() + m_pos, m_text.data() + n, m_delimiter) - m_text.data();
            span = {start, m_pos - start, false};
        }
        m_spans.push_back(span);
        if (m_pos >= n)
            break;
        const char c = m_text[m_pos++];
        if (c == m_delimiter) {
            if (m_pos >= n)
                m_spans.push_back({m_pos, 0, false}); // a delimiter ending the text ends an empty field
            else
                continue;
            break;
        }
        if (c == '\r' && m_pos < n && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }
    record->fields.reserve(qsizetype(m_spans.size()));
    for (const Span &s : m_spans)
        record->fields.append(s.unescaped ? QByteArrayView(m_unescaped).sliced(s.begin, s.size) : m_text.sliced(s.begin, s.size));
    return true;
}
