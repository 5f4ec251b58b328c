// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-uibench: frame times while flinging through the finder's grid in the real window.
// Prints {"bench":"finder.fling",...} with the main thread's share of each frame (animation,
// polish, delegate creation, sync) and the whole frame, p50/p99, at 1920×1080.

#include "catalog/catalogrows.h"
#include "configurator.h"
#include "feed/feedimporter.h"
#include "finder.h"
#include "inventory/inventoryservice.h"
#include "inventory/stocksnapshot.h"
#include "kioskapplication.h"
#include "storage/database.h"
#include "syntheticstock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

#include <QProcess>

#include <QRegularExpression>
#include <deque>
#include <mutex>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

namespace {

/// A wait the figures rest on: timed out, they would time something else, so the run stops.
void waited(bool ok, const char *what)
{
    if (ok)
        return;
    QTextStream(stderr) << "timed out waiting for " << what << Qt::endl;
    std::exit(5);
}

QQuickItem *findNamed(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findNamed(child, name))
            return found;
    }
    return nullptr;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

// Empties the page cache (root only): the next start reads the binary, Qt, the database and
// the snapshot from the disk, as after a power cut. False where the system does not allow it.
bool dropPageCache()
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

// Start-up to Home's first frame, start to the finder's grid drawn, and peak memory through a
// finder visit, with a database of `cars` cars, measured on the real vitrine binary next to
// this one.
void benchStartup(const QString &dir, qsizetype cars)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("large.sqlite"));
    {
        Database::open(path, QStringLiteral("large"));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("large"));
        FeedImporter importer(db);
        importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        const auto catalog = CatalogRows(db).catalog();
        // In delta feeds of 100,000 cars: a feed of a million would be a gigabyte and more of JSON.
        const QList<Vehicle> stock = SyntheticStock::vehicles(*catalog, cars, 9);
        for (qsizetype at = 0; at < stock.size(); at += 100000)
            importer.importBytes(SyntheticStock::feed(stock.mid(at, 100000), QStringLiteral("synthetic")),
                                 QStringLiteral("bench"));
    }
    Database::close(QStringLiteral("large"));
    const QString vitrine = QCoreApplication::applicationDirPath() + QStringLiteral("/vitrine");
    std::vector<double> firstFrame;
    for (int run = 0; run < 5; ++run) {
        QProcess p;
        p.start(vitrine, {QStringLiteral("--db"), path, QStringLiteral("--quit-after-first-frame")});
        p.waitForFinished(60000);
        const auto m = QRegularExpression(QStringLiteral("first frame after (\\d+) ms"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        if (m.hasMatch())
            firstFrame.push_back(m.captured(1).toDouble());
    }
    // Start to the finder's grid drawn with its stock, on the real binary: the stock read from the
    // snapshot file beside the database, and, in the same run, with the file removed before each
    // start (the rebuild from SQLite, as every start did before it). The time is the process's
    // whole start, from before it is started to the frame drawn with the grid settled, page
    // cache warm and, where the system lets this run empty it, cold.
    const QString snapshotFile = StockSnapshot::pathFor(path);
    const QRegularExpression settledLine(QStringLiteral("settled after (\\d+) ms \\(first frame after (\\d+) ms\\)"));
    const auto settled = [&](bool withFile, bool cold) {
        if (!withFile)
            QFile::remove(snapshotFile);
        if (cold && !dropPageCache())
            return std::pair(-1.0, -1.0);
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(vitrine,
                {QStringLiteral("--db"), path, QStringLiteral("--page"), QStringLiteral("find"),
                 QStringLiteral("--quit-when-settled")});
        // The settled line, timed as it comes (the quit after it is not part of the start).
        double whole = -1, frame = -1;
        QByteArray out;
        while (whole < 0 && p.state() != QProcess::NotRunning && clock.elapsed() < 120000) {
            p.waitForReadyRead(100);
            const double at = clock.nsecsElapsed() / 1e6; // when the line came, before reading it
            out += p.readAllStandardOutput();
            const auto m = settledLine.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                whole = at;
                frame = whole - m.captured(1).toDouble() + m.captured(2).toDouble();
            }
        }
        p.waitForFinished(60000);
        return std::pair(whole, frame);
    };
    // The file as a first start leaves it, once its write is done.
    const auto writeSnapshot = [&] {
        InventoryService service;
        QEventLoop loop;
        QObject::connect(&service, &InventoryService::changed, &loop, &QEventLoop::quit);
        service.load(path);
        loop.exec();
        service.waitForSnapshotFile();
    };
    writeSnapshot();
    // Whole start to the grid drawn, and the part after the first frame, when the stock loads.
    std::vector<double> withSnapshot, withoutSnapshot, afterFrameWith, afterFrameWithout, coldWith, coldWithout;
    const int runs = cars > 200000 ? 3 : 5;
    for (int run = 0; run < runs; ++run) {
        if (!QFileInfo::exists(snapshotFile))
            break;
        const auto result = settled(true, false);
        if (result.first >= 0) {
            withSnapshot.push_back(result.first);
            afterFrameWith.push_back(result.first - result.second);
        }
    }
    for (int run = 0; run < 3 && QFileInfo::exists(snapshotFile); ++run) {
        const auto result = settled(true, true);
        if (result.first >= 0)
            coldWith.push_back(result.first);
    }
    const double snapshotMb = QFileInfo(snapshotFile).size() / 1e6;
    for (int run = 0; run < runs; ++run) {
        const auto result = settled(false, false);
        if (result.first >= 0) {
            withoutSnapshot.push_back(result.first);
            afterFrameWithout.push_back(result.first - result.second);
        }
    }
    for (int run = 0; run < (cars > 200000 ? 1 : 3); ++run) {
        const auto result = settled(false, true);
        if (result.first >= 0)
            coldWithout.push_back(result.first);
    }
    const auto figure = [](const std::vector<double> &v, double q) {
        return v.empty() ? QJsonValue() : QJsonValue(percentile(v, q));
    };
    QTextStream(stdout)
        << QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("startup.finder")},
                                     {QStringLiteral("vehicles"), cars},
                                     {QStringLiteral("measured"), QStringLiteral("process start to the settled grid's frame")},
                                     {QStringLiteral("settled_with_snapshot_p50_ms"), figure(withSnapshot, 0.5)},
                                     {QStringLiteral("settled_with_snapshot_max_ms"), figure(withSnapshot, 1.0)},
                                     {QStringLiteral("settled_sqlite_rebuild_p50_ms"), figure(withoutSnapshot, 0.5)},
                                     {QStringLiteral("settled_sqlite_rebuild_max_ms"), figure(withoutSnapshot, 1.0)},
                                     {QStringLiteral("after_first_frame_with_snapshot_p50_ms"), figure(afterFrameWith, 0.5)},
                                     {QStringLiteral("after_first_frame_sqlite_rebuild_p50_ms"), figure(afterFrameWithout, 0.5)},
                                     // Cold: the page cache emptied before each start (null where not allowed).
                                     {QStringLiteral("cold_settled_with_snapshot_p50_ms"), figure(coldWith, 0.5)},
                                     {QStringLiteral("cold_settled_sqlite_rebuild_p50_ms"), figure(coldWithout, 0.5)},
                                     {QStringLiteral("target_warm_ms"), cars > 200000 ? 2000 : 500},
                                     {QStringLiteral("runs"), int(withSnapshot.size())},
                                     {QStringLiteral("snapshot_file_mb"), snapshotMb},
                                     {QStringLiteral("platform"), QGuiApplication::platformName()}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    // A visit to the finder with the whole stock loaded, then the child's peak resident memory:
    // with the snapshot file (the runs without it above left none: it is written again first),
    // and with the file gone (the rebuild from SQLite).
    const auto visitPeakMb = [&](bool withFile) {
        if (withFile)
            writeSnapshot();
        else
            QFile::remove(snapshotFile);
        QProcess visit;
        visit.start(vitrine,
                    {QStringLiteral("--db"), path, QStringLiteral("--page"), QStringLiteral("find"),
                     QStringLiteral("--screenshot"), QDir(dir).filePath(QStringLiteral("find.png"))});
        // The child's own high-water mark, read from /proc while it runs.
        double peakMb = 0;
        if (!visit.waitForStarted(10000))
            return -1.0;
        while (visit.state() != QProcess::NotRunning && !visit.waitForFinished(50)) {
            QFile status(QStringLiteral("/proc/%1/status").arg(visit.processId()));
            if (!status.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakMb = std::max(peakMb, line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0);
            }
        }
        return peakMb;
    };
    const double peakMb = visitPeakMb(true);
    const double rebuildPeakMb = visitPeakMb(false);
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("startup")},
                                                     {QStringLiteral("vehicles"), cars},
                                                     {QStringLiteral("first_frame_p50_ms"), percentile(firstFrame, 0.5)},
                                                     {QStringLiteral("first_frame_max_ms"), percentile(firstFrame, 1.0)},
                                                     {QStringLiteral("journey_peak_rss_mb"), peakMb},
                                                     {QStringLiteral("journey_peak_rss_sqlite_rebuild_mb"), rebuildPeakMb},
                                                     {QStringLiteral("target_peak_mib"), cars > 200000 ? 600 : 130},
                                                     {QStringLiteral("platform"), QGuiApplication::platformName()}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
}

// The kiosk's own render of a build from its code, to set beside the phone page of the same
// build (tests/web): from the code opened to the summary drawn with its picture, in the real
// window on the demo data. The first run draws the car from nothing; the others find their
// drawings cached, as a visitor reopening a build would.
int benchReopen(const QString &dir, const QString &code, const QString &language, int runs)
{
    const QString path = QDir(dir).filePath(QStringLiteral("reopen.sqlite"));
    {
        Database::open(path, QStringLiteral("setup"));
        FeedImporter(QSqlDatabase::database(QStringLiteral("setup")))
            .importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
    }
    Database::close(QStringLiteral("setup"));
    KioskOptions options;
    options.databasePath = path;
    options.language = language;
    KioskApplication kiosk;
    QString error;
    if (!kiosk.start(options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QQuickWindow *window = kiosk.window();
    waited(QTest::qWaitForWindowExposed(window), "the window");
    const auto settled = [&] {
        waited(QTest::qWaitFor([&] { return window->property("settled").toBool(); }, 20000), "the page to settle");
    };
    settled();
    int swaps = 0;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&] { ++swaps; }, Qt::DirectConnection);
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QMetaObject::invokeMethod(window, "goHome");
        QTest::qWait(800); // the page transition home ends
        settled();
        QElapsedTimer clock;
        clock.start();
        if (!kiosk.configurator()->openCode(code)) {
            QTextStream(stderr) << "the kiosk cannot open " << code << ": " << kiosk.configurator()->codeProblem() << Qt::endl;
            return 4;
        }
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QVariant, QStringLiteral("summary")), Q_ARG(QVariant, QVariantMap()));
        // Settled (its picture drawn and loaded), then one frame on the screen with it.
        // It may settle again before this looks: either is fine.
        (void)QTest::qWaitFor([&] { return !window->property("settled").toBool(); }, 50);
        settled();
        const int before = swaps;
        window->update();
        waited(QTest::qWaitFor([&] { return swaps > before; }, 5000), "a frame");
        ms.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::vector<double> warm(ms.begin() + 1, ms.end());
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("kiosk.reopen")},
                                                     {QStringLiteral("code"), code},
                                                     {QStringLiteral("language"), language},
                                                     {QStringLiteral("size"),
                                                      QStringLiteral("%1x%2").arg(window->width()).arg(window->height())},
                                                     {QStringLiteral("first_ms"), ms.empty() ? 0.0 : ms.front()},
                                                     {QStringLiteral("warm_p50_ms"), percentile(warm, 0.5)},
                                                     {QStringLiteral("runs"), runs}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    return ms.empty() ? 3 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    if (app.arguments().contains(QStringLiteral("--startup"))) {
        // vitrine-uibench --startup: the start-up figures alone (first frame, finder settled, memory).
        QTemporaryDir dir;
        // --keep: the 100,000-car database stays, to look at the kiosk on it afterwards.
        if (app.arguments().contains(QStringLiteral("--keep"))) {
            dir.setAutoRemove(false);
            QTextStream(stderr) << "the database stays in " << dir.path() << Qt::endl;
        }
        benchStartup(dir.path(), 100000);
        // --startup --1m: the same at 1,000,000 cars after it.
        if (app.arguments().contains(QStringLiteral("--1m")))
            benchStartup(dir.path() + QStringLiteral("/1m"), 1000000);
        return 0;
    }
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--reopen")); at > 0 && at + 1 < app.arguments().size()) {
        // vitrine-uibench --reopen CODE [--lang LANG] [--runs N]
        const QStringList args = app.arguments();
        const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
        const qsizetype runs = args.indexOf(QStringLiteral("--runs"));
        QTemporaryDir dir;
        return benchReopen(dir.path(), args.at(at + 1),
                           lang > 0 && lang + 1 < args.size() ? args.at(lang + 1) : QStringLiteral("en"),
                           runs > 0 && runs + 1 < args.size() ? qBound(2, args.at(runs + 1).toInt(), 50) : 6);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fling.sqlite"));
    {
        // The demo stock plus synthetic cars: well over 1,000 results to fling through.
        Database::open(path, QStringLiteral("setup"));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("setup"));
        FeedImporter importer(db);
        importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        const auto catalog = CatalogRows(db).catalog();
        importer.importBytes(
            SyntheticStock::feed(SyntheticStock::vehicles(*catalog, quick ? 600 : 1500, 5), QStringLiteral("synthetic")),
            QStringLiteral("bench"));
    }
    Database::close(QStringLiteral("setup"));

    KioskOptions options;
    options.databasePath = path;
    options.language = QStringLiteral("en");
    options.startPage = QStringLiteral("find");
    KioskApplication kiosk;
    QString error;
    if (!kiosk.start(options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QQuickWindow *window = kiosk.window();
    waited(QTest::qWaitForWindowExposed(window), "the window");
    waited(QTest::qWaitFor([&] { return window->property("settled").toBool(); }, 20000), "the finder to settle");
    QQuickItem *grid = findNamed(window->contentItem(), QStringLiteral("results-grid"));
    if (!grid)
        return 2;

    QElapsedTimer clock;
    clock.start();
    qint64 frameStart = -1, mainDone = -1;
    std::vector<double> mainMs, frameMs;
    // From the end of animation ticks to the end of sync: polish, delegate creation and the
    // scene-graph sync — the main thread's part; the frame ends when it is swapped.
    // With the threaded render loop the next frame's animation may start before this one is
    // swapped: each synchronized frame waits in a queue for its own swap.
    std::mutex pendingMutex;
    std::deque<std::pair<qint64, qint64>> pending;
    QObject::connect(
        window, &QQuickWindow::afterAnimating, window, [&] { frameStart = clock.nsecsElapsed(); }, Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::afterSynchronizing, window,
        [&] {
            mainDone = clock.nsecsElapsed();
            if (frameStart >= 0 && mainDone >= frameStart) {
                std::lock_guard lock(pendingMutex);
                pending.emplace_back(frameStart, mainDone);
            }
        },
        Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            std::lock_guard lock(pendingMutex);
            if (pending.empty())
                return;
            const auto [start, synced] = pending.front();
            pending.pop_front();
            mainMs.push_back((synced - start) / 1e6);
            frameMs.push_back((clock.nsecsElapsed() - start) / 1e6);
        },
        Qt::DirectConnection);

    // Fling down repeatedly until a thousand results have passed, as a hand would.
    const int target = quick ? 300 : 1000;
    grid->setProperty("maximumFlickVelocity", 12000);
    QElapsedTimer limit;
    limit.start();
    while (limit.elapsed() < (quick ? 8000 : 60000)) {
        QMetaObject::invokeMethod(grid, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, -12000));
        QTest::qWait(200);
        const double cellHeight = grid->property("cellHeight").toDouble();
        const int columns = grid->property("columns").toInt();
        const int passed = cellHeight > 0 ? int(grid->property("contentY").toDouble() / cellHeight) * qMax(1, columns) : 0;
        if (passed >= target)
            break;
    }
    QTest::qWait(500);
    const double cellHeight = grid->property("cellHeight").toDouble();
    const int passed = cellHeight > 0
        ? int(grid->property("contentY").toDouble() / cellHeight) * qMax(1, grid->property("columns").toInt())
        : 0;
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("finder.fling")},
                                                     {QStringLiteral("platform"), QGuiApplication::platformName()},
                                                     {QStringLiteral("renderer"),
                                                      window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                                                          ? QStringLiteral("software")
                                                          : QStringLiteral("gpu")},
                                                     {QStringLiteral("size"),
                                                      QStringLiteral("%1x%2").arg(window->width()).arg(window->height())},
                                                     {QStringLiteral("results_passed"), passed},
                                                     {QStringLiteral("frames"), int(frameMs.size())},
                                                     {QStringLiteral("main_p50_ms"), percentile(mainMs, 0.5)},
                                                     {QStringLiteral("main_p99_ms"), percentile(mainMs, 0.99)},
                                                     {QStringLiteral("frame_p50_ms"), percentile(frameMs, 0.5)},
                                                     {QStringLiteral("frame_p99_ms"), percentile(frameMs, 0.99)}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    if (!quick)
        benchStartup(dir.path(), 100000);
    return frameMs.empty() ? 3 : 0;
}
