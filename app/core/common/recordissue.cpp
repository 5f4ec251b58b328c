#include "recordissue.h"

QString RecordIssue::toString() const
{
    const QString where = recordId.isEmpty() ? list : list + QLatin1Char('/') + recordId;
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, problem)
                           : QStringLiteral("%1: %2: %3").arg(where, field, problem);
}
