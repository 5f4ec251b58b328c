#pragma once

#include "common/recordissue.h"

#include <QList>
#include <QString>

/// What an import did, for a person: whether the feed was applied, why not, and the records it
/// took, left out (with their reasons) and removed.
struct FeedReport {
    bool applied = false;
    QString fatal;  ///< why nothing was applied, for a person
    QString format; ///< what the file was read as: "a Meta automotive catalog (CSV)"
    QString source; ///< the source its records are kept under
    qsizetype accepted = 0;
    qsizetype rejected = 0;
    qsizetype warnings = 0;
    qsizetype tombstoned = 0;
    QList<RecordIssue> issues;
};
