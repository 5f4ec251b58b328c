// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncerror.h"

#include <QDateTime>
#include <QString>

/// What a source's fetches have come to so far: when it was last tried, last brought a current
/// feed in, and is tried next; what the last import applied and left out; the last error; and
/// what a conditional or resumed download needs from the copy held.
struct SourceState {
    enum class Outcome {
        None,      ///< never fetched
        Applied,   ///< a new feed came in and was applied
        Unchanged, ///< the server or the file said nothing changed (a 304 costs nothing)
        Refused,   ///< the feed came in and was refused whole; the previous data stays
        Failed,    ///< the feed did not come in
    };

    QString source;
    QDateTime lastAttempt;
    QDateTime lastSuccess; ///< the last time the source's data was known to be current
    QDateTime nextAttempt;
    QDateTime failingSince; ///< the first failure of the current run of failures
    int failures = 0;       ///< failures in a row
    Outcome outcome = Outcome::None;
    qint64 applied = 0; ///< records of the last feed applied
    qint64 rejected = 0;
    qint64 warnings = 0;
    qint64 removed = 0;
    SyncError error;
    // The copy applied last, for a conditional GET.
    QString etag;
    QString lastModified;
    QString contentSha256;
    qint64 bytes = 0;
    /// The validator (a strong ETag or a Last-Modified date) of a download cut off halfway.
    QString partialValidator;

    /// The state of a source never fetched.
    static SourceState never(const QString &source)
    {
        SourceState s;
        s.source = source;
        return s;
    }
    bool failing() const { return failures > 0; }
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeNamed(const QString &name);
};
