// SPDX-License-Identifier: GPL-3.0-or-later
#include "driveagenda.h"
#include "insights/insightrecorder.h"
#include "visitinsights.h"

#include "booking/bookingrows.h"
#include "booking/bookingstore.h"
#include "booking/contactvalidator.h"
#include "drivebooking.h"
#include "drivelabels.h"
#include "storage/databasequeue.h"
#include "storage/outbox.h"
#include "tradeinvaluation.h"

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

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
    }
    return {};
}

QHash<int, QByteArray> DriveAgenda::DriveRow::roleNames()
{
    return {{FirstRole, "bookingId"},   {FirstRole + 1, "code"},    {FirstRole + 2, "when"},
            {FirstRole + 3, "model"},   {FirstRole + 4, "who"},     {FirstRole + 5, "state"},
            {FirstRole + 6, "actions"}, {FirstRole + 7, "tradeIn"}, {FirstRole + 8, "hubRefusal"}};
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
    struct Read {
        QList<Booking> list;
        QHash<QString, QString> refused; ///< by outbox record: bookings the hub did not keep
    };
    m_queue->run<Read>(
        this,
        [studio](QSqlDatabase &db) {
            const QTimeZone zone = SlotPlanner::zoneOf(studio);
            const QDateTime midnight(QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), QTime(0, 0), zone);
            return Read{
                BookingStore(db).list(studio.id, midnight.toUTC(), midnight.toUTC().addDays(DriveBooking::kDaysShown), true),
                Outbox(db).refusedRecords(QStringLiteral("booking")).value_or(QHash<QString, QString>())};
        },
        [this, studio, serial](Read read) {
            if (serial != m_request)
                return;
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
                    who = QStringLiteral("%1 · \u2066%2\u2069").arg(b.contact->name, reach);
                }
                const CarModel *model = m_catalog.model(b.model);
                rows << DriveRow{b.id,
                                 b.code,
                                 DriveLabels::span(b.start, studio, m_locale, true),
                                 carOf(b, model),
                                 who,
                                 tr(states.value(b.state)),
                                 actions,
                                 TradeInValuation::staffLine(b.tradeIn, m_locale),
                                 hubRefusal(read.refused.value(BookingRows::outboxRecord(b.id)))};
            }
            m_drives.setRows(rows);
            emit drivesChanged();
            // The drive being moved is named in the language now shown.
            if (!m_moving.isEmpty()) {
                for (const DriveRow &row : std::as_const(rows)) {
                    if (row.id == m_moving && m_movingTitle != row.model + QStringLiteral(" · ") + row.when) {
                        m_movingTitle = row.model + QStringLiteral(" · ") + row.when;
                        emit movingChanged();
                    }
                }
            }
        });
}

QString DriveAgenda::hubRefusal(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    // The hub's own words are English, for staff; the one it says of a slot is said here in theirs.
    if (reason == QLatin1String("slot taken at the hub"))
        return tr("The studio hub gave this time to another booking. Call the visitor to find another time.");
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
    m_queue->run<Answer>(
        this,
        [bookingId, action,
         screen = VisitInsights::current() ? VisitInsights::current()->screen() : QString()](QSqlDatabase &db) {
            BookingStore store(db);
            // A drive driven or missed counts for the studio's insights, anonymously, written with
            // the booking's change: driven with the hours from booking to drive.
            const bool counted = action == QLatin1String("complete") || action == QLatin1String("no-show");
            if (counted && VisitInsights::current()) {
                store.setAlongside([action, screen](QSqlDatabase &d, const Booking &b) {
                    const bool driven = action == QLatin1String("complete");
                    const InsightEvent e{driven ? InsightEvent::Kind::DriveCompleted : InsightEvent::Kind::DriveMissed,
                                         QString(),
                                         QDateTime::currentDateTimeUtc(),
                                         b.model,
                                         QString(),
                                         driven ? std::optional<qint64>(qMax<qint64>(0, b.created.secsTo(b.start) / 3600))
                                                : std::nullopt,
                                         QString(),
                                         screen,
                                         QString()}; // the studio: the recorder's own
                    return InsightRecorder(d).recordIn(e);
                });
            }
            Answer a;
            std::optional<Booking> done;
            if (action == QLatin1String("confirm"))
                done = store.confirm(bookingId, &a.error);
            else if (action == QLatin1String("check-in"))
                done = store.checkIn(bookingId, &a.error);
            else if (action == QLatin1String("no-show"))
                done = store.noShow(bookingId, &a.error);
            else if (action == QLatin1String("cancel"))
                done = store.cancel(bookingId, &a.error);
            else if (action == QLatin1String("complete"))
                done = store.complete(bookingId, &a.error);
            a.ok = done.has_value();
            return a;
        },
        [this](Answer a) {
            if (!a.ok)
                setMessage(a.error.kind == BookingStore::Error::Kind::WrongState
                               ? tr("Not possible at this point of the drive (a no-show is marked once its time has begun).")
                               : tr("This could not be saved. Please try again."));
            refresh();
            emit acted(a.ok);
        });
}

void DriveAgenda::startMove(const QString &bookingId)
{
    m_moving = bookingId;
    m_movingTitle.clear();
    for (const DriveRow &row : m_drives.rows()) {
        if (row.id == bookingId)
            m_movingTitle = row.model + QStringLiteral(" · ") + row.when;
    }
    m_moveDay = {};
    m_moveFree.clear();
    m_moveLoading = true;
    rebuildMove();
    emit movingChanged();
    emit moveDayChanged();
    struct Read {
        QString studio;
        QDate own;
        QList<MoveDay> days;
    };
    const Catalog catalog = m_catalog;
    m_queue->run<Read>(
        this,
        [bookingId, catalog](QSqlDatabase &db) {
            Read out;
            const BookingStore store(db);
            const auto b = store.find(bookingId);
            const Studio *s = b ? catalog.studio(b->studio) : nullptr;
            if (!s)
                return out;
            out.studio = s->id;
            const DriveTarget t = b->vehicle.isEmpty() ? DriveTarget::fleet(b->model)
                                                       : DriveTarget::stockCar(b->vehicle, b->model, b->studio);
            const QTimeZone zone = SlotPlanner::zoneOf(*s);
            out.own = b->start.toTimeZone(zone).date();
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
            for (int i = 0; i < DriveBooking::kDaysShown; ++i) {
                MoveDay day;
                day.date = today.addDays(i);
                day.open = !SlotPlanner::hoursOn(*s, day.date).isEmpty();
                for (const SlotPlanner::Slot &slot : store.daySlots(*s, day.date, t)) {
                    if (slot.isFree() && slot.start != b->start)
                        day.free << slot.start;
                }
                out.days << day;
            }
            return out;
        },
        [this, bookingId](Read read) {
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
        });
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
    const bool chinese = m_language.startsWith(QLatin1String("zh"));
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
        days << MoveDayRow{day.date.toString(Qt::ISODate),
                           weekday,
                           m_locale.toString(day.date, chinese ? QStringLiteral("M月d日") : QStringLiteral("d MMM")),
                           note,
                           free,
                           day.date == m_moveDay};
        if (day.date != m_moveDay)
            continue;
        const QTimeZone zone = SlotPlanner::zoneOf(*studio);
        for (const QDateTime &start : day.free)
            times << MoveRow{start.toString(Qt::ISODate), m_locale.toString(start.toTimeZone(zone).time(), QLocale::ShortFormat)};
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
            refresh();
            emit acted(a.ok);
        });
}
