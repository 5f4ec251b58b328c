#include "transaction.h"

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
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_active = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = q.lastError().text();
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
