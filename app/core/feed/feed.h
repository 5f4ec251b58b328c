// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/studioevent.h"
#include "catalog/catalogtypes.h"
#include "catalog/studio.h"
#include "common/recordissue.h"
#include "feed/feedsource.h"
#include "inventory/vehicle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

/// A removal carried by a delta feed.
struct FeedRemoval {
    QString list; ///< "vehicles", "models", …
    QString id;
};

/// A feed validated into typed records, with the reasons for every record it left out.
struct Feed {
    QString source;
    QDateTime generated;
    bool full = true;
    /// A dealer's feed: its cars are the source's whole stock (cars of the source it does not
    /// carry leave), while the dealers it names are only created or updated, never removed.
    bool stockOnly = false;

    QList<Market> markets;
    QList<BodyStyle> bodies;
    QList<ModelLine> lines;
    QList<CarModel> models;
    QList<Trim> trims;
    QList<CatalogOption> options;
    QList<CatalogRule> rules;
    QList<Studio> studios;
    QList<Vehicle> vehicles;
    /// No two of `vehicles` share an id or a VIN (a dealer feed once checked): storage then checks
    /// each car's VIN against the stored stock alone.
    bool distinctCars = false;
    /// The ids of `vehicles` stored already exactly as they are, with the change stamp they were
    /// stored with (a dealer feed's cars that did not change since its last import): not written
    /// again.
    QSet<QString> unchanged;
    QList<ModelAlias> aliases;
    QList<FeedSource> sources;
    QList<StudioEvent> events; ///< placed: their instants are set from their studio's zone
    QList<FeedRemoval> removals;

    /// The validated JSON of each accepted record, by "list/id": what storage keeps. Cars are
    /// not here: storage keeps each as VehicleRecord::write gives it.
    QHash<QString, QJsonObject> documents;
    /// The keys of `documents` in feed order, so storage keeps the brand's order of lines,
    /// models and options (a left-out record's key stays here but not in `documents`).
    QStringList documentOrder;
    QList<RecordIssue> issues;

    qsizetype acceptedCount() const;
    qsizetype rejectedCount() const;
    qsizetype warningCount() const;
};
