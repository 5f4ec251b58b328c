// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

/// Speaks systemd's notify protocol (NOTIFY_SOCKET, written directly: a datagram of
/// "KEY=value" lines) so the kiosk unit knows when the screen is up and restarts a hung one: the
/// watchdog pings come from the event loop, so they stop when the loop stops.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    /// Whether systemd listens (the process runs in a unit of Type=notify).
    bool active() const { return !m_socket.isEmpty(); }
    /// The watchdog interval systemd asked for, in milliseconds; 0 when there is none.
    qint64 watchdogMs() const { return m_watchdogMs; }

    /// The first frame is on screen: the unit is started, and the watchdog pings begin.
    void ready(const QString &status);
    void status(const QString &text);
    void stopping();

    /// Sends one datagram; false when there is no socket or it could not be written.
    bool notify(const QByteArray &message) const;

private:
    QByteArray m_socket;
    qint64 m_watchdogMs = 0;
    QTimer m_watchdog;
};
