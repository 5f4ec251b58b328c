// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include "booking/eventjoiner.h"
#include "booking/studioevent.h"
#include "storage/documenttable.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The SQL of the event tables, shared by EventStore, PrivacyPurger and the feed importer; every
/// write runs inside the caller's transaction, so a joiner, its contact and its outbox row land
/// together or not at all. The places are the database's to enforce (event_joiner_places).
class EventRows
{
public:
    explicit EventRows(QSqlDatabase db);

    /// The feed list kept here, and the columns beside the stored document.
    static QString list() { return QStringLiteral("events"); }
    static DocumentTable::Columns columnsFor(const QJsonObject &doc);
    DocumentTable &table() { return m_table; }

    QString error() const { return m_error; }
    bool lastWasBusy() const { return primaryCode() == 5 || primaryCode() == 6; }
    bool lastWasConstraint() const { return primaryCode() == 19; }
    /// The database refused a place: the event has no place left (event_joiner_places) …
    bool lastWasFull() const { return lastWasConstraint() && m_error.contains(QLatin1String("event-full")); }
    /// … or is cancelled, removed or needs no sign-up (event_joiner_open).
    bool lastWasClosed() const { return lastWasConstraint() && m_error.contains(QLatin1String("event-closed")); }

    /// BEGIN IMMEDIATE, as BookingRows::begin.
    bool begin();
    bool commit();
    void rollback();
    std::optional<QString> deviceId();

    struct Filter {
        QString studio; ///< empty: every studio
        QDateTime from; ///< events still going on at this instant or later; invalid: no bound
        QDateTime to;   ///< events starting before this instant; invalid: no bound
        QList<EventKind> kinds;
        QStringList languages;
        bool withCancelled = true; ///< a cancelled event still shows, as cancelled
        int limit = -1;
    };
    /// Live events in start order.
    std::optional<QList<EventListing>> listings(const Filter &filter);
    /// nullopt on a database error; an empty id when there is no live event with this id.
    std::optional<EventListing> listing(const QString &id, bool withDeleted = false);

    enum class Key { Id, Code, IdempotencyKey };
    /// nullopt on a database error; a null id when there is no such joiner.
    std::optional<EventJoiner> findJoiner(Key key, const QString &value, bool withContact);
    std::optional<QList<EventJoiner>> joiners(const QString &event, bool withContact);
    /// Whether a booking or a joiner already has this code: the two share one code space, so a
    /// code read out at the desk names one thing.
    std::optional<bool> codeInUse(const QString &code);

    bool insertJoiner(const EventJoiner &j);
    bool insertContact(const QString &joiner, const VisitorContact &c);
    bool deleteContact(const QString &joiner, bool *removed = nullptr);
    bool markErased(const QString &joiner, const QDateTime &now);
    /// A feed carrying events begins: what the one before created or changed is no longer news.
    bool startFeedChanges();
    /// Records a change: revision + 1 and the outbox row other screens learn it from.
    bool saveChange(EventJoiner &j, const QDateTime &now);
    bool enqueue(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload, const QDateTime &now,
                 bool ignoreDuplicate = false);
    static QString outboxKey(const EventJoiner &j);
    static QString outboxRecord(const QString &joinerId);

    /// Joiners' contacts whose purge date has come or whose event ended before `endedBefore`.
    std::optional<QStringList> contactsToPurge(const QDateTime &now, const QDateTime &endedBefore);

    /// Changes staff must still tell joiners about (or all of them), of one studio's events
    /// (or all), newest first.
    std::optional<QList<EventNotice>> notices(const QString &studio, bool pendingOnly);
    bool markInformed(qint64 notice, const QDateTime &now, bool *found = nullptr);

private:
    int primaryCode() const { return Database::primaryCode(m_native); }
    bool run(class QSqlQuery &q);
    EventJoiner readJoiner(const class QSqlQuery &q, bool withContact) const;

    QSqlDatabase m_db;
    DocumentTable m_table;
    QString m_error;
    QString m_native;
};
