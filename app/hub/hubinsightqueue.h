// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "hubinsights.h"

#include "insights/insightrows.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class DatabaseQueue;

/// The hub's insight reads, off the thread that serves the screens: a chain's month over ten
/// million events takes a second or two, and every screen would wait that long for its slots. A
/// reader thread with a read-only connection of its own reads one report at a time, a few more
/// wait their turn, and the request waits parked (HttpResponse::waitMs) until its answer is read;
/// the server is woken then. Answers are kept for a while for the events they counted.
class HubInsightQueue
{
public:
    /// `db` is the hub's own connection (its file is read by the reader); `wake` asks the server
    /// to ask its parked requests again (HttpServer::wake).
    HubInsightQueue(QSqlDatabase db, std::function<void()> wake);
    ~HubInsightQueue();

    /// Reads waiting or under way at once (queries asked twice share one): one more is a 503.
    static constexpr int maximumReads = 4;
    /// How long a request waits parked for its read before a 503 with Retry-After.
    static constexpr int waitMs = 10000;
    /// How long after its read was asked for an answer is served again while no event came or went.
    static constexpr qint64 freshMs = 30000;
    /// Answers kept, the oldest forgotten first.
    static constexpr int kept = 16;

    /// GET /v1/insights or /v1/insights/csv of an authenticated screen, at `nowMs` on the server's
    /// clock: 400 for a bad query, the answer when one is read for it, else parked (or 503).
    HttpResponse answer(const HttpRequest &request, qint64 nowMs);

private:
    struct Kept {
        QByteArray key;
        qint64 askedMs = 0; ///< when its read was asked for: what it counted is at least that fresh
        std::optional<InsightRows::Generation> generation; ///< none for a failed read
        HttpResponse response;
    };
    void start(const HubInsights::Ask &ask, qint64 nowMs);

    QSqlDatabase m_db;
    std::function<void()> m_wake;
    std::unique_ptr<DatabaseQueue> m_reader;
    QHash<QByteArray, qint64> m_reading; ///< asked, not yet read: key → when asked
    QList<Kept> m_kept;                  ///< newest last
};
