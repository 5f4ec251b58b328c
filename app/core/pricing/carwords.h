// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/studio.h"
#include "pricing/pricebreakdown.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <utility>

/// A car's facts as the kiosk words them (its "CarFacts" translations), for the kiosk's pages
/// and the phone pages the hub serves alike: each is a (label, value) pair in the visitor's
/// language and locale.
namespace CarWords {
using Line = std::pair<QString, QString>;

/// The key figures: "Power", "310 kW (421 hp)"; a figure and its unit, in a label ("0–100 km/h")
/// or a value, never split across lines.
QList<Line> specs(const ModelSpecs &specs, const QLocale &locale);
/// The vehicle before taxes, each tax with its rate, each fee; a line's own name in the
/// language `textKey` picks from the feed's texts.
QList<Line> breakdown(const PriceBreakdown &breakdown, const QString &currency, const QString &textKey, const QLocale &locale);
/// Where the car is: the place's week, a line a day from the locale's first day ("Mon
/// 10:00–19:00", "Sun 11:00 AM–5:00 PM"), each time as the reader writes times ("上午10:00"), each
/// span kept on one line and read in the language's direction; "closed" on a day it does not open.
QStringList openingHours(const Studio &place, const QLocale &locale);
} // namespace CarWords
