// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-bench: figures for the performance targets, one JSON object per line.
//   vitrine-bench            100k and 1M vehicles (engine), 100k through plain SQL GROUP BY
//   vitrine-bench --quick    20k vehicles, a few queries: a smoke run for CI
//   vitrine-bench --sql-1m   also run the SQL comparison at 1M (slow)
//   vitrine-bench --feeds    the dealer-feed import alone (100k rows; 10k with --quick)
//   vitrine-bench --filter   the filter change alone (engine at 100k and 1M, beside the bitmap-read bound)
//   vitrine-bench --plain-malloc   any of these without the kiosk unit's GLIBC_TUNABLES (below)
//   vitrine-bench --start    the finder's start alone: from the snapshot file and, beside it, from
//                            SQLite (the rebuild), at 100k cars (20k with --quick; --start-1m adds 1M)
// The feeds figure: a Meta CSV parsed, validated, applied and swapped into the index, beside a
// plain SQLite bulk insert of the same rows (target: 200,000 rows/s and half the plain rate); then
// the same group's feed a day later refreshing that stock (feeds.meta.refresh), as a sync brings it.
// Both also time the configurator's rule resolution (select, deselect, trim change) on the demo
// catalog and on a synthetic 500-option / 300-rule one (target: p95 at most 1 ms).

#include "catalog/catalogrows.h"
#include "common/hugepages.h"
#include "feed/csvreader.h"
#include "feed/feedimporter.h"
#include "feed/feedparser.h"
#include "feed/feedphases.h"
#include "inventory/inventoryindex.h"
#include "inventory/inventoryservice.h"
#include "inventory/stocksnapshot.h"
#include "ruleenginebenchmark.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "syntheticcatalog.h"
#include "syntheticdealerfeed.h"
#include "syntheticstock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <QTimer>
#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <thread>

#include <time.h>

namespace {

void printLine(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/// CPU time the whole process has used (every thread), in milliseconds: on a machine shared with
/// other work the wall clock measures the neighbours too.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// What new memory costs on this machine now: 64 MB mapped afresh, on huge pages as the import's
/// are, written to once a page, and held (ms_per_mb) until release(). On bare metal a few
/// hundredths of a millisecond a megabyte; on a virtual machine whose host backs the guest's memory
/// lazily and takes back what the guest frees (virtio-balloon's free page reporting), anything up
/// to two, for seconds at a time. Taken just before the import and held through it: memory let go
/// comes back cheap for a while, and would speed the import up.
struct FreshMemoryProbe {
    static constexpr size_t kHuge = size_t(2) << 20, kBytes = size_t(64) << 20;
    static constexpr double kMb = 64;
    void *mapped = MAP_FAILED;
    double msPerMb = -1;

    FreshMemoryProbe()
    {
        mapped = mmap(nullptr, kBytes + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED)
            return;
        auto *const block = reinterpret_cast<char *>((reinterpret_cast<uintptr_t>(mapped) + kHuge - 1) & ~(kHuge - 1));
        HugePages::prefer(block, kBytes);
        QElapsedTimer t;
        t.start();
        for (size_t at = 0; at < kBytes; at += 4096)
            static_cast<volatile char *>(block)[at] = 1;
        msPerMb = t.nsecsElapsed() / 1e6 / kMb;
    }
    /// The resident megabytes it holds, to take off a peak read while it is held.
    double residentMb() const { return mapped == MAP_FAILED ? 0 : kMb; }
    void release()
    {
        if (mapped != MAP_FAILED)
            munmap(mapped, kBytes + kHuge);
        mapped = MAP_FAILED;
    }
    ~FreshMemoryProbe() { release(); }
};

/// Starts a new peak: VmHWM counts from here (Linux 4.0 and later).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/// How much more two threads get done than one on this machine: the same arithmetic on one
/// thread, then on two at once. 2 where the two cores are real; near 1 where they share one (a
/// virtual machine's two threads of one core), and work moved to the second core then saves little.
double twoThreadSpeedup()
{
    const auto spin = [] {
        volatile double sink = 0;
        double x = 0;
        for (int i = 0; i < 100'000'000; ++i)
            x += i * 0.5;
        sink = x;
        (void)sink;
    };
    QElapsedTimer t;
    t.start();
    spin();
    const double one = t.nsecsElapsed();
    t.restart();
    std::thread other(spin);
    spin();
    other.join();
    return 2 * one / double(t.nsecsElapsed());
}

struct Stats {
    double p50, p95, max;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    return {at(0.5), at(0.95), ms.back()};
}

// A visitor's walk through the filters: each step changes one thing, like a finger would.
QList<InventoryFilter> filterMix(const Catalog &c, int steps)
{
    QRandomGenerator rng(4242);
    QList<InventoryFilter> mix;
    InventoryFilter f;
    const Studio &oslo = c.studios.first();
    QStringList paints, equipment;
    for (const CatalogOption &o : c.options) {
        if (o.kind == OptionKind::Paint)
            paints << o.id;
        else if (o.kind == OptionKind::Equipment || o.kind == OptionKind::Package)
            equipment << o.id;
    }
    const QStringList texts{QStringLiteral("blue"),   QStringLiteral("sport chrono"),
                            QStringLiteral("aster"),  QStringLiteral("Wärmepumpe"),
                            QStringLiteral("峡湾蓝"), QStringLiteral("gts blue sport chrono")};
    for (int i = 0; i < steps; ++i) {
        switch (rng.bounded(9)) {
        case 0:
            f.selected[QStringLiteral("condition")] = {rng.bounded(2) ? QStringLiteral("new") : QStringLiteral("cpo")};
            break;
        case 1:
            f.selected[QStringLiteral("line")] = {c.lines.at(rng.bounded(int(c.lines.size()))).id};
            break;
        case 2:
            f.selected[QStringLiteral("paint")] = {paints.at(rng.bounded(int(paints.size())))};
            break;
        case 3:
            f.priceMaxMinor = qint64(rng.bounded(40000, 150000)) * 100;
            break;
        case 4:
            f.equipment = {equipment.at(rng.bounded(int(equipment.size())))};
            break;
        case 5:
            f.text = texts.at(rng.bounded(int(texts.size())));
            break;
        case 6:
            f.originLat = oslo.lat;
            f.originLon = oslo.lon;
            f.radiusKm = rng.bounded(50, 2000);
            f.sort = InventoryFilter::Sort::Distance;
            break;
        case 7:
            f.sort = rng.bounded(2) ? InventoryFilter::Sort::PriceAscending : InventoryFilter::Sort::Newest;
            break;
        default:
            // Taking a chip off.
            if (!f.selected.isEmpty()) {
                QStringList keys = f.selected.keys();
                keys.sort(); // the same mix every run, whatever order the hash keeps them in
                f.selected.remove(keys.at(rng.bounded(int(keys.size()))));
            }
            f.text.clear();
            f.equipment.clear();
            break;
        }
        if (f.sort == InventoryFilter::Sort::Distance && !f.hasOrigin())
            f.sort = InventoryFilter::Sort::RecentlyAdded;
        mix << f;
    }
    return mix;
}

Catalog demoCatalog()
{
    QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo feed");
    const auto parsed = FeedParser::parse(file.readAll());
    return FeedParser::catalogOf(*parsed.feed);
}

void benchEngine(const Catalog &c, const QList<Vehicle> &stock, const QList<InventoryFilter> &mix, int repeats)
{
    QElapsedTimer t;
    t.start();
    const auto index = InventoryIndex::build(stock, c);
    const double buildMs = t.nsecsElapsed() / 1e6;
    printLine({{QStringLiteral("bench"), QStringLiteral("inventory.build")},
               {QStringLiteral("vehicles"), stock.size()},
               {QStringLiteral("ms"), buildMs},
               {QStringLiteral("peak_rss_mb"), rssMb()}});
    std::vector<double> ms;
    qsizetype checksum = 0;
    for (int r = 0; r < repeats; ++r) {
        for (const InventoryFilter &f : mix) {
            t.restart();
            const auto result = index->query(f);
            ms.push_back(t.nsecsElapsed() / 1e6);
            checksum += result.total + result.page.size() + result.facets.size() + result.equipment.size();
        }
    }
    const Stats s = stats(ms);
    // The bound: every bitmap a filter change counts through, read once (as fast as the memory
    // gives them), timed the same way, between the same queries so the caches are as cold.
    std::vector<double> boundMs;
    qsizetype bitmapBytes = 0;
    for (int r = 0; r < 5; ++r) {
        for (const InventoryFilter &f : mix.mid(0, 20)) {
            checksum += index->query(f).total;
            t.restart();
            checksum += index->readBitmapsOnce(&bitmapBytes);
            boundMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    const Stats bound = stats(boundMs);
    printLine({{QStringLiteral("bench"), QStringLiteral("inventory.filter")},
               {QStringLiteral("vehicles"), stock.size()},
               {QStringLiteral("queries"), int(ms.size())},
               {QStringLiteral("p50_ms"), s.p50},
               {QStringLiteral("p95_ms"), s.p95},
               {QStringLiteral("max_ms"), s.max},
               {QStringLiteral("bound_p50_ms"), bound.p50},
               {QStringLiteral("p95_of_bound"), s.p95 / bound.p50},
               {QStringLiteral("bitmaps_mb"), bitmapBytes / 1e6},
               {QStringLiteral("target_p95_ms"), stock.size() > 100000 ? 5.0 : 0.5},
               {QStringLiteral("facets"), 10},
               {QStringLiteral("equipment_values"), index->query({}).equipment.size()},
               {QStringLiteral("page"), 24},
               {QStringLiteral("checksum"), checksum}});
}

// The same work the obvious way: one GROUP BY per facet on a real SQLite file.
void benchSql(const Catalog &c, const QList<Vehicle> &stock, const QList<InventoryFilter> &mix)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::openConnection(path, QStringLiteral("bench"));
    if (!db)
        return;
    QSqlQuery q(*db);
    q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    q.exec(QStringLiteral("CREATE TABLE v (pos INTEGER PRIMARY KEY, id TEXT, line TEXT, model TEXT, trim TEXT, body TEXT, "
                          "condition TEXT, powertrain TEXT, paint TEXT, interior TEXT, location TEXT, status TEXT, "
                          "price INTEGER, year INTEGER, km REAL, added TEXT)"));
    q.exec(QStringLiteral("CREATE TABLE e (pos INTEGER, option TEXT)"));
    QElapsedTimer t;
    t.start();
    q.exec(QStringLiteral("BEGIN"));
    QSqlQuery insert(*db), equip(*db);
    insert.prepare(QStringLiteral("INSERT INTO v VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    equip.prepare(QStringLiteral("INSERT INTO e VALUES (?,?)"));
    for (qsizetype i = 0; i < stock.size(); ++i) {
        const Vehicle &v = stock.at(i);
        const CarModel *m = c.model(v.model);
        for (const QVariant &x :
             QVariantList{qlonglong(i), v.id, m->line, v.model, v.trim, m->body, Vehicle::conditionName(v.condition),
                          m->powertrain, v.paint, v.interior, v.location, Vehicle::statusName(v.status), v.price.minor, v.year,
                          v.mileage.kilometres(), v.added.toString(Qt::ISODate)})
            insert.addBindValue(x);
        insert.exec();
        QSet<QString> has(c.trim(v.trim)->standard.cbegin(), c.trim(v.trim)->standard.cend());
        for (const QString &o : v.options) {
            has.insert(o);
            for (const QString &content : c.option(o)->contents)
                has.insert(content);
        }
        for (const QString &o : has) {
            equip.addBindValue(qlonglong(i));
            equip.addBindValue(o);
            equip.exec();
        }
    }
    q.exec(QStringLiteral("COMMIT"));
    for (const char *column :
         {"line", "model", "trim", "body", "condition", "powertrain", "paint", "interior", "location", "status", "price"})
        q.exec(QStringLiteral("CREATE INDEX v_%1 ON v(%1)").arg(QLatin1String(column)));
    q.exec(QStringLiteral("CREATE INDEX e_option ON e(option, pos)"));
    q.exec(QStringLiteral("ANALYZE"));
    printLine({{QStringLiteral("bench"), QStringLiteral("inventory.sql.load")},
               {QStringLiteral("vehicles"), stock.size()},
               {QStringLiteral("ms"), t.nsecsElapsed() / 1e6}});

    const auto where = [](const InventoryFilter &f, const QString &except) {
        QStringList clauses{QStringLiteral("1")};
        for (auto it = f.selected.cbegin(); it != f.selected.cend(); ++it) {
            if (it.key() == except)
                continue;
            QStringList quoted;
            for (const QString &value : *it)
                quoted << QLatin1Char('\'') + value + QLatin1Char('\'');
            clauses << QStringLiteral("%1 IN (%2)").arg(it.key(), quoted.join(QLatin1Char(',')));
        }
        if (f.priceMaxMinor)
            clauses << QStringLiteral("price <= %1").arg(*f.priceMaxMinor);
        for (const QString &o : f.equipment)
            if (except != QLatin1String("equipment"))
                clauses << QStringLiteral("pos IN (SELECT pos FROM e WHERE option = '%1')").arg(o);
        return clauses.join(QStringLiteral(" AND "));
    };
    std::vector<double> ms;
    for (const InventoryFilter &f : mix) {
        t.restart();
        QSqlQuery s(*db);
        s.exec(QStringLiteral("SELECT count(*) FROM v WHERE %1").arg(where(f, {})));
        for (const QString &facet : InventoryFilter::facetNames())
            s.exec(QStringLiteral("SELECT %1, count(*) FROM v WHERE %2 GROUP BY %1").arg(facet, where(f, facet)));
        s.exec(QStringLiteral("SELECT option, count(*) FROM e WHERE pos IN (SELECT pos FROM v WHERE %1) GROUP BY option")
                   .arg(where(f, QStringLiteral("equipment"))));
        s.exec(QStringLiteral("SELECT id FROM v WHERE %1 ORDER BY price, id LIMIT 24").arg(where(f, {})));
        while (s.next()) {
        }
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    const Stats st = stats(ms);
    printLine({{QStringLiteral("bench"), QStringLiteral("inventory.filter.sql")},
               {QStringLiteral("vehicles"), stock.size()},
               {QStringLiteral("queries"), int(ms.size())},
               {QStringLiteral("p50_ms"), st.p50},
               {QStringLiteral("p95_ms"), st.p95},
               {QStringLiteral("max_ms"), st.max},
               {QStringLiteral("note"), QStringLiteral("no free text or distance: SQL gets the easier mix")}});
    db->close();
    *db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
}

// The same rows the plain way: read with the same CSV reader, one TEXT column per cell, one
// prepared INSERT in one transaction; no checks, no documents, no index. Through QSqlQuery, as
// Vitrine's other tables are written, and through SQLite's own API, as the import writes cars.
double plainInsertMs(const QByteArray &csv, const QString &path, bool sqliteApi, double *cpu)
{
    auto db = Database::openConnection(path, QStringLiteral("plain"));
    if (!db)
        return 0;
    QElapsedTimer t;
    t.start();
    const double cpuBefore = cpuMs();
    {
        QStringList columns, marks;
        for (int c = 0; c < SyntheticDealerFeed::columns(); ++c) {
            columns << QStringLiteral("c%1 TEXT").arg(c);
            marks << QStringLiteral("?");
        }
        QSqlQuery q(*db);
        q.exec(QStringLiteral("CREATE TABLE plain (%1)").arg(columns.join(QLatin1Char(','))));
        q.exec(QStringLiteral("BEGIN"));
        const QString sql = QStringLiteral("INSERT INTO plain VALUES (%1)").arg(marks.join(QLatin1Char(',')));
        QSqlQuery insert(*db);
        SqliteStatement statement;
        if (sqliteApi)
            statement.prepare(*db, sql, nullptr);
        else
            insert.prepare(sql);
        CsvReader reader(csv);
        CsvReader::Record r;
        reader.next(&r); // the header
        while (reader.next(&r)) {
            for (int c = 0; c < r.fields.size(); ++c) {
                if (sqliteApi)
                    statement.bindText(c, r.fields.at(c));
                else
                    insert.bindValue(c, QString::fromUtf8(r.fields.at(c)));
            }
            if (sqliteApi)
                statement.step();
            else
                insert.exec();
        }
        q.exec(QStringLiteral("COMMIT"));
    }
    const double ms = t.nsecsElapsed() / 1e6;
    *cpu = cpuMs() - cpuBefore;
    db->close();
    *db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return ms;
}

// A dealer group's whole stock arriving as one Meta CSV: read, checked, stored in one
// transaction and swapped into the finder's index, as the kiosk does after a sync.
void benchFeeds(qsizetype rows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feeds.sqlite"));
    if (!Database::open(path, QStringLiteral("feeds")).ok())
        qFatal("cannot open the benchmark database");
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("feeds"));
        FeedImporter importer(db);
        if (!importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied)
            qFatal("cannot import the demo feed");
        const QByteArray csv = SyntheticDealerFeed::metaCsv(rows, 7);
        // The kiosk as it runs: the stock it had before the feed arrived is in the finder.
        InventoryService service;
        QEventLoop loop;
        QObject::connect(&service, &InventoryService::changed, &loop, &QEventLoop::quit);
        service.load(path);
        loop.exec();
        // An import's stock swapped into the finder, as the kiosk does.
        const auto swapIn = [&service, &db](FeedImporter::Report &imported) {
            // A stock too small to announce (FeedApplier::kBulkCars) is built after the import.
            if (imported.stock.catalog)
                service.replace(std::move(imported.stock.removed), std::move(imported.stock.written), imported.stock.catalog);
            else
                service.replace(std::move(imported.stock.removed), std::move(imported.stock.written), *CatalogRows(db).catalog());
            imported.stock = {};
        };
        FreshMemoryProbe probe;
        resetPeak();
        const double baseRss = rssMb() - probe.residentMb();
        QElapsedTimer t;
        t.start();
        const double cpuBefore = cpuMs();
        // An import's time in the kernel (FeedPhases::kernelMs) is mostly the clearing of new memory,
        // which on a virtual machine whose host backs the guest's memory lazily (or takes back what the
        // guest freed) costs some twenty times more for seconds at a time: a run's rows per second are
        // read beside it.
        const double kernelBefore = FeedPhases::kernelMs();
        FeedImporter::Options options;
        options.source = QStringLiteral("meta-bench");
        // As the kiosk does: the finder's next snapshot is built while the cars are stored.
        options.checked = [&service](const QSet<QString> &removed, const QList<Vehicle> &written,
                                     const std::shared_ptr<const Catalog> &catalog) {
            service.prepare(removed, written, catalog);
        };
        // As the sync thread does: the log is checkpointed once the stock is on its way.
        DeferredCheckpoint checkpointLater(db);
        FeedImporter::Report report = importer.importBytes(csv, QStringLiteral("bench.csv"), options);
        const double importMs = t.nsecsElapsed() / 1e6;
        if (!report.applied || report.rejected > 0)
            qFatal("the benchmark feed was not applied whole: %s", qPrintable(report.fatal));
        double docBytes = 0;
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT avg(length(CAST(doc AS BLOB))) FROM vehicle WHERE source = 'meta-bench'"))
                && q.next())
                docBytes = q.value(0).toDouble();
        }
        t.restart();
        swapIn(report);
        loop.exec();
        const double swapMs = t.nsecsElapsed() / 1e6;
        // The kiosk checkpoints on its sync thread while the finder takes the new stock on its own;
        // here both would share one thread, the swap's delivery waiting for the checkpoint: it is
        // timed after the swap instead, apart.
        QElapsedTimer c;
        c.start();
        checkpointLater.checkpoint();
        const double checkpointMs = c.nsecsElapsed() / 1e6;
        const double fileMb = QFileInfo(path).size() / 1e6;
        const double walMb = QFileInfo(path + QStringLiteral("-wal")).size() / 1e6;
        const double cpu = cpuMs() - cpuBefore;
        const double kernel = FeedPhases::kernelMs() - kernelBefore;
        const double peak = rssMb() - probe.residentMb();
        probe.release();
        const qsizetype indexed = service.snapshot()->vehicles.size();
        // For comparison: the whole stock read back from the file, as at start-up.
        t.restart();
        service.load(path);
        loop.exec();
        const double reloadMs = t.nsecsElapsed() / 1e6;
        double plainCpu = 0, plainApiCpu = 0;
        const double plainMs = plainInsertMs(csv, dir.filePath(QStringLiteral("plain.sqlite")), false, &plainCpu);
        const double plainApiMs = plainInsertMs(csv, dir.filePath(QStringLiteral("plain-api.sqlite")), true, &plainApiCpu);
        const double total = importMs + swapMs;
        printLine({{QStringLiteral("bench"), QStringLiteral("feeds.meta")},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("mb"), csv.size() / 1e6},
                   {QStringLiteral("database_mb"), fileMb},
                   {QStringLiteral("wal_mb"), walMb},
                   {QStringLiteral("doc_bytes"), docBytes},
                   {QStringLiteral("import_ms"), importMs},
                   {QStringLiteral("swap_ms"), swapMs},
                   {QStringLiteral("checkpoint_ms"), checkpointMs}, // after the swap: the kiosk's runs on the sync thread
                   {QStringLiteral("built_during_import"), service.adopted() == 1},
                   {QStringLiteral("two_thread_speedup"), twoThreadSpeedup()},
                   {QStringLiteral("glibc_tunables"), QString::fromLocal8Bit(qgetenv("GLIBC_TUNABLES"))},
                   {QStringLiteral("total_ms"), total},
                   {QStringLiteral("reload_from_file_ms"), reloadMs},
                   {QStringLiteral("rows_per_s"), rows / total * 1000},
                   {QStringLiteral("indexed"), indexed},
                   {QStringLiteral("peak_rss_mb"), peak},
                   {QStringLiteral("rss_before_mb"), baseRss},
                   {QStringLiteral("plain_insert_ms"), plainMs},
                   {QStringLiteral("plain_rows_per_s"), rows / plainMs * 1000},
                   {QStringLiteral("of_plain"), plainMs / total},
                   {QStringLiteral("plain_sqlite_api_ms"), plainApiMs},
                   {QStringLiteral("plain_sqlite_api_rows_per_s"), rows / plainApiMs * 1000},
                   {QStringLiteral("of_plain_sqlite_api"), plainApiMs / total},
                   // The same ratios in CPU time, steadier when other work shares the machine.
                   {QStringLiteral("cpu_ms"), cpu},
                   {QStringLiteral("kernel_cpu_ms"), kernel},
                   // The import's new memory (its peak over what the process held before), and what
                   // new memory cost just before: read together, they say how much of a run's time
                   // was the machine's rather than the import's.
                   {QStringLiteral("new_memory_mb"), peak - baseRss},
                   {QStringLiteral("fresh_memory_ms_per_mb"), probe.msPerMb},
                   {QStringLiteral("plain_cpu_ms"), plainCpu},
                   {QStringLiteral("of_plain_cpu"), plainCpu / cpu},
                   {QStringLiteral("of_plain_sqlite_api_cpu"), plainApiCpu / cpu},
                   {QStringLiteral("target_rows_per_s"), 200000},
                   {QStringLiteral("target_of_plain"), 0.5}});

        // The same group's feed a day later, as a sync brings it to the kiosk holding the stock
        // above: a car in fifty sold and as many new, a car in twenty cheaper, the rest alike.
        const QByteArray later = SyntheticDealerFeed::metaCsvLater(rows, 7, 1);
        const int adoptedBefore = service.adopted();
        resetPeak();
        t.restart();
        const double refreshCpuBefore = cpuMs();
        const double refreshKernelBefore = FeedPhases::kernelMs();
        DeferredCheckpoint refreshCheckpoint(db);
        FeedImporter::Report refresh = importer.importBytes(later, QStringLiteral("bench-later.csv"), options);
        const double refreshImportMs = t.nsecsElapsed() / 1e6;
        if (!refresh.applied || refresh.rejected > 0)
            qFatal("the benchmark's later feed was not applied whole: %s", qPrintable(refresh.fatal));
        t.restart();
        swapIn(refresh);
        loop.exec();
        const double refreshSwapMs = t.nsecsElapsed() / 1e6;
        const double refreshCpu = cpuMs() - refreshCpuBefore;
        const double refreshKernel = FeedPhases::kernelMs() - refreshKernelBefore;
        refreshCheckpoint.checkpoint();
        const double refreshTotal = refreshImportMs + refreshSwapMs;
        printLine({{QStringLiteral("bench"), QStringLiteral("feeds.meta.refresh")},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("cars_before"), indexed},
                   {QStringLiteral("removed"), refresh.tombstoned},
                   {QStringLiteral("indexed"), service.snapshot()->vehicles.size()},
                   {QStringLiteral("import_ms"), refreshImportMs},
                   {QStringLiteral("swap_ms"), refreshSwapMs},
                   {QStringLiteral("built_during_import"), service.adopted() == adoptedBefore + 1},
                   {QStringLiteral("total_ms"), refreshTotal},
                   {QStringLiteral("rows_per_s"), rows / refreshTotal * 1000},
                   {QStringLiteral("of_first_import"), total / refreshTotal},
                   {QStringLiteral("of_plain_sqlite_api"), plainApiMs / refreshTotal},
                   {QStringLiteral("peak_rss_mb"), rssMb()},
                   {QStringLiteral("cpu_ms"), refreshCpu},
                   {QStringLiteral("kernel_cpu_ms"), refreshKernel}});
    }
    Database::close(QStringLiteral("feeds"));
}

// The finder's start at `cars`, page cache warm: from load() to the first page of results and
// every facet's counts, read from the snapshot file beside the database, and, in the same run,
// with the file gone (the rebuild from SQLite every start did before the file). Also the file's
// size, the time to write it, and how long a quit waits when it comes in the middle of a load.
void benchStart(qsizetype cars, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("start.sqlite"));
    if (!Database::open(path, QStringLiteral("start")).ok())
        qFatal("cannot open the benchmark database");
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("start"));
        FeedImporter importer(db);
        importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        const auto catalog = CatalogRows(db).catalog();
        // In delta feeds of 100,000 cars: a feed of a million would be a gigabyte and more of JSON.
        const QList<Vehicle> stock = SyntheticStock::vehicles(*catalog, cars, 9);
        for (qsizetype at = 0; at < stock.size(); at += 100000) {
            const auto report = importer.importBytes(SyntheticStock::feed(stock.mid(at, 100000), QStringLiteral("synthetic")),
                                                     QStringLiteral("bench"));
            if (!report.applied)
                qFatal("the benchmark stock was not imported: %s", qPrintable(report.fatal));
        }
    }
    Database::close(QStringLiteral("start"));
    const QString file = StockSnapshot::pathFor(path);

    struct Run {
        double ms = 0;
        double writeMs = 0;
        qsizetype total = 0;
        StockSnapshot::Verdict verdict = StockSnapshot::Verdict::Missing;
        double rssBefore = 0; ///< resident when the load starts
        double peak = 0;      ///< the highest resident from then to the first answer
    };
    const auto start = [&](bool withFile) {
        if (!withFile)
            QFile::remove(file);
        Run run;
        resetPeak();
        run.rssBefore = rssMb();
        InventoryService service;
        QEventLoop loop;
        QObject::connect(&service, &InventoryService::changed, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        service.load(path);
        loop.exec();
        // What the finder asks first: the first page, the total and every facet's counts.
        InventoryFilter first;
        first.limit = 24;
        run.total = service.snapshot()->index->query(first).total;
        run.ms = t.nsecsElapsed() / 1e6;
        run.verdict = service.lastLoad();
        run.peak = rssMb();
        t.restart();
        service.waitForSnapshotFile();
        run.writeMs = t.nsecsElapsed() / 1e6;
        return run;
    };
    start(false); // the page cache warm, the file written
    std::vector<double> fromFile, fromDatabase, writes, fileGrowth, databaseGrowth;
    qsizetype total = 0;
    bool allFromFile = true, noneFromFile = true;
    for (int i = 0; i < runs; ++i) {
        const Run a = start(true);
        fromFile.push_back(a.ms);
        fileGrowth.push_back(a.peak - a.rssBefore);
        allFromFile &= a.verdict == StockSnapshot::Verdict::Loaded;
        total = a.total;
        const Run b = start(false);
        fromDatabase.push_back(b.ms);
        databaseGrowth.push_back(b.peak - b.rssBefore);
        writes.push_back(b.writeMs);
        noneFromFile &= b.verdict != StockSnapshot::Verdict::Loaded;
        if (b.total != a.total)
            qFatal("the snapshot file and the database disagree: %lld and %lld cars", qlonglong(a.total), qlonglong(b.total));
    }
    const double fileMb = QFileInfo(file).size() / 1e6;
    // A quit at moments through a load, from the file and from the database (at 100k the last two
    // come while the file is being written): the longest wait.
    double quitMax = 0;
    for (const bool withFile : {true, false}) {
        for (const int afterMs : {1, 5, 20, 50, 100, 200, 400, 800, 1200, 1300}) {
            if (!withFile)
                QFile::remove(file);
            auto service = std::make_unique<InventoryService>();
            service->load(path);
            // Events run meanwhile, as in the kiosk: a load that ends starts the file's write.
            QEventLoop wait;
            QTimer::singleShot(afterMs, &wait, &QEventLoop::quit);
            wait.exec();
            QElapsedTimer t;
            t.start();
            service.reset();
            quitMax = std::max(quitMax, t.nsecsElapsed() / 1e6);
        }
    }
    const Stats f = stats(fromFile), d = stats(fromDatabase), w = stats(writes);
    printLine({{QStringLiteral("bench"), QStringLiteral("inventory.start")},
               {QStringLiteral("vehicles"), total},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("cache"), QStringLiteral("warm")},
               {QStringLiteral("snapshot_p50_ms"), f.p50},
               {QStringLiteral("snapshot_max_ms"), f.max},
               {QStringLiteral("sqlite_rebuild_p50_ms"), d.p50},
               {QStringLiteral("sqlite_rebuild_max_ms"), d.max},
               {QStringLiteral("speedup"), d.p50 / f.p50},
               {QStringLiteral("snapshot_file_mb"), fileMb},
               // How much the resident memory grew from the load's start to the first answer, at its highest.
               {QStringLiteral("snapshot_peak_growth_mb"), stats(fileGrowth).max},
               {QStringLiteral("sqlite_rebuild_peak_growth_mb"), stats(databaseGrowth).max},
               {QStringLiteral("snapshot_write_p50_ms"), w.p50},
               {QStringLiteral("quit_during_load_max_ms"), quitMax},
               {QStringLiteral("all_from_file"), allFromFile && noneFromFile},
               {QStringLiteral("target_ms"), 500}});
}

// A visitor's taps in the configurator, each resolved through the rules and timed on its own.
void benchRules(const QString &name, const Catalog &c, int operations)
{
    const RuleEngineBenchmark::Figures f = RuleEngineBenchmark::run(c, operations, 1);
    printLine({{QStringLiteral("bench"), QStringLiteral("rules.resolve")},
               {QStringLiteral("catalog"), name},
               {QStringLiteral("options"), c.options.size()},
               {QStringLiteral("rules"), c.rules.size()},
               {QStringLiteral("trims"), c.trims.size()},
               {QStringLiteral("operations"), f.operations},
               {QStringLiteral("p50_ms"), f.p50Us / 1000.0},
               {QStringLiteral("p95_ms"), f.p95Us / 1000.0},
               {QStringLiteral("p99_ms"), f.p99Us / 1000.0},
               {QStringLiteral("max_ms"), f.maxUs / 1000.0},
               {QStringLiteral("target_p95_ms"), 1}});
}

} // namespace

// The kiosk runs with the GLIBC_TUNABLES its systemd unit sets (glibc's heap on transparent huge
// pages); so does the benchmark, started again under them, unless --plain-malloc. The feeds
// figure prints which it ran under.
void runAsTheKiosk(char *argv[])
{
    for (char **a = argv; *a; ++a) {
        if (qstrcmp(*a, "--plain-malloc") == 0)
            return;
    }
    QFile unit(QStringLiteral(VITRINE_SOURCE_DIR "/packaging/systemd/vitrine-kiosk.service"));
    if (!unit.open(QIODevice::ReadOnly))
        qFatal("cannot read the kiosk's unit for its environment: %s", qPrintable(unit.errorString()));
    const QByteArray prefix = "Environment=GLIBC_TUNABLES=";
    QByteArray tunables;
    for (const QByteArray &line : unit.readAll().split('\n')) {
        if (line.startsWith(prefix))
            tunables = line.mid(prefix.size()).trimmed();
    }
    if (tunables.isEmpty() || qgetenv("GLIBC_TUNABLES") == tunables)
        return;
    qputenv("GLIBC_TUNABLES", tunables);
    execv("/proc/self/exe", argv);
    qFatal("cannot start the benchmark again under the kiosk's GLIBC_TUNABLES: %s", strerror(errno));
}

int main(int argc, char *argv[])
{
    runAsTheKiosk(argv);
    HugePages::growHeapsBy(HugePages::kHeapGrowth); // as the kiosk's main() does
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool sqlAtMillion = app.arguments().contains(QStringLiteral("--sql-1m"));
    if (app.arguments().contains(QStringLiteral("--start"))) {
        benchStart(quick ? 20000 : 100000, quick ? 2 : 5);
        if (app.arguments().contains(QStringLiteral("--start-1m")))
            benchStart(1000000, 3);
        return 0;
    }
    const bool filterOnly = app.arguments().contains(QStringLiteral("--filter"));
    // First, so its peak memory is its own.
    if (!filterOnly)
        benchFeeds(quick ? 10000 : 100000);
    if (app.arguments().contains(QStringLiteral("--feeds")))
        return 0;
    const Catalog catalog = demoCatalog();
    if (!filterOnly) {
        benchStart(quick ? 20000 : 100000, quick ? 2 : 5);
        const int ruleOperations = quick ? 2000 : 20000;
        benchRules(QStringLiteral("demo"), catalog, ruleOperations);
        benchRules(QStringLiteral("synthetic"), SyntheticCatalog::generate({}), ruleOperations);
    }
    const QList<InventoryFilter> mix = filterMix(catalog, 60);
    const QList<qsizetype> sizes = quick ? QList<qsizetype>{20000} : QList<qsizetype>{100000, 1000000};
    for (const qsizetype n : sizes) {
        const QList<Vehicle> stock = SyntheticStock::vehicles(catalog, n, 1);
        benchEngine(catalog, stock, mix, quick ? 1 : 5);
        if (!filterOnly && (quick || n <= 100000 || sqlAtMillion))
            benchSql(catalog, stock, quick ? mix.mid(0, 5) : mix.mid(0, 20));
    }
    return 0;
}
