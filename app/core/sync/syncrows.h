// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recordissue.h"
#include "sync/sourcestate.h"
#include "sync/syncsource.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

/// The sync's own tables: the sources staff add or change on this screen (merged over the ones
/// the brand's feed lists), what each source's fetches came to, and the records its last feed
/// left out with their reasons.
class SyncRows
{
public:
    explicit SyncRows(QSqlDatabase db);

    /// The most records left out that are kept per source: enough for staff to see the pattern.
    static constexpr int kMaxIssuesKept = 1000;

    /// Every source this screen fetches: the feed's, with staff's changes, then staff's own.
    std::optional<QList<SyncSource>> sources(QString *error = nullptr) const;
    std::optional<SyncSource> source(const QString &id, QString *error = nullptr) const;
    /// Adds staff's own source, or staff's change to one (the whole record, validated). A new
    /// address forgets what the old one's copy was (its validators, a cut-off download).
    bool saveLocal(const FeedSource &source, QString *error = nullptr);
    /// Takes staff's source, or staff's change, away (a feed's source is then as the feed says).
    bool removeLocal(const QString &id, QString *error = nullptr);

    std::optional<QHash<QString, SourceState>> states(QString *error = nullptr) const;
    /// The state of `id`; a source never fetched has an empty one.
    std::optional<SourceState> state(const QString &id, QString *error = nullptr) const;
    bool saveState(const SourceState &state, QString *error = nullptr);
    /// Saves the state and, when `issues` is given, keeps them as the source's last feed's (the
    /// first kMaxIssuesKept, errors first), in one transaction.
    bool record(const SourceState &state, const QList<RecordIssue> *issues, QString *error = nullptr);
    /// The records the source's last feed left out, errors first, then warnings.
    std::optional<QList<RecordIssue>> issues(const QString &source, int limit = kMaxIssuesKept, QString *error = nullptr) const;

private:
    bool forgetCopy(const QString &id, QString *error);
    bool replaceIssues(const QString &source, const QList<RecordIssue> &issues, QString *error);

    QSqlDatabase m_db;
};
