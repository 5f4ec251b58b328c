// SPDX-License-Identifier: GPL-3.0-or-later
#include "booking.h"

#include "bookingcode.h"

#include <QJsonValue>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBooking, "vitrine.booking")

namespace {

constexpr std::pair<BookingState, const char *> kStates[] = {
    {BookingState::Requested, "requested"}, {BookingState::Confirmed, "confirmed"}, {BookingState::CheckedIn, "checked-in"},
    {BookingState::Completed, "completed"}, {BookingState::NoShow, "no-show"},      {BookingState::Cancelled, "cancelled"},
};

} // namespace

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QString VisitorContact::channelName(ContactChannel c)
{
    return c == ContactChannel::Phone ? QStringLiteral("phone") : QStringLiteral("email");
}

QString Booking::stateName(BookingState s)
{
    for (const auto &[state, name] : kStates) {
        if (state == s)
            return QLatin1String(name);
    }
    return {};
}

std::optional<BookingState> Booking::stateFromName(const QString &name)
{
    for (const auto &[state, n] : kStates) {
        if (name == QLatin1String(n))
            return state;
    }
    return std::nullopt;
}

QString Booking::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime Booking::fromTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject Booking::toJson(bool withContact) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("device"), device},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("key"), idempotencyKey},
                  {QStringLiteral("studio"), studio},
                  {QStringLiteral("model"), model},
                  {QStringLiteral("start"), timestamp(start)},
                  {QStringLiteral("end"), timestamp(end)},
                  {QStringLiteral("busy_until"), timestamp(busyUntil)},
                  {QStringLiteral("staff"), staff},
                  {QStringLiteral("car"), car},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("created"), timestamp(created)},
                  {QStringLiteral("updated"), timestamp(updated)}};
    if (!vehicle.isEmpty())
        o.insert(QStringLiteral("vehicle"), vehicle);
    if (withContact && contact) {
        o.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), contact->name},
                             {QStringLiteral("channel"), VisitorContact::channelName(contact->channel)},
                             {QStringLiteral("value"), contact->value},
                             {QStringLiteral("marketing"), contact->marketingConsent},
                             {QStringLiteral("privacy_consent_at"), timestamp(contact->privacyConsentAt)},
                             {QStringLiteral("purge_after"), timestamp(contact->purgeAfter)}});
    }
    return o;
}

std::optional<Booking> Booking::fromJson(const QJsonObject &o, QString *problem)
{
    const auto fail = [&](const QString &field, const QString &what) {
        if (problem)
            *problem = QStringLiteral("booking %1: %2").arg(field, what);
        return std::nullopt;
    };
    const auto text = [&](const char *field) { return o.value(QLatin1String(field)).toString(); };
    Booking b;
    b.id = text("id");
    if (QUuid::fromString(b.id).isNull())
        return fail(QStringLiteral("id"), QStringLiteral("is not a UUID"));
    b.device = text("device");
    b.code = text("code");
    if (!BookingCode::parse(b.code).ok)
        return fail(QStringLiteral("code"), QStringLiteral("is not a booking code"));
    b.code = BookingCode::parse(b.code).code;
    b.idempotencyKey = text("key");
    b.studio = text("studio");
    b.model = text("model");
    b.vehicle = text("vehicle");
    b.staff = text("staff");
    b.car = text("car");
    const std::initializer_list<std::pair<const char *, QString>> required{{"device", b.device}, {"key", b.idempotencyKey},
                                                                           {"studio", b.studio}, {"model", b.model},
                                                                           {"staff", b.staff},   {"car", b.car}};
    for (const auto &[field, value] : required) {
        if (value.isEmpty() || value.size() > 200)
            return fail(QLatin1String(field), QStringLiteral("is missing or too long"));
    }
    b.start = fromTimestamp(text("start"));
    b.end = fromTimestamp(text("end"));
    b.busyUntil = fromTimestamp(text("busy_until"));
    b.created = fromTimestamp(text("created"));
    b.updated = fromTimestamp(text("updated"));
    if (!b.start.isValid() || !b.end.isValid() || !b.busyUntil.isValid() || b.end <= b.start || b.busyUntil < b.end
        || b.start.secsTo(b.busyUntil) > 24 * 3600)
        return fail(QStringLiteral("start"), QStringLiteral("start, end and busy_until are not an ordered span"));
    if (!b.created.isValid() || !b.updated.isValid())
        return fail(QStringLiteral("created"), QStringLiteral("created and updated must be timestamps"));
    const auto state = stateFromName(text("state"));
    if (!state)
        return fail(QStringLiteral("state"), QStringLiteral("\"%1\" is not a booking state").arg(text("state")));
    b.state = *state;
    b.revision = o.value(QStringLiteral("revision")).toInt(0);
    if (b.revision < 1)
        return fail(QStringLiteral("revision"), QStringLiteral("must be at least 1"));
    const QJsonObject c = o.value(QStringLiteral("contact")).toObject();
    if (!c.isEmpty()) {
        VisitorContact contact;
        contact.name = c.value(QStringLiteral("name")).toString();
        const QString channel = c.value(QStringLiteral("channel")).toString();
        contact.channel = channel == QLatin1String("email") ? ContactChannel::Email : ContactChannel::Phone;
        contact.value = c.value(QStringLiteral("value")).toString();
        contact.marketingConsent = c.value(QStringLiteral("marketing")).toBool(false);
        contact.privacyConsentAt = fromTimestamp(c.value(QStringLiteral("privacy_consent_at")).toString());
        contact.purgeAfter = fromTimestamp(c.value(QStringLiteral("purge_after")).toString());
        if (contact.name.isEmpty() || contact.value.isEmpty()
            || (channel != QLatin1String("phone") && channel != QLatin1String("email")) || !contact.privacyConsentAt.isValid()
            || !contact.purgeAfter.isValid())
            return fail(QStringLiteral("contact"), QStringLiteral("is incomplete"));
        b.contact = contact;
    }
    return b;
}
