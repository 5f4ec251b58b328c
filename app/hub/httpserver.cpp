// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"
#include "httpconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace {
constexpr int kAcceptBatch = 64;
}

HttpServer::HttpServer(const HttpLimits &limits, Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    m_clock.start();
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
    m_sweep.start();
    setMaxPendingConnections(kAcceptBatch);
}

HttpServer::~HttpServer()
{
    const auto all = m_connections;
    for (HttpConnection *c : all)
        c->abort();
}

// QTcpServer accepts in a loop until the kernel's queue is empty or the pending list is full: a
// client that reconnects as fast as it is cut would keep that loop, and every other socket,
// waiting. So a batch goes to the pending list and is admitted from the event loop afterwards.
void HttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
    if (!m_admitQueued) {
        m_admitQueued = true;
        QMetaObject::invokeMethod(this, &HttpServer::admitPending, Qt::QueuedConnection);
    }
}

void HttpServer::admitPending()
{
    m_admitQueued = false;
    while (QTcpSocket *socket = nextPendingConnection())
        admit(socket);
}

void HttpServer::admit(QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    int &mine = m_perClient[peer];
    if (mine >= m_limits.maxConnectionsPerClient) {
        ++m_counters.refusedPerClient;
        socket->abort();
        delete socket;
        return;
    }
    if (int(m_connections.size()) >= m_limits.maxConnections) {
        // Full: the oldest connection that has never made an authenticated request goes (a slow
        // or idle client that a deadline would soon cut anyway); a paired screen's never does.
        if (m_unproven.empty()) {
            ++m_counters.refusedFull;
            socket->abort();
            delete socket;
            if (m_perClient.value(peer) == 0)
                m_perClient.remove(peer);
            return;
        }
        ++m_counters.displaced;
        m_unproven.front()->abort();
    }
    ++m_perClient[peer];
    ++m_counters.accepted;
    auto *connection = new HttpConnection(socket, this);
    m_connections.insert(connection);
    m_counters.peakConnections = qMax(m_counters.peakConnections, int(m_connections.size()));
    m_unproven.push_back(connection);
    connection->unprovenPos = std::prev(m_unproven.end());
    connection->inUnproven = true;
}

HttpResponse HttpServer::handle(const HttpRequest &request, bool *trusted)
{
    ++m_counters.requests;
    return m_handler(request, trusted);
}

void HttpServer::prove(HttpConnection *connection)
{
    if (connection->inUnproven) {
        m_unproven.erase(connection->unprovenPos);
        connection->inUnproven = false;
    }
}

void HttpServer::forget(HttpConnection *connection)
{
    m_parked.remove(connection);
    if (!m_connections.remove(connection))
        return;
    prove(connection);
    auto it = m_perClient.find(connection->peer());
    if (it != m_perClient.end() && --*it <= 0)
        m_perClient.erase(it);
}

void HttpServer::wake()
{
    if (m_wakeQueued)
        return;
    m_wakeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakeQueued = false;
            // A resumed request may park again or close its connection: walk a copy.
            const QList<HttpConnection *> parked = m_parked.values();
            for (HttpConnection *c : parked) {
                if (m_parked.contains(c))
                    c->resume(false);
            }
        },
        Qt::QueuedConnection);
}

void HttpServer::noteRefusal(int status)
{
    if (status == 408)
        ++m_counters.timedOut;
    else if (status == 413 || status == 431)
        ++m_counters.tooLarge;
    else
        ++m_counters.badRequests;
}

void HttpServer::sweep()
{
    const qint64 now = nowMs();
    const auto all = m_connections; // a connection may leave while checked
    for (HttpConnection *c : all) {
        if (m_connections.contains(c))
            c->checkDeadline(now);
    }
    if (now - m_lastTick >= 5000) {
        m_lastTick = now;
        emit tick(now);
    }
}
