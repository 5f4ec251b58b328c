// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

/// One request as the hub's parser read it: method, target, headers (names in lower case) and body.
struct HttpRequest {
    QByteArray method;
    QByteArray path;  ///< the target without its query
    QByteArray query; ///< after '?', undecoded
    bool http10 = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    /// Asked again after it was parked (see HttpResponse::waitMs): rate limits were taken already.
    bool resumed = false;
    /// Its wait is over: answer now, even with nothing new.
    bool lastChance = false;
    /// When its head had arrived, on the server's clock (HttpServer::nowMs).
    qint64 receivedMs = 0;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return true;
        }
        return false;
    }
};

/// What the hub answers: a status, extra headers and a body (JSON unless said otherwise).
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool close = false; ///< close the connection after this response
    /// Not yet: the connection keeps the request for up to this long and asks the handler again
    /// when the server is woken (HttpServer::wake) or the time is up (HttpRequest::lastChance).
    /// Nothing of this response is sent.
    int waitMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
};
