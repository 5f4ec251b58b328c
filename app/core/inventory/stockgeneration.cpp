// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockgeneration.h"

#include <QSqlError>
#include <QSqlQuery>

StockGeneration::StockGeneration(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<StockGeneration::Marker> StockGeneration::read(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT database, generation, catalog_generation FROM stock_generation WHERE one = 1"))
        || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no stock generation stored");
        return std::nullopt;
    }
    return Marker{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

namespace {
bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

bool StockGeneration::standAside(QString *error)
{
    return exec(m_db, QStringLiteral("UPDATE stock_generation SET quiet = 1"), error);
}

bool StockGeneration::advance(QString *error)
{
    return exec(m_db, QStringLiteral("UPDATE stock_generation SET generation = generation + 1, quiet = 0"), error);
}
