// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

/// Token buckets by key (a screen, an address): `rate` requests a second on average, `burst` at
/// once. Idle buckets are dropped, so the table stays as small as the set of recent clients.
class RateLimiter
{
public:
    RateLimiter(double rate, int burst);

    /// Takes one request's token; false when the bucket is empty, with the whole seconds until
    /// one is back in `retryAfter`.
    bool take(const QByteArray &key, qint64 nowMs, int *retryAfter);
    /// Drops the buckets that have filled up again.
    void prune(qint64 nowMs);
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 at = 0;
    };
    double m_rate;
    int m_burst;
    QHash<QByteArray, Bucket> m_buckets;
};
