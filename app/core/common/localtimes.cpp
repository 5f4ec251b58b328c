// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtimes.h"

#include <QRegularExpression>

namespace {
/// The locale's long date format without its weekday and what joins it, months abbreviated.
QString dayMonthYearFormat(const QLocale &locale)
{
    static const QRegularExpression weekday(QStringLiteral("[\\s,\u060C]*dddd[\\s,\u060C]*"));
    static const QRegularExpression fullMonth(QStringLiteral("(?<!M)MMMM(?!M)"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday's separators go with it, but one space stays between what it stood between.
    const auto found = weekday.match(format);
    if (found.hasMatch()) {
        const bool between = found.capturedStart() > 0 && found.capturedEnd() < format.size();
        format.replace(found.capturedStart(), found.capturedLength(), between ? QStringLiteral(" ") : QString());
    }
    return format.replace(fullMonth, QStringLiteral("MMM")).trimmed();
}
} // namespace

QString LocalTimes::knownFormat(const QString &format)
{
    if (!format.contains(QLatin1Char('B')))
        return format;
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('B') || quoted) {
            out += c;
            continue;
        }
        while (i + 1 < format.size() && format.at(i + 1) == QLatin1Char('B'))
            ++i;
        out += QLatin1String("AP");
    }
    return out;
}

QString LocalTimes::time(const QLocale &locale, QTime time, QLocale::FormatType type)
{
    return locale.toString(time, knownFormat(locale.timeFormat(type)));
}

QString LocalTimes::dateTime(const QLocale &locale, const QDateTime &dateTime, QLocale::FormatType type)
{
    return locale.toString(dateTime, knownFormat(locale.dateTimeFormat(type)));
}

QString LocalTimes::dayMonthYear(const QLocale &locale, QDate date)
{
    return locale.toString(date, dayMonthYearFormat(locale));
}

QString LocalTimes::dayMonth(const QLocale &locale, QDate date)
{
    // The year with what joins it: "2026年", "yyyy. " (Hungarian), ", yyyy", " yyyy 'г'." (Russian).
    static const QRegularExpression year(QStringLiteral("y+[\u5E74\uB144]\\s*|[\\s,\u060C]*y+\\.?(\\s*'[^']*'\\.?)?\\s*"));
    return locale.toString(date, dayMonthYearFormat(locale).remove(year).trimmed());
}
