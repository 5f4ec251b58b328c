// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonespecs.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString carFacts(const char *source)
{
    return QCoreApplication::translate("CarFacts", source);
}

// The feed writes figures the English way ("15.8 kWh/100 km"); each is written again in the
// visitor's locale with as many decimals as it had.
QString localNumbers(const QString &text, const QLocale &locale)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.(\\d+))?"));
    QString out;
    qsizetype at = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        out += locale.toString(m.captured().toDouble(), 'f', int(m.capturedLength(1)));
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

} // namespace

QList<std::pair<QString, QString>> PhoneSpecs::specs(const ModelSpecs &s, const QLocale &locale)
{
    QList<std::pair<QString, QString>> out;
    out << std::pair{carFacts("Power"),
                     carFacts("%1 kW (%2 hp)").arg(locale.toString(s.powerKw), locale.toString(qRound(s.powerKw * 1.35962)))};
    out << std::pair{carFacts("0–100 km/h"), carFacts("%1 s").arg(locale.toString(s.accel0to100, 'f', 1))};
    out << std::pair{carFacts("Top speed"), carFacts("%1 km/h").arg(locale.toString(s.topSpeedKmh))};
    if (s.rangeKm)
        out << std::pair{carFacts("Range (WLTP)"), carFacts("%1 km").arg(locale.toString(*s.rangeKm))};
    if (!s.consumption.isEmpty())
        out << std::pair{carFacts("Consumption"), localNumbers(s.consumption, locale)};
    out << std::pair{carFacts("Seats"), locale.toString(s.seats)};
    if (s.bootLitres > 0)
        out << std::pair{carFacts("Boot"), carFacts("%1 l").arg(locale.toString(s.bootLitres))};
    return out;
}

QList<std::pair<QString, QString>> PhoneSpecs::breakdown(const PriceBreakdown &breakdown, const QString &currency,
                                                         const QString &feedKey, const QLocale &locale)
{
    QList<std::pair<QString, QString>> lines;
    for (const auto &line : breakdown.lines) {
        QString label = line.kind == PriceBreakdown::Line::Kind::Vehicle ? carFacts("Vehicle, before taxes")
                                                                         : line.name.text(feedKey);
        if (line.kind == PriceBreakdown::Line::Kind::Tax)
            label = carFacts("%1 (%2 %)").arg(label, locale.toString(line.percent));
        lines << std::pair{label, Money{line.amountMinor, currency}.format(locale)};
    }
    return lines;
}

QString PhoneSpecs::mileage(qint64 value, bool miles, const QLocale &locale)
{
    return miles ? QCoreApplication::translate("MarketWords", "%1 mi").arg(locale.toString(value))
                 : QCoreApplication::translate("MarketWords", "%1 km").arg(locale.toString(value));
}
