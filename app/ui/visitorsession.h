// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/kiosksession.h"

#include "qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/// The visitor's session for QML: whether someone is at the screen, the idle notice, and the
/// wipe that returns the screen to its first state when they leave.
class VisitorSession : public QObject, public QmlSingleton<VisitorSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool noticeShown READ noticeShown NOTIFY noticeShownChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage NOTIFY defaultLanguageChanged)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    VisitorSession(KioskSession *session, const QString &defaultLanguage, QObject *parent);

    bool active() const { return m_session->active(); }
    bool noticeShown() const { return m_session->noticeShown(); }
    QString defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &code)
    {
        if (code != m_defaultLanguage) {
            m_defaultLanguage = code;
            emit defaultLanguageChanged();
        }
    }

    /// Treats the screen as touched (used by the attract loop's "touch to explore").
    Q_INVOKABLE void begin() { m_session->interacted(); }
    /// Ends the visit now and wipes it.
    Q_INVOKABLE void endNow() { m_session->end(); }
    Q_INVOKABLE void setStaffMode(bool on) { m_session->setSuspended(on); }

    /// While the screen sleeps a touch is no visit: the input is not watched.
    void setInputIgnored(bool ignored) { m_inputIgnored = ignored; }

    /// Watches the application's input so any touch, click, key or scroll keeps the session.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void activeChanged();
    void noticeShownChanged();
    void defaultLanguageChanged();
    /// QML resets pages and models; C++ services have already been reset when this arrives.
    void ended();

private:
    KioskSession *m_session;
    QString m_defaultLanguage;
    bool m_inputIgnored = false;
};
