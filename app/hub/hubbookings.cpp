// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubbookings.h"

#include "booking/bookingstore.h"
#include "hubanswer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

using HubAnswer::error;
using HubAnswer::json;

HubBookings::HubBookings(QSqlDatabase db)
    : m_db(db)
    , m_catalog(db)
{
}

namespace {

// A fleet car of the model, or the one stock car asked for (it is driven where it stands).
DriveTarget targetOf(const QString &model, const QString &vehicle, const QString &studio)
{
    return vehicle.isEmpty() ? DriveTarget::fleet(model) : DriveTarget::stockCar(vehicle, model, studio);
}

// The body of a POST as a JSON object; nothing when it is not one.
std::optional<QJsonObject> objectOf(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// What a change of a booking at the hub came to: the booking (without its contact), or why not.
HttpResponse changed(const std::optional<Booking> &done, const BookingStore::Error &failure)
{
    using Kind = BookingStore::Error::Kind;
    if (done)
        return json(200, {{QStringLiteral("booking"), done->toJson(false)}});
    switch (failure.kind) {
    case Kind::NotFound:
        return error(404, QStringLiteral("not-found"), QStringLiteral("no such booking"));
    case Kind::WrongState:
        return error(409, QStringLiteral("wrong-state"), failure.message);
    case Kind::SlotTaken:
        return error(409, QStringLiteral("slot-taken"), failure.message);
    case Kind::NotBookable:
        return error(422, QStringLiteral("not-bookable"), failure.message);
    case Kind::Busy:
        return HubAnswer::busy(failure.message);
    default:
        return error(500, QStringLiteral("failed"), QStringLiteral("the booking could not be changed"));
    }
}

constexpr qsizetype kMaxId = 128;

// The studio and the days a read asks for (?studio=S&date=YYYY-MM-DD[&days=N]); no studio when
// they do not read.
struct Span {
    const Studio *studio = nullptr;
    QDate date;
    int days = 1;
};
Span spanOf(const QUrlQuery &query, const Catalog &catalog, int mostDays)
{
    Span span;
    span.date = QDate::fromString(query.queryItemValue(QStringLiteral("date")), Qt::ISODate);
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("days")))
        span.days = query.queryItemValue(QStringLiteral("days")).toInt(&ok);
    if (ok && span.date.isValid() && span.days >= 1 && span.days <= mostDays)
        span.studio = catalog.studio(query.queryItemValue(QStringLiteral("studio")));
    return span;
}

} // namespace

HttpResponse HubBookings::daySlots(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const auto [studio, date, days] = spanOf(query, *c, kMaxDays);
    const QString model = query.queryItemValue(QStringLiteral("model"));
    const QString vehicle = query.queryItemValue(QStringLiteral("vehicle"));
    if (!studio || !c->model(model) || vehicle.size() > 128)
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("give a known studio, a date (YYYY-MM-DD), a known model and at most %1 days").arg(kMaxDays));
    const BookingStore store(m_db);
    const DriveTarget target = targetOf(model, vehicle, studio->id);
    QJsonArray perDay;
    QJsonObject answer;
    for (int i = 0; i < days; ++i) {
        QString why;
        const auto list = store.daySlots(*studio, date.addDays(i), target, &why);
        QJsonArray out;
        for (const auto &s : list)
            out.append(QJsonObject{{QStringLiteral("start"), Booking::timestamp(s.start)},
                                   {QStringLiteral("end"), Booking::timestamp(s.end)},
                                   {QStringLiteral("capacity"), s.capacity}});
        QJsonObject day{{QStringLiteral("date"), date.addDays(i).toString(Qt::ISODate)}, {QStringLiteral("slots"), out}};
        if (!why.isEmpty())
            day.insert(QStringLiteral("why"), why);
        if (i == 0)
            answer = day; // one day as it always was: {slots, why}
        perDay.append(day);
    }
    answer.remove(QStringLiteral("date"));
    if (query.hasQueryItem(QStringLiteral("days")))
        answer.insert(QStringLiteral("days"), perDay);
    return json(200, answer);
}

HttpResponse HubBookings::book(const HttpRequest &request)
{
    const auto body = objectOf(request);
    if (!body)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send the booking as a JSON object"));
    const QJsonObject &o = *body;
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const Studio *studio = c->studio(o.value(QLatin1String("studio")).toString());
    const QString model = o.value(QLatin1String("model")).toString();
    const QDateTime start = QDateTime::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODateWithMs);
    const std::optional<ContactInput> contact = ContactInput::fromJson(o.value(QLatin1String("contact")));
    const QString key = o.value(QLatin1String("idempotencyKey")).toString();
    if (!studio || !c->model(model) || !start.isValid() || start.timeSpec() == Qt::LocalTime || !contact || key.isEmpty()
        || key.size() > 128)
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("give a known studio and model, a start with its offset, a contact with its channel "
                                    "(phone or email), and an idempotency key"));
    const QString vehicle = o.value(QLatin1String("vehicle")).toString();
    if (vehicle.size() > 128)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("a vehicle id is at most 128 characters"));

    BookingStore::Request r;
    r.target = targetOf(model, vehicle, studio->id);
    r.start = start.toUTC();
    r.contact = *contact;
    r.idempotencyKey = key;
    r.tradeIn = o.value(QLatin1String("tradeIn")).toObject(); // for staff with the booking; within the body's limit
    // The screen's own id and code for it, so the copy it keeps if this answer is lost is this booking.
    r.id = o.value(QLatin1String("id")).toString();
    r.code = o.value(QLatin1String("code")).toString();

    BookingStore::Error failure;
    const auto created = BookingStore(m_db).create(*studio, r, &failure);
    if (!created) {
        using Kind = BookingStore::Error::Kind;
        switch (failure.kind) {
        case Kind::SlotTaken:
            return error(409, QStringLiteral("slot-taken"), failure.message);
        case Kind::KeyReused:
            return error(409, QStringLiteral("key-reused"), failure.message);
        case Kind::InvalidContact:
            return HubAnswer::invalidContact(failure.message, failure.contactIssues);
        case Kind::NotBookable:
            return error(422, QStringLiteral("not-bookable"), failure.message);
        case Kind::Invalid:
            return error(400, QStringLiteral("bad-request"), failure.message);
        case Kind::Busy:
            return HubAnswer::busy(failure.message);
        default:
            return error(500, QStringLiteral("failed"), QStringLiteral("the booking could not be stored"));
        }
    }
    // The booking as the hub holds it, without its contact: the screen keeps a copy for its own
    // agenda and for a cancellation there.
    QJsonObject answer = created->booking.toJson(false);
    answer.insert(QStringLiteral("existing"), created->existing);
    return json(created->existing ? 200 : 201, answer);
}

HttpResponse HubBookings::cancelByCode(const HttpRequest &request)
{
    const auto o = objectOf(request);
    const QString code = o ? o->value(QLatin1String("code")).toString().trimmed().toUpper() : QString();
    if (code.isEmpty() || code.size() > 32)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send {\"code\": \"…\"}"));
    BookingStore::Error failure;
    const auto done = BookingStore(m_db).cancelByCode(code, &failure);
    return changed(done, failure);
}

HttpResponse HubBookings::agenda(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const auto [studio, date, days] = spanOf(query, *c, kMaxDays);
    if (!studio)
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("give a known studio, a date (YYYY-MM-DD) and at most %1 days").arg(kMaxDays));
    const bool contacts = query.queryItemValue(QStringLiteral("contacts")) == QLatin1String("1");
    const QTimeZone zone = SlotPlanner::zoneOf(*studio);
    const QDateTime from(date, QTime(0, 0), zone);
    QJsonArray list;
    for (const Booking &b : BookingStore(m_db).list(studio->id, from.toUTC(), from.addDays(days).toUTC(), contacts)) {
        QJsonObject o = b.toJson(contacts);
        if (contacts && !b.tradeIn.isEmpty())
            o.insert(QStringLiteral("tradeIn"), b.tradeIn);
        list.append(o);
    }
    HttpResponse r = json(200, {{QStringLiteral("bookings"), list}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse HubBookings::act(const HttpRequest &request)
{
    const auto o = objectOf(request);
    const QString id = o ? o->value(QLatin1String("id")).toString() : QString();
    const QString action = o ? o->value(QLatin1String("action")).toString() : QString();
    const QStringList &actions = BookingStore::staffActions();
    if (id.isEmpty() || id.size() > kMaxId || !actions.contains(action))
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("send {\"id\", \"action\"} with an action of %1").arg(actions.join(QStringLiteral(", "))));
    BookingStore::Error failure;
    const auto done = BookingStore(m_db).act(id, action, &failure);
    return changed(done, failure);
}

HttpResponse HubBookings::move(const HttpRequest &request)
{
    const auto o = objectOf(request);
    const QString id = o ? o->value(QLatin1String("id")).toString() : QString();
    const QDateTime start = QDateTime::fromString(o ? o->value(QLatin1String("start")).toString() : QString(), Qt::ISODateWithMs);
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    if (id.isEmpty() || id.size() > kMaxId || !start.isValid() || start.timeSpec() == Qt::LocalTime)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send {\"id\", \"start\"} with the start's offset"));
    BookingStore store(m_db);
    const auto b = store.find(id);
    const Studio *studio = b ? c->studio(b->studio) : nullptr;
    if (!studio)
        return error(404, QStringLiteral("not-found"), QStringLiteral("no such booking"));
    BookingStore::Error failure;
    return changed(store.reschedule(*studio, id, start.toUTC(), &failure), failure);
}
