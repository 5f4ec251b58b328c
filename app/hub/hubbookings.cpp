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

namespace {

// A fleet car of the model, or the one stock car asked for (it is driven where it stands).
DriveTarget targetOf(const QString &model, const QString &vehicle, const QString &studio)
{
    return vehicle.isEmpty() ? DriveTarget::fleet(model) : DriveTarget::stockCar(vehicle, model, studio);
}

} // namespace

HttpResponse HubBookings::daySlots(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const Catalog *c = m_catalog.get();
    if (!c)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const Studio *studio = c->studio(query.queryItemValue(QStringLiteral("studio")));
    const QDate date = QDate::fromString(query.queryItemValue(QStringLiteral("date")), Qt::ISODate);
    const QString model = query.queryItemValue(QStringLiteral("model"));
    const QString vehicle = query.queryItemValue(QStringLiteral("vehicle"));
    bool daysOk = true;
    const int days = query.hasQueryItem(QStringLiteral("days")) ? query.queryItemValue(QStringLiteral("days")).toInt(&daysOk) : 1;
    if (!studio || !date.isValid() || !c->model(model) || !daysOk || days < 1 || days > kMaxDays || vehicle.size() > 128)
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
    // The booking as the hub holds it, without its contact: the screen keeps a copy for its own
    // agenda and for a cancellation there.
    QJsonObject answer = created->booking.toJson(false);
    answer.insert(QStringLiteral("existing"), created->existing);
    return json(created->existing ? 200 : 201, answer);
}
