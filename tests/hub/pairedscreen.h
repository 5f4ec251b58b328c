// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubprocess.h"

#include "booking/bookingstore.h"
#include "catalog/catalogrows.h"
#include "insights/insightrecorder.h"
#include "storage/database.h"
#include "storage/databasequeue.h"
#include "sync/outboxsender.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>

#include <functional>
#include <memory>

/// A screen for the hub's tests: its own copy of a demo database, paired with a real hub, its
/// outbox drained by the kiosk's OutboxSender on a clock the test moves past any backoff.
struct PairedScreen {
    QString connection;
    QString path;
    QNetworkAccessManager network;
    HubLink link{&network};
    std::unique_ptr<DatabaseQueue> queue;
    std::unique_ptr<OutboxSender> sender;
    qint64 clockOffsetSecs = 0;

    QSqlDatabase db() const { return QSqlDatabase::database(connection); }
    QByteArray token() const { return link.pairing().token; }

    /// Copies `templatePath` to `path`, opens it as `connection` and pairs it with `hub` as
    /// `name`; nothing when any of it fails.
    static std::unique_ptr<PairedScreen> pair(const HubProcess &hub, const QString &templatePath, const QString &path,
                                              const QString &connection, const QString &name)
    {
        auto s = std::make_unique<PairedScreen>();
        s->connection = connection;
        s->path = path;
        if (!QFile::copy(templatePath, path) || !Database::open(path, connection).ok())
            return nullptr;
        QSignalSpy paired(&s->link, &HubLink::paired);
        s->link.pair(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(hub.port())), hub.pairingCode(), name);
        if (!paired.wait(20000) || !s->link.pairing().valid())
            return nullptr;
        s->queue = std::make_unique<DatabaseQueue>(path);
        s->sender = std::make_unique<OutboxSender>(s->queue.get(), &s->link);
        PairedScreen *raw = s.get();
        s->sender->setClock([raw] { return QDateTime::currentDateTimeUtc().addSecs(raw->clockOffsetSecs); });
        return s;
    }

    /// The hub restarted on another port: the pairing follows it (same token, same certificate).
    void follow(const HubProcess &hub)
    {
        HubLink::Pairing p = link.pairing();
        p.hub.setPort(hub.port());
        link.setPairing(p);
    }

    qint64 pending() const
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) && q.next() ? q.value(0).toLongLong()
                                                                                                         : -1;
    }

    OutboxSender::Report drainOnce()
    {
        QSignalSpy drained(sender.get(), &OutboxSender::drained);
        sender->drain();
        if (!drained.wait(60000))
            return {-1, 0, 0, 0, false, QStringLiteral("no drain came to an end")};
        return drained.takeFirst().at(0).value<OutboxSender::Report>();
    }

    /// Drains until nothing is waiting, moving the screen's clock past every backoff.
    bool drainAll(int most = 60)
    {
        for (int i = 0; i < most && pending() != 0; ++i) {
            clockOffsetSecs += 2 * 3600;
            if (drainOnce().sent < 0)
                return false;
        }
        return pending() == 0;
    }
};

/// `count` bookings of the Aster 5 at Oslo in `db`, in free slots from `firstDay` days on, the
/// i-th for the visitor `contactFor(i)`.
inline QList<Booking> bookDrives(QSqlDatabase db, int count, int firstDay, const Clock &clock,
                                 const std::function<ContactInput(int)> &contactFor)
{
    QList<Booking> out;
    const auto catalog = CatalogRows(db).catalog();
    if (!catalog || !catalog->studio(QStringLiteral("oslo")))
        return out;
    const Studio &oslo = *catalog->studio(QStringLiteral("oslo"));
    BookingStore store(db, clock);
    for (int day = firstDay; day < firstDay + 60 && out.size() < count; ++day) {
        const QDate date = QDate::currentDate().addDays(day);
        for (const auto &slot : store.daySlots(oslo, date, DriveTarget::fleet(QStringLiteral("aster-5")))) {
            if (!slot.isFree() || out.size() >= count)
                continue;
            BookingStore::Request r;
            r.target = DriveTarget::fleet(QStringLiteral("aster-5"));
            r.start = slot.start;
            r.contact = contactFor(int(out.size()));
            BookingStore::Error error;
            if (const auto made = store.create(oslo, r, &error))
                out << made->booking;
            else
                qWarning() << "not booked:" << error.message;
        }
    }
    return out;
}

/// One visit of `count` usage events in `db` (a start, then cars viewed), their ids in `ids`.
inline bool recordVisit(QSqlDatabase db, int count, QStringList *ids)
{
    InsightRecorder recorder(db);
    const QString visit = InsightEvent::newVisitId();
    for (int i = 0; i < count; ++i) {
        InsightEvent e;
        e.kind = i == 0 ? InsightEvent::Kind::VisitStarted : InsightEvent::Kind::CarViewed;
        e.visit = visit;
        e.at = QDateTime::currentDateTimeUtc().addMSecs(i);
        e.subject = i == 0 ? QString() : QStringLiteral("aster-5");
        e.language = QStringLiteral("nb");
        e.screen = QStringLiteral("Entrance");
        if (!recorder.record(e))
            return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT uuid FROM insight_events WHERE visit = '%1'").arg(visit));
    while (q.next())
        *ids << q.value(0).toString();
    return ids->size() == count;
}
