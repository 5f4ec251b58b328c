// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemdnotifier.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_socket(qgetenv("NOTIFY_SOCKET"))
{
    // The unit's main process is cage and the kiosk its child: systemd then names cage in
    // WATCHDOG_PID, and the unit's NotifyAccess=all takes the kiosk's pings. Pings are sent when
    // the watchdog is meant for this process or for the one that started it, never for another.
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    const qint64 pid = qEnvironmentVariable("WATCHDOG_PID").toLongLong();
    if (ok && usec > 0 && (pid == 0 || pid == ::getpid() || pid == ::getppid()))
        m_watchdogMs = usec / 1000;
    // Half the interval, as systemd advises: one late turn of the loop is no hang.
    m_watchdog.setInterval(int(qMax<qint64>(m_watchdogMs / 2, 1)));
    connect(&m_watchdog, &QTimer::timeout, this, [this] { notify("WATCHDOG=1"); });
}

void SystemdNotifier::ready(const QString &text)
{
    notify("READY=1\nSTATUS=" + text.toUtf8());
    if (m_watchdogMs > 0 && active())
        m_watchdog.start();
}

void SystemdNotifier::status(const QString &text)
{
    notify("STATUS=" + text.toUtf8());
}

void SystemdNotifier::stopping()
{
    m_watchdog.stop();
    notify("STOPPING=1");
}

bool SystemdNotifier::notify(const QByteArray &message) const
{
    if (m_socket.isEmpty() || (m_socket.at(0) != '/' && m_socket.at(0) != '@'))
        return false;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(m_socket.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socket.constData(), size_t(m_socket.size()));
    // An abstract socket ("@name") is named with a leading zero byte instead.
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_socket.size()));
    const ssize_t sent = ::sendto(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == message.size();
}
