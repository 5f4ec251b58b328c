// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

/// Times and dates with times as a reader of `locale` writes them, for the kiosk and the hub.
/// Qt 6.4 takes Traditional Chinese's time formats from CLDR with its day-period letter "B"
/// ("Bh:mm"), which it does not know and prints as it is: "B5:00". Here it reads as the morning
/// or afternoon marker Qt does know ("下午5:00"), as Hong Kong's format has it.
namespace LocalTimes {
/// `format` with each run of an unquoted "B" (CLDR's flexible day period) as Qt's "AP".
QString knownFormat(const QString &format);
QString time(const QLocale &locale, QTime time, QLocale::FormatType type = QLocale::ShortFormat);
QString dateTime(const QLocale &locale, const QDateTime &dateTime, QLocale::FormatType type = QLocale::ShortFormat);
/// A day in the reader's order with its month abbreviated and no weekday: "29 nov. 2026",
/// "Nov 29, 2026", "29. Nov. 2026", "2026年11月29日". Taken from the locale's long date, as Qt 6.4
/// has no format for these: a page's dates then all read alike, in words, never some in figures.
QString dayMonthYear(const QLocale &locale, QDate date);
/// The same without the year, for days near today: "29 nov.", "Nov 29", "29. Nov.", "11月29日".
QString dayMonth(const QLocale &locale, QDate date);
} // namespace LocalTimes
