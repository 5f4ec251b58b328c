// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "storage/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    finalize();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    m_db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                           : nullptr;
    if (!m_db) {
        if (error)
            *error = QStringLiteral("the database is not open");
        return false;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "cannot prepare:" << sqlite3_errmsg(m_db);
        if (error)
            *error = Database::plainReason(sqlite3_extended_errcode(m_db));
        m_statement = nullptr;
        return false;
    }
    m_kept.assign(size_t(sqlite3_bind_parameter_count(m_statement)), QByteArray());
    return true;
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index + 1, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        if (value.toString().isNull()) {
            sqlite3_bind_null(m_statement, index + 1);
            return;
        }
        m_kept[size_t(index)] = value.toString().toUtf8();
        bindText(index, m_kept[size_t(index)]);
        return;
    case QMetaType::QByteArray:
        m_kept[size_t(index)] = value.toByteArray();
        bindText(index, m_kept[size_t(index)]);
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        return;
    default:
        if (value.isNull()) {
            sqlite3_bind_null(m_statement, index + 1);
            return;
        }
        m_kept[size_t(index)] = value.toString().toUtf8();
        bindText(index, m_kept[size_t(index)]);
    }
}

SqliteStatement::Result SqliteStatement::step(QString *error)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Result::Row;
    sqlite3_reset(m_statement);
    if (rc == SQLITE_DONE)
        return Result::Done;
    const int code = sqlite3_extended_errcode(m_db);
    qCWarning(lcStorage) << "statement failed:" << sqlite3_errmsg(m_db);
    if (error)
        *error = Database::plainReason(code);
    return (rc & 0xFF) == SQLITE_CONSTRAINT ? Result::Constraint : Result::Failed;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_db);
}
