// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httplimits.h"
#include "httpmessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <list>
#include <optional>

class HttpConnection;
class QTcpSocket;

/// The hub's HTTP/1.1 server on QTcpServer: it counts connections in total and per address,
/// lets a newcomer displace the oldest connection that has not yet made an authenticated
/// request when all places are taken, and sweeps deadlines four times a second.
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    /// Answers one request; sets `*trusted` when the request was authenticated, which keeps
    /// its connection from being displaced.
    using Handler = std::function<HttpResponse(const HttpRequest &, bool *trusted)>;

    HttpServer(const HttpLimits &limits, Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Serves TLS with this configuration (the hub's certificate and key) from now on.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool tls() const { return m_tls.has_value(); }

    const HttpLimits &limits() const { return m_limits; }
    qint64 nowMs() const { return m_clock.elapsed(); }
    int connectionCount() const { return int(m_connections.size()); }

    struct Counters {
        quint64 accepted = 0, refusedPerClient = 0, refusedFull = 0, displaced = 0;
        quint64 badRequests = 0, tooLarge = 0, timedOut = 0, requests = 0;
        int peakConnections = 0;
    };
    const Counters &counters() const { return m_counters; }

    // For HttpConnection.
    HttpResponse handle(const HttpRequest &request, bool *trusted);
    void prove(HttpConnection *connection);
    void forget(HttpConnection *connection);
    void noteRefusal(int status);
    void park(HttpConnection *connection) { m_parked.insert(connection); }
    void unpark(HttpConnection *connection) { m_parked.remove(connection); }

    /// Something changed: every parked request is asked again (see HttpResponse::waitMs), after
    /// the request being answered now has gone out.
    void wake();
    int parkedCount() const { return int(m_parked.size()); }

signals:
    /// Every few seconds while running, for housekeeping (rate limiter, expired codes).
    void tick(qint64 nowMs);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void admitPending();
    void admit(QTcpSocket *socket);
    void sweep();

    HttpLimits m_limits;
    Handler m_handler;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QSet<HttpConnection *> m_connections;
    QSet<HttpConnection *> m_parked; ///< waiting for a change (long polls)
    bool m_wakeQueued = false;
    QHash<QHostAddress, int> m_perClient;
    std::list<HttpConnection *> m_unproven; ///< oldest first
    Counters m_counters;
    qint64 m_lastTick = 0;
    bool m_admitQueued = false;
    std::optional<QSslConfiguration> m_tls;
};
