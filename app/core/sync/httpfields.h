// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

/// Reads the few HTTP response fields a sync acts on — Retry-After, the dates of Last-Modified
/// and Retry-After, Content-Range — exactly as RFC 9110 writes them; anything else is unread
/// (nullopt), never guessed.
class HttpFields
{
public:
    /// An HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), or the obsolete RFC 850 and
    /// asctime forms a server may still send.
    static std::optional<QDateTime> parseDate(QByteArrayView text);
    /// IMF-fixdate, for If-Modified-Since.
    static QByteArray formatDate(const QDateTime &when);
    /// Retry-After as delta-seconds or an HTTP-date, as the moment to wait for.
    static std::optional<QDateTime> parseRetryAfter(QByteArrayView text, const QDateTime &now);

    struct ContentRange {
        qint64 first = 0;
        qint64 last = 0;
        qint64 complete = -1; ///< -1 when the server does not say ("*")
    };
    /// "bytes 100-999/1000" or "bytes 100-999/*".
    static std::optional<ContentRange> parseContentRange(QByteArrayView text);
    /// Whether an entity tag can go in If-Range: strong tags only (W/"…" cannot).
    static bool isStrongEtag(QByteArrayView etag);
};
