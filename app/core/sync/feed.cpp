#include "feed.h"

#include <QSet>

QString FeedIssue::toString() const
{
    const QString where = recordId.isEmpty() ? list : list + QLatin1Char('/') + recordId;
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, problem)
                           : QStringLiteral("%1: %2: %3").arg(where, field, problem);
}

qsizetype Feed::acceptedCount() const
{
    return markets.size() + bodies.size() + lines.size() + models.size() + trims.size() + options.size()
        + rules.size() + studios.size() + vehicles.size();
}

qsizetype Feed::rejectedCount() const
{
    // A record can carry several errors; count records, not errors.
    QSet<QString> records;
    for (const FeedIssue &issue : issues) {
        if (issue.severity == FeedIssue::Severity::Error && !issue.recordId.isEmpty())
            records.insert(issue.list + QLatin1Char('/') + issue.recordId);
    }
    return records.size();
}

qsizetype Feed::warningCount() const
{
    return std::count_if(issues.cbegin(), issues.cend(),
                         [](const FeedIssue &i) { return i.severity == FeedIssue::Severity::Warning; });
}
