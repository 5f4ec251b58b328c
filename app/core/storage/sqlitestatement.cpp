// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_query.reset();
    m_connection = QSqlDatabase();
    m_order.clear();
    m_values.clear();
    m_running = false;
}

namespace {

// SQLite's placeholders as plain '?', and which parameter each one takes: "?NNN" the NNNth,
// a bare '?' the one after the largest so far (SQLite's rule).
QString positional(const QString &sql, QList<int> *order)
{
    QString out;
    out.reserve(sql.size());
    int largest = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            qsizetype end = i + 1;
            while (end < sql.size() && sql.at(end).isDigit())
                ++end;
            const int number = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : largest + 1;
            largest = qMax(largest, number);
            order->append(number - 1);
            out += c;
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    finalize();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    m_db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                           : nullptr;
    if (!m_db && db.isOpen()) {
        m_query = std::make_unique<QSqlQuery>(db);
        m_connection = db;
        const QString text = positional(sql, &m_order);
        int parameters = 0;
        for (const int p : std::as_const(m_order))
            parameters = qMax(parameters, p + 1);
        m_values = QList<QVariant>(parameters);
        m_kept.assign(size_t(parameters), QByteArray());
        if (!m_query->prepare(text)) {
            qCWarning(lcStorage) << "cannot prepare:" << m_query->lastError().text();
            if (error)
                *error = Database::plainReason(m_query->lastError());
            m_query.reset();
            return false;
        }
        return true;
    }
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
    if (m_query) {
        restart();
        m_values[index] = QString::fromUtf8(utf8.data() ? utf8 : QByteArrayView(""));
        return;
    }
    sqlite3_bind_text(m_statement, index + 1, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    if (m_query) {
        restart();
        m_values[index] = value;
        return;
    }
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    if (m_query) {
        restart();
        m_values[index] = QVariant(QMetaType::fromType<QString>());
        return;
    }
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (m_query) {
        restart();
        // As SQLite stores them: bytes as UTF-8 text, a flag as a number.
        if (value.typeId() == QMetaType::QByteArray)
            m_values[index] = QString::fromUtf8(value.toByteArray());
        else if (value.typeId() == QMetaType::Bool)
            m_values[index] = value.toLongLong();
        else if (value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong)
            m_values[index] = value.toLongLong();
        else
            m_values[index] = value;
        return;
    }
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

void SqliteStatement::restart()
{
    if (m_running)
        m_query->finish();
    m_running = false;
}

SqliteStatement::Result SqliteStatement::stepQuery(QString *error)
{
    if (!m_running) {
        for (qsizetype i = 0; i < m_order.size(); ++i)
            m_query->bindValue(int(i), m_values.at(m_order.at(i)));
        if (!Database::execKeepingTransaction(m_connection, *m_query)) {
            const QSqlError failed = m_query->lastError();
            qCWarning(lcStorage) << "statement failed:" << failed.text();
            if (error)
                *error = Database::plainReason(failed);
            return Database::isConstraint(failed) ? Result::Constraint : Result::Failed;
        }
        if (!m_query->isSelect()) {
            m_changes = m_query->numRowsAffected();
            return Result::Done;
        }
        m_running = true;
    }
    if (m_query->next()) {
        const int columns = m_query->record().count();
        m_row.resize(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            const QVariant v = m_query->value(c);
            m_row[size_t(c)] = v.isNull() ? QByteArray() : v.toString().toUtf8();
        }
        return Result::Row;
    }
    m_query->finish();
    m_running = false;
    return Result::Done;
}

bool SqliteStatement::forEachRow(const std::function<void()> &row, QString *error)
{
    return forEachRowWhile(
        [&row] {
            row();
            return true;
        },
        error);
}

bool SqliteStatement::forEachRowWhile(const std::function<bool()> &row, QString *error)
{
    for (;;) {
        switch (step(error)) {
        case Result::Row:
            if (!row())
                return true; // the caller has what it wanted: the rows left go with the statement, or at its next binding
            continue;
        case Result::Done:
            return true;
        case Result::Constraint:
        case Result::Failed:
            return false;
        }
    }
}

SqliteStatement::Result SqliteStatement::step(QString *error)
{
    if (m_query)
        return stepQuery(error);
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
    if (m_query)
        return size_t(column) < m_row.size() ? QByteArrayView(m_row[size_t(column)]) : QByteArrayView();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_query)
        return m_query->value(column).isNull();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::changes() const
{
    if (m_query)
        return m_changes;
    return sqlite3_changes64(m_db);
}
