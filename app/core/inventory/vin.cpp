// SPDX-License-Identifier: GPL-3.0-or-later
#include "vin.h"

#include <algorithm>

namespace {

constexpr int kWeights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

/// A VIN character's value for the check digit; only for characters isAllowedCharacter() takes.
int transliterate(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    // 49 CFR 565.15 table: letters map to 1–9 in runs that skip I, O and Q (0 here: never used).
    static constexpr int kLetters[26] = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    return kLetters[u - u'A'];
}

} // namespace

bool Vin::isAllowedCharacter(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return true;
    if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
        return false;
    return c != QLatin1Char('I') && c != QLatin1Char('O') && c != QLatin1Char('Q');
}

QChar Vin::checkDigit(const QString &vin)
{
    if (vin.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAllowedCharacter(vin.at(i)))
            return {};
        sum += transliterate(vin.at(i)) * kWeights[i];
    }
    const int remainder = sum % 11;
    return remainder == 10 ? QLatin1Char('X') : QChar(QLatin1Char('0' + remainder));
}

Vin::Result Vin::check(const QString &vin, const QString &market)
{
    if (vin.size() != 17)
        return {Verdict::Invalid, QStringLiteral("must have 17 characters, has %1").arg(vin.size())};
    for (int i = 0; i < vin.size(); ++i) {
        const QChar c = vin.at(i);
        if (!isAllowedCharacter(c)) {
            const bool confusable = c == QLatin1Char('I') || c == QLatin1Char('O') || c == QLatin1Char('Q');
            return {Verdict::Invalid,
                    confusable ? QStringLiteral("character %1 is '%2', which VINs never use (I, O and Q "
                                                "look like 1 and 0)")
                                     .arg(i + 1)
                                     .arg(c)
                               : QStringLiteral("character %1 is '%2'; only 0-9 and A-Z are allowed").arg(i + 1).arg(c)};
        }
    }
    const QChar expected = checkDigit(vin);
    if (vin.at(8) == expected)
        return {Verdict::Valid, {}};
    const QChar first = vin.at(0);
    const bool northAmerican = (first >= QLatin1Char('1') && first <= QLatin1Char('5')) || market.startsWith(QLatin1String("us"))
        || market.startsWith(QLatin1String("ca"));
    const QString problem = QStringLiteral("check digit is %1, expected %2").arg(vin.at(8)).arg(expected);
    return {northAmerican ? Verdict::Invalid : Verdict::CheckDigitWarning, problem};
}

QString Vin::normalized(const QString &vin)
{
    // Most VINs are written right: those are shared as they are, without two copies each.
    const bool clean = !vin.isEmpty() && !vin.front().isSpace() && !vin.back().isSpace()
        && std::none_of(vin.cbegin(), vin.cend(), [](QChar c) { return c.isLower(); });
    return clean ? vin : vin.trimmed().toUpper();
}
