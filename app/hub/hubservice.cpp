// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubservice.h"
#include "httpserver.h"

#include "catalog/catalogrows.h"
#include "storage/database.h"
#include "sync/brandrelay.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcHub, "vitrine.hub")

namespace {
// Where hub processes sharing a server tell each other what changed (the payload is a topic).
constexpr char kChangesChannel[] = "vitrine_changes";
} // namespace

namespace {

constexpr int kMaxScreenName = 64;
constexpr qint64 kStudioFreshMs = 2000;

HttpResponse json(int status, const QJsonObject &o)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse error(int status, const QString &words)
{
    return json(status, {{QStringLiteral("error"), words}});
}

HttpResponse tooMany(int retryAfter)
{
    HttpResponse r = error(429, QStringLiteral("too many requests; try again shortly"));
    r.addHeader("Retry-After", QByteArray::number(retryAfter));
    return r;
}

// One answer for a missing, unknown and revoked token: nothing tells them apart.
HttpResponse unauthorized()
{
    HttpResponse r = error(401, QStringLiteral("not authorized"));
    r.addHeader("WWW-Authenticate", "Bearer");
    return r;
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization");
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

bool plainName(const QString &name)
{
    return !name.isEmpty() && HubAnswer::printable(name, kMaxScreenName);
}

} // namespace

HubService::HubService(QSqlDatabase db, const HttpLimits &limits, int schemaVersion, const PhoneSite::Options &phone)
    : m_db(db)
    , m_registry(db)
    , m_bookings(db)
    , m_events(db)
    , m_requests(db)
    , m_insights(db,
                 [this] {
                     if (m_server)
                         m_server->wake();
                 })
    , m_outbox(db)
    , m_feeds(db)
    , m_phone(db, phone)
    , m_schemaVersion(schemaVersion)
    , m_perAddress(limits.requestsPerSecond * 2, limits.burst * 2)
    , m_perScreen(limits.requestsPerSecond, limits.burst)
    , m_pairing(limits.pairingPerSecond, limits.pairingBurst)
{
    m_clock.start();
    listenToOtherHubs();
}

HttpResponse HubService::handle(const HttpRequest &request, bool *trusted)
{
    HttpResponse response = route(request, trusted);
    noteChange(request, response);
    return response;
}

void HubService::noteChange(const HttpRequest &request, const HttpResponse &response)
{
    if (request.method == "GET" || request.method == "HEAD" || response.status < 200 || response.status > 299
        || response.waitMs > 0)
        return;
    const QByteArray &p = request.path;
    QString topic;
    if (p == "/v1/bookings" || p.startsWith("/v1/bookings/") || p.startsWith("/v1/agenda/") || p.startsWith("/p/drive/"))
        topic = QStringLiteral("slots");
    else if (p.startsWith("/v1/events/") || p.startsWith("/p/place/"))
        topic = QStringLiteral("events");
    else if (p.startsWith("/v1/requests/"))
        topic = QStringLiteral("requests");
    if (!topic.isEmpty())
        changed({topic});
}

void HubService::changed(const QStringList &topics)
{
    for (const QString &topic : topics) {
        m_changes.note(topic);
        // The other hub processes on a shared server tell their screens too.
        Database::notify(m_db, QLatin1String(kChangesChannel), topic);
    }
    if (!topics.isEmpty() && m_server)
        m_server->wake();
}

void HubService::listenToOtherHubs()
{
    if (!Database::isServer(m_db) || !m_db.driver()->subscribeToNotification(QLatin1String(kChangesChannel))) {
        if (Database::isServer(m_db))
            qCWarning(lcHub) << "cannot hear the other hub processes' changes:" << m_db.driver()->lastError().text();
        return;
    }
    QObject::connect(m_db.driver(), &QSqlDriver::notification, m_db.driver(),
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         static const QStringList known{QStringLiteral("slots"), QStringLiteral("events"),
                                                        QStringLiteral("requests"), QStringLiteral("sources")};
                         if (source != QSqlDriver::OtherSource || !known.contains(payload.toString()))
                             return;
                         m_changes.note(payload.toString());
                         if (m_server)
                             m_server->wake();
                     });
}

HttpResponse HubService::route(const HttpRequest &request, bool *trusted)
{
    const qint64 now = m_clock.elapsed();
    const QByteArray address = request.peer.toString().toLatin1();
    int retryAfter = 0;
    // A parked request asked again took its share of the limits when it came.
    if (!request.resumed && !m_perAddress.take(address, now, &retryAfter))
        return tooMany(retryAfter);

    // A visitor's phone is no paired screen: its pages need no token and keep every other limit.
    if (PhoneSite::handles(request))
        return m_phone.handle(request, now);

    if (request.path == "/v1/pair") {
        if (request.method != "POST") {
            HttpResponse r = error(405, QStringLiteral("use POST"));
            r.addHeader("Allow", "POST");
            return r;
        }
        if (!m_pairing.take(address, now, &retryAfter))
            return tooMany(retryAfter);
        return pair(request);
    }

    QString problem;
    const auto screen = m_registry.screenForToken(bearerToken(request), &problem);
    if (!screen) {
        if (!problem.isEmpty()) {
            qCWarning(lcHub) << "cannot check a token:" << problem;
            return error(503, QStringLiteral("the hub cannot read its database"));
        }
        return unauthorized();
    }
    *trusted = true;
    if (!request.resumed) {
        if (!m_perScreen.take(screen->toLatin1(), now, &retryAfter))
            return tooMany(retryAfter);
        m_registry.touch(*screen, QDateTime::currentDateTimeUtc());
    }

    const bool read = request.method == "GET";
    if (request.path == "/v1/changes")
        return read ? m_changes.answer(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/studio")
        return read ? studio(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/health")
        return read ? health(*screen) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/slots")
        return read ? m_bookings.daySlots(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/bookings")
        return request.method == "POST" ? m_bookings.book(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/bookings/cancel")
        return request.method == "POST" ? m_bookings.cancelByCode(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/agenda")
        return read ? m_bookings.agenda(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/agenda/act")
        return request.method == "POST" ? m_bookings.act(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/agenda/move")
        return request.method == "POST" ? m_bookings.move(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/outbox") {
        if (request.method != "POST")
            return error(405, QStringLiteral("use POST"));
        QStringList topics;
        HttpResponse r = m_outbox.deliver(request, *screen, &topics);
        changed(topics);
        return r;
    }
    if (request.path == "/v1/requests")
        return read ? m_requests.list(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/requests/take")
        return request.method == "POST" ? m_requests.take(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/insights" || request.path == "/v1/insights/csv")
        return read ? m_insights.answer(request, m_server ? m_server->nowMs() : request.receivedMs)
                    : error(405, QStringLiteral("use GET"));
    if (HubFeeds::handles(request))
        return m_feeds.answer(request);
    if (request.path == "/v1/events")
        return read ? m_events.list(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/events/join")
        return request.method == "POST" ? m_events.join(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/events/cancel")
        return request.method == "POST" ? m_events.cancel(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/events/staff")
        return read ? m_events.staff(request) : error(405, QStringLiteral("use GET"));
    if (request.path == "/v1/events/checkin")
        return request.method == "POST" ? m_events.checkIn(request) : error(405, QStringLiteral("use POST"));
    if (request.path == "/v1/events/informed")
        return request.method == "POST" ? m_events.informed(request) : error(405, QStringLiteral("use POST"));
    return error(404, QStringLiteral("no such resource"));
}

HttpResponse HubService::pair(const HttpRequest &request)
{
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return error(415, QStringLiteral("send the pairing as application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(QLatin1String("code"));
    const QJsonValue name = o.value(QLatin1String("screenName"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !code.isString() || !name.isString())
        return error(400, QStringLiteral("send {\"code\": \"…\", \"screenName\": \"…\"}"));
    const QString screenName = name.toString().trimmed();
    if (!plainName(screenName))
        return error(400, QStringLiteral("the screen's name must be 1 to 64 printable characters"));
    ScreenRegistry::PairFailure failure;
    QString problem;
    const auto paired = m_registry.pair(code.toString(), screenName, QDateTime::currentDateTimeUtc(), &failure, &problem);
    if (!paired) {
        if (failure == ScreenRegistry::PairFailure::BadCode)
            return error(403,
                         QStringLiteral("that pairing code is not valid (unknown, used or expired); ask the hub for a new one"));
        qCWarning(lcHub) << "pairing failed:" << problem;
        return error(503, QStringLiteral("the hub cannot write its database"));
    }
    qCInfo(lcHub) << "paired a screen" << paired->screenId;
    QJsonObject answer{{QStringLiteral("screenId"), paired->screenId}, {QStringLiteral("token"), paired->token}};
    if (!m_fingerprint.isEmpty())
        answer.insert(QStringLiteral("certificateSha256"), QString::fromLatin1(m_fingerprint));
    HttpResponse r = json(200, answer);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

bool HubService::refreshStudio(QString *problem)
{
    const qint64 now = m_clock.elapsed();
    if (m_studioBuiltAt >= 0 && now - m_studioBuiltAt < kStudioFreshMs)
        return true;
    CatalogRows rows(m_db);
    QJsonObject catalog;
    for (const QString &list : CatalogRows::lists()) {
        DocumentTable *table = rows.table(list);
        if (!table)
            continue;
        QJsonArray records;
        if (!table->forEach(
                false,
                [&records](const QJsonObject &doc) {
                    records.append(doc);
                    return true;
                },
                problem))
            return false;
        catalog.insert(list, records);
    }
    m_studioBody = QJsonDocument(QJsonObject{{QStringLiteral("catalog"), catalog}}).toJson(QJsonDocument::Compact);
    m_studioTag = '"' + QCryptographicHash::hash(m_studioBody, QCryptographicHash::Sha256).toHex().left(40) + '"';
    m_studioBuiltAt = now;
    return true;
}

HttpResponse HubService::studio(const HttpRequest &request)
{
    QString problem;
    if (!refreshStudio(&problem)) {
        qCWarning(lcHub) << "cannot read the studio's data:" << problem;
        return error(503, QStringLiteral("the hub cannot read its database"));
    }
    HttpResponse r;
    r.addHeader("ETag", m_studioTag);
    r.addHeader("Cache-Control", "no-cache");
    if (HubAnswer::matchesTag(request.header("if-none-match"), m_studioTag)) {
        r.status = 304;
        return r;
    }
    r.body = m_studioBody;
    return r;
}

HttpResponse HubService::health(const QString &screenId)
{
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                  {QStringLiteral("schemaVersion"), m_schemaVersion},
                  {QStringLiteral("screenId"), screenId},
                  {QStringLiteral("pairedScreens"), m_registry.activeCount()},
                  {QStringLiteral("uptimeSeconds"), m_clock.elapsed() / 1000}};
    // The relay to the brand: where, when it last answered, what waits or was refused (never the token).
    if (const auto relay = BrandRelay::status(m_db, 0)) {
        o.insert(QStringLiteral("brand"),
                 QJsonObject{{QStringLiteral("url"), relay->url.toString()},
                             {QStringLiteral("lastContact"),
                              relay->lastContact.isValid() ? relay->lastContact.toString(Qt::ISODate) : QString()},
                             {QStringLiteral("problem"), relay->lastProblem},
                             {QStringLiteral("waiting"), relay->counts.pending},
                             {QStringLiteral("delivered"), relay->counts.delivered},
                             {QStringLiteral("rejected"), relay->counts.dead}});
    }
    if (m_server) {
        const HttpServer::Counters &c = m_server->counters();
        o.insert(QStringLiteral("connections"), m_server->connectionCount());
        o.insert(QStringLiteral("waiting"), m_server->parkedCount()); // screens waiting for changes
        o.insert(QStringLiteral("tls"), m_server->tls());
        o.insert(QStringLiteral("peakConnections"), c.peakConnections);
        QJsonObject sources;
        for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
            sources.insert(it.key(),
                           QJsonObject{{QStringLiteral("outcome"), it->outcome},
                                       {QStringLiteral("at"), it->at.toString(Qt::ISODate)},
                                       {QStringLiteral("carsWritten"), qint64(it->carsWritten)}});
        o.insert(QStringLiteral("sources"), sources);
        o.insert(QStringLiteral("refused"),
                 QJsonObject{{QStringLiteral("perClient"), qint64(c.refusedPerClient)},
                             {QStringLiteral("full"), qint64(c.refusedFull)},
                             {QStringLiteral("displaced"), qint64(c.displaced)},
                             {QStringLiteral("badRequests"), qint64(c.badRequests)},
                             {QStringLiteral("tooLarge"), qint64(c.tooLarge)},
                             {QStringLiteral("timedOut"), qint64(c.timedOut)}});
    }
    return json(200, o);
}

void HubService::noteSync(const SyncOutcome &outcome)
{
    static const QHash<SourceState::Outcome, QString> names{{SourceState::Outcome::None, QStringLiteral("none")},
                                                            {SourceState::Outcome::Applied, QStringLiteral("applied")},
                                                            {SourceState::Outcome::Unchanged, QStringLiteral("unchanged")},
                                                            {SourceState::Outcome::Refused, QStringLiteral("refused")},
                                                            {SourceState::Outcome::Failed, QStringLiteral("failed")}};
    m_syncing = true;
    m_sources.insert(outcome.source,
                     {names.value(outcome.state.outcome), QDateTime::currentDateTimeUtc(),
                      outcome.applied ? outcome.stock.written.size() : 0});
    if (outcome.applied) {
        m_studioBuiltAt = -1; // the catalog may have changed with a brand feed
        m_phone.warmPhotos();
        // The screens take the new copy of the feed from here now, rather than at their next turn.
        changed({QStringLiteral("sources")});
    }
    qCInfo(lcHub) << "source" << outcome.source << names.value(outcome.state.outcome);
}

void HubService::tick(qint64)
{
    const qint64 now = m_clock.elapsed();
    m_perAddress.prune(now);
    m_perScreen.prune(now);
    m_pairing.prune(now);
    m_phone.tick(now);
    m_registry.dropExpiredCodes(QDateTime::currentDateTimeUtc());
}
