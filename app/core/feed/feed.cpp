// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed.h"

#include <QSet>

qsizetype Feed::acceptedCount() const
{
    return markets.size() + bodies.size() + lines.size() + models.size() + trims.size() + options.size() + rules.size()
        + studios.size() + vehicles.size() + aliases.size() + sources.size() + events.size();
}

qsizetype Feed::rejectedCount() const
{
    // A record can carry several errors; count records, not errors.
    QSet<QString> records;
    for (const RecordIssue &issue : issues) {
        if (issue.severity == RecordIssue::Severity::Error && !issue.recordId.isEmpty())
            records.insert(issue.list + QLatin1Char('/') + issue.recordId);
    }
    return records.size();
}

qsizetype Feed::warningCount() const
{
    return std::count_if(issues.cbegin(), issues.cend(),
                         [](const RecordIssue &i) { return i.severity == RecordIssue::Severity::Warning; });
}
