// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/// What the booking form collects, as typed.
struct ContactInput {
    QString name;
    ContactChannel channel = ContactChannel::Phone;
    QString value; ///< the phone number or e-mail address
    bool privacyAccepted = false;
    bool marketingAccepted = false; ///< a separate box, unticked unless the visitor ticks it
    /// What the contact is given for, which the consent's message names.
    enum class Purpose { TestDrive, EventPlace };
    Purpose purpose = Purpose::TestDrive;

    /// As a screen sends it to its hub: {name, channel ("phone"|"email"), value,
    /// privacyAccepted, marketingAccepted}.
    QJsonObject toJson() const;
    /// None when it is not such an object (no channel of the two); the fields are checked later.
    static std::optional<ContactInput> fromJson(const QJsonValue &value);
};

/// Checks the booking form at the edge — a name, one way to reach the visitor (a phone number
/// valid for the studio's country, or with its own +country code, normalised to E.164 by
/// libphonenumber; or an e-mail address, international domains allowed) and the privacy consent —
/// with one message per field that tells the visitor what to change.
class ContactValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)

public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxEmailLength = 254;

    enum class Field { Name, Phone, Email, PrivacyConsent };
    enum class Problem {
        Empty,
        TooLong,
        ControlCharacters,
        NotAName,        ///< digits or symbols where a name goes
        NotAPhoneNumber, ///< not readable as a number at all
        WrongCountry,    ///< not a number of the studio's country, and no +country code given
        InvalidNumber,   ///< has a country code but no such number exists
        NotReachable,    ///< premium-rate, pager and similar: not a number to call a visitor on
        BadEmail,
        BadEmailDomain,
        ConsentMissing,
    };
    struct Issue {
        Field field;
        Problem problem;
        QString message; ///< for the visitor, translated
    };
    struct Result {
        std::optional<VisitorContact> contact; ///< set when every field is fine
        QList<Issue> issues;
        bool ok() const { return contact.has_value(); }
        /// The first message for `field`, or empty.
        QString messageFor(Field field) const;
    };

    /// `country`: the studio's ISO 3166 alpha-2 code (address.country), for numbers without a +.
    /// `countryName`: how messages name that country, in the visitor's language (English by default).
    explicit ContactValidator(const QString &country, const QString &countryName = {});

    /// Checks every field and reports every problem at once (a form shows them all together).
    /// The contact's consent time and purge date are left for the store to set.
    Result validate(const ContactInput &input) const;

    std::optional<QString> name(const QString &text, Issue *issue) const;
    std::optional<QString> phone(const QString &text, Issue *issue) const;
    std::optional<QString> email(const QString &text, Issue *issue) const;

    static QString fieldName(Field f);

    /// A stored E.164 number written for reading aloud: the national form ("412 34 567") for a
    /// number of `country` (ISO 3166 alpha-2, the studio's), the international one with its
    /// groups ("+33 6 12 34 56 78") for any other. Anything libphonenumber cannot read is
    /// returned as it is.
    static QString readablePhone(const QString &e164, const QString &country);

private:
    QString m_country;
    QString m_countryName;
};
