// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventoryindex.h"
#include "inventory/stockgeneration.h"
#include "inventory/vehiclestore.h"

#include <QString>

#include <atomic>
#include <memory>

/// The finder's stock and search index as one file beside the database, so a start reads one
/// file instead of rebuilding both from SQL. The database stays the only source of truth: the
/// file names the database and the stock generation it was made from (StockGeneration), and a
/// file that is missing, cut short, damaged, of another format or database, or older than the
/// stock is refused, to be built again from the database.
///
/// Layout (little-endian): a fixed header — magic "VTRSTOCK", format version, header size,
/// payload length, a 64-bit checksum of header and payload, the generation, the database id,
/// the number of cars, the catalog's generation — then the payload: the store's rows as plain
/// records, its strings in string tables (offsets, then UTF-16 text), and the index's columns,
/// bitmaps and sort orders as arrays, each aligned to 8 bytes. Written to a temporary file, synced and renamed over the
/// old one, so a reader sees a whole old file or a whole new one, never half of either.
class StockSnapshot
{
public:
    enum class Verdict {
        Loaded,
        Missing,
        Truncated,    ///< shorter (or longer) than its header says
        Foreign,      ///< not a snapshot, or one of another database
        OtherVersion, ///< another format version
        Damaged,      ///< checksum or structure wrong
        Stale,        ///< made from an older (or newer) stock of this database
        Stopped,      ///< the reader was asked to stop
    };
    struct Contents {
        VehicleStore vehicles;
        std::shared_ptr<const InventoryIndex> index;
    };
    /// 2: a store's option lists as numbers into its names, read in place (1: a string table each).
    static constexpr quint32 kFormatVersion = 2;

    /// Where the snapshot of the database at `databasePath` lives: beside it.
    static QString pathFor(const QString &databasePath);
    /// Writes atomically (temporary file, fsync, rename, fsync of the folder). Stops early, leaving
    /// the old file as it was, once `stop` is set.
    static bool write(const QString &path, const StockGeneration::Marker &marker, const VehicleStore &vehicles,
                      const InventoryIndex &index, const std::atomic_bool *stop = nullptr, QString *error = nullptr);
    /// Maps the file and reads it back into `out` when it holds exactly the stock `expected` names.
    /// With `olderStock`, a file of an older stock under the same catalog is read back too (whole
    /// and checked as ever), and the verdict says Stale: something to show while the stock is read.
    static Verdict read(const QString &path, const StockGeneration::Marker &expected, Contents *out,
                        const std::atomic_bool *stop = nullptr, bool olderStock = false);
    static QString describe(Verdict verdict);
    /// The checksum the header carries: a 64-bit hash of our own (not cryptographic; it finds
    /// damage, not tampering).
    static quint64 checksum(const char *data, qsizetype size, quint64 seed);

private:
    /// Temporary files of writes that never finished, from processes no longer running.
    static void removeLeftovers(const QString &path);
    class Writer;
    class Reader;
    static void put(Writer &w, const VehicleStore &vehicles);
    static void put(Writer &w, const InventoryIndex &index);
    static bool take(Reader &r, VehicleStore *vehicles);
    static bool take(Reader &r, InventoryIndex *index, qsizetype cars);
};
