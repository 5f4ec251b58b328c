// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The links the kiosk's QR codes carry to the studio's pages for phones (served by its hub):
/// the studio's base URL (a setting, shown in staff mode) and the visitor's language. Without a
/// base URL there is no link, and no web QR code is shown rather than a dead one.
class PhoneLinks
{
public:
    PhoneLinks() = default;
    PhoneLinks(const QString &baseUrl, const QString &language);

    bool isEnabled() const { return !m_base.isEmpty(); }
    QString baseUrl() const { return m_base; }

    QString build(const QString &configurationCode) const;
    QString car(const QString &vin) const;
    QString drive(const QString &bookingCode) const;
    /// A place at a studio event, from its code (the hub keeps it when the screen joined through it).
    QString place(const QString &placeCode) const;

    /// Whether `url` can be a studio's base URL: empty (none), or http(s) with a host and no
    /// query or fragment, at most 200 characters; `why` says what is wrong, for staff.
    static bool validBase(const QString &url, QString *why = nullptr);

    bool operator==(const PhoneLinks &) const = default;

private:
    QString link(const QString &kind, const QString &id) const;

    QString m_base;
    QString m_language;
};
