// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubevents.h"

#include "booking/eventstore.h"
#include "hubanswer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

using HubAnswer::error;
using HubAnswer::json;

namespace {

QJsonObject listed(const EventListing &l)
{
    const StudioEvent &e = l.event;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("studio"), e.studio},
            {QStringLiteral("kind"), StudioEvent::kindName(e.kind)},
            {QStringLiteral("title"), e.title.text(QStringLiteral("en"))},
            {QStringLiteral("start"), Booking::timestamp(e.start)},
            {QStringLiteral("end"), Booking::timestamp(e.end)},
            {QStringLiteral("capacity"), e.capacity},
            {QStringLiteral("joined"), l.joined},
            {QStringLiteral("placesLeft"), l.placesLeft()},
            {QStringLiteral("signup"), e.signupRequired},
            {QStringLiteral("cancelled"), e.cancelled}};
}

/// The place's code a screen sends as {"code": "…"}, as codes are kept (upper case); empty when
/// the body is no such object or the code is longer than any code.
QString codeOf(const HttpRequest &request)
{
    const QString code =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("code")).toString().trimmed().toUpper();
    return code.size() > 32 ? QString() : code;
}

} // namespace

HubEvents::HubEvents(QSqlDatabase db)
    : m_db(db)
    , m_catalog(db)
{
}

HttpResponse HubEvents::list(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const QString studio = query.queryItemValue(QStringLiteral("studio"));
    if (!c->studio(studio))
        return error(400, QStringLiteral("bad-request"), QStringLiteral("give a known studio"));
    QJsonArray out;
    for (const EventListing &l : EventStore(m_db).upcoming(studio, QDateTime::currentDateTimeUtc(), 50))
        out.append(listed(l));
    return json(200, {{QStringLiteral("events"), out}});
}

HttpResponse HubEvents::join(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send the place as a JSON object"));
    const QJsonObject o = doc.object();
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const QString eventId = o.value(QLatin1String("event")).toString();
    const std::optional<ContactInput> contact = ContactInput::fromJson(o.value(QLatin1String("contact")));
    const QString key = o.value(QLatin1String("idempotencyKey")).toString();
    if (eventId.isEmpty() || eventId.size() > 128 || !contact || key.isEmpty() || key.size() > 128)
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("give an event, a contact with its channel (phone or email), and an idempotency key"));
    EventStore store(m_db);
    const std::optional<EventListing> listing = store.event(eventId);
    const Studio *studio = listing ? c->studio(listing->event.studio) : nullptr;
    if (!listing || !studio)
        return error(404, QStringLiteral("not-found"), QStringLiteral("no such event"));

    EventStore::Request r;
    r.event = eventId;
    r.contact = *contact;
    r.idempotencyKey = key;

    EventStore::Error failure;
    const auto joined = store.join(*studio, r, &failure);
    if (!joined) {
        using Kind = EventStore::Error::Kind;
        switch (failure.kind) {
        case Kind::Full:
            return error(409, QStringLiteral("event-full"), failure.message);
        case Kind::KeyReused:
            return error(409, QStringLiteral("key-reused"), failure.message);
        case Kind::Closed:
            return error(410, QStringLiteral("event-closed"), failure.message);
        case Kind::NotFound:
            return error(404, QStringLiteral("not-found"), failure.message);
        case Kind::InvalidContact:
            return HubAnswer::invalidContact(failure.message, failure.contactIssues);
        case Kind::Busy:
            return HubAnswer::busy(failure.message);
        default:
            qCWarning(lcHub) << "a place could not be stored:" << failure.message;
            return error(500, QStringLiteral("failed"), QStringLiteral("the place could not be stored"));
        }
    }
    return json(joined->existing ? 200 : 201,
                {{QStringLiteral("id"), joined->joiner.id},
                 {QStringLiteral("code"), joined->joiner.code},
                 {QStringLiteral("existing"), joined->existing},
                 {QStringLiteral("event"), listed(joined->listing)}});
}

HttpResponse HubEvents::cancel(const HttpRequest &request)
{
    const QString code = codeOf(request);
    if (code.isEmpty())
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send {\"code\": \"…\"}"));
    EventStore store(m_db);
    EventStore::Error failure;
    const auto cancelled = store.cancel(code, &failure);
    if (!cancelled) {
        using Kind = EventStore::Error::Kind;
        switch (failure.kind) {
        case Kind::NotFound:
        case Kind::WrongState:
        case Kind::Closed:
            // The same answer for a code never given and one that can no longer be given back.
            return error(404, QStringLiteral("not-found"), QStringLiteral("no place with this code can be given back"));
        case Kind::Busy:
            return HubAnswer::busy(failure.message);
        default:
            return error(500, QStringLiteral("failed"), QStringLiteral("the place could not be given back"));
        }
    }
    const std::optional<EventListing> listing = store.event(cancelled->event);
    QJsonObject answer{{QStringLiteral("code"), cancelled->code}};
    if (listing)
        answer.insert(QStringLiteral("event"), listed(*listing));
    return json(200, answer);
}

HttpResponse HubEvents::staff(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const QString studio = query.queryItemValue(QStringLiteral("studio"));
    const QString event = query.queryItemValue(QStringLiteral("event"));
    if (!c->studio(studio) || event.size() > 128)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("give a known studio (and an event)"));
    EventStore store(m_db);
    QJsonArray notices, joiners;
    for (const EventNotice &n : store.notices(studio))
        notices.append(n.toJson());
    if (!event.isEmpty()) {
        for (const EventJoiner &j : store.joiners(event))
            joiners.append(j.toJson(true));
    }
    HttpResponse r = json(200, {{QStringLiteral("notices"), notices}, {QStringLiteral("joiners"), joiners}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse HubEvents::checkIn(const HttpRequest &request)
{
    const QString code = codeOf(request);
    if (code.isEmpty())
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send {\"code\": \"…\"}"));
    EventStore::Error failure;
    const auto joiner = EventStore(m_db).checkIn(code, &failure);
    if (!joiner) {
        if (failure.kind == EventStore::Error::Kind::WrongState)
            return error(409, QStringLiteral("wrong-state"), failure.message);
        if (failure.kind == EventStore::Error::Kind::Busy)
            return HubAnswer::busy(failure.message);
        return error(404, QStringLiteral("not-found"), QStringLiteral("no place with this code"));
    }
    return json(200, {{QStringLiteral("code"), joiner->code}, {QStringLiteral("state"), EventJoiner::stateName(joiner->state)}});
}

HttpResponse HubEvents::informed(const HttpRequest &request)
{
    const qint64 notice = QJsonDocument::fromJson(request.body).object().value(QLatin1String("notice")).toInteger();
    if (notice <= 0)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send {\"notice\": id}"));
    EventStore::Error failure;
    if (!EventStore(m_db).markInformed(notice, &failure)) {
        if (failure.kind == EventStore::Error::Kind::Busy)
            return HubAnswer::busy(failure.message);
        return error(404, QStringLiteral("not-found"), QStringLiteral("no such notice"));
    }
    return json(200, {{QStringLiteral("notice"), notice}});
}
