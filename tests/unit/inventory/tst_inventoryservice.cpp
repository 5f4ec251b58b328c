#include "inventory/inventoryservice.h"
#include "syntheticstock.h"
#include "storage/database.h"
#include "feed/feedimporter.h"
#include "feed/feedparser.h"

#include <QTemporaryDir>

#include <QFile>
#include <QSignalSpy>
#include <QTest>

/// The stock snapshot swaps whole: a query on the old snapshot stays right while the new one builds.
class TestInventoryService : public QObject
{
    Q_OBJECT
private slots:
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
        QVERIFY(FeedImporter(QSqlDatabase::database(QStringLiteral("writer"))).importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied);
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
