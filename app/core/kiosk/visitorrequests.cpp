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

#include <algorithm>

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

namespace {

std::optional<VisitorRequests::Kind> kindOf(const QString &name)
{
    if (name == QLatin1String("hold"))
        return VisitorRequests::Kind::Hold;
    if (name == QLatin1String("expert"))
        return VisitorRequests::Kind::Expert;
    return std::nullopt;
}

// An id, a studio, a vehicle or a build code as a screen writes them: short plain text.
bool plain(const QString &text, qsizetype most)
{
    return text.size() <= most
        && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

VisitorRequests::Received VisitorRequests::receive(const QJsonObject &payload, QString *error)
{
    const auto fail = [error](const QString &why, Received kind = Received::Invalid) {
        if (error)
            *error = why;
        return kind;
    };
    const QString id = payload.value(QLatin1String("id")).toString();
    const QString device = payload.value(QLatin1String("device")).toString();
    const auto kind = kindOf(payload.value(QLatin1String("kind")).toString());
    const QString studio = payload.value(QLatin1String("studio")).toString();
    const QString vehicle = payload.value(QLatin1String("vehicle")).toString();
    const QString build = payload.value(QLatin1String("build")).toString();
    const QDateTime created = QDateTime::fromString(payload.value(QLatin1String("created")).toString(), Qt::ISODate);
    if (id.isEmpty() || device.isEmpty() || !kind || studio.isEmpty() || !created.isValid() || !plain(id, 64)
        || !plain(device, 64) || !plain(studio, 64) || !plain(vehicle, 128) || !plain(build, 64))
        return fail(QStringLiteral("a request needs an id, a device, a kind (hold or expert), a studio and when it was made"));
    const QJsonObject tradeIn = payload.value(QLatin1String("trade_in")).toObject();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO visitor_request (id, device, kind, studio, vehicle, build_code, created_at, trade_in) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    for (const QVariant &v :
         QVariantList{id, device, *kind == Kind::Hold ? QStringLiteral("hold") : QStringLiteral("expert"), studio,
                      vehicle.isEmpty() ? QVariant() : vehicle, build.isEmpty() ? QVariant() : build,
                      created.toUTC().toString(Qt::ISODate),
                      tradeIn.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(tradeIn).toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text(), Received::Failed);
    return Received::Stored;
}

VisitorRequests::Taken VisitorRequests::take(const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE visitor_request SET state = 'taken' WHERE id = ? AND state = 'open'"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return Taken::Failed;
    }
    if (q.numRowsAffected() == 1)
        return Taken::Now;
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM visitor_request WHERE id = ?"));
    exists.addBindValue(id);
    if (!exists.exec()) {
        if (error)
            *error = exists.lastError().text();
        return Taken::Failed;
    }
    return exists.next() ? Taken::Already : Taken::Unknown;
}

QJsonObject VisitorRequests::toJson(const Request &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind == Kind::Hold ? QStringLiteral("hold") : QStringLiteral("expert")},
                  {QStringLiteral("studio"), r.studio},
                  {QStringLiteral("vehicle"), r.vehicle},
                  {QStringLiteral("build"), r.buildCode},
                  {QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODate)}};
    if (!r.tradeIn.isEmpty())
        o.insert(QStringLiteral("tradeIn"), r.tradeIn);
    return o;
}

std::optional<VisitorRequests::Request> VisitorRequests::fromJson(const QJsonObject &o)
{
    const auto kind = kindOf(o.value(QLatin1String("kind")).toString());
    Request r{o.value(QLatin1String("id")).toString(),
              kind.value_or(Kind::Expert),
              o.value(QLatin1String("studio")).toString(),
              o.value(QLatin1String("vehicle")).toString(),
              o.value(QLatin1String("build")).toString(),
              QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate),
              o.value(QLatin1String("tradeIn")).toObject()};
    if (!kind || r.id.isEmpty() || !r.created.isValid())
        return std::nullopt;
    return r;
}
