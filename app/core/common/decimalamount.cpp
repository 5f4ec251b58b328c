// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimalamount.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

bool isSpaceMark(QChar c)
{
    // A space, a no-break space, a narrow no-break space (French) or a thin space.
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

DecimalAmount::Result refuse(QStringView text, const QString &why)
{
    return {false, 0, QStringLiteral("\"%1\" %2").arg(text.toString(), why)};
}

} // namespace

DecimalAmount::Result DecimalAmount::read(QStringView text, int decimals)
{
    decimals = std::clamp(decimals, 0, 4); // 10^4 × kMaxWhole still fits in 64 bits
    text = text.trimmed();
    if (text.isEmpty())
        return {false, 0, QStringLiteral("is empty")};
    if (text.size() > 40)
        return {false, 0, QStringLiteral("is not an amount (%1 characters)").arg(text.size())};
    if (text.front() == QLatin1Char('-'))
        return refuse(text, QStringLiteral("is negative"));

    // Split into runs of digits and the single marks between them.
    QVarLengthArray<QStringView, 8> groups;
    QVarLengthArray<char, 8> marks; // ',', '.' or ' '
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i].unicode() >= '0' && text[i].unicode() <= '9')
            continue;
        if (i < text.size()) {
            const QChar c = text[i];
            if (c != QLatin1Char(',') && c != QLatin1Char('.') && !isSpaceMark(c))
                return refuse(text,
                              QStringLiteral("holds '%1', which is not a digit, a ',' or '.' mark, or a space "
                                             "between thousands")
                                  .arg(c));
            marks.append(isSpaceMark(c) ? ' ' : char(c.unicode()));
        }
        if (i == start)
            return refuse(text,
                          i == 0                 ? QStringLiteral("starts with a mark instead of a digit")
                              : i == text.size() ? QStringLiteral("ends with a mark instead of a digit")
                                                 : QStringLiteral("has two marks in a row"));
        groups.append(text.sliced(start, i - start));
        start = i + 1;
    }

    // Which mark, if any, is the decimal mark (see data/README.md, "Amounts").
    const auto count = [&marks](char m) { return std::count(marks.cbegin(), marks.cend(), m); };
    const qsizetype spaces = count(' '), commas = count(','), dots = count('.');
    qsizetype decimalAt = -1; // index into marks
    if (!marks.isEmpty()) {
        const char last = marks.back();
        if (spaces > 0) {
            if (commas > 0 && dots > 0)
                return refuse(text,
                              QStringLiteral("mixes spaces, ',' and '.', so it cannot be told which separates "
                                             "thousands"));
            if (commas + dots > 1 || (commas + dots == 1 && last == ' '))
                return refuse(text,
                              QStringLiteral("separates thousands with spaces, so its one ',' or '.' must be "
                                             "the decimal mark, at the end"));
            if (last != ' ')
                decimalAt = marks.size() - 1;
        } else if (commas > 0 && dots > 0) {
            if (count(last) != 1)
                return refuse(text,
                              QStringLiteral("uses both ',' and '.', so the last of them must be the decimal "
                                             "mark and appear once"));
            decimalAt = marks.size() - 1;
        } else if (marks.size() == 1) {
            const qsizetype after = groups.back().size();
            if (after == 3 && decimals >= 3)
                return refuse(text,
                              QStringLiteral("could be a decimal or a number of thousands; write it without "
                                             "a thousands separator"));
            if (after != 3)
                decimalAt = 0; // three digits after a lone mark separate thousands: see the rules
        }
    }

    // Thousands: one to three digits first (never a lone 0), then groups of exactly three.
    const qsizetype wholeGroups = decimalAt < 0 ? groups.size() : decimalAt + 1;
    if (wholeGroups > 1) {
        if (groups.front().size() > 3 || groups.front() == QLatin1String("0"))
            return refuse(text,
                          QStringLiteral("has a thousands separator after \"%1\"; a number grouped in thousands "
                                         "starts with one to three digits, not 0")
                              .arg(groups.front().toString()));
        for (qsizetype g = 1; g < wholeGroups; ++g) {
            if (groups[g].size() != 3)
                return refuse(text,
                              QStringLiteral("has a group of %1 digits between thousands separators; each "
                                             "must have three")
                                  .arg(groups[g].size()));
        }
    }
    QStringView fraction;
    if (decimalAt >= 0) {
        fraction = groups.back();
        if (decimals == 0)
            return refuse(text, QStringLiteral("is not a whole number"));
        if (fraction.size() > decimals)
            return refuse(text, QStringLiteral("has %1 decimals; at most %2").arg(fraction.size()).arg(decimals));
    }

    qint64 whole = 0;
    int digits = 0;
    for (qsizetype g = 0; g < wholeGroups; ++g) {
        for (const QChar c : groups[g]) {
            if (whole == 0 && c == QLatin1Char('0'))
                continue; // leading zeros do not count towards the limit
            whole = whole * 10 + (c.unicode() - '0');
            if (++digits > 12 || whole > kMaxWhole)
                return refuse(text, QStringLiteral("is too large"));
        }
    }
    qint64 scaled = whole;
    for (int d = 0; d < decimals; ++d)
        scaled = scaled * 10 + (d < fraction.size() ? fraction[d].unicode() - '0' : 0);
    return {true, scaled, {}};
}
