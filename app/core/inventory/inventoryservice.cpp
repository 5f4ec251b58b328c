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
    m_watcher.setFuture(QtConcurrent::run([vehicles = std::move(vehicles), catalog = std::move(catalog)]() mutable {
        return make(VehicleStore::from(vehicles), std::move(catalog));
    }));
}

void InventoryService::rebuildNow(QList<Vehicle> vehicles, Catalog catalog)
{
    m_snapshot = make(VehicleStore::from(vehicles), std::move(catalog));
    m_ready = true;
    emit changed();
}

void InventoryService::load(const QString &databasePath)
{
    m_watcher.setFuture(QtConcurrent::run([databasePath, stop = m_stop]() -> std::shared_ptr<const Snapshot> {
        // A connection belongs to its thread: this one is opened, used and closed here.
        static QAtomicInt serial;
        const QString name = QStringLiteral("inventory-loader-%1").arg(serial.fetchAndAddRelaxed(1));
        std::shared_ptr<const Snapshot> snapshot;
        {
            auto db = Database::openConnection(databasePath, name);
            if (db) {
                auto catalog = CatalogRows(*db).catalog();
                auto vehicles = VehicleRows(*db).vehicleStore(nullptr, stop.get());
                if (catalog && vehicles && !stop->load())
                    snapshot = make(std::move(*vehicles), std::move(*catalog));
                db->close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return snapshot;
    }));
}
