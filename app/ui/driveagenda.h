// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "booking/slotplanner.h"
#include "catalog/catalog.h"
#include "drivelabels.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"

#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DatabaseQueue;
class StudioHub;

/// The studio's test drives for staff, for QML: today and the next two weeks with who is coming
/// and what can be done next — confirm, check in, no-show once begun, complete, cancel, move to
/// a free time. Read and changed on the database worker; the list follows every change.
class DriveAgenda : public QObject, public QmlSingleton<DriveAgenda>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// id, code, when, model, who, state, actions (confirm, check-in, no-show, reschedule, cancel, complete),
    /// tradeIn, hubRefusal (why the studio hub did not keep it, for staff to call the visitor and
    /// offer another time), hubWaiting (paired: it has not reached the hub yet).
    Q_PROPERTY(QAbstractItemModel *drives READ drives CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY drivesChanged)
    /// What the last action came to, when it did not go through.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// The drive whose new time is being chosen, and the free times it can move to: a strip of
    /// the next two weeks (date, weekday, day, note, free, selected), then the chosen day's free
    /// times (start, label).
    Q_PROPERTY(QString moving READ moving NOTIFY movingChanged)
    /// What is being moved, written out: "Aster 5 · Tuesday 8 December, 10:00–11:00".
    Q_PROPERTY(QString movingTitle READ movingTitle NOTIFY movingChanged)
    Q_PROPERTY(QAbstractItemModel *moveDays READ moveDays CONSTANT)
    Q_PROPERTY(QString moveDay READ moveDay NOTIFY moveDayChanged)
    Q_PROPERTY(QAbstractItemModel *moveTimes READ moveTimes CONSTANT)
    /// True while the free times are being read.
    Q_PROPERTY(bool moveLoading READ moveLoading NOTIFY moveDayChanged)

public:
    struct DriveRow {
        QString id, code, when, model, who, state;
        QStringList actions;
        QString tradeIn;    ///< the visitor's car in part-exchange, in a line; empty without
        QString hubRefusal; ///< the studio hub refused it (its slot was taken there); empty when not
        QString hubWaiting; ///< paired, and what changed of it has not reached the hub yet; empty when it has
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const DriveRow &) const = default;
    };
    using MoveDayRow = DriveDayRow;
    struct MoveRow {
        QString start, label;
        QString key() const { return start; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const MoveRow &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    DriveAgenda(DatabaseQueue *queue, QObject *parent);

    void setCatalog(const Catalog &catalog);
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setHomeStudio(const QString &studio);
    /// Names a stock car as staff find it (StaffMode::carLine); a drive of one names it so.
    void setCarDescriber(std::function<QString(const QString &vehicleId)> describer) { m_describeCar = std::move(describer); }
    /// The studio's hub, when paired: a drive moves to the hub's free times, goes to the hub at
    /// once, and the list follows what the hub made of it.
    void setHub(StudioHub *hub);

    QAbstractItemModel *drives() { return &m_drives; }
    const QList<DriveRow> &driveRows() const { return m_drives.rows(); }
    int count() const { return int(m_drives.rows().size()); }
    QString message() const { return m_message; }
    QString moving() const { return m_moving; }
    QString movingTitle() const { return m_movingTitle; }
    QAbstractItemModel *moveDays() { return &m_moveDays; }
    const QList<MoveDayRow> &moveDayRows() const { return m_moveDays.rows(); }
    QString moveDay() const { return m_moveDay.isValid() ? m_moveDay.toString(Qt::ISODate) : QString(); }
    QAbstractItemModel *moveTimes() { return &m_moveTimes; }
    const QList<MoveRow> &moveTimeRows() const { return m_moveTimes.rows(); }
    bool moveLoading() const { return m_moveLoading; }

    /// Reads the drives again (staff mode opens, another screen may have booked).
    Q_INVOKABLE void refresh();
    /// "confirm", "check-in", "no-show", "cancel" or "complete"; `acted` follows.
    Q_INVOKABLE void act(const QString &bookingId, const QString &action);
    /// Starts moving a drive: the free times of the next two weeks are read, its own day chosen
    /// (or the first day with a free time).
    Q_INVOKABLE void startMove(const QString &bookingId);
    /// Shows the free times of another day of the strip.
    Q_INVOKABLE void chooseMoveDay(const QString &isoDate);
    Q_INVOKABLE void cancelMove();
    /// Moves the drive being moved to `isoStart`; `acted` follows.
    Q_INVOKABLE void moveTo(const QString &isoStart);

signals:
    void drivesChanged();
    void messageChanged();
    void movingChanged();
    void moveDayChanged();
    void acted(bool ok);

private:
    /// The drive being moved as the move's sheet names it: its model, then its time.
    static QString movingTitleOf(const DriveRow &row);
    /// The free times of the days a drive can move to, as read on the worker or at the hub.
    struct MoveDay {
        QDate date;
        bool open = false;
        QList<QDateTime> free; ///< UTC starts
    };
    /// The drive being moved, as read on the worker: where, what, and its own day.
    struct MoveRead {
        QString studio;
        QDate own;
        QDateTime start;
        DriveTarget target;
        QList<MoveDay> days;
    };
    /// A day a drive starting at `own` can move to: its free times among `slots` but its own.
    static MoveDay moveDay(const Studio &studio, QDate date, const QList<SlotPlanner::Slot> &times, const QDateTime &own);
    void showMove(const QString &bookingId, const MoveRead &read);
    void readMoveAtHub(const QString &bookingId, MoveRead read);
    void setMessage(const QString &message);
    /// The drives this screen holds, with `atHub` (the hub's, when `fromHub`) before them.
    void readHere(int serial, const Studio &studio, const QList<Booking> &atHub, bool fromHub);
    /// On the worker: this screen's copy of a drive takes what the hub made of it (a newer
    /// revision), keeping its contact; nothing for a drive this screen does not hold.
    static void adopt(QSqlDatabase &db, const Booking &atHub, const Catalog &catalog);
    /// A change of a drive the hub holds, made there; its answer is adopted here.
    void changeAtHub(const QString &path, const QJsonObject &body, const QString &action);
    void rebuildMove();
    QString carOf(const Booking &booking, const CarModel *model) const;
    /// What staff read of the hub's refusal of a booking (its reason as the outbox kept it).
    static QString hubRefusal(const QString &reason);

    DatabaseQueue *m_queue;
    StudioHub *m_hub = nullptr;
    Catalog m_catalog;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    QString m_home;
    QString m_message;
    QString m_moving;
    QString m_movingTitle;
    QString m_movingStudio;
    QDate m_moveDay;
    QList<MoveDay> m_moveFree;
    bool m_moveLoading = false;
    int m_request = 0;
    QHash<QString, Booking> m_atHub; ///< the drives listed that the hub holds (no contact): changed there
    std::function<QString(const QString &vehicleId)> m_describeCar;
    RowListModel<DriveRow> m_drives;
    RowListModel<MoveDayRow> m_moveDays;
    RowListModel<MoveRow> m_moveTimes;
};
