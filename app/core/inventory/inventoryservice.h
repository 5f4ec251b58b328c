// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/inventoryindex.h"
#include "inventory/stockgeneration.h"
#include "inventory/stocksnapshot.h"
#include "inventory/vehiclestore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

/// Owns the current stock snapshot: rebuilds the index on a worker thread when the stock
/// changes and swaps it in whole, so the finder never waits and a running query keeps the
/// snapshot it started with. Keeps it as a file beside the database too (StockSnapshot), written
/// on a worker after each load from the database and each import, so the next start reads that
/// file rather than rebuilding from SQL.
class InventoryService : public QObject
{
    Q_OBJECT
public:
    struct Snapshot {
        VehicleStore vehicles; ///< compact; at(i) gives a whole car
        Catalog catalog;
        std::shared_ptr<const InventoryIndex> index;
    };

    explicit InventoryService(QObject *parent = nullptr);
    /// Stops a load or a snapshot write under way (they check between cars and between parts) and
    /// waits for the workers: quitting never waits for a load, nor leaves a thread behind.
    ~InventoryService() override;

    /// Starts building a new snapshot off the calling thread; `changed` follows when it is in.
    void rebuild(QList<Vehicle> vehicles, Catalog catalog);
    /// Builds on the calling thread (start-up with a small stock, tests).
    void rebuildNow(QList<Vehicle> vehicles, Catalog catalog);
    /// Swaps in the stock after an import without reading it all back: over the current
    /// snapshot, the cars `removed` leave and the cars `written` replace or join them, under the
    /// catalog as now stored. Built on a worker; `changed` follows. While another snapshot is
    /// being built (the stock still loading, an earlier import), it waits for that one and goes
    /// over it, so no import is ever lost by being swapped in over an older stock.
    /// `generation` is the import's step (FeedReport::StockChange): when it starts from the stock
    /// in here, the snapshot file is brought up to date; otherwise (someone else wrote meanwhile,
    /// or unknown) the file is left for the next start to find stale and rebuild.
    void replace(QSet<QString> removed, QList<Vehicle> written, Catalog catalog, StockGeneration::Step generation = {});
    /// An import announced while it is still being stored (FeedImporter::Options::checked): the
    /// snapshot after it is built meanwhile, on another core, over the snapshot in now. Nothing
    /// changes on screen. The replace() that follows with exactly these cars (the same list, not
    /// a copy), the same removals and this catalog (the same object) swaps that snapshot in
    /// without building it again; any other change, or a snapshot swapped in meanwhile, lets it go.
    void prepare(QSet<QString> removed, QList<Vehicle> written, std::shared_ptr<const Catalog> catalog);
    /// replace() under a catalog shared with prepare().
    void replace(QSet<QString> removed, QList<Vehicle> written, std::shared_ptr<const Catalog> catalog,
                 StockGeneration::Step generation = {});
    /// The import prepare() announced was not applied: what was built ahead for it is let go.
    void forgetPrepared() { m_prepared.reset(); }
    /// Whether a prepared snapshot is being held for the replace() that announced it (tests).
    bool prepared() const { return m_prepared.has_value(); }
    /// How many replace() calls swapped in what prepare() had built (tests, benchmarks).
    int adopted() const { return m_adopted; }
    /// Reads the catalog from the database file on a worker thread with its own connection, and
    /// the stock from the snapshot file beside it when that holds the database's current stock,
    /// else from the database (then writing the file afresh); then swaps the snapshot in:
    /// start-up never waits for a large stock.
    void load(const QString &databasePath);
    /// How the last load went: Loaded when it came from the snapshot file, otherwise why the file
    /// was not used and the stock was read from the database.
    StockSnapshot::Verdict lastLoad() const { return m_lastLoad; }
    /// Waits for the snapshot file writes asked for so far (benchmarks, tests, a tidy shutdown).
    void waitForSnapshotFile() { m_writer.waitForDone(); }
    /// True once a snapshot is in: the stored stock, or an older one from the file (see current()).
    bool ready() const { return m_ready; }
    /// False while what is in is the file's older stock, shown while the stored one is read.
    bool current() const { return m_current; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    bool building() const { return m_building; }

signals:
    void changed();
    /// The snapshot file was written afresh (`ok`) or could not be.
    void snapshotFileWritten(bool ok);

private:
    struct Replacement {
        QSet<QString> removed;
        QList<Vehicle> written;
        Catalog catalog;
        StockGeneration::Step generation;
    };
    /// What a worker built, and whether the file beside the database should now be written.
    struct Built {
        std::shared_ptr<const Snapshot> snapshot;
        std::optional<StockGeneration::Marker> marker; ///< the stock it holds, when known
        bool fromFile = false;
        StockSnapshot::Verdict verdict = StockSnapshot::Verdict::Missing;
        bool loaded = false;      ///< a load (rather than a replacement)
        bool provisional = false; ///< the file's older stock: the database's is to be read next
    };
    /// A snapshot built ahead by prepare(), and what it was built from.
    struct Prepared {
        std::shared_ptr<const Snapshot> base;
        QSet<QString> removed;
        QList<Vehicle> written;
        std::shared_ptr<const Catalog> catalog;
        QFuture<std::shared_ptr<const Snapshot>> snapshot;
    };
    void startReplace(Replacement replacement);
    /// The marker of the stock a replacement leaves, when it starts from exactly the stock in here.
    std::optional<StockGeneration::Marker> markerAfter(const StockGeneration::Step &generation) const;
    /// Reads the stock from the database at m_databasePath, and from the file first if `readFile`.
    void startLoad(bool readFile);
    void writeFile(std::shared_ptr<const Snapshot> snapshot, StockGeneration::Marker marker);

    /// Starts `build` on a worker; its snapshot is taken when it finishes.
    void start(QFuture<Built> build);

    std::shared_ptr<const Snapshot> m_snapshot;
    /// A build started whose snapshot has not been taken yet. Not the watcher's isRunning(): a
    /// build that has finished but whose result is still on its way would be overwritten.
    bool m_building = false;
    /// Imports that came while a snapshot was being built, merged in order.
    std::optional<Replacement> m_pending;
    std::optional<Prepared> m_prepared;
    int m_adopted = 0;
    bool m_ready = false;
    bool m_current = true;
    qint64 m_generation = 0; ///< the stock generation of m_snapshot; 0 when unknown
    QString m_databasePath;
    QFutureWatcher<Built> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QString m_filePath; ///< the snapshot file, once load() named the database
    QString m_database; ///< the database's id, once a load read it
    StockSnapshot::Verdict m_lastLoad = StockSnapshot::Verdict::Missing;
    /// One writer at a time, in order; a write a later one supersedes is skipped.
    QThreadPool m_writer;
    std::shared_ptr<std::atomic<qint64>> m_latestWrite = std::make_shared<std::atomic<qint64>>(0);
};
