// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiprobe.h"

#include "wholeframes.h"

#include <QCoreApplication>
#include <QInputMethodEvent>

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cstring>
#include <vector>

namespace {

constexpr int kImageLoading = 2; // QQuickImageBase::Loading
// A difference in a colour channel no one sees: the same words drawn in a frame drawn in part and
// in one drawn whole differ by up to 7 of 255 at their antialiased edges (the trade-in's range,
// 2560x1600 in Arabic); a stale gap (white where the page is) differs by 11 to 19.
constexpr int kUnseen = 8;
// A stale gap or edge is a line of such pixels at least kStaleRun long, kStaleArea of them or more
// in the window: the trade-in's gap, in Arabic upright with larger text, was 19,716. Large words
// drawn in part and drawn whole also differ, by up to 36, at the edges of their glyphs and along
// Arabic's long joining strokes: up to 373 pixels in lines (2560x1600, the home page's headline).
constexpr int kStaleRun = 24;
constexpr int kStaleArea = 500;

QQuickItem *search(QQuickItem *item, const std::function<bool(QQuickItem *)> &match)
{
    if (match(item))
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = search(child, match))
            return found;
    }
    return nullptr;
}

bool reallyVisible(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return true;
}

// The view an item scrolls in, if any.
QQuickItem *scrollingView(QQuickItem *item)
{
    for (QQuickItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable"))
            return p;
    }
    return nullptr;
}

// Moves a view's content to `contentY`, within what the content allows.
void scrollView(QQuickItem *view, double contentY)
{
    const double maxY = qMax(0.0, view->property("contentHeight").toDouble() - view->height());
    view->setProperty("contentY", qBound(0.0, contentY, maxY));
}

} // namespace

UiProbe::UiProbe(QQuickWindow *window)
    : m_window(window)
{
}

QQuickItem *UiProbe::find(const QString &objectName) const
{
    return search(m_window->contentItem(), [&](QQuickItem *i) { return i->objectName() == objectName && reallyVisible(i); });
}

QQuickItem *UiProbe::findAccessible(const QString &name) const
{
    return search(m_window->contentItem(), [&](QQuickItem *i) {
        if (!reallyVisible(i))
            return false;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(i);
        return iface && iface->text(QAccessible::Name) == name;
    });
}

bool UiProbe::tap(QQuickItem *item)
{
    if (!item || !reallyVisible(item))
        return false;
    // A finger waits for a page to finish arriving; the stack ignores input while it moves.
    waitSettled(3000);
    // Scrolled into view first, as a visitor would.
    if (QQuickItem *view = scrollingView(item)) {
        const double y = item->mapToItem(view, QPointF(0, 0)).y();
        if (y < 0 || y + item->height() > view->height())
            scrollView(view, view->property("contentY").toDouble() + y - view->height() / 2 + item->height() / 2);
    }
    // Layouts (Flow, Row) place their children on the next polish; let it happen first. A
    // picture that moves on (a spinner, the attract loop) draws frames all along: not waited out.
    waitFramesStop(10);
    if (!reallyVisible(item))
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

bool UiProbe::scrollTo(const QString &objectName, qreal fromTop) const
{
    QQuickItem *item = find(objectName);
    QQuickItem *view = scrollingView(item);
    if (!view)
        return false;
    const QPointF at = item->mapToItem(view->property("contentItem").value<QQuickItem *>(), QPointF(0, 0));
    scrollView(view, at.y() - fromTop);
    return true;
}

bool UiProbe::type(const QString &text)
{
    QQuickItem *focus = m_window->activeFocusItem();
    if (!focus)
        return false;
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(focus, &event);
    QTest::qWait(20);
    return true;
}

bool UiProbe::waitSettled(int timeoutMs) const
{
    // And no picture shown is still loading on a worker (asynchronous): a page that does not wait
    // for its own pictures (the model lines) stood in a screenshot with three of its four cars
    // missing at 2560x1600.
    const auto loading = [](QQuickItem *item) {
        return item->inherits("QQuickImageBase") && item->property("status").toInt() == kImageLoading && reallyVisible(item);
    };
    return QTest::qWaitFor(
        [this, &loading] { return m_window->property("settled").toBool() && !search(m_window->contentItem(), loading); },
        timeoutMs);
}

void UiProbe::waitFramesStop(int rounds) const
{
    // A round is longer than the offscreen window's 5 ms from an update asked for to its frame; a
    // change's first frame may still be due after the first two.
    int frames = 0;
    const auto counting = QObject::connect(m_window, &QQuickWindow::frameSwapped, m_window, [&frames] { ++frames; });
    for (int round = 0, before = -1; round < qMax(rounds, 3) && frames != before; ++round) {
        before = round < 2 ? -1 : frames;
        QCoreApplication::processEvents();
        QTest::qWait(7);
    }
    QObject::disconnect(counting);
}

bool UiProbe::waitDrawnWhole(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return WholeFrames::drawnWhole(m_window); }, timeoutMs);
}

int UiProbe::pixelsNotDrawnWhole(QImage *shownOut) const
{
    QImage shown;
    // What the window shows once drawn whole: a grab that draws a new frame (a cursor's blink
    // came due) is what the window showed before it was drawn whole again, so look again.
    for (int attempt = 0; attempt < 5 && shown.isNull(); ++attempt) {
        if (!waitDrawnWhole())
            return -1;
        shown = m_window->grabWindow();
        QCoreApplication::processEvents(); // the frame's report, if the grab drew one
        if (!WholeFrames::drawnWhole(m_window))
            shown = QImage();
    }
    if (shown.isNull())
        return -1;
    if (shownOut)
        *shownOut = shown;
    // Drawn whole afresh: a veil of no colour over the whole window, as WholeFrames has, changes
    // for the frame compared; the software renderer draws again everything under it.
    WholeFrames::Veil veil(m_window->contentItem());
    m_window->grabWindow();
    veil.change();
    const QImage whole = m_window->grabWindow();
    if (shown.size() != whole.size())
        return -1;
    const QImage a = shown.convertToFormat(QImage::Format_RGB32), b = whole.convertToFormat(QImage::Format_RGB32);
    const int w = a.width(), h = a.height();
    // Where the two differ visibly...
    std::vector<char> seen(size_t(w) * size_t(h), 0);
    for (int y = 0; y < h; ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        if (std::memcmp(p, q, size_t(w) * sizeof(QRgb)) == 0)
            continue;
        for (int x = 0; x < w; ++x) {
            const int most = qMax(qAbs(qRed(p[x]) - qRed(q[x])),
                                  qMax(qAbs(qGreen(p[x]) - qGreen(q[x])), qAbs(qBlue(p[x]) - qBlue(q[x]))));
            seen[size_t(y) * size_t(w) + size_t(x)] = most > kUnseen ? 1 : 0;
        }
    }
    // ... in a line along a row or a column at least kStaleRun long: a gap or an edge left stale,
    // not the scattered edge of a glyph.
    int differ = 0;
    const auto at = [&](int x, int y) { return seen[size_t(y) * size_t(w) + size_t(x)] != 0; };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            if (!at(x, y))
                continue;
            int across = 1, down = 1;
            for (int i = x - 1; i >= 0 && at(i, y) && across < kStaleRun; --i)
                ++across;
            for (int i = x + 1; i < w && at(i, y) && across < kStaleRun; ++i)
                ++across;
            for (int j = y - 1; j >= 0 && at(x, j) && down < kStaleRun; --j)
                ++down;
            for (int j = y + 1; j < h && at(x, j) && down < kStaleRun; ++j)
                ++down;
            differ += across >= kStaleRun || down >= kStaleRun ? 1 : 0;
        }
    }
    if (differ < kStaleArea)
        differ = 0;
    return differ;
}

QImage UiProbe::shoot(const QString &name) const
{
    // What a visitor sees once the motion stops.
    waitDrawnWhole();
    const QImage image = m_window->grabWindow();
    save(image, name);
    return image;
}

void UiProbe::save(const QImage &image, const QString &name)
{
    const QString path = QDir(QStringLiteral(VITRINE_SCREENSHOTS)).filePath(name + QStringLiteral(".png"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Quality 80 is zlib's quickest level: a quarter of the layout matrix's time went to packing
    // its thousand screenshots at the default level, for files an eighth smaller.
    image.save(path, nullptr, 80);
}
