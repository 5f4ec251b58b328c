// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicestate.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

bool ServiceState::systemdRuns()
{
    // sd_booted()'s own test.
    return QFileInfo(QStringLiteral("/run/systemd/system")).isDir();
}

QString ServiceState::describe(const QString &unit)
{
    if (!systemdRuns())
        return QStringLiteral("not run by systemd");
    const QString systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (systemctl.isEmpty())
        return QStringLiteral("unknown (no systemctl)");
    QProcess process;
    process.start(systemctl, {QStringLiteral("is-active"), unit});
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("unknown (systemctl did not answer)");
    }
    // is-active exits non-zero for anything but "active"; what it prints is the answer.
    const QString state = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return QStringLiteral("%1 (%2)").arg(state.isEmpty() ? QStringLiteral("unknown") : state, unit);
}
