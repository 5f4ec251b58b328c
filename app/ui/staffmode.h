// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/configuration.h"
#include "choicelistmodel.h"
#include "inventory/vehicle.h"
#include "kiosk/studiosettings.h"
#include "kiosk/visitorrequests.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DatabaseQueue;
class StudioHub;

/// Staff mode for QML: unlocking with the PIN (checked on the database worker: the Argon2id
/// hash takes a moment the screen must not wait for), the studio's open visitor requests, and
/// the screen's settings.
class StaffMode : public QObject, public QmlSingleton<StaffMode>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    /// True while a PIN is being checked.
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// Open requests, oldest first: requestId, hold, car (the car named for staff, see carLine),
    /// buildCode, time.
    Q_PROPERTY(QAbstractItemModel *requests READ requests CONSTANT)
    Q_PROPERTY(int requestCount READ requestCount NOTIFY requestsChanged)
    /// What taking a request came to when it did not go (a colleague took it first).
    Q_PROPERTY(QString requestMessage READ requestMessage NOTIFY requestsChanged)
    /// How the screen hangs, as staff set it (auto, landscape, portrait): Main turns the picture.
    Q_PROPERTY(QString orientation READ orientation NOTIFY settingsChanged)
    /// Where visitors' phones open the studio's pages (the QR codes' base); empty when none is set.
    Q_PROPERTY(QString phoneBaseUrl READ phoneBaseUrl NOTIFY settingsChanged)
    /// The address typed in staff mode, saved with the other settings.
    Q_PROPERTY(QString pendingPhoneBaseUrl READ pendingPhoneBaseUrl WRITE setPendingPhoneBaseUrl NOTIFY settingsChanged)
    // The settings being edited: each a row of choices, the stored value chosen when editing starts.
    Q_PROPERTY(ChoiceListModel *studioChoices READ studioChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *languageChoices READ languageChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *idleChoices READ idleChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *themeChoices READ themeChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *orientationChoices READ orientationChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *retentionChoices READ retentionChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *staleChoices READ staleChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *photoCacheChoices READ photoCacheChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *speechOutputChoices READ speechOutputChoices CONSTANT)
    /// How far around the studio the finder looks first, in the market's unit.
    Q_PROPERTY(ChoiceListModel *areaChoices READ areaChoices CONSTANT)
    /// What saving the settings came to ("Saved." or why not).
    Q_PROPERTY(QString saveMessage READ saveMessage NOTIFY saveMessageChanged)

public:
    struct RequestRow {
        QString id;
        bool hold = false;
        QString car, buildCode, time;
        QString tradeIn; ///< the visitor's car in part-exchange, in a line
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const RequestRow &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    /// `stored` are the settings read at start-up.
    StaffMode(DatabaseQueue *queue, const StudioSettings::Values &stored, QObject *parent);

    bool unlocked() const { return m_unlocked; }
    bool checking() const { return m_checking; }
    QString message() const { return m_message; }
    QAbstractItemModel *requests() { return &m_requests; }
    int requestCount() const { return int(m_requests.rows().size()); }
    QString requestMessage() const { return m_requestMessage; }
    /// Paired with the studio's hub, the requests are the studio's, from every screen, and one
    /// taken here is taken on every tablet; what the hub says changed is read again at once.
    void setHub(StudioHub *hub);
    QString orientation() const { return m_stored.orientation; }
    const StudioSettings::Values &settings() const { return m_stored; }
    QString phoneBaseUrl() const { return m_stored.phoneBaseUrl; }
    QString pendingPhoneBaseUrl() const { return m_pendingPhoneBaseUrl; }
    void setPendingPhoneBaseUrl(const QString &url) { m_pendingPhoneBaseUrl = url; }
    ChoiceListModel *studioChoices() { return &m_studioChoices; }
    ChoiceListModel *languageChoices() { return &m_languageChoices; }
    ChoiceListModel *idleChoices() { return &m_idleChoices; }
    ChoiceListModel *themeChoices() { return &m_themeChoices; }
    ChoiceListModel *orientationChoices() { return &m_orientationChoices; }
    ChoiceListModel *retentionChoices() { return &m_retentionChoices; }
    ChoiceListModel *staleChoices() { return &m_staleChoices; }
    ChoiceListModel *photoCacheChoices() { return &m_photoCacheChoices; }
    ChoiceListModel *speechOutputChoices() { return &m_speechOutputChoices; }
    ChoiceListModel *areaChoices() { return &m_areaChoices; }
    /// The studio's market tells distances in miles: the area is offered in miles.
    void setMiles(bool miles);
    QString saveMessage() const { return m_saveMessage; }

    /// The studios a screen can stand in ({id, words}), the languages and themes there are.
    void setChoices(const QList<ChoiceListModel::Choice> &studios, const QList<ChoiceListModel::Choice> &languages,
                    const QStringList &themes);
    /// The words of the choices and the request times in the visitor's language.
    void setLocale(const QLocale &locale);
    /// How a request's car is named (see carLine): by the current stock, empty for a car that has
    /// left it.
    using CarDescriber = std::function<QString(const QString &vehicleId)>;
    void setCarDescriber(CarDescriber describer) { m_describeCar = std::move(describer); }
    /// A stock car as a product expert finds it on the floor: "Aster 5 Performance · Fjord Blue ·
    /// VIN …123456 · Solvik Studio Oslo", its status added when it is not simply available.
    static QString carLine(const Vehicle &vehicle, const Catalog &catalog, const QString &language);
    /// How a request's configured build is named (see buildLine); empty for a code that cannot be read.
    using BuildDescriber = std::function<QString(const QString &code)>;
    void setBuildDescriber(BuildDescriber describer) { m_describeBuild = std::move(describer); }
    /// A visitor's build as staff look it up: "Aster 5 Performance · Fjord Blue · build K7QD-9MWX-4T".
    static QString buildLine(const Configuration &build, const Catalog &catalog, const QString &language, const QString &code);

    /// Checks the PIN on the worker; `unlocked` or `message` follows.
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lock();
    /// Reads the open requests again.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void closeRequest(const QString &id);
    /// Starts editing from what is stored.
    Q_INVOKABLE void editSettings();
    /// One setting picked: "studio", "language", "idleSeconds", "theme", "orientation", "retentionDays",
    /// "areaKm", "staleAfterHours", "photoCacheMb".
    Q_INVOKABLE void pickSetting(const QString &field, const QVariant &value);
    /// Saves what is picked; `saveMessage` and, when it went through, `settingsSaved` follow.
    Q_INVOKABLE void saveSettings();

signals:
    void unlockedChanged();
    void checkingChanged();
    void messageChanged();
    void requestsChanged();
    void settingsChanged();
    void saveMessageChanged();
    /// Settings were saved: the composition root applies them (theme, idle time, language).
    void settingsSaved(const StudioSettings::Values &values);

private:
    int nearestArea(int km) const;
    void showRequests(const QList<VisitorRequests::Request> &open);
    bool throughHub() const;
    void setMessage(const QString &message);
    void select(const StudioSettings::Values &v);
    void retranslate();
    ChoiceListModel *modelFor(const QString &field);

    DatabaseQueue *m_queue;
    bool m_unlocked = false;
    bool m_checking = false;
    QString m_message;
    QString m_saveMessage;
    QString m_requestMessage;
    StudioHub *m_hub = nullptr;
    int m_requestRead = 0; ///< the serial of the newest read of the requests; older answers are dropped
    QLocale m_locale;
    StudioSettings::Values m_stored;
    RowListModel<RequestRow> m_requests;
    ChoiceListModel m_studioChoices;
    ChoiceListModel m_languageChoices;
    ChoiceListModel m_idleChoices;
    ChoiceListModel m_themeChoices;
    ChoiceListModel m_orientationChoices;
    ChoiceListModel m_retentionChoices;
    ChoiceListModel m_staleChoices;
    ChoiceListModel m_photoCacheChoices;
    ChoiceListModel m_speechOutputChoices;
    QString m_pendingPhoneBaseUrl;
    ChoiceListModel m_areaChoices;
    bool m_miles = false;
    CarDescriber m_describeCar;
    BuildDescriber m_describeBuild;
};
