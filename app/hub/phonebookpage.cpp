// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonebookpage.h"
#include "phonedrivepages.h"
#include "phonepage.h"

#include "booking/bookingstore.h"
#include "booking/contactvalidator.h"
#include "booking/privacypurger.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

namespace {

bool drivesModel(const Studio &studio, const QString &model)
{
    if (studio.kind != Studio::Kind::Studio)
        return false;
    for (const FleetEntry &f : studio.fleet) {
        if (f.model == model && f.count > 0)
            return true;
    }
    return false;
}

QString field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

} // namespace

PhoneBookPage::PhoneBookPage(QSqlDatabase db, const PhoneTheme &theme, const QString &publicUrl)
    : m_db(db)
    , m_theme(theme)
    , m_publicUrl(publicUrl)
{
}

HttpResponse PhoneBookPage::form(const Catalog &catalog, const PhoneWords::Language &language, const QString &modelId,
                                 const QUrlQuery &query, const HttpRequest &request) const
{
    const CarModel *model = catalog.model(modelId);
    if (!model)
        return PhonePage::problem(404, m_theme, language, QString::fromLatin1(request.path), PhoneHtml::tr("Page not found"),
                                  PhoneHtml::tr("Scan the code on the screen again."), request);
    const Studio *studio = catalog.studio(field(query, QStringLiteral("studio")));
    if (studio && !drivesModel(*studio, modelId))
        studio = nullptr;
    return render(catalog, language, *model, studio, field(query, QStringLiteral("date")), query, {}, 200, request);
}

HttpResponse PhoneBookPage::render(const Catalog &catalog, const PhoneWords::Language &language, const CarModel &model,
                                   const Studio *studio, const QString &dateText, const QUrlQuery &typed,
                                   const QStringList &problems, int status, const HttpRequest &request) const
{
    const QLocale locale = PhoneWords::locale(language);
    const QString modelName = PhonePage::text(model.name, language);
    const QString base = QStringLiteral("/p/book/") + model.id;
    const QString build = field(typed, QStringLiteral("build"));
    const QString buildQuery = build.isEmpty() ? QString()
                                               : QStringLiteral("&build=") + QString::fromLatin1(QUrl::toPercentEncoding(build));
    PhoneHtml page(m_theme, language);
    page.begin({tr("Book a test drive of the %1").arg(modelName),
                {},
                {},
                QString::fromLatin1(request.path),
                studio ? QStringLiteral("studio=") + studio->id + buildQuery : QString(),
                m_publicUrl});
    page.raw(QStringLiteral("<h1>")).text(tr("Book a test drive of the %1").arg(modelName)).raw(QStringLiteral("</h1>"));
    if (!build.isEmpty()) {
        page.raw(QStringLiteral("<p><a href=\"%1\">").arg(page.href(QStringLiteral("/p/build/") + build)));
        page.text(tr("Back to your build")).raw(QStringLiteral("</a></p>"));
    }
    if (!problems.isEmpty()) {
        page.raw(QStringLiteral("<div class=\"message\" role=\"alert\"><ul>"));
        for (const QString &p : problems)
            page.raw(QStringLiteral("<li>")).text(p).raw(QStringLiteral("</li>"));
        page.raw(QStringLiteral("</ul></div>"));
    }

    // The studio: every one that has this model to drive, the chosen one marked.
    page.raw(QStringLiteral("<h2>")).text(tr("Studio")).raw(QStringLiteral("</h2><ul class=\"days studios\">"));
    // Once one is chosen, the studios of its market: the build's prices are that market's.
    for (const Studio &s : catalog.studios) {
        if (!drivesModel(s, model.id) || (studio && s.market != studio->market))
            continue;
        page.raw(QStringLiteral("<li><a href=\"%1\"%2>")
                     .arg(page.href(base + QStringLiteral("?studio=") + s.id + buildQuery),
                          studio && s.id == studio->id ? QStringLiteral(" aria-current=\"page\"") : QString()));
        page.text(s.name + QStringLiteral(", ") + s.address.city).raw(QStringLiteral("</a></li>"));
    }
    page.raw(QStringLiteral("</ul>"));
    if (!studio) {
        page.raw(QStringLiteral("<p>")).text(tr("Choose a studio to see its free times.")).raw(QStringLiteral("</p>"));
        return PhonePage::html(status, page.finish(), request, "no-store");
    }

    const QList<QDate> days = PhoneDrivePages::openDays(*studio);
    QDate date = QDate::fromString(dateText, Qt::ISODate);
    const QDateTime typedStart = QDateTime::fromString(field(typed, QStringLiteral("start")), Qt::ISODate);
    if (!days.contains(date) && typedStart.isValid())
        date = typedStart.toTimeZone(SlotPlanner::zoneOf(*studio)).date();
    if (!days.contains(date))
        date = days.value(0);
    page.raw(QStringLiteral("<h2>")).text(tr("Day")).raw(QStringLiteral("</h2>"));
    PhoneDrivePages::dayLinks(page, days, date, locale, [&](const QDate &d) {
        return base + QStringLiteral("?studio=") + studio->id + QStringLiteral("&date=") + d.toString(Qt::ISODate) + buildQuery;
    });
    QList<SlotPlanner::Slot> free;
    if (date.isValid()) {
        for (const SlotPlanner::Slot &s : BookingStore(m_db).daySlots(*studio, date, DriveTarget::fleet(model.id))) {
            if (s.isFree())
                free << s;
        }
    }
    if (free.isEmpty()) {
        page.raw(QStringLiteral("<p class=\"message\">")).text(tr("No free time on this day. Choose another day."));
        page.raw(QStringLiteral("</p>"));
        return PhonePage::html(status, page.finish(), request, "no-store");
    }

    // The key makes a form sent twice (a double tap, a reload) one booking.
    QString key = field(typed, QStringLiteral("key"));
    if (key.isEmpty() || key.size() > 64)
        key = QStringLiteral("phone:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    page.raw(QStringLiteral("<form method=\"post\" action=\"%1\">").arg(page.href(base)));
    page.raw(
        QStringLiteral("<input type=\"hidden\" name=\"studio\" value=\"%1\"><input type=\"hidden\" name=\"key\" value=\"%2\">")
            .arg(PhoneHtml::escape(studio->id), PhoneHtml::escape(key)));
    if (!build.isEmpty())
        page.raw(QStringLiteral("<input type=\"hidden\" name=\"build\" value=\"%1\">").arg(PhoneHtml::escape(build)));
    page.raw(QStringLiteral("<fieldset><legend>"));
    page.text(tr("Free times on %1").arg(locale.toString(date, QLocale::LongFormat))).raw(QStringLiteral("</legend>"));
    PhoneDrivePages::timeChoices(page, free, locale, typedStart.isValid() ? Booking::timestamp(typedStart.toUTC()) : QString());
    page.raw(QStringLiteral("</fieldset>"));
    page.raw(QStringLiteral("<label for=\"book-name\">%1</label><input id=\"book-name\" name=\"name\" type=\"text\" required "
                            "autocomplete=\"name\" maxlength=\"%2\" value=\"%3\">")
                 .arg(PhoneHtml::escape(tr("Your name")))
                 .arg(ContactValidator::kMaxNameLength)
                 .arg(PhoneHtml::escape(field(typed, QStringLiteral("name")))));
    page.raw(QStringLiteral("<label for=\"book-contact\">%1</label><input id=\"book-contact\" name=\"contact\" type=\"text\" "
                            "required autocomplete=\"tel\" dir=\"ltr\" maxlength=\"%2\" value=\"%3\" "
                            "aria-describedby=\"book-contact-hint\"><p class=\"note\" id=\"book-contact-hint\">%4</p>")
                 .arg(PhoneHtml::escape(tr("Your phone number or e-mail address")))
                 .arg(ContactValidator::kMaxEmailLength)
                 .arg(PhoneHtml::escape(field(typed, QStringLiteral("contact"))),
                      PhoneHtml::escape(tr("Only to confirm this drive and, if it must change, to tell you."))));
    // The same notice and consents as at the kiosk, in the same words.
    const int retention = PrivacyPurger::retentionDays(m_db);
    page.raw(QStringLiteral("<p class=\"note\" id=\"privacy-notice\">"))
        .text(QCoreApplication::translate(
            "TestDrivePage",
            "Privacy notice: your name and contact are stored on this studio's system only to arrange this drive. They are "
            "never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n "
            "day(s) after the drive. You can cancel at any time with your booking code.",
            "", retention))
        .raw(QStringLiteral("</p>"));
    const auto ticked = [&](const QString &name) {
        return field(typed, name) == QLatin1String("yes") ? QStringLiteral(" checked") : QString();
    };
    page.raw(QStringLiteral("<p><label class=\"check\"><input type=\"checkbox\" name=\"privacy\" value=\"yes\" required "
                            "aria-describedby=\"privacy-notice\"%2> %1</label></p>")
                 .arg(PhoneHtml::escape(QCoreApplication::translate(
                          "TestDrivePage",
                          "I have read the privacy notice and agree that my name and contact are kept for this drive.")),
                      ticked(QStringLiteral("privacy"))));
    page.raw(
        QStringLiteral("<p><label class=\"check\"><input type=\"checkbox\" name=\"marketing\" value=\"yes\"%2> %1</label></p>")
            .arg(PhoneHtml::escape(
                     QCoreApplication::translate("TestDrivePage", "Optional: I would like to hear about new models and events.")),
                 ticked(QStringLiteral("marketing"))));
    page.raw(QStringLiteral("<button type=\"submit\">")).text(tr("Book the test drive")).raw(QStringLiteral("</button></form>"));
    return PhonePage::html(status, page.finish(), request, "no-store");
}

HttpResponse PhoneBookPage::book(const Catalog &catalog, const PhoneWords::Language &language, const QString &modelId,
                                 const QUrlQuery &form, const HttpRequest &request) const
{
    const QString path = QString::fromLatin1(request.path);
    const CarModel *model = catalog.model(modelId);
    const Studio *studio = catalog.studio(field(form, QStringLiteral("studio")));
    if (!model || !studio || !drivesModel(*studio, modelId))
        return PhonePage::problem(404, m_theme, language, path, PhoneHtml::tr("Page not found"),
                                  PhoneHtml::tr("Scan the code on the screen again."), request);
    const QDateTime start = QDateTime::fromString(field(form, QStringLiteral("start")), Qt::ISODate);
    if (!start.isValid() || start.timeSpec() == Qt::LocalTime)
        return render(catalog, language, *model, studio, {}, form, {tr("Pick one of the free times.")}, 400, request);

    BookingStore::Request r;
    r.target = DriveTarget::fleet(modelId);
    r.start = start.toUTC();
    r.contact.name = field(form, QStringLiteral("name"));
    r.contact.value = field(form, QStringLiteral("contact"));
    r.contact.channel = r.contact.value.contains(QLatin1Char('@')) ? ContactChannel::Email : ContactChannel::Phone;
    r.contact.privacyAccepted = field(form, QStringLiteral("privacy")) == QLatin1String("yes");
    r.contact.marketingAccepted = field(form, QStringLiteral("marketing")) == QLatin1String("yes");
    const QString key = field(form, QStringLiteral("key"));
    r.idempotencyKey = key.startsWith(QLatin1String("phone:")) && key.size() <= 64 ? key : QString();
    // The studio's country named in the visitor's language in the contact's messages.
    if (const Market *market = catalog.market(studio->market))
        r.countryName = PhonePage::text(market->name, language);
    BookingStore::Error error;
    const auto created = BookingStore(m_db).create(*studio, r, &error);
    if (!created) {
        switch (error.kind) {
        case BookingStore::Error::Kind::InvalidContact: {
            QStringList problems;
            for (const ContactValidator::Issue &issue : error.contactIssues)
                problems << issue.message;
            return render(catalog, language, *model, studio, {}, form, problems, 400, request);
        }
        case BookingStore::Error::Kind::SlotTaken:
        case BookingStore::Error::Kind::NotBookable: {
            QUrlQuery again = form;
            again.removeAllQueryItems(QStringLiteral("start"));
            return render(catalog, language, *model, studio,
                          start.toTimeZone(SlotPlanner::zoneOf(*studio)).date().toString(Qt::ISODate), again,
                          {tr("That time is no longer free: someone has just taken it. Choose another time.")}, 409, request);
        }
        default:
            return PhonePage::problem(503, m_theme, language, path, PhoneHtml::tr("Please try again shortly"),
                                      PhoneHtml::tr("The studio's data cannot be read just now."), request);
        }
    }
    // The new booking's own page, where it can be added to a calendar, moved or cancelled.
    HttpResponse moved;
    moved.status = 303;
    moved.addHeader(
        "Location",
        (QStringLiteral("/p/drive/") + created->booking.code + QStringLiteral("?lang=") + QLatin1String(language.code))
            .toLatin1());
    moved.addHeader("Cache-Control", "no-store");
    moved.contentType = "text/plain; charset=utf-8";
    moved.body = "booked";
    return moved;
}
