// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// One problem found in one record from outside (a feed entry, a stored document), reported as
/// `list/id: field: problem` (with the line of a CSV or TSV file) so a person can find the
/// record and fix it.
struct RecordIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString list;
    QString recordId;
    QString field;
    QString problem;
    int line = 0; ///< where the record starts in a CSV or TSV file; 0 elsewhere

    QString toString() const;
};
