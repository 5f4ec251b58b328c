#include "money.h"

#include <QHash>
#include <QRegularExpression>
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

bool Money::parse(const QString &text, Money *out, QString *problem)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]{1,2})?)\s+([A-Z]{3})\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        *problem = QStringLiteral("\"%1\" is not an amount with a currency such as \"18000 USD\"").arg(text);
        return false;
    }
    *out = fromMajor(m.captured(1).toDouble(), m.captured(2));
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
    return locale.toCurrencyString(major(), symbol, whole ? 0 : 2);
}
