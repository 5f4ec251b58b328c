// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <optional>

/// What must leave this device (bookings, requests, usage events), delivered at least once:
/// enqueued inside the caller's transaction together with what it reports, claimed by a sender
/// for a while, then acknowledged, retried later with exponential backoff, or dead-lettered
/// with a reason (kept for staff, never dropped). Items of one record go out in order.
class Outbox
{
public:
    enum class State { Pending, Delivered, Dead };

    struct Item {
        qint64 id = 0;
        QString key;    ///< idempotency key: the receiver applies an item once
        QString kind;   ///< "booking", "visitor-request", …
        QString record; ///< the record it belongs to; items of one record go out in order
        QJsonObject payload;
        int attempts = 0;
        State state = State::Pending;
        QString lastError;
        QDateTime created;
        QDateTime nextAttempt;
    };

    enum class Enqueued {
        Added,
        AlreadyThere, ///< the same key with the same kind and payload: nothing to do
        KeyReused,    ///< the key was used for something else: refused
        Failed,
    };

    explicit Outbox(QSqlDatabase db);

    /// Adds an item; call inside the transaction that writes what it reports.
    Enqueued enqueue(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload,
                     const QDateTime &now, QString *error = nullptr);

    /// Up to `limit` items due now, oldest first, at most the oldest open item of each record;
    /// they are not offered again until `lease` has passed (a sender that died lets them go).
    QList<Item> claim(int limit, const QDateTime &now, std::chrono::seconds lease, QString *error = nullptr);
    /// The same, but a record's open items come together, in order, as long as none before them
    /// is waiting or claimed: for a receiver that applies a batch in order and takes nothing of a
    /// record after an item of it that it did not take (a visit's many events go in one request).
    QList<Item> claimInOrder(int limit, const QDateTime &now, std::chrono::seconds lease, QString *error = nullptr);
    /// The receiver has it.
    bool acknowledge(qint64 id, const QDateTime &now, QString *error = nullptr);
    /// Not now (no network, the receiver busy): tried again after the backoff, or at `notBefore`
    /// when the receiver said when (Retry-After) and that is later.
    bool retryLater(qint64 id, const QString &reason, const QDateTime &now,
                    const std::optional<QDateTime> &notBefore = std::nullopt, QString *error = nullptr);
    /// Every waiting item due now, its backoff cut short: the receiver is back in reach after the
    /// items failed to reach it. Returns how many were waiting.
    std::optional<int> retryNow(const QDateTime &now, QString *error = nullptr);
    /// Every claimed item free to be claimed again at once: for the one sender of this outbox
    /// starting again after it was killed, whose claims would otherwise wait out their lease.
    std::optional<int> releaseClaims(QString *error = nullptr);
    /// The receiver refused it for good: kept with the reason and shown to staff, never resent.
    bool deadLetter(qint64 id, const QString &reason, const QDateTime &now, QString *error = nullptr);

    struct Counts {
        int pending = 0;
        int dead = 0;
        int delivered = 0;
        QDateTime oldestPending;
    };
    std::optional<Counts> counts(QString *error = nullptr) const;
    std::optional<QList<Item>> items(State state, int limit, QString *error = nullptr) const;
    /// The records of `kind` whose last word from the receiver was a refusal (no later item of
    /// the record delivered since), with its reason: what staff must still act on.
    std::optional<QHash<QString, QString>> refusedRecords(const QString &kind, QString *error = nullptr) const;
    /// The records of `kind` with an item still waiting to be delivered.
    std::optional<QSet<QString>> waitingRecords(const QString &kind, QString *error = nullptr) const;

    /// The wait before attempt `attempts + 1`: 5 s doubling to at most an hour, with up to a
    /// fifth taken off at random so that screens that lost the network together do not return together.
    static std::chrono::milliseconds backoff(int attempts, double jitter);

private:
    /// Claims the items due now that `blocked` (SQL on the record's earlier items `e`) lets go.
    QList<Item> claimWhere(const QString &blocked, int limit, const QDateTime &now, std::chrono::seconds lease, QString *error);

    QSqlDatabase m_db;
};
