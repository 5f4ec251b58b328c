// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/sourcesyncer.h"
#include "sync/syncoutcome.h"

#include <QObject>
#include <QThread>

/// Keeps the screen's sources fetched on their schedule: a SourceSyncer on a thread of its own
/// (network and imports never run on the screen's thread), asked from here, its outcomes
/// delivered back here as signals for the screen to swap the new stock in.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(SourceSyncer::Options options, QObject *parent = nullptr);
    /// Stops the fetch under way (an import under way finishes first) and ends the thread.
    ~SyncScheduler() override;

    /// Starts the schedule: whatever is due is fetched now.
    void start();
    /// Fetches `id` now (every enabled source when empty).
    void syncNow(const QString &id = {});
    /// Staff changed the sources: their schedule is read again.
    void replan();
    /// The screen was paired (or forgotten): see SourceSyncer::setHub. Asked before start(), the
    /// first fetches already go to the hub.
    void setHub(const HubLink::Pairing &pairing);
    /// The hub applied a feed: see SourceSyncer::runFromHub.
    void syncFromHub();
    /// The source being fetched right now, or empty.
    QString fetching() const { return m_fetching; }

signals:
    void started(const QString &source);
    void synced(const SyncOutcome &outcome);
    /// A dealer's large stock is checked and being stored: `written` (shared with the outcome's
    /// stock, when every car is stored) and `catalog` (the outcome's) come with synced() after.
    void stockChecked(const QSet<QString> &removed, const QList<Vehicle> &written, const std::shared_ptr<const Catalog> &catalog);

private:
    QThread m_thread;
    SourceSyncer *m_syncer = nullptr;
    QString m_fetching;
    bool m_started = false;
};
