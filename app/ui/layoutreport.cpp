// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutreport.h"

#include <QFile>
#include <QFont>
#include <QJSValue>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>

namespace {

constexpr double kTolerance = 1.5; // px: anti-aliasing and rounding, not a defect

void collectItems(QQuickItem *item, QJsonObject *out)
{
    if (!item->objectName().isEmpty()) {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QJsonObject entry{{QStringLiteral("x"), r.x()},
                          {QStringLiteral("y"), r.y()},
                          {QStringLiteral("width"), r.width()},
                          {QStringLiteral("height"), r.height()},
                          {QStringLiteral("visible"), item->isVisible() && item->opacity() > 0}};
        const QVariant text = item->property("text");
        if (text.isValid())
            entry.insert(QStringLiteral("text"), text.toString());
        const QVariant truncated = item->property("truncated");
        if (truncated.isValid())
            entry.insert(QStringLiteral("truncated"), truncated.toBool());
        out->insert(item->objectName(), entry);
    }
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
}

QString nameOf(const QQuickItem *item)
{
    QStringList path;
    for (const QQuickItem *i = item; i && path.size() < 4; i = i->parentItem()) {
        if (!i->objectName().isEmpty()) {
            path.prepend(i->objectName());
            break;
        }
        path.prepend(QString::fromLatin1(i->metaObject()->className()).section(QLatin1Char('_'), 0, 0));
    }
    return path.join(QLatin1Char('/'));
}

// The part of the item's box its text covers, in the item's coordinates.
QRectF paintedRect(const QQuickItem *item)
{
    const double w = item->property("paintedWidth").isValid() ? item->property("paintedWidth").toDouble()
                                                              : item->property("contentWidth").toDouble();
    const double h = item->property("paintedHeight").isValid() ? item->property("paintedHeight").toDouble()
                                                               : item->property("contentHeight").toDouble();
    const int horizontal = item->property("effectiveHorizontalAlignment").toInt();
    const int vertical = item->property("verticalAlignment").toInt();
    double x = item->property("leftPadding").toDouble();
    const double innerWidth = item->width() - x - item->property("rightPadding").toDouble();
    if (horizontal & Qt::AlignRight)
        x += innerWidth - w;
    else if (horizontal & Qt::AlignHCenter)
        x += (innerWidth - w) / 2;
    double y = item->property("topPadding").toDouble();
    const double innerHeight = item->height() - y - item->property("bottomPadding").toDouble();
    if (vertical & Qt::AlignBottom)
        y += innerHeight - h;
    else if (vertical & Qt::AlignVCenter)
        y += (innerHeight - h) / 2;
    return QRectF(x, y, w, h);
}

// The size a text item's letters are drawn at, in px: a Text's resolved font (after shrinking
// to fit its box), a field's font.
qreal drawnPixelSize(const QQuickItem *item)
{
    if (const QVariant info = item->property("fontInfo"); info.isValid()) {
        const double size = info.value<QJSValue>().property(QStringLiteral("pixelSize")).toNumber();
        if (size > 0)
            return size;
    }
    const QFont font = item->property("font").value<QFont>();
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
}

void collectTexts(QQuickItem *item, const QRectF &window, qreal smallest, QList<LayoutReport::Text> *out)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const bool textItem = item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
    const QString text = textItem ? item->property("text").toString() : QString();
    if (textItem && !text.trimmed().isEmpty() && item->width() > 0 && item->height() > 0) {
        LayoutReport::Text t;
        t.name = nameOf(item);
        t.text = text;
        const QRectF local = paintedRect(item);
        t.painted = item->mapRectToScene(local);
        t.pixelSize = drawnPixelSize(item);
        if (item->property("truncated").toBool())
            t.problems |= LayoutReport::Truncated;
        if (t.pixelSize < smallest - 0.01)
            t.problems |= LayoutReport::Small;
        // A text input scrolls its own text; everything else must fit its box.
        if (!item->inherits("QQuickTextInput")
            && (local.left() < -kTolerance || local.top() < -kTolerance || local.right() > item->width() + kTolerance
                || local.bottom() > item->height() + kTolerance))
            t.problems |= LayoutReport::Overflow;
        bool scrolls = false;
        for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable")) {
                const QRectF viewport = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
                if (!viewport.intersects(t.painted))
                    return; // scrolled out of view (or a view's cache): not on screen now
                scrolls = true;
                break; // what a scrolling area cuts, the visitor scrolls to
            }
            // A control (a button, a card, a chip) draws its own box: its texts stay inside it.
            if (p->inherits("QQuickControl") && p->width() > 0 && p->height() > 0) {
                const QRectF box = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
                if (!box.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(t.painted))
                    t.problems |= LayoutReport::Overflow;
            }
            if (!p->clip())
                continue;
            const QRectF box = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
            if (!box.intersects(t.painted))
                return; // wholly hidden: not shown, nothing to read
            if (!box.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(t.painted))
                t.problems |= LayoutReport::Clipped;
        }
        if (!scrolls && !window.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(t.painted))
            t.problems |= LayoutReport::OffScreen;
        out->append(t);
    }
    for (QQuickItem *child : item->childItems())
        collectTexts(child, window, smallest, out);
}

} // namespace

QList<LayoutReport::Text> LayoutReport::texts(QQuickWindow *window, qreal smallest)
{
    QList<Text> out;
    collectTexts(window->contentItem(), QRectF(0, 0, window->width(), window->height()), smallest, &out);
    return out;
}

QStringList LayoutReport::problemNames(int problems)
{
    QStringList out;
    if (problems & Truncated)
        out << QStringLiteral("truncated");
    if (problems & Overflow)
        out << QStringLiteral("overflow");
    if (problems & Clipped)
        out << QStringLiteral("clipped");
    if (problems & OffScreen)
        out << QStringLiteral("off-screen");
    if (problems & Small)
        out << QStringLiteral("small");
    return out;
}

QJsonObject LayoutReport::collect(QQuickWindow *window)
{
    QJsonObject report;
    collectItems(window->contentItem(), &report);
    report.insert(QStringLiteral("window"),
                  QJsonObject{{QStringLiteral("width"), window->width()},
                              {QStringLiteral("height"), window->height()},
                              {QStringLiteral("mirrored"), window->property("mirrored").toBool()}});
    QJsonArray texts;
    for (const Text &t : LayoutReport::texts(window)) {
        texts.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("text"), t.text},
                                 {QStringLiteral("x"), t.painted.x()},
                                 {QStringLiteral("y"), t.painted.y()},
                                 {QStringLiteral("width"), t.painted.width()},
                                 {QStringLiteral("height"), t.painted.height()},
                                 {QStringLiteral("pixelSize"), t.pixelSize},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(problemNames(t.problems))}});
    }
    report.insert(QStringLiteral("texts"), texts);
    return report;
}

bool LayoutReport::write(QQuickWindow *window, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(collect(window)).toJson());
    return true;
}
