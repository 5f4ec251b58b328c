// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "storage/sqlitestatement.h"

#include <functional>
#include <optional>

/// A table of validated records kept as JSON documents (`id, source, doc, deleted`) beside the
/// columns that queries and constraints need; a removal is a tombstone (`deleted = 1`), never a
/// gap. The capability that owns such a table names it and its columns; this class knows no domain.
class DocumentTable
{
public:
    using Columns = QList<QPair<QString, QVariant>>;

    DocumentTable(QSqlDatabase db, const QString &table);

    const QString &name() const { return m_table; }
    /// The table as a scan of all its rows names it after FROM: with SQLite, NOT INDEXED. A scan of
    /// the live rows otherwise goes through a partial index on `deleted` (the stock's VIN index)
    /// and looks each row up where its index entry sorts, a page at random each: the ids of a
    /// hundred thousand cars took 120 ms that way, 19 in the file's order.
    QString scanned() const;

    /// Inserts the record, or replaces it and brings it back if it was a tombstone. `columns`
    /// are the table's other columns; the statement is prepared once per set of column names.
    bool upsert(const QString &id, const QString &source, const QJsonObject &doc, const Columns &columns, QString *error);

    enum class Written {
        Yes,
        OtherSource, ///< the id is a live record of another source, which is left as it is
        Refused,     ///< a constraint refused the row (a unique column); the transaction goes on
        Failed,      ///< the database failed; `error` says how, for a person
    };
    /// The same for a record that belongs to its source: `doc` is its compact JSON, and a live
    /// record of another source with the same id is never taken over.
    Written upsertOwn(const QString &id, const QString &source, const QByteArray &doc, const Columns &columns, QString *error);
    /// A column's value as upsertOwn binds it: UTF-8 text (a null view binds NULL), or a whole number.
    struct Cell {
        QByteArrayView text;
        qint64 integer = 0;
        bool isInteger = false;
    };
    /// The same with every value already UTF-8 and `cells` in the order of `columns`, for a
    /// writer that encodes a hundred thousand rows into buffers of its own.
    Written upsertOwn(QByteArrayView id, QByteArrayView source, QByteArrayView doc, const QStringList &columns, const Cell *cells,
                      QString *error);
    /// Ends a run of upsertOwn calls: its statement, kept from one call to the next, is let go so
    /// the connection can close.
    void finishWrites() { m_upsertOwn.finalize(); }
    bool tombstone(const QString &id, QString *error);
    /// Ids of the live records, of one source when `source` is given.
    std::optional<QStringList> liveIds(const QString &source, QString *error) const;
    /// Each stored document, live or tombstoned, in the order it was first stored, until `take`
    /// returns false (a reader asked to stop); false with `error` on a database error.
    bool forEach(bool deleted, const std::function<bool(const QJsonObject &)> &take, QString *error) const;
    std::optional<qsizetype> liveCount(QString *error) const;

private:
    /// One prepared statement per way of writing, kept while the columns stay the same.
    struct Statement {
        QSqlQuery query;
        QStringList columns;
    };
    /// The upsert for these columns; `own` leaves another source's live record alone.
    QString upsertSql(const QStringList &columns, bool own) const;
    QString upsertSql(const Columns &columns, bool own) const;
    /// The upsertOwn statement for these columns, prepared when they change.
    bool prepareOwn(const QStringList &columns, QString *error);
    Written stepOwn(QString *error);

    bool prepare(Statement &s, const Columns &columns, QString *error);

    QSqlDatabase m_db;
    QString m_table;
    Statement m_upsert;
    // The stock's path: a hundred thousand cars are written and read in one go.
    SqliteStatement m_upsertOwn;
    QStringList m_upsertOwnColumns;
    QSqlQuery m_tombstone;
};
