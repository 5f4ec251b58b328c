// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// Booking ids and codes may be logged here; names, phone numbers and e-mail addresses never.
Q_DECLARE_LOGGING_CATEGORY(lcBooking)

/// Where "now" comes from: the system clock in the app, a fixed instant in tests.
using Clock = std::function<QDateTime()>;
Clock systemClock();

/// The units that are busy: resource name → starts (UTC seconds) of the five-minute steps it is
/// taken for. A drive takes a staff member and a car for its slot plus the buffer after it.
using Occupancy = QHash<QString, QSet<qint64>>;

/// What a visitor wants to drive: a model from the studio's demo fleet, or one stock car.
struct DriveTarget {
    QString model;           ///< always set; for a stock car, its model
    QString vehicle;         ///< the stock car's id; empty for a fleet drive
    QString vehicleLocation; ///< the studio or dealer holding that car: the only place it can be driven

    bool isVehicle() const { return !vehicle.isEmpty(); }
    static DriveTarget fleet(const QString &model) { return {model, {}, {}}; }
    static DriveTarget stockCar(const QString &vehicle, const QString &model, const QString &location)
    {
        return {model, vehicle, location};
    }
};

enum class BookingState { Requested, Confirmed, CheckedIn, Completed, NoShow, Cancelled };

enum class ContactChannel { Phone, Email };

/// Who is coming and how to reach them: validated, kept apart from the booking and purged after
/// the drive.
struct VisitorContact {
    QString name;
    ContactChannel channel = ContactChannel::Phone;
    QString value; ///< E.164 phone number or e-mail address
    bool marketingConsent = false;
    QDateTime privacyConsentAt; ///< when the visitor accepted the privacy notice (UTC)
    QDateTime purgeAfter;       ///< when the purge removes it (UTC)

    static QString channelName(ContactChannel c);
};

/// One test drive: who books what, where and when, and how far it has got.
struct Booking {
    QString id;             ///< UUID
    QString device;         ///< the screen that created it
    QString code;           ///< what the visitor reads out: "K7QD-9MWX"
    QString idempotencyKey; ///< a retry with the same key gives this booking, never a second one
    QString studio;
    QString model;
    QString vehicle;     ///< a stock car's id, or empty for a fleet car
    QDateTime start;     ///< UTC
    QDateTime end;       ///< UTC, start + slot length
    QDateTime busyUntil; ///< UTC, end + the buffer: until then its car and expert are taken
    QString staff;       ///< resource name of the expert running it
    QString car;         ///< resource name of the car: a fleet unit or the stock car
    BookingState state = BookingState::Requested;
    int revision = 1; ///< +1 on every change; what other screens compare
    QDateTime created;
    QDateTime updated;
    std::optional<VisitorContact> contact; ///< when loaded and not yet purged
    QJsonObject tradeIn;                   ///< the visitor's car in part-exchange, loaded with the contact and purged with it

    /// What is driven: the model's fleet, or the one stock car, driven where it stands (its studio).
    DriveTarget target() const
    {
        return vehicle.isEmpty() ? DriveTarget::fleet(model) : DriveTarget::stockCar(vehicle, model, studio);
    }
    /// Whether it still takes its car and expert (a cancelled one frees them).
    bool holdsSlot() const { return state != BookingState::Cancelled; }
    /// Whether staff or the visitor can still change it.
    bool isUpcoming() const { return state == BookingState::Requested || state == BookingState::Confirmed; }

    static QString stateName(BookingState s);
    static std::optional<BookingState> stateFromName(const QString &name);

    /// The form other screens receive. Personal data only when `withContact` is set: the outbox
    /// never stores it (so an erasure reaches every copy), it is added when the row is sent.
    QJsonObject toJson(bool withContact = false) const;
    /// Reads toJson()'s form, checking every field.
    static std::optional<Booking> fromJson(const QJsonObject &o, QString *problem);

    /// Timestamps as stored: UTC, to the second, sorting as text.
    static QString timestamp(const QDateTime &t);
    static QDateTime fromTimestamp(const QString &text);
};
