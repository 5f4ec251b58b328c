// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include "common/decimalamount.h"

#include <QHash>

#include <algorithm>
#include <cmath>

Money Money::fromMajor(double major, const QString &currency)
{
    return {qint64(std::llround(major * kMinorPerMajor)), currency};
}

bool Money::fromJson(const QJsonValue &value, const QString &currency, Money *out, QString *problem)
{
    if (!value.isDouble()) {
        *problem = QStringLiteral("must be a number");
        return false;
    }
    const double major = value.toDouble();
    if (!std::isfinite(major) || major < 0 || major > 1e11) {
        *problem = QStringLiteral("must be a positive amount");
        return false;
    }
    const double minor = major * kMinorPerMajor;
    if (std::fabs(minor - std::round(minor)) > 1e-6) {
        *problem = QStringLiteral("has more than two decimals");
        return false;
    }
    *out = fromMajor(major, currency);
    return true;
}

bool Money::parse(QStringView text, Money *out, QString *problem)
{
    // "18000 USD", "10,499.00 USD" (the form Meta and Google write), or "USD 18000".
    text = text.trimmed();
    const auto isCode = [](QStringView s) {
        return s.size() == 3 && std::all_of(s.begin(), s.end(), [](QChar c) {
                   return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
               });
    };
    QStringView amount, code;
    if (text.size() > 3 && isCode(text.last(3)) && !text.at(text.size() - 4).isLetter()) {
        code = text.last(3);
        amount = text.chopped(3);
    } else if (text.size() > 3 && isCode(text.first(3)) && !text.at(3).isLetter()) {
        code = text.first(3);
        amount = text.sliced(3);
    } else {
        const bool symbol = std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Symbol_Currency; });
        *problem = symbol ? QStringLiteral("\"%1\" names its currency by a symbol; write the three-letter ISO 4217 code, "
                                           "such as \"18000 USD\"")
                                .arg(text.toString())
                          : QStringLiteral("\"%1\" is not an amount with a currency such as \"18000 USD\"").arg(text.toString());
        return false;
    }
    const DecimalAmount::Result read = DecimalAmount::read(amount, 2);
    if (!read.ok) {
        *problem = read.problem;
        return false;
    }
    *out = {read.scaled, code.toString().toUpper()};
    return true;
}

QString Money::format(const QLocale &locale) const
{
    // QLocale only knows the symbol of its own country's currency; the studio's market decides
    // the currency, the visitor's language decides the digits and the symbol's place.
    static const QHash<QString, QString> symbols{{QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("CNY"), QStringLiteral("¥")},
                                                 {QStringLiteral("NOK"), QStringLiteral("kr")},
                                                 {QStringLiteral("AED"), QStringLiteral("AED")}};
    const QString symbol = symbols.value(currency, currency);
    const bool whole = minor % kMinorPerMajor == 0;
    QString text = locale.toCurrencyString(major(), symbol, whole ? 0 : 2);
    // CLDR's currency spacing, which QLocale leaves out: a symbol made of letters is kept apart
    // from the digits by a no-break space ("kr 951,500" in English, not "kr951,500"; "AED 1,200").
    // A sign ("$951,500", "951.500 €") stays close. Bidi marks between them are looked past.
    const qsizetype at = text.indexOf(symbol);
    if (at < 0 || symbol.isEmpty())
        return text;
    const auto isMark = [](QChar c) { return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C); };
    qsizetype after = at + symbol.size();
    while (after < text.size() && isMark(text.at(after)))
        ++after;
    if (symbol.back().isLetter() && after < text.size()
        && (text.at(after).isDigit() || text.at(after) == u'-' || text.at(after) == QChar(0x2212)))
        text.insert(at + symbol.size(), QChar(0x00A0));
    qsizetype before = at - 1;
    while (before >= 0 && isMark(text.at(before)))
        --before;
    if (symbol.front().isLetter() && before >= 0 && text.at(before).isDigit())
        text.insert(at, QChar(0x00A0));
    return text;
}
