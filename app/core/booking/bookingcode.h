// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The short code a visitor reads out to cancel or check in: seven random characters and a check
/// character from ReadableCode's alphabet (no 0, O, 1, I, L or U), "K7QD-9MWX".
class BookingCode
{
public:
    static constexpr int kRandomCharacters = 7;

    /// A fresh random code (about 2·10¹⁰ of them; the store still checks it is unused).
    static QString generate();

    struct Parsed {
        bool ok = false;
        QString code;    ///< canonical form, upper case with its hyphen
        QString problem; ///< for people, when !ok
    };
    /// Reads a typed code: any case, spaces and hyphens anywhere, typing mistakes caught.
    static Parsed parse(const QString &text);
};
