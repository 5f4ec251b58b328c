// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

class QNetworkReply;
class QSslCertificate;

/// Holds a request to the one hub a screen paired with: its TLS certificate must be the one
/// whose SHA-256 (hex) was pinned at pairing, whatever the system's authorities say of it. With
/// nothing pinned yet (the pairing itself), any certificate is taken and remembered, so the
/// pairing's answer can be checked against what was shown. Used by every request to the hub: the
/// API's (HubLink) and the feeds it passes on (FeedFetcher).
class CertificatePin
{
public:
    struct Seen {
        QByteArray digest; ///< the certificate the connection showed, hex SHA-256
        bool wrong = false;
    };

    /// Watches `reply`'s handshake: a certificate other than `pin` is refused before any byte of
    /// the request goes out. Call right after the request is sent.
    static std::shared_ptr<Seen> watch(QNetworkReply *reply, const QByteArray &pin);
    /// At the reply's end: whether it came over a connection with another certificate than `pin`
    /// (a kept-alive connection shows no handshake again: its certificate is the reply's).
    static bool wrongAtEnd(QNetworkReply *reply, const QByteArray &pin, Seen &seen);
    static QByteArray digestOf(const QSslCertificate &certificate);
};
