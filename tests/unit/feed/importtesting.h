// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedreport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

/// What the importer's tests ask of an import: its issues as a person reads them, whether one
/// says something, and a number read back from storage.
namespace ImportTesting {

inline QString issues(const FeedReport &r)
{
    QStringList out;
    for (const RecordIssue &i : r.issues)
        out << i.toString();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + r.fatal;
}

inline bool hasIssue(const FeedReport &r, const QString &needle)
{
    return std::any_of(r.issues.cbegin(), r.issues.cend(),
                       [&needle](const RecordIssue &i) { return i.toString().contains(needle); });
}

/// The first column of the first row, or -1.
inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace ImportTesting
