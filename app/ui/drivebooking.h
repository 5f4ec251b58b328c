// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "booking/bookingstore.h"
#include "booking/slotplanner.h"
#include "catalog/catalog.h"
#include "choicelistmodel.h"
#include "drivelabels.h"
#include "kiosk/phonelinks.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QObject>

#include <QtQml/qqmlregistration.h>
#include <chrono>

#include <optional>

class DatabaseQueue;
class StudioHub;

/// What the visitor takes away from a booking: its code, when and where, and the two QR codes
/// (the code's page and the calendar entry).
struct BookingConfirmation {
    Q_GADGET
    QML_VALUE_TYPE(bookingConfirmation)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString studio MEMBER studio)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString model MEMBER model)
    Q_PROPERTY(QString codeQr MEMBER codeQr)
    Q_PROPERTY(QString calendarQr MEMBER calendarQr)
    /// Kept on this screen while the studio's hub could not be reached: the studio confirms it.
    Q_PROPERTY(bool pending MEMBER pending)
public:
    bool valid = false;
    QString code, when, studio, address, model, codeQr, calendarQr;
    bool pending = false;
    bool operator==(const BookingConfirmation &) const = default;
};

/// The visitor's test-drive booking, for QML: a model (or one stock car) → a studio, nearest first
/// → a day → a free time → a name and one way to reach them → consent → a confirmation with a
/// code, a QR code and a calendar entry. The slots of a studio's fortnight are computed on the
/// database worker and kept until they may be stale; the booking itself goes through BookingStore
/// there too, so a time is never given twice and a resent form books once. Nothing waits on the
/// screen's thread.
class DriveBooking : public QObject, public QmlSingleton<DriveBooking>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString model READ model NOTIFY targetChanged)
    Q_PROPERTY(QString vehicle READ vehicle NOTIFY targetChanged)
    Q_PROPERTY(QString title READ title NOTIFY targetChanged)
    Q_PROPERTY(QString image READ image NOTIFY targetChanged)
    /// Every model a studio has a demo car of: id, name, image.
    Q_PROPERTY(QAbstractItemModel *models READ models CONSTANT)
    /// Where the drive can start, this studio first, then nearest: id, name, city, address, distance.
    Q_PROPERTY(QAbstractItemModel *studios READ studios CONSTANT)
    Q_PROPERTY(QString studio READ studio NOTIFY studioChanged)
    Q_PROPERTY(QString studioName READ studioName NOTIFY studioChanged)
    Q_PROPERTY(QString studioAddress READ studioAddress NOTIFY studioChanged)
    /// The next two weeks: date, weekday, day, free, note, selected.
    Q_PROPERTY(QAbstractItemModel *days READ days CONSTANT)
    Q_PROPERTY(QString day READ day NOTIFY dayChanged)
    /// The chosen day's times: start, label, free, selected.
    Q_PROPERTY(QAbstractItemModel *times READ times CONSTANT)
    Q_PROPERTY(QString dayNote READ dayNote NOTIFY dayChanged)
    /// True while the studio's times are being read.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString start READ start NOTIFY startChanged)
    /// The chosen time in the studio's own time, written out.
    Q_PROPERTY(QString when READ when NOTIFY startChanged)
    Q_PROPERTY(QString contactHint READ contactHint NOTIFY contactHintChanged)
    /// How many days after the drive the contact is deleted (the privacy notice says so).
    Q_PROPERTY(int retentionDays READ retentionDays NOTIFY contactHintChanged)
    /// How the visitor wants to be reached: "phone" or "email".
    Q_PROPERTY(ChoiceListModel *channels READ channels CONSTANT)
    Q_PROPERTY(QString channel READ channel NOTIFY channelChanged)
    /// True while a booking is on its way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The form's answer: a general message and one per field, each gone once its field changes.
    Q_PROPERTY(QString message READ message NOTIFY problemsChanged)
    Q_PROPERTY(QString nameProblem READ nameProblem NOTIFY problemsChanged)
    Q_PROPERTY(QString contactProblem READ contactProblem NOTIFY problemsChanged)
    Q_PROPERTY(QString privacyProblem READ privacyProblem NOTIFY problemsChanged)
    Q_PROPERTY(BookingConfirmation confirmation READ confirmation NOTIFY confirmationChanged)
    /// What cancelling by code came to.
    Q_PROPERTY(QString cancelMessage READ cancelMessage NOTIFY cancelMessageChanged)
    /// Paired with the studio's hub, which cannot be reached: a booking is kept here as a request
    /// the studio confirms, and the form says so before the visitor books.
    Q_PROPERTY(bool hubOutOfReach READ hubOutOfReach NOTIFY hubChanged)

public:
    struct ModelRow {
        QString id, name, image;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const ModelRow &) const = default;
    };
    struct StudioRow {
        QString id, name, city, address, distance;
        bool selected = false;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const StudioRow &) const = default;
    };
    using DayRow = DriveDayRow;
    struct TimeRow {
        QString start, label;
        bool free = false;
        bool selected = false;
        QString key() const { return start; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const TimeRow &) const = default;
    };

    static constexpr int kDaysShown = 14;
    /// How long a booking waits for the hub's answer before the screen keeps it as a request the
    /// studio confirms (the hub may have made it: it is then one booking, by its id, code and key).
    static constexpr std::chrono::milliseconds kHubAnswerTimeout{8000};

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    DriveBooking(DatabaseQueue *queue, QObject *parent);

    void setCatalog(const Catalog &catalog);
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setOrigin(double lat, double lon);
    void setHomeStudio(const QString &studio);
    /// Where the confirmation's booking QR code leads (the studio's phone pages); none: no such code.
    void setPhoneLinks(const PhoneLinks &links) { m_links = links; }
    /// Reads the retention the contact hint names (after start-up and when staff change it).
    void refreshRetention();
    /// Paired with a hub, the times are the hub's and a booking is made there, where the hub's
    /// database decides between screens; a time taken at another screen goes as the hub tells.
    void setHub(StudioHub *hub);
    bool hubOutOfReach() const;

    QString model() const { return m_model; }
    QString vehicle() const { return m_vehicle; }
    QString title() const;
    QString image() const;
    QAbstractItemModel *models() { return &m_models; }
    const QList<ModelRow> &modelRows() const { return m_models.rows(); }
    const QList<StudioRow> &studioRows() const { return m_studios.rows(); }
    const QList<DayRow> &dayRows() const { return m_days.rows(); }
    const QList<TimeRow> &timeRows() const { return m_times.rows(); }
    QAbstractItemModel *studios() { return &m_studios; }
    QString studio() const { return m_studio; }
    QString studioName() const;
    QString studioAddress() const;
    QAbstractItemModel *days() { return &m_days; }
    QString day() const { return m_day.isValid() ? m_day.toString(Qt::ISODate) : QString(); }
    QAbstractItemModel *times() { return &m_times; }
    QString dayNote() const;
    bool loading() const { return m_loading; }
    QString start() const { return m_start.isValid() ? m_start.toString(Qt::ISODate) : QString(); }
    QString when() const;
    QString contactHint() const;
    int retentionDays() const { return m_retentionDays; }
    ChoiceListModel *channels() { return &m_channels; }
    QString channel() const { return m_channels.selected().toString(); }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    QString nameProblem() const { return m_problems.value(QStringLiteral("name")); }
    QString contactProblem() const { return m_problems.value(QStringLiteral("contact")); }
    QString privacyProblem() const { return m_problems.value(QStringLiteral("privacy")); }
    BookingConfirmation confirmation() const { return m_confirmation; }
    QString cancelMessage() const { return m_cancelMessage; }

    /// The visitor left: nothing of their drive, form or confirmation stays on screen.
    Q_INVOKABLE void reset();
    Q_INVOKABLE void chooseModel(const QString &model);
    /// One stock car: it can only be driven where it stands.
    Q_INVOKABLE void chooseVehicle(const QString &vehicleId, const QString &model, const QString &location);
    Q_INVOKABLE void chooseStudio(const QString &studio);
    Q_INVOKABLE void chooseDay(const QString &isoDate);
    Q_INVOKABLE void chooseTime(const QString &isoStart);
    Q_INVOKABLE void chooseChannel(const QString &channel);
    /// A field's problem goes as soon as the visitor changes it ("name", "contact", "privacy").
    Q_INVOKABLE void clearProblem(const QString &field);
    /// Books the chosen time; `submitted` tells how it went (the problems and the confirmation
    /// say the rest). A time someone else took meanwhile says so and the times are read again.
    Q_INVOKABLE void submit(const QString &name, const QString &value, bool privacy, bool marketing);
    /// A visitor's own cancellation with their code; `cancelFinished` follows.
    Q_INVOKABLE void cancelByCode(const QString &code);

    /// A day of the hub's slots (GET /v1/slots): its date and the slots with what each can take.
    struct HubDay {
        QDate date;
        QList<SlotPlanner::Slot> times;
    };
    /// The request for `days` days of `studio`'s slots for `target` from `from` at the hub.
    static QString hubSlotsPath(const Studio &studio, const DriveTarget &target, QDate from, int days);
    /// The days of the hub's answer to it (those that do not read are left out).
    static QList<HubDay> hubDays(const QByteArray &body, const Studio &studio);

    /// What staff receive of the visitor's car in part-exchange with a booking (empty: none).
    void setTradeInSource(std::function<QJsonObject()> source) { m_tradeIn = std::move(source); }

signals:
    void targetChanged();
    void studioChanged();
    void dayChanged();
    void startChanged();
    void loadingChanged();
    void contactHintChanged();
    void channelChanged();
    void busyChanged();
    void problemsChanged();
    void confirmationChanged();
    void cancelMessageChanged();
    void hubChanged();
    void submitted(bool ok);
    void cancelFinished(bool ok);

private:
    /// A studio's fortnight of slots for the current car, as read on the worker.
    struct Fortnight {
        QString key; ///< studio and car it is for
        QDateTime read;
        QList<QDate> dates;
        QList<QList<SlotPlanner::Slot>> perDay; ///< slots per date
        QList<bool> open;                       ///< per date: the studio has hours
    };

    DriveTarget target() const;
    const Studio *currentStudio() const;
    QString modelName(const QString &model) const;
    QString slotsKey() const;
    /// Reads the fortnight (at the hub when paired and in reach, else on the worker) unless what
    /// is kept is fresh (`force`: read anyway; `quiet`: the times shown stay while it is read).
    void loadSlots(bool force, bool quiet = false);
    void readSlotsAtHub(int serial, const Studio &studio, const DriveTarget &target, QDate today, const Fortnight &empty);
    void readSlotsHere(int serial, const Studio &studio, const DriveTarget &target, QDate today, const Fortnight &empty);
    void showSlots(int serial, Fortnight f);
    void bookAtHub(const Studio &studio, const BookingStore::Request &request);
    void bookHere(const Studio &studio, const BookingStore::Request &request, bool pending);
    void showRefused(BookingStore::Error::Kind kind, const QHash<QString, QString> &fields);
    /// The visitor's cancellation with their code on this screen (unpaired, out of reach, or a
    /// drive kept here that has not reached the hub yet).
    void cancelHere(const QString &code);
    void showCancelled(const Booking &cancelled);
    void showBooked(const Booking &b, const Studio &studio, bool pending);
    /// The confirmation's time and model in the screen's language, from the booking it shows.
    void wordConfirmation();
    void rebuildStudios();
    void rebuildDays();
    void rebuildTimes();
    void setLoading(bool loading);
    void setBusy(bool busy);
    void setProblems(const QString &message, const QHash<QString, QString> &fields);
    const QList<SlotPlanner::Slot> *slotsOf(QDate date) const;

    DatabaseQueue *m_queue;
    StudioHub *m_hub = nullptr;
    Catalog m_catalog;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    PhoneLinks m_links;
    std::optional<std::pair<double, double>> m_origin;
    QString m_home;
    QString m_model;
    QString m_vehicle;
    QString m_vehicleLocation;
    QString m_studio;
    QDate m_day;
    QDateTime m_start;
    QString m_idempotencyKey;
    /// The booking's id and code, chosen with its key: the same whether the hub or this screen keeps it.
    QString m_bookingId;
    QString m_bookingCode;
    std::function<QJsonObject()> m_tradeIn;
    std::optional<Fortnight> m_fortnight;
    int m_request = 0; ///< the serial of the newest slot read; older answers are dropped
    bool m_loading = false;
    bool m_busy = false;
    int m_retentionDays = 30;
    QString m_message;
    QHash<QString, QString> m_problems;
    BookingConfirmation m_confirmation;
    /// The booking confirmed and its studio, to word the confirmation again in another language.
    std::optional<std::pair<Booking, Studio>> m_booked;
    QString m_cancelMessage;
    RowListModel<ModelRow> m_models;
    RowListModel<StudioRow> m_studios;
    RowListModel<DayRow> m_days;
    RowListModel<TimeRow> m_times;
    ChoiceListModel m_channels;
};
