// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "phonehtml.h"

#include "booking/eventjoiner.h"
#include "booking/studioevent.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrlQuery>

#include <optional>

/// A place at a studio event on the visitor's phone, from the code the screen gave: what, when
/// and where (in the studio's time zone), its calendar file, and giving the place back or erasing
/// the visitor's data. As with a test drive, a change needs the code and the phone number or
/// e-mail address given when joining, and every refusal reads the same.
class PhonePlacePages
{
    Q_DECLARE_TR_FUNCTIONS(PhonePlacePages)

public:
    PhonePlacePages(QSqlDatabase db, const PhoneTheme &theme, const QString &publicUrl);

    HttpResponse page(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                      const HttpRequest &request) const;
    HttpResponse calendar(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                          const HttpRequest &request) const;
    /// `action`: cancel (give the place back) or erase; the form's field `contact`.
    HttpResponse change(const Catalog &catalog, const PhoneWords::Language &language, const QString &code, const QString &action,
                        const QUrlQuery &form, const HttpRequest &request) const;

private:
    struct Found {
        EventJoiner joiner; ///< with its contact, unless erased
        StudioEvent event;
        const Studio *studio = nullptr;
    };
    std::optional<Found> find(const Catalog &catalog, const QString &code) const;
    HttpResponse notFound(const PhoneWords::Language &language, const HttpRequest &request) const;

    QSqlDatabase m_db;
    const PhoneTheme &m_theme;
    QString m_publicUrl;
};
