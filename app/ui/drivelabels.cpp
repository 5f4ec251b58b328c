// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivelabels.h"

#include "common/bidi.h"
#include "common/localtimes.h"

#include <QCoreApplication>
#include <QUrl>

QString DriveLabels::span(const QDateTime &utc, const Studio &studio, const QLocale &locale, bool withDate)
{
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDateTime from = utc.toTimeZone(zone);
    const QDateTime to = utc.addSecs(qint64(studio.slotMinutes) * 60).toTimeZone(zone);
    const QString times = Bidi::timeRange(LocalTimes::time(locale, from.time()), LocalTimes::time(locale, to.time()), locale);
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

QVariant DriveDayRow::value(int role) const
{
    switch (role - (Qt::UserRole + 1)) {
    case 0:
        return date;
    case 1:
        return weekday;
    case 2:
        return day;
    case 3:
        return note;
    case 4:
        return free;
    case 5:
        return selected;
    }
    return {};
}

QHash<int, QByteArray> DriveDayRow::roleNames()
{
    constexpr int first = Qt::UserRole + 1;
    return {{first, "date"},     {first + 1, "weekday"}, {first + 2, "day"},
            {first + 3, "note"}, {first + 4, "free"},    {first + 5, "selected"}};
}

QHash<QString, QString> DriveLabels::contactProblems(const QList<ContactValidator::Issue> &issues)
{
    QHash<QString, QString> fields;
    for (const ContactValidator::Issue &issue : issues) {
        const QString field = issue.field == ContactValidator::Field::Name ? QStringLiteral("name")
            : issue.field == ContactValidator::Field::PrivacyConsent       ? QStringLiteral("privacy")
                                                                           : QStringLiteral("contact");
        if (!fields.contains(field))
            fields.insert(field, issue.message);
    }
    return fields;
}
