// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryservice.h"

#include "catalog/catalogrows.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_LOGGING_CATEGORY(lcInventory, "vitrine.inventory")

namespace {
std::shared_ptr<const InventoryService::Snapshot> make(VehicleStore vehicles, Catalog catalog,
                                                       const std::atomic_bool *stop = nullptr)
{
    auto s = std::make_shared<InventoryService::Snapshot>();
    vehicles.finish();
    s->index = InventoryIndex::build(vehicles, catalog, stop);
    if (!s->index)
        return nullptr; // stopped
    s->vehicles = std::move(vehicles);
    s->catalog = std::move(catalog);
    s->catalog.index(); // the lookups point into this copy's lists
    return s;
}

/// `old` with the cars `removed` gone and the cars `written` in: a new version replaces the old
/// car in its place, new cars follow.
std::shared_ptr<const InventoryService::Snapshot> merged(const InventoryService::Snapshot &old, QSet<QString> removed,
                                                         const QList<Vehicle> &written, Catalog catalog,
                                                         const std::atomic_bool *stop)
{
    // The ids are hashed on the smaller side: a dealer's first feed writes a hundred thousand
    // cars over a stock of a few hundred.
    std::vector<bool> gone(size_t(old.vehicles.size()), false);
    if (old.vehicles.size() < written.size()) {
        QHash<QString, qsizetype> position;
        for (qsizetype i = 0; i < old.vehicles.size(); ++i)
            position.insert(old.vehicles.idAt(i), i);
        for (const Vehicle &v : written) {
            if (const auto it = position.constFind(v.id); it != position.constEnd())
                gone[size_t(*it)] = true;
        }
    } else {
        for (const Vehicle &v : written)
            removed.insert(v.id);
    }
    VehicleStore store;
    store.reserve(old.vehicles.size() + written.size());
    for (qsizetype i = 0; i < old.vehicles.size(); ++i) {
        if (!gone[size_t(i)] && !removed.contains(old.vehicles.idAt(i)))
            store.append(old.vehicles.at(i));
    }
    for (const Vehicle &v : written)
        store.append(v);
    return make(std::move(store), std::move(catalog), stop);
}
} // namespace

InventoryService::InventoryService(QObject *parent)
    : QObject(parent)
    , m_snapshot(std::make_shared<Snapshot>())
{
    m_writer.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, [this] {
        m_building = false;
        const Built built = m_watcher.result();
        if (built.loaded)
            m_lastLoad = built.verdict;
        if (built.marker && built.loaded)
            m_database = built.marker->database;
        if (auto s = built.snapshot) {
            m_snapshot = s;
            m_ready = true;
            m_current = !built.provisional;
            m_generation = built.marker && !built.provisional ? built.marker->generation : 0;
            if (!built.fromFile && built.marker && !m_filePath.isEmpty())
                writeFile(s, *built.marker);
#ifdef __GLIBC__
            if (built.loaded) {
                // Reading a large stock leaves freed pages in the loader thread's arena: give them
                // back, so what the screen draws next does not add to them.
                malloc_trim(0);
            } else {
                // An import's cars swapped in (or a rebuild): the same off this thread, where going
                // through every arena took tens of milliseconds once a hundred thousand cars passed.
                QThreadPool::globalInstance()->start([] { malloc_trim(0); });
            }
#endif
        }
        // The file's older stock is on screen: the stored one follows, imports wait for it.
        if (built.provisional && built.snapshot)
            startLoad(false);
        emit changed();
        if (m_pending && !m_building)
            startReplace(*std::exchange(m_pending, std::nullopt));
    });
}

InventoryService::~InventoryService()
{
    m_stop->store(true);
    if (m_prepared)
        m_prepared->snapshot.waitForFinished();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    m_writer.waitForDone();
}

void InventoryService::rebuild(QList<Vehicle> vehicles, Catalog catalog)
{
    start(QtConcurrent::run([vehicles = std::move(vehicles), catalog = std::move(catalog)]() mutable {
        Built built;
        built.snapshot = make(VehicleStore::from(vehicles), std::move(catalog));
        return built;
    }));
}

void InventoryService::rebuildNow(QList<Vehicle> vehicles, Catalog catalog)
{
    m_snapshot = make(VehicleStore::from(vehicles), std::move(catalog));
    m_ready = true;
    emit changed();
}

void InventoryService::replace(QSet<QString> removed, QList<Vehicle> written, Catalog catalog, StockGeneration::Step generation)
{
    if (!m_building && !m_pending) {
        startReplace({std::move(removed), std::move(written), std::move(catalog), generation});
        return;
    }
    // Later changes win: a car written again or removed since replaces what was pending for it.
    const bool first = !m_pending;
    Replacement &p = m_pending ? *m_pending : m_pending.emplace();
    QSet<QString> touched = removed;
    for (const Vehicle &v : std::as_const(written))
        touched.insert(v.id);
    p.written.removeIf([&touched](const Vehicle &v) { return touched.contains(v.id); });
    p.written += written;
    p.removed += removed;
    p.catalog = std::move(catalog);
    // The merged change runs from the first import's stock to the last's, when each started where
    // the one before it ended.
    if (first)
        p.generation = generation;
    else
        p.generation.after = p.generation.after && p.generation.after->generation == generation.before ? generation.after
                                                                                                       : std::nullopt;
}

void InventoryService::start(QFuture<Built> build)
{
    m_building = true;
    m_watcher.setFuture(build);
}

std::optional<StockGeneration::Marker> InventoryService::markerAfter(const StockGeneration::Step &generation) const
{
    // Only a change made to exactly the stock in here leaves the stock it names.
    if (m_generation && generation.before == m_generation && generation.after && generation.after->database == m_database)
        return generation.after;
    return std::nullopt;
}

void InventoryService::startReplace(Replacement replacement)
{
    m_prepared.reset(); // built over the snapshot this one replaces
    start(QtConcurrent::run([old = m_snapshot, removed = std::move(replacement.removed), written = std::move(replacement.written),
                             catalog = std::move(replacement.catalog), marker = markerAfter(replacement.generation),
                             stop = m_stop]() mutable {
        Built built;
        built.snapshot = merged(*old, std::move(removed), written, std::move(catalog), stop.get());
        built.marker = marker;
        return built;
    }));
}

void InventoryService::prepare(QSet<QString> removed, QList<Vehicle> written, std::shared_ptr<const Catalog> catalog)
{
    // Over a snapshot that stays until the replace(): not while another is being built.
    m_prepared.reset();
    if (!m_ready || m_building || m_pending || !catalog)
        return;
    Prepared p{m_snapshot, removed, written, catalog, {}};
    p.snapshot = QtConcurrent::run(
        [old = m_snapshot, removed = std::move(removed), written = std::move(written), catalog = std::move(catalog),
         stop = m_stop]() mutable { return merged(*old, std::move(removed), written, *catalog, stop.get()); });
    m_prepared = std::move(p);
}

void InventoryService::replace(QSet<QString> removed, QList<Vehicle> written, std::shared_ptr<const Catalog> catalog,
                               StockGeneration::Step generation)
{
    std::optional<Prepared> prepared = std::exchange(m_prepared, std::nullopt);
    if (prepared && !m_building && !m_pending && prepared->base == m_snapshot && prepared->catalog == catalog
        && prepared->written.constData() == written.constData() && prepared->written.size() == written.size()
        && prepared->removed == removed) {
        ++m_adopted;
        // The import's hundred thousand cars are let go on the pool's threads, beside the snapshot's
        // delivery: freeing them here, on the screen's thread, took a frame's time and more
        // (12 ms, vitrine-bench --feeds), and before the delivery would delay it as much.
        QFuture<std::shared_ptr<const Snapshot>> building = prepared->snapshot;
        start(building.then(QtFuture::Launch::Async,
                            [marker = markerAfter(generation), cars = std::move(written),
                             prepared = std::move(*prepared)](std::shared_ptr<const Snapshot> snapshot) mutable {
                                QThreadPool::globalInstance()->start(
                                    [cars = std::exchange(cars, {}), prepared = std::exchange(prepared, {})]() mutable {
                                        cars = {};
                                        prepared = {};
                                    });
                                Built built;
                                built.snapshot = std::move(snapshot);
                                built.marker = marker;
                                return built;
                            }));
        return;
    }
    if (!catalog)
        return;
    replace(std::move(removed), std::move(written), Catalog(*catalog), generation);
}

void InventoryService::writeFile(std::shared_ptr<const Snapshot> snapshot, StockGeneration::Marker marker)
{
    m_latestWrite->store(marker.generation);
    m_writer.start([this, snapshot = std::move(snapshot), marker, path = m_filePath, stop = m_stop, latest = m_latestWrite] {
        if (latest->load() != marker.generation)
            return; // a newer stock is on its way to the file
        const bool ok = StockSnapshot::write(path, marker, snapshot->vehicles, *snapshot->index, stop.get());
        qCDebug(lcInventory) << "snapshot file" << (ok ? "written" : "not written") << "at generation" << marker.generation;
        QMetaObject::invokeMethod(
            this, [this, ok] { emit snapshotFileWritten(ok); }, Qt::QueuedConnection);
    });
}

void InventoryService::load(const QString &databasePath)
{
    m_databasePath = databasePath;
    m_filePath = StockSnapshot::pathFor(databasePath);
    startLoad(true);
}

void InventoryService::startLoad(bool readFile)
{
    start(QtConcurrent::run([databasePath = m_databasePath, file = readFile ? m_filePath : QString(), stop = m_stop,
                             showOlder = !m_ready, why = readFile ? StockSnapshot::Verdict::Missing : m_lastLoad]() -> Built {
        // A connection belongs to its thread: this one is opened, used and closed here.
        static QAtomicInt serial;
        const QString name = QStringLiteral("inventory-loader-%1").arg(serial.fetchAndAddRelaxed(1));
        Built built;
        built.loaded = true;
        built.verdict = why; // what a follow-up read after an older stock was shown says
        std::optional<Catalog> catalog;
        std::optional<VehicleStore> vehicles;
        StockSnapshot::Contents contents;
        {
            auto db = Database::openConnection(databasePath, name);
            // One read transaction: the marker names exactly the catalog and stock read with it.
            if (db && db->transaction()) {
                built.marker = StockGeneration(*db).read();
                catalog = CatalogRows(*db).catalog();
                // Nothing on screen yet: an older stock under the same catalog is shown meanwhile.
                if (catalog && built.marker && !file.isEmpty())
                    built.verdict = StockSnapshot::read(file, *built.marker, &contents, stop.get(), showOlder);
                if (contents.index) {
                    built.fromFile = true;
                    built.provisional = built.verdict != StockSnapshot::Verdict::Loaded;
                } else if (catalog && !stop->load()) {
                    vehicles = VehicleRows(*db).vehicleStore(nullptr, stop.get());
                }
                db->rollback();
            }
            if (db)
                db->close();
        }
        QSqlDatabase::removeDatabase(name);
        if (built.verdict != StockSnapshot::Verdict::Loaded && !stop->load() && !file.isEmpty())
            qCInfo(lcInventory) << "stock snapshot" << StockSnapshot::describe(built.verdict)
                                << (built.provisional ? "- shown while the stock is read from the database"
                                                      : "- reading the stock from the database");
        if (!catalog || stop->load())
            return built;
        if (built.fromFile) {
            auto s = std::make_shared<Snapshot>();
            s->vehicles = std::move(contents.vehicles);
            s->index = std::move(contents.index);
            s->catalog = std::move(*catalog);
            s->catalog.index(); // the lookups point into this copy's lists
            built.snapshot = std::move(s);
            return built;
        }
        // The connection and its page cache are gone before the index is built, at the load's peak.
        if (vehicles)
            built.snapshot = make(std::move(*vehicles), std::move(*catalog), stop.get());
        return built;
    }));
}
