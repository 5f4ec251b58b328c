// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradeinstock.h"

#include <QHash>

#include <cmath>

namespace {

const QString kBrand = QStringLiteral("Solvik");

// How a dealer may write a name the visitor types plainly: the estimate must see through it.
QString dealerSpelling(const QString &name, QRandomGenerator &rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return name.toUpper();
    case 1:
        return QStringLiteral(" ") + name + QStringLiteral(" ");
    case 2:
        return QString(name).replace(QLatin1Char(' '), QStringLiteral("  "));
    default:
        return name;
    }
}

double currencyRate(const QString &currency)
{
    if (currency == QLatin1String("NOK"))
        return 11.5;
    if (currency == QLatin1String("USD"))
        return 1.08;
    return 1.0;
}

} // namespace

const QList<TradeInStock::Model> &TradeInStock::models()
{
    static const QList<Model> list{
        {QStringLiteral("Volvo"), QStringLiteral("XC60"), {}, 52000},
        {QStringLiteral("Volvo"), QStringLiteral("XC40"), {}, 41000},
        {QStringLiteral("Volvo"), QStringLiteral("V90"), {}, 58000},
        {QStringLiteral("Audi"), QStringLiteral("Q5"), {}, 55000},
        {QStringLiteral("Audi"), QStringLiteral("A4 Avant"), {}, 46000},
        {QStringLiteral("Toyota"), QStringLiteral("RAV4"), {}, 39000},
        {QStringLiteral("Toyota"), QStringLiteral("Corolla"), {}, 27000},
        {kBrand, QStringLiteral("Aster 5"), QStringLiteral("aster-5"), 61000},
        {kBrand, QStringLiteral("Vega E"), QStringLiteral("vega-e"), 66000},
    };
    return list;
}

const QStringList &TradeInStock::currencies()
{
    static const QStringList list{QStringLiteral("NOK"), QStringLiteral("EUR"), QStringLiteral("USD")};
    return list;
}

QList<Vehicle> TradeInStock::vehicles(qsizetype count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Vehicle> out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Model &m = models().at(rng.bounded(int(models().size())));
        Vehicle v;
        v.id = QStringLiteral("ti-%1").arg(i, 7, 10, QLatin1Char('0'));
        if (m.catalogId.isEmpty()) {
            v.make = dealerSpelling(m.make, rng);
            v.modelName = dealerSpelling(m.model, rng);
        } else {
            v.model = m.catalogId;
        }
        const int kind = rng.bounded(100);
        v.condition = kind < 20 ? Vehicle::Condition::New : kind < 50 ? Vehicle::Condition::Cpo : Vehicle::Condition::Used;
        const int age = v.condition == Vehicle::Condition::New ? 0 : rng.bounded(kLatestYear - kOldestYear + 1);
        v.year = kLatestYear - age;
        const qint64 km = v.condition == Vehicle::Condition::New ? rng.bounded(5, 80)
                                                                 : qint64(age) * rng.bounded(6000, 24000) + rng.bounded(15000);
        const bool miles = rng.bounded(3) == 0;
        v.mileage = Mileage{miles ? qint64(double(km) / Mileage::kKmPerMile) : km, miles ? Mileage::Unit::Mi : Mileage::Unit::Km};
        const QString &currency = currencies().at(rng.bounded(int(currencies().size())));
        // Worth less with each year and each km, give or take 15 %; now and then an odd amount.
        const double major = double(m.newPriceEur) * currencyRate(currency) * std::pow(0.9, age)
            * (1.0 - double(km) / 1'000'000.0) * (0.85 + rng.bounded(0.30));
        v.price = Money{rng.bounded(100) == 0 ? 0 : qint64(major) * Money::kMinorPerMajor + rng.bounded(2) * rng.bounded(100),
                        currency};
        v.status = rng.bounded(10) == 0 ? Vehicle::Status::Reserved : Vehicle::Status::Available;
        out << v;
    }
    return out;
}

TradeInEstimator::Names TradeInStock::names()
{
    static const QHash<QString, QString> catalogNames = [] {
        QHash<QString, QString> names;
        for (const Model &m : models()) {
            if (!m.catalogId.isEmpty())
                names.insert(m.catalogId, m.model);
        }
        return names;
    }();
    return [](const Vehicle &v) {
        if (v.isListing())
            return std::pair(v.make, v.modelName);
        return std::pair(kBrand, catalogNames.value(v.model));
    };
}

TradeInRequest TradeInStock::request(QRandomGenerator &rng)
{
    TradeInRequest r;
    if (rng.bounded(20) == 0) {
        r.make = QStringLiteral("Lada");
        r.model = QStringLiteral("Niva");
    } else {
        const Model &m = models().at(rng.bounded(int(models().size())));
        r.make = m.make;
        r.model = rng.bounded(2) ? m.model : m.model.toLower();
    }
    r.year = kOldestYear + rng.bounded(kLatestYear - kOldestYear + 1);
    const bool miles = rng.bounded(2) == 0;
    const qint64 km = qint64(kLatestYear - r.year) * rng.bounded(5000, 25000) + rng.bounded(20000);
    r.mileage = Mileage{miles ? qint64(double(km) / Mileage::kKmPerMile) : km, miles ? Mileage::Unit::Mi : Mileage::Unit::Km};
    r.condition = TradeInRequest::Condition(rng.bounded(3));
    r.currency = currencies().at(rng.bounded(int(currencies().size())));
    return r;
}
