// SPDX-License-Identifier: GPL-3.0-or-later
#include "localnumbers.h"

#include <QRegularExpression>

QString LocalNumbers::rewritten(const QString &text, const QLocale &locale)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.(\\d+))?"));
    QString out;
    qsizetype at = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        out += locale.toString(m.captured().toDouble(), 'f', int(m.capturedLength(1)));
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

QString LocalNumbers::unitsKept(QString text)
{
    static const QRegularExpression figureThenWord(QStringLiteral("(\\p{Nd}) (?=\\p{L})"));
    return text.replace(figureThenWord, QStringLiteral("\\1\u00a0"));
}
