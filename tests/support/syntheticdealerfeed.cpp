// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdealerfeed.h"

#include "inventory/vin.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

struct Model {
    const char *make, *model, *body, *fuel;
    int price; ///< NOK, new
};

const Model kModels[] = {
    {"Volvo", "XC60", "SUV", "PLUGIN_HYBRID", 689000}, {"Volvo", "V60", "WAGON", "GASOLINE", 519000},
    {"Tesla", "Model 3", "SEDAN", "ELECTRIC", 429000}, {"Tesla", "Model Y", "SUV", "ELECTRIC", 469000},
    {"Volkswagen", "ID.4", "SUV", "ELECTRIC", 399000}, {"Toyota", "RAV4", "SUV", "HYBRID", 489000},
    {"BMW", "i4", "SEDAN", "ELECTRIC", 589000},        {"Skoda", "Enyaq", "SUV", "ELECTRIC", 419000},
    {"Audi", "Q4 e-tron", "SUV", "ELECTRIC", 529000},  {"Nocturne", "Aster 5", "CROSSOVER", "ELECTRIC", 649000}};
const char *kTrims[] = {"Core", "Plus", "Ultimate", "Long Range", "Performance", "GT", "Business", ""};
const char *kColours[] = {"Crystal White", "Onyx Black", "Denim Blue", "Silver Dawn", "Fusion Red", "Thunder Grey"};
const char *kCities[] = {"Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Lillestrøm", "Tromsø", "Kristiansand"};

} // namespace

int SyntheticDealerFeed::columns()
{
    return 20;
}

QByteArray SyntheticDealerFeed::metaCsv(qsizetype rows, quint32 seed)
{
    return metaCsvLater(rows, seed, 0);
}

QByteArray SyntheticDealerFeed::metaCsvLater(qsizetype rows, quint32 seed, int days)
{
    QRandomGenerator rng(seed);
    // Each car draws the same numbers whatever the day: a car unchanged is written alike.
    const auto sold = [days, rows](qsizetype i) { return days > 0 && i < rows && i % 50 == days % 50; };
    qsizetype listed = rows; // as many new cars as were sold
    for (qsizetype i = 0; i < rows; ++i)
        listed += sold(i) ? 1 : 0;
    QByteArray out;
    out.reserve(rows * 420);
    out += "vehicle_id,vin,make,model,trim,year,body_style,fuel_type,exterior_color,state_of_vehicle,mileage.value,"
           "mileage.unit,price,description,dealer_id,dealer_name,address,latitude,longitude,image[0].url\r\n";
    static const char *kAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    for (qsizetype i = 0; i < listed; ++i) {
        const qsizetype start = out.size();
        const Model &m = kModels[rng.bounded(int(std::size(kModels)))];
        const int dealer = rng.bounded(50);
        const char *city = kCities[dealer % std::size(kCities)];
        const int kind = rng.bounded(100);
        const char *state = kind < 30 ? "NEW" : kind < 50 ? "CPO" : "USED";
        const int age = kind < 30 ? 0 : 1 + rng.bounded(9);
        const int km = kind < 30 ? rng.bounded(0, 30) : age * rng.bounded(6000, 21000);
        const int price = (m.price - age * m.price / 12) / 100 * 100 - (days > 0 && i % 20 == 7 ? 1000 * days : 0);
        QString vin = QStringLiteral("YV1");
        for (int c = 0; c < 14; ++c)
            vin += QLatin1Char(kAlphabet[rng.bounded(33)]);
        vin.replace(11, 6, QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'))); // unique per row
        vin[8] = Vin::checkDigit(vin);
        // Exports write amounts either way: "349 900 NOK" or "349900 NOK", "12,345" or "12345".
        const QString amount = i % 2 ? QString::number(price)
                                     : QStringLiteral("%1 %2").arg(price / 1000).arg(price % 1000, 3, 10, QLatin1Char('0'));
        const QString mileage = km >= 1000 && i % 3 == 0
            ? QStringLiteral("\"%1,%2\"").arg(km / 1000).arg(km % 1000, 3, 10, QLatin1Char('0'))
            : QString::number(km);
        out += QStringLiteral("SK-%1,%2,%3,%4,%5,%6,%7,%8,%9,")
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg(vin, QLatin1String(m.make), QLatin1String(m.model),
                        QLatin1String(kTrims[rng.bounded(int(std::size(kTrims)))]))
                   .arg(2026 - age)
                   .arg(QLatin1String(m.body), QLatin1String(m.fuel),
                        QLatin1String(kColours[rng.bounded(int(std::size(kColours)))]))
                   .toUtf8();
        out += QStringLiteral("%1,%2,%3,%4 NOK,\"%5 %6 %7, %8 km, one owner, full service history\",D%9,%10 Bil %9,")
                   .arg(QLatin1String(state), mileage, rng.bounded(10) ? QStringLiteral("KM") : QStringLiteral("km"), amount)
                   .arg(QLatin1String(m.make), QLatin1String(m.model))
                   .arg(2026 - age)
                   .arg(km)
                   .arg(dealer, 3, 10, QLatin1Char('0'))
                   .arg(QLatin1String(city))
                   .toUtf8();
        out += QStringLiteral("\"{addr1: 'Storgata %1', city: '%2', postal_code: '%3', country: 'NO'}\",%4,%5,"
                              "https://cdn.example.no/stock/%6/1.jpg\r\n")
                   .arg(dealer + 1)
                   .arg(QLatin1String(city))
                   .arg(100 + dealer * 37)
                   .arg(59.0 + dealer * 0.05, 0, 'f', 4)
                   .arg(10.0 + dealer * 0.07, 0, 'f', 4)
                   .arg(i)
                   .toUtf8();
        if (sold(i))
            out.truncate(start);
    }
    return out;
}
