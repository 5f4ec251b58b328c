// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "storage/outbox.h"
#include "sync/hublink.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <chrono>
#include <functional>

class DatabaseQueue;

/// Delivers this screen's outbox to its hub (POST /v1/outbox), at least once and in order per
/// record (Outbox::claimInOrder; the hub applies a batch in order and never a record's item
/// after one of it that it could not take): claims a batch on the database's thread (a booking's payload gains the visitor's
/// contact there if it is still kept, so the outbox itself never holds personal data), sends it
/// through the HubLink and settles each item by the hub's answer: delivered items are
/// acknowledged, items the hub could not take now are retried after their backoff, items it
/// refused are dead-lettered with its reason for staff. A request that failed as a whole (no
/// answer, the hub busy, a 429) is retried for every item, not before the hub's Retry-After.
/// The same drain takes the hub's own outbox to the brand (BrandRelay), through another Post.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 50;
    /// How long claimed items wait for this sender before another may take them (one that died).
    static constexpr std::chrono::seconds kLease{120};
    /// Full batches sent one after the other in one drain before the next drain's turn.
    static constexpr int kMostBatches = 20;

    struct Report {
        int sent = 0; ///< items offered to the hub in this drain
        int delivered = 0;
        int retried = 0;
        int rejected = 0;
        bool pairAgain = false; ///< the hub no longer knows this screen: staff must pair it again
        QString problem;        ///< why the last request did not go through, in words for staff
    };

    /// Sends a batch's body to the receiver; `done` gets its answer (or why there was none).
    using Post = std::function<void(const QJsonObject &body, std::function<void(const HubLink::Answer &)> done)>;

    /// To the hub the screen is paired with (POST /v1/outbox), while it is paired.
    OutboxSender(DatabaseQueue *queue, HubLink *link, QObject *parent = nullptr);
    /// To another receiver that answers the same way; `receiver` names it in the reasons kept
    /// for staff ("the brand"). Drains only while `ready` says so.
    OutboxSender(DatabaseQueue *queue, Post post, std::function<bool()> ready, const QString &receiver,
                 QObject *parent = nullptr);

    void setBatchSize(int items) { m_batch = qBound(1, items, kBatch); }
    /// The time items are due by (tests move it on instead of waiting for a backoff).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    bool draining() const { return m_draining; }

    /// Sends what is due now, batch after batch while full batches are delivered. Does nothing
    /// unpaired or while a drain is under way; drained() tells what came of it.
    void drain();
    /// The same, with the items waiting out a backoff due at once (the hub is back in reach); a
    /// drain under way does it for its next batch.
    void drainNow();

    /// On the database's thread: claims up to `limit` due items, a record's together in order.
    static QList<Outbox::Item> claim(QSqlDatabase &db, int limit, const QDateTime &now);
    /// The request's body for claimed items, with the contacts of bookings attached.
    static QJsonObject body(QSqlDatabase &db, const QList<Outbox::Item> &items);
    /// On the database's thread: applies the hub's answer to the claimed items.
    static Report settle(QSqlDatabase &db, const QList<Outbox::Item> &items, const HubLink::Answer &answer, const QDateTime &now,
                         const QString &receiver = QStringLiteral("the hub"));

signals:
    /// Every answer of the hub (or its absence), for whoever tells whether it can be reached.
    void answered(const HubLink::Answer &answer);
    void drained(const OutboxSender::Report &report);

private:
    struct Claimed {
        QList<Outbox::Item> items;
        QJsonObject body;
    };
    void next();
    void finish();

    DatabaseQueue *m_queue;
    Post m_post;
    std::function<bool()> m_ready;
    QString m_receiver;
    Clock m_clock = systemClock();
    int m_batch = kBatch;
    bool m_draining = false;
    bool m_expedite = false;
    int m_batches = 0;
    Report m_report;
};

Q_DECLARE_METATYPE(OutboxSender::Report)
