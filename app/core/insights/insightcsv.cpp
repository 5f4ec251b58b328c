// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightcsv.h"

QString InsightCsv::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar c = value.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray InsightCsv::encode() const
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += cell(cells.at(i));
        }
        text += QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
