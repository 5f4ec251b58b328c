// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class Settings;

/// A screen's link to its studio's hub: pairs with a one-time code (pinning the hub's certificate
/// it saw then), and from then on speaks to that hub only, with the screen's token, refusing any
/// other certificate. Holds no data of its own: the pairing is kept in Settings.
class HubLink : public QObject
{
    Q_OBJECT
public:
    struct Pairing {
        QUrl hub;
        QString screenId;
        QByteArray token;
        QByteArray certificateSha256; ///< hex; empty for a hub on plain HTTP
        bool valid() const { return hub.isValid() && !screenId.isEmpty() && !token.isEmpty(); }
    };

    enum class Outcome {
        Ok,
        NotModified,
        Unauthorized,     ///< the hub does not know this screen's token (revoked): pair again
        Refused,          ///< the hub said no (a pairing code not valid, a bad request)
        WrongCertificate, ///< not the hub this screen paired with
        Failed,           ///< no answer, a timeout, too large, the hub busy: try again later
    };
    struct Answer {
        Outcome outcome = Outcome::Failed;
        int status = 0;
        QByteArray body;
        QByteArray etag;
        QString error;                       ///< in words for staff
        QString code;                        ///< the hub's machine code of a refusal ("event-full", "invalid-contact")
        std::optional<QDateTime> retryAfter; ///< when the hub said to come back (Retry-After), if it did
        /// A refusal's words per form field ({"fields": {"name": "…"}}), for the form to show.
        QHash<QString, QString> fields() const;
    };

    explicit HubLink(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setPairing(const Pairing &pairing) { m_pairing = pairing; }
    const Pairing &pairing() const { return m_pairing; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Pairs with the hub at `hub` ("https://host:port"); on success pairing() holds the result.
    void pair(const QUrl &hub, const QString &code, const QString &screenName);
    /// The studio's data, conditional on the ETag of the copy the screen has.
    void fetchStudio(const QByteArray &etag);
    /// Any other request of the hub's API (`path` with its query, e.g. "/v1/events?studio=x"), as
    /// this screen, to the pinned hub; `body` sent as JSON unless empty. `done` runs on this
    /// object's thread unless the link is gone first; any 2xx answer is Ok with its body.
    /// `timeout`: how long the hub may stay silent (a long poll waits longer); zero: the link's own.
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, std::function<void(const Answer &)> done,
              std::chrono::milliseconds timeout = {});

    static std::optional<Pairing> load(const Settings &settings, QString *error = nullptr);
    static bool save(Settings &settings, const Pairing &pairing, QString *error = nullptr);

    static constexpr qint64 kMaxBody = 64 * 1024 * 1024;

signals:
    void paired(const HubLink::Answer &answer);
    void studioFetched(const HubLink::Answer &answer);

private:
    static Answer notPaired();
    /// A request of the hub's API at `path` (with its query), with the screen's token.
    QNetworkRequest authorised(const QString &path) const;
    void send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, const QByteArray &pin,
              std::function<void(const Answer &, const QByteArray &seenCertificate)> done,
              std::chrono::milliseconds timeout = {});

    QNetworkAccessManager *m_network;
    Pairing m_pairing;
    std::chrono::milliseconds m_timeout{15'000};
};
