// SPDX-License-Identifier: GPL-3.0-or-later
#include "hublink.h"

#include "storage/settings.h"
#include "sync/certificatepin.h"
#include "sync/httpfields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace {

const QString kUrl = QStringLiteral("hub.url");
const QString kScreen = QStringLiteral("hub.screenId");
const QString kToken = QStringLiteral("hub.token");
const QString kCertificate = QStringLiteral("hub.certificateSha256");

} // namespace

HubLink::HubLink(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void HubLink::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, const QByteArray &pin,
                   std::function<void(const Answer &, const QByteArray &)> done, std::chrono::milliseconds timeout)
{
    request.setTransferTimeout(int((timeout.count() > 0 ? timeout : m_timeout).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    // Before any byte of the request goes out: the certificate is the pinned one, or (pairing,
    // nothing pinned yet) whatever the hub shows, remembered to be checked against its answer.
    const auto seen = CertificatePin::watch(reply, pin);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxBody || total > kMaxBody)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pin, seen, done] {
        reply->deleteLater();
        const bool wrong = CertificatePin::wrongAtEnd(reply, pin, *seen);
        if (wrong)
            m_network->clearConnectionCache(); // never again a request on that connection
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.etag = reply->rawHeader("ETag");
        if (reply->hasRawHeader("Retry-After"))
            a.retryAfter = HttpFields::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (wrong) {
            a.outcome = Outcome::WrongCertificate;
            a.error = QStringLiteral("this is not the hub the screen was paired with (its certificate differs)");
        } else if (a.status >= 200 && a.status < 300) {
            a.body = reply->readAll();
            a.outcome = a.body.size() > kMaxBody ? Outcome::Failed : Outcome::Ok;
        } else if (a.status == 304) {
            a.outcome = Outcome::NotModified;
        } else if (a.status == 401) {
            a.outcome = Outcome::Unauthorized;
            a.error = QStringLiteral("the hub no longer knows this screen; pair it again");
        } else if (a.status >= 400 && a.status < 500 && a.status != 408 && a.status != 429) {
            a.outcome = Outcome::Refused;
            a.body = reply->read(64 * 1024);
            const QJsonObject refusal = QJsonDocument::fromJson(a.body).object();
            a.error = refusal.value(QLatin1String("error")).toString();
            a.code = refusal.value(QLatin1String("code")).toString();
            if (a.error.isEmpty())
                a.error = QStringLiteral("the hub refused the request (%1)").arg(a.status);
        } else {
            a.outcome = Outcome::Failed;
            a.error = a.status ? QStringLiteral("the hub is busy or failing (%1); trying again later").arg(a.status)
                               : QStringLiteral("the hub cannot be reached");
        }
        done(a, seen->digest);
    });
}

void HubLink::pair(const QUrl &hub, const QString &code, const QString &screenName)
{
    QUrl url = hub;
    url.setPath(QStringLiteral("/v1/pair"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("screenName"), screenName}})
                                .toJson(QJsonDocument::Compact);
    QPointer<HubLink> self(this);
    send(request, "POST", body, {}, [self, hub](const Answer &answer, const QByteArray &seen) {
        if (!self)
            return;
        Answer a = answer;
        if (a.outcome == Outcome::Ok) {
            const QJsonObject o = QJsonDocument::fromJson(a.body).object();
            Pairing p{hub, o.value(QLatin1String("screenId")).toString(), o.value(QLatin1String("token")).toString().toLatin1(),
                      o.value(QLatin1String("certificateSha256")).toString().toLatin1()};
            // The hub names the certificate it serves; the screen saw one: they must be the same.
            const bool tls = hub.scheme() == QLatin1String("https");
            if (!p.valid() || (tls && (p.certificateSha256.isEmpty() || p.certificateSha256 != seen))) {
                a.outcome = Outcome::WrongCertificate;
                a.error = QStringLiteral("the hub's answer does not match the certificate it showed");
            } else {
                self->m_pairing = p;
            }
            a.body.clear(); // the token lives in pairing() only
        }
        // The pairing's connection trusted whatever it was shown: pinned requests start afresh.
        self->m_network->clearConnectionCache();
        emit self->paired(a);
    });
}

void HubLink::fetchStudio(const QByteArray &etag)
{
    QPointer<HubLink> self(this);
    const auto done = [self](const Answer &a) {
        if (self)
            emit self->studioFetched(a);
    };
    if (!m_pairing.valid())
        return done(notPaired());
    QNetworkRequest request = authorised(QStringLiteral("/v1/studio"));
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    send(request, "GET", {}, m_pairing.certificateSha256, [done](const Answer &a, const QByteArray &) { done(a); });
}

QHash<QString, QString> HubLink::Answer::fields() const
{
    QHash<QString, QString> out;
    const QJsonObject wrong = QJsonDocument::fromJson(body).object().value(QLatin1String("fields")).toObject();
    for (auto it = wrong.begin(); it != wrong.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

HubLink::Answer HubLink::notPaired()
{
    Answer a;
    a.outcome = Outcome::Unauthorized;
    a.error = QStringLiteral("this screen is not paired with a hub");
    return a;
}

QNetworkRequest HubLink::authorised(const QString &path) const
{
    QUrl url = m_pairing.hub;
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(mark));
    if (mark >= 0)
        url.setQuery(path.mid(mark + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_pairing.token);
    return request;
}

void HubLink::call(const QByteArray &verb, const QString &path, const QJsonObject &body, std::function<void(const Answer &)> done,
                   std::chrono::milliseconds timeout)
{
    if (!m_pairing.valid())
        return done(notPaired());
    QNetworkRequest request = authorised(path);
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QPointer<HubLink> self(this);
    send(
        request, verb, payload, m_pairing.certificateSha256,
        [self, done](const Answer &a, const QByteArray &) {
            if (self)
                done(a);
        },
        timeout);
}

std::optional<HubLink::Pairing> HubLink::load(const Settings &settings, QString *error)
{
    const auto values = settings.withPrefix(QStringLiteral("hub."), error);
    if (!values)
        return std::nullopt;
    return Pairing{QUrl(values->value(kUrl)), values->value(kScreen), values->value(kToken).toLatin1(),
                   values->value(kCertificate).toLatin1()};
}

bool HubLink::save(Settings &settings, const Pairing &pairing, QString *error)
{
    // A pairing forgotten is stored as empty values (the table takes no NULL).
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    return settings.setAll({{kUrl, text(pairing.hub.toString())},
                            {kScreen, text(pairing.screenId)},
                            {kToken, text(QString::fromLatin1(pairing.token))},
                            {kCertificate, text(QString::fromLatin1(pairing.certificateSha256))}},
                           error);
}
