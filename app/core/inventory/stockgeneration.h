// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Which stock a database holds, as a marker a file beside it can carry: the database's own id
/// and a generation that every write to the stock or to the catalog the finder indexes moves on
/// (the schema's triggers do, whoever writes). Equal markers mean the same stock.
class StockGeneration
{
public:
    struct Marker {
        QString database; ///< 32 hex digits, made when the database was
        qint64 generation = 0;
        qint64 catalog = 0; ///< moves on with writes to the catalog records alone
        bool operator==(const Marker &) const = default;
    };
    /// A change to the stock as a write transaction made it: the generation it found, and the one
    /// it left. A snapshot of the stock at `before` with the change applied is the stock at `after`.
    struct Step {
        qint64 before = 0; ///< 0: unknown
        std::optional<Marker> after;
    };

    explicit StockGeneration(QSqlDatabase db);
    /// Read inside the caller's transaction, so it names what that transaction reads.
    std::optional<Marker> read(QString *error = nullptr) const;
    /// For a writer of many cars, inside its transaction: the triggers that move the generation
    /// on car by car stand aside until advance(), which moves it on once and brings them back.
    /// Rolled back with the transaction, they are simply back.
    bool standAside(QString *error = nullptr);
    bool advance(QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
