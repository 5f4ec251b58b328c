// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacypurger.h"

#include "booking/bookingcode.h"
#include "booking/bookingrows.h"
#include "booking/eventrows.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrivacyPurger", text);
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

PrivacyPurger::PrivacyPurger(QSqlDatabase db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
    // Per connection: from now on whatever this connection deletes is overwritten with zeros.
    if (!Database::isServer(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = ON"));
}

int PrivacyPurger::retentionDays(QSqlDatabase db)
{
    if (const auto value = Settings(db).value(kRetentionKey); value && !value->isEmpty()) {
        bool ok = false;
        const int days = value->toInt(&ok);
        if (ok && days >= 0 && days <= kMaxRetentionDays)
            return days;
    }
    return kDefaultRetentionDays;
}

bool PrivacyPurger::setRetentionDays(int days, QString *error)
{
    if (days < 0 || days > kMaxRetentionDays)
        return setError(error, tr("Keep contact data between 0 and 3650 days after the drive."));
    QString why;
    if (!Settings(m_db).set(kRetentionKey, QString::number(days), &why))
        return setError(error, why);
    return true;
}

bool PrivacyPurger::wipe()
{
    // The deleted rows' old pages still sit in the WAL until a checkpoint copies the zeroed pages
    // over them; TRUNCATE then empties the WAL file itself. A reader on another connection can
    // hold the checkpoint back: then the next purge completes it.
    QSqlQuery q(m_db);
    // A server's deleted rows go when VACUUM frees their space (it does not zero it: the
    // server's disk is the chain's to encrypt, see the README).
    if (Database::isServer(m_db))
        return q.exec(QStringLiteral("VACUUM booking_contact, event_joiner_contact"));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return false;
    return q.value(0).toInt() == 0;
}

std::optional<PrivacyPurger::Report> PrivacyPurger::purge(QString *error)
{
    return purge(retentionDays(m_db), error);
}

std::optional<PrivacyPurger::Report> PrivacyPurger::purge(int retentionDays, QString *error)
{
    if (retentionDays < 0 || retentionDays > kMaxRetentionDays) {
        setError(error, tr("Keep contact data between 0 and 3650 days after the drive."));
        return std::nullopt;
    }
    const QDateTime now = m_clock().toUTC();
    const QDateTime endedBefore = now.addDays(-retentionDays);
    BookingRows rows(m_db);
    if (!rows.begin()) {
        setError(error, rows.error());
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.booking, b.code FROM booking_contact c JOIN booking b ON b.id = c.booking "
                             "WHERE c.purge_after <= ? OR b.slot_end <= ?"));
    q.addBindValue(Booking::timestamp(now));
    q.addBindValue(Booking::timestamp(endedBefore));
    QStringList ids, codes;
    if (!q.exec()) {
        // Not silently "nothing to purge": the data would stay past its date.
        setError(error, q.lastError().text());
        rows.rollback();
        return std::nullopt;
    }
    while (q.next()) {
        ids.append(q.value(0).toString());
        codes.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &id : ids) {
        if (!rows.deleteContact(id)) {
            rows.rollback();
            setError(error, rows.error());
            return std::nullopt;
        }
    }
    // Visitors who joined a studio event: the same period, counted from the event's end.
    EventRows events(m_db);
    const auto joiners = events.contactsToPurge(now, endedBefore);
    if (!joiners) {
        rows.rollback();
        setError(error, events.error());
        return std::nullopt;
    }
    for (const QString &id : *joiners) {
        if (!events.deleteContact(id)) {
            rows.rollback();
            setError(error, events.error());
            return std::nullopt;
        }
    }
    if (!rows.commit()) {
        rows.rollback();
        setError(error, rows.error());
        return std::nullopt;
    }
    Report report;
    report.removed = int(ids.size() + joiners->size());
    report.fileClean = wipe();
    if (report.removed > 0) // a purge that found nothing says nothing (it runs every hour)
        qCInfo(lcBooking).noquote() << "purged the contacts of" << ids.size() << "bookings"
                                    << (codes.isEmpty() ? QString()
                                                        : QLatin1Char('(') + codes.join(QLatin1String(", ")) + QLatin1Char(')'))
                                    << "and of" << joiners->size() << "event places";
    return report;
}

std::optional<PrivacyPurger::Report> PrivacyPurger::erase(const QString &code, QString *error)
{
    const BookingCode::Parsed parsed = BookingCode::parse(code);
    if (!parsed.ok) {
        setError(error, parsed.problem);
        return std::nullopt;
    }
    const QDateTime now = m_clock().toUTC();
    BookingRows rows(m_db);
    if (!rows.begin()) {
        setError(error, rows.error());
        return std::nullopt;
    }
    const auto failed = [&](const QString &text) -> std::optional<Report> {
        rows.rollback();
        setError(error, text);
        return std::nullopt;
    };
    auto booking = rows.find(BookingRows::Key::Code, parsed.code, false);
    if (!booking)
        return failed(rows.error());
    if (booking->id.isEmpty()) {
        // Not a drive's code: perhaps a place at a studio event (the two share one code space).
        rows.rollback();
        return eraseJoiner(parsed.code, error);
    }
    bool removed = false;
    if (!rows.deleteContact(booking->id, &removed) || !rows.markErased(booking->id, now))
        return failed(rows.error());
    if (booking->isUpcoming() && booking->start > now) {
        booking->state = BookingState::Cancelled;
        if (!rows.saveChange(*booking, now))
            return failed(rows.error());
    }
    // Other screens and the hub hold copies: tell them, once, with no personal data.
    const QJsonObject payload{{QStringLiteral("kind"), QStringLiteral("booking-erase")},
                              {QStringLiteral("id"), booking->id},
                              {QStringLiteral("code"), booking->code}};
    if (!rows.enqueue(QStringLiteral("erase:") + booking->id, QStringLiteral("booking-erase"),
                      BookingRows::outboxRecord(booking->id), payload, now, true))
        return failed(rows.error());
    if (!rows.commit())
        return failed(rows.error());
    Report report;
    report.removed = removed ? 1 : 0;
    report.fileClean = wipe();
    qCInfo(lcBooking) << "erased the contact of booking" << booking->id << booking->code;
    return report;
}

std::optional<PrivacyPurger::Report> PrivacyPurger::eraseReceived(const QString &bookingId, QString *error)
{
    BookingRows rows(m_db);
    return eraseCopy(rows, bookingId, error);
}

std::optional<PrivacyPurger::Report> PrivacyPurger::eraseJoinerReceived(const QString &joinerId, QString *error)
{
    EventRows rows(m_db);
    return eraseCopy(rows, joinerId, error);
}

template<typename Rows>
std::optional<PrivacyPurger::Report> PrivacyPurger::eraseCopy(Rows &rows, const QString &id, QString *error)
{
    bool removed = false;
    if (!rows.begin() || !rows.deleteContact(id, &removed) || !rows.markErased(id, m_clock().toUTC()) || !rows.commit()) {
        rows.rollback();
        setError(error, rows.error());
        return std::nullopt;
    }
    Report report;
    report.removed = removed ? 1 : 0;
    report.fileClean = wipe();
    qCInfo(lcBooking) << "applied an erasure received for" << id;
    return report;
}

std::optional<PrivacyPurger::Report> PrivacyPurger::eraseJoiner(const QString &code, QString *error)
{
    const QDateTime now = m_clock().toUTC();
    EventRows rows(m_db);
    if (!rows.begin()) {
        setError(error, rows.error());
        return std::nullopt;
    }
    const auto failed = [&](const QString &text) -> std::optional<Report> {
        rows.rollback();
        setError(error, text);
        return std::nullopt;
    };
    auto joiner = rows.findJoiner(EventRows::Key::Code, code, false);
    if (!joiner)
        return failed(rows.error());
    if (joiner->id.isEmpty())
        return failed(tr("No booking has the code %1. Please check it.").arg(code));
    const auto listing = rows.listing(joiner->event, true);
    if (!listing)
        return failed(rows.error());
    bool removed = false;
    if (!rows.deleteContact(joiner->id, &removed) || !rows.markErased(joiner->id, now))
        return failed(rows.error());
    // Nobody could be told about the event any more: the place goes back.
    if (joiner->state == JoinState::Joined && (listing->event.id.isEmpty() || listing->event.start > now)) {
        joiner->state = JoinState::Cancelled;
        if (!rows.saveChange(*joiner, now))
            return failed(rows.error());
    }
    const QJsonObject payload{{QStringLiteral("kind"), QStringLiteral("event-join-erase")},
                              {QStringLiteral("id"), joiner->id},
                              {QStringLiteral("code"), joiner->code}};
    if (!rows.enqueue(QStringLiteral("event-join-erase:") + joiner->id, QStringLiteral("event-join-erase"),
                      EventRows::outboxRecord(joiner->id), payload, now, true))
        return failed(rows.error());
    if (!rows.commit())
        return failed(rows.error());
    Report report;
    report.removed = removed ? 1 : 0;
    report.fileClean = wipe();
    qCInfo(lcBooking) << "erased the contact of event place" << joiner->id << joiner->code;
    return report;
}
