// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

/// A statement prepared once on a connection's own SQLite handle, for what an import repeats a
/// hundred thousand times: binding through QSqlQuery converts every value to UTF-16 and back
/// and costs more than SQLite's own work. It runs inside whatever transaction the connection
/// has open, and never outlives its connection.
/// On a PostgreSQL connection (a chain's hub) the same statement runs through QSqlQuery: the
/// SQL is the same, `?NNN` placeholders included.
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
    void bindInteger(int index, qint64 value);
    void bindNull(int index);

    enum class Result {
        Row, ///< a row to read with text(); call step() again for the next
        Done,
        Constraint, ///< a constraint refused the statement; the transaction goes on
        Failed,     ///< the database failed: see `error`
    };
    /// Runs the statement (one row at a time for a query); at Done, Constraint or Failed it is
    /// reset for the next run. `error` gets a reason a person can act on; the raw one is logged.
    Result step(QString *error = nullptr);
    /// Runs a query to its end, calling `row` at each row (read with text() and integer()). False,
    /// with `error`, when the database fails.
    bool forEachRow(const std::function<void()> &row, QString *error = nullptr);
    /// The same until `row` returns false, which ends the run early (and is no failure).
    bool forEachRowWhile(const std::function<bool()> &row, QString *error = nullptr);
    /// A column of the current row, valid until the next step().
    QByteArrayView text(int column) const;
    /// A column of the current row as an integer (0 for NULL), and whether it is NULL.
    qint64 integer(int column) const;
    bool isNull(int column) const;
    /// Rows the last statement changed.
    qint64 changes() const;

private:
    Result stepQuery(QString *error);
    void restart(); ///< a query's rows not read to the end are let go before new values

    // Through QSqlQuery, on a connection that is not SQLite's.
    std::unique_ptr<QSqlQuery> m_query;
    QSqlDatabase m_connection;
    QList<int> m_order;       ///< the parameter each placeholder takes, in the text's order
    QList<QVariant> m_values; ///< by parameter
    std::vector<QByteArray> m_row;
    qint64 m_changes = 0;
    bool m_running = false;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_kept; ///< converted strings, alive until the next step
};
