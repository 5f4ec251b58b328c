// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feed.h"
#include "feed/feedreport.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

class CatalogRows;
class DocumentTable;
class FeedPhases;
class EventRows;
class FeedSourceRows;
class VehicleRows;

/// Writes a validated Feed into storage in one transaction — all of its valid records or none —
/// and records the run with its issues. A full feed replaces its own source's records only; a
/// car whose id or VIN another source's live car holds is that car's error, never the feed's.
class FeedApplier
{
public:
    explicit FeedApplier(QSqlDatabase db);
    ~FeedApplier();

    /// Applies `feed`; on failure nothing is changed and `report->fatal` says why.
    bool apply(const Feed &feed, const QString &origin, FeedReport *report);

    /// From this many cars on, and at least a quarter of the stock, a feed's cars are written
    /// with the stock's unique VIN index set aside and built once at the end (VehicleRows::BulkWrite).
    static constexpr qsizetype kBulkCars = 5000;
    /// Another threshold than kBulkCars (tests take both ways with a few cars).
    void setBulkCars(qsizetype cars) { m_bulkCars = cars; }

    /// Told, once a dealer's large stock feed is checked and its dealers stored, while its cars
    /// are written (the longest part, on this thread) and once another core has encoded them
    /// (VehicleRows::Ahead), which cars will leave and be written and the catalog they will be
    /// under, so the finder's next snapshot is built meanwhile on that core (InventoryService::prepare). The cars are the list
    /// that FeedReport::StockChange::written then shares when every one was stored; the catalog is the report's.
    using Checked = std::function<void(const QSet<QString> &removed, const QList<Vehicle> &written,
                                       const std::shared_ptr<const Catalog> &catalog)>;
    void setChecked(Checked checked) { m_checked = std::move(checked); }

    /// Every list a feed carries, catalog first.
    const QStringList &lists() const { return m_lists; }
    /// Where a feed list is stored: the catalog's repository, the stock's, the sources' or the events'.
    DocumentTable *table(const QString &list) const;
    CatalogRows &catalogRows() const { return *m_catalogRows; }
    VehicleRows &vehicleRows() const { return *m_vehicleRows; }

private:
    class Run;
    /// The ids a feed carries, by list: they are not removed by a full feed.
    using Kept = QHash<QString, QSet<QString>>;
    bool writeStock(const Feed &feed, Run &t, FeedReport *report, FeedPhases &phases, std::function<void()> announce);
    bool removeMissing(const Feed &feed, const Kept &kept, Run &t, FeedReport *report);
    bool checkCatalog(const Feed &feed, const QString &origin, Run &t, FeedReport *report);
    bool recordRun(const Feed &feed, const QString &origin, Run &t, FeedReport *report);

    QSqlDatabase m_db;
    std::unique_ptr<CatalogRows> m_catalogRows;
    std::unique_ptr<VehicleRows> m_vehicleRows;
    std::unique_ptr<FeedSourceRows> m_sourceRows;
    std::unique_ptr<EventRows> m_eventRows;
    QStringList m_lists;
    qsizetype m_bulkCars = kBulkCars;
    Checked m_checked;
};
