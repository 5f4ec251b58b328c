// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// A distance driven, kept in the unit the source gave (km read as miles is a classic bug).
struct Mileage {
    enum class Unit { Km, Mi };
    qint64 value = 0;
    Unit unit = Unit::Km;

    static constexpr double kKmPerMile = 1.609344;
    double kilometres() const { return unit == Unit::Km ? double(value) : double(value) * kKmPerMile; }
    QString unitName() const { return unit == Unit::Km ? QStringLiteral("km") : QStringLiteral("mi"); }

    static constexpr qint64 kMax = 2'000'000;
    /// "km", "KM", "kilometres", "mi", "MILES" …, or nothing for a name that is no unit.
    static std::optional<Unit> unitNamed(QStringView name);

    struct Reading;
    /// Reads "24000 miles", "121.000 KM" or "24,000" (no unit: see Reading::unitGiven), the number
    /// by DecimalAmount's rules as a whole number.
    static Reading read(QStringView text);
};

struct Mileage::Reading {
    bool ok = false;
    Mileage mileage;
    bool unitGiven = false; ///< false: the text held a number alone, whose unit nobody knows
    QString problem;        ///< for a person; empty when ok
};

/// A car in stock at a studio or dealer.
struct Vehicle {
    enum class Condition { New, Cpo, Used };
    enum class Status { Available, Reserved, InTransit };

    QString id;
    QString vin;
    QString model; ///< catalog model id; empty for a dealer's car the brand does not map
    QString trim;  ///< catalog trim id, when known
    int year = 0;
    Condition condition = Condition::New;
    Mileage mileage;
    QString paint;
    QString wheel;
    QString interior;
    QStringList options;
    Money price;
    QString location;
    Status status = Status::Available;
    QDate added;
    QDate registered;
    QStringList images;
    QDateTime updated;

    // A dealer's car keeps the names the dealer gave: a trade-in of another make is shown and
    // found under them, and a car the brand maps onto a catalog model still says what it is.
    QString make; ///< empty for the brand's own configured cars
    QString modelName;
    QString trimName;
    QString body;          ///< body id (suv, saloon …) of a car without a catalog model
    QString powertrain;    ///< bev, phev, hybrid or petrol, of a car without a catalog model
    QString exteriorColor; ///< the dealer's colour names, where there is no paint or interior id
    QString interiorColor;

    /// A car listed by a dealer feed (it has a make), rather than configured from the catalog.
    bool isListing() const { return !make.isEmpty(); }

    static QString conditionName(Condition c);
    static QString statusName(Status s);
};
// Every member is an implicitly shared Qt value or plain data: a list of a hundred thousand cars
// grows by moving memory, not car by car.
Q_DECLARE_TYPEINFO(Vehicle, Q_RELOCATABLE_TYPE);
