// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxsender.h"

#include "booking/bookingstore.h"
#include "storage/databasequeue.h"
#include "storage/transaction.h"
#include "sync/outboxreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

OutboxSender::OutboxSender(DatabaseQueue *queue, HubLink *link, QObject *parent)
    : OutboxSender(
        queue,
        [link](const QJsonObject &body, std::function<void(const HubLink::Answer &)> done) {
            link->call("POST", QStringLiteral("/v1/outbox"), body, std::move(done));
        },
        [link] { return link->pairing().valid(); }, QStringLiteral("the hub"), parent)
{
}

OutboxSender::OutboxSender(DatabaseQueue *queue, Post post, std::function<bool()> ready, const QString &receiver, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_post(std::move(post))
    , m_ready(std::move(ready))
    , m_receiver(receiver)
{
}

void OutboxSender::drain()
{
    if (m_draining || !m_ready())
        return;
    m_draining = true;
    m_batches = 0;
    m_report = {};
    next();
}

void OutboxSender::drainNow()
{
    m_expedite = true;
    drain();
}

void OutboxSender::next()
{
    const int limit = m_batch;
    const QDateTime now = m_clock();
    const bool expedite = std::exchange(m_expedite, false);
    m_queue->run<Claimed>(
        this,
        [limit, now, expedite](QSqlDatabase &db) {
            if (expedite)
                Outbox(db).retryNow(now);
            Claimed c;
            c.items = claim(db, limit, now);
            c.body = body(db, c.items);
            return c;
        },
        [this, limit](Claimed claimed) {
            if (claimed.items.isEmpty())
                return finish();
            QPointer<OutboxSender> self(this);
            const QList<Outbox::Item> items = claimed.items;
            m_post(claimed.body, [self, items, limit](const HubLink::Answer &a) {
                if (!self)
                    return; // the items go back when their lease ends
                emit self->answered(a);
                const QDateTime now = self->m_clock();
                self->m_queue->run<Report>(
                    self,
                    [items, a, now, receiver = self->m_receiver](QSqlDatabase &db) {
                        return settle(db, items, a, now, receiver);
                    },
                    [self, full = items.size() == limit](Report r) {
                        Report &total = self->m_report;
                        total.sent += r.sent;
                        total.delivered += r.delivered;
                        total.retried += r.retried;
                        total.rejected += r.rejected;
                        total.pairAgain = total.pairAgain || r.pairAgain;
                        if (!r.problem.isEmpty())
                            total.problem = r.problem;
                        // A full batch all taken: more may be waiting, sent at once.
                        if (full && r.retried == 0 && ++self->m_batches < kMostBatches)
                            return self->next();
                        self->finish();
                    });
            });
        });
}

void OutboxSender::finish()
{
    m_draining = false;
    if (m_report.sent)
        qCInfo(lcSync) << "outbox to" << m_receiver << "- sent" << m_report.sent << "delivered" << m_report.delivered << "retry"
                       << m_report.retried << "rejected" << m_report.rejected;
    emit drained(m_report);
    // The receiver came back in reach while this drain was failing to reach it: what waits goes
    // now, not at the next turn of the timer.
    if (m_expedite)
        drain();
}

QList<Outbox::Item> OutboxSender::claim(QSqlDatabase &db, int limit, const QDateTime &now)
{
    QString problem;
    const QList<Outbox::Item> items = Outbox(db).claimInOrder(limit, now, kLease, &problem);
    if (!problem.isEmpty())
        qCWarning(lcSync) << "outbox: cannot claim items:" << problem;
    return items;
}

QJsonObject OutboxSender::body(QSqlDatabase &db, const QList<Outbox::Item> &items)
{
    const BookingStore bookings(db);
    QJsonArray list;
    for (const Outbox::Item &item : items)
        list.append(QJsonObject{{QStringLiteral("key"), item.key},
                                {QStringLiteral("kind"), item.kind},
                                {QStringLiteral("record"), item.record},
                                {QStringLiteral("payload"), bookings.outgoing(item.payload)}});
    return {{QStringLiteral("items"), list}};
}

OutboxSender::Report OutboxSender::settle(QSqlDatabase &db, const QList<Outbox::Item> &items, const HubLink::Answer &answer,
                                          const QDateTime &now, const QString &receiver)
{
    Report r;
    r.sent = int(items.size());
    Outbox outbox(db);
    Transaction t(db);
    QString problem;
    if (!t.begin(&problem)) {
        qCWarning(lcSync) << "outbox: cannot settle a batch (its items go back when their lease ends):" << problem;
        r.retried = r.sent;
        r.problem = problem;
        return r;
    }
    if (answer.outcome != HubLink::Outcome::Ok) {
        // Nothing of the request was taken: every item again later, not before the hub said.
        r.pairAgain = answer.outcome == HubLink::Outcome::Unauthorized;
        r.problem = answer.error.isEmpty() ? QStringLiteral("%1 did not take the items (%2)").arg(receiver).arg(answer.status)
                                           : answer.error;
        for (const Outbox::Item &item : items)
            outbox.retryLater(item.id, r.problem, now, answer.retryAfter);
        r.retried = r.sent;
    } else {
        const QJsonArray outcomes = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("outcomes")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Outbox::Item &item = items.at(i);
            const QJsonObject o = outcomes.at(i).toObject();
            const QString outcome = o.value(QLatin1String("outcome")).toString();
            const QString reason = o.value(QLatin1String("reason")).toString();
            if (o.value(QLatin1String("key")).toString() != item.key) {
                outbox.retryLater(item.id, QStringLiteral("%1's answer did not name this item").arg(receiver), now);
                ++r.retried;
            } else if (outcome == QLatin1String("delivered")) {
                outbox.acknowledge(item.id, now);
                ++r.delivered;
            } else if (outcome == QLatin1String("rejected")) {
                // A time the hub had already given away is the hub doing its job (staff are shown
                // it); any other refusal means something is wrong.
                if (reason == OutboxReceiver::slotTaken())
                    qCInfo(lcSync) << "outbox:" << receiver << "refused" << item.kind << item.key << "-" << reason;
                else
                    qCWarning(lcSync) << "outbox:" << receiver << "rejected" << item.kind << item.key << "-" << reason;
                outbox.deadLetter(item.id, reason.isEmpty() ? QStringLiteral("rejected by %1").arg(receiver) : reason, now);
                ++r.rejected;
            } else {
                outbox.retryLater(item.id, reason.isEmpty() ? QStringLiteral("%1 could not take it now").arg(receiver) : reason,
                                  now);
                ++r.retried;
            }
        }
    }
    if (!t.commit(&problem)) {
        qCWarning(lcSync) << "outbox: cannot settle a batch (its items go back when their lease ends):" << problem;
        r = Report{r.sent, 0, r.sent, 0, r.pairAgain, problem};
    }
    return r;
}
