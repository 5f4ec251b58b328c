// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatepin.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

QByteArray CertificatePin::digestOf(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

std::shared_ptr<CertificatePin::Seen> CertificatePin::watch(QNetworkReply *reply, const QByteArray &pin)
{
    auto seen = std::make_shared<Seen>();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin, seen](const QList<QSslError> &errors) {
        seen->digest = digestOf(reply->sslConfiguration().peerCertificate());
        if (pin.isEmpty() || seen->digest == pin)
            reply->ignoreSslErrors(errors);
        else
            seen->wrong = true;
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, seen] {
        seen->digest = digestOf(reply->sslConfiguration().peerCertificate());
        if (!pin.isEmpty() && seen->digest != pin) {
            seen->wrong = true;
            reply->abort();
        }
    });
    return seen;
}

bool CertificatePin::wrongAtEnd(QNetworkReply *reply, const QByteArray &pin, Seen &seen)
{
    if (seen.digest.isEmpty())
        seen.digest = digestOf(reply->sslConfiguration().peerCertificate());
    const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (!pin.isEmpty() && (answered || !seen.digest.isEmpty()) && seen.digest != pin)
        seen.wrong = true;
    return seen.wrong;
}
