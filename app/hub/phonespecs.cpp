// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonespecs.h"

#include <QCoreApplication>

QString PhoneSpecs::mileage(qint64 value, bool miles, const QLocale &locale)
{
    return miles ? QCoreApplication::translate("MarketWords", "%1 mi").arg(locale.toString(value))
                 : QCoreApplication::translate("MarketWords", "%1 km").arg(locale.toString(value));
}
