// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

RateLimiter::RateLimiter(double rate, int burst)
    : m_rate(rate > 0 ? rate : 1)
    , m_burst(burst > 0 ? burst : 1)
{
}

bool RateLimiter::take(const QByteArray &key, qint64 nowMs, int *retryAfter)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    Bucket &b = *it;
    b.tokens = std::min(double(m_burst), b.tokens + (nowMs - b.at) * m_rate / 1000.0);
    b.at = nowMs;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
    }
    *retryAfter = std::max(1, int(std::ceil((1 - b.tokens) / m_rate)));
    return false;
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + (nowMs - it->at) * m_rate / 1000.0 >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}
