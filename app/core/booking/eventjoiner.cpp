// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjoiner.h"

#include <QStringList>

namespace {

const QStringList &stateNames()
{
    static const QStringList names{QStringLiteral("joined"), QStringLiteral("checked-in"), QStringLiteral("cancelled")};
    return names;
}

} // namespace

QString EventJoiner::stateName(JoinState s)
{
    return stateNames().at(int(s));
}

std::optional<JoinState> EventJoiner::stateFromName(const QString &name)
{
    const qsizetype at = stateNames().indexOf(name);
    if (at < 0)
        return std::nullopt;
    return JoinState(at);
}

QJsonObject EventJoiner::toJson(bool withContact) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("device"), device},
                  {QStringLiteral("event"), event},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("idempotency_key"), idempotencyKey},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("created"), Booking::timestamp(created)},
                  {QStringLiteral("updated"), Booking::timestamp(updated)}};
    if (withContact && contact) {
        o.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), contact->name},
                             {QStringLiteral("channel"), VisitorContact::channelName(contact->channel)},
                             {QStringLiteral("value"), contact->value},
                             {QStringLiteral("marketing_consent"), contact->marketingConsent},
                             {QStringLiteral("privacy_consent_at"), Booking::timestamp(contact->privacyConsentAt)},
                             {QStringLiteral("purge_after"), Booking::timestamp(contact->purgeAfter)}});
    }
    return o;
}

std::optional<EventJoiner> EventJoiner::fromJson(const QJsonObject &o)
{
    EventJoiner j;
    j.id = o.value(QLatin1String("id")).toString();
    j.device = o.value(QLatin1String("device")).toString();
    j.event = o.value(QLatin1String("event")).toString();
    j.code = o.value(QLatin1String("code")).toString();
    j.idempotencyKey = o.value(QLatin1String("idempotency_key")).toString();
    const auto state = stateFromName(o.value(QLatin1String("state")).toString());
    if (j.id.isEmpty() || j.code.isEmpty() || !state)
        return std::nullopt;
    j.state = *state;
    j.revision = o.value(QLatin1String("revision")).toInt(1);
    j.created = Booking::fromTimestamp(o.value(QLatin1String("created")).toString());
    j.updated = Booking::fromTimestamp(o.value(QLatin1String("updated")).toString());
    const QJsonObject c = o.value(QLatin1String("contact")).toObject();
    if (!c.isEmpty()) {
        VisitorContact contact;
        contact.name = c.value(QLatin1String("name")).toString();
        contact.channel = c.value(QLatin1String("channel")).toString() == QLatin1String("email") ? ContactChannel::Email
                                                                                                 : ContactChannel::Phone;
        contact.value = c.value(QLatin1String("value")).toString();
        contact.marketingConsent = c.value(QLatin1String("marketing_consent")).toBool();
        contact.privacyConsentAt = Booking::fromTimestamp(c.value(QLatin1String("privacy_consent_at")).toString());
        contact.purgeAfter = Booking::fromTimestamp(c.value(QLatin1String("purge_after")).toString());
        j.contact = contact;
    }
    return j;
}
