// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctesting.h"

#include "sync/syncscheduler.h"

#include <QSignalSpy>
#include <QThread>

using namespace SyncTesting;

/// The schedule on a thread of its own, its outcomes delivered on the screen's thread.
class TestSyncScheduler : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_template;

private slots:
    void initTestCase()
    {
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        QVERIFY(makeTemplate(m_template));
    }

    void fetchesOnItsThreadAndReportsOnThisOne()
    {
        Bed b(m_template, QStringLiteral("sched"));
        QVERIFY(b.ok());
        b.write(QStringLiteral("a.csv"), googleCsv(3, 800));
        QVERIFY(b.source(QStringLiteral("a"), b.server().url(QStringLiteral("a.csv"))));
        SyncScheduler scheduler(SourceSyncer::Options{b.path(), b.work(), Bed::fastLimits(), true, {}});
        QSignalSpy started(&scheduler, &SyncScheduler::started);
        QSignalSpy synced(&scheduler, &SyncScheduler::synced);
        Qt::HANDLE deliveredOn = nullptr;
        connect(&scheduler, &SyncScheduler::synced, this, [&] { deliveredOn = QThread::currentThreadId(); });
        scheduler.start();
        QVERIFY(synced.wait(20000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), QStringLiteral("a"));
        QCOMPARE(deliveredOn, QThread::currentThreadId());
        const auto outcome = synced.first().first().value<SyncOutcome>();
        QVERIFY(outcome.applied);
        QCOMPARE(outcome.stock.written.size(), 3);
        QVERIFY(outcome.catalog && !outcome.catalog->models.isEmpty());
        QVERIFY(scheduler.fetching().isEmpty());

        // Asked for again: fetched again (the server says nothing changed).
        scheduler.syncNow(QStringLiteral("a"));
        QVERIFY(synced.wait(20000));
        QCOMPARE(synced.last().first().value<SyncOutcome>().state.outcome, SourceState::Outcome::Unchanged);
        // Staff add a source: replanned, fetched.
        b.write(QStringLiteral("b.csv"), googleCsv(2, 850));
        QVERIFY(b.source(QStringLiteral("b"), b.server().url(QStringLiteral("b.csv"))));
        scheduler.replan();
        QVERIFY(synced.wait(20000));
        QCOMPARE(synced.last().first().value<SyncOutcome>().source, QStringLiteral("b"));
    }

    void quitsWhileAFetchIsUnderWay()
    {
        Bed b(m_template, QStringLiteral("quit"));
        QVERIFY(b.ok());
        b.write(QStringLiteral("slow.csv"), googleCsv(50, 900));
        QVERIFY(b.source(QStringLiteral("slow"), b.server().url(QStringLiteral("slow.csv?slow=200"))));
        auto scheduler = std::make_unique<SyncScheduler>(SourceSyncer::Options{b.path(), b.work(), Bed::fastLimits(), true, {}});
        QSignalSpy started(scheduler.get(), &SyncScheduler::started);
        scheduler->start();
        QVERIFY(started.wait(20000));
        QElapsedTimer t;
        t.start();
        scheduler.reset(); // stops the download, ends the thread
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(b.liveCars(QStringLiteral("slow")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
