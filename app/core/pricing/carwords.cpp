// SPDX-License-Identifier: GPL-3.0-or-later
#include "carwords.h"

#include "common/bidi.h"
#include "common/localnumbers.h"
#include "common/localtimes.h"
#include "common/money.h"

#include <QCoreApplication>

namespace {

/// The kiosk's context for these words (lupdate reads CarFacts::tr as "CarFacts").
class CarFacts
{
    Q_DECLARE_TR_FUNCTIONS(CarFacts)
};

} // namespace

QList<CarWords::Line> CarWords::specs(const ModelSpecs &s, const QLocale &locale)
{
    QList<Line> out;
    const auto spec = [&out](const QString &label, const QString &value) {
        out << Line{LocalNumbers::unitsKept(label), LocalNumbers::unitsKept(value)};
    };
    spec(CarFacts::tr("Power"),
         CarFacts::tr("%1 kW (%2 hp)").arg(locale.toString(s.powerKw), locale.toString(qRound(s.powerKw * 1.35962))));
    spec(CarFacts::tr("0–100 km/h"), CarFacts::tr("%1 s").arg(locale.toString(s.accel0to100, 'f', 1)));
    spec(CarFacts::tr("Top speed"), CarFacts::tr("%1 km/h").arg(locale.toString(s.topSpeedKmh)));
    if (s.rangeKm)
        spec(CarFacts::tr("Range (WLTP)"), CarFacts::tr("%1 km").arg(locale.toString(*s.rangeKm)));
    if (!s.consumption.isEmpty()) {
        // The feed writes its units the English way: each said in the visitor's language, as the
        // power's and the range's are (Arabic read "310 كيلوواط" beside "18.9 kWh/100 km").
        // The figures are written in the visitor's digits after, the units' "100" with them.
        QString consumption = s.consumption;
        consumption.replace(QStringLiteral("kWh/100 km"), CarFacts::tr("kWh/100 km"));
        consumption.replace(QStringLiteral("l/100 km"), CarFacts::tr("l/100 km"));
        spec(CarFacts::tr("Consumption"), LocalNumbers::rewritten(consumption, locale));
    }
    spec(CarFacts::tr("Seats"), locale.toString(s.seats));
    if (s.bootLitres > 0)
        spec(CarFacts::tr("Boot"), CarFacts::tr("%1 l").arg(locale.toString(s.bootLitres)));
    return out;
}

QList<CarWords::Line> CarWords::breakdown(const PriceBreakdown &breakdown, const QString &currency, const QString &textKey,
                                          const QLocale &locale)
{
    QList<Line> lines;
    for (const auto &line : breakdown.lines) {
        QString label = line.kind == PriceBreakdown::Line::Kind::Vehicle ? CarFacts::tr("Vehicle, before taxes")
                                                                         : line.nameIn(textKey, currency, locale);
        if (line.kind == PriceBreakdown::Line::Kind::Tax)
            label = LocalNumbers::unitsKept(CarFacts::tr("%1 (%2 %)").arg(label, locale.toString(line.percent)));
        lines << Line{label, Money{line.amountMinor, currency}.format(locale)};
    }
    return lines;
}

QStringList CarWords::openingHours(const Studio &place, const QLocale &locale)
{
    QStringList out;
    for (int n = 0; n < 7; ++n) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + n) % 7; // 0 is Monday, as weeklyHours
        QStringList spans;
        for (const TimeRange &r : place.weeklyHours[size_t(day)])
            spans << Bidi::timeRange(LocalTimes::time(locale, r.from), LocalTimes::time(locale, r.to), locale);
        out << QStringLiteral("%1 %2").arg(locale.dayName(day + 1, QLocale::ShortFormat),
                                           spans.isEmpty() ? QCoreApplication::translate("VehicleDetail", "closed")
                                                           : spans.join(QStringLiteral(", ")));
    }
    return out;
}
