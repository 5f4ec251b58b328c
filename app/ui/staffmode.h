#pragma once

#include "kiosk/staffpin.h"
#include "kiosk/studiosettings.h"
#include "kiosk/visitorrequests.h"

#include "choicelistmodel.h"
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
    /// How the screen hangs, as staff set it (auto, landscape, portrait): Main turns the picture.
    Q_PROPERTY(QString orientation READ orientation NOTIFY settingsChanged)
    // The settings being edited: each a row of choices, the stored value chosen when editing starts.
    Q_PROPERTY(ChoiceListModel *studioChoices READ studioChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *languageChoices READ languageChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *idleChoices READ idleChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *themeChoices READ themeChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *orientationChoices READ orientationChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *retentionChoices READ retentionChoices CONSTANT)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    StaffMode(StaffPin *pin, StudioSettings *settings, VisitorRequests *requests, QObject *parent);

    bool unlocked() const { return m_unlocked; }
    QString message() const { return m_message; }
    QVariantList requests() const;
    QString orientation() const { return m_stored.orientation; }
    ChoiceListModel *studioChoices() { return &m_studioChoices; }
    ChoiceListModel *languageChoices() { return &m_languageChoices; }
    ChoiceListModel *idleChoices() { return &m_idleChoices; }
    ChoiceListModel *themeChoices() { return &m_themeChoices; }
    ChoiceListModel *orientationChoices() { return &m_orientationChoices; }
    ChoiceListModel *retentionChoices() { return &m_retentionChoices; }

    /// The studios a screen can stand in ({id, words}), the languages and themes there are.
    void setChoices(const QList<ChoiceListModel::Choice> &studios, const QList<ChoiceListModel::Choice> &languages,
                    const QStringList &themes);
    /// The words of the choices in the visitor's language.
    void retranslate();

    /// Tries the PIN; on a wrong one `message` tells the person what to do next.
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void lock();
    Q_INVOKABLE bool closeRequest(const QString &id);
    /// Starts editing from what is stored.
    Q_INVOKABLE void editSettings();
    /// One setting picked: "studio", "language", "idleSeconds", "theme", "orientation", "retentionDays".
    Q_INVOKABLE void pickSetting(const QString &field, const QVariant &value);
    /// Saves what is picked; returns an empty string, or why it was refused.
    Q_INVOKABLE QString saveSettings();
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
    void select(const StudioSettings::Values &v);
    ChoiceListModel *modelFor(const QString &field);

    StaffPin *m_pin;
    StudioSettings *m_settings;
    VisitorRequests *m_requests;
    bool m_unlocked = false;
    QString m_message;
    StudioSettings::Values m_stored;
    ChoiceListModel m_studioChoices;
    ChoiceListModel m_languageChoices;
    ChoiceListModel m_idleChoices;
    ChoiceListModel m_themeChoices;
    ChoiceListModel m_orientationChoices;
    ChoiceListModel m_retentionChoices;
};
