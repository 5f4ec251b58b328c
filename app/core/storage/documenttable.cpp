#include "documenttable.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

DocumentTable::DocumentTable(QSqlDatabase db, const QString &table)
    : m_db(db)
    , m_table(table)
    , m_upsert(db)
{
}

bool DocumentTable::upsert(const QString &id, const QString &source, const QJsonObject &doc, const Columns &columns,
                           QString *error)
{
    QStringList names{QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("doc")};
    for (const auto &c : columns)
        names << c.first;
    if (names != m_upsertColumns) {
        QStringList placeholders, updates;
        for (const QString &c : std::as_const(names)) {
            placeholders << QStringLiteral("?");
            if (c != QLatin1String("id"))
                updates << QStringLiteral("%1 = excluded.%1").arg(c);
        }
        const QString sql = QStringLiteral("INSERT INTO %1 (%2, deleted) VALUES (%3, 0) "
                                           "ON CONFLICT(id) DO UPDATE SET %4, deleted = 0")
                                .arg(m_table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                     updates.join(QStringLiteral(", ")));
        if (!m_upsert.prepare(sql))
            return failed(m_upsert, error);
        m_upsertColumns = names;
    }
    m_upsert.addBindValue(id);
    m_upsert.addBindValue(source);
    m_upsert.addBindValue(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
    for (const auto &c : columns)
        m_upsert.addBindValue(c.second);
    return m_upsert.exec() || failed(m_upsert, error);
}

bool DocumentTable::tombstone(const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(m_table));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

std::optional<QStringList> DocumentTable::liveIds(const QString &source, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (source.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0").arg(m_table));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND source = ?").arg(m_table));
        q.addBindValue(source);
    }
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool DocumentTable::forEach(bool deleted, const std::function<bool(const QJsonObject &)> &take, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT doc FROM %1 WHERE deleted = %2 ORDER BY rowid").arg(m_table).arg(deleted ? 1 : 0)))
        return failed(q, error);
    while (q.next()) {
        if (!take(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
            break;
    }
    return true;
}

std::optional<qsizetype> DocumentTable::liveCount(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(m_table)) || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}
