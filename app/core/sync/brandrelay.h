// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/outbox.h"
#include "sync/outboxsender.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class DatabaseQueue;
class QNetworkAccessManager;
class Settings;

/// Takes the hub's own outbox (what its screens delivered and what was booked or joined at the
/// hub itself) to the brand's endpoint: POST <url> {"items": [{key, kind, record, payload}, …]}
/// with the hub's bearer token, answered per item as the hub answers its screens. OutboxSender
/// does the drain (in order per record, at least once, backoff, rejected items dead-lettered);
/// this holds where to send, over HTTPS checked against the system's authorities (and a private
/// one when set), plain HTTP only to this machine, and what staff are shown of it (never the token).
class BrandRelay : public QObject
{
    Q_OBJECT
public:
    struct Endpoint {
        QUrl url;
        QByteArray token;
        QByteArray caPem; ///< a private authority the brand's certificate may come from; empty: the system's only
        bool valid() const { return url.isValid() && !token.isEmpty(); }
    };

    struct Status {
        QUrl url; ///< empty: the relay is off
        QDateTime lastContact;
        QString lastProblem; ///< why the last request did not go through, empty after one that did
        Outbox::Counts counts;
        QList<Outbox::Item> rejected; ///< refused by the brand for good, with its reasons
    };

    /// Why `url` cannot be the brand's endpoint (https, or http to this machine only); empty when it can.
    static QString problemWith(const QUrl &url);
    static std::optional<Endpoint> load(const Settings &settings, QString *error = nullptr);
    /// Keeps the endpoint; an invalid one turns the relay off (what it has not sent stays queued).
    static bool save(Settings &settings, const Endpoint &endpoint, QString *error = nullptr);
    /// What the relay has done, from the database (for `vitrine-hub relay` and /v1/health).
    static std::optional<Status> status(QSqlDatabase db, int mostRejected = 50, QString *error = nullptr);

    BrandRelay(DatabaseQueue *queue, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~BrandRelay() override;

    /// Reads the endpoint again and sends what is due; nothing while off or a relay is under way.
    void relay();
    /// The items a run of the hub that ended (killed) had claimed go again now, not after their lease.
    void takeBackClaims();
    OutboxSender *sender() const { return m_sender.get(); }

signals:
    void relayed(const OutboxSender::Report &report);

private:
    void post(const QJsonObject &body, std::function<void(const HubLink::Answer &)> done);
    void noteAnswer(const HubLink::Answer &answer);

    DatabaseQueue *m_queue;
    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    bool m_loading = false;
    std::unique_ptr<OutboxSender> m_sender;
};
