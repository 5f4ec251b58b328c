// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/// A statement prepared once on a connection's own SQLite handle, for what an import repeats a
/// hundred thousand times: binding through QSqlQuery converts every value to UTF-16 and back
/// and costs more than SQLite's own work. It runs inside whatever transaction the connection
/// has open, and never outlives its connection.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// False, with the reason for a person in `error`, when `db` is no SQLite connection or the
    /// statement does not compile.
    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    bool isPrepared() const { return m_statement != nullptr; }
    /// Lets the statement go. Qt closes a connection only once no statement of its own API is
    /// left on it: one still prepared would keep the whole connection open, and leak it.
    void finalize();

    /// Binds the 0-based parameter: strings as UTF-8 text, a null QString as NULL, numbers as
    /// numbers, a QByteArray as UTF-8 text.
    void bind(int index, const QVariant &value);
    /// Binds UTF-8 text without a copy: `utf8` must live until step() returns.
    void bindText(int index, QByteArrayView utf8);

    enum class Result {
        Row, ///< a row to read with text(); call step() again for the next
        Done,
        Constraint, ///< a constraint refused the statement; the transaction goes on
        Failed,     ///< the database failed: see `error`
    };
    /// Runs the statement (one row at a time for a query); at Done, Constraint or Failed it is
    /// reset for the next run. `error` gets a reason a person can act on; the raw one is logged.
    Result step(QString *error = nullptr);
    /// A column of the current row, valid until the next step().
    QByteArrayView text(int column) const;
    /// A column of the current row as an integer (0 for NULL), and whether it is NULL.
    qint64 integer(int column) const;
    bool isNull(int column) const;
    /// Rows the last statement changed.
    qint64 changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_kept; ///< converted strings, alive until the next step
};
