// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include "booking/booking.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The SQL of the booking tables, shared by BookingStore and PrivacyPurger; every write runs
/// inside the caller's transaction, so a booking, its contact, its slot rows and its outbox row
/// land together or not at all.
class BookingRows
{
public:
    explicit BookingRows(QSqlDatabase db);

    /// The last failure, as SQLite put it (never contains bound values, so never personal data).
    QString error() const { return m_error; }
    /// SQLite reports extended result codes ("1555" for a primary key, "2067" for a unique
    /// constraint, "517" for a busy snapshot): the primary code is their low byte.
    bool lastWasConstraint() const { return primaryCode() == 19; }
    bool lastWasBusy() const { return primaryCode() == 5 || primaryCode() == 6; }

    /// BEGIN IMMEDIATE: takes the write lock first (waiting up to busy_timeout for another
    /// process), so what is read next cannot change before COMMIT.
    bool begin();
    bool commit();
    void rollback();

    /// This device's id (storage's one identity).
    std::optional<QString> deviceId();

    enum class Key { Id, Code, IdempotencyKey };
    /// nullopt on a database error; a null id when there is no such booking.
    std::optional<Booking> find(Key key, const QString &value, bool withContact);
    std::optional<QList<Booking>> list(const QString &studio, const QDateTime &from, const QDateTime &to, bool withContact);

    /// Busy steps of the studio's resources (and of `resource`, a stock car) in [from, to), leaving
    /// out those of `exceptBooking` (the booking being moved).
    std::optional<Occupancy> occupancy(const QString &studio, const QString &resource, const QDateTime &from, const QDateTime &to,
                                       const QString &exceptBooking = {});
    /// Bookings holding any of `resources` in [from, to).
    std::optional<QStringList> holders(const QStringList &resources, const QDateTime &from, const QDateTime &to);

    bool insert(const Booking &b);
    bool update(const Booking &b);
    /// Takes the booking's expert and car for its slot and buffer; fails with lastWasConstraint()
    /// when either is already taken for any part of it.
    bool claim(const Booking &b);
    bool release(const QString &booking);

    bool insertContact(const QString &booking, const VisitorContact &c);
    /// Removes the contact; `removed` tells whether there was one.
    /// The visitor's car in part-exchange, for staff, with the booking.
    bool insertTradeIn(const QString &booking, const QJsonObject &car);
    bool deleteContact(const QString &booking, bool *removed = nullptr);
    bool setPurgeAfter(const QString &booking, const QDateTime &when);
    /// Remembers that this booking's personal data was erased, so no later copy brings it back.
    bool markErased(const QString &booking, const QDateTime &now);
    std::optional<bool> wasErased(const QString &booking);

    /// Adds the outbox item in this transaction; `ignoreDuplicate`: a key already used is fine.
    bool enqueue(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload, const QDateTime &now,
                 bool ignoreDuplicate = false);
    /// Records a change: revision + 1, the slot freed when it no longer holds one, and the outbox
    /// row other screens learn it from.
    bool saveChange(Booking &b, const QDateTime &now);
    /// The outbox key of a booking's revision.
    static QString outboxKey(const Booking &b);
    /// The outbox record of a booking: its changes go out in order.
    static QString outboxRecord(const QString &bookingId);

private:
    int primaryCode() const { return Database::primaryCode(m_native); }
    bool run(class QSqlQuery &q);
    bool run(const QString &sql);
    Booking read(const class QSqlQuery &q, bool withContact) const;

    QSqlDatabase m_db;
    QString m_error;
    QString m_native;
};
