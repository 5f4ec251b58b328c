// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Unpacks gzip data (RFC 1952, one member or several, as `cat a.gz b.gz` makes) with a limit
/// on what comes out, so a small download that would unpack to gigabytes is refused, never
/// unpacked: a feed sent with Content-Encoding gzip, or published as feed.csv.gz.
class GzipInflater
{
public:
    struct Result {
        bool ok = false;
        QByteArray bytes;
        QString problem; ///< for a person; empty when ok
    };

    /// Whether `bytes` start like gzip data.
    static bool isGzip(QByteArrayView bytes);
    static Result inflate(QByteArrayView gzip, qsizetype maxBytes);
};
