// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

Settings::Settings(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<QString> Settings::value(const QString &key, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<QHash<QString, QString>> Settings::withPrefix(const QString &prefix, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool Settings::set(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool Settings::setAll(const QList<QPair<QString, QString>> &values, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error))
        return false;
    for (const auto &[key, value] : values) {
        if (!set(key, value, error))
            return false; // the transaction rolls back as it goes
    }
    return t.commit(error);
}
