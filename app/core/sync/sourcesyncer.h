// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedapplier.h"
#include "sync/feedfetcher.h"
#include "sync/hublink.h"
#include "sync/syncoutcome.h"
#include "sync/syncsource.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

/// Fetches and imports the sources that are due, one at a time, on the thread it lives on (its
/// own network access, its own database connection): each fetch's outcome is written to the
/// source's state before the next begins. One source's fault stays that source's: its feed is
/// applied in a transaction of its own, or not at all, and the previous data stays.
class SourceSyncer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString databasePath;
        /// Where downloads cut off halfway are kept until they resume.
        QString workFolder;
        FeedFetcher::Limits limits; ///< maxBytes comes from each source
        /// False: only what runNow asks for is fetched (a test stepping through fetches).
        bool onSchedule = true;
        /// The hub: each feed that came in whole and was applied is kept here (keptFeedPath) for
        /// the studio's screens to take from the hub rather than from the dealer. Empty: none kept.
        QString keepFolder;
    };

    explicit SourceSyncer(Options options, QObject *parent = nullptr);
    ~SourceSyncer() override;

    /// Called with each outcome, on this object's thread.
    void setReporter(std::function<void(const SyncOutcome &)> reporter) { m_reporter = std::move(reporter); }
    /// Called on this thread when a dealer's large stock is checked, before its cars are stored
    /// (FeedApplier::setChecked): the finder can build its next snapshot meanwhile.
    void setCheckedReporter(FeedApplier::Checked reporter) { m_checkedReporter = std::move(reporter); }
    /// Called when a fetch starts (the source's id), on this object's thread.
    void setStartReporter(std::function<void(const QString &)> reporter) { m_startReporter = std::move(reporter); }

    /// Opens the connection and the network access here, then runs whatever is due.
    void start();
    /// Fetches `id` now (every enabled source when empty), whatever its schedule.
    void runNow(const QString &id);
    /// Reads the sources and their schedule again (staff changed a source) and runs what is due.
    void plan();
    /// Stops the fetch under way and closes the connection; nothing runs afterwards.
    void shutdown();
    /// A paired screen: the sources on the network are taken from the hub (the copy it fetched
    /// for the studio, with the screen's token, the hub's certificate pinned); a source the hub
    /// does not fetch is fetched directly, as an unpaired screen does. An invalid pairing: every
    /// source directly. Files (a USB stick, a folder) are always read here.
    void setHub(const HubLink::Pairing &pairing);

    /// The hub applied a feed: every source taken from the hub is asked for now (a 304 for those
    /// that did not change); those fetched directly keep their schedule.
    void runFromHub();

    /// Where a hub keeps the feed of source `id` in `folder`.
    static QString keptFeedPath(const QString &folder, const QString &id);

private:
    void run(const SyncSource &source, const SourceState &state);
    void onFetched(const FeedFetcher::Result &result);
    /// Imports the body and returns the outcome (the state filled in).
    SyncOutcome import(const QByteArray &body, SourceState state, const QString &etag, const QString &lastModified,
                       QList<RecordIssue> *issues);
    void failed(SourceState &state, const SyncError &error, const std::optional<QDateTime> &retryAfter);
    void record(const SyncOutcome &outcome, const QList<RecordIssue> *issues);
    QString partialPath(const QString &id) const;
    bool viaHub(const SyncSource &source) const;
    /// A hub without its copy of source `id` for the screens (never kept, or removed).
    bool keptCopyMissing(const QString &id) const;
    /// Keeps the feed just applied (or found unchanged) for the studio's screens, when a hub.
    void keep(const QByteArray &body);

    Options m_options;
    QSqlDatabase m_db;
    QString m_connection;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FeedFetcher> m_fetcher;
    QTimer m_wake;
    QSet<QString> m_forced;
    bool m_forceAll = false;
    bool m_closed = false;
    bool m_started = false;
    // The fetch under way.
    std::optional<SyncSource> m_current;
    SourceState m_currentState;
    bool m_currentViaHub = false;
    HubLink::Pairing m_hub;
    QSet<QString> m_notAtHub; ///< sources the hub said it does not fetch (404): fetched directly
    std::function<void(const SyncOutcome &)> m_reporter;
    FeedApplier::Checked m_checkedReporter;
    std::function<void(const QString &)> m_startReporter;
};
