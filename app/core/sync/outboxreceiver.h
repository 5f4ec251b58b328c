// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;

/// The hub's side of the screens' outboxes (POST /v1/outbox): applies each item by its kind once
/// per idempotency key and says what became of it. Bookings are judged (BookingStore::judge: what
/// the hub holds keeps its slot, a later arrival for it is rejected as "slot taken at the hub"),
/// erasures are applied, requests, places at events and usage events are kept (usage events
/// counted once in the hub's insights too). Whatever the hub takes goes into its own outbox in the
/// transaction that notes it, under the same key, for BrandRelay (a booking without its contact,
/// attached again when it is sent). The same key with the same payload is answered as the first
/// time and changes nothing; with another payload it is rejected.
class OutboxReceiver
{
public:
    static constexpr int kMaxBatch = 50;
    /// The most one item's payload may take (compact JSON): a booking with its contact and a
    /// visitor's car takes a few kilobytes.
    static constexpr qsizetype kMaxPayloadBytes = 32 * 1024;

    struct Item {
        QString key;
        QString kind;
        QString record;
        QJsonObject payload;
    };

    struct Batch {
        enum class Refusal { None, Malformed, TooMany };
        Refusal refusal = Refusal::None;
        QString problem; ///< in words, when refused
        QList<Item> items;
    };
    /// A request's body, {"items": [{key, kind, record, payload}, …]} with 1 to kMaxBatch items,
    /// each with its key, kind and record as short text and its payload an object. Refused whole
    /// otherwise: nothing of it is applied.
    static Batch parse(const QByteArray &body);

    struct Outcome {
        enum class Kind { Delivered, Retry, Rejected };
        Kind kind = Kind::Retry;
        QString reason;  ///< why not delivered, in words for staff (never personal data)
        QString booking; ///< a booking delivered: "confirmed" while it holds its slot at the hub, else its state
        static QString name(Kind kind);
    };

    explicit OutboxReceiver(QSqlDatabase db, Clock clock = systemClock());

    /// Applies one item `screen` sent.
    Outcome receive(const QString &screen, const Item &item, const Catalog &catalog);
    /// Applies a batch in order (a sender's Outbox::claimInOrder puts a record's items together):
    /// an item after one of its record that is to be retried is retried too, never applied first.
    QList<Outcome> receive(const QString &screen, const QList<Item> &items, const Catalog &catalog);

    /// The kinds the hub takes.
    static const QStringList &kinds();
    /// The reason a booking is rejected with when the hub had given its time away: screens show
    /// it to staff in their language, as the hub's words for every other reason are shown as they are.
    static QString slotTaken() { return QStringLiteral("slot taken at the hub"); }

private:
    /// What was made of this key before (the item again, or a key reused); nothing when it is new.
    std::optional<Outcome> known(const QString &key, const QString &kind, const QByteArray &digest);
    Outcome booking(const Item &item, const Catalog &catalog);
    Outcome erasure(const Item &item);
    Outcome keep(const QString &screen, const Item &item, const QByteArray &digest);
    /// Items kept as they are (usage events, requests, places), several in one transaction: one
    /// write to disk for them all. Every outcome is "retry" when it cannot be written.
    QList<Outcome> keepRun(const QString &screen, const QList<Item> &items);
    /// keep()'s work inside a transaction already begun; nothing when it cannot be written.
    std::optional<Outcome> keepIn(const QString &screen, const Item &item, const QByteArray &digest, QString *problem);
    /// Kept as it is (not a booking or an erasure applied by code of its own), and checkable.
    static bool keptAsIs(const Item &item);
    QString bookingState(const QString &id) const;

    QSqlDatabase m_db;
    Clock m_clock;
};
