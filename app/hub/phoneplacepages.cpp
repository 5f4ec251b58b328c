// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneplacepages.h"
#include "phonedrivepages.h"
#include "phonepage.h"

#include "booking/bookingcode.h"
#include "booking/eventrows.h"
#include "booking/eventstore.h"

#include <QDateTime>

namespace {

const QString kBase = QStringLiteral("/p/place/");

/// The place still holds and the event is still to begin: it can be given back.
bool changeable(const EventJoiner &joiner, const StudioEvent &event)
{
    return joiner.state == JoinState::Joined && !event.cancelled && event.start > QDateTime::currentDateTimeUtc();
}

} // namespace

PhonePlacePages::PhonePlacePages(QSqlDatabase db, const PhoneTheme &theme, const QString &publicUrl)
    : m_db(db)
    , m_theme(theme)
    , m_publicUrl(publicUrl)
{
}

std::optional<PhonePlacePages::Found> PhonePlacePages::find(const Catalog &catalog, const QString &code) const
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok)
        return std::nullopt;
    const auto joiner = EventStore(m_db).findByCode(parsed.code, true);
    if (!joiner)
        return std::nullopt;
    // An event the feed has since removed still names what the place was for.
    const auto listing = EventRows(m_db).listing(joiner->event, true);
    const Studio *studio = listing ? catalog.studio(listing->event.studio) : nullptr;
    if (!listing || !studio)
        return std::nullopt;
    return Found{*joiner, listing->event, studio};
}

HttpResponse PhonePlacePages::notFound(const PhoneWords::Language &language, const HttpRequest &request) const
{
    return PhonePage::problem(404, m_theme, language, QString::fromLatin1(request.path), tr("No place with this code"),
                              tr("Check the code the screen gave you, or scan it again."), request);
}

HttpResponse PhonePlacePages::page(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                   const HttpRequest &request) const
{
    const auto found = find(catalog, code);
    if (!found)
        return notFound(language, request);
    const auto &[j, e, studio] = *found;
    const QLocale locale = PhoneWords::locale(language);
    const QString base = kBase + j.code;
    const bool open = changeable(j, e);

    QString state;
    if (e.cancelled)
        state = tr("This event is cancelled. We are sorry.");
    else if (j.state == JoinState::Cancelled)
        state = tr("You gave this place back.");
    else if (j.state == JoinState::CheckedIn)
        state = tr("Checked in. Enjoy the event.");
    else if (e.end <= QDateTime::currentDateTimeUtc())
        state = tr("This event has ended. Thank you for coming.");
    else
        state = tr("Your place is kept. See you there.");

    PhoneHtml page(m_theme, language);
    page.begin({tr("Your place"), {}, {}, QString::fromLatin1(request.path), {}, m_publicUrl});
    page.raw(QStringLiteral("<h1>")).text(tr("Your place")).raw(QStringLiteral("</h1><div class=\"card\"><p><strong>"));
    page.text(PhonePage::text(e.title, language)).raw(QStringLiteral("</strong></p><p>"));
    page.text(PhoneDrivePages::span(e.start, e.end, *studio, locale)).raw(QStringLiteral("</p><p>"));
    page.text(studio->name + QStringLiteral(", ") + studio->address.street + QStringLiteral(", ") + studio->address.city);
    page.raw(QStringLiteral("</p><p role=\"status\">")).text(state).raw(QStringLiteral("</p><p>"));
    page.sentence(tr("Place code %1"), {j.code}).raw(QStringLiteral("</p></div><p class=\"actions\">"));
    if (open) {
        page.raw(QStringLiteral("<a class=\"button\" href=\"%1\" download=\"event.ics\">")
                     .arg(page.href(base + QStringLiteral("/calendar.ics"))));
        page.text(QCoreApplication::translate("PhoneDrivePages", "Add to my calendar")).raw(QStringLiteral("</a> "));
    }
    page.raw(QStringLiteral("<a class=\"button quiet\" href=\"%1\">").arg(PhoneHtml::escape(PhonePage::mapLink(*studio))));
    page.text(QCoreApplication::translate("PhoneCarPage", "Open the map")).raw(QStringLiteral("</a></p>"));
    const QString hint = tr("The one you gave when you joined.");
    if (open) {
        page.raw(QStringLiteral("<h2>")).text(tr("Give your place back")).raw(QStringLiteral("</h2><p>"));
        page.text(tr("Someone else can then take it.")).raw(QStringLiteral("</p>"));
        page.raw(QStringLiteral("<form method=\"post\" action=\"%1\">").arg(page.href(base + QStringLiteral("/cancel"))));
        page.raw(PhoneDrivePages::contactField(QStringLiteral("cancel-contact"), hint));
        page.raw(QStringLiteral("<button type=\"submit\">"))
            .text(tr("Give back my place"))
            .raw(QStringLiteral("</button></form>"));
    }
    page.raw(QStringLiteral("<h2>")).text(QCoreApplication::translate("PhoneDrivePages", "Erase my data"));
    page.raw(QStringLiteral("</h2><p>"))
        .text(tr("Your name and contact are deleted at once; a place still to come is given back."));
    page.raw(QStringLiteral("</p><form method=\"post\" action=\"%1\">").arg(page.href(base + QStringLiteral("/erase"))));
    page.raw(PhoneDrivePages::contactField(QStringLiteral("erase-contact"), hint));
    page.raw(QStringLiteral("<button type=\"submit\" class=\"quiet\">"))
        .text(QCoreApplication::translate("PhoneDrivePages", "Erase my data"));
    page.raw(QStringLiteral("</button></form>"));
    return PhonePage::html(200, page.finish(), request, "no-cache, private");
}

HttpResponse PhonePlacePages::calendar(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                       const HttpRequest &request) const
{
    const auto found = find(catalog, code);
    if (!found || !changeable(found->joiner, found->event))
        return notFound(language, request);
    HttpResponse r = PhonePage::file(EventStore::calendar(found->event, *found->studio, QString::fromLatin1(language.feedKey),
                                                          &found->joiner, found->joiner.updated),
                                     "text/calendar; charset=utf-8", request, "no-cache, private");
    r.addHeader("Content-Disposition", "attachment; filename=\"event.ics\"");
    return r;
}

HttpResponse PhonePlacePages::change(const Catalog &catalog, const PhoneWords::Language &language, const QString &code,
                                     const QString &action, const QUrlQuery &form, const HttpRequest &request) const
{
    const QString path = QString::fromLatin1(request.path);
    const QString typed = form.queryItemValue(QStringLiteral("contact"), QUrl::FullyDecoded);
    const auto found = find(catalog, code);
    // One answer for every reason a change is refused: trying tells nothing.
    const auto refused = [&] {
        return PhonePage::problem(403, m_theme, language, path, tr("We could not change this place"),
                                  tr("Check the place code and the phone number or e-mail address you gave when you joined."),
                                  request, kBase + code, tr("Back to your place"));
    };
    if (!found) {
        PhoneDrivePages::sameContact(VisitorContact{}, typed, QStringLiteral("NO")); // as much work as a real check
        return refused();
    }
    const auto &[j, e, studio] = *found;
    if (!j.contact || !PhoneDrivePages::sameContact(*j.contact, typed, studio->address.country))
        return refused();
    const auto done = [&](const QString &heading, const QString &text) {
        PhoneHtml page(m_theme, language);
        page.begin({heading, {}, {}, path, {}, m_publicUrl});
        page.raw(QStringLiteral("<h1>")).text(heading).raw(QStringLiteral("</h1><p class=\"message\" role=\"status\">"));
        page.text(text).raw(QStringLiteral("</p><p><a href=\"%1\">").arg(page.href(kBase + j.code)));
        page.text(tr("Back to your place")).raw(QStringLiteral("</a></p>"));
        return PhonePage::html(200, page.finish(), request, "no-store");
    };
    EventStore store(m_db);
    if (action == QLatin1String("erase")) {
        if (!store.erase(j.code))
            return PhonePage::problem(503, m_theme, language, path, PhoneHtml::tr("Please try again shortly"),
                                      PhoneHtml::tr("The studio's data cannot be read just now."), request);
        return done(QCoreApplication::translate("PhoneDrivePages", "Your data is erased"),
                    tr("Your name and contact are deleted; a place still to come is given back."));
    }
    if (!changeable(j, e) || !store.cancel(j.code))
        return refused();
    return done(tr("Your place is given back"), tr("Thank you for letting us know. You are welcome any time."));
}
