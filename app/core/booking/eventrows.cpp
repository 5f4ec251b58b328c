// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrows.h"

#include "storage/database.h"
#include "storage/deviceidentity.h"
#include "storage/outbox.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kJoinerColumns = QStringLiteral(
    "SELECT j.id, j.device, j.event, j.code, j.idempotency_key, j.state, j.revision, j.created_at, j.updated_at, ");

QString selectJoiner(bool withContact)
{
    // Without the contact no personal column is even read.
    return withContact ? kJoinerColumns
            + QStringLiteral("c.name, c.channel, c.value, c.marketing_consent, c.privacy_consent_at, c.purge_after "
                             "FROM event_joiner j LEFT JOIN event_joiner_contact c ON c.joiner = j.id ")
                       : kJoinerColumns + QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL FROM event_joiner j ");
}

const QString kEventColumns = QStringLiteral(
    "SELECT e.doc, e.starts_at, e.ends_at, (SELECT count(*) FROM event_joiner j WHERE j.event = e.id AND j.state != "
    "'cancelled'), (SELECT f.change FROM event_feed_change f WHERE f.event = e.id) FROM studio_event e ");

std::optional<EventListing> readListing(const QSqlQuery &q)
{
    // Stored documents passed validation on the way in; one edited by hand that no longer reads
    // is left out rather than shown half-formed.
    auto event = StudioEvent::read(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), nullptr);
    if (!event)
        return std::nullopt;
    event->start = Booking::fromTimestamp(q.value(1).toString());
    event->end = Booking::fromTimestamp(q.value(2).toString());
    const QString change = q.value(4).toString();
    return EventListing{*event, q.value(3).toInt(),
                        change == QLatin1String("created")       ? EventListing::FeedChange::Created
                            : change == QLatin1String("changed") ? EventListing::FeedChange::Changed
                                                                 : EventListing::FeedChange::None};
}

} // namespace

EventRows::EventRows(QSqlDatabase db)
    : m_db(db)
    , m_table(db, QStringLiteral("studio_event"))
{
}

DocumentTable::Columns EventRows::columnsFor(const QJsonObject &doc)
{
    // The stored form carries its UTC offsets (StudioEvent::toJson), so the instants read off it.
    const auto instant = [&doc](const char *key) {
        return Booking::timestamp(QDateTime::fromString(doc.value(QLatin1String(key)).toString(), Qt::ISODate));
    };
    return {{QStringLiteral("studio"), doc.value(QStringLiteral("studio")).toString()},
            {QStringLiteral("kind"), doc.value(QStringLiteral("kind")).toString()},
            {QStringLiteral("language"), doc.value(QStringLiteral("language")).toString()},
            {QStringLiteral("starts_at"), instant("start")},
            {QStringLiteral("ends_at"), instant("end")},
            {QStringLiteral("capacity"), doc.value(QStringLiteral("capacity")).toInt()},
            {QStringLiteral("signup"), doc.value(QStringLiteral("signup_required")).toBool(true) ? 1 : 0},
            {QStringLiteral("cancelled"), doc.value(QStringLiteral("cancelled")).toBool(false) ? 1 : 0}};
}

bool EventRows::run(QSqlQuery &q)
{
    if (Database::execKeepingTransaction(m_db, q))
        return true;
    m_error = q.lastError().text();
    m_native = q.lastError().nativeErrorCode();
    return false;
}

bool EventRows::begin()
{
    QSqlError failed;
    if (Database::beginWrite(m_db, &failed))
        return true;
    m_error = failed.text();
    m_native = failed.nativeErrorCode();
    return false;
}

bool EventRows::commit()
{
    // Run, not prepared: a server prepares only queries and changes of rows.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    m_error = q.lastError().text();
    m_native = q.lastError().nativeErrorCode();
    return false;
}

void EventRows::rollback()
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

std::optional<QString> EventRows::deviceId()
{
    QString error;
    auto id = DeviceIdentity::id(m_db, &error);
    if (!id)
        m_error = error;
    return id;
}

std::optional<QList<EventListing>> EventRows::listings(const Filter &filter)
{
    QStringList where{QStringLiteral("e.deleted = 0")};
    QVariantList bind;
    if (!filter.studio.isEmpty()) {
        where << QStringLiteral("e.studio = ?");
        bind << filter.studio;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("e.ends_at > ?");
        bind << Booking::timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("e.starts_at < ?");
        bind << Booking::timestamp(filter.to);
    }
    if (!filter.withCancelled)
        where << QStringLiteral("e.cancelled = 0");
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (EventKind k : filter.kinds) {
            marks << QStringLiteral("?");
            bind << StudioEvent::kindName(k);
        }
        where << QStringLiteral("e.kind IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!filter.languages.isEmpty()) {
        QStringList marks;
        for (const QString &l : filter.languages) {
            marks << QStringLiteral("?");
            bind << l;
        }
        where << QStringLiteral("e.language IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    QSqlQuery q(m_db);
    q.prepare(kEventColumns + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))
              + QStringLiteral(" ORDER BY e.starts_at, e.id LIMIT ?"));
    for (const QVariant &v : std::as_const(bind))
        q.addBindValue(v);
    q.addBindValue(filter.limit < 0 ? -1 : filter.limit);
    if (!run(q))
        return std::nullopt;
    QList<EventListing> out;
    while (q.next()) {
        if (auto l = readListing(q))
            out.append(std::move(*l));
    }
    return out;
}

std::optional<EventListing> EventRows::listing(const QString &id, bool withDeleted)
{
    QSqlQuery q(m_db);
    q.prepare(kEventColumns
              + (withDeleted ? QStringLiteral("WHERE e.id = ?") : QStringLiteral("WHERE e.id = ? AND e.deleted = 0")));
    q.addBindValue(id);
    if (!run(q))
        return std::nullopt;
    if (!q.next())
        return EventListing();
    return readListing(q).value_or(EventListing());
}

EventJoiner EventRows::readJoiner(const QSqlQuery &q, bool withContact) const
{
    EventJoiner j;
    j.id = q.value(0).toString();
    j.device = q.value(1).toString();
    j.event = q.value(2).toString();
    j.code = q.value(3).toString();
    j.idempotencyKey = q.value(4).toString();
    j.state = EventJoiner::stateFromName(q.value(5).toString()).value_or(JoinState::Joined);
    j.revision = q.value(6).toInt();
    j.created = Booking::fromTimestamp(q.value(7).toString());
    j.updated = Booking::fromTimestamp(q.value(8).toString());
    if (withContact && !q.value(9).isNull()) {
        VisitorContact c;
        c.name = q.value(9).toString();
        c.channel = q.value(10).toString() == QLatin1String("email") ? ContactChannel::Email : ContactChannel::Phone;
        c.value = q.value(11).toString();
        c.marketingConsent = q.value(12).toInt() == 1;
        c.privacyConsentAt = Booking::fromTimestamp(q.value(13).toString());
        c.purgeAfter = Booking::fromTimestamp(q.value(14).toString());
        j.contact = c;
    }
    return j;
}

std::optional<EventJoiner> EventRows::findJoiner(Key key, const QString &value, bool withContact)
{
    const QString column = key == Key::Id ? QStringLiteral("j.id")
        : key == Key::Code                ? QStringLiteral("j.code")
                                          : QStringLiteral("j.idempotency_key");
    QSqlQuery q(m_db);
    q.prepare(selectJoiner(withContact) + QStringLiteral("WHERE ") + column + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!run(q))
        return std::nullopt;
    return q.next() ? readJoiner(q, withContact) : EventJoiner();
}

std::optional<QList<EventJoiner>> EventRows::joiners(const QString &event, bool withContact)
{
    QSqlQuery q(m_db);
    q.prepare(selectJoiner(withContact) + QStringLiteral("WHERE j.event = ? ORDER BY j.created_at, j.id"));
    q.addBindValue(event);
    if (!run(q))
        return std::nullopt;
    QList<EventJoiner> out;
    while (q.next())
        out.append(readJoiner(q, withContact));
    return out;
}

std::optional<bool> EventRows::codeInUse(const QString &code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM event_joiner WHERE code = ?) OR EXISTS (SELECT 1 FROM booking WHERE code = ?)"));
    q.addBindValue(code);
    q.addBindValue(code);
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toInt() != 0;
}

bool EventRows::insertJoiner(const EventJoiner &j)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO event_joiner (id, device, event, code, idempotency_key, state, revision, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{j.id, j.device, j.event, j.code, j.idempotencyKey, EventJoiner::stateName(j.state),
                                          j.revision, Booking::timestamp(j.created), Booking::timestamp(j.updated)})
        q.addBindValue(v);
    return run(q);
}

bool EventRows::insertContact(const QString &joiner, const VisitorContact &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO event_joiner_contact (joiner, name, channel, value, privacy_consent_at, "
                             "marketing_consent, purge_after) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{joiner, c.name, VisitorContact::channelName(c.channel), c.value, Booking::timestamp(c.privacyConsentAt),
                      c.marketingConsent ? 1 : 0, Booking::timestamp(c.purgeAfter)})
        q.addBindValue(v);
    return run(q);
}

bool EventRows::deleteContact(const QString &joiner, bool *removed)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM event_joiner_contact WHERE joiner = ?"));
    q.addBindValue(joiner);
    if (!run(q))
        return false;
    if (removed)
        *removed = q.numRowsAffected() > 0;
    return true;
}

bool EventRows::markErased(const QString &joiner, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO event_joiner_erased (joiner, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(joiner);
    q.addBindValue(Booking::timestamp(now));
    return run(q);
}

bool EventRows::startFeedChanges()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM event_feed_change"));
    return run(q);
}

bool EventRows::saveChange(EventJoiner &j, const QDateTime &now)
{
    j.revision += 1;
    j.updated = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE event_joiner SET state = ?, revision = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{EventJoiner::stateName(j.state), j.revision, Booking::timestamp(j.updated), j.id})
        q.addBindValue(v);
    if (!run(q))
        return false;
    QJsonObject payload = j.toJson(false);
    payload.insert(QStringLiteral("kind"), QStringLiteral("event-join"));
    return enqueue(outboxKey(j), QStringLiteral("event-join"), outboxRecord(j.id), payload, now);
}

bool EventRows::enqueue(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload,
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

QString EventRows::outboxKey(const EventJoiner &j)
{
    return QStringLiteral("event-join:%1:%2").arg(j.id).arg(j.revision);
}

QString EventRows::outboxRecord(const QString &joinerId)
{
    return QStringLiteral("event-join:") + joinerId;
}

std::optional<QStringList> EventRows::contactsToPurge(const QDateTime &now, const QDateTime &endedBefore)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.joiner FROM event_joiner_contact c JOIN event_joiner j ON j.id = c.joiner "
                             "JOIN studio_event e ON e.id = j.event WHERE c.purge_after <= ? OR e.ends_at <= ?"));
    q.addBindValue(Booking::timestamp(now));
    q.addBindValue(Booking::timestamp(endedBefore));
    if (!run(q))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<QList<EventNotice>> EventRows::notices(const QString &studio, bool pendingOnly)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT n.id, n.event, n.change, n.before, n.after, n.joiners, n.noticed_at, n.informed_at "
                             "FROM event_notice n LEFT JOIN studio_event e ON e.id = n.event "
                             "WHERE (? = '' OR e.studio = ?) AND (? = 0 OR n.informed_at IS NULL) ORDER BY n.id DESC"));
    q.addBindValue(studio.isNull() ? QStringLiteral("") : studio);
    q.addBindValue(studio.isNull() ? QStringLiteral("") : studio);
    q.addBindValue(pendingOnly ? 1 : 0);
    if (!run(q))
        return std::nullopt;
    QList<EventNotice> out;
    while (q.next()) {
        EventNotice n;
        n.id = q.value(0).toLongLong();
        n.event = q.value(1).toString();
        n.change = EventNotice::changeFromName(q.value(2).toString()).value_or(EventNotice::Change::Time);
        n.before = q.value(3).toString();
        n.after = q.value(4).toString();
        n.joiners = q.value(5).toInt();
        n.noticed = Booking::fromTimestamp(q.value(6).toString());
        n.informed = Booking::fromTimestamp(q.value(7).toString());
        out.append(n);
    }
    return out;
}

bool EventRows::markInformed(qint64 notice, const QDateTime &now, bool *found)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE event_notice SET informed_at = coalesce(informed_at, ?) WHERE id = ?"));
    q.addBindValue(Booking::timestamp(now));
    q.addBindValue(notice);
    if (!run(q))
        return false;
    if (found)
        *found = q.numRowsAffected() > 0;
    return true;
}
