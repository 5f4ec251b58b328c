#pragma once

#include "kiosk/staffpin.h"
#include "kiosk/studiosettings.h"
#include "kiosk/visitorrequests.h"

#include "qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>


/// Staff mode for QML: unlocking with the PIN, the studio's open visitor requests, and the
/// screen's settings.
class StaffMode : public QObject, public QmlSingleton<StaffMode>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QVariantList requests READ requests NOTIFY requestsChanged)
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY settingsChanged)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    StaffMode(StaffPin *pin, StudioSettings *settings, VisitorRequests *requests, QObject *parent);

    bool unlocked() const { return m_unlocked; }
    QString message() const { return m_message; }
    QVariantList requests() const;
    QVariantMap settings() const;

    /// Tries the PIN; on a wrong one `message` tells the person what to do next.
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void lock();
    Q_INVOKABLE bool closeRequest(const QString &id);
    /// Saves settings; returns an empty string, or why they were refused.
    Q_INVOKABLE QString saveSettings(const QVariantMap &values);
    Q_INVOKABLE void refresh() { emit requestsChanged(); }


signals:
    void unlockedChanged();
    void messageChanged();
    void requestsChanged();
    void settingsChanged();
    /// Settings were saved: the composition root applies them (theme, idle time, language).
    void settingsSaved();

private:
    void setMessage(const QString &message);

    StaffPin *m_pin;
    StudioSettings *m_settings;
    VisitorRequests *m_requests;
    bool m_unlocked = false;
    QString m_message;
};
