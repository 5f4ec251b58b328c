// SPDX-License-Identifier: GPL-3.0-or-later
#include "huboutbox.h"

#include "sync/outboxreceiver.h"

#include <QJsonArray>

using HubAnswer::error;

HubOutbox::HubOutbox(QSqlDatabase db)
    : m_db(db)
    , m_catalog(db)
{
}

HttpResponse HubOutbox::deliver(const HttpRequest &request, const QString &screen, QStringList *changed)
{
    const OutboxReceiver::Batch batch = OutboxReceiver::parse(request.body);
    switch (batch.refusal) {
    case OutboxReceiver::Batch::Refusal::Malformed:
        return error(400, QStringLiteral("bad-request"), batch.problem);
    case OutboxReceiver::Batch::Refusal::TooMany:
        return error(413, QStringLiteral("too-many-items"), batch.problem);
    case OutboxReceiver::Batch::Refusal::None:
        break;
    }
    const Catalog *catalog = m_catalog.get();
    if (!catalog)
        return error(503, QStringLiteral("unavailable"), QStringLiteral("the hub cannot read its catalog"));
    const QList<OutboxReceiver::Outcome> taken = OutboxReceiver(m_db).receive(screen, batch.items, *catalog);
    QJsonArray outcomes;
    for (qsizetype i = 0; i < taken.size(); ++i) {
        const OutboxReceiver::Outcome &o = taken.at(i);
        QJsonObject answer{{QStringLiteral("key"), batch.items.at(i).key},
                           {QStringLiteral("outcome"), OutboxReceiver::Outcome::name(o.kind)}};
        if (!o.reason.isEmpty())
            answer.insert(QStringLiteral("reason"), o.reason);
        if (!o.booking.isEmpty())
            answer.insert(QStringLiteral("booking"), o.booking);
        outcomes.append(answer);
        const QString &kind = batch.items.at(i).kind;
        const QString topic = kind.startsWith(QLatin1String("booking")) ? QStringLiteral("slots")
            : kind.startsWith(QLatin1String("event-join"))              ? QStringLiteral("events")
            : kind == QLatin1String("visitor-request")                  ? QStringLiteral("requests")
                                                                        : QString();
        if (changed && o.kind == OutboxReceiver::Outcome::Kind::Delivered && !topic.isEmpty() && !changed->contains(topic))
            changed->append(topic);
    }
    return HubAnswer::json(200, {{QStringLiteral("outcomes"), outcomes}});
}
