// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "phonehtml.h"

#include "catalog/catalog.h"

#include <QSqlDatabase>
#include <QUrlQuery>

/// A test drive booked on the visitor's phone, from the "book a test drive" part of a build's
/// page: a studio with the model in its fleet, a day, a free time, then the same two fields and
/// consents as at the kiosk. The booking is made by the hub's own store (its database decides
/// the slot, as for the screens) and the visitor lands on the page of their new booking code.
class PhoneBookPage
{
    Q_DECLARE_TR_FUNCTIONS(PhoneBookPage)

public:
    PhoneBookPage(QSqlDatabase db, const PhoneTheme &theme, const QString &publicUrl);

    /// GET /p/book/<model>?studio=S&date=YYYY-MM-DD&build=CODE
    HttpResponse form(const Catalog &catalog, const PhoneWords::Language &language, const QString &model, const QUrlQuery &query,
                      const HttpRequest &request) const;
    /// POST /p/book/<model>: studio, start, name, contact, privacy, marketing, key, build.
    HttpResponse book(const Catalog &catalog, const PhoneWords::Language &language, const QString &model, const QUrlQuery &form,
                      const HttpRequest &request) const;

private:
    /// The form for `studio` on `date`, with what was typed (`typed`) and the problems with it.
    HttpResponse render(const Catalog &catalog, const PhoneWords::Language &language, const CarModel &model, const Studio *studio,
                        const QString &date, const QUrlQuery &typed, const QStringList &problems, int status,
                        const HttpRequest &request) const;

    QSqlDatabase m_db;
    const PhoneTheme &m_theme;
    QString m_publicUrl;
};
