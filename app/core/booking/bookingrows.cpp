// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingrows.h"

#include "storage/database.h"
#include "storage/deviceidentity.h"
#include "storage/outbox.h"

#include "booking/slotplanner.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kBookingColumns = QStringLiteral(
    "SELECT b.id, b.device, b.code, b.idempotency_key, b.studio, b.model, b.vehicle, b.slot_start, b.slot_end, "
    "b.busy_until, b.staff, b.car, b.state, b.revision, b.created_at, b.updated_at, ");

QString select(bool withContact)
{
    // Without the contact no personal column is even read.
    return withContact ? kBookingColumns
            + QStringLiteral("c.name, c.channel, c.value, c.marketing_consent, c.privacy_consent_at, c.purge_after, t.car "
                             "FROM booking b LEFT JOIN booking_contact c ON c.booking = b.id "
                             "LEFT JOIN booking_trade_in t ON t.booking = b.id ")
                       : kBookingColumns + QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM booking b ");
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

BookingRows::BookingRows(QSqlDatabase db)
    : m_db(db)
{
}

bool BookingRows::run(QSqlQuery &q)
{
    if (Database::execKeepingTransaction(m_db, q))
        return true;
    m_error = q.lastError().text();
    m_native = q.lastError().nativeErrorCode();
    return false;
}

bool BookingRows::run(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    m_native = q.lastError().nativeErrorCode();
    return false;
}

bool BookingRows::begin()
{
    QSqlError failed;
    if (Database::beginWrite(m_db, &failed))
        return true;
    m_error = failed.text();
    m_native = failed.nativeErrorCode();
    return false;
}

bool BookingRows::commit()
{
    return run(QStringLiteral("COMMIT"));
}

void BookingRows::rollback()
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

std::optional<QString> BookingRows::deviceId()
{
    QString error;
    auto id = DeviceIdentity::id(m_db, &error);
    if (!id)
        m_error = error;
    return id;
}

Booking BookingRows::read(const QSqlQuery &q, bool withContact) const
{
    Booking b;
    b.id = q.value(0).toString();
    b.device = q.value(1).toString();
    b.code = q.value(2).toString();
    b.idempotencyKey = q.value(3).toString();
    b.studio = q.value(4).toString();
    b.model = q.value(5).toString();
    b.vehicle = q.value(6).toString();
    b.start = Booking::fromTimestamp(q.value(7).toString());
    b.end = Booking::fromTimestamp(q.value(8).toString());
    b.busyUntil = Booking::fromTimestamp(q.value(9).toString());
    b.staff = q.value(10).toString();
    b.car = q.value(11).toString();
    b.state = Booking::stateFromName(q.value(12).toString()).value_or(BookingState::Requested);
    b.revision = q.value(13).toInt();
    b.created = Booking::fromTimestamp(q.value(14).toString());
    b.updated = Booking::fromTimestamp(q.value(15).toString());
    if (withContact && !q.value(16).isNull()) {
        VisitorContact c;
        c.name = q.value(16).toString();
        c.channel = q.value(17).toString() == QLatin1String("email") ? ContactChannel::Email : ContactChannel::Phone;
        c.value = q.value(18).toString();
        c.marketingConsent = q.value(19).toInt() == 1;
        c.privacyConsentAt = Booking::fromTimestamp(q.value(20).toString());
        c.purgeAfter = Booking::fromTimestamp(q.value(21).toString());
        b.contact = c;
    }
    if (withContact && !q.value(22).isNull())
        b.tradeIn = QJsonDocument::fromJson(q.value(22).toString().toUtf8()).object();
    return b;
}

std::optional<Booking> BookingRows::find(Key key, const QString &value, bool withContact)
{
    const QString column = key == Key::Id ? QStringLiteral("b.id")
        : key == Key::Code                ? QStringLiteral("b.code")
                                          : QStringLiteral("b.idempotency_key");
    QSqlQuery q(m_db);
    q.prepare(select(withContact) + QStringLiteral("WHERE ") + column + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!run(q))
        return std::nullopt;
    return q.next() ? read(q, withContact) : Booking();
}

std::optional<QList<Booking>> BookingRows::list(const QString &studio, const QDateTime &from, const QDateTime &to,
                                                bool withContact)
{
    QSqlQuery q(m_db);
    q.prepare(select(withContact)
              + QStringLiteral("WHERE b.studio = ? AND b.slot_start >= ? AND b.slot_start < ? ORDER BY b.slot_start, b.id"));
    q.addBindValue(studio);
    q.addBindValue(Booking::timestamp(from));
    q.addBindValue(Booking::timestamp(to));
    if (!run(q))
        return std::nullopt;
    QList<Booking> out;
    while (q.next())
        out.append(read(q, withContact));
    return out;
}

std::optional<Occupancy> BookingRows::occupancy(const QString &studio, const QString &resource, const QDateTime &from,
                                                const QDateTime &to, const QString &exceptBooking)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT resource, at FROM booking_slot WHERE (studio = ? OR resource = ?) "
                             "AND at >= ? AND at < ? AND booking IS DISTINCT FROM ?"));
    // An empty resource or booking binds as NULL: "resource = NULL" matches nothing and
    // "booking IS DISTINCT FROM NULL" excludes nothing (with != it would exclude every row).
    q.addBindValue(studio);
    q.addBindValue(resource.isEmpty() ? QVariant() : QVariant(resource));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(exceptBooking.isEmpty() ? QVariant() : QVariant(exceptBooking));
    if (!run(q))
        return std::nullopt;
    Occupancy out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toLongLong());
    return out;
}

std::optional<QStringList> BookingRows::holders(const QStringList &resources, const QDateTime &from, const QDateTime &to)
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT booking FROM booking_slot WHERE resource = ? AND at >= ? AND at < ?"));
    for (const QString &r : resources) {
        q.addBindValue(r);
        q.addBindValue(from.toSecsSinceEpoch());
        q.addBindValue(to.toSecsSinceEpoch());
        if (!run(q))
            return std::nullopt;
        while (q.next()) {
            if (!out.contains(q.value(0).toString()))
                out.append(q.value(0).toString());
        }
    }
    return out;
}

bool BookingRows::insert(const Booking &b)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO booking (id, device, code, idempotency_key, studio, model, vehicle, slot_start, slot_end, "
                       "busy_until, staff, car, state, revision, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{b.id, b.device, b.code, b.idempotencyKey, b.studio, b.model, nullable(b.vehicle),
                      Booking::timestamp(b.start), Booking::timestamp(b.end), Booking::timestamp(b.busyUntil), b.staff, b.car,
                      Booking::stateName(b.state), b.revision, Booking::timestamp(b.created), Booking::timestamp(b.updated)})
        q.addBindValue(v);
    return run(q);
}

bool BookingRows::update(const Booking &b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE booking SET slot_start = ?, slot_end = ?, busy_until = ?, staff = ?, car = ?, "
                             "state = ?, revision = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &v :
         QVariantList{Booking::timestamp(b.start), Booking::timestamp(b.end), Booking::timestamp(b.busyUntil), b.staff, b.car,
                      Booking::stateName(b.state), b.revision, Booking::timestamp(b.updated), b.id})
        q.addBindValue(v);
    return run(q);
}

bool BookingRows::claim(const Booking &b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO booking_slot (resource, at, booking, studio) VALUES (?, ?, ?, ?)"));
    for (const QString &resource : {b.staff, b.car}) {
        for (qint64 at : SlotPlanner::steps(b.start, b.busyUntil)) {
            q.addBindValue(resource);
            q.addBindValue(at);
            q.addBindValue(b.id);
            q.addBindValue(b.studio);
            if (!run(q))
                return false;
        }
    }
    return true;
}

bool BookingRows::release(const QString &booking)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM booking_slot WHERE booking = ?"));
    q.addBindValue(booking);
    return run(q);
}

bool BookingRows::insertContact(const QString &booking, const VisitorContact &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO booking_contact (booking, name, channel, value, privacy_consent_at, "
                             "marketing_consent, purge_after) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{booking, c.name, VisitorContact::channelName(c.channel), c.value, Booking::timestamp(c.privacyConsentAt),
                      c.marketingConsent ? 1 : 0, Booking::timestamp(c.purgeAfter)})
        q.addBindValue(v);
    return run(q);
}

bool BookingRows::insertTradeIn(const QString &booking, const QJsonObject &car)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO booking_trade_in (booking, car) VALUES (?, ?)"));
    q.addBindValue(booking);
    q.addBindValue(QString::fromUtf8(QJsonDocument(car).toJson(QJsonDocument::Compact)));
    return run(q);
}

bool BookingRows::deleteContact(const QString &booking, bool *removed)
{
    // What the visitor said of their car goes with what they said of themselves.
    QSqlQuery car(m_db);
    car.prepare(QStringLiteral("DELETE FROM booking_trade_in WHERE booking = ?"));
    car.addBindValue(booking);
    if (!run(car))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM booking_contact WHERE booking = ?"));
    q.addBindValue(booking);
    if (!run(q))
        return false;
    if (removed)
        *removed = q.numRowsAffected() > 0;
    return true;
}

bool BookingRows::setPurgeAfter(const QString &booking, const QDateTime &when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE booking_contact SET purge_after = ? WHERE booking = ?"));
    q.addBindValue(Booking::timestamp(when));
    q.addBindValue(booking);
    return run(q);
}

bool BookingRows::markErased(const QString &booking, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO booking_erased (booking, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(booking);
    q.addBindValue(Booking::timestamp(now));
    return run(q);
}

std::optional<bool> BookingRows::wasErased(const QString &booking)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM booking_erased WHERE booking = ?"));
    q.addBindValue(booking);
    if (!run(q))
        return std::nullopt;
    return q.next();
}

bool BookingRows::enqueue(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload,
                          const QDateTime &now, bool ignoreDuplicate)
{
    QString error;
    switch (Outbox(m_db).enqueue(key, kind, record, payload, now, &error)) {
    case Outbox::Enqueued::Added:
    case Outbox::Enqueued::AlreadyThere:
        return true;
    case Outbox::Enqueued::KeyReused:
        if (ignoreDuplicate)
            return true;
        break;
    case Outbox::Enqueued::Failed:
        break;
    }
    m_error = error;
    return false;
}

QString BookingRows::outboxRecord(const QString &bookingId)
{
    return QStringLiteral("booking:") + bookingId;
}

QString BookingRows::outboxKey(const Booking &b)
{
    return QStringLiteral("booking:%1:%2").arg(b.id).arg(b.revision);
}

bool BookingRows::saveChange(Booking &b, const QDateTime &now)
{
    b.revision += 1;
    b.updated = now;
    QJsonObject payload = b.toJson(false);
    payload.insert(QStringLiteral("kind"), QStringLiteral("booking"));
    return update(b) && (b.holdsSlot() || release(b.id))
        && enqueue(outboxKey(b), QStringLiteral("booking"), outboxRecord(b.id), payload, now);
}
