// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httplimits.h"
#include "httpmessage.h"
#include "hubbookings.h"
#include "hubchanges.h"
#include "hubevents.h"
#include "hubfeeds.h"
#include "hubinsightqueue.h"
#include "huboutbox.h"
#include "hubrequests.h"
#include "phonesite.h"
#include "ratelimiter.h"

#include "sync/screenregistry.h"
#include "sync/syncoutcome.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

class HttpServer;

/// The hub's API (v1): pairing, then every request authenticated by a screen's bearer token and
/// rate-limited per screen and per address; the studio's data with a strong ETag; the hub's health.
/// The visitors' phone pages (PhoneSite) are the one part served without a token.
class HubService
{
public:
    HubService(QSqlDatabase db, const HttpLimits &limits, int schemaVersion, const PhoneSite::Options &phone = {});

    void setServer(HttpServer *server) { m_server = server; }
    /// The SHA-256 of the hub's TLS certificate, handed to a screen when it pairs so it can pin it.
    void setCertificateFingerprint(const QByteArray &hex) { m_fingerprint = hex; }
    HttpResponse handle(const HttpRequest &request, bool *trusted);
    /// What the hub's own fetch of a source came to, for /v1/health; a feed applied is the
    /// "sources" topic for the screens, which take it from here (HubFeeds).
    void noteSync(const SyncOutcome &outcome);
    /// Where the hub's SourceSyncer keeps the feeds it applied, served to the screens.
    void setFeedFolder(const QString &folder) { m_feeds.setFolder(folder); }
    /// Housekeeping from the server's tick.
    void tick(qint64 nowMs);

private:
    HttpResponse route(const HttpRequest &request, bool *trusted);
    /// A change answered with success: screens waiting on /v1/changes hear of it.
    void noteChange(const HttpRequest &request, const HttpResponse &response);
    /// These topics changed: noted for /v1/changes, and the screens waiting there woken.
    void changed(const QStringList &topics);
    /// On a server shared with other hub processes: their changes are noted here too (LISTEN).
    void listenToOtherHubs();
    HttpResponse pair(const HttpRequest &request);
    HttpResponse studio(const HttpRequest &request);
    HttpResponse health(const QString &screenId);
    /// The studio's data as JSON and its ETag, rebuilt when older than a couple of seconds.
    bool refreshStudio(QString *error);

    QSqlDatabase m_db;
    ScreenRegistry m_registry;
    HubBookings m_bookings;
    HubEvents m_events;
    HubRequests m_requests;
    HubInsightQueue m_insights; ///< read off this thread, the request parked meanwhile
    HubOutbox m_outbox;
    HubFeeds m_feeds;  ///< the studio's feeds as the hub fetched them
    PhoneSite m_phone; ///< the public pages for visitors' phones (/p/…), no token
    int m_schemaVersion;
    HttpServer *m_server = nullptr;
    HubChanges m_changes;
    QElapsedTimer m_clock;
    RateLimiter m_perAddress;
    RateLimiter m_perScreen;
    RateLimiter m_pairing;
    QByteArray m_studioBody;
    QByteArray m_studioTag;
    qint64 m_studioBuiltAt = -1;
    QByteArray m_fingerprint;
    struct SourceSeen {
        QString outcome;
        QDateTime at;
        qsizetype carsWritten = 0;
    };
    QHash<QString, SourceSeen> m_sources;
    bool m_syncing = false;
};
