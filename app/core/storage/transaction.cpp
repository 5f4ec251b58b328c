// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    QSqlError failed;
    if (!Database::beginWrite(m_db, &failed)) {
        qCWarning(lcStorage) << "cannot begin a transaction:" << failed.text();
        if (error)
            *error = Database::plainReason(failed);
        return false;
    }
    m_active = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcStorage) << "cannot commit:" << q.lastError().text();
        if (error)
            *error = Database::plainReason(q.lastError());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
