// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedserverprocess.h"
#include "sync/feedfetcher.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// One download against the real test server: what is asked for, and what comes back.
class TestFeedFetcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FeedServerProcess> m_server;
    QNetworkAccessManager m_network;

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(QStringLiteral("www/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    FeedFetcher::Result fetch(const FeedFetcher::Request &request)
    {
        FeedFetcher fetcher(&m_network);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        fetcher.fetch(request);
        if (!finished.wait(15000))
            qFatal("the fetch never finished");
        return finished.first().first().value<FeedFetcher::Result>();
    }

    FeedFetcher::Request request(const QString &pathAndQuery)
    {
        FeedFetcher::Request r;
        r.url = QUrl(m_server->url(pathAndQuery));
        r.partialPath = m_dir.filePath(QStringLiteral("partial.part"));
        r.limits.read = std::chrono::milliseconds(700);
        return r;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedFetcher::Result>();
        QDir(m_dir.path()).mkpath(QStringLiteral("www"));
        m_server = std::make_unique<FeedServerProcess>(m_dir.filePath(QStringLiteral("www")));
        QVERIFY(m_server->running());
        write(QStringLiteral("feed.csv"), QByteArray("vehicle_id,vin\n").repeated(3000));
    }

    void conditionalGet()
    {
        auto r = fetch(request(QStringLiteral("feed.csv")));
        QCOMPARE(r.outcome, FeedFetcher::Result::Outcome::Fetched);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), 15 * 3000);
        QVERIFY(!r.etag.isEmpty() && !r.lastModified.isEmpty());
        auto again = request(QStringLiteral("feed.csv"));
        again.etag = r.etag;
        again.lastModified = r.lastModified;
        m_server->takeRequests();
        const auto notModified = fetch(again);
        QCOMPARE(notModified.outcome, FeedFetcher::Result::Outcome::NotModified);
        QVERIFY(notModified.body.isEmpty());
        const auto sent = m_server->takeRequests().first();
        QCOMPARE(sent.value(QStringLiteral("if-none-match")).toString(), r.etag);
        QCOMPARE(sent.value(QStringLiteral("if-modified-since")).toString(), r.lastModified);
        // Without an ETag, Last-Modified alone answers.
        auto byDate = request(QStringLiteral("feed.csv"));
        byDate.lastModified = r.lastModified;
        QCOMPARE(fetch(byDate).outcome, FeedFetcher::Result::Outcome::NotModified);
    }

    void aKeptPartThatNoLongerFitsIsFetchedAgainWhole()
    {
        // A partial download longer than the file now is: 416, then the whole file once more.
        QFile part(m_dir.filePath(QStringLiteral("partial.part")));
        QVERIFY(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
        part.write(QByteArray(60000, 'x'));
        part.close();
        auto r = request(QStringLiteral("feed.csv"));
        const auto first = fetch(request(QStringLiteral("feed.csv")));
        QVERIFY(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
        part.write(QByteArray(60000, 'x'));
        part.close();
        r.partialValidator = first.etag;
        m_server->takeRequests();
        const auto whole = fetch(r);
        QCOMPARE(whole.outcome, FeedFetcher::Result::Outcome::Fetched);
        QCOMPARE(whole.body, QByteArray("vehicle_id,vin\n").repeated(3000));
        const auto sent = m_server->takeRequests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).value(QStringLiteral("status")).toInt(), 416);
        QVERIFY(!sent.at(1).contains(QStringLiteral("range")));
        QVERIFY(!QFile::exists(part.fileName()));
    }

    void withoutAValidatorNothingIsResumed()
    {
        QFile part(m_dir.filePath(QStringLiteral("partial.part")));
        QVERIFY(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
        part.write("vehicle_id");
        part.close();
        m_server->takeRequests();
        const auto r = fetch(request(QStringLiteral("feed.csv")));
        QCOMPARE(r.body.size(), 15 * 3000);
        QVERIFY(!m_server->takeRequests().first().contains(QStringLiteral("range")));
    }

    void errorsInPlainWords()
    {
        auto r = fetch(request(QStringLiteral("missing.csv")));
        QCOMPARE(r.error.kind, SyncError::Kind::Server);
        QCOMPARE(r.status, 404);
        r = fetch(request(QStringLiteral("feed.csv?status=429&retry_after=30")));
        QVERIFY(r.retryAfter);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(*r.retryAfter) > 20);
        r = fetch(request(QStringLiteral("feed.csv?type=image/png")));
        QCOMPARE(r.error.kind, SyncError::Kind::NotAFeed);
        auto unreachable = request(QStringLiteral("feed.csv"));
        unreachable.url = QUrl(QStringLiteral("http://127.0.0.1:1/feed.csv"));
        QCOMPARE(fetch(unreachable).error.kind, SyncError::Kind::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
