// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// Short codes that people read aloud and type: 30 characters without look-alikes (no 0, O, 1,
/// I, L or U), a check character that catches every single mistyped character and every swap of
/// two neighbours (Verhoeff's scheme over the dihedral group of order 30), in groups of four.
class ReadableCode
{
public:
    static constexpr int kBase = 30;
    static constexpr int kGroup = 4;

    /// The character for a digit 0..29.
    static QChar character(int digit);
    /// The digit of a character (either case), or -1.
    static int digit(QChar character);

    /// Digits (most significant first) with their check character, grouped: "K7QD-9MWX-4T".
    static QString format(const QList<int> &digits);

    struct Parsed {
        bool ok = false;
        QList<int> digits; ///< without the check character
        QString problem;   ///< for people, when !ok
    };
    /// Reads a typed code: any case, spaces and hyphens anywhere.
    static Parsed parse(const QString &text);

    static int checkDigit(const QList<int> &digits);
    static bool verify(const QList<int> &digitsWithCheck);
};
