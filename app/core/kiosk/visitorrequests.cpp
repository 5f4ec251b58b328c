// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitorrequests.h"

#include "storage/deviceidentity.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

VisitorRequests::VisitorRequests(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<QString> VisitorRequests::deviceId(QString *error)
{
    return DeviceIdentity::id(m_db, error);
}

std::optional<QString> VisitorRequests::create(Kind kind, const QString &studio, const QString &vehicle, const QString &buildCode,
                                               QString *error, const Alongside &alongside, const QJsonObject &tradeIn)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    const auto device = deviceId(error);
    if (!device)
        return std::nullopt;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString created = now.toString(Qt::ISODate);
    const QString kindName = kind == Kind::Hold ? QStringLiteral("hold") : QStringLiteral("expert");
    QSqlQuery q(m_db);
    const QString car = tradeIn.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(tradeIn).toJson(QJsonDocument::Compact));
    q.prepare(QStringLiteral("INSERT INTO visitor_request (id, device, kind, studio, vehicle, build_code, created_at, trade_in) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{id, *device, kindName, studio, vehicle.isEmpty() ? QVariant() : vehicle,
                      buildCode.isEmpty() ? QVariant() : buildCode, created, car.isEmpty() ? QVariant() : car})
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QJsonObject payload{{QStringLiteral("id"), id},           {QStringLiteral("device"), *device},
                        {QStringLiteral("kind"), kindName},   {QStringLiteral("studio"), studio},
                        {QStringLiteral("vehicle"), vehicle}, {QStringLiteral("build"), buildCode},
                        {QStringLiteral("created"), created}};
    if (!tradeIn.isEmpty())
        payload.insert(QStringLiteral("trade_in"), tradeIn);
    if (Outbox(m_db).enqueue(QStringLiteral("request:") + id, QStringLiteral("visitor-request"), QStringLiteral("request:") + id,
                             payload, now, error)
            != Outbox::Enqueued::Added
        || (alongside && !alongside(m_db)) || !transaction.commit(error))
        return std::nullopt;
    return id;
}

int VisitorRequests::openCount(const QString &studio) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM visitor_request WHERE studio = ? AND state = 'open'"));
    q.addBindValue(studio);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<VisitorRequests::Request> VisitorRequests::open(const QString &studio) const
{
    QList<Request> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, kind, studio, vehicle, build_code, created_at, trade_in FROM visitor_request "
                             "WHERE studio = ? AND state = 'open' ORDER BY created_at, rowid"));
    q.addBindValue(studio);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString() == QLatin1String("hold") ? Kind::Hold : Kind::Expert,
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    QDateTime::fromString(q.value(5).toString(), Qt::ISODate),
                    QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    }
    return out;
}

bool VisitorRequests::close(const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE visitor_request SET state = 'done' WHERE id = ? AND state = 'open'"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().text().isEmpty() ? QStringLiteral("this request is no longer open") : q.lastError().text();
        return false;
    }
    return true;
}
