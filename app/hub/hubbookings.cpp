// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubbookings.h"

#include "booking/bookingstore.h"
#include "hubanswer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using HubAnswer::error;
using HubAnswer::json;

HubBookings::HubBookings(QSqlDatabase db)
    : m_db(db)
    , m_catalog(db)
{
}

HttpResponse HubBookings::daySlots(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const Studio *studio = c->studio(query.queryItemValue(QStringLiteral("studio")));
    const QDate date = QDate::fromString(query.queryItemValue(QStringLiteral("date")), Qt::ISODate);
    const QString model = query.queryItemValue(QStringLiteral("model"));
    if (!studio || !date.isValid() || !c->model(model))
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("give a known studio, a date (YYYY-MM-DD) and a known model"));
    QString why;
    const auto list = BookingStore(m_db).daySlots(*studio, date, DriveTarget::fleet(model), &why);
    QJsonArray out;
    for (const auto &s : list)
        out.append(QJsonObject{{QStringLiteral("start"), Booking::timestamp(s.start)},
                               {QStringLiteral("end"), Booking::timestamp(s.end)},
                               {QStringLiteral("capacity"), s.capacity}});
    QJsonObject answer{{QStringLiteral("slots"), out}};
    if (!why.isEmpty())
        answer.insert(QStringLiteral("why"), why);
    return json(200, answer);
}

HttpResponse HubBookings::book(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send the booking as a JSON object"));
    const QJsonObject o = doc.object();
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const Studio *studio = c->studio(o.value(QLatin1String("studio")).toString());
    const QString model = o.value(QLatin1String("model")).toString();
    const QDateTime start = QDateTime::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODateWithMs);
    const std::optional<ContactInput> contact = HubAnswer::contactOf(o.value(QLatin1String("contact")));
    const QString key = o.value(QLatin1String("idempotencyKey")).toString();
    if (!studio || !c->model(model) || !start.isValid() || start.timeSpec() == Qt::LocalTime || !contact || key.isEmpty()
        || key.size() > 128)
        return error(400, QStringLiteral("bad-request"),
                     QStringLiteral("give a known studio and model, a start with its offset, a contact with its channel "
                                    "(phone or email), and an idempotency key"));
    if (o.contains(QLatin1String("vehicle")))
        return error(422, QStringLiteral("not-bookable"), QStringLiteral("stock cars are booked on the screen for now"));

    BookingStore::Request r;
    r.target = DriveTarget::fleet(model);
    r.start = start.toUTC();
    r.contact = *contact;
    r.idempotencyKey = key;

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
        case Kind::Busy:
            return HubAnswer::busy(failure.message);
        default:
            return error(500, QStringLiteral("failed"), QStringLiteral("the booking could not be stored"));
        }
    }
    const Booking &b = created->booking;
    return json(created->existing ? 200 : 201,
                {{QStringLiteral("id"), b.id},
                 {QStringLiteral("code"), b.code},
                 {QStringLiteral("state"), Booking::stateName(b.state)},
                 {QStringLiteral("existing"), created->existing},
                 {QStringLiteral("studio"), b.studio},
                 {QStringLiteral("model"), b.model},
                 {QStringLiteral("start"), Booking::timestamp(b.start)},
                 {QStringLiteral("end"), Booking::timestamp(b.end)},
                 {QStringLiteral("revision"), b.revision}});
}
