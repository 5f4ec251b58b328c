// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonedrivepages.h"
#include "phonepage.h"

#include "booking/bookingcode.h"
#include "booking/bookingstore.h"
#include "booking/contactvalidator.h"
#include "booking/icswriter.h"
#include "booking/privacypurger.h"
#include "booking/slotplanner.h"
#include "common/bidi.h"
#include "common/localtimes.h"

#include <QTimeZone>

namespace {

constexpr int kDaysAhead = 14;

QString stateText(BookingState s)
{
    switch (s) {
    case BookingState::Requested:
        return PhoneDrivePages::tr("Requested: the studio will confirm it.");
    case BookingState::Confirmed:
        return PhoneDrivePages::tr("Confirmed.");
    case BookingState::CheckedIn:
    case BookingState::Completed:
        return PhoneDrivePages::tr("Driven. Thank you for coming.");
    case BookingState::NoShow:
        return PhoneDrivePages::tr("Missed.");
    case BookingState::Cancelled:
        return PhoneDrivePages::tr("Cancelled.");
    }
    return {};
}

} // namespace

PhoneDrivePages::PhoneDrivePages(QSqlDatabase db, const PhoneTheme &theme, const QString &publicUrl)
    : m_db(db)
    , m_theme(theme)
    , m_publicUrl(publicUrl)
{
}

std::optional<std::pair<Booking, const Studio *>> PhoneDrivePages::find(const Catalog &catalog, const QString &code) const
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok)
        return std::nullopt;
    const auto booking = BookingStore(m_db).findByCode(parsed.code, true);
    const Studio *studio = booking ? catalog.studio(booking->studio) : nullptr;
    if (!booking || !studio)
        return std::nullopt;
    return std::pair{*booking, studio};
}

HttpResponse PhoneDrivePages::notFound(const PhoneWords::Language &language, const HttpRequest &request) const
{
    return PhonePage::problem(404, m_theme, language, QString::fromLatin1(request.path), tr("No test drive with this code"),
                              tr("Check the code on your confirmation, or scan it again."), request);
}

bool PhoneDrivePages::sameContact(const VisitorContact &stored, const QString &typed, const QString &country)
{
    const ContactValidator validator(country);
    ContactValidator::Issue issue;
    if (stored.channel == ContactChannel::Email) {
        const auto email = validator.email(typed.trimmed(), &issue);
        return email && email->compare(stored.value, Qt::CaseInsensitive) == 0;
    }
    const auto phone = validator.phone(typed.trimmed(), &issue);
    return phone && *phone == stored.value;
}

QString PhoneDrivePages::when(const Booking &b, const Studio &studio, const QLocale &locale) const
{
    return span(b.start, b.end, studio, locale);
}

QString PhoneDrivePages::span(const QDateTime &start, const QDateTime &finish, const Studio &studio, const QLocale &locale)
{
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDateTime local = start.toTimeZone(zone);
    const QDateTime end = finish.toTimeZone(zone);
    return tr("%1, %2 to %3 (%4 time)")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             Bidi::inSentence(Bidi::wholeTime(LocalTimes::time(locale, local.time())), locale),
             Bidi::inSentence(Bidi::wholeTime(LocalTimes::time(locale, end.time())), locale), studio.address.city);
}

QString PhoneDrivePages::contactField(const QString &id, const QString &hint)
{
    return QStringLiteral("<label for=\"%1\">%2</label><input id=\"%1\" name=\"contact\" type=\"text\" required "
                          "autocomplete=\"off\" inputmode=\"email\" dir=\"ltr\" maxlength=\"254\" aria-describedby=\"%1-hint\">"
                          "<p class=\"note\" id=\"%1-hint\">%3</p>")
        .arg(id, PhoneHtml::escape(tr("Your phone number or e-mail address")), PhoneHtml::escape(hint));
}

HttpResponse PhoneDrivePages::page(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                   const HttpRequest &request) const
{
    const auto found = find(catalog, code);
    if (!found)
        return notFound(language, request);
    const auto &[b, studio] = *found;
    const QLocale locale = PhoneWords::locale(language);
    const CarModel *model = catalog.model(b.model);
    const QString modelName = model ? PhonePage::text(model->name, language) : b.model;
    const QString base = QStringLiteral("/p/drive/") + b.code;

    PhoneHtml page(m_theme, language);
    page.begin({tr("Your test drive"), {}, {}, QString::fromLatin1(request.path), {}, m_publicUrl});
    page.raw(QStringLiteral("<h1>")).text(tr("Your test drive")).raw(QStringLiteral("</h1><div class=\"card\"><p><strong>"));
    page.text(modelName).raw(QStringLiteral("</strong></p><p>")).text(when(b, *studio, locale));
    page.raw(QStringLiteral("</p><p>"))
        .text(studio->name + QStringLiteral(", ") + studio->address.street + QStringLiteral(", ") + studio->address.city);
    page.raw(QStringLiteral("</p><p role=\"status\">")).text(stateText(b.state)).raw(QStringLiteral("</p><p>"));
    page.sentence(tr("Booking code %1"), {b.code}).raw(QStringLiteral("</p></div><p class=\"actions\">"));
    if (b.isUpcoming()) {
        page.raw(QStringLiteral("<a class=\"button\" href=\"%1\" download=\"test-drive.ics\">")
                     .arg(page.href(base + QStringLiteral("/calendar.ics"))));
        page.text(tr("Add to my calendar")).raw(QStringLiteral("</a> "));
    }
    page.raw(QStringLiteral("<a class=\"button quiet\" href=\"%1\">").arg(PhoneHtml::escape(PhonePage::mapLink(*studio))));
    page.text(QCoreApplication::translate("PhoneCarPage", "Open the map")).raw(QStringLiteral("</a></p>"));

    if (b.isUpcoming()) {
        page.raw(QStringLiteral("<h2>"))
            .text(tr("Move it"))
            .raw(QStringLiteral("</h2><p><a class=\"button quiet\" href=\"%1\">").arg(page.href(base + QStringLiteral("/move"))));
        page.text(tr("Choose another time")).raw(QStringLiteral("</a></p>"));
        page.raw(QStringLiteral("<h2>")).text(tr("Cancel it")).raw(QStringLiteral("</h2>"));
        page.raw(QStringLiteral("<form method=\"post\" action=\"%1\">").arg(page.href(base + QStringLiteral("/cancel"))));
        page.raw(contactField(QStringLiteral("cancel-contact"), tr("The one you gave when booking.")));
        page.raw(QStringLiteral("<button type=\"submit\">"))
            .text(tr("Cancel the test drive"))
            .raw(QStringLiteral("</button></form>"));
    }
    page.raw(QStringLiteral("<h2>")).text(tr("Erase my data")).raw(QStringLiteral("</h2><p>"));
    page.text(tr("Your name and contact are deleted at once; a drive still to come is cancelled."));
    page.raw(QStringLiteral("</p><form method=\"post\" action=\"%1\">").arg(page.href(base + QStringLiteral("/erase"))));
    page.raw(contactField(QStringLiteral("erase-contact"), tr("The one you gave when booking.")));
    page.raw(QStringLiteral("<button type=\"submit\" class=\"quiet\">")).text(tr("Erase my data"));
    page.raw(QStringLiteral("</button></form>"));
    return PhonePage::html(200, page.finish(), request, "no-cache, private");
}

HttpResponse PhoneDrivePages::calendar(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                       const HttpRequest &request) const
{
    const auto found = find(catalog, code);
    if (!found)
        return notFound(language, request);
    const auto &[b, studio] = *found;
    const CarModel *model = catalog.model(b.model);
    IcsWriter::Details details;
    details.modelName = model ? PhonePage::text(model->name, language) : b.model;
    details.stamp = b.updated;
    HttpResponse r = PhonePage::file(IcsWriter::calendar(b, *studio, details), "text/calendar; charset=utf-8", request,
                                     "no-cache, private");
    r.addHeader("Content-Disposition", "attachment; filename=\"test-drive.ics\"");
    return r;
}

HttpResponse PhoneDrivePages::movePage(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                       const QString &dateText, const HttpRequest &request) const
{
    const auto found = find(catalog, code);
    if (!found)
        return notFound(language, request);
    const auto &[b, studio] = *found;
    const QLocale locale = PhoneWords::locale(language);
    const QString base = QStringLiteral("/p/drive/") + b.code;
    if (!b.isUpcoming())
        return PhonePage::problem(409, m_theme, language, QString::fromLatin1(request.path), tr("This drive cannot be moved"),
                                  stateText(b.state), request);
    const QTimeZone zone = SlotPlanner::zoneOf(*studio);
    const QList<QDate> days = openDays(*studio);
    QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!days.contains(date))
        date = days.contains(b.start.toTimeZone(zone).date()) ? b.start.toTimeZone(zone).date() : days.value(0);

    PhoneHtml page(m_theme, language);
    page.begin({tr("Move your test drive"),
                {},
                {},
                QString::fromLatin1(request.path),
                date.isValid() ? QStringLiteral("date=") + date.toString(Qt::ISODate) : QString(),
                m_publicUrl});
    page.raw(QStringLiteral("<h1>")).text(tr("Move your test drive")).raw(QStringLiteral("</h1><p>"));
    page.text(tr("Now: %1").arg(when(b, *studio, locale))).raw(QStringLiteral("</p><h2>"));
    page.text(tr("Day")).raw(QStringLiteral("</h2>"));
    dayLinks(page, days, date, locale,
             [&](const QDate &d) { return base + QStringLiteral("/move?date=") + d.toString(Qt::ISODate); });
    QList<SlotPlanner::Slot> free;
    if (date.isValid()) {
        for (const SlotPlanner::Slot &s : BookingStore(m_db).daySlots(*studio, date, b.target())) {
            if (s.isFree() && s.start != b.start)
                free << s;
        }
    }
    if (free.isEmpty()) {
        page.raw(QStringLiteral("<p class=\"message\">")).text(tr("No free time on this day. Choose another day."));
        page.raw(QStringLiteral("</p>"));
        return PhonePage::html(200, page.finish(), request, "no-store");
    }
    page.raw(
        QStringLiteral("<form method=\"post\" action=\"%1\"><fieldset><legend>").arg(page.href(base + QStringLiteral("/move"))));
    page.text(tr("Free times on %1").arg(locale.toString(date, QLocale::LongFormat))).raw(QStringLiteral("</legend>"));
    timeChoices(page, free, locale);
    page.raw(QStringLiteral("</fieldset>"));
    page.raw(contactField(QStringLiteral("move-contact"), tr("The one you gave when booking.")));
    page.raw(QStringLiteral("<button type=\"submit\">")).text(tr("Move the test drive")).raw(QStringLiteral("</button></form>"));
    return PhonePage::html(200, page.finish(), request, "no-store");
}

QList<QDate> PhoneDrivePages::openDays(const Studio &studio)
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(SlotPlanner::zoneOf(studio)).date();
    QList<QDate> days;
    for (int i = 0; i < kDaysAhead; ++i) {
        if (!SlotPlanner::hoursOn(studio, today.addDays(i)).isEmpty())
            days << today.addDays(i);
    }
    return days;
}

void PhoneDrivePages::dayLinks(PhoneHtml &page, const QList<QDate> &days, const QDate &chosen, const QLocale &locale,
                               const std::function<QString(const QDate &)> &link)
{
    page.raw(QStringLiteral("<ul class=\"days\">"));
    for (const QDate &d : days) {
        page.raw(QStringLiteral("<li><a href=\"%1\"%2>")
                     .arg(page.href(link(d)), d == chosen ? QStringLiteral(" aria-current=\"date\"") : QString()));
        page.text(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + LocalTimes::dayMonth(locale, d))
            .raw(QStringLiteral("</a></li>"));
    }
    page.raw(QStringLiteral("</ul>"));
}

void PhoneDrivePages::timeChoices(PhoneHtml &page, const QList<SlotPlanner::Slot> &free, const QLocale &locale,
                                  const QString &checked)
{
    page.raw(QStringLiteral("<div class=\"slots\">"));
    for (qsizetype i = 0; i < free.size(); ++i) {
        const QString id = QStringLiteral("slot-%1").arg(i);
        const QString value = Booking::timestamp(free.at(i).start);
        page.raw(QStringLiteral("<label for=\"%1\"><input type=\"radio\" id=\"%1\" name=\"start\" value=\"%2\"%3%4>")
                     .arg(id, value, i == 0 ? QStringLiteral(" required") : QString(),
                          value == checked ? QStringLiteral(" checked") : QString()));
        page.text(Bidi::wholeTime(LocalTimes::time(locale, free.at(i).local.time()))).raw(QStringLiteral("</label>"));
    }
    page.raw(QStringLiteral("</div>"));
}

HttpResponse PhoneDrivePages::change(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                     const QString &action, const QUrlQuery &form, const HttpRequest &request) const
{
    const QString path = QString::fromLatin1(request.path);
    const QString typed = form.queryItemValue(QStringLiteral("contact"), QUrl::FullyDecoded);
    const auto found = find(catalog, code);
    // One answer for every reason a change is refused, so that trying tells nothing (the link
    // back is the address the visitor came with, whether or not it holds a booking).
    const auto refused = [&] {
        return PhonePage::problem(403, m_theme, language, path, tr("We could not change this booking"),
                                  tr("Check the booking code and the phone number or e-mail address you gave when booking."),
                                  request, QStringLiteral("/p/drive/") + code, tr("Back to your test drive"));
    };
    if (!found) {
        sameContact(VisitorContact{}, typed, QStringLiteral("NO")); // as much work as a real check
        return refused();
    }
    const auto &[b, studio] = *found;
    if (!b.contact || !sameContact(*b.contact, typed, studio->address.country))
        return refused();
    const QLocale locale = PhoneWords::locale(language);
    const QString base = QStringLiteral("/p/drive/") + b.code;
    const auto done = [&](const QString &heading, const QString &text) {
        PhoneHtml page(m_theme, language);
        page.begin({heading, {}, {}, path, {}, m_publicUrl});
        page.raw(QStringLiteral("<h1>")).text(heading).raw(QStringLiteral("</h1><p class=\"message\" role=\"status\">"));
        page.text(text).raw(QStringLiteral("</p><p><a href=\"%1\">").arg(page.href(base)));
        page.text(tr("Back to your test drive")).raw(QStringLiteral("</a></p>"));
        return PhonePage::html(200, page.finish(), request, "no-store");
    };

    if (action == QLatin1String("erase")) {
        QString problem;
        if (!PrivacyPurger(m_db).erase(b.code, &problem))
            return PhonePage::problem(503, m_theme, language, path, PhoneHtml::tr("Please try again shortly"),
                                      PhoneHtml::tr("The studio's data cannot be read just now."), request);
        return done(tr("Your data is erased"), tr("Your name and contact are deleted; a drive still to come is cancelled."));
    }
    if (!b.isUpcoming())
        return refused();
    BookingStore store(m_db);
    BookingStore::Error error;
    if (action == QLatin1String("cancel")) {
        if (!store.cancel(b.id, &error))
            return refused();
        return done(tr("Your test drive is cancelled"), tr("Nothing else is needed. You are welcome any time."));
    }
    const QDateTime start = QDateTime::fromString(form.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded), Qt::ISODate);
    if (!start.isValid() || start.timeSpec() == Qt::LocalTime)
        return PhonePage::problem(400, m_theme, language, path, tr("Choose a time"), tr("Pick one of the free times."), request);
    const auto moved = store.reschedule(*studio, b.id, start.toUTC(), &error);
    if (!moved) {
        if (error.kind == BookingStore::Error::Kind::SlotTaken || error.kind == BookingStore::Error::Kind::NotBookable)
            return PhonePage::problem(409, m_theme, language, path, tr("That time is no longer free"),
                                      tr("Someone has just taken it. Choose another time."), request,
                                      base + QStringLiteral("/move"), tr("Choose another time"));
        return refused();
    }
    return done(tr("Your test drive is moved"), tr("Now: %1").arg(when(*moved, *studio, locale)));
}
