// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonespecs.h"

#include "common/localnumbers.h"

#include <QCoreApplication>

namespace {

QString carFacts(const char *source)
{
    return QCoreApplication::translate("CarFacts", source);
}

} // namespace

QList<std::pair<QString, QString>> PhoneSpecs::specs(const ModelSpecs &s, const QLocale &locale)
{
    QList<std::pair<QString, QString>> out;
    const auto spec = [&out](const QString &label, const QString &value) {
        out << std::pair{label, LocalNumbers::unitsKept(value)};
    };
    spec(carFacts("Power"),
         carFacts("%1 kW (%2 hp)").arg(locale.toString(s.powerKw), locale.toString(qRound(s.powerKw * 1.35962))));
    spec(carFacts("0–100 km/h"), carFacts("%1 s").arg(locale.toString(s.accel0to100, 'f', 1)));
    spec(carFacts("Top speed"), carFacts("%1 km/h").arg(locale.toString(s.topSpeedKmh)));
    if (s.rangeKm)
        spec(carFacts("Range (WLTP)"), carFacts("%1 km").arg(locale.toString(*s.rangeKm)));
    if (!s.consumption.isEmpty())
        spec(carFacts("Consumption"), LocalNumbers::rewritten(s.consumption, locale));
    spec(carFacts("Seats"), locale.toString(s.seats));
    if (s.bootLitres > 0)
        spec(carFacts("Boot"), carFacts("%1 l").arg(locale.toString(s.bootLitres)));
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
