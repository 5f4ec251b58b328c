// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "common/recordissue.h"
#include "inventory/stockgeneration.h"
#include "inventory/vehicle.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

/// What an import did, for a person: whether the feed was applied, why not, and the records it
/// took, left out (with their reasons) and removed.
struct FeedReport {
    bool applied = false;
    QString fatal;  ///< why nothing was applied, for a person
    QString format; ///< what the file was read as: "a Meta automotive catalog (CSV)"
    QString source; ///< the source its records are kept under
    qsizetype accepted = 0;
    qsizetype rejected = 0;
    qsizetype warnings = 0;
    qsizetype tombstoned = 0;
    QList<RecordIssue> issues;

    /// What the import changed in the stock, so the finder's index can be swapped without
    /// reading the whole stock back (InventoryService::replace): the ids that left, and the
    /// cars written (new ones and new versions).
    struct StockChange {
        QSet<QString> removed;
        QList<Vehicle> written;
        /// The stock generations the import found and committed (StockGeneration): the finder's
        /// snapshot file is brought up to date with this change only from the stock it found.
        StockGeneration::Step generation;
        /// The catalog the cars were announced under (FeedApplier::setChecked), read in the
        /// import's transaction: the catalog the import leaves. Null when none was announced.
        std::shared_ptr<const Catalog> catalog;
    } stock;
};
