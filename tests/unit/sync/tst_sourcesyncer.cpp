// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctesting.h"

#include "sync/gzipinflater.h"

#include <QFileInfo>
#include <QJsonObject>

#include <zlib.h>

using namespace SyncTesting;

/// Sources fetched from a real HTTP server on 127.0.0.1 (its own process) and imported: every
/// fault a feed server shows, and after each one the data from before is intact.
class TestSourceSyncer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    int m_serial = 0;

    std::unique_ptr<Bed> bed()
    {
        auto b = std::make_unique<Bed>(m_template, QStringLiteral("bed%1").arg(++m_serial));
        if (!b->ok())
            qFatal("the test bed (database or feed server) did not start");
        return b;
    }

    /// A first good import of `count` Meta cars as source `id` from feeds/`file`.
    static void importGood(Bed &b, const QString &id, const QString &file, int count = 30)
    {
        b.write(file, SyntheticDealerFeed::metaCsv(count, 7));
        QVERIFY(b.source(id, b.server().url(file)));
        const auto o = b.run(id);
        QVERIFY(o);
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(b.liveCars(id), count);
        b.server().takeRequests();
    }

private slots:
    void initTestCase()
    {
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        QVERIFY(makeTemplate(m_template));
    }

    void appliesThenA304CostsNothing()
    {
        auto b = bed();
        importGood(*b, QStringLiteral("nordic"), QStringLiteral("nordic.csv"));
        const SourceState first = b->state(QStringLiteral("nordic"));
        QCOMPARE(first.outcome, SourceState::Outcome::Applied);
        QCOMPARE(first.applied, 30 + 25); // the cars and the dealers they name
        QVERIFY(first.etag.startsWith(QLatin1Char('"')));
        QVERIFY(first.lastSuccess.isValid());
        QVERIFY(first.nextAttempt > first.lastAttempt.addSecs(3500)); // on its schedule: an hour
        const auto cars = b->outcomes().first().stock.written;
        QCOMPARE(cars.size(), 30);
        QVERIFY(b->outcomes().first().catalog);

        QTest::qWait(1100); // a new second, so the success is visibly renewed
        const auto o = b->run(QStringLiteral("nordic"));
        QVERIFY(o);
        QCOMPARE(o->state.outcome, SourceState::Outcome::Unchanged);
        QVERIFY(!o->applied);
        QVERIFY(o->state.lastSuccess > first.lastSuccess);
        QCOMPARE(o->state.applied, 55); // what the feed applied last still stands
        const auto requests = b->server().takeRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().value(QStringLiteral("if-none-match")).toString(), first.etag);
        QCOMPARE(requests.first().value(QStringLiteral("status")).toInt(), 304);
        QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
    }

    /// A dealer's large stock is announced before its cars are stored, with the cars the outcome
    /// then shares and the catalog it carries, so the finder builds meanwhile; the database file
    /// takes the cars from the log once the outcome has gone (the checkpoint left the commit).
    void aLargeStockIsAnnouncedBeforeItIsStored()
    {
        auto b = bed();
        int announced = 0;
        qsizetype outcomesWhenAnnounced = -1;
        QList<Vehicle> cars;
        std::shared_ptr<const Catalog> catalog;
        b->syncer().setCheckedReporter([&](const QSet<QString> &removed, const QList<Vehicle> &written,
                                           const std::shared_ptr<const Catalog> &announcedCatalog) {
            ++announced;
            outcomesWhenAnnounced = b->outcomes().size();
            QVERIFY(removed.isEmpty());
            cars = written;
            catalog = announcedCatalog;
        });
        const int count = int(FeedApplier::kBulkCars);
        b->write(QStringLiteral("large.csv"), SyntheticDealerFeed::metaCsv(count, 4));
        QVERIFY(b->source(QStringLiteral("large"), b->server().url(QStringLiteral("large.csv"))));
        const qint64 before = QFileInfo(b->path()).size();
        const auto o = b->run(QStringLiteral("large"));
        QVERIFY(o);
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(announced, 1);
        QCOMPARE(outcomesWhenAnnounced, 0);
        QCOMPARE(cars.size(), count);
        QVERIFY(cars.constData() == o->stock.written.constData());
        QVERIFY(catalog && o->catalog == catalog);
        QVERIFY2(QFileInfo(b->path()).size() > before + count * 400,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(QFileInfo(b->path()).size())));
        QCOMPARE(b->liveCars(QStringLiteral("large")), count);

        // A small feed is not announced: nothing is gained by building ahead of a few cars.
        importGood(*b, QStringLiteral("small"), QStringLiteral("small.csv"));
        QCOMPARE(announced, 1);
    }

    void gzipIsAskedForAndUnpacked()
    {
        auto b = bed();
        b->write(QStringLiteral("g.csv"), SyntheticDealerFeed::metaCsv(25, 3));
        QVERIFY(b->source(QStringLiteral("packed"), b->server().url(QStringLiteral("g.csv?gzip=1"))));
        const auto o = b->run(QStringLiteral("packed"));
        QVERIFY(o && o->applied);
        const auto requests = b->server().takeRequests();
        QVERIFY(requests.first().value(QStringLiteral("accept-encoding")).toString().contains(QLatin1String("gzip")));
        QCOMPARE(b->liveCars(QStringLiteral("packed")), 25);
    }

    void serverErrorsLeaveTheStockAndBackOff()
    {
        auto b = bed();
        importGood(*b, QStringLiteral("nordic"), QStringLiteral("nordic.csv"));
        const qint64 before = b->allLiveCars();
        QVERIFY(b->source(QStringLiteral("nordic"), b->server().url(QStringLiteral("nordic.csv?status=500"))));
        auto o = b->run(QStringLiteral("nordic"));
        QVERIFY(o);
        QCOMPARE(o->state.outcome, SourceState::Outcome::Failed);
        QCOMPARE(o->state.error.kind, SyncError::Kind::Server);
        QVERIFY2(o->state.error.text.contains(QLatin1String("500")), qPrintable(o->state.error.text));
        QCOMPARE(o->state.failures, 1);
        QCOMPARE(o->state.failingSince, o->state.lastAttempt);
        // Retried within a minute first (with jitter: 30 to 60 s), not in an hour.
        const qint64 wait = o->state.lastAttempt.secsTo(o->state.nextAttempt);
        QVERIFY2(wait >= 30 && wait <= 60, qPrintable(QString::number(wait)));
        QCOMPARE(b->allLiveCars(), before);
        QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
        o = b->run(QStringLiteral("nordic"));
        QCOMPARE(o->state.failures, 2);
        QVERIFY(o->state.lastAttempt.secsTo(o->state.nextAttempt) >= 60);
        QVERIFY(o->state.lastSuccess.isValid()); // the last success stays what it was
        QCOMPARE(b->allLiveCars(), before);
    }

    void retryAfterIsHonoured()
    {
        auto b = bed();
        b->write(QStringLiteral("busy.csv"), SyntheticDealerFeed::metaCsv(5, 1));
        QVERIFY(b->source(QStringLiteral("busy"), b->server().url(QStringLiteral("busy.csv?status=503&retry_after=7200"))));
        auto o = b->run(QStringLiteral("busy"));
        QVERIFY(o);
        QCOMPARE(o->state.error.kind, SyncError::Kind::Server);
        QVERIFY(o->state.lastAttempt.secsTo(o->state.nextAttempt) >= 7199);
        // As an HTTP date too; and once the server is back, the feed comes in.
        b->write(QStringLiteral("busy2.csv"), SyntheticDealerFeed::metaCsv(5, 1));
        QVERIFY(b->source(QStringLiteral("busy"), b->server().url(QStringLiteral("busy2.csv?fail_first=1&retry_after=date"))));
        o = b->run(QStringLiteral("busy"));
        QVERIFY(o->state.lastAttempt.secsTo(o->state.nextAttempt) >= 100);
        o = b->run(QStringLiteral("busy"));
        QVERIFY(o->applied);
        QCOMPARE(o->state.failures, 0);
        QVERIFY(!o->state.failingSince.isValid());
        QCOMPARE(b->liveCars(QStringLiteral("busy")), 5);
    }

    void aSlowServerTimesOutAndTheStockStays()
    {
        auto b = bed();
        importGood(*b, QStringLiteral("nordic"), QStringLiteral("nordic.csv"));
        // The body trickles in slower than the read timeout allows (and without ranges).
        b->write(QStringLiteral("slow.csv"), SyntheticDealerFeed::metaCsv(40, 9));
        QVERIFY(b->source(QStringLiteral("nordic"), b->server().url(QStringLiteral("slow.csv?slow=1500&noranges=1"))));
        const auto o = b->run(QStringLiteral("nordic"));
        QVERIFY(o);
        QCOMPARE(o->state.error.kind, SyncError::Kind::Timeout);
        QVERIFY(o->state.partialValidator.isEmpty()); // nothing to resume from a server without ranges
        QVERIFY(!QFileInfo::exists(b->work() + QStringLiteral("/partial/nordic.part")));
        QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
    }

    void aTruncatedDownloadResumesWhereItStopped()
    {
        auto b = bed();
        const QByteArray csv = SyntheticDealerFeed::metaCsv(60, 5);
        b->write(QStringLiteral("cut.csv"), csv);
        QVERIFY(b->source(QStringLiteral("cut"), b->server().url(QStringLiteral("cut.csv?truncate=5000"))));
        auto o = b->run(QStringLiteral("cut"));
        QVERIFY(o);
        QCOMPARE(o->state.outcome, SourceState::Outcome::Failed);
        QCOMPARE(o->state.error.kind, SyncError::Kind::Interrupted);
        QVERIFY(!o->state.partialValidator.isEmpty());
        QCOMPARE(QFileInfo(b->work() + QStringLiteral("/partial/cut.part")).size(), 5000);
        QCOMPARE(b->liveCars(QStringLiteral("cut")), 0); // half a feed is never applied
        b->server().takeRequests();

        o = b->run(QStringLiteral("cut"));
        QVERIFY(o);
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(b->liveCars(QStringLiteral("cut")), 60);
        const auto requests = b->server().takeRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().value(QStringLiteral("range")).toString(), QStringLiteral("bytes=5000-"));
        QCOMPARE(requests.first().value(QStringLiteral("if-range")).toString(), o->state.etag);
        QCOMPARE(requests.first().value(QStringLiteral("status")).toInt(), 206);
        QVERIFY(!QFileInfo::exists(b->work() + QStringLiteral("/partial/cut.part")));
    }

    void aStalledDownloadResumesAfterItsReadTimeout()
    {
        auto b = bed();
        b->write(QStringLiteral("stall.csv"), SyntheticDealerFeed::metaCsv(300, 5)); // packed, well over 7,000 bytes
        QVERIFY(b->source(QStringLiteral("stall"), b->server().url(QStringLiteral("stall.csv?stall_after=7000&gzip=1"))));
        auto o = b->run(QStringLiteral("stall"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::Timeout);
        QVERIFY(!o->state.partialValidator.isEmpty());
        b->server().takeRequests();
        o = b->run(QStringLiteral("stall"));
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(b->liveCars(QStringLiteral("stall")), 300);
        QCOMPARE(b->server().takeRequests().first().value(QStringLiteral("range")).toString(), QStringLiteral("bytes=7000-"));
    }

    void aFeedChangedWhileCutOffIsFetchedWhole()
    {
        auto b = bed();
        b->write(QStringLiteral("moving.csv"), SyntheticDealerFeed::metaCsv(60, 5));
        QVERIFY(b->source(QStringLiteral("moving"), b->server().url(QStringLiteral("moving.csv?truncate=4000"))));
        auto o = b->run(QStringLiteral("moving"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::Interrupted);
        b->write(QStringLiteral("moving.csv"), SyntheticDealerFeed::metaCsv(45, 6)); // If-Range no longer matches
        b->server().takeRequests();
        o = b->run(QStringLiteral("moving"));
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(b->liveCars(QStringLiteral("moving")), 45);
        QCOMPARE(b->server().takeRequests().first().value(QStringLiteral("status")).toInt(), 200);
    }

    void aWebPageIsNoFeed()
    {
        auto b = bed();
        importGood(*b, QStringLiteral("nordic"), QStringLiteral("nordic.csv"));
        QVERIFY(b->source(QStringLiteral("nordic"), b->server().url(QStringLiteral("nordic.csv?type=text/html"))));
        auto o = b->run(QStringLiteral("nordic"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::NotAFeed);
        QVERIFY2(o->state.error.text.contains(QLatin1String("web page")), qPrintable(o->state.error.text));
        QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
        // A login page sent as CSV is caught by what it is.
        b->write(QStringLiteral("login.csv"), "<!DOCTYPE html><html><body>Please log in</body></html>");
        QVERIFY(b->source(QStringLiteral("nordic"), b->server().url(QStringLiteral("login.csv"))));
        o = b->run(QStringLiteral("nordic"));
        QCOMPARE(o->state.outcome, SourceState::Outcome::Refused);
        QCOMPARE(o->state.error.kind, SyncError::Kind::Refused);
        QVERIFY2(o->state.error.text.contains(QLatin1String("HTML")), qPrintable(o->state.error.text));
        QVERIFY(o->state.etag.isEmpty()); // the next fetch takes the whole feed again
        QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
    }

    void aFeedLargerThanItsCapIsRefusedUnread()
    {
        auto b = bed();
        b->write(QStringLiteral("big.csv"), SyntheticDealerFeed::metaCsv(4000, 2)); // about 1.7 MB
        QVERIFY(b->source(QStringLiteral("big"), b->server().url(QStringLiteral("big.csv")), 1));
        auto o = b->run(QStringLiteral("big"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::TooLarge);
        QCOMPARE(b->liveCars(QStringLiteral("big")), 0);
        // Packed small, unpacked large: refused once unpacked past the cap.
        QVERIFY(b->source(QStringLiteral("big"), b->server().url(QStringLiteral("big.csv?gzip=1")), 1));
        o = b->run(QStringLiteral("big"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::TooLarge);
    }

    void theFeedChangesBetweenFetches()
    {
        auto b = bed();
        b->write(QStringLiteral("s.csv"), googleCsv(5, 100));
        QVERIFY(b->source(QStringLiteral("fjord"), b->server().url(QStringLiteral("s.csv"))));
        auto o = b->run(QStringLiteral("fjord"));
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(b->liveCars(QStringLiteral("fjord")), 5);
        // One car sold, one new, one repriced.
        QByteArray next = googleCsv(4, 101, 359000) + googleCsv(1, 900).split('\n').at(1) + '\n';
        b->write(QStringLiteral("s.csv"), next);
        o = b->run(QStringLiteral("fjord"));
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        QCOMPARE(b->liveCars(QStringLiteral("fjord")), 5);
        QCOMPARE(o->stock.removed.size(), 1);
        QCOMPARE(o->stock.written.size(), 5);
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND source = 'fjord' "
                                          "AND price_minor = 36000000")),
                 1); // 359,000 + 1,000 for the second car of the new file
    }

    void oneSourcesBadFeedNeverTouchesAnother()
    {
        auto b = bed();
        importGood(*b, QStringLiteral("nordic"), QStringLiteral("nordic.csv"));
        b->write(QStringLiteral("fjord.csv"), googleCsv(4, 300));
        QVERIFY(b->source(QStringLiteral("fjord"), b->server().url(QStringLiteral("fjord.csv"))));
        QVERIFY(b->run(QStringLiteral("fjord"))->applied);
        const qint64 before = b->allLiveCars();
        const QStringList bad{QStringLiteral("%PDF-1.4 …"),
                              QStringLiteral("vin,store_code,price\r\n"), // a header alone: would take the stock away
                              QString::fromLatin1(googleCsv(4, 300).replace("NOK", "$$$"))};
        for (const QString &feed : bad) {
            b->write(QStringLiteral("fjord.csv"), feed.toUtf8());
            const auto o = b->run(QStringLiteral("fjord"));
            QCOMPARE(o->state.outcome, SourceState::Outcome::Refused);
            QCOMPARE(b->liveCars(QStringLiteral("fjord")), 4);
            QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
            QCOMPARE(b->allLiveCars(), before);
        }
        QCOMPARE(b->state(QStringLiteral("nordic")).outcome, SourceState::Outcome::Applied);
        QVERIFY(b->state(QStringLiteral("fjord")).failures >= 3);
        // The refused feed's records are kept with their reasons for staff.
        const auto issues = SyncRows(b->db()).issues(QStringLiteral("fjord"));
        QVERIFY(!issues->isEmpty());
        QVERIFY2(issues->first().toString().contains(QLatin1String("price: \"349000 $$$\"")),
                 qPrintable(issues->first().toString()));
    }

    void recordsLeftOutAreKeptWithTheirReasons()
    {
        auto b = bed();
        QByteArray csv = googleCsv(3, 400);
        csv += "YV4A22RK0N1999999,G1,Fjord Bil,\"Storgata 9, Oslo, NO\",349000 NOK,used,Volvo,XC40,2022,24000\r\n";
        b->write(QStringLiteral("mixed.csv"), csv);
        QVERIFY(b->source(QStringLiteral("mixed"), b->server().url(QStringLiteral("mixed.csv"))));
        const auto o = b->run(QStringLiteral("mixed"));
        QVERIFY(o->applied);
        QCOMPARE(o->state.applied, 3 + 1); // three cars and their dealer
        QCOMPARE(o->state.rejected, 1);
        const auto issues = SyncRows(b->db()).issues(QStringLiteral("mixed"));
        QVERIFY(std::any_of(issues->cbegin(), issues->cend(), [](const RecordIssue &i) { return i.line == 5; }));
    }

    void filesAndPackedFilesAndMissingOnes()
    {
        auto b = bed();
        const QString path = QDir(b->feeds()).filePath(QStringLiteral("usb.csv"));
        b->write(QStringLiteral("usb.csv"), googleCsv(3, 500));
        QVERIFY(b->source(QStringLiteral("event-usb"), QUrl::fromLocalFile(path).toString()));
        auto o = b->run(QStringLiteral("event-usb"));
        QVERIFY2(o->applied, qPrintable(o->state.error.text));
        // The same file again: nothing new, nothing imported.
        o = b->run(QStringLiteral("event-usb"));
        QCOMPARE(o->state.outcome, SourceState::Outcome::Unchanged);
        QVERIFY(b->server().takeRequests().isEmpty());
        // The stick is out: said plainly, the stock stays.
        QFile::remove(path);
        o = b->run(QStringLiteral("event-usb"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::Missing);
        QCOMPARE(b->liveCars(QStringLiteral("event-usb")), 3);
    }

    void nobodyThere()
    {
        auto b = bed();
        importGood(*b, QStringLiteral("nordic"), QStringLiteral("nordic.csv"));
        const QString url = b->server().url(QStringLiteral("nordic.csv"));
        b->stopServer();
        QVERIFY(b->source(QStringLiteral("nordic"), url));
        const auto o = b->run(QStringLiteral("nordic"));
        QCOMPARE(o->state.error.kind, SyncError::Kind::Unreachable);
        QCOMPARE(b->liveCars(QStringLiteral("nordic")), 30);
    }

    void onItsScheduleEveryNewSourceIsFetched()
    {
        auto b = bed();
        b->write(QStringLiteral("a.csv"), googleCsv(2, 600));
        b->write(QStringLiteral("b.csv"), googleCsv(2, 700));
        QVERIFY(b->source(QStringLiteral("a"), b->server().url(QStringLiteral("a.csv"))));
        QVERIFY(b->source(QStringLiteral("b"), b->server().url(QStringLiteral("b.csv"))));
        b->syncer(Bed::fastLimits(), true);
        QTRY_COMPARE_WITH_TIMEOUT(b->outcomes().size(), 2, 20000);
        QVERIFY(b->outcomes().at(0).applied && b->outcomes().at(1).applied);
        QTest::qWait(300);
        QCOMPARE(b->outcomes().size(), 2); // then nothing until they are due again
        // Paused: never fetched, even when asked.
        FeedSource paused = SyncRows(b->db()).source(QStringLiteral("a"))->source;
        paused.enabled = false;
        QVERIFY(SyncRows(b->db()).saveLocal(paused));
        b->syncer().runNow(QStringLiteral("a"));
        QTest::qWait(300);
        QCOMPARE(b->outcomes().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSourceSyncer)
#include "tst_sourcesyncer.moc"
