// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSslSocket>

/// A plain blocking HTTP/1.1 client for the hub's tests: one connection, kept alive unless the
/// request or the hub says otherwise, reconnecting when it was closed. Needs no event loop.
class HttpTestClient
{
public:
    struct Response {
        int status = 0; ///< 0 when there was no answer in time
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    /// `source`: the local address to connect from (any 127.x.y.z on Linux), so tests can be
    /// different clients to the hub's per-address limits.
    explicit HttpTestClient(quint16 port, const QHostAddress &source = QHostAddress(QStringLiteral("127.0.0.1")))
        : m_port(port)
        , m_source(source)
    {
        // A self-signed certificate is accepted only when it is the pinned one (or, with no pin
        // yet, as a screen pairing for the first time does: it is then what this client saw).
        QObject::connect(&m_socket, &QSslSocket::sslErrors, [this](const QList<QSslError> &errors) {
            m_seen = m_socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
            if (m_pin.isEmpty() || m_seen == m_pin)
                m_socket.ignoreSslErrors(errors);
        });
    }

    /// Speaks TLS from the next connection on, trusting only the certificate with this SHA-256
    /// (hex); an empty pin trusts the first certificate seen.
    void useTls(const QByteArray &pin)
    {
        m_tls = true;
        m_pin = pin;
    }
    /// The SHA-256 of the certificate the hub showed on the last TLS connection.
    QByteArray seenCertificate() const { return m_seen; }

    Response get(const QByteArray &path, const QByteArray &token = {}, const QList<QByteArray> &extra = {}, int timeoutMs = 10000)
    {
        QList<QByteArray> headers = extra;
        if (!token.isEmpty())
            headers << "Authorization: Bearer " + token;
        return send("GET", path, headers, {}, timeoutMs);
    }

    Response postJson(const QByteArray &path, const QJsonObject &body, const QByteArray &token = {})
    {
        QList<QByteArray> headers{"Content-Type: application/json"};
        if (!token.isEmpty())
            headers << "Authorization: Bearer " + token;
        return send("POST", path, headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    Response send(const QByteArray &method, const QByteArray &path, const QList<QByteArray> &headers, const QByteArray &body,
                  int timeoutMs = 10000)
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        bool closing = false, length = false;
        for (const QByteArray &h : headers) {
            request += h + "\r\n";
            closing = closing || h.toLower().startsWith("connection: close");
            length = length || h.toLower().startsWith("content-length:");
        }
        if (!length && (!body.isEmpty() || method == "POST"))
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        QElapsedTimer t;
        t.start();
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.abort();
            m_pending.clear();
            m_socket.bind(m_source);
            if (m_tls) {
                m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
                if (!m_socket.waitForEncrypted(timeoutMs)) {
                    m_socket.abort();
                    return {};
                }
                m_seen = m_socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
                if (!m_pin.isEmpty() && m_seen != m_pin) {
                    m_socket.abort();
                    return {};
                }
            } else {
                m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                if (!m_socket.waitForConnected(timeoutMs))
                    return {};
            }
        }
        m_socket.write(request);
        m_socket.waitForBytesWritten(timeoutMs);
        Response r = read(timeoutMs - int(t.elapsed()));
        if (closing || r.status == 0 || r.header("Connection").toLower() == "close")
            m_socket.abort();
        return r;
    }

    /// Pairs as a screen named `name` with the one-time `code`: its token, or empty when refused.
    QByteArray pair(const QString &code, const QString &name)
    {
        const Response r = postJson("/v1/pair", {{QStringLiteral("code"), code}, {QStringLiteral("screenName"), name}});
        return r.status == 200 ? r.json().value(QLatin1String("token")).toString().toLatin1() : QByteArray();
    }

    /// Writes bytes as they are (several requests at once, or a request in parts) on the
    /// connection, opening it if needed; false when it cannot.
    bool writeRaw(const QByteArray &bytes, int timeoutMs = 10000)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState && send("GET", "/", {"X-Open: 1"}, {}, timeoutMs).status == 0)
            return false;
        m_socket.write(bytes);
        return m_socket.waitForBytesWritten(timeoutMs) || m_socket.bytesToWrite() == 0;
    }
    /// The next response on the connection.
    Response readNext(int timeoutMs = 10000) { return read(timeoutMs); }

private:
    Response read(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        QByteArray &buffer = m_pending; // bytes of the next response, already received
        qsizetype end = -1;
        const auto more = [&] {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(qMax(1, timeoutMs - int(t.elapsed()))))
                return false;
            buffer += m_socket.readAll();
            return true;
        };
        while ((end = buffer.indexOf("\r\n\r\n")) < 0) {
            if (t.elapsed() >= timeoutMs || !more())
                return {};
        }
        Response r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
            if (line.left(colon).toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        buffer.remove(0, end + 4);
        while (buffer.size() < length) {
            if (t.elapsed() >= timeoutMs || !more())
                return {};
        }
        r.body = buffer.left(length);
        buffer.remove(0, length);
        return r;
    }

    quint16 m_port;
    QHostAddress m_source;
    QSslSocket m_socket;
    QByteArray m_pending;
    bool m_tls = false;
    QByteArray m_pin, m_seen;
};
