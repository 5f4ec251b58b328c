// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// Guards staff mode: the PIN is kept only as an Argon2id hash (libsodium), and wrong attempts
/// slow down and then lock staff mode for a while.
class StaffPin
{
public:
    enum class Outcome {
        Accepted,
        Wrong,     ///< wrong PIN; `retryAfter` may say how long to wait before the next try
        LockedOut, ///< too many wrong attempts: wait until `retryAfter`
        NotSet,    ///< no PIN yet: set one with `vitrinectl set-pin`
    };

    struct Verdict {
        Outcome outcome = Outcome::Wrong;
        QDateTime retryAfter; ///< when the next attempt is allowed (UTC); null if at once
        int failures = 0;
    };

    static constexpr int kMinLength = 4;
    static constexpr int kMaxLength = 12;
    static constexpr int kFreeAttempts = 3; ///< wrong attempts before delays begin
    static constexpr int kLockoutAfter = 8; ///< wrong attempts before a lockout
    static constexpr int kLockoutMinutes = 15;

    explicit StaffPin(QSqlDatabase db);

    /// Replaces the PIN. Digits only, kMinLength to kMaxLength of them.
    bool set(const QString &pin, QString *error = nullptr);
    bool isSet() const;
    Verdict verify(const QString &pin);

    /// Test seam: the clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    static bool isWellFormed(const QString &pin);

private:
    QString setting(const QString &key) const;
    bool store(const QString &key, const QString &value);

    QSqlDatabase m_db;
    std::function<QDateTime()> m_now;
};
