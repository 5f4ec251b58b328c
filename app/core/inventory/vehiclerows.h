// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/vehicle.h"
#include "inventory/vehiclestore.h"
#include "storage/documenttable.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

/// The stock as stored: read back through the same record checks a feed passes (as a list, or
/// compactly for the in-memory search), counted per place, exported, and written by the importer.
class VehicleRows
{
public:
    explicit VehicleRows(QSqlDatabase db);

    /// The feed list kept here.
    static QString list() { return QStringLiteral("vehicles"); }
    /// The columns beside the document that a car fills.
    static DocumentTable::Columns columnsFor(const Vehicle &vehicle);

    /// A car's stored document and the texts of its columns, as UTF-8. A null view binds SQL NULL.
    struct Encoded {
        QByteArrayView doc;
        QByteArrayView id, vin, model, location, condition;
    };
    class Ahead;
    /// Appends `vehicle`'s stored document (VehicleRecord::writeStored) and column texts to `out`;
    /// the views are into `out` as it is then, and move with its bytes.
    static Encoded encode(const Vehicle &vehicle, QByteArray &out);
    /// The digest of a car so encoded (VehicleRecord::digest), as listed() reads a stored one's.
    static quint64 digest(const Encoded &encoded);

    /// Writes `vehicle` as `source`'s (DocumentTable::upsertOwn), its document and columns encoded
    /// into a buffer kept from one car to the next: an import writes a hundred thousand.
    DocumentTable::Written write(const Vehicle &vehicle, const QString &source, QString *error);
    /// The same with the car encoded already (by an Ahead).
    DocumentTable::Written write(const Vehicle &vehicle, const QString &source, const Encoded &encoded, QString *error);

    std::optional<QList<Vehicle>> vehicles(QString *error = nullptr) const;
    /// The same cars kept compactly, for the in-memory search (a hundred bytes a car). Stops
    /// early, with nullopt and no error, once `stop` is set (the kiosk is quitting).
    std::optional<VehicleStore> vehicleStore(QString *error = nullptr, const std::atomic_bool *stop = nullptr) const;
    std::optional<qsizetype> count(QString *error = nullptr) const;
    struct Holder {
        QString id;
        QString source;
    };
    /// The live car that holds `vin`, if one does.
    std::optional<Holder> holderOfVin(const QString &vin, QString *error = nullptr) const;
    /// Whether a car with `vin` was in the stock and has left it (sold, or gone from its feed)
    /// with no live car holding that VIN now.
    bool wasListed(const QString &vin, QString *error = nullptr) const;
    /// Every live car's VIN with its holder: what the unique VIN index says, for a bulk write
    /// that checks VINs itself while the index is set aside.
    std::optional<QHash<QString, Holder>> liveVins(QString *error = nullptr) const;

    /// For a bulk write inside the caller's transaction: the stock's unique VIN index is set
    /// aside, and built again in one pass afterwards, as its own definition says. Rolled back
    /// with the transaction, it is simply there again. So are the triggers that count the
    /// stock's changes while its generation is stood aside (StockGeneration::standAside): they
    /// count nothing then.
    /// The table's CHECK constraints are set aside meanwhile too (SQLite builds a temporary table
    /// for the condition's IN list on every row it checks): the caller keeps VINs unique
    /// (liveVins) and writes only cars that meetTableChecks(); building the index checks the
    /// VINs again. The checks come back at finish(), or when the BulkWrite ends.
    class BulkWrite
    {
    public:
        explicit BulkWrite(QSqlDatabase db);
        ~BulkWrite();
        BulkWrite(const BulkWrite &) = delete;
        BulkWrite &operator=(const BulkWrite &) = delete;
        bool begin(QString *error);
        bool finish(QString *error);

    private:
        void restoreChecks();

        QSqlDatabase m_db;
        QStringList m_definitions; ///< the CREATE INDEX and CREATE TRIGGER statements set aside
        bool m_checksOff = false;
    };
    /// Whether `vehicle` meets the vehicle table's CHECK constraints as the schema states them (a
    /// VIN of 17 characters, a known condition, a price above zero), for a BulkWrite's caller.
    static bool meetsTableChecks(const Vehicle &vehicle);
    /// A live car of a source as stored: when it joined the stock, when it last changed, and its
    /// document's digest (VehicleRecord::digest).
    struct Listed {
        QDate added;
        QDateTime updated;
        quint64 digest = 0;
    };
    /// Each live car of `source` as stored, by id.
    std::optional<QHash<QString, Listed>> listed(const QString &source, QString *error = nullptr) const;
    /// The stored documents of the live stock, ordered by id: what an export prints.
    std::optional<QJsonArray> documents(QString *error = nullptr) const;

    DocumentTable &table() { return m_table; }

private:
    bool read(const std::function<void(Vehicle &&)> &take, qsizetype *count, QString *error,
              const std::atomic_bool *stop = nullptr) const;
    /// Each live car's whole record (VehicleRecord::appendWhole: its stored document with its
    /// row's columns; with every field, VehicleRecord::withDefaults, when `exported`), in the
    /// file's order, until `take` says false.
    bool forEachRecord(const std::function<bool(const QJsonObject &)> &take, QString *error, bool exported = false) const;

    QSqlDatabase m_db;
    DocumentTable m_table;
    // write()'s buffer, and the source and change stamp it encoded last (a feed's cars share them).
    QByteArray m_encoded;
    QString m_source;
    QByteArray m_sourceText;
    QDateTime m_updated;
    QByteArray m_updatedText;
};

/// A list of cars encoded on a thread of its own, in order, ahead of the writes that take them:
/// the writer is left SQLite's share of the work. The thread stays at most kWindow cars, and a few
/// megabytes of encodings, ahead of the writer, in room used again as the writer moves on: a
/// hundred thousand cars' encodings would be 50 MB more memory at an import's peak, each megabyte
/// of it new to the process. Without a thread to be had, started() is false and the writer
/// encodes each car itself.
class VehicleRows::Ahead
{
public:
    /// How many cars the thread encodes at most ahead of the writer's.
    static constexpr qsizetype kWindow = 8192;
    /// The room their encodings take turns in: kBlocks blocks of kBlockBytes (a block grows for a
    /// car larger than it).
    static constexpr qsizetype kBlocks = 4;
    static constexpr qsizetype kBlockBytes = qsizetype(2) << 20;

    /// Encodes `cars`, bar those whose ids are in `passedBy` (the writer takes none of them).
    explicit Ahead(const QList<Vehicle> &cars, const QSet<QString> &passedBy = {});
    ~Ahead();
    Ahead(const Ahead &) = delete;
    Ahead &operator=(const Ahead &) = delete;

    bool started() const { return m_started; }
    /// Whether every car is encoded; the thread is then done with its work.
    bool done() const { return ready() == m_cars.size(); }
    /// Car `i`'s encoding, waited for if it is not ready yet. Cars are taken in order, each once:
    /// taking car `i` gives back the room of those before it, so the encoding is valid until the
    /// next at().
    const Encoded &at(qsizetype i);
    /// How many cars are encoded so far.
    qsizetype ready() const { return m_ready.load(std::memory_order_acquire); }
    /// Stops the encoding where it is and waits for the thread; at() then has only ready() cars.
    void stop();

private:
    void run();
    /// Encodes car `i` into the next room free; false when stopped while waiting for room.
    bool encodeAt(qsizetype i);
    /// Waits until the writer has taken car `car` (or has stopped the encoding); false when stopped.
    bool waitTaken(qsizetype car);

    const QList<Vehicle> m_cars; // shared: the encoder reads them, nobody changes them
    const QSet<QString> m_passedBy;
    std::vector<Encoded> m_encoded; // car i's at i % kWindow
    struct Block {
        std::unique_ptr<char[]> bytes;
        qsizetype size = 0;
        qsizetype endCar = 0; ///< one past the last car encoded into it
    };
    std::vector<Block> m_blocks; // the thread's own until it is joined
    // The thread's: the block it fills, how much of it is used, and a car's encoding as it is made.
    qsizetype m_block = 0;
    qsizetype m_used = 0;
    QByteArray m_scratch;
    std::atomic<qsizetype> m_ready{0};
    std::atomic<qsizetype> m_taken{0}; ///< the car the writer took last: those before it are done with
    std::atomic_bool m_stop{false};
    bool m_started = false;
    std::thread m_thread;
};
