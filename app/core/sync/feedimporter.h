#pragma once

#include "sync/feed.h"

#include <QSqlDatabase>
#include <QString>

/// Imports a Vitrine feed into the database: validates it, then applies every valid record in
/// one transaction (all of the feed's valid records, or none), and records the run and its
/// issues so staff can see what was left out and why.
class FeedImporter
{
public:
    struct Report {
        bool applied = false;
        QString fatal; ///< why nothing was applied, for a person
        qsizetype accepted = 0;
        qsizetype rejected = 0;
        qsizetype warnings = 0;
        qsizetype tombstoned = 0;
        QList<FeedIssue> issues;
    };

    explicit FeedImporter(QSqlDatabase db);

    Report importFile(const QString &path);
    Report importBytes(const QByteArray &bytes, const QString &origin);

    /// Whether a feed has ever been applied (the first start loads the demo data).
    bool hasCatalog() const;

private:
    bool apply(const Feed &feed, const QString &origin, Report *report);

    QSqlDatabase m_db;
};
