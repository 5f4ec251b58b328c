#pragma once

#include "feed/feed.h"
#include "storage/documenttable.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class CatalogRows;
class VehicleRows;

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
        QList<RecordIssue> issues;
    };

    explicit FeedImporter(QSqlDatabase db);
    ~FeedImporter();

    Report importFile(const QString &path);
    Report importBytes(const QByteArray &bytes, const QString &origin);

    /// Whether a feed has ever been applied (the first start loads the demo data).
    bool hasCatalog() const;

private:
    bool apply(const Feed &feed, const QString &origin, Report *report);
    /// Where a feed list is stored: the catalog's repository or the stock's.
    DocumentTable *table(const QString &list) const;
    static DocumentTable::Columns columnsFor(const QString &list, const QJsonObject &doc);

    QSqlDatabase m_db;
    std::unique_ptr<CatalogRows> m_catalogRows;
    std::unique_ptr<VehicleRows> m_vehicleRows;
    QStringList m_lists; ///< every list a feed carries, catalog first
};
