// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"

#include <QSqlDatabase>

#include <optional>

/// Removes visitors' personal data: a set number of days after their drive or the studio event they joined (setting
/// `studio.retention_days`, set in staff mode, 30 by default), or at once for one booking code. Rows are deleted with
/// `secure_delete` on and the WAL is checkpointed and truncated afterwards, so the name, number
/// or address is gone from the database files, not merely unlinked.
class PrivacyPurger
{
public:
    static constexpr int kDefaultRetentionDays = 30;
    /// The setting staff change in studio settings (kiosk's StudioSettings writes the same key).
    static constexpr QLatin1StringView kRetentionKey{"studio.retention_days"};
    static constexpr int kMaxRetentionDays = 3650;

    struct Report {
        int removed = 0;        ///< contacts deleted
        bool fileClean = false; ///< the WAL was emptied (false: another reader held it; the next run finishes)
    };

    explicit PrivacyPurger(QSqlDatabase db, Clock clock = systemClock());

    /// The `studio.retention_days` setting (staff mode), or the default when it is missing or unreadable.
    static int retentionDays(QSqlDatabase db);
    bool setRetentionDays(int days, QString *error = nullptr);

    /// Deletes every contact whose drive ended more than the retention period ago (or whose stored
    /// purge date has come, whichever is first). Run on start and daily.
    std::optional<Report> purge(QString *error = nullptr);
    /// The same with `retentionDays` in place of the setting (0 to kMaxRetentionDays), for a one-off
    /// run such as `vitrinectl purge --days N`. A contact whose stored purge date has come goes too.
    std::optional<Report> purge(int retentionDays, QString *error = nullptr);

    /// Deletes the contact of the booking (or the place at a studio event) with this code at once and cancels the drive if it is
    /// still to come (nobody could be reached about it); other screens are told through the outbox.
    /// Erasing twice is fine.
    std::optional<Report> erase(const QString &code, QString *error = nullptr);

    /// Applies an erasure another screen made to the copy here.
    std::optional<Report> eraseReceived(const QString &bookingId, QString *error = nullptr);
    /// The same for a place at a studio event (an outbox item "event-join-erase").
    std::optional<Report> eraseJoinerReceived(const QString &joinerId, QString *error = nullptr);

private:
    bool wipe();
    /// An erasure another screen made, applied to the copy here (BookingRows or EventRows).
    template<typename Rows>
    std::optional<Report> eraseCopy(Rows &rows, const QString &id, QString *error);
    std::optional<Report> eraseJoiner(const QString &code, QString *error);

    QSqlDatabase m_db;
    Clock m_clock;
};
