// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubrequests.h"
#include "hubanswer.h"

#include "kiosk/visitorrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using HubAnswer::error;
using HubAnswer::json;

HubRequests::HubRequests(QSqlDatabase db)
    : m_db(db)
{
}

HttpResponse HubRequests::list(const HttpRequest &request)
{
    const QString studio = QUrlQuery(QString::fromLatin1(request.query))
                               .queryItemValue(QStringLiteral("studio"), QUrl::FullyDecoded);
    if (studio.isEmpty() || studio.size() > 64)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("give the studio: /v1/requests?studio=S"));
    QJsonArray out;
    for (const VisitorRequests::Request &r : VisitorRequests(m_db).open(studio))
        out.append(VisitorRequests::toJson(r));
    HttpResponse r = json(200, {{QStringLiteral("requests"), out}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse HubRequests::take(const HttpRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    const QString id = o.value(QLatin1String("id")).toString();
    if (id.isEmpty() || id.size() > 64)
        return error(400, QStringLiteral("bad-request"), QStringLiteral("send {\"id\": \"…\"}"));
    QString problem;
    switch (VisitorRequests(m_db).take(id, &problem)) {
    case VisitorRequests::Taken::Now:
        return json(200, {{QStringLiteral("id"), id}, {QStringLiteral("taken"), true}});
    case VisitorRequests::Taken::Already:
        return error(409, QStringLiteral("already-taken"), QStringLiteral("a colleague has already taken this request"));
    case VisitorRequests::Taken::Unknown:
        return error(404, QStringLiteral("unknown"), QStringLiteral("no such request"));
    case VisitorRequests::Taken::Failed:
        break;
    }
    return HubAnswer::busy(QStringLiteral("the hub could not write its database; try again"));
}
