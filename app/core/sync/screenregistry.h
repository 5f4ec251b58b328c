// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The hub's record of the screens paired with it: one-time pairing codes, each screen's bearer
/// token, revocation. Secrets are kept only as SHA-256 hashes; what is handed out is shown once.
class ScreenRegistry
{
public:
    explicit ScreenRegistry(QSqlDatabase db);

    /// A new pairing code ("K7QD-9MWX-4"), valid until `now + lifetime`, usable once.
    std::optional<QString> issueCode(const QDateTime &now, int lifetimeSeconds, QString *error = nullptr);

    struct Paired {
        QString screenId;
        QString token; ///< the only time the token exists outside the screen
    };
    enum class PairFailure { None, BadCode, Database };
    /// Spends `code` (any case, hyphens and spaces anywhere) and registers a screen named
    /// `screenName`; a code that is unknown, used or expired is refused as BadCode, alike.
    std::optional<Paired> pair(const QString &code, const QString &screenName, const QDateTime &now, PairFailure *failure,
                               QString *error = nullptr);

    /// The id of the screen holding `token`, unless it is unknown or revoked.
    std::optional<QString> screenForToken(const QString &token, QString *error = nullptr) const;
    /// Notes when a screen was last heard from (kept to the minute, so not a write per request).
    void touch(const QString &screenId, const QDateTime &now);

    /// Revokes the screen with this id, or the one screen with this name. False when none or
    /// several match, or it was already revoked.
    bool revoke(const QString &idOrName, const QDateTime &now, QString *error = nullptr);

    struct Screen {
        QString id, name;
        QDateTime pairedAt, revokedAt, lastSeen;
    };
    std::optional<QList<Screen>> screens(QString *error = nullptr) const;
    /// Paired screens not revoked.
    int activeCount() const;

    /// Removes codes that expired before `now`.
    void dropExpiredCodes(const QDateTime &now);

    /// The SHA-256 of a secret as stored, in hex.
    static QString hashOf(const QString &secret);
    /// A code as typed, in its one canonical form, or empty when it is not a well-formed code.
    static QString canonicalCode(const QString &typed);

private:
    QSqlDatabase m_db;
};
