// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "phonebookpage.h"
#include "phonedrivepages.h"
#include "phonehtml.h"
#include "phonepage.h"
#include "phonephotos.h"
#include "phoneplacepages.h"
#include "phonewords.h"
#include "ratelimiter.h"

#include "catalog/cardrawing.h"

#include <QHash>
#include <QSqlDatabase>
#include <QUrlQuery>

#include <memory>
#include <optional>

/// The pages a visitor's phone opens from the kiosk's QR codes, under /p/ and without a screen's
/// token: a build from its configuration code, a car in stock, a test drive from its booking code
/// (with its calendar file, and moving, cancelling or erasing it), a place at a studio event from
/// its code (the same, without moving), the car drawings they show and
/// the stock cars' photos the hub holds.
/// Public, so the most hostile door of the hub: every request passes the hub's size, time and
/// connection limits, a rate per address, and a much lower rate for booking changes, per address
/// and per booking code, so neither a code nor a contact can be guessed.
class PhoneSite
{
public:
    struct Options {
        QString publicUrl; ///< the studio's base URL ("https://studio.example"), for Open Graph links
        QString theme = QStringLiteral("nocturne");
        double pagesPerSecond = 10; ///< per address
        int pagesBurst = 30;
        double changesPerSecond = 0.1; ///< booking changes per address (one every ten seconds)
        int changesBurst = 6;
        double changesPerCodePerSecond = 1.0 / 60; ///< per booking code, from any address
        int changesPerCodeBurst = 8;
        /// Where the stock's photos are kept for phones (beside the database); none shown when empty.
        QString photoFolder;
        qint64 photoCacheBytes = 256LL * 1024 * 1024;
    };
    static constexpr qsizetype kMaxQuery = 512;
    static constexpr qsizetype kMaxForm = 2048;

    PhoneSite(QSqlDatabase db, const Options &options);

    static bool handles(const HttpRequest &request) { return request.path.startsWith("/p/") || request.path == "/p"; }
    HttpResponse handle(const HttpRequest &request, qint64 nowMs);
    void tick(qint64 nowMs);
    /// The stock changed (a feed was applied): the first photos of a few of its cars are fetched
    /// ahead of the first visitor who opens them.
    void warmPhotos();

private:
    /// The catalog and the stock, read again when older than a few seconds.
    std::shared_ptr<const PhoneSnapshot> snapshot(QString *problem);
    HttpResponse drawing(const HttpRequest &request, const QList<QByteArray> &parts);
    HttpResponse photo(const HttpRequest &request, const QList<QByteArray> &parts, const PhoneSnapshot &data);
    /// A test drive (/p/drive/CODE…) or a place at an event (/p/place/CODE…), from its code.
    HttpResponse byCode(const HttpRequest &request, const QList<QByteArray> &parts, const PhoneWords::Language &language,
                        qint64 nowMs);
    HttpResponse book(const HttpRequest &request, const QList<QByteArray> &parts, const PhoneWords::Language &language,
                      qint64 nowMs);
    /// A form too large, or sent too often from this address (or for this code): the refusal.
    std::optional<HttpResponse> refuseForm(const HttpRequest &request, const PhoneWords::Language &language, qint64 nowMs,
                                           const QByteArray &code, const QString &tooMany);
    HttpResponse unavailable(const PhoneWords::Language &language, const HttpRequest &request) const;
    static QUrlQuery formOf(const HttpRequest &request);

    QSqlDatabase m_db;
    Options m_options;
    PhoneTheme m_theme;
    PhoneWords m_words;
    CarDrawing m_drawing;
    QHash<QByteArray, QByteArray> m_sharePictures; ///< PNG drawings by address, for shared links
    PhoneDrivePages m_drives;
    PhonePlacePages m_places;
    PhoneBookPage m_book;
    std::unique_ptr<PhonePhotos> m_photos; ///< none without a folder
    RateLimiter m_pages;
    RateLimiter m_changes;
    RateLimiter m_changesPerCode;
    std::shared_ptr<const PhoneSnapshot> m_snapshot;
    qint64 m_snapshotAt = -1;
    qint64 m_now = 0;
};
