#include "inventoryservice.h"

#include <QtConcurrent>

namespace {
std::shared_ptr<const InventoryService::Snapshot> make(QList<Vehicle> vehicles, Catalog catalog)
{
    auto s = std::make_shared<InventoryService::Snapshot>();
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
        m_snapshot = m_watcher.result();
        emit changed();
    });
}

void InventoryService::rebuild(QList<Vehicle> vehicles, Catalog catalog)
{
    m_watcher.setFuture(QtConcurrent::run(&make, std::move(vehicles), std::move(catalog)));
}

void InventoryService::rebuildNow(QList<Vehicle> vehicles, Catalog catalog)
{
    m_snapshot = make(std::move(vehicles), std::move(catalog));
    emit changed();
}
