// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>

class QQuickWindow;

/// Draws a window whole once its motion pauses, where Qt Quick's software renderer draws it (a
/// kiosk without a GPU). That renderer redraws only what it finds changed, and in Qt 6.4 it loses
/// the antialiased edge of an item at a fractional position and leaves the space a moving item
/// left: after the trade-in page's answer arrived in Arabic with larger text, 19,716 pixels
/// differed from the same window drawn whole (a white gap between the closest cars, a card's
/// missing edge). Once no frame has been drawn for quietMs, a veil in front of everything, which
/// draws nothing, changes, and the renderer draws again all it covers: the whole window.
/// The window's `drawnWhole` property says whether the frame on screen was drawn so.
class WholeFrames : public QObject
{
    Q_OBJECT
public:
    /// What a kiosk waits, without frames, before it draws the window whole.
    static constexpr int kQuietMs = 120;
    /// Set for `window` when it renders in software; VITRINE_WHOLE_FRAME_AFTER_MS, when set,
    /// takes the place of kQuietMs (the UI tests shorten it).
    static void watch(QQuickWindow *window);
    /// Whether the frame on `window`'s screen was drawn whole; true where nothing watches it (a
    /// GPU draws every frame whole).
    static bool drawnWhole(const QQuickWindow *window);

    WholeFrames(QQuickWindow *window, int quietMs);

    /// An item in front of all others, the size of the window, that draws a rectangle of no
    /// colour: when that changes, the software renderer draws again everything under it. Takes
    /// no input and says nothing to a screen reader.
    class Veil : public QQuickItem
    {
    public:
        explicit Veil(QQuickItem *parent);
        void change();

    protected:
        QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

    private:
        bool m_odd = false;
    };

private:
    void framed();
    void setDrawnWhole(bool whole);
    void drawWhole();

    QPointer<QQuickWindow> m_window;
    QPointer<Veil> m_veil;
    QTimer m_quiet;
    bool m_drawingWhole = false; ///< the next frame is the one drawn whole
    bool m_drawnWhole = false;   ///< the window's drawnWhole
};
