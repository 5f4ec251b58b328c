// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiprobe.h"

#include <QCoreApplication>
#include <QInputMethodEvent>

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace {

constexpr int kImageLoading = 2; // QQuickImageBase::Loading

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
    // Layouts (Flow, Row) place their children on the next polish; let it happen first.
    QTest::qWait(60);
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

QImage UiProbe::shoot(const QString &name) const
{
    const QString path = QDir(QStringLiteral(VITRINE_SCREENSHOTS)).filePath(name + QStringLiteral(".png"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QImage image = m_window->grabWindow();
    image.save(path);
    return image;
}
