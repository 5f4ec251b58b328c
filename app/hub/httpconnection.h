// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httplimits.h"
#include "httpmessage.h"

#include <QByteArray>
#include <QObject>

#include <list>

class HttpServer;
class QTcpSocket;

/// One client connection of the hub's HTTP/1.1 server: reads requests within the limits, one at a
/// time, answers each through the server's handler, and gives up on a client that is too slow,
/// too big or not speaking HTTP.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    /// Called by the server's sweep: cuts the connection when its current deadline has passed.
    void checkDeadline(qint64 nowMs);
    /// Closes at once, without an answer (eviction, shutdown).
    void abort();
    /// Asks the handler again for the request this connection keeps parked; `lastChance` when its
    /// wait is over.
    void resume(bool lastChance);
    bool parked() const { return m_phase == Phase::Parked; }

    bool proven() const { return m_proven; }
    const QHostAddress &peer() const { return m_peer; }

    // Kept by the server for constant-time bookkeeping.
    std::list<HttpConnection *>::iterator unprovenPos;
    bool inUnproven = false;

private:
    enum class Phase { Idle, Head, Body, Parked, Closing };

    void onReadyRead();
    void onBytesWritten();
    void process();
    void respond(const HttpResponse &response);
    /// Answers the request now or parks it, then goes on with the next one.
    void answer(HttpRequest request);
    void fail(int status, const QByteArray &message);
    void setDeadline(qint64 fromNowMs);

    QTcpSocket *m_socket;
    HttpServer *m_server;
    const HttpLimits &m_limits;
    QHostAddress m_peer;
    Phase m_phase = Phase::Idle;
    QByteArray m_buffer;   ///< the head so far, or the body so far
    HttpRequest m_request; ///< the request being read, or the one parked
    qint64 m_contentLength = 0;
    bool m_keepAlive = true;
    bool m_proven = false;
    bool m_gone = false;
    bool m_tlsPending = false;  ///< a TLS connection whose first byte has not come yet
    qint64 m_deadline = 0;      ///< of the phase
    qint64 m_writeDeadline = 0; ///< 0 when nothing waits to be written
};
