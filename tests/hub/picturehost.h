// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

/// A dealer's picture host for the hub's tests, on 127.0.0.1 and a free port: fixed answers by
/// path (anything else a 404), each request counted. Answers while the test's event loop runs.
class PictureHost : public QTcpServer
{
public:
    struct Answer {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    PictureHost()
    {
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                accept(socket);
        });
        listen(QHostAddress::LocalHost, 0);
    }

    void set(const QByteArray &path, const Answer &answer) { m_answers.insert(path, answer); }
    QString url(const QByteArray &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QString::fromLatin1(path));
    }
    int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            if (!buffer.contains("\r\n\r\n"))
                return;
            const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
            m_buffers.remove(socket);
            const QByteArray path = line.value(1);
            ++m_hits[path];
            const Answer answer = m_answers.value(path, Answer{404, "text/plain", "not here"});
            socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: " + answer.contentType
                          + "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n"
                          + answer.body);
            socket->disconnectFromHost();
        });
    }

    QHash<QByteArray, Answer> m_answers;
    QHash<QByteArray, int> m_hits;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
