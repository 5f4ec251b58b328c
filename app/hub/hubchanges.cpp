// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubchanges.h"
#include "hubanswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

HubChanges::HubChanges()
{
    quint64 r[2];
    QRandomGenerator::system()->fillRange(r);
    m_run = QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(r), sizeof r).toHex());
}

void HubChanges::note(const QString &topic)
{
    m_recent.append({++m_last, topic});
    if (m_recent.size() > kRemembered)
        m_recent.remove(0, m_recent.size() - kRemembered);
}

QString HubChanges::cursor() const
{
    return m_run + QLatin1Char(':') + QString::number(m_last);
}

HttpResponse HubChanges::answer(const HttpRequest &request) const
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    const QString given = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    int wait = kWaitMs;
    if (query.hasQueryItem(QStringLiteral("wait"))) {
        bool ok = false;
        wait = query.queryItemValue(QStringLiteral("wait")).toInt(&ok);
        if (!ok || wait < 0)
            return HubAnswer::error(400, QStringLiteral("bad-request"), QStringLiteral("wait is a number of milliseconds"));
        wait = qMin(wait, kWaitMs);
    }

    const qsizetype colon = given.indexOf(QLatin1Char(':'));
    bool numberOk = false;
    const qint64 seen = colon < 0 ? -1 : given.mid(colon + 1).toLongLong(&numberOk);
    const bool ours = colon > 0 && given.left(colon) == m_run && numberOk && seen >= 0 && seen <= m_last;
    const qint64 oldestKnown = m_recent.isEmpty() ? m_last : m_recent.first().first - 1;

    QJsonObject o{{QStringLiteral("cursor"), cursor()}};
    if (!ours || seen < oldestKnown) {
        // Another run of the hub, a cursor it never issued, or one older than it remembers.
        o.insert(QStringLiteral("resync"), true);
        return HubAnswer::json(200, o);
    }
    if (seen == m_last && wait > 0 && !request.lastChance) {
        HttpResponse parked;
        parked.waitMs = qMax(wait, kLeastWaitMs);
        return parked;
    }
    QStringList topics;
    for (auto it = m_recent.crbegin(); it != m_recent.crend() && it->first > seen; ++it) {
        if (!topics.contains(it->second))
            topics.prepend(it->second);
    }
    o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(topics));
    HttpResponse r = HubAnswer::json(200, o);
    r.addHeader("Cache-Control", "no-store");
    return r;
}
