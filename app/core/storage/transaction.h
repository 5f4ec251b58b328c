// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// One write transaction (BEGIN IMMEDIATE, so a second writer waits at the start rather than
/// failing halfway), rolled back unless committed: an early return can never leave half a change.
/// Its errors are in words a person can act on (Database::plainReason); SQLite's own go to the log.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
