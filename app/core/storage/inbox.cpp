// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

Inbox::Inbox(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<Inbox::Entry> Inbox::find(const QString &key, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT screen, kind, record, payload_sha256, outcome, reason FROM outbox_received "
                             "WHERE idempotency_key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    Entry e;
    if (!q.next())
        return e;
    e.key = key;
    e.screen = q.value(0).toString();
    e.kind = q.value(1).toString();
    e.record = q.value(2).toString();
    e.digest = q.value(3).toString().toLatin1();
    e.outcome = q.value(4).toString() == QLatin1String("rejected") ? Outcome::Rejected : Outcome::Delivered;
    e.reason = q.value(5).toString();
    return e;
}

bool Inbox::add(const Entry &e, const std::optional<QJsonObject> &payload, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox_received (idempotency_key, screen, kind, record, payload_sha256, payload, "
                             "outcome, reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.key);
    q.addBindValue(e.screen);
    q.addBindValue(e.kind);
    q.addBindValue(e.record);
    q.addBindValue(QString::fromLatin1(e.digest));
    q.addBindValue(payload ? QVariant(QString::fromUtf8(QJsonDocument(*payload).toJson(QJsonDocument::Compact)))
                           : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(e.outcome == Outcome::Rejected ? QStringLiteral("rejected") : QStringLiteral("delivered"));
    q.addBindValue(e.reason.isNull() ? QStringLiteral("") : e.reason); // a null QString binds as NULL
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    return q.exec() || failed(q, error);
}

QByteArray Inbox::digest(const QJsonObject &payload)
{
    return QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}
