// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// One visitor's time at the screen: any touch keeps it alive; after the idle time a gentle
/// notice gives a last chance, then the session ends and everything of the visitor is wiped.
class KioskSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool noticeShown READ noticeShown NOTIFY noticeShownChanged)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)

public:
    explicit KioskSession(QObject *parent = nullptr);

    /// The quiet time before the notice, and how long the notice stays before the wipe.
    void setTimeouts(int idleMs, int noticeMs);
    int idleMs() const { return m_idleMs; }
    int noticeMs() const { return m_noticeMs; }

    bool noticeShown() const { return m_noticeShown; }
    /// True between the first touch and the wipe: the attract loop runs while false.
    bool active() const { return m_active; }

    /// A touch, a key, a scroll: the visitor is here.
    void interacted();
    /// Ends the session now (a "done" button, or staff ending it).
    void end();
    /// Staff mode never times out while it is open.
    void setSuspended(bool suspended);

signals:
    void noticeShownChanged();
    void activeChanged();
    /// The visitor left: wipe every trace of them.
    void ended();

private:
    void onIdle();
    void onNoticeElapsed();

    QTimer m_idle;
    QTimer m_notice;
    int m_idleMs = 90000;
    int m_noticeMs = 15000;
    bool m_noticeShown = false;
    bool m_active = false;
    bool m_suspended = false;
};
