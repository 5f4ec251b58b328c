// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "phonehtml.h"

#include "booking/booking.h"
#include "booking/slotplanner.h"
#include "catalog/catalog.h"

#include <QSqlDatabase>
#include <QUrlQuery>

#include <functional>

/// A test drive on the visitor's phone, from its booking code: when and where (in the studio's
/// time zone), its calendar file, and moving it to another free time, cancelling it or erasing
/// the visitor's data. A change needs the code and the phone number or e-mail address given at
/// booking; whatever is wrong (no such code, another contact, a drive that can no longer change)
/// gets the very same answer, so nothing can be learnt by trying.
class PhoneDrivePages
{
    Q_DECLARE_TR_FUNCTIONS(PhoneDrivePages)

public:
    PhoneDrivePages(QSqlDatabase db, const PhoneTheme &theme, const QString &publicUrl);

    HttpResponse page(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                      const HttpRequest &request) const;
    HttpResponse calendar(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                          const HttpRequest &request) const;
    /// The free times of a day (`date`, YYYY-MM-DD; the first open day when empty) and the form to move to one.
    HttpResponse movePage(const Catalog &catalog, const PhoneWords::Language &language, const QString &code, const QString &date,
                          const HttpRequest &request) const;
    /// `action`: move (form fields contact and start), cancel or erase (field contact).
    HttpResponse change(const Catalog &catalog, const PhoneWords::Language &language, const QString &code, const QString &action,
                        const QUrlQuery &form, const HttpRequest &request) const;

    /// The studio's open days from today on, in its time zone (two weeks).
    static QList<QDate> openDays(const Studio &studio);
    /// The days as links (`link` gives each day's address); `chosen` is marked current.
    static void dayLinks(PhoneHtml &page, const QList<QDate> &days, const QDate &chosen, const QLocale &locale,
                         const std::function<QString(const QDate &)> &link);
    /// The free times as one required choice named `start` (UTC timestamps), `checked` chosen.
    static void timeChoices(PhoneHtml &page, const QList<SlotPlanner::Slot> &free, const QLocale &locale,
                            const QString &checked = {});

    /// Whether `typed` is the contact stored with the booking (a phone number read for the
    /// studio's country, or an e-mail address in any case).
    static bool sameContact(const VisitorContact &stored, const QString &typed, const QString &country);
    /// The contact field of a change form, named `contact`; `hint` says which one is asked for.
    static QString contactField(const QString &id, const QString &hint);
    /// A time span on one day in the studio's zone: "Monday 7 December 2026, 10:00 to 10:45 (Oslo time)".
    static QString span(const QDateTime &start, const QDateTime &end, const Studio &studio, const QLocale &locale);

private:
    /// The booking with this code, with its contact, and its studio; nullopt when either is missing.
    std::optional<std::pair<Booking, const Studio *>> find(const Catalog &catalog, const QString &code) const;
    HttpResponse notFound(const PhoneWords::Language &language, const HttpRequest &request) const;
    QString when(const Booking &booking, const Studio &studio, const QLocale &locale) const;

    QSqlDatabase m_db;
    const PhoneTheme &m_theme;
    QString m_publicUrl;
};
