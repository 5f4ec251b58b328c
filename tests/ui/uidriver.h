// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Starts the real vitrine binary on a throw-away database, lets it settle, and collects the
/// screenshot and the layout report it writes.
class UiDriver
{
public:
    struct Run {
        int exitCode = -1;
        QString output;
        QImage screenshot;
        QJsonObject layout;   ///< objectName → {x, y, width, height, visible}
        QStringList warnings; ///< what the kiosk warned of (a UI test allows none)
    };

    explicit UiDriver(const QString &databasePath);

    /// Runs vitrine with `arguments` and saves its screenshot as `screenshotName` under
    /// build/screenshots/.
    Run run(const QStringList &arguments, const QString &screenshotName);

    static QString screenshotDir();

private:
    QString m_database;
};
