// SPDX-License-Identifier: GPL-3.0-or-later
#include "driveagenda.h"

#include "booking/bookingstore.h"
#include "drivebooking.h"
#include "drivelabels.h"
#include "storage/databasequeue.h"

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
    }
    return {};
}

QHash<int, QByteArray> DriveAgenda::DriveRow::roleNames()
{
    return {{FirstRole, "bookingId"}, {FirstRole + 1, "code"},  {FirstRole + 2, "when"},   {FirstRole + 3, "model"},
            {FirstRole + 4, "who"},   {FirstRole + 5, "state"}, {FirstRole + 6, "actions"}};
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
    m_queue->run<QList<Booking>>(
        this,
        [studio](QSqlDatabase &db) {
            const QTimeZone zone = SlotPlanner::zoneOf(studio);
            const QDateTime midnight(QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), QTime(0, 0), zone);
            return BookingStore(db).list(studio.id, midnight.toUTC(), midnight.toUTC().addDays(DriveBooking::kDaysShown), true);
        },
        [this, studio, serial](QList<Booking> list) {
            if (serial != m_request)
                return;
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
                if (b.contact)
                    who = QStringLiteral("%1 · \u2066%2\u2069").arg(b.contact->name, b.contact->value);
                const CarModel *model = m_catalog.model(b.model);
                rows << DriveRow{b.id,
                                 b.code,
                                 DriveLabels::span(b.start, studio, m_locale, true),
                                 (model ? model->name.text(m_language) : b.model)
                                     + (b.vehicle.isEmpty() ? QString() : tr(" (stock car)")),
                                 who,
                                 tr(states.value(b.state)),
                                 actions};
            }
            m_drives.setRows(rows);
            emit drivesChanged();
        });
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
        [bookingId, action](QSqlDatabase &db) {
            BookingStore store(db);
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
    m_moveTimes.setRows({});
    emit movingChanged();
    const Catalog catalog = m_catalog;
    m_queue->run<QList<std::pair<QDateTime, QString>>>(
        this,
        [bookingId, catalog](QSqlDatabase &db) {
            QList<std::pair<QDateTime, QString>> out;
            const BookingStore store(db);
            const auto b = store.find(bookingId);
            const Studio *s = b ? catalog.studio(b->studio) : nullptr;
            if (!s)
                return out;
            const DriveTarget t = b->vehicle.isEmpty() ? DriveTarget::fleet(b->model)
                                                       : DriveTarget::stockCar(b->vehicle, b->model, b->studio);
            const QDate first = b->start.toTimeZone(SlotPlanner::zoneOf(*s)).date();
            for (const QDate &date : {first, first.addDays(1)}) {
                for (const SlotPlanner::Slot &slot : store.daySlots(*s, date, t)) {
                    if (slot.isFree() && slot.start != b->start)
                        out.append({slot.start, s->id});
                }
            }
            return out;
        },
        [this, bookingId](QList<std::pair<QDateTime, QString>> times) {
            if (bookingId != m_moving)
                return;
            QList<MoveRow> rows;
            for (const auto &[start, studioId] : times) {
                if (const Studio *s = m_catalog.studio(studioId))
                    rows << MoveRow{start.toString(Qt::ISODate), DriveLabels::span(start, *s, m_locale, true)};
            }
            m_moveTimes.setRows(rows);
        });
}

void DriveAgenda::cancelMove()
{
    m_moving.clear();
    m_moveTimes.setRows({});
    emit movingChanged();
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
