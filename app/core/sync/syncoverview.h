// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightfindings.h"
#include "sync/sourcestate.h"
#include "sync/syncsource.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <chrono>
#include <optional>

/// The sync as people are told about it, read in one go: every source with its state, which of
/// them have been failing too long (for staff only), and how current the stock is (for
/// everyone): as of the oldest last success of the sources that brought it, or of the last
/// import when no source is fetched.
struct SyncOverview {
    QList<SyncSource> sources;
    QHash<QString, SourceState> states;
    /// When the stock was last known to be current; invalid when nothing was ever imported.
    QDateTime stockAsOf;

    static std::optional<SyncOverview> read(QSqlDatabase db, QString *error = nullptr);
    SourceState stateOf(const QString &id) const { return states.value(id, SourceState::never(id)); }
    /// A source that has failed without a break for longer than `limit`, as of `now`.
    bool failingLongerThan(const QString &id, std::chrono::seconds limit, const QDateTime &now) const;

    /// The sources failing for more than an hour without a break, as the insights' findings take
    /// them; empty when the sync's state cannot be read.
    static QList<SourceHealth> failingSources(QSqlDatabase db, const QDateTime &now);
};
