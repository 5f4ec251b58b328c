// SPDX-License-Identifier: GPL-3.0-or-later
#include "localnumbers.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

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
    // A unit's slash is joined to the letter after it by a WORD JOINER (U+2060): Qt breaks a line
    // after it otherwise, "كم/" over "س" (km/h). A dash between figures ("0–100") is joined to both.
    static const QRegularExpression slashThenLetter(QStringLiteral("(?<=\\S)/(?=\\p{L})"));
    static const QRegularExpression dashInFigures(QStringLiteral("(?<=\\p{Nd})\u2013(?=\\p{Nd})"));
    // And to the figure after it ("kWh/100 km"): "1,1 l/100 km + 18 kWh/" stood over "100 km" in
    // a column of the compare table, where the line now ends at the spaces around "+". But not
    // where that makes a piece longer than a narrow column holds, which Qt then breaks inside a
    // word ("18.9 كيلوواط ساعة/100 ك" over "م"): the line may end after that slash instead.
    static const QRegularExpression slashThenFigure(QStringLiteral("(?<=\\S)/(?=\\p{Nd})"));
    static const QRegularExpression joinedThenFigure(QStringLiteral("/\u2060(?=\\p{Nd})"));
    text.replace(figureThenWord, QStringLiteral("\\1\u00a0"))
        .replace(slashThenLetter, QStringLiteral("/\u2060"))
        .replace(dashInFigures, QStringLiteral("\u2060\u2013\u2060"))
        .replace(slashThenFigure, QStringLiteral("/\u2060"));
    QString out;
    qsizetype from = 0;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    for (qsizetype at = breaks.toNextBoundary(); at > 0; at = breaks.toNextBoundary()) {
        QString piece = text.mid(from, at - from);
        if (letters(piece) > kLongestPiece)
            piece.replace(joinedThenFigure, QStringLiteral("/"));
        out += piece;
        from = at;
    }
    return out;
}

qsizetype LocalNumbers::letters(const QString &piece)
{
    qsizetype n = 0;
    for (const QChar c : piece)
        n += c.category() == QChar::Other_Format || c.isSpace() ? 0 : 1;
    return n;
}
