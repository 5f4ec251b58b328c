// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtimes.h"

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
