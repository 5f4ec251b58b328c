// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headphones.h"
#include "qmlsingleton.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QQuickWindow>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QQuickItem;

class QTextToSpeech;

/// Speech mode for a visitor who cannot see the screen and has no screen reader of their own:
/// the kiosk says the focused control, its state and what it costs, in the visitor's language,
/// through Qt TextToSpeech (speech-dispatcher and espeak-ng on Debian). Swipes move the focus,
/// a double tap presses. What is said is kept only in memory (the last few sentences, for a
/// "repeat"), never logged, and forgotten when the visit ends.
class SpeechMode : public QObject, public QmlSingleton<SpeechMode>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(double volume READ volume WRITE setVolume NOTIFY volumeChanged)
    /// Whether a speech engine could be found on this machine.
    Q_PROPERTY(bool available READ available CONSTANT)
    /// The studio's setting: speak only into headphones, never out loud on the floor.
    Q_PROPERTY(bool headphonesOnly READ headphonesOnly NOTIFY headphonesChanged)
    /// Speech is on but silent: headphones only, and none plugged in.
    Q_PROPERTY(bool waitingForHeadphones READ waitingForHeadphones NOTIFY headphonesChanged)

public:
    explicit SpeechMode(QObject *parent);
    ~SpeechMode() override;

    bool active() const { return m_active; }
    void setActive(bool active);
    double volume() const { return m_volume; }
    void setVolume(double volume);
    bool available() const;
    bool headphonesOnly() const { return m_headphonesOnly; }
    void setHeadphonesOnly(bool only);
    bool waitingForHeadphones() const { return m_active && m_headphonesOnly && !m_headphonesIn; }
    /// Where the headphone socket is read (ALSA by default; a test gives its own).
    void setHeadphoneProbe(std::function<Headphones::Reading()> probe);
    /// Reads the socket again now (it is read every two seconds while speech waits or speaks).
    void checkHeadphones();

    /// The window whose controls are said; two fingers held still on it for two seconds turn
    /// speech mode on or off, whatever the page (a tactile sign on the kiosk says so).
    void setWindow(QQuickWindow *window);
    void setLocale(const QLocale &locale);

    /// The sentence said for a control: its name, what kind of control it is, its state, its
    /// description (a price, a monthly rate, a free time).
    QString describe(QQuickItem *item) const;
    /// The last sentences said, oldest first (memory only).
    QStringList recent() const { return m_recent; }

    /// Says `text` now (drops what was being said).
    Q_INVOKABLE void say(const QString &text);
    /// Moves the focus to the next (or previous) control on the page and says it.
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    /// Focuses the control under a finger (a point in the window) and says it.
    Q_INVOKABLE void exploreAt(const QPointF &scenePosition);
    /// Presses the focused control as a screen reader's "press" does, then says its new state.
    Q_INVOKABLE bool activate();
    /// Says the focused control again.
    Q_INVOKABLE void repeat();
    /// The visit ended: silent, off, nothing remembered.
    Q_INVOKABLE void end();

signals:
    void activeChanged();
    void volumeChanged();
    void headphonesChanged();
    /// A sentence was handed to the speech engine (tests listen; nothing is logged).
    void spoken(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool move(bool forward);
    QString greeting() const;
    QQuickItem *focused() const;
    bool m_active = false;
    double m_volume = 0.8;
    QLocale m_locale;
    QStringList m_recent;
    QPointer<QQuickWindow> m_window;
    QTimer m_hold;                   ///< two fingers held still: fires after two seconds
    QHash<int, QPointF> m_pressedAt; ///< where each finger on the screen came down
    QTextToSpeech *engine();

    bool m_hasEngine = false;
    std::unique_ptr<QTextToSpeech> m_engine;
    bool m_headphonesOnly = false;
    bool m_headphonesIn = false;
    std::function<Headphones::Reading()> m_probe = Headphones::read;
    QTimer m_socket; ///< reads the headphone socket while speech is on and headphones only
};
