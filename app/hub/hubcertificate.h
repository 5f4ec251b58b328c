// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

/// The hub's own TLS identity: a self-signed P-256 certificate made on first start (with
/// OpenSSL's library, never by running a program) and kept beside the database, the key readable
/// by its owner only. Screens pin its SHA-256 when they pair.
class HubCertificate
{
public:
    QSslCertificate certificate;
    QSslKey key;

    /// Loads the identity kept for the database at `databasePath`, making it first if there is none.
    static std::optional<HubCertificate> ensure(const QString &databasePath, QString *error);

    /// The SHA-256 of the certificate (DER), in lower-case hex: what a screen pins.
    QByteArray fingerprint() const;
    /// The same in groups of four, for a person to compare by eye.
    QString readableFingerprint() const;

    static QString certificatePath(const QString &databasePath);
    static QString keyPath(const QString &databasePath);
};
