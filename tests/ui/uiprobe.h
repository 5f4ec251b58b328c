// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

class QQuickItem;
class QQuickWindow;

/// Finds, reads and taps items of the real kiosk window by objectName or accessible name, the
/// way a visitor's finger would, and saves what the window shows.
class UiProbe
{
public:
    explicit UiProbe(QQuickWindow *window);

    QQuickItem *find(const QString &objectName) const;
    /// The first visible item whose Accessible.name is `name`.
    QQuickItem *findAccessible(const QString &name) const;
    /// Taps the centre of a visible item; false if it is not there or not visible.
    bool tap(QQuickItem *item);
    /// Looks for the item once the page has settled: a sheet still fading in is not yet there to tap.
    bool tap(const QString &objectName)
    {
        waitSettled(3000);
        return tap(find(objectName));
    }
    /// Scrolls the view `objectName` is in so that its top stands `fromTop` px below the view's
    /// top (as far as the content goes), for a screenshot; false when it is not there.
    bool scrollTo(const QString &objectName, qreal fromTop = 100) const;
    /// Types `text` into the item with focus the way an input method does (a commit), so any
    /// script types: "蓝色 Aster", "أزرق". False when nothing has focus.
    bool type(const QString &text);
    /// Waits until the window says its page has settled (pictures loaded, transitions done).
    bool waitSettled(int timeoutMs = 8000) const;
    /// Waits until a round of events draws no frame (at most `rounds` of them, at least three):
    /// every polish asked for, layouts placing their children, has run.
    void waitFramesStop(int rounds = 50) const;
    /// Waits until the frame on screen was drawn whole, where the window renders in software
    /// (WholeFrames); at once elsewhere.
    bool waitDrawnWhole(int timeoutMs = 3000) const;
    /// How many of the window's pixels, once drawn whole (WholeFrames), stand in a gap or an
    /// edge unlike the same window drawn whole afresh: stale, left by Qt Quick's software
    /// renderer. 0 below a few hundred (the antialiasing of large words differs too); -1 when
    /// the window never stood still long enough to tell. `shown`, when given, takes what the
    /// window showed (what shoot() would save).
    int pixelsNotDrawnWhole(QImage *shown = nullptr) const;
    /// Saves the window under build/screenshots/<name>.png.
    QImage shoot(const QString &name) const;
    /// Saves `image` of the window under build/screenshots/<name>.png.
    static void save(const QImage &image, const QString &name);

private:
    QQuickWindow *m_window;
};
