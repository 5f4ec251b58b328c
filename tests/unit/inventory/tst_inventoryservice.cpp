// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrows.h"
#include "feed/feedimporter.h"
#include "feed/feedparser.h"
#include "inventory/inventoryservice.h"
#include "inventory/vehiclerecord.h"
#include "inventory/vin.h"
#include "storage/database.h"
#include "syntheticdealerfeed.h"
#include "syntheticstock.h"

#include <QTemporaryDir>

#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

/// The stock snapshot swaps whole: a query on the old snapshot stays right while the new one builds.
class TestInventoryService : public QObject
{
    Q_OBJECT
    static std::shared_ptr<const InventoryService::Snapshot> loaded(const QString &path)
    {
        InventoryService service;
        QSignalSpy changed(&service, &InventoryService::changed);
        service.load(path);
        if (!changed.wait(20000))
            return nullptr;
        // A file of an older stock (left by an earlier read) is shown first: the stored one follows.
        if (!service.current() && !changed.wait(20000))
            return nullptr;
        return service.snapshot();
    }

    /// A database at `path` holding the demo stock, an importer on it that writes cars in bulk
    /// from 100 on, and `service` showing that stock; null if any of it fails.
    static std::unique_ptr<FeedImporter> demoStock(const QString &path, const QString &connection, InventoryService &service,
                                                   QSignalSpy &changed)
    {
        if (!Database::open(path, connection).ok())
            return nullptr;
        auto importer = std::make_unique<FeedImporter>(QSqlDatabase::database(connection));
        importer->setBulkCars(100);
        if (!importer->importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied)
            return nullptr;
        service.load(path);
        return changed.wait(20000) ? std::move(importer) : nullptr;
    }

private slots:
    void replacingAfterAnImportEqualsReadingItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("importer")).ok());
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("importer"));
        FeedImporter importer(db);
        QVERIFY(importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied);
        InventoryService service;
        QSignalSpy changed(&service, &InventoryService::changed);
        service.load(path);
        QVERIFY(changed.wait(20000));
        // A dealer's feed arrives, then a new version of it: some cars sold, some repriced.
        QByteArray csv = SyntheticDealerFeed::metaCsv(3000, 5);
        for (int round = 0; round < 2; ++round) {
            FeedImporter::Options options;
            options.source = QStringLiteral("meta-test");
            const auto report = importer.importBytes(csv, QStringLiteral("feed.csv"), options);
            QVERIFY2(report.applied, qPrintable(report.fatal));
            service.replace(report.stock.removed, report.stock.written, *CatalogRows(db).catalog());
            QVERIFY(changed.wait(20000));
            const auto fromDisk = loaded(path);
            QVERIFY(fromDisk);
            const auto mine = service.snapshot();
            QCOMPARE(mine->vehicles.size(), fromDisk->vehicles.size());
            InventoryFilter f;
            f.limit = 50;
            for (const auto sort :
                 {InventoryFilter::Sort::PriceAscending, InventoryFilter::Sort::Newest, InventoryFilter::Sort::Mileage}) {
                f.sort = sort;
                const auto a = mine->index->query(f), b = fromDisk->index->query(f);
                QCOMPARE(a.total, b.total);
                for (int i = 0; i < a.page.size(); ++i) {
                    QCOMPARE(a.page.at(i).id, b.page.at(i).id);
                    QCOMPARE(VehicleRecord::write(mine->vehicles.at(a.page.at(i).position)),
                             VehicleRecord::write(fromDisk->vehicles.at(b.page.at(i).position)));
                }
            }
            // The next version: the last thousand rows sold, every tenth used car now approved.
            QList<QByteArray> lines = csv.split('\n');
            lines = lines.mid(0, 2001);
            for (int i = 1; i < lines.size(); i += 10)
                lines[i].replace(",USED,", ",CPO,");
            csv = lines.join('\n') + '\n';
        }
        QCOMPARE(service.snapshot()->index->query({}).total, 650 + 2000);
        Database::close(QStringLiteral("importer"));
    }

    /// A dealer's large stock is announced before its cars are stored: the snapshot built from
    /// that meanwhile is the one swapped in, and equals the stock read back. When a car is then
    /// refused (its VIN is another source's), the cars written are not those announced: the
    /// snapshot is built again from what was written.
    void aSnapshotBuiltDuringTheImportIsSwappedInWhenTheCarsAreThoseAnnounced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
        InventoryService service;
        QSignalSpy changed(&service, &InventoryService::changed);
        const auto importer = demoStock(path, QStringLiteral("ahead"), service, changed);
        QVERIFY(importer);
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("ahead"));
        int announced = 0;
        FeedImporter::Options options;
        options.source = QStringLiteral("meta-ahead");
        options.checked = [&](const QSet<QString> &removed, const QList<Vehicle> &written,
                              const std::shared_ptr<const Catalog> &catalog) {
            ++announced;
            QVERIFY(!service.building());
            service.prepare(removed, written, catalog);
        };
        const auto sameAsStored = [&path, &service]() -> bool {
            const auto fromDisk = loaded(path);
            const auto mine = service.snapshot();
            if (!fromDisk || mine->vehicles.size() != fromDisk->vehicles.size())
                return false;
            InventoryFilter f;
            f.limit = 200;
            f.sort = InventoryFilter::Sort::PriceAscending;
            const auto a = mine->index->query(f), b = fromDisk->index->query(f);
            if (a.total != b.total || a.facets.size() != b.facets.size())
                return false;
            for (int i = 0; i < a.page.size(); ++i) {
                if (VehicleRecord::write(mine->vehicles.at(a.page.at(i).position))
                    != VehicleRecord::write(fromDisk->vehicles.at(b.page.at(i).position)))
                    return false;
            }
            return true;
        };

        QByteArray csv = SyntheticDealerFeed::metaCsv(3000, 9);
        auto report = importer->importBytes(csv, QStringLiteral("ahead.csv"), options);
        QVERIFY2(report.applied, qPrintable(report.fatal));
        QCOMPARE(announced, 1);
        QVERIFY(service.prepared());
        QVERIFY(report.stock.catalog);
        service.replace(report.stock.removed, report.stock.written, report.stock.catalog);
        QVERIFY(changed.wait(20000));
        QCOMPARE(service.adopted(), 1);
        QVERIFY(!service.prepared());
        QCOMPARE(service.snapshot()->index->query({}).total, 650 + 3000);
        QVERIFY(sameAsStored());

        // Another source takes a new VIN first; the next version of the feed gives it to one of
        // its cars, which is refused: 2,999 cars written, not the 3,000 announced.
        QString fresh = QStringLiteral("YV1ZZZZZZZZ999999");
        fresh[8] = Vin::checkDigit(fresh);
        QList<QByteArray> lines = csv.split('\n');
        QList<QByteArray> row = lines.at(7).split(',');
        row[0] = "OTHER-1";
        row[1] = fresh.toLatin1();
        FeedImporter::Options otherOptions;
        otherOptions.source = QStringLiteral("meta-other");
        const auto other = importer->importBytes(lines.at(0) + '\n' + row.join(',') + '\n', QStringLiteral("other.csv"),
                                                 otherOptions);
        QVERIFY2(other.applied && other.rejected == 0, qPrintable(other.fatal));
        service.replace(other.stock.removed, other.stock.written, *CatalogRows(db).catalog());
        QVERIFY(changed.wait(20000));
        row = lines.at(9).split(',');
        row[1] = fresh.toLatin1();
        lines[9] = row.join(',');
        report = importer->importBytes(lines.join('\n'), QStringLiteral("ahead.csv"), options);
        QVERIFY2(report.applied, qPrintable(report.fatal));
        QCOMPARE(announced, 2);
        QCOMPARE(report.rejected, 1);
        service.replace(report.stock.removed, report.stock.written, report.stock.catalog);
        QVERIFY(changed.wait(20000));
        QCOMPARE(service.adopted(), 1);
        QVERIFY(sameAsStored());

        // Announced, then not applied: nothing of it stays.
        service.prepare({}, report.stock.written, report.stock.catalog);
        QVERIFY(service.prepared());
        service.forgetPrepared();
        QVERIFY(!service.prepared());
        Database::close(QStringLiteral("ahead"));
    }

    /// The screen's thread hands a swapped-in import's cars on: they are let go on the pool's
    /// threads, not freed where replace() was called (a hundred thousand took a frame's time).
    void theCarsOfAnImportSwappedInAreLetGoOffTheCallingThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
        InventoryService service;
        QSignalSpy changed(&service, &InventoryService::changed);
        const auto importer = demoStock(path, QStringLiteral("letgo"), service, changed);
        QVERIFY(importer);
        FeedImporter::Options options;
        options.source = QStringLiteral("meta-letgo");
        options.checked = [&service](const QSet<QString> &removed, const QList<Vehicle> &written,
                                     const std::shared_ptr<const Catalog> &catalog) {
            service.prepare(removed, written, catalog);
        };
        auto report = importer->importBytes(SyntheticDealerFeed::metaCsv(2000, 4), QStringLiteral("letgo.csv"), options);
        QVERIFY2(report.applied, qPrintable(report.fatal));
        QVERIFY(service.prepared());
        // The snapshot is built; then every thread of the pool is held, so nothing runs there.
        QThreadPool *pool = QThreadPool::globalInstance();
        QVERIFY(pool->waitForDone(20000));
        QSemaphore held, go;
        for (int i = 0; i < pool->maxThreadCount(); ++i) {
            pool->start([&held, &go] {
                held.release();
                go.acquire();
            });
        }
        // Whatever the outcome, the pool goes on at the end: a failed check must not hang the test.
        auto release = qScopeGuard([&go, pool] { go.release(pool->maxThreadCount()); });
        QVERIFY(held.tryAcquire(pool->maxThreadCount(), 20000));
        const QList<Vehicle> mine = report.stock.written;
        service.replace(std::move(report.stock.removed), std::move(report.stock.written), report.stock.catalog);
        // Freed here, this copy would be the cars' last holder.
        QVERIFY(!mine.isDetached());
        release.dismiss();
        go.release(pool->maxThreadCount());
        QVERIFY(changed.wait(20000));
        QCOMPARE(service.adopted(), 1);
        QCOMPARE(service.snapshot()->index->query({}).total, 650 + 2000);
        QTRY_VERIFY_WITH_TIMEOUT(mine.isDetached(), 20000);
        Database::close(QStringLiteral("letgo"));
    }

    void anImportArrivingWhileTheStockLoadsIsNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("early")).ok());
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("early"));
        FeedImporter importer(db);
        QVERIFY(importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied);
        InventoryService service;
        QSignalSpy changed(&service, &InventoryService::changed);
        service.load(path);
        // Two imports come before the stock has loaded: each waits for what is being built.
        FeedImporter::Options options;
        options.source = QStringLiteral("meta-early");
        auto first = importer.importBytes(SyntheticDealerFeed::metaCsv(200, 5), QStringLiteral("a.csv"), options);
        QVERIFY(first.applied);
        service.replace(first.stock.removed, first.stock.written, *CatalogRows(db).catalog());
        QList<QByteArray> lines = SyntheticDealerFeed::metaCsv(200, 5).split('\n');
        auto second = importer.importBytes(lines.mid(0, 151).join('\n') + '\n', QStringLiteral("a.csv"), options);
        QVERIFY(second.applied);
        QCOMPARE(second.stock.removed.size(), 50);
        service.replace(second.stock.removed, second.stock.written, *CatalogRows(db).catalog());
        QTRY_VERIFY_WITH_TIMEOUT(!service.building() && changed.size() >= 2, 20000);
        QCOMPARE(service.snapshot()->index->query({}).total, 650 + 150);
        QCOMPARE(loaded(path)->index->query({}).total, 650 + 150);
        Database::close(QStringLiteral("early"));
    }

    void swapsWithoutDisturbingRunningQueries()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto feed = FeedParser::parse(file.readAll()).feed;
        QVERIFY(feed);
        const Catalog c = FeedParser::catalogOf(*feed);

        InventoryService service;
        service.rebuildNow(feed->vehicles, c);
        const auto before = service.snapshot();
        QCOMPARE(before->index->query({}).total, feed->vehicles.size());

        QSignalSpy changed(&service, &InventoryService::changed);
        service.rebuild(SyntheticStock::vehicles(c, 50000, 3), c);
        // While the new index builds, the old snapshot answers, unchanged.
        QCOMPARE(before->index->query({}).total, feed->vehicles.size());
        QVERIFY(changed.wait(20000));
        QCOMPARE(service.snapshot()->index->query({}).total, 50000);
        QCOMPARE(before->index->query({}).total, feed->vehicles.size()); // still valid, still its own
        QCOMPARE(service.snapshot()->catalog.model(QStringLiteral("aster-5"))->id, QStringLiteral("aster-5"));
    }

    void loadsFromTheDatabaseOffTheCallingThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("writer")).ok());
        QVERIFY(FeedImporter(QSqlDatabase::database(QStringLiteral("writer")))
                    .importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"))
                    .applied);
        Database::close(QStringLiteral("writer"));
        InventoryService service;
        QVERIFY(!service.ready());
        QSignalSpy changed(&service, &InventoryService::changed);
        service.load(path);
        QVERIFY(changed.wait(20000));
        QVERIFY(service.ready());
        QCOMPARE(service.snapshot()->index->query({}).total, 650);
        QCOMPARE(service.snapshot()->catalog.studios.size(), 18);

        InventoryService missing;
        QSignalSpy done(&missing, &InventoryService::changed);
        missing.load(dir.filePath(QStringLiteral("no/such/dir/x.sqlite")));
        QVERIFY(done.wait(20000));
        QVERIFY(!missing.ready()); // nothing read, nothing swapped in
    }
};

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
