// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivelabels.h"

#include "bidi.h"

#include <QCoreApplication>
#include <QUrl>

QString DriveLabels::span(const QDateTime &utc, const Studio &studio, const QLocale &locale, bool withDate)
{
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDateTime from = utc.toTimeZone(zone);
    const QDateTime to = utc.addSecs(qint64(studio.slotMinutes) * 60).toTimeZone(zone);
    const QString times = Bidi::range(locale.toString(from.time(), QLocale::ShortFormat),
                                      locale.toString(to.time(), QLocale::ShortFormat), locale);
    return withDate
        ? QCoreApplication::translate("TestDrive", "%1, %2").arg(locale.toString(from.date(), QLocale::LongFormat), times)
        : times;
}

QString DriveLabels::address(const Studio &studio)
{
    return QStringLiteral("%1, %2 %3").arg(studio.address.street, studio.address.postcode, studio.address.city);
}

QString DriveLabels::qr(const QString &text)
{
    return QStringLiteral("image://qr/") + QString::fromUtf8(QUrl::toPercentEncoding(text));
}
