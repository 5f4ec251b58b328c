// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/contactvalidator.h"

#include "booking/slotplanner.h"
#include "catalog/catalog.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QVariant>

/// How a drive's time and place read on the screen, the same in the visitor's booking and the
/// staff agenda: times in the studio's own zone, isolated left to right so "10:00–11:00" reads
/// the same inside Arabic text.
class DriveLabels
{
public:
    /// "10:00–11:00", or "Tuesday 8 December 2026, 10:00–11:00" with the date.
    static QString span(const QDateTime &utc, const Studio &studio, const QLocale &locale, bool withDate);
    static QString address(const Studio &studio);
    /// An image URL for the QR code provider.
    static QString qr(const QString &text);
    /// The form's problems by field ("name", "contact", "privacy"), the first message of each.
    static QHash<QString, QString> contactProblems(const QList<ContactValidator::Issue> &issues);
};

/// A day to pick a drive on, the same in the visitor's booking and in staff's move dialog:
/// its date, how it is named ("Tomorrow", "Thu."), its free times or why it has none.
struct DriveDayRow {
    QString date, weekday, day, note;
    int free = 0;
    bool selected = false;
    QString key() const { return date; }
    QVariant value(int role) const;
    static QHash<int, QByteArray> roleNames();
    bool operator==(const DriveDayRow &) const = default;
};
