// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedserverprocess.h"
#include "sync/photofetcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QByteArray jpeg(char fill)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2000, fill);
}

/// Asks for one photo and waits for the answer.
std::optional<QString> fetch(PhotoFetcher &fetcher, const QUrl &url, Qt::HANDLE *answeredOn = nullptr)
{
    std::optional<QString> result;
    std::atomic_bool done{false};
    fetcher.request(url, [&](std::optional<QString> path) {
        result = path;
        if (answeredOn)
            *answeredOn = QThread::currentThreadId();
        done = true;
    });
    for (int waited = 0; !done && waited < 10000; waited += 10)
        QTest::qWait(10);
    return result;
}

} // namespace

class TestPhotoFetcher : public QObject
{
    Q_OBJECT
private slots:
    void fetchesIntoTheCacheOnceThenServesItFromThere()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("www"));
        QFile f(dir.filePath(QStringLiteral("www/car.jpg")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpeg('c'));
        f.close();
        FeedServerProcess server(dir.filePath(QStringLiteral("www")));
        QVERIFY(server.running());
        auto cache = std::make_shared<PhotoCache>(dir.filePath(QStringLiteral("photos")));
        PhotoFetcher fetcher(cache);
        const QUrl url(server.url(QStringLiteral("car.jpg")));
        Qt::HANDLE thread = nullptr;
        const auto path = fetch(fetcher, url, &thread);
        QVERIFY(path);
        QVERIFY(thread != QThread::currentThreadId()); // fetched on the fetcher's thread
        QFile kept(*path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), jpeg('c'));
        QCOMPARE(server.takeRequests().size(), 1);
        // Held now: answered at once, on the caller's thread, without the server.
        QCOMPARE(*fetch(fetcher, url, &thread), *path);
        QCOMPARE(thread, QThread::currentThreadId());
        QVERIFY(server.takeRequests().isEmpty());
    }

    void noPhotoToBeHad()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("www"));
        QFile f(dir.filePath(QStringLiteral("www/page.jpg")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>not a picture</html>");
        f.close();
        FeedServerProcess server(dir.filePath(QStringLiteral("www")));
        auto cache = std::make_shared<PhotoCache>(dir.filePath(QStringLiteral("photos")));
        PhotoFetcher fetcher(cache);
        QVERIFY(!fetch(fetcher, QUrl(server.url(QStringLiteral("missing.jpg")))));
        QVERIFY(!fetch(fetcher, QUrl(server.url(QStringLiteral("page.jpg")))));
        QVERIFY(!fetch(fetcher, QUrl(server.url(QStringLiteral("page.jpg?status=500")))));
        QVERIFY(!fetch(fetcher, QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!fetch(fetcher, QUrl(QStringLiteral("ftp://example/car.jpg"))));
        // A link that gave no picture is not asked again for a while.
        server.takeRequests();
        QVERIFY(!fetch(fetcher, QUrl(server.url(QStringLiteral("missing.jpg")))));
        QVERIFY(server.takeRequests().isEmpty());
    }

    void localFilesToo()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("car.jpg")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpeg('l'));
        f.close();
        PhotoFetcher fetcher(std::make_shared<PhotoCache>(dir.filePath(QStringLiteral("photos"))));
        QVERIFY(fetch(fetcher, QUrl::fromLocalFile(f.fileName())));
    }
};

QTEST_GUILESS_MAIN(TestPhotoFetcher)
#include "tst_photofetcher.moc"
