// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

class QQuickWindow;

/// Where each named item of a window ended up, its text and whether it is clipped: UI tests
/// check layout and mirroring from this instead of guessing from pixels.
class LayoutReport
{
public:
    static QJsonObject collect(QQuickWindow *window);
    static bool write(QQuickWindow *window, const QString &path);
};
