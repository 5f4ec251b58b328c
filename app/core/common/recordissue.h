#pragma once

#include <QString>

/// One problem found in one record from outside (a feed entry, a stored document), reported as
/// `list/id: field: problem` so a person can find the record and fix it.
struct RecordIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString list;
    QString recordId;
    QString field;
    QString problem;

    QString toString() const;
};
