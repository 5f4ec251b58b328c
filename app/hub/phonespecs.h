// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/// A stock car's mileage in the kiosk's words (its MarketWords translations); its specs and price
/// breakdown are CarWords'.
namespace PhoneSpecs {
QString mileage(qint64 value, bool miles, const QLocale &locale);
} // namespace PhoneSpecs
