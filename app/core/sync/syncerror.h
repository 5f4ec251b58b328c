// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Why a source's last fetch did not bring its feed in, as a kind staff mode words in the
/// screen's language, with the details in plain English beside it (never a library's message).
struct SyncError {
    enum class Kind {
        None,
        Unreachable, ///< no connection to the server (name unknown, refused, no network)
        Timeout,     ///< it did not answer, or stopped sending, in time
        Certificate, ///< HTTPS: the server's certificate is not trusted
        Server,      ///< it answered with an error status (500, 404 …)
        TooLarge,    ///< more than the source may bring
        NotAFeed,    ///< a web page, a picture, something that is no feed
        Interrupted, ///< the download was cut off; it resumes where the server allows it
        Missing,     ///< a file source whose file is not there (the USB stick is out)
        Refused,     ///< the feed came in but the importer refused it whole
        Storage,     ///< this screen's own database or disk failed
    };
    Kind kind = Kind::None;
    QString text;

    bool isError() const { return kind != Kind::None; }
    static QString nameOf(Kind kind);
    static Kind kindNamed(const QString &name);
    bool operator==(const SyncError &) const = default;
};
