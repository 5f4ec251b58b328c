#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

/// A distance driven, kept in the unit the source gave (km read as miles is a classic bug).
struct Mileage {
    enum class Unit { Km, Mi };
    qint64 value = 0;
    Unit unit = Unit::Km;

    static constexpr double kKmPerMile = 1.609344;
    double kilometres() const { return unit == Unit::Km ? double(value) : double(value) * kKmPerMile; }
    QString unitName() const { return unit == Unit::Km ? QStringLiteral("km") : QStringLiteral("mi"); }
};

/// A car in stock at a studio or dealer.
struct Vehicle {
    enum class Condition { New, Cpo, Used };
    enum class Status { Available, Reserved, InTransit };

    QString id;
    QString vin;
    QString model;
    QString trim;
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

    static QString conditionName(Condition c);
    static QString statusName(Status s);
};
