#pragma once

#include "booking/booking.h"
#include "catalog/catalog.h"
#include "choicelistmodel.h"
#include "qmlsingleton.h"

#include <QLocale>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

/// Booking a test drive, for QML: a model (or one stock car) → a studio, nearest first → a day →
/// a free time → a name and one way to reach the visitor → consent → a confirmation with a code,
/// a QR code and a calendar entry. Every booking goes through BookingStore, so a time is never
/// given twice and a resent form books once. Also the staff's view of the drives.
class TestDrive : public QObject, public QmlSingleton<TestDrive>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString model READ model NOTIFY changed)
    Q_PROPERTY(QString vehicle READ vehicle NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString image READ image NOTIFY changed)
    /// Every model a studio has a demo car of: {id, name, image}.
    Q_PROPERTY(QVariantList models READ models NOTIFY changed)
    /// Where the drive can start, nearest first: {id, name, address, distance, city}.
    Q_PROPERTY(QVariantList studios READ studios NOTIFY changed)
    Q_PROPERTY(QString studio READ studio NOTIFY changed)
    Q_PROPERTY(QString studioName READ studioName NOTIFY changed)
    Q_PROPERTY(QString studioAddress READ studioAddress NOTIFY changed)
    /// The next two weeks: {date, weekday, day, free, note}.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(QString day READ day NOTIFY changed)
    /// The chosen day's times: {start, label, free}.
    Q_PROPERTY(QVariantList times READ times NOTIFY changed)
    Q_PROPERTY(QString dayNote READ dayNote NOTIFY changed)
    Q_PROPERTY(QString start READ start NOTIFY changed)
    /// The chosen time in the studio's own time, written out.
    Q_PROPERTY(QString when READ when NOTIFY changed)
    Q_PROPERTY(QString contactHint READ contactHint NOTIFY changed)
    /// How the visitor wants to be reached: "phone" or "email".
    Q_PROPERTY(ChoiceListModel *channels READ channels CONSTANT)
    Q_PROPERTY(QString channel READ channel NOTIFY changed)
    /// After booking: {code, when, studio, address, model, codeQr, calendarQr}.
    Q_PROPERTY(QVariantMap confirmation READ confirmation NOTIFY changed)
    Q_PROPERTY(int retentionDays READ retentionDays NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    TestDrive(QSqlDatabase db, QObject *parent);

    void setCatalog(const Catalog &catalog);
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setOrigin(double lat, double lon);
    void setHomeStudio(const QString &studio);
    /// The visitor left: nothing of their drive, form or confirmation stays on screen.
    Q_INVOKABLE void reset();

    QString model() const { return m_model; }
    QString vehicle() const { return m_vehicle; }
    QString title() const;
    QString image() const;
    QVariantList models() const;
    QVariantList studios() const;
    QString studio() const { return m_studio; }
    QString studioName() const;
    QString studioAddress() const;
    QVariantList days() const;
    QString day() const { return m_day.isValid() ? m_day.toString(Qt::ISODate) : QString(); }
    QVariantList times() const;
    QString dayNote() const;
    QString start() const { return m_start.isValid() ? m_start.toString(Qt::ISODate) : QString(); }
    QString when() const;
    QString contactHint() const;
    ChoiceListModel *channels() { return &m_channels; }
    QString channel() const { return m_channels.selected().toString(); }
    Q_INVOKABLE void chooseChannel(const QString &channel);
    QVariantMap confirmation() const { return m_confirmation; }
    int retentionDays() const;
    int revision() const { return m_revision; }

    Q_INVOKABLE void chooseModel(const QString &model);
    /// One stock car: it can only be driven where it stands.
    Q_INVOKABLE void chooseVehicle(const QString &vehicleId, const QString &model, const QString &location);
    Q_INVOKABLE void chooseStudio(const QString &studio);
    Q_INVOKABLE void chooseDay(const QString &isoDate);
    Q_INVOKABLE void chooseTime(const QString &isoStart);
    /// Books the chosen time. {ok} or {ok: false, message, name, contact, privacy} with one
    /// message per field; a time someone else took meanwhile says so and refreshes the times.
    Q_INVOKABLE QVariantMap submit(const QString &name, const QString &channel, const QString &value, bool privacy,
                                   bool marketing);
    /// What a visitor can do with their code: cancel a drive still to come.
    Q_INVOKABLE QVariantMap cancelByCode(const QString &code);

    // Staff: the drives of this studio, today and the next two weeks.
    Q_INVOKABLE QVariantList agenda() const;
    /// "confirm", "check-in", "no-show", "cancel" or "complete"; true when done.
    Q_INVOKABLE QVariantMap act(const QString &bookingId, const QString &action);
    /// The free times of the booking's day and the next, for moving it.
    Q_INVOKABLE QVariantList freeTimesFor(const QString &bookingId) const;
    Q_INVOKABLE QVariantMap reschedule(const QString &bookingId, const QString &isoStart);

signals:
    void changed();

private:
    DriveTarget target() const;
    const Studio *currentStudio() const;
    QString localLabel(const QDateTime &utc, const Studio &studio, bool withDate) const;
    QString modelName(const QString &model) const;
    void touch();

    QSqlDatabase m_db;
    Catalog m_catalog;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    std::optional<std::pair<double, double>> m_origin;
    QString m_home;
    QString m_model;
    QString m_vehicle;
    QString m_vehicleLocation;
    QString m_studio;
    QDate m_day;
    QDateTime m_start;
    QString m_idempotencyKey;
    QVariantMap m_confirmation;
    ChoiceListModel m_channels;
    int m_revision = 0;
};
