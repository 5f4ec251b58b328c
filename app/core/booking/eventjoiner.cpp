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
