// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceidentity.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

std::optional<QString> DeviceIdentity::id(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM device_identity WHERE one = 1")) && q.next())
        return q.value(0).toString();
    // Two processes asking at once both insert; the table keeps the first and the second reads it.
    q.prepare(QStringLiteral("INSERT INTO device_identity (one, id, created_at) VALUES (1, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.exec(QStringLiteral("SELECT id FROM device_identity WHERE one = 1")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toString();
}
