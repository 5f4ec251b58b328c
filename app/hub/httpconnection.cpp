// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"
#include "httprequestparser.h"
#include "httpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#include <utility>

namespace {

// Qt's own buffer in front of ours: the kernel holds the rest, and TCP tells the client to wait.
constexpr qint64 kSocketReadBuffer = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray messageFor(int status)
{
    switch (status) {
    case 400:
        return "the request is not well-formed HTTP";
    case 408:
        return "the request took too long to arrive";
    case 413:
        return "the request body is too large";
    case 431:
        return "the request headers are too large";
    case 501:
        return "chunked request bodies are not accepted; send a Content-Length";
    case 505:
        return "only HTTP/1.1 and HTTP/1.0 are spoken here";
    default:
        return "the request was refused";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_limits(server->limits())
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_tlsPending = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { abort(); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { abort(); });
    // A fresh connection must start its request promptly.
    setDeadline(m_limits.headerTimeoutMs);
    // Bytes that came between the accept and now were announced to no one.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::setDeadline(qint64 fromNowMs)
{
    m_deadline = m_server->nowMs() + fromNowMs;
}

void HttpConnection::abort()
{
    if (m_gone)
        return;
    m_gone = true;
    m_phase = Phase::Closing;
    m_server->forget(this);
    m_socket->disconnect(this);
    m_socket->abort();
    deleteLater();
}

void HttpConnection::checkDeadline(qint64 nowMs)
{
    if (m_gone)
        return;
    if (m_writeDeadline && nowMs > m_writeDeadline) {
        abort(); // the client does not take what it asked for
        return;
    }
    if (nowMs <= m_deadline || m_writeDeadline)
        return;
    switch (m_phase) {
    case Phase::Idle:
        abort();
        break;
    case Phase::Head:
    case Phase::Body:
        m_server->noteRefusal(408);
        fail(408, messageFor(408));
        break;
    case Phase::Parked:
        resume(true);
        break;
    case Phase::Closing:
        abort();
        break;
    }
}

void HttpConnection::onReadyRead()
{
    if (m_gone)
        return;
    if (m_tlsPending) {
        // A TLS context costs tens of kilobytes and a handshake's work: it is made only for a
        // client whose first byte opens a TLS handshake record. The handshake then counts
        // against the connection's first deadline, as a request's headers do.
        char first = 0;
        if (m_socket->peek(&first, 1) != 1)
            return;
        if (first != 0x16) {
            m_server->noteRefusal(400);
            abort();
            return;
        }
        m_tlsPending = false;
        static_cast<QSslSocket *>(m_socket)->startServerEncryption();
        return;
    }
    if (m_phase == Phase::Closing || m_phase == Phase::Parked || m_writeDeadline)
        return; // a response is still to come or going out: the next request waits in the socket
    process();
}

void HttpConnection::onBytesWritten()
{
    if (m_gone || m_socket->bytesToWrite() > 0)
        return;
    m_writeDeadline = 0;
    if (m_phase == Phase::Closing) {
        m_socket->disconnectFromHost();
        setDeadline(1000); // a client that does not close its side is cut
        return;
    }
    if (m_phase == Phase::Idle)
        setDeadline(m_buffer.isEmpty() ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs);
    process(); // a pipelined request may be waiting
}

void HttpConnection::process()
{
    while (!m_gone && m_phase != Phase::Closing && m_phase != Phase::Parked && !m_writeDeadline) {
        if (m_phase == Phase::Idle || m_phase == Phase::Head) {
            const qsizetype room = m_limits.maxHeaderBytes + 1 - m_buffer.size();
            if (room > 0 && m_socket->bytesAvailable() > 0)
                m_buffer.append(m_socket->read(room));
            if (m_buffer.isEmpty())
                return;
            if (m_phase == Phase::Idle) {
                m_phase = Phase::Head;
                setDeadline(m_limits.headerTimeoutMs);
            }
            HttpRequest request;
            const auto head = HttpRequestParser::parseHead(m_buffer, m_limits, &request);
            if (head.state == HttpRequestParser::State::NeedMore)
                return;
            if (head.state == HttpRequestParser::State::Failed) {
                m_server->noteRefusal(head.status);
                fail(head.status, messageFor(head.status));
                return;
            }
            m_request = std::move(request);
            m_request.peer = m_peer;
            m_request.receivedMs = m_server->nowMs();
            m_contentLength = head.contentLength;
            m_keepAlive = head.keepAlive;
            m_buffer.remove(0, head.headBytes);
            m_phase = Phase::Body;
            setDeadline(m_limits.bodyTimeoutMs);
            if (head.expectContinue && m_contentLength > 0 && m_buffer.isEmpty())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_phase == Phase::Body) {
            const qint64 missing = m_contentLength - m_buffer.size();
            if (missing > 0 && m_socket->bytesAvailable() > 0)
                m_buffer.append(m_socket->read(missing));
            if (m_buffer.size() < m_contentLength)
                return;
            m_request.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            answer(std::exchange(m_request, HttpRequest()));
        }
    }
}

void HttpConnection::answer(HttpRequest request)
{
    bool trusted = false;
    HttpResponse response = m_server->handle(request, &trusted);
    if (trusted && !m_proven) {
        m_proven = true;
        m_server->prove(this);
    }
    if (response.waitMs > 0 && !request.lastChance) {
        // Nothing to say yet: the request waits here, and so does whatever the client sends next.
        if (m_phase != Phase::Parked) {
            m_phase = Phase::Parked;
            setDeadline(response.waitMs);
            m_server->park(this);
        }
        m_request = std::move(request);
        return;
    }
    if (m_phase == Phase::Parked) {
        m_server->unpark(this);
        m_phase = Phase::Body;
    }
    if (!m_keepAlive)
        response.close = true;
    respond(response);
    if (m_phase != Phase::Closing) {
        m_phase = Phase::Idle;
        setDeadline(m_buffer.isEmpty() ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs);
    }
}

void HttpConnection::resume(bool lastChance)
{
    if (m_gone || m_phase != Phase::Parked)
        return;
    HttpRequest request = std::exchange(m_request, HttpRequest());
    request.resumed = true;
    request.lastChance = lastChance;
    answer(std::move(request));
    if (m_phase != Phase::Parked)
        process(); // a pipelined request may be waiting
}

void HttpConnection::respond(const HttpResponse &response)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (response.status != 304) {
        if (!response.body.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    out += "X-Content-Type-Options: nosniff\r\n";
    if (response.close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (response.status != 304)
        out += response.body;
    if (response.close)
        m_phase = Phase::Closing;
    m_socket->write(out);
    if (m_socket->bytesToWrite() > 0)
        m_writeDeadline = m_server->nowMs() + m_limits.writeTimeoutMs;
    else if (response.close)
        m_socket->disconnectFromHost();
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromUtf8(message)}}).toJson(QJsonDocument::Compact);
    r.close = true;
    m_buffer.clear();
    respond(r);
}
