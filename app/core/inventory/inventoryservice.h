// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/inventoryindex.h"
#include "inventory/vehiclestore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

/// Owns the current stock snapshot: rebuilds the index on a worker thread when the stock
/// changes and swaps it in whole, so the finder never waits and a running query keeps the
/// snapshot it started with.
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
    /// Stops a load under way (it checks between cars) and waits for the worker: quitting never
    /// leaves a thread reading the database behind.
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
    void replace(QSet<QString> removed, QList<Vehicle> written, Catalog catalog);
    /// Reads the stock and catalog from the database file on a worker thread with its own
    /// connection, then swaps the snapshot in: start-up never waits for a large stock.
    void load(const QString &databasePath);
    /// True once a snapshot with the stored stock is in.
    bool ready() const { return m_ready; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    bool building() const { return m_building; }

signals:
    void changed();

private:
    struct Replacement {
        QSet<QString> removed;
        QList<Vehicle> written;
        Catalog catalog;
    };
    void startReplace(Replacement replacement);

    /// Starts `build` on a worker; its snapshot is taken when it finishes.
    void start(QFuture<std::shared_ptr<const Snapshot>> build);

    std::shared_ptr<const Snapshot> m_snapshot;
    /// A build started whose snapshot has not been taken yet. Not the watcher's isRunning(): a
    /// build that has finished but whose result is still on its way would be overwritten.
    bool m_building = false;
    /// Imports that came while a snapshot was being built, merged in order.
    std::optional<Replacement> m_pending;
    bool m_ready = false;
    QFutureWatcher<std::shared_ptr<const Snapshot>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};
