// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRectF>
#include <QString>

class QQuickItem;
class QQuickWindow;

/// Where each named item of a window ended up, and every visible text with what is wrong with
/// it: UI tests check layout, mirroring and legibility from this instead of guessing from pixels.
class LayoutReport
{
public:
    /// What can be wrong with a text on screen.
    enum Problem {
        Truncated = 1, ///< elided, or cut by its maximum line count
        Overflow = 2,  ///< drawn beyond its own box (over its neighbours)
        Clipped = 4,   ///< cut by a container that does not scroll
        OffScreen = 8, ///< partly outside the window, not in anything that scrolls
        Small = 16,    ///< drawn smaller than the size asked of texts()
    };
    struct Text {
        QString name; ///< objectName, or the path of the item's type names from the window
        QString text;
        QRectF painted;      ///< in window coordinates
        qreal pixelSize = 0; ///< as drawn (after a text's shrinking to fit)
        int problems = 0;
    };

    /// Named items by objectName, the window, and "texts": every visible text item with the
    /// problems it has ("problems": ["truncated", …]).
    static QJsonObject collect(QQuickWindow *window);
    static bool write(QQuickWindow *window, const QString &path);
    /// Every visible, non-empty text of the window (text items, fields' texts and placeholders);
    /// one drawn smaller than `smallest` px (when given) is Small.
    static QList<Text> texts(QQuickWindow *window, qreal smallest = 0);
    static QStringList problemNames(int problems);
};
