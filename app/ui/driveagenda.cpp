// SPDX-License-Identifier: GPL-3.0-or-later
#include "driveagenda.h"
#include "insights/insightrecorder.h"
#include "visitinsights.h"

#include "booking/bookingrows.h"
#include "booking/bookingstore.h"
#include "booking/contactvalidator.h"
#include "common/bidi.h"
#include "common/localtimes.h"
#include "drivebooking.h"
#include "drivelabels.h"
#include "storage/databasequeue.h"
#include "storage/outbox.h"
#include "studiohub.h"
#include "sync/outboxreceiver.h"
#include "tradeinvaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

// A drive driven or missed, for the studio's insights, anonymously: driven with the hours from
// booking to drive.
InsightEvent outcomeEvent(const QString &action, const Booking &b, const QString &screen)
{
    const bool driven = action == QLatin1String("complete");
    return InsightEvent{driven ? InsightEvent::Kind::DriveCompleted : InsightEvent::Kind::DriveMissed,
                        QString(),
                        QDateTime::currentDateTimeUtc(),
                        b.model,
                        QString(),
                        driven ? std::optional<qint64>(qMax<qint64>(0, b.created.secsTo(b.start) / 3600)) : std::nullopt,
                        QString(),
                        screen,
                        QString()}; // the studio: the recorder's own
}

bool counted(const QString &action)
{
    return action == QLatin1String("complete") || action == QLatin1String("no-show");
}

} // namespace

QVariant DriveAgenda::DriveRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return code;
    case 2:
        return when;
    case 3:
        return model;
    case 4:
        return who;
    case 5:
        return state;
    case 6:
        return actions;
    case 7:
        return tradeIn;
    case 8:
        return hubRefusal;
    case 9:
        return hubWaiting;
    }
    return {};
}

QHash<int, QByteArray> DriveAgenda::DriveRow::roleNames()
{
    return {{FirstRole, "bookingId"},      {FirstRole + 1, "code"},      {FirstRole + 2, "when"},    {FirstRole + 3, "model"},
            {FirstRole + 4, "who"},        {FirstRole + 5, "state"},     {FirstRole + 6, "actions"}, {FirstRole + 7, "tradeIn"},
            {FirstRole + 8, "hubRefusal"}, {FirstRole + 9, "hubWaiting"}};
}

QVariant DriveAgenda::MoveRow::value(int role) const
{
    return role == FirstRole ? QVariant(start) : role == FirstRole + 1 ? QVariant(label) : QVariant();
}

QHash<int, QByteArray> DriveAgenda::MoveRow::roleNames()
{
    return {{FirstRole, "start"}, {FirstRole + 1, "label"}};
}

DriveAgenda::DriveAgenda(DatabaseQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_drives(this)
    , m_moveDays(this)
    , m_moveTimes(this)
{
}

void DriveAgenda::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_catalog.index();
}

void DriveAgenda::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    rebuildMove();
    if (!m_drives.rows().isEmpty())
        refresh();
}

void DriveAgenda::setHub(StudioHub *hub)
{
    m_hub = hub;
    // What the hub made of a drive sent to it (taken, refused), and the hub paired or forgotten.
    connect(hub, &StudioHub::delivered, this, [this](const OutboxSender::Report &report) {
        if (report.sent > 0 && !m_drives.rows().isEmpty())
            refresh();
    });
    connect(hub, &StudioHub::pairingChanged, this, [this] {
        if (!m_drives.rows().isEmpty())
            refresh();
    });
    // A drive booked, moved or changed at another screen or tablet.
    connect(hub, &StudioHub::hubChanged, this, [this](const QStringList &topics) {
        if (topics.contains(QLatin1String("slots")) && !m_drives.rows().isEmpty())
            refresh();
    });
}

void DriveAgenda::setHomeStudio(const QString &studio)
{
    m_home = studio;
    m_drives.setRows({});
    emit drivesChanged();
}

void DriveAgenda::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void DriveAgenda::refresh()
{
    const Studio *s = m_catalog.studio(m_home);
    if (!s)
        return;
    const Studio studio = *s;
    const int serial = ++m_request;
    if (!m_hub || !m_hub->reachable())
        return readHere(serial, studio, {}, false);
    // Paired and in reach: the studio's drives from every screen, as the hub holds them.
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_hub->call("GET",
                QStringLiteral("/v1/agenda?studio=%1&date=%2&days=%3&contacts=1")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(studio.id)), today.toString(Qt::ISODate))
                    .arg(DriveBooking::kDaysShown),
                {}, [this, serial, studio](const HubLink::Answer &a) {
                    if (serial != m_request)
                        return;
                    if (a.outcome != HubLink::Outcome::Ok)
                        return readHere(serial, studio, {}, false); // what this screen holds
                    QList<Booking> atHub;
                    for (const auto &v : QJsonDocument::fromJson(a.body).object().value(QLatin1String("bookings")).toArray()) {
                        QString problem;
                        auto b = Booking::fromJson(v.toObject(), &problem);
                        if (!b) {
                            qWarning("a drive of the hub's agenda does not read: %s", qPrintable(problem));
                            continue;
                        }
                        b->tradeIn = v.toObject().value(QLatin1String("tradeIn")).toObject();
                        atHub << *b;
                    }
                    readHere(serial, studio, atHub, true);
                });
}

void DriveAgenda::readHere(int serial, const Studio &studio, const QList<Booking> &atHub, bool fromHub)
{
    struct Read {
        QList<Booking> list;
        QHash<QString, QString> refused; ///< by outbox record: bookings the hub did not keep
        QSet<QString> waiting;           ///< outbox records with a change on its way to the hub
        QHash<QString, Booking> atHub;   ///< drives read from the hub (no contact): changed there
    };
    const bool paired = m_hub && m_hub->paired();
    m_queue->run<Read>(
        this,
        [studio, paired, atHub, fromHub, catalog = m_catalog](QSqlDatabase &db) {
            const QTimeZone zone = SlotPlanner::zoneOf(studio);
            const QDateTime midnight(QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), QTime(0, 0), zone);
            const Outbox outbox(db);
            BookingStore store(db);
            Read read{store.list(studio.id, midnight.toUTC(), midnight.toUTC().addDays(DriveBooking::kDaysShown), true),
                      outbox.refusedRecords(QStringLiteral("booking")).value_or(QHash<QString, QString>()),
                      paired ? outbox.waitingRecords(QStringLiteral("booking")).value_or(QSet<QString>()) : QSet<QString>(),
                      {}};
            if (!fromHub)
                return read;
            // The hub's drives first (this screen's copies follow what changed of them there),
            // then what this screen holds that the hub has not got: on its way, or refused.
            for (const Booking &b : atHub) {
                Booking held = b;
                held.contact.reset();
                held.tradeIn = {};
                read.atHub.insert(b.id, held);
                adopt(db, b, catalog);
            }
            QList<Booking> merged = atHub;
            for (const Booking &b : std::as_const(read.list)) {
                if (!read.atHub.contains(b.id))
                    merged << b;
            }
            std::stable_sort(merged.begin(), merged.end(), [](const Booking &x, const Booking &y) { return x.start < y.start; });
            read.list = merged;
            return read;
        },
        [this, studio, serial, paired](Read read) {
            if (serial != m_request)
                return;
            m_atHub = read.atHub;
            const QList<Booking> &list = read.list;
            static const QHash<BookingState, const char *> states{
                {BookingState::Requested, QT_TR_NOOP("Requested")},  {BookingState::Confirmed, QT_TR_NOOP("Confirmed")},
                {BookingState::CheckedIn, QT_TR_NOOP("Checked in")}, {BookingState::Completed, QT_TR_NOOP("Completed")},
                {BookingState::NoShow, QT_TR_NOOP("No-show")},       {BookingState::Cancelled, QT_TR_NOOP("Cancelled")}};
            QList<DriveRow> rows;
            for (const Booking &b : list) {
                QStringList actions;
                switch (b.state) {
                case BookingState::Requested:
                    actions << QStringLiteral("confirm") << QStringLiteral("reschedule") << QStringLiteral("cancel");
                    break;
                case BookingState::Confirmed:
                    actions << QStringLiteral("check-in") << QStringLiteral("no-show") << QStringLiteral("reschedule")
                            << QStringLiteral("cancel");
                    break;
                case BookingState::CheckedIn:
                    actions << QStringLiteral("complete");
                    break;
                default:
                    break;
                }
                QString who = tr("Contact details deleted");
                if (b.contact) {
                    // A number grouped for reading out ("412 34 567", "+33 6 12 34 56 78"), not E.164.
                    const QString reach = b.contact->channel == ContactChannel::Phone
                        ? ContactValidator::readablePhone(b.contact->value, studio.address.country)
                        : b.contact->value;
                    // The name isolated too: a line that starts with "Ingrid Berg" would read left to
                    // right in Arabic, the booking's code first from the right.
                    who = QStringLiteral("%1 · \u2066%2\u2069").arg(Bidi::isolate(b.contact->name), reach);
                }
                const CarModel *model = m_catalog.model(b.model);
                const QString record = BookingRows::outboxRecord(b.id);
                // A change on its way is newer than a refusal of an earlier one.
                const bool waiting = read.waiting.contains(record);
                // Refused by the hub it paired with: the drive has no time there to confirm or
                // check in at, only another time to move to (or a cancellation).
                if (paired && !waiting && read.refused.contains(record))
                    actions.removeIf(
                        [](const QString &a) { return a != QLatin1String("reschedule") && a != QLatin1String("cancel"); });
                rows << DriveRow{b.id,
                                 b.code,
                                 DriveLabels::span(b.start, studio, m_locale, true),
                                 carOf(b, model),
                                 who,
                                 tr(states.value(b.state)),
                                 actions,
                                 TradeInValuation::staffLine(b.tradeIn, m_locale),
                                 waiting ? QString() : hubRefusal(read.refused.value(record)),
                                 waiting ? tr("Not at the studio hub yet: it goes there as soon as the hub can be reached.")
                                         : QString()};
            }
            m_drives.setRows(rows);
            emit drivesChanged();
            // The drive being moved is named in the language now shown.
            if (!m_moving.isEmpty()) {
                for (const DriveRow &row : std::as_const(rows)) {
                    if (row.id != m_moving)
                        continue;
                    if (const QString title = movingTitleOf(row); title != m_movingTitle) {
                        m_movingTitle = title;
                        emit movingChanged();
                    }
                }
            }
        });
}

void DriveAgenda::adopt(QSqlDatabase &db, const Booking &atHub, const Catalog &catalog)
{
    BookingStore::Error error;
    if (!BookingStore(db).follow(atHub, catalog, &error) && !error.message.isEmpty())
        qWarning("this screen's copy of a drive does not follow the hub: %s", qPrintable(error.message));
}

QString DriveAgenda::hubRefusal(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    // The hub's own words are English, for staff; the one it says of a slot is said here in theirs.
    if (reason == OutboxReceiver::slotTaken())
        return tr("The studio hub gave this time to another booking. Call the visitor and move the drive to one of the "
                  "nearest free times.");
    return tr("The studio hub did not keep this booking: %1").arg(reason);
}

QString DriveAgenda::carOf(const Booking &b, const CarModel *model) const
{
    const QString name = model ? model->name.text(m_language) : b.model;
    if (b.vehicle.isEmpty())
        return name;
    // One stock car: named as staff find it on the floor when it is still in the stock.
    const QString car = m_describeCar ? m_describeCar(b.vehicle) : QString();
    return car.isEmpty() ? name + tr(" (stock car)") : car;
}

void DriveAgenda::act(const QString &bookingId, const QString &action)
{
    struct Answer {
        bool ok = false;
        BookingStore::Error error;
    };
    setMessage({});
    if (m_atHub.contains(bookingId))
        return changeAtHub(QStringLiteral("/v1/agenda/act"),
                           {{QStringLiteral("id"), bookingId}, {QStringLiteral("action"), action}}, action);
    m_queue->run<Answer>(
        this,
        [bookingId, action,
         screen = VisitInsights::current() ? VisitInsights::current()->screen() : QString()](QSqlDatabase &db) {
            BookingStore store(db);
            // A drive driven or missed counts for the studio's insights, anonymously, written with
            // the booking's change: driven with the hours from booking to drive.
            if (counted(action) && VisitInsights::current()) {
                store.setAlongside([action, screen](QSqlDatabase &d, const Booking &b) {
                    return InsightRecorder(d).recordIn(outcomeEvent(action, b, screen));
                });
            }
            Answer a;
            a.ok = store.act(bookingId, action, &a.error).has_value();
            return a;
        },
        [this](Answer a) {
            if (!a.ok)
                setMessage(a.error.kind == BookingStore::Error::Kind::WrongState
                               ? tr("Not possible at this point of the drive (a no-show is marked once its time has begun).")
                               : tr("This could not be saved. Please try again."));
            else if (m_hub)
                m_hub->deliverNow(); // the change reaches the hub (and the brand) now
            refresh();
            emit acted(a.ok);
        });
}

QString DriveAgenda::movingTitleOf(const DriveRow &row)
{
    // The model isolated: "Aster 5" first would set the line left to right in Arabic.
    return Bidi::isolate(row.model) + QStringLiteral(" · ") + row.when;
}

void DriveAgenda::startMove(const QString &bookingId)
{
    m_moving = bookingId;
    m_movingTitle.clear();
    for (const DriveRow &row : m_drives.rows()) {
        if (row.id == bookingId)
            m_movingTitle = movingTitleOf(row);
    }
    m_moveDay = {};
    m_moveFree.clear();
    m_moveLoading = true;
    rebuildMove();
    emit movingChanged();
    emit moveDayChanged();
    const Catalog catalog = m_catalog;
    const bool atHub = m_hub && m_hub->reachable();
    if (atHub && m_atHub.contains(bookingId)) {
        // A drive the hub holds (perhaps another screen's): what it is comes from the hub's list.
        const Booking &b = m_atHub[bookingId];
        const Studio *s = m_catalog.studio(b.studio);
        MoveRead read;
        read.studio = s ? s->id : QString();
        read.start = b.start;
        read.target = b.target();
        read.own = s ? b.start.toTimeZone(SlotPlanner::zoneOf(*s)).date() : QDate();
        return s ? readMoveAtHub(bookingId, read) : showMove(bookingId, read);
    }
    m_queue->run<MoveRead>(
        this,
        [bookingId, catalog, atHub](QSqlDatabase &db) {
            MoveRead out;
            const BookingStore store(db);
            const auto b = store.find(bookingId);
            const Studio *s = b ? catalog.studio(b->studio) : nullptr;
            if (!s)
                return out;
            out.studio = s->id;
            out.start = b->start;
            out.target = b->target();
            const QTimeZone zone = SlotPlanner::zoneOf(*s);
            out.own = b->start.toTimeZone(zone).date();
            if (atHub)
                return out; // the studio's free times are the hub's
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
            for (int i = 0; i < DriveBooking::kDaysShown; ++i) {
                const QDate date = today.addDays(i);
                out.days << moveDay(*s, date, store.daySlots(*s, date, out.target), b->start);
            }
            return out;
        },
        [this, bookingId, atHub](MoveRead read) {
            if (atHub && !read.studio.isEmpty())
                readMoveAtHub(bookingId, std::move(read));
            else
                showMove(bookingId, read);
        });
}

void DriveAgenda::readMoveAtHub(const QString &bookingId, MoveRead read)
{
    const Studio *s = m_catalog.studio(read.studio);
    if (!s || !m_hub)
        return showMove(bookingId, read);
    const Studio studio = *s;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(SlotPlanner::zoneOf(studio)).date();
    m_hub->call("GET", DriveBooking::hubSlotsPath(studio, read.target, today, DriveBooking::kDaysShown), {},
                [this, bookingId, read, studio](const HubLink::Answer &a) mutable {
                    if (bookingId != m_moving)
                        return;
                    if (a.outcome != HubLink::Outcome::Ok) {
                        // Out of reach after all: no times are offered that the hub has not given.
                        m_moveLoading = false;
                        setMessage(tr("The studio hub cannot be reached: the free times cannot be read now."));
                        return cancelMove();
                    }
                    for (const DriveBooking::HubDay &hubDay : DriveBooking::hubDays(a.body, studio))
                        read.days << moveDay(studio, hubDay.date, hubDay.times, read.start);
                    showMove(bookingId, read);
                });
}

DriveAgenda::MoveDay DriveAgenda::moveDay(const Studio &studio, QDate date, const QList<SlotPlanner::Slot> &times,
                                          const QDateTime &own)
{
    MoveDay day;
    day.date = date;
    day.open = !SlotPlanner::hoursOn(studio, date).isEmpty();
    for (const SlotPlanner::Slot &slot : times) {
        if (slot.isFree() && slot.start != own)
            day.free << slot.start;
    }
    return day;
}

void DriveAgenda::showMove(const QString &bookingId, const MoveRead &read)
{
    if (bookingId != m_moving)
        return;
    m_movingStudio = read.studio;
    m_moveFree = read.days;
    m_moveLoading = false;
    // The drive's own day first, when it has another free time; else the first day that has.
    for (const MoveDay &day : std::as_const(m_moveFree)) {
        if (day.date == read.own && !day.free.isEmpty())
            m_moveDay = day.date;
    }
    for (const MoveDay &day : std::as_const(m_moveFree)) {
        if (!m_moveDay.isValid() && !day.free.isEmpty())
            m_moveDay = day.date;
    }
    rebuildMove();
    emit moveDayChanged();
}

void DriveAgenda::chooseMoveDay(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (m_moving.isEmpty() || !date.isValid() || date == m_moveDay)
        return;
    m_moveDay = date;
    rebuildMove();
    emit moveDayChanged();
}

void DriveAgenda::rebuildMove()
{
    QList<MoveDayRow> days;
    QList<MoveRow> times;
    const Studio *studio = m_catalog.studio(m_movingStudio);
    for (qsizetype i = 0; studio && i < m_moveFree.size(); ++i) {
        const MoveDay &day = m_moveFree.at(i);
        const int free = int(day.free.size());
        // The visitor's booking words these days the same way; its translations serve both.
        const QString note = !day.open ? DriveBooking::tr("Closed")
            : free == 0                ? DriveBooking::tr("Fully booked")
                                       : DriveBooking::tr("%n time(s) free", nullptr, free);
        const QString weekday = i == 0 ? DriveBooking::tr("Today")
            : i == 1                   ? DriveBooking::tr("Tomorrow")
                                       : m_locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        days << MoveDayRow{day.date.toString(Qt::ISODate), weekday, LocalTimes::dayMonth(m_locale, day.date), note, free,
                           day.date == m_moveDay};
        if (day.date != m_moveDay)
            continue;
        const QTimeZone zone = SlotPlanner::zoneOf(*studio);
        for (const QDateTime &start : day.free)
            times << MoveRow{start.toString(Qt::ISODate), LocalTimes::time(m_locale, start.toTimeZone(zone).time())};
    }
    m_moveDays.setRows(days);
    m_moveTimes.setRows(times);
}

void DriveAgenda::cancelMove()
{
    m_moving.clear();
    m_movingTitle.clear();
    m_moveDay = {};
    m_moveFree.clear();
    m_moveLoading = false;
    rebuildMove();
    emit movingChanged();
    emit moveDayChanged();
}

void DriveAgenda::moveTo(const QString &isoStart)
{
    struct Answer {
        bool ok = false;
        BookingStore::Error error;
    };
    const QString bookingId = m_moving;
    const Catalog catalog = m_catalog;
    cancelMove();
    setMessage({});
    if (m_atHub.contains(bookingId))
        return changeAtHub(QStringLiteral("/v1/agenda/move"),
                           {{QStringLiteral("id"), bookingId}, {QStringLiteral("start"), isoStart}}, QStringLiteral("move"));
    m_queue->run<Answer>(
        this,
        [bookingId, isoStart, catalog](QSqlDatabase &db) {
            BookingStore store(db);
            Answer a;
            const auto b = store.find(bookingId);
            const Studio *s = b ? catalog.studio(b->studio) : nullptr;
            a.ok = s && store.reschedule(*s, bookingId, QDateTime::fromString(isoStart, Qt::ISODate).toUTC(), &a.error);
            return a;
        },
        [this](Answer a) {
            if (!a.ok)
                setMessage(a.error.kind == BookingStore::Error::Kind::SlotTaken
                               ? tr("That time was just taken. Please choose another.")
                               : tr("This drive cannot be moved to that time."));
            else if (m_hub)
                m_hub->deliverNow(); // the hub judges the new time now, not at the next drain
            refresh();
            emit acted(a.ok);
        });
}

void DriveAgenda::changeAtHub(const QString &path, const QJsonObject &body, const QString &action)
{
    m_hub->call("POST", path, body, [this, action](const HubLink::Answer &a) {
        if (a.outcome != HubLink::Outcome::Ok) {
            const bool taken = a.code == QLatin1String("slot-taken");
            setMessage(a.outcome == HubLink::Outcome::Failed
                           ? tr("The studio hub cannot be reached: please try again in a moment.")
                           : taken ? tr("That time was just taken. Please choose another.")
                           : a.code == QLatin1String("wrong-state")
                           ? tr("Not possible at this point of the drive (a no-show is marked once its time has begun).")
                           : action == QLatin1String("move") ? tr("This drive cannot be moved to that time.")
                                                             : tr("This could not be saved. Please try again."));
            refresh();
            emit acted(false);
            return;
        }
        QString problem;
        const auto changed = Booking::fromJson(
            QJsonDocument::fromJson(a.body).object().value(QLatin1String("booking")).toObject(), &problem);
        if (!changed)
            qWarning("the hub's answer to a change of a drive does not read: %s", qPrintable(problem));
        const QString screen = VisitInsights::current() ? VisitInsights::current()->screen() : QString();
        const bool count = counted(action) && VisitInsights::current();
        m_queue->run<bool>(
            this,
            [changed, catalog = m_catalog, action, screen, count](QSqlDatabase &db) {
                if (!changed)
                    return false;
                adopt(db, *changed, catalog);
                // Counted at the screen where staff marked it, as a change made here is.
                if (count && !InsightRecorder(db).record(outcomeEvent(action, *changed, screen)))
                    qWarning("a drive's outcome could not be counted for the insights");
                return true;
            },
            [this](bool) {
                refresh();
                emit acted(true);
            });
    });
}
