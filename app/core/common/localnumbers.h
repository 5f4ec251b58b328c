// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/// Figures a feed writes the English way ("15.8 kWh/100 km") written again in a reader's locale,
/// each with as many decimals as it had ("15,8 kWh/100 km" in German), for the kiosk and the hub.
namespace LocalNumbers {
QString rewritten(const QString &text, const QLocale &locale);
/// `text` with each figure held to the word after it by a no-break space (U+00A0): a narrow
/// column, or a phone's, breaks a line between "(421" and "hp)" otherwise; a unit's slash held
/// to the letter after it ("km/h" never ends a line at "km/"), and to the figure after it
/// ("kWh/100 km") unless that makes a piece of more than kLongestPiece letters; a dash between
/// figures to both ("0–100"). For translated text, so every language's units are kept.
QString unitsKept(QString text);
/// The most letters unitsKept() holds together at a slash: "15.8 kWh/100 km" in a column of the
/// compare table, not Arabic's "18.9 كيلوواط ساعة/100 كم" in the summary's.
constexpr qsizetype kLongestPiece = 16;
/// The letters, figures and signs of `piece`: not its spaces, nor its marks that show nothing.
qsizetype letters(const QString &piece);
} // namespace LocalNumbers
