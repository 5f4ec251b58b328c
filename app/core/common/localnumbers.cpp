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
    // A figure and the word or percent sign after it ("25 %", as French and German write a rate).
    static const QRegularExpression figureThenWord(QStringLiteral("(\\p{Nd}) (?=[\\p{L}%])"));
    // A unit's slash ("km/h", "كم/س", "kWh/100 km") is joined to the letter or figure after it
    // by a WORD JOINER (U+2060), and a dash between figures ("0–100") to both: Qt breaks a line
    // after either otherwise ("1,1 l/100 km + 18 kWh/" over "100 km" in a column of the compare
    // table; the line now ends at the spaces around "+").
    static const QRegularExpression slashInWord(QStringLiteral("(?<=\\S)/(?=[\\p{L}\\p{Nd}])"));
    static const QRegularExpression dashInFigures(QStringLiteral("(?<=\\p{Nd})\u2013(?=\\p{Nd})"));
    return text.replace(figureThenWord, QStringLiteral("\\1\u00a0"))
        .replace(slashInWord, QStringLiteral("/\u2060"))
        .replace(dashInFigures, QStringLiteral("\u2060\u2013\u2060"));
}
