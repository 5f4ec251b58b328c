// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void backsOffExponentiallyUpToTheSchedule()
    {
        // Jitter 1: the top of each step.
        QCOMPARE(RetryPolicy::backoff(1, 1h, 1.0), 60s);
        QCOMPARE(RetryPolicy::backoff(2, 1h, 1.0), 120s);
        QCOMPARE(RetryPolicy::backoff(3, 1h, 1.0), 240s);
        QCOMPARE(RetryPolicy::backoff(6, 1h, 1.0), 1920s);
        QCOMPARE(RetryPolicy::backoff(7, 1h, 1.0), 3600s); // capped at the schedule
        QCOMPARE(RetryPolicy::backoff(500, 1h, 1.0), 3600s);
        // A source fetched every five minutes is still retried after a minute, then every five.
        QCOMPARE(RetryPolicy::backoff(1, 5min, 1.0), 60s);
        QCOMPARE(RetryPolicy::backoff(9, 5min, 1.0), 300s);
    }

    void jitterSpreadsTheUpperHalf()
    {
        QCOMPARE(RetryPolicy::backoff(3, 1h, 0.0), 120s);
        QCOMPARE(RetryPolicy::backoff(3, 1h, 0.5), 180s);
        for (double j = 0; j < 1; j += 0.01) {
            const auto wait = RetryPolicy::backoff(4, 1h, j);
            QVERIFY(wait >= 240s && wait <= 480s);
        }
    }

    void nextAttempt()
    {
        const QDateTime now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::nextAttempt(now, 0, 1h, std::nullopt, 0.3), now.addSecs(3600));
        QCOMPARE(RetryPolicy::nextAttempt(now, 1, 1h, std::nullopt, 1.0), now.addSecs(60));
        // The server's Retry-After wins over a shorter backoff, never over a longer one …
        QCOMPARE(RetryPolicy::nextAttempt(now, 1, 1h, now.addSecs(900), 1.0), now.addSecs(900));
        QCOMPARE(RetryPolicy::nextAttempt(now, 7, 1h, now.addSecs(10), 1.0), now.addSecs(3600));
        // … and a server asking for a year is asked again tomorrow.
        QCOMPARE(RetryPolicy::nextAttempt(now, 1, 1h, now.addDays(365), 1.0), now.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
