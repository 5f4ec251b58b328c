// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttable.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

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
    , m_tombstone(db)
{
}

QString DocumentTable::upsertSql(const Columns &columns, bool own) const
{
    QStringList names;
    for (const auto &c : columns)
        names << c.first;
    return upsertSql(names, own);
}

QString DocumentTable::upsertSql(const QStringList &columns, bool own) const
{
    const QStringList names = QStringList{QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("doc")} + columns;
    QStringList placeholders, updates;
    for (const QString &c : std::as_const(names)) {
        placeholders << QStringLiteral("?");
        if (c != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    // Taking over another source's live record would let one feed change another's stock.
    const QString guard = own ? QStringLiteral(" WHERE %1.deleted = 1 OR %1.source = excluded.source").arg(m_table) : QString();
    return QStringLiteral("INSERT INTO %1 (%2, deleted) VALUES (%3, 0) ON CONFLICT(id) DO UPDATE SET %4, deleted = 0%5")
        .arg(m_table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")), guard);
}

bool DocumentTable::prepare(Statement &s, const Columns &columns, QString *error)
{
    QStringList names;
    for (const auto &c : columns)
        names << c.first;
    if (names == s.columns && !s.query.lastQuery().isEmpty())
        return true;
    if (!s.query.prepare(upsertSql(columns, false)))
        return failed(s.query, error);
    s.columns = names;
    return true;
}

bool DocumentTable::upsert(const QString &id, const QString &source, const QJsonObject &doc, const Columns &columns,
                           QString *error)
{
    if (!prepare(m_upsert, columns, error))
        return false;
    m_upsert.query.bindValue(0, id);
    m_upsert.query.bindValue(1, source);
    m_upsert.query.bindValue(2, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
    for (int i = 0; i < columns.size(); ++i)
        m_upsert.query.bindValue(3 + i, columns.at(i).second);
    return m_upsert.query.exec() || failed(m_upsert.query, error);
}

bool DocumentTable::prepareOwn(const QStringList &columns, QString *error)
{
    if (m_upsertOwn.isPrepared() && columns == m_upsertOwnColumns) {
        m_upsertOwnColumns = columns; // shared, so the next row is told the same at once
        return true;
    }
    if (!m_upsertOwn.prepare(m_db, upsertSql(columns, true), error))
        return false;
    m_upsertOwnColumns = columns;
    return true;
}

DocumentTable::Written DocumentTable::stepOwn(QString *error)
{
    switch (m_upsertOwn.step(error)) {
    case SqliteStatement::Result::Done:
        return m_upsertOwn.changes() > 0 ? Written::Yes : Written::OtherSource;
    case SqliteStatement::Result::Constraint:
        return Written::Refused;
    default:
        return Written::Failed;
    }
}

DocumentTable::Written DocumentTable::upsertOwn(const QString &id, const QString &source, const QByteArray &doc,
                                                const Columns &columns, QString *error)
{
    // Compared name by name, not as a new list: this runs once per car of an import.
    const bool same = m_upsertOwn.isPrepared() && columns.size() == m_upsertOwnColumns.size()
        && std::equal(columns.cbegin(), columns.cend(), m_upsertOwnColumns.cbegin(),
                      [](const auto &column, const QString &name) { return column.first == name; });
    if (!same) {
        QStringList names;
        for (const auto &c : columns)
            names << c.first;
        if (!prepareOwn(names, error))
            return Written::Failed;
    }
    m_upsertOwn.bind(0, id);
    m_upsertOwn.bind(1, source);
    m_upsertOwn.bindText(2, doc);
    for (int i = 0; i < columns.size(); ++i)
        m_upsertOwn.bind(3 + i, columns.at(i).second);
    return stepOwn(error);
}

DocumentTable::Written DocumentTable::upsertOwn(QByteArrayView id, QByteArrayView source, QByteArrayView doc,
                                                const QStringList &columns, const Cell *cells, QString *error)
{
    // The same list as last time is the same list: a writer passes one list for all its rows.
    const bool same = m_upsertOwn.isPrepared() && columns.constData() == m_upsertOwnColumns.constData()
        && columns.size() == m_upsertOwnColumns.size();
    if (!same && !prepareOwn(columns, error))
        return Written::Failed;
    // A null id or source binds NULL, as a null QString does.
    for (const auto &[at, text] : {std::pair(0, id), std::pair(1, source)}) {
        if (text.isNull())
            m_upsertOwn.bindNull(at);
        else
            m_upsertOwn.bindText(at, text);
    }
    m_upsertOwn.bindText(2, doc);
    for (int i = 0; i < columns.size(); ++i) {
        if (cells[i].isInteger)
            m_upsertOwn.bindInteger(3 + i, cells[i].integer);
        else if (cells[i].text.isNull())
            m_upsertOwn.bindNull(3 + i);
        else
            m_upsertOwn.bindText(3 + i, cells[i].text);
    }
    return stepOwn(error);
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

QString DocumentTable::scanned() const
{
    return Database::isServer(m_db) ? m_table : m_table + QStringLiteral(" NOT INDEXED");
}

std::optional<QStringList> DocumentTable::liveIds(const QString &source, QString *error) const
{
    // Through SQLite's own API: a dealer group's hundred thousand cars pass here at each refresh.
    SqliteStatement select;
    if (!select.prepare(m_db,
                        source.isEmpty() ? QStringLiteral("SELECT id FROM %1 WHERE deleted = 0").arg(scanned())
                                         : QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND source = ?").arg(scanned()),
                        error))
        return std::nullopt;
    const QByteArray utf8 = source.toUtf8();
    if (!source.isEmpty())
        select.bindText(0, utf8);
    QStringList ids;
    if (!select.forEachRow([&] { ids << QString::fromUtf8(select.text(0)); }, error))
        return std::nullopt;
    return ids;
}

bool DocumentTable::forEach(bool deleted, const std::function<bool(const QJsonObject &)> &take, QString *error) const
{
    // Read as UTF-8 straight from SQLite: the whole stock passes here at every start. Not through
    // an index on `deleted`: SQLite would sort every document back into rowid order.
    SqliteStatement select;
    if (!select.prepare(
            m_db, QStringLiteral("SELECT doc FROM %1 WHERE deleted = %2 ORDER BY rowid").arg(scanned()).arg(deleted ? 1 : 0),
            error))
        return false;
    return select.forEachRowWhile(
        [&] {
            const QByteArrayView doc = select.text(0);
            return take(QJsonDocument::fromJson(QByteArray::fromRawData(doc.data(), doc.size())).object());
        },
        error);
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
