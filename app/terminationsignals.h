// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM, SIGINT and SIGHUP into an ordinary, clean quit of the event loop, as systemd
/// and a terminal stop the kiosk: the handler only writes a byte to a pipe; the loop does the rest.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    /// Catches the signals from the first line of main(): one that comes before the event loop
    /// runs waits in the pipe and quits the loop as soon as it starts.
    static void catchEarly();

    /// Delivers what was caught, then and from now on, as received(); needs the application.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
