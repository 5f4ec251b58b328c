// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticstock.h"

#include "inventory/vin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

QList<Vehicle> SyntheticStock::vehicles(const Catalog &catalog, qsizetype count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QHash<QString, QStringList> paintsOf, interiorsOf, wheelsOf, extrasOf;
    for (const CarModel &m : catalog.models) {
        for (const CatalogOption &o : catalog.options) {
            if (!o.models.isEmpty() && !o.models.contains(m.id))
                continue;
            if (o.kind == OptionKind::Paint)
                paintsOf[m.id] << o.id;
            else if (o.kind == OptionKind::Interior)
                interiorsOf[m.id] << o.id;
            else if (o.kind == OptionKind::Wheel)
                wheelsOf[m.id] << o.id;
            else
                extrasOf[m.id] << o.id;
        }
    }
    QList<Vehicle> out;
    out.reserve(count);
    static const char *kAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    for (qsizetype i = 0; i < count; ++i) {
        const Trim &trim = catalog.trims.at(rng.bounded(int(catalog.trims.size())));
        const Studio &place = catalog.studios.at(rng.bounded(int(catalog.studios.size())));
        const Market *market = catalog.market(place.market);
        Vehicle v;
        v.id = QStringLiteral("syn-%1").arg(i, 8, 10, QLatin1Char('0'));
        v.model = trim.model;
        v.trim = trim.id;
        const int kind = rng.bounded(100);
        v.condition = kind < 45 ? Vehicle::Condition::New : kind < 75 ? Vehicle::Condition::Cpo : Vehicle::Condition::Used;
        const int age = v.condition == Vehicle::Condition::New ? 0 : 1 + rng.bounded(7);
        v.year = 2026 - age;
        const qint64 km = v.condition == Vehicle::Condition::New ? rng.bounded(5, 60) : age * rng.bounded(8000, 20000);
        const bool miles = place.market.startsWith(QLatin1String("us"));
        v.mileage = {miles ? qint64(km / Mileage::kKmPerMile) : km, miles ? Mileage::Unit::Mi : Mileage::Unit::Km};
        const auto pick = [&](const QStringList &list) {
            return list.isEmpty() ? QString() : list.at(rng.bounded(int(list.size())));
        };
        v.paint = pick(paintsOf.value(v.model));
        v.wheel = pick(wheelsOf.value(v.model));
        v.interior = pick(interiorsOf.value(v.model));
        for (int k = rng.bounded(5); k > 0; --k) {
            const QString extra = pick(extrasOf.value(v.model));
            if (!extra.isEmpty() && !v.options.contains(extra))
                v.options << extra;
        }
        const qint64 base = trim.pricesMinor.value(place.market, 5000000);
        v.price = Money{qint64(base * (1.25 - 0.1 * age) * (0.9 + rng.bounded(20) / 100.0)) / 100 * 100,
                        market ? market->currency : QStringLiteral("EUR")};
        v.location = place.id;
        v.status = Vehicle::Status(rng.bounded(10) == 0 ? 1 : 0);
        v.added = QDate(2026, 11, 1).addDays(-rng.bounded(120));
        v.updated = QDateTime(v.added, QTime(8, 0), Qt::UTC);
        // A North-American-valid VIN: "SYN" plant code, serial from the position.
        QString vin = QStringLiteral("5SV");
        for (int c = 0; c < 5; ++c)
            vin += QLatin1Char(kAlphabet[rng.bounded(33)]);
        vin += QLatin1Char('0');
        vin += QLatin1Char("TVSRPNMLKJ"[age % 10]);
        vin += QLatin1Char('S');
        vin += QStringLiteral("%1").arg(i % 1000000, 6, 10, QLatin1Char('0'));
        vin[8] = Vin::checkDigit(vin);
        v.vin = vin;
        out << v;
    }
    return out;
}

QByteArray SyntheticStock::feed(const QList<Vehicle> &vehicles, const QString &source)
{
    QJsonArray list;
    for (const Vehicle &v : vehicles) {
        QJsonObject o{{QStringLiteral("id"), v.id},
                      {QStringLiteral("vin"), v.vin},
                      {QStringLiteral("model"), v.model},
                      {QStringLiteral("trim"), v.trim},
                      {QStringLiteral("year"), v.year},
                      {QStringLiteral("condition"), Vehicle::conditionName(v.condition)},
                      {QStringLiteral("mileage"),
                       QJsonObject{{QStringLiteral("value"), v.mileage.value}, {QStringLiteral("unit"), v.mileage.unitName()}}},
                      {QStringLiteral("paint"), v.paint},
                      {QStringLiteral("wheel"), v.wheel},
                      {QStringLiteral("interior"), v.interior},
                      {QStringLiteral("options"), QJsonArray::fromStringList(v.options)},
                      {QStringLiteral("price"),
                       QJsonObject{{QStringLiteral("amount"), v.price.major()}, {QStringLiteral("currency"), v.price.currency}}},
                      {QStringLiteral("location"), v.location},
                      {QStringLiteral("status"), Vehicle::statusName(v.status)},
                      {QStringLiteral("added"), v.added.toString(Qt::ISODate)},
                      {QStringLiteral("updated"), v.updated.toString(Qt::ISODate)}};
        list.append(o);
    }
    const QJsonObject feed{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("mode"), QStringLiteral("delta")},
                           {QStringLiteral("vehicles"), list}};
    return QJsonDocument(feed).toJson(QJsonDocument::Compact);
}
