// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// What systemd says of the kiosk's unit, for `vitrinectl doctor`: "active", "failed", … or that
/// this machine is not run by systemd (a developer's box, a chroot, a container).
class ServiceState
{
public:
    static constexpr const char *kKioskUnit = "vitrine-kiosk.service";

    /// One line: the unit's state as `systemctl is-active` gives it, or why there is none.
    static QString describe(const QString &unit = QString::fromLatin1(kKioskUnit));
    /// Whether systemd is the init system here (its runtime folder exists).
    static bool systemdRuns();
};
