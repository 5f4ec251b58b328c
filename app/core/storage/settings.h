// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// This device's settings as keys and text values (what staff chose, the PIN's hash, counters),
/// kept in the database so a restart keeps them. Knows no key's meaning: the capability that
/// owns a key validates it.
class Settings
{
public:
    explicit Settings(QSqlDatabase db);

    /// The value, an empty string when the key was never set, or nullopt when it cannot be read.
    std::optional<QString> value(const QString &key, QString *error = nullptr) const;
    /// Every key starting with `prefix`, with its value.
    std::optional<QHash<QString, QString>> withPrefix(const QString &prefix, QString *error = nullptr) const;
    /// Sets one value inside whatever transaction the caller holds.
    bool set(const QString &key, const QString &value, QString *error = nullptr);
    /// Sets several values in one transaction of its own: all of them, or none.
    bool setAll(const QList<QPair<QString, QString>> &values, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
