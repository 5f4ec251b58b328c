// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QRegularExpression>
#include <QString>

/// Mixed-direction text made to read right: pieces of one direction inside text of the other
/// ("Vega E" inside an Arabic sentence, "12:30 م" times, a studio's name) wrapped in Unicode
/// isolates, so each is laid out whole and the sentence around it keeps its order.
namespace Bidi {

inline constexpr QChar kLeftToRightIsolate{0x2066};
inline constexpr QChar kRightToLeftIsolate{0x2067};
inline constexpr QChar kFirstStrongIsolate{0x2068};
inline constexpr QChar kPopIsolate{0x2069};

/// `text` as one piece whose direction is its own (first strong isolate).
inline QString isolate(const QString &text)
{
    return text.isEmpty() ? text : kFirstStrongIsolate + text + kPopIsolate;
}

/// A name put into a sentence of `locale`'s language: isolated where that language reads right
/// to left (a studio called "Solvik Studio Oslo" inside Arabic), unchanged otherwise.
inline QString inSentence(const QString &text, const QLocale &locale)
{
    return locale.textDirection() == Qt::RightToLeft ? isolate(text) : text;
}

/// A name quoted in a sentence of `locale`'s language, with its quotation marks: French sets a
/// no-break space inside its guillemets (« Glacier White »), which QLocale::quoteString leaves out.
inline QString quoted(const QString &text, const QLocale &locale)
{
    if (locale.language() == QLocale::French)
        return QStringLiteral("\u00AB\u00A0%1\u00A0\u00BB").arg(text);
    return locale.quoteString(text);
}

/// "from–to" read in the locale's direction: in Arabic the start is on the right, read first,
/// and each end ("12:30 م", "kr122,300") stays whole; in a left-to-right language plain
/// "10:00–11:00".
inline QString range(const QString &from, const QString &to, const QLocale &locale, const QString &dash = QString(QChar(0x2013)))
{
    if (locale.textDirection() != Qt::RightToLeft)
        return from + dash + to;
    return kRightToLeftIsolate + isolate(from) + dash + isolate(to) + kPopIsolate;
}

/// A time kept on one line: its space a no-break space, its ideographs and figures joined
/// (U+2060 WORD JOINER), so neither "12:30 م" nor "上午10:00" ends a line inside.
inline QString wholeTime(QString time)
{
    // Chinese breaks between any two ideographs and before a figure ("上午|10:00"): joined too.
    static const QRegularExpression breakable(QStringLiteral("(?<=[\\p{Han}\\p{Nd}])(?=\\p{Han})|(?<=\\p{Han})(?=\\p{Nd})"));
    return time.replace(QLatin1Char(' '), QChar(0x00a0)).replace(breakable, QStringLiteral("\u2060"));
}

/// A span of times ("10:00–11:00", "12:30 م–1:30 م") as range() writes it, kept on one line:
/// each time's space is a no-break space, its ideographs and figures are joined ("上午10:00"), and
/// the dash is joined to both times (U+2060 WORD JOINER), so a line never ends at "10:00 ص–" with
/// the end time alone on the next.
inline QString timeRange(const QString &from, const QString &to, const QLocale &locale)
{
    return range(wholeTime(from), wholeTime(to), locale, QStringLiteral("\u2060\u2013\u2060"));
}

/// Two names side by side ("Vega E" and its trim): when one is right-to-left and the other not,
/// the left-to-right one is isolated, so the right-to-left one sets the line's direction and
/// "Vega E" never runs into "بيرفورمانس".
inline QString pair(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return (first + second).trimmed();
    const bool firstRtl = first.isRightToLeft();
    const bool secondRtl = second.isRightToLeft();
    if (firstRtl == secondRtl)
        return first + QLatin1Char(' ') + second;
    return (firstRtl ? first : isolate(first)) + QLatin1Char(' ') + (secondRtl ? second : isolate(second));
}

} // namespace Bidi
