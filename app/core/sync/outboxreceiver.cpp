// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxreceiver.h"

#include "booking/bookingstore.h"
#include "booking/privacypurger.h"
#include "insights/insightrecorder.h"
#include "insights/insightrows.h"
#include "kiosk/visitorrequests.h"
#include "storage/inbox.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

using Kind = OutboxReceiver::Outcome::Kind;

constexpr qsizetype kMaxKey = 200;
constexpr qsizetype kMaxKind = 40;
constexpr qsizetype kMaxRecord = 200;

const QString kBooking = QStringLiteral("booking");
const QString kBookingErase = QStringLiteral("booking-erase");
const QString kJoinErase = QStringLiteral("event-join-erase");

OutboxReceiver::Outcome outcome(Kind kind, const QString &reason = {})
{
    OutboxReceiver::Outcome o;
    o.kind = kind;
    o.reason = reason;
    return o;
}

OutboxReceiver::Outcome cannotStore(const QString &problem)
{
    qCWarning(lcSync) << "an outbox item could not be stored:" << problem;
    return outcome(Kind::Retry, QStringLiteral("the hub cannot write its database now"));
}

// What makes an item the same item: its payload without the visitor's contact, which a screen
// attaches to a booking when it sends it and which may have been purged before a resend.
QByteArray digestOf(const OutboxReceiver::Item &item)
{
    QJsonObject identity = item.payload;
    if (item.kind == kBooking)
        identity.remove(QStringLiteral("contact"));
    return Inbox::digest(identity);
}

// The hub relays what it took to the brand through its own outbox, under the same key: an item
// already there (the hub's own change of the same revision, an erasure made here too) stays as it is.
bool relay(QSqlDatabase db, const OutboxReceiver::Item &item, const QDateTime &now, QString *problem)
{
    QJsonObject payload = item.payload;
    if (item.kind == kBooking)
        payload.remove(QStringLiteral("contact")); // attached again when sent, if still kept
    const auto added = Outbox(db).enqueue(item.key, item.kind, item.record, payload, now, problem);
    if (added == Outbox::Enqueued::KeyReused)
        qCInfo(lcSync) << "outbox item" << item.key << "is relayed as the hub's own item of that key";
    return added != Outbox::Enqueued::Failed;
}

bool shortText(const QJsonValue &v, qsizetype most, bool mayBeEmpty = false)
{
    return v.isString() && (mayBeEmpty || !v.toString().isEmpty()) && v.toString().size() <= most;
}

} // namespace

QString OutboxReceiver::Outcome::name(Kind kind)
{
    switch (kind) {
    case Kind::Delivered:
        return QStringLiteral("delivered");
    case Kind::Retry:
        return QStringLiteral("retry");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

const QStringList &OutboxReceiver::kinds()
{
    static const QStringList list{kBooking,
                                  kBookingErase,
                                  QStringLiteral("event-join"),
                                  kJoinErase,
                                  QStringLiteral("visitor-request"),
                                  InsightRecorder::outboxKind()};
    return list;
}

OutboxReceiver::OutboxReceiver(QSqlDatabase db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

OutboxReceiver::Batch OutboxReceiver::parse(const QByteArray &body)
{
    Batch batch;
    const auto refuse = [&batch](Batch::Refusal refusal, const QString &problem) {
        batch.refusal = refusal;
        batch.problem = problem;
        batch.items.clear();
        return batch;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonValue items = doc.object().value(QLatin1String("items"));
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !items.isArray() || items.toArray().isEmpty())
        return refuse(Batch::Refusal::Malformed,
                      QStringLiteral("send {\"items\": [{\"key\", \"kind\", \"record\", \"payload\"}, …]}"));
    if (items.toArray().size() > kMaxBatch)
        return refuse(Batch::Refusal::TooMany, QStringLiteral("send at most %1 items at once").arg(kMaxBatch));
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !shortText(o.value(QLatin1String("key")), kMaxKey)
            || !shortText(o.value(QLatin1String("kind")), kMaxKind)
            || !shortText(o.value(QLatin1String("record")), kMaxRecord, true) || !o.value(QLatin1String("payload")).isObject())
            return refuse(Batch::Refusal::Malformed,
                          QStringLiteral("item %1 needs a key, a kind and a record as text and a payload object")
                              .arg(batch.items.size() + 1));
        batch.items.append({o.value(QLatin1String("key")).toString(), o.value(QLatin1String("kind")).toString(),
                            o.value(QLatin1String("record")).toString(), o.value(QLatin1String("payload")).toObject()});
    }
    return batch;
}

std::optional<OutboxReceiver::Outcome> OutboxReceiver::known(const QString &key, const QString &kind, const QByteArray &digest)
{
    QString problem;
    const auto seen = Inbox(m_db).find(key, &problem);
    if (!seen)
        return cannotStore(problem);
    if (seen->key.isEmpty())
        return std::nullopt;
    if (seen->kind != kind || seen->digest != digest)
        return outcome(Kind::Rejected, QStringLiteral("key reused: the hub has another item with this key"));
    return outcome(seen->outcome == Inbox::Outcome::Rejected ? Kind::Rejected : Kind::Delivered, seen->reason);
}

QString OutboxReceiver::bookingState(const QString &id) const
{
    const auto b = BookingStore(m_db, m_clock).find(id);
    if (!b)
        return {};
    return b->holdsSlot() ? QStringLiteral("confirmed") : Booking::stateName(b->state);
}

OutboxReceiver::Outcome OutboxReceiver::receive(const QString &screen, const Item &item, const Catalog &catalog)
{
    if (!kinds().contains(item.kind))
        return outcome(Kind::Rejected, QStringLiteral("the hub does not take items of kind \"%1\"").arg(item.kind));
    if (QJsonDocument(item.payload).toJson(QJsonDocument::Compact).size() > kMaxPayloadBytes)
        return outcome(Kind::Rejected, QStringLiteral("the payload is larger than %1 KB").arg(kMaxPayloadBytes / 1024));
    const QByteArray digest = digestOf(item);
    if (item.kind != kBooking && item.kind != kBookingErase && item.kind != kJoinErase)
        return keep(screen, item, digest);

    // Applied by code that is idempotent on its own, in a transaction of its own; then noted.
    if (auto seen = known(item.key, item.kind, digest)) {
        if (seen->kind == Kind::Delivered && item.kind == kBooking)
            seen->booking = bookingState(item.payload.value(QLatin1String("id")).toString());
        return *seen;
    }
    Outcome o = item.kind == kBooking ? booking(item, catalog) : erasure(item);
    if (o.kind == Kind::Retry)
        return o;
    const Inbox::Entry entry{item.key,    screen, item.kind,
                             item.record, digest, o.kind == Kind::Rejected ? Inbox::Outcome::Rejected : Inbox::Outcome::Delivered,
                             o.reason};
    // Noted and queued for the brand together. Should that fail, the screen is told to send it
    // again, which finds it applied (idempotently) and notes it then.
    const QDateTime now = m_clock();
    Transaction t(m_db);
    QString problem;
    if (!t.begin(&problem) || !Inbox(m_db).add(entry, std::nullopt, now, &problem)
        || (o.kind == Kind::Delivered && !relay(m_db, item, now, &problem)) || !t.commit(&problem))
        return cannotStore(problem);
    return o;
}

QList<OutboxReceiver::Outcome> OutboxReceiver::receive(const QString &screen, const QList<Item> &items, const Catalog &catalog)
{
    QList<Outcome> outcomes;
    QSet<QString> held; // records with an item to be retried: what follows it waits
    for (qsizetype i = 0; i < items.size();) {
        const Item &item = items.at(i);
        if (!item.record.isEmpty() && held.contains(item.record)) {
            outcomes.append(outcome(Kind::Retry, QStringLiteral("an earlier change of this record waits")));
            ++i;
            continue;
        }
        // A run of items kept as they are (a visit's events): written together.
        qsizetype end = i;
        while (end < items.size() && keptAsIs(items.at(end)) && !held.contains(items.at(end).record))
            ++end;
        if (end - i >= 2) {
            const QList<Outcome> run = keepRun(screen, items.mid(i, end - i));
            for (qsizetype k = 0; k < run.size(); ++k) {
                outcomes.append(run.at(k));
                if (run.at(k).kind == Kind::Retry && !items.at(i + k).record.isEmpty())
                    held.insert(items.at(i + k).record);
            }
            i = end;
            continue;
        }
        outcomes.append(receive(screen, item, catalog));
        if (outcomes.last().kind == Kind::Retry && !item.record.isEmpty())
            held.insert(item.record);
        ++i;
    }
    return outcomes;
}

OutboxReceiver::Outcome OutboxReceiver::booking(const Item &item, const Catalog &catalog)
{
    if (item.payload.value(QLatin1String("kind")).toString() != kBooking)
        return outcome(Kind::Rejected, QStringLiteral("the payload is not a booking"));
    BookingStore::Error error;
    const auto received = BookingStore(m_db, m_clock).judge(item.payload, catalog, &error);
    if (received) {
        Outcome o = outcome(Kind::Delivered);
        o.booking = bookingState(item.payload.value(QLatin1String("id")).toString());
        return o;
    }
    using E = BookingStore::Error::Kind;
    switch (error.kind) {
    case E::SlotTaken:
        return outcome(Kind::Rejected, slotTaken());
    case E::Invalid:
        return outcome(Kind::Rejected, error.message);
    case E::NotFound: // a studio the hub's catalog has not got yet
        return outcome(Kind::Retry, error.message);
    default:
        return cannotStore(error.message);
    }
}

OutboxReceiver::Outcome OutboxReceiver::erasure(const Item &item)
{
    const QString id = item.payload.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return outcome(Kind::Rejected, QStringLiteral("the erasure names no booking or place"));
    QString problem;
    PrivacyPurger purger(m_db, m_clock);
    const auto done = item.kind == kBookingErase ? purger.eraseReceived(id, &problem) : purger.eraseJoinerReceived(id, &problem);
    return done ? outcome(Kind::Delivered) : cannotStore(problem);
}

bool OutboxReceiver::keptAsIs(const Item &item)
{
    return item.kind != kBooking && item.kind != kBookingErase && item.kind != kJoinErase && kinds().contains(item.kind)
        && QJsonDocument(item.payload).toJson(QJsonDocument::Compact).size() <= kMaxPayloadBytes;
}

OutboxReceiver::Outcome OutboxReceiver::keep(const QString &screen, const Item &item, const QByteArray &digest)
{
    Transaction t(m_db);
    QString problem;
    if (!t.begin(&problem))
        return cannotStore(problem);
    const auto o = keepIn(screen, item, digest, &problem);
    if (!o || !t.commit(&problem))
        return cannotStore(problem);
    return *o;
}

QList<OutboxReceiver::Outcome> OutboxReceiver::keepRun(const QString &screen, const QList<Item> &items)
{
    const auto retryAll = [&items](const QString &problem) {
        const Outcome o = cannotStore(problem);
        return QList<Outcome>(items.size(), o);
    };
    Transaction t(m_db);
    QString problem;
    if (!t.begin(&problem))
        return retryAll(problem);
    QList<Outcome> outcomes;
    for (const Item &item : items) {
        const auto o = keepIn(screen, item, digestOf(item), &problem);
        if (!o)
            return retryAll(problem); // nothing of the run was written: all of it again
        outcomes.append(*o);
    }
    if (!t.commit(&problem))
        return retryAll(problem);
    return outcomes;
}

std::optional<OutboxReceiver::Outcome> OutboxReceiver::keepIn(const QString &screen, const Item &item, const QByteArray &digest,
                                                              QString *problem)
{
    if (auto seen = known(item.key, item.kind, digest)) {
        if (seen->kind == Kind::Retry)
            return std::nullopt; // the inbox could not be read
        return *seen;
    }
    Inbox::Entry entry{item.key, screen, item.kind, item.record, digest, Inbox::Outcome::Delivered, {}};
    if (item.kind == InsightRecorder::outboxKind()) {
        // Counted in the hub's own insights, once: in the transaction that notes the key.
        QString why;
        auto event = InsightEvent::fromJson(item.payload, &why);
        if (event && why.isEmpty())
            why = InsightEvent::problem(*event);
        const QString id = item.payload.value(QLatin1String("id")).toString();
        const QString device = item.payload.value(QLatin1String("device")).toString();
        if (why.isEmpty() && (id.isEmpty() || device.isEmpty()))
            why = QStringLiteral("the event has no id or device");
        if (!why.isEmpty()) {
            entry.outcome = Inbox::Outcome::Rejected;
            entry.reason = why;
        } else if (!InsightRows(m_db).insert(*event, id, device, problem)) {
            return std::nullopt;
        }
    }
    if (item.kind == QLatin1String("visitor-request")) {
        // Open at the hub for every staff tablet of the studio, once: in the same transaction.
        QString why;
        switch (VisitorRequests(m_db).receive(item.payload, &why)) {
        case VisitorRequests::Received::Stored:
            break;
        case VisitorRequests::Received::Invalid:
            entry.outcome = Inbox::Outcome::Rejected;
            entry.reason = why;
            break;
        case VisitorRequests::Received::Failed:
            *problem = why;
            return std::nullopt;
        }
    }
    const bool taken = entry.outcome == Inbox::Outcome::Delivered;
    const QDateTime now = m_clock();
    if (!Inbox(m_db).add(entry, taken ? std::optional(item.payload) : std::nullopt, now, problem)
        || (taken && !relay(m_db, item, now, problem)))
        return std::nullopt;
    return outcome(entry.outcome == Inbox::Outcome::Rejected ? Kind::Rejected : Kind::Delivered, entry.reason);
}
