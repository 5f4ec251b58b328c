// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed catalog records as validated from a feed: markets, bodies, model lines, models,
// trims, options and rules.

#include "common/localizedtext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Tax {
    QString id;
    LocalizedText name;
    double percent = 0;
    QStringList powertrains;          ///< empty: applies to every powertrain
    std::optional<qint64> aboveMinor; ///< only the part of the net price above this is taxed
};

struct Fee {
    QString id;
    LocalizedText name;
    qint64 amountMinor = 0;
};

/// A market's finance offer as the brand's feed gives it; pricing's FinancePolicy turns it into
/// plans and discloses the rate the way the market's law defines it.
struct FinanceTerms {
    /// Which law says how the rate is told.
    enum class Disclosure {
        None,         ///< the market offers no finance
        UsApr,        ///< United States, Regulation Z: the APR (12 × the monthly rate, fees included)
        EuAprc,       ///< EU and Norway: the APRC / effektiv rente (effective, fees included) beside the nominal rate
        CnAnnualised, ///< China: the annualised rate (年化利率) on the balance actually owed
        AeReducing,   ///< UAE: the reducing-balance rate; a flat rate only ever beside it
    };
    Disclosure disclosure = Disclosure::None;
    double nominalRatePercent = 0; ///< the contract's rate: 12 × the monthly rate
    QList<int> termsMonths;
    int defaultTermMonths = 0;
    double minDepositPercent = 0;
    double defaultDepositPercent = 0;
    double maxDepositPercent = 50;
    double maxBalloonPercent = 0;
    double defaultBalloonPercent = 0;
    qint64 arrangementFeeMinor = 0; ///< paid when the contract is signed
    qint64 monthlyFeeMinor = 0;     ///< added to every monthly payment
};

/// What the brand sets per market for valuing a visitor's car (inventory's TradeInEstimator):
/// the cost of preparing and selling a car on, and how a model year and 10,000 km move a price.
struct TradeInTerms {
    double reconditioningPercent = 6.0;
    double retailMarginPercent = 12.0;
    double perYearPercent = 8.0;
    double per10000KmPercent = 1.5;
    int minComparables = 4;
};

struct Market {
    QString id;
    LocalizedText name;
    QString currency;
    /// Distances and mileages are told in miles here (feed: "distance_unit": "mi"), else km.
    bool miles = false;
    QList<Tax> taxes;
    QList<Fee> fees;
    FinanceTerms finance;
    TradeInTerms tradeIn;
};

struct BodyStyle {
    QString id;
    LocalizedText name;
};

struct ModelLine {
    QString id;
    LocalizedText name;
    LocalizedText tagline;
};

struct ModelSpecs {
    int powerKw = 0;
    int torqueNm = 0;
    double accel0to100 = 0;
    int topSpeedKmh = 0;
    std::optional<int> rangeKm;
    std::optional<double> batteryKwh;
    QString consumption;
    int seats = 0;
    int lengthMm = 0;
    int bootLitres = 0;
};

struct CarModel {
    QString id;
    QString line;
    LocalizedText name;
    QString body;
    QString powertrain; ///< bev, phev, hybrid, petrol
    int year = 0;
    ModelSpecs specs;
};

struct Trim {
    QString id;
    QString model;
    LocalizedText name;
    QHash<QString, qint64> pricesMinor; ///< by market id, net
    QStringList standard;
    QString defaultPaint;
    QString defaultWheel;
    QString defaultInterior;
};

enum class OptionKind { Paint, Wheel, Interior, Package, Equipment };

struct CatalogOption {
    QString id;
    OptionKind kind = OptionKind::Equipment;
    QString category;
    LocalizedText name;
    LocalizedText description;
    QHash<QString, qint64> pricesMinor; ///< by market id, net
    QStringList models;                 ///< empty: every model
    QString hex;                        ///< paint, interior
    QString finish;                     ///< paint
    QString design;                     ///< wheel
    int inches = 0;                     ///< wheel
    LocalizedText material;             ///< interior
    QStringList contents;               ///< package
};

enum class RuleType { Requires, Excludes, OnlyWith, OneOf };

struct CatalogRule {
    QString id;
    RuleType type = RuleType::Requires;
    QString option;      ///< requires, excludes, only-with
    QStringList targets; ///< requires, excludes
    QStringList trims;   ///< only-with
    QStringList models;  ///< only-with
    QString group;       ///< one-of
    QStringList options; ///< one-of
    bool required = false;
};

/// How the brand's feed maps a dealer's make, model and (optionally) trim names onto its catalog,
/// so a dealer's "Nocturne Aster 5 GT" is found as the catalog's Aster 5 in the GT trim.
struct ModelAlias {
    QString id;
    QString make;
    QString model;
    QString trim; ///< empty: any trim of the model
    QString catalogModel;
    QString catalogTrim; ///< empty: the model only
};
