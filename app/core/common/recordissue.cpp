// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordissue.h"

QString RecordIssue::toString() const
{
    QString where = recordId.isEmpty() ? list : list + QLatin1Char('/') + recordId;
    if (line > 0)
        where += QStringLiteral(" (line %1)").arg(line);
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, problem)
                           : QStringLiteral("%1: %2: %3").arg(where, field, problem);
}
