// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <algorithm>

std::chrono::seconds RetryPolicy::backoff(int failures, std::chrono::seconds interval, double jitter)
{
    using std::chrono::seconds;
    // A source fetched every few minutes is not retried less often than on its schedule; one
    // fetched daily is retried within minutes first, then less and less often.
    const seconds cap = std::max(interval, kFirstRetry);
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 step = std::min<qint64>(kFirstRetry.count() << std::min(doublings, 20), cap.count());
    const double j = std::clamp(jitter, 0.0, 1.0);
    return seconds(std::max<qint64>(1, qint64(double(step) * (0.5 + 0.5 * j))));
}

QDateTime RetryPolicy::nextAttempt(const QDateTime &now, int failures, std::chrono::seconds interval,
                                   const std::optional<QDateTime> &retryAfter, double jitter)
{
    QDateTime next = now.addSecs(failures <= 0 ? interval.count() : backoff(failures, interval, jitter).count());
    if (retryAfter && retryAfter->isValid()) {
        const QDateTime latest = now.addSecs(kLongestRetryAfter.count());
        next = std::max(next, std::min(*retryAfter, latest));
    }
    return next;
}
