// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtypes.h"
#include "common/money.h"
#include "pricing/pricebreakdown.h"

#include <QLocale>
#include <QString>

#include <utility>

/// The facts about a car in the kiosk's words (its CarFacts and MarketWords translations):
/// key specs, a stock car's price breakdown and its mileage.
namespace PhoneSpecs {
QList<std::pair<QString, QString>> specs(const ModelSpecs &specs, const QLocale &locale);
QList<std::pair<QString, QString>> breakdown(const PriceBreakdown &breakdown, const QString &currency, const QString &feedKey,
                                             const QLocale &locale);
QString mileage(qint64 value, bool miles, const QLocale &locale);
} // namespace PhoneSpecs
