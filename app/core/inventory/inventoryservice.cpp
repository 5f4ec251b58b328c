// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryservice.h"

#include "catalog/catalogrows.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
std::shared_ptr<const InventoryService::Snapshot> make(VehicleStore vehicles, Catalog catalog)
{
    auto s = std::make_shared<InventoryService::Snapshot>();
    vehicles.finish();
    s->index = InventoryIndex::build(vehicles, catalog);
    s->vehicles = std::move(vehicles);
    s->catalog = std::move(catalog);
    s->catalog.index(); // the lookups point into this copy's lists
    return s;
}
} // namespace

InventoryService::InventoryService(QObject *parent)
    : QObject(parent)
    , m_snapshot(std::make_shared<Snapshot>())
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const Snapshot>>::finished, this, [this] {
        m_building = false;
        if (auto s = m_watcher.result()) {
            m_snapshot = s;
            m_ready = true;
#ifdef __GLIBC__
            // Reading a large stock leaves freed pages in the loader thread's arena: give them
            // back, so what the screen draws next does not add to them.
            malloc_trim(0);
#endif
        }
        emit changed();
        if (m_pending && !m_building)
            startReplace(*std::exchange(m_pending, std::nullopt));
    });
}

InventoryService::~InventoryService()
{
    m_stop->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void InventoryService::rebuild(QList<Vehicle> vehicles, Catalog catalog)
{
    start(QtConcurrent::run([vehicles = std::move(vehicles), catalog = std::move(catalog)]() mutable {
        return make(VehicleStore::from(vehicles), std::move(catalog));
    }));
}

void InventoryService::rebuildNow(QList<Vehicle> vehicles, Catalog catalog)
{
    m_snapshot = make(VehicleStore::from(vehicles), std::move(catalog));
    m_ready = true;
    emit changed();
}

void InventoryService::replace(QSet<QString> removed, QList<Vehicle> written, Catalog catalog)
{
    if (!m_building && !m_pending) {
        startReplace({std::move(removed), std::move(written), std::move(catalog)});
        return;
    }
    // Later changes win: a car written again or removed since replaces what was pending for it.
    Replacement &p = m_pending ? *m_pending : m_pending.emplace();
    QSet<QString> touched = removed;
    for (const Vehicle &v : std::as_const(written))
        touched.insert(v.id);
    p.written.removeIf([&touched](const Vehicle &v) { return touched.contains(v.id); });
    p.written += written;
    p.removed += removed;
    p.catalog = std::move(catalog);
}

void InventoryService::start(QFuture<std::shared_ptr<const Snapshot>> build)
{
    m_building = true;
    m_watcher.setFuture(build);
}

void InventoryService::startReplace(Replacement replacement)
{
    start(QtConcurrent::run([old = m_snapshot, removed = std::move(replacement.removed), written = std::move(replacement.written),
                             catalog = std::move(replacement.catalog)]() mutable {
        // A new version replaces the old car in its place. The ids are hashed on the smaller side:
        // a dealer's first feed writes a hundred thousand cars over a stock of a few hundred.
        std::vector<bool> gone(size_t(old->vehicles.size()), false);
        if (old->vehicles.size() < written.size()) {
            QHash<QString, qsizetype> position;
            for (qsizetype i = 0; i < old->vehicles.size(); ++i)
                position.insert(old->vehicles.idAt(i), i);
            for (const Vehicle &v : std::as_const(written)) {
                if (const auto it = position.constFind(v.id); it != position.constEnd())
                    gone[size_t(*it)] = true;
            }
        } else {
            for (const Vehicle &v : std::as_const(written))
                removed.insert(v.id);
        }
        VehicleStore store;
        store.reserve(old->vehicles.size() + written.size());
        for (qsizetype i = 0; i < old->vehicles.size(); ++i) {
            if (!gone[size_t(i)] && !removed.contains(old->vehicles.idAt(i)))
                store.append(old->vehicles.at(i));
        }
        for (const Vehicle &v : std::as_const(written))
            store.append(v);
        return make(std::move(store), std::move(catalog));
    }));
}

void InventoryService::load(const QString &databasePath)
{
    start(QtConcurrent::run([databasePath, stop = m_stop]() -> std::shared_ptr<const Snapshot> {
        // A connection belongs to its thread: this one is opened, used and closed here.
        static QAtomicInt serial;
        const QString name = QStringLiteral("inventory-loader-%1").arg(serial.fetchAndAddRelaxed(1));
        std::optional<Catalog> catalog;
        std::optional<VehicleStore> vehicles;
        {
            auto db = Database::openConnection(databasePath, name);
            if (db) {
                catalog = CatalogRows(*db).catalog();
                vehicles = VehicleRows(*db).vehicleStore(nullptr, stop.get());
                db->close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        // The connection and its page cache are gone before the index is built, at the load's peak.
        if (!catalog || !vehicles || stop->load())
            return std::shared_ptr<const Snapshot>();
        return make(std::move(*vehicles), std::move(*catalog));
    }));
}
