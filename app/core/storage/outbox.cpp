// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "database.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString stateName(Outbox::State s)
{
    switch (s) {
    case Outbox::State::Pending:
        return QStringLiteral("pending");
    case Outbox::State::Delivered:
        return QStringLiteral("delivered");
    case Outbox::State::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kColumns = QStringLiteral("id, idempotency_key, kind, record, payload, attempts, state, last_error, "
                                        "created_at, next_attempt_at");

Outbox::Item readItem(const QSqlQuery &q)
{
    Outbox::Item item;
    item.id = q.value(0).toLongLong();
    item.key = q.value(1).toString();
    item.kind = q.value(2).toString();
    item.record = q.value(3).toString();
    item.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    item.attempts = q.value(5).toInt();
    const QString state = q.value(6).toString();
    item.state = state == QLatin1String("dead") ? Outbox::State::Dead
        : state == QLatin1String("delivered")   ? Outbox::State::Delivered
                                                : Outbox::State::Pending;
    item.lastError = q.value(7).toString();
    item.created = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    item.nextAttempt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return item;
}

} // namespace

Outbox::Outbox(QSqlDatabase db)
    : m_db(db)
{
}

Outbox::Enqueued Outbox::enqueue(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload,
                                 const QDateTime &now, QString *error)
{
    const QByteArray body = compact(payload);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, payload FROM outbox WHERE idempotency_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return failed(q, error), Enqueued::Failed;
    if (q.next()) {
        if (q.value(0).toString() == kind && compact(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()) == body)
            return Enqueued::AlreadyThere;
        if (error)
            *error = QStringLiteral("the key %1 was already used for another item").arg(key);
        return Enqueued::KeyReused;
    }
    q.prepare(QStringLiteral("INSERT INTO outbox (idempotency_key, kind, record, payload, created_at, next_attempt_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(kind);
    q.addBindValue(record);
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    if (!q.exec())
        return failed(q, error), Enqueued::Failed;
    return Enqueued::Added;
}

QList<Outbox::Item> Outbox::claim(int limit, const QDateTime &now, std::chrono::seconds lease, QString *error)
{
    // The oldest open item of each record only: a record's later change never overtakes it.
    return claimWhere(QStringLiteral("e.state = 'pending'"), limit, now, lease, error);
}

QList<Outbox::Item> Outbox::claimInOrder(int limit, const QDateTime &now, std::chrono::seconds lease, QString *error)
{
    // Behind earlier items of its record only while one of them cannot go now; ORDER BY id then
    // puts the earlier ones first in the batch, and the limit never takes a later one without them.
    return claimWhere(QStringLiteral("e.state = 'pending' AND (e.next_attempt_at > ? OR e.claimed_until > ?)"), limit, now, lease,
                      error);
}

QList<Outbox::Item> Outbox::claimWhere(const QString &blocked, int limit, const QDateTime &now, std::chrono::seconds lease,
                                       QString *error)
{
    QList<Item> items;
    QSqlQuery q(m_db);
    QSqlError begun;
    if (!Database::beginWrite(m_db, &begun)) {
        if (error)
            *error = Database::plainReason(begun);
        return items;
    }
    q.prepare(QStringLiteral("SELECT %1 FROM outbox o WHERE state = 'pending' AND next_attempt_at <= ? "
                             "AND claimed_until <= ? AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.record = o.record "
                             "AND e.record != '' AND e.id < o.id AND %2) ORDER BY id LIMIT ?")
                  .arg(kColumns, blocked));
    // Every placeholder but the limit is the time now (`blocked` may have some too).
    for (qsizetype i = 0, nows = 2 + blocked.count(QLatin1Char('?')); i < nows; ++i)
        q.addBindValue(stamp(now));
    q.addBindValue(limit);
    if (!q.exec()) {
        failed(q, error);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    while (q.next())
        items.append(readItem(q));
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ?"));
    for (Item &item : items) {
        mark.addBindValue(stamp(now.addSecs(lease.count())));
        mark.addBindValue(item.id);
        if (!mark.exec()) {
            failed(mark, error);
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return {};
        }
        ++item.attempts;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        failed(q, error);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    return items;
}

bool Outbox::acknowledge(qint64 id, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'delivered', sent_at = ?, claimed_until = '', last_error = '' "
                             "WHERE id = ?"));
    q.addBindValue(stamp(now));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool Outbox::retryLater(qint64 id, const QString &reason, const QDateTime &now, const std::optional<QDateTime> &notBefore,
                        QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failed(q, error);
    const int attempts = q.value(0).toInt();
    QDateTime next = now.addMSecs(backoff(attempts, QRandomGenerator::global()->generateDouble()).count());
    if (notBefore && *notBefore > next)
        next = *notBefore;
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, claimed_until = '', last_error = ? WHERE id = ? "
                             "AND state = 'pending'"));
    q.addBindValue(stamp(next));
    q.addBindValue(reason);
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

std::optional<int> Outbox::retryNow(const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?"));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.numRowsAffected();
}

std::optional<int> Outbox::releaseClaims(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE outbox SET claimed_until = '' WHERE state = 'pending' AND claimed_until != ''"))) {
        failed(q, error);
        return std::nullopt;
    }
    return q.numRowsAffected();
}

bool Outbox::deadLetter(qint64 id, const QString &reason, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'dead', claimed_until = '', last_error = ?, sent_at = NULL, "
                             "next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(stamp(now));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

std::optional<Outbox::Counts> Outbox::counts(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'),"
                               " (SELECT count(*) FROM outbox WHERE state = 'dead'),"
                               " (SELECT count(*) FROM outbox WHERE state = 'delivered'),"
                               " (SELECT min(created_at) FROM outbox WHERE state = 'pending')"))
        || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    Counts c;
    c.pending = q.value(0).toInt();
    c.dead = q.value(1).toInt();
    c.delivered = q.value(2).toInt();
    c.oldestPending = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return c;
}

std::optional<QList<Outbox::Item>> Outbox::items(State state, int limit, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY id LIMIT ?").arg(kColumns));
    q.addBindValue(stateName(state));
    q.addBindValue(limit);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QList<Item> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

std::optional<QHash<QString, QString>> Outbox::refusedRecords(const QString &kind, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT record, last_error FROM outbox o WHERE kind = ? AND state = 'dead' AND record != '' "
                             "AND NOT EXISTS (SELECT 1 FROM outbox l WHERE l.record = o.record AND l.id > o.id "
                             "AND l.state = 'delivered') ORDER BY id"));
    q.addBindValue(kind);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

std::optional<QSet<QString>> Outbox::waitingRecords(const QString &kind, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT record FROM outbox WHERE kind = ? AND state = 'pending' AND record != ''"));
    q.addBindValue(kind);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::chrono::milliseconds Outbox::backoff(int attempts, double jitter)
{
    const double base = 5000.0 * std::pow(2.0, std::clamp(attempts - 1, 0, 20));
    const double capped = std::min(base, 3600.0 * 1000.0);
    return std::chrono::milliseconds(qint64(capped * (1.0 - 0.2 * std::clamp(jitter, 0.0, 1.0))));
}
