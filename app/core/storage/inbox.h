// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// What other devices' outboxes delivered here (a hub), once per idempotency key: who sent it,
/// its kind and record, a digest of its payload and what was made of it. Written inside the
/// transaction that applies the item when there is one, so an item is applied exactly once and a
/// key reused for another payload can be told apart from the same item sent again.
class Inbox
{
public:
    enum class Outcome { Delivered, Rejected };

    struct Entry {
        QString key; ///< empty: nothing came with this key yet
        QString screen;
        QString kind;
        QString record;
        QByteArray digest; ///< of the payload, see digest()
        Outcome outcome = Outcome::Delivered;
        QString reason; ///< why it was rejected, in words for staff
    };

    explicit Inbox(QSqlDatabase db);

    /// The entry of `key` (with an empty key when there is none); nothing on a storage failure.
    std::optional<Entry> find(const QString &key, QString *error = nullptr) const;
    /// Keeps an item; `payload` is kept for the relay to the brand when given (never personal data).
    bool add(const Entry &entry, const std::optional<QJsonObject> &payload, const QDateTime &now, QString *error = nullptr);

    /// The SHA-256 (hex) of a payload in compact JSON (keys in order, so the same object always
    /// gives the same digest).
    static QByteArray digest(const QJsonObject &payload);

private:
    QSqlDatabase m_db;
};
