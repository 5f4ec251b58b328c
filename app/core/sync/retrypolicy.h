// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>
#include <optional>

/// When a source is fetched next: on its own schedule after a success; after a failure sooner,
/// then backing off exponentially up to that schedule, with jitter so screens that failed
/// together do not all come back at once; never before the server's Retry-After (capped, so a
/// server asking for a year is asked again tomorrow).
class RetryPolicy
{
public:
    static constexpr std::chrono::seconds kFirstRetry{60};
    static constexpr std::chrono::seconds kLongestRetryAfter{24 * 3600};

    /// The wait after the `failures`-th failure in a row (1 for the first) of a source fetched
    /// every `interval`; `jitter` in [0, 1) picks a point in the upper half of the step.
    static std::chrono::seconds backoff(int failures, std::chrono::seconds interval, double jitter);

    /// The next attempt: `interval` after a success (`failures` 0), the backoff after a failure,
    /// and not before `retryAfter` when the server gave one.
    static QDateTime nextAttempt(const QDateTime &now, int failures, std::chrono::seconds interval,
                                 const std::optional<QDateTime> &retryAfter, double jitter);
};
