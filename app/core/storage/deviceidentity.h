// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// This device's one identity: a UUID made the first time it is asked for, kept in a table that
/// can hold exactly one row, so rows the device creates (bookings, requests, events) carry the
/// same id whoever asks and never collide with another screen's.
class DeviceIdentity
{
public:
    /// The id, created if there is none yet; works inside the caller's transaction.
    static std::optional<QString> id(QSqlDatabase db, QString *error = nullptr);
};
