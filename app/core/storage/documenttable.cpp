#include "documenttable.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    qCWarning(lcStorage) << "statement failed:" << q.lastError().text();
    if (error)
        *error = Database::plainReason(q.lastError());
    return false;
}

} // namespace

DocumentTable::DocumentTable(QSqlDatabase db, const QString &table)
    : m_db(db)
    , m_table(table)
    , m_upsert{QSqlQuery(db), {}}
    , m_upsertOwn{QSqlQuery(db), {}}
    , m_tombstone(db)
{
}

bool DocumentTable::prepare(Statement &s, const Columns &columns, bool own, QString *error)
{
    QStringList names{QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("doc")};
    for (const auto &c : columns)
        names << c.first;
    if (names == s.columns)
        return true;
    QStringList placeholders, updates;
    for (const QString &c : std::as_const(names)) {
        placeholders << QStringLiteral("?");
        if (c != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    // Taking over another source's live record would let one feed change another's stock.
    const QString guard = own ? QStringLiteral(" WHERE %1.deleted = 1 OR %1.source = excluded.source").arg(m_table) : QString();
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, deleted) VALUES (%3, 0) "
                                       "ON CONFLICT(id) DO UPDATE SET %4, deleted = 0%5")
                            .arg(m_table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                 updates.join(QStringLiteral(", ")), guard);
    if (!s.query.prepare(sql))
        return failed(s.query, error);
    s.columns = names;
    return true;
}

bool DocumentTable::exec(Statement &s, const QString &id, const QString &source, const QVariant &doc, const Columns &columns)
{
    s.query.bindValue(0, id);
    s.query.bindValue(1, source);
    s.query.bindValue(2, doc);
    for (int i = 0; i < columns.size(); ++i)
        s.query.bindValue(3 + i, columns.at(i).second);
    return s.query.exec();
}

bool DocumentTable::upsert(const QString &id, const QString &source, const QJsonObject &doc, const Columns &columns,
                           QString *error)
{
    if (!prepare(m_upsert, columns, false, error))
        return false;
    const QString json = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    return exec(m_upsert, id, source, json, columns) || failed(m_upsert.query, error);
}

DocumentTable::Written DocumentTable::upsertOwn(const QString &id, const QString &source, const QByteArray &doc,
                                                const Columns &columns, QString *error)
{
    if (!prepare(m_upsertOwn, columns, true, error))
        return Written::Failed;
    if (!exec(m_upsertOwn, id, source, QString::fromUtf8(doc), columns)) {
        failed(m_upsertOwn.query, error);
        return Database::isConstraint(m_upsertOwn.query.lastError()) ? Written::Refused : Written::Failed;
    }
    return m_upsertOwn.query.numRowsAffected() > 0 ? Written::Yes : Written::OtherSource;
}

bool DocumentTable::tombstone(const QString &id, QString *error)
{
    // Prepared once: a dealer's full feed may retire thousands of cars in one import.
    if (m_tombstone.lastQuery().isEmpty()
        && !m_tombstone.prepare(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(m_table)))
        return failed(m_tombstone, error);
    m_tombstone.bindValue(0, id);
    return m_tombstone.exec() || failed(m_tombstone, error);
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

bool DocumentTable::forEach(bool deleted, const std::function<void(const QJsonObject &)> &take, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT doc FROM %1 WHERE deleted = %2 ORDER BY rowid").arg(m_table).arg(deleted ? 1 : 0)))
        return failed(q, error);
    while (q.next())
        take(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
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
