// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

/// An amount of money in a currency, held exactly as minor units (cents, øre, fils).
struct Money {
    qint64 minor = 0;
    QString currency; ///< ISO 4217

    static constexpr int kMinorPerMajor = 100; // every currency Vitrine sells in has two decimals

    static Money fromMajor(double major, const QString &currency);
    /// Reads a JSON number in major units with at most two decimals.
    static bool fromJson(const QJsonValue &value, const QString &currency, Money *out, QString *problem);
    /// Reads "18000 USD" / "10,499.00 USD" as the Meta and Google vehicle feeds write it, the
    /// amount by DecimalAmount's rules with at most two decimals; an amount they cannot read
    /// one way only is refused with the reason.
    static bool parse(QStringView text, Money *out, QString *problem);

    double major() const { return double(minor) / kMinorPerMajor; }
    bool isValid() const { return currency.size() == 3; }
    /// Formatted for a person in `locale`, with the currency symbol; whole amounts drop ".00".
    QString format(const QLocale &locale) const;

    Money operator+(const Money &o) const { return {minor + o.minor, currency}; }
    Money operator-(const Money &o) const { return {minor - o.minor, currency}; }
    bool operator==(const Money &o) const = default;
};
