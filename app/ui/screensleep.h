// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/openinghours.h"
#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

/// The screen's sleep for QML: asleep outside the studio's opening hours (never in the middle of a
/// visit or of staff mode), awake again before opening or when staff hold the dark screen.
class ScreenSleep : public QObject, public QmlSingleton<ScreenSleep>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool asleep READ asleep NOTIFY asleepChanged)
    Q_PROPERTY(int wakeHoldMs READ wakeHoldMs CONSTANT)

public:
    using Clock = std::function<QDateTime()>;

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    explicit ScreenSleep(QObject *parent);

    /// Off (the default, for a desktop or a test run): the screen never sleeps.
    void setEnabled(bool enabled);
    void setHours(const OpeningHours &hours);
    /// A visitor at the screen or staff mode open: sleep waits until they are done.
    void setBusy(bool busy);
    /// For tests: the time the schedule is read at.
    void setClock(Clock clock);

    bool asleep() const { return m_asleep; }
    /// How long staff hold the dark screen to wake it: longer than any accidental touch.
    int wakeHoldMs() const { return 3000; }

    /// Staff held the dark screen: awake for OpeningHours::kStaffWakeMinutes.
    Q_INVOKABLE void wake();

signals:
    void asleepChanged();

private:
    void evaluate();

    OpeningHours m_hours;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QDateTime m_staffWokeAt;
    QTimer m_timer;
    bool m_enabled = false;
    bool m_busy = false;
    bool m_asleep = false;
};
