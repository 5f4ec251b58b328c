// SPDX-License-Identifier: GPL-3.0-or-later
#include "wholeframes.h"

#include <QQuickWindow>
#include <QSGRectangleNode>

#include <limits>

namespace {
constexpr char kDrawnWhole[] = "drawnWhole"; // the window's property, read by tests and --screenshot
}

void WholeFrames::watch(QQuickWindow *window)
{
    // Chosen before the window was made (KioskApplication), or by QT_QUICK_BACKEND.
    if (!window || QQuickWindow::sceneGraphBackend() != QLatin1String("software"))
        return;
    bool set = false;
    const int quietMs = qEnvironmentVariableIntValue("VITRINE_WHOLE_FRAME_AFTER_MS", &set);
    new WholeFrames(window, set && quietMs >= 0 ? quietMs : kQuietMs);
}

bool WholeFrames::drawnWhole(const QQuickWindow *window)
{
    const QVariant whole = window->property(kDrawnWhole);
    return !whole.isValid() || whole.toBool();
}

void WholeFrames::setDrawnWhole(bool whole)
{
    if (whole == m_drawnWhole)
        return;
    m_drawnWhole = whole;
    m_window->setProperty(kDrawnWhole, whole);
}

WholeFrames::WholeFrames(QQuickWindow *window, int quietMs)
    : QObject(window)
    , m_window(window)
    , m_veil(new Veil(window->contentItem()))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, &WholeFrames::drawWhole);
    // Every frame drawn for the screen (a grab of an unchanged window draws none); emitted on the
    // render thread where there is one: queued here.
    connect(window, &QQuickWindow::frameSwapped, this, &WholeFrames::framed, Qt::QueuedConnection);
    window->setProperty(kDrawnWhole, false);
}

void WholeFrames::framed()
{
    if (!m_window)
        return;
    if (m_drawingWhole) {
        m_drawingWhole = false;
        setDrawnWhole(true);
        return;
    }
    // A frame drawn in part: once frames pause, the window is drawn whole.
    setDrawnWhole(false);
    m_quiet.start();
}

void WholeFrames::drawWhole()
{
    if (!m_window || !m_veil || !m_window->isVisible())
        return;
    m_drawingWhole = true;
    m_veil->change();
}

WholeFrames::Veil::Veil(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    // In front of the page, its sheets and the keyboard, all children of the same item.
    setZ(std::numeric_limits<float>::max());
    const auto fit = [this, parent] { setSize(parent->size()); };
    connect(parent, &QQuickItem::widthChanged, this, fit);
    connect(parent, &QQuickItem::heightChanged, this, fit);
    fit();
}

void WholeFrames::Veil::change()
{
    m_odd = !m_odd;
    update();
}

QSGNode *WholeFrames::Veil::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGRectangleNode *>(old);
    if (!node)
        node = window()->createRectangleNode();
    node->setRect(boundingRect());
    // Two colours with no alpha, which draw nothing: changing from one to the other is a change
    // the renderer must draw, over the whole window.
    node->setColor(m_odd ? QColor(0, 0, 1, 0) : QColor(0, 0, 0, 0));
    return node;
}
