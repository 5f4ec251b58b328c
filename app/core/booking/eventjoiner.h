// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class JoinState { Joined, CheckedIn, Cancelled };

/// One visitor's place at a studio event: a code to read out, and the contact (kept apart and
/// purged like a test drive's) while it lasts.
struct EventJoiner {
    QString id;             ///< UUID
    QString device;         ///< the screen that took the place
    QString event;          ///< the event's feed id
    QString code;           ///< what the visitor reads out, from the booking codes' alphabet
    QString idempotencyKey; ///< a retry with the same key gives this place, never a second one
    JoinState state = JoinState::Joined;
    int revision = 1;
    QDateTime created;
    QDateTime updated;
    std::optional<VisitorContact> contact; ///< when loaded and not yet purged

    bool holdsPlace() const { return state != JoinState::Cancelled; }

    static QString stateName(JoinState s);
    static std::optional<JoinState> stateFromName(const QString &name);

    /// The form other screens receive; personal data only when `withContact` is set (as a
    /// booking's, the outbox never stores it).
    QJsonObject toJson(bool withContact = false) const;
    /// The place as toJson wrote it (with its contact when it was given); none without an id,
    /// a code and a known state.
    static std::optional<EventJoiner> fromJson(const QJsonObject &o);
};
