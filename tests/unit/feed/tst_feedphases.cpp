// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedphases.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <ctime>

namespace {
QStringList logged;
void keep(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("vitrine.feed.phases"))
        logged << message;
}
} // namespace

/// An import's steps are each logged with their own time, not the time since the import began,
/// and the memory held at their end.
class TestFeedPhases : public QObject
{
    Q_OBJECT

private slots:
    void eachStepIsLoggedWithItsOwnTime()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vitrine.feed.phases.debug=true"));
        const QtMessageHandler before = qInstallMessageHandler(keep);
        FeedPhases phases;
        QThread::msleep(50);
        phases.done("reading");
        phases.done("writing");
        // A step that works rather than waits: 50 ms of this thread's CPU time.
        timespec start{}, now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        volatile quint64 sum = 0;
        do {
            for (int i = 0; i < 10000; ++i)
                sum = sum + quint64(i);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        } while ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 < 50);
        phases.done("counting");
        qInstallMessageHandler(before);
        QCOMPARE(logged.size(), 3);
        // Each step's time, the memory held at its end, and the process's time in the kernel and
        // outside it in that step.
        const QRegularExpression line(
            QStringLiteral(R"(^(\w+) ([0-9.e+-]+) ms, resident (\d+) MB, in the kernel (\d+) ms, outside it (\d+) ms$)"));
        const auto reading = line.match(logged.at(0)), writing = line.match(logged.at(1)), counting = line.match(logged.at(2));
        QVERIFY2(reading.hasMatch() && writing.hasMatch() && counting.hasMatch(), qPrintable(logged.join(QLatin1Char('|'))));
        QCOMPARE(reading.captured(1), QStringLiteral("reading"));
        QCOMPARE(writing.captured(1), QStringLiteral("writing"));
        QVERIFY(reading.captured(2).toDouble() >= 50);
        QVERIFY(reading.captured(3).toInt() > 0); // this process's memory, read from /proc
        QVERIFY(reading.captured(4).toInt() >= 0 && writing.captured(4).toInt() >= 0);
        QVERIFY2(writing.captured(2).toDouble() < reading.captured(2).toDouble(), qPrintable(logged.join(QLatin1Char('|'))));
        // Sleeping costs no CPU; counting costs its 50 ms (a few may be counted as the kernel's).
        QVERIFY2(reading.captured(5).toInt() < 40 && counting.captured(5).toInt() >= 40,
                 qPrintable(logged.join(QLatin1Char('|'))));
    }

    void nothingIsLoggedUnlessAsked()
    {
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("vitrine.feed.phases.debug=false"));
        const QtMessageHandler before = qInstallMessageHandler(keep);
        FeedPhases phases;
        phases.done("reading");
        qInstallMessageHandler(before);
        QVERIFY(logged.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedPhases)
#include "tst_feedphases.moc"
