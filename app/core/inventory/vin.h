// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Checks a vehicle identification number against ISO 3779 and, where it applies, the
/// North-American check digit of 49 CFR 565.
class Vin
{
public:
    enum class Verdict {
        Valid,
        CheckDigitWarning, ///< outside North America a wrong check digit is only a warning
        Invalid,
    };

    struct Result {
        Verdict verdict = Verdict::Invalid;
        QString problem; ///< for a person; empty when valid
        bool acceptable() const { return verdict != Verdict::Invalid; }
    };

    /// `market` is the market id of the vehicle's location ("us-or", "ca-on", "no" …); the check
    /// digit is enforced for WMIs starting 1–5 and for us-* and ca-* markets.
    static Result check(const QString &vin, const QString &market = QString());

    /// The check digit (0–9 or X) for the 17 characters of `vin`, or a null QChar if a
    /// character is not allowed.
    static QChar checkDigit(const QString &vin);

    static bool isAllowedCharacter(QChar c);

    /// The VIN as checked and stored: without surrounding spaces, in capitals (feeds write
    /// " 1m8gdm9axkp042788 " as often as the real thing).
    static QString normalized(const QString &vin);
};
