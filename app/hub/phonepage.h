// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "phonehtml.h"

#include "catalog/cardrawing.h"
#include "catalog/catalog.h"
#include "inventory/vehiclestore.h"
#include "pricing/financepolicy.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

/// What the phone pages read: the catalog (and its retired records, so an old code still names
/// what is gone) and the stock.
struct PhoneSnapshot {
    Catalog catalog;
    Catalog retired;
    VehicleStore stock;
};

/// The answers every phone page shares: an HTML page with its entity tag (a 304 when the phone
/// has it already), the same for a file, and the page for a problem.
namespace PhonePage {
/// `cache`: the Cache-Control value.
HttpResponse html(int status, const QByteArray &body, const HttpRequest &request, const QByteArray &cache = "no-cache");
HttpResponse file(const QByteArray &body, const QByteArray &contentType, const HttpRequest &request, const QByteArray &cache);
/// A page with a heading and one paragraph (not found, refused, too many attempts …), and a link
/// onwards when `linkPath` is set (it keeps the page's language).
HttpResponse problem(int status, const PhoneTheme &theme, const PhoneWords::Language &language, const QString &path,
                     const QString &heading, const QString &text, const HttpRequest &request, const QString &linkPath = {},
                     const QString &linkText = {});
/// A drawing's share picture for Open Graph: the same address as a PNG ("/p/draw/….png?…");
/// any other picture (a dealer's photo) as it is.
QString sharePath(const QString &picture);
/// The car's SVG drawn as a 1200×630 PNG on the theme's background (the size chat apps show).
QByteArray sharePicture(const QByteArray &svg, const PhoneTheme &theme);
/// The drawing of a car as the hub serves it: "/p/draw/<body>/<view>.svg?paint=…&finish=…&wheel=…".
QString drawingPath(const Catalog &catalog, const QString &model, const QString &body, const QString &paint, const QString &wheel,
                    const QString &view = QStringLiteral("side"));
/// The market's monthly plan in one sentence, in the words its law asks for (the kiosk's).
QString financeSummary(const FinancePolicy::Offer &offer, const QLocale &locale);
/// The plan line by line: deposit, credit, payments, rates, total payable, cost of credit.
QList<std::pair<QString, QString>> financeLines(const FinancePolicy::Offer &offer, const QLocale &locale);
/// A map link for a place (OpenStreetMap, by position or else by address): a link, not a request.
QString mapLink(const Studio &place);
/// The studio's words in the visitor's language (the catalog's texts).
QString text(const LocalizedText &t, const PhoneWords::Language &language);
} // namespace PhonePage
