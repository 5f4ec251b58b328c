// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandrelay.h"

#include "storage/databasequeue.h"
#include "storage/settings.h"
#include "sync/httpfields.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

const QString kUrl = QStringLiteral("brand.url");
const QString kToken = QStringLiteral("brand.token");
const QString kCa = QStringLiteral("brand.ca");
const QString kLastContact = QStringLiteral("brand.lastContact");
const QString kLastProblem = QStringLiteral("brand.lastProblem");
constexpr qint64 kMaxAnswer = 1024 * 1024;
constexpr int kTimeoutMs = 30'000;

bool thisMachine(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString BrandRelay::problemWith(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment() || !url.userInfo().isEmpty())
        return QStringLiteral("the brand's address must be an absolute URL, e.g. https://brand.example/vitrine/outbox");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && thisMachine(url.host()))
        return {};
    return QStringLiteral("the brand's address must use https (plain http only to this machine, 127.0.0.1 or localhost)");
}

std::optional<BrandRelay::Endpoint> BrandRelay::load(const Settings &settings, QString *error)
{
    const auto values = settings.withPrefix(QStringLiteral("brand."), error);
    if (!values)
        return std::nullopt;
    Endpoint e{QUrl(values->value(kUrl)), values->value(kToken).toLatin1(), values->value(kCa).toLatin1()};
    if (!problemWith(e.url).isEmpty())
        e = {};
    return e;
}

bool BrandRelay::save(Settings &settings, const Endpoint &endpoint, QString *error)
{
    // Off is stored as empty values (the table takes no NULL).
    const bool on = endpoint.valid();
    const auto text = [on](const QString &s) { return on && !s.isNull() ? s : QStringLiteral(""); };
    return settings.setAll({{kUrl, text(endpoint.url.toString())},
                            {kToken, text(QString::fromLatin1(endpoint.token))},
                            {kCa, text(QString::fromLatin1(endpoint.caPem))},
                            {kLastProblem, QStringLiteral("")}},
                           error);
}

std::optional<BrandRelay::Status> BrandRelay::status(QSqlDatabase db, int mostRejected, QString *error)
{
    const Settings settings(db);
    const auto endpoint = load(settings, error);
    const auto values = settings.withPrefix(QStringLiteral("brand.last"), error);
    const Outbox outbox(db);
    const auto counts = outbox.counts(error);
    const auto rejected = outbox.items(Outbox::State::Dead, mostRejected, error);
    if (!endpoint || !values || !counts || !rejected)
        return std::nullopt;
    Status s;
    if (endpoint->valid())
        s.url = endpoint->url;
    s.lastContact = QDateTime::fromString(values->value(kLastContact), Qt::ISODate);
    s.lastProblem = values->value(kLastProblem);
    s.counts = *counts;
    s.rejected = *rejected;
    return s;
}

BrandRelay::BrandRelay(DatabaseQueue *queue, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_network(network)
{
    m_sender = std::make_unique<OutboxSender>(
        queue,
        [this](const QJsonObject &body, std::function<void(const HubLink::Answer &)> done) { post(body, std::move(done)); },
        [this] { return m_endpoint.valid(); }, QStringLiteral("the brand"));
    connect(m_sender.get(), &OutboxSender::answered, this, &BrandRelay::noteAnswer);
    connect(m_sender.get(), &OutboxSender::drained, this, [this](const OutboxSender::Report &report) {
        emit relayed(report);
        // Full batches all the way: more is waiting, sent at once rather than at the next turn.
        if (report.sent >= OutboxSender::kBatch * OutboxSender::kMostBatches && report.retried == 0)
            QMetaObject::invokeMethod(this, &BrandRelay::relay, Qt::QueuedConnection);
    });
}

BrandRelay::~BrandRelay() = default;

void BrandRelay::takeBackClaims()
{
    m_queue->post([](QSqlDatabase &db) {
        QString problem;
        if (!Outbox(db).releaseClaims(&problem))
            qCWarning(lcSync) << "relay: cannot take back the items a previous run had claimed:" << problem;
    });
}

void BrandRelay::relay()
{
    if (m_loading || m_sender->draining())
        return;
    m_loading = true;
    m_queue->run<Endpoint>(
        this,
        [](QSqlDatabase &db) {
            QString problem;
            const auto e = load(Settings(db), &problem);
            if (!e)
                qCWarning(lcSync) << "relay: cannot read the brand's endpoint:" << problem;
            return e.value_or(Endpoint{});
        },
        [this](Endpoint endpoint) {
            m_loading = false;
            // Another address or authority: a connection kept from before would keep the old checks.
            if (endpoint.url != m_endpoint.url || endpoint.caPem != m_endpoint.caPem)
                m_network->clearConnectionCache();
            m_endpoint = std::move(endpoint);
            if (m_endpoint.valid())
                m_sender->drain();
        });
}

void BrandRelay::post(const QJsonObject &body, std::function<void(const HubLink::Answer &)> done)
{
    QNetworkRequest request(m_endpoint.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.token);
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_endpoint.caPem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(m_endpoint.caPem, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxAnswer || total > kMaxAnswer)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        HubLink::Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->hasRawHeader("Retry-After"))
            a.retryAfter = HttpFields::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (a.status >= 200 && a.status < 300 && reply->error() == QNetworkReply::NoError) {
            a.outcome = HubLink::Outcome::Ok;
            a.body = reply->readAll();
        } else if (a.status == 401 || a.status == 403) {
            a.error = QStringLiteral("the brand refused the hub's token (%1): set it again with vitrine-hub brand").arg(a.status);
        } else if (a.status) {
            a.error = QStringLiteral("the brand answered %1; trying again later").arg(a.status);
        } else {
            // Qt's words name the host and what failed (TLS, refused, timed out), never the token.
            a.error = QStringLiteral("the brand cannot be reached: %1").arg(reply->errorString());
        }
        done(a);
    });
}

void BrandRelay::noteAnswer(const HubLink::Answer &answer)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool answered = answer.status != 0;
    const QString problem = answer.outcome == HubLink::Outcome::Ok ? QString() : answer.error;
    m_queue->post([now, answered, problem](QSqlDatabase &db) {
        QList<QPair<QString, QString>> values{{kLastProblem, problem.isNull() ? QStringLiteral("") : problem}};
        if (answered)
            values.append({kLastContact, now.toString(Qt::ISODate)});
        QString error;
        if (!Settings(db).setAll(values, &error))
            qCWarning(lcSync) << "relay: cannot note the brand's answer:" << error;
    });
}
