// SPDX-License-Identifier: GPL-3.0-or-later
#include "carillustration.h"

#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace {

constexpr int defaultWidth = 800;
// Large enough for a 4K hero picture, small enough that a bogus request cannot exhaust memory.
constexpr int maxEdge = 4096;

std::optional<CarDrawing::Rgb> rgbOf(const QColor &c)
{
    if (!c.isValid())
        return std::nullopt;
    return CarDrawing::Rgb{c.red(), c.green(), c.blue()};
}

} // namespace

const QStringList &CarIllustration::bodies()
{
    return CarDrawing::bodies();
}

const QStringList &CarIllustration::wheelDesigns()
{
    return CarDrawing::wheelDesigns();
}

const QStringList &CarIllustration::materials()
{
    return CarDrawing::materials();
}

QString CarIllustration::materialOf(const QString &englishName)
{
    return CarDrawing::materialOf(englishName);
}

QString CarIllustration::viewName(View view)
{
    switch (view) {
    case View::Side:
        return QStringLiteral("side");
    case View::ThreeQuarter:
        return QStringLiteral("three-quarter");
    case View::Cabin:
        return QStringLiteral("cabin");
    case View::Wheel:
        return QStringLiteral("wheel");
    }
    return {};
}

QSizeF CarIllustration::canvasSize(View view)
{
    switch (view) {
    case View::Side:
        return QSizeF(1600, 700);
    case View::Wheel:
        return QSizeF(200, 200);
    case View::ThreeQuarter:
    case View::Cabin:
        break;
    }
    // The cabin shares the three-quarter view's frame, so the picture keeps its place when
    // the interior step opens.
    return QSizeF(1600, 900);
}

QRectF CarIllustration::sideDrawing()
{
    // Measured from the templates (tst_carillustration checks every body and wheel falls inside):
    // the SUV's roof at 181 of 700, every car's shadow ending at 663, the longest body from 100
    // to 1499 of 1600.
    return QRectF(0.06, 0.25, 0.88, 0.70);
}

QSize CarIllustration::fittedSize(View view, QSize size)
{
    const QSizeF canvas = canvasSize(view);
    const double aspect = canvas.height() / canvas.width();
    int w = size.width() > 0 ? size.width() : 0;
    int h = size.height() > 0 ? size.height() : 0;
    if (w == 0 && h == 0)
        w = defaultWidth;
    if (w > 0 && (h == 0 || h >= w * aspect))
        h = int(std::lround(w * aspect));
    else
        w = int(std::lround(h / aspect));
    if (w > maxEdge || h > maxEdge) {
        const double scale = std::min(double(maxEdge) / w, double(maxEdge) / h);
        w = int(std::lround(w * scale));
        h = int(std::lround(h * scale));
    }
    return QSize(qMax(1, w), qMax(1, h));
}

QImage CarIllustration::render(const Spec &spec, QSize size, qreal devicePixelRatio) const
{
    const qreal dpr = devicePixelRatio > 0 ? qMin(devicePixelRatio, 4.0) : 1.0;
    const QSize logical = fittedSize(spec.view, size);
    QImage image((QSizeF(logical) * dpr).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);

    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(0, 0), QSizeF(logical));
    const QByteArray wheel = m_drawing.wheel(spec.wheelDesign);

    if (spec.view == View::Wheel) {
        if (!wheel.isEmpty())
            QSvgRenderer(wheel).render(&painter, target);
        return image;
    }
    if (spec.view == View::Cabin) {
        const QByteArray cabin = m_drawing.cabin(rgbOf(spec.interior), spec.material);
        if (!cabin.isEmpty())
            QSvgRenderer(cabin).render(&painter, target);
        return image;
    }

    const QByteArray car = m_drawing.body(spec.body, viewName(spec.view), rgbOf(spec.paint), spec.finish);
    if (car.isEmpty())
        return image;
    QSvgRenderer carRenderer(car);
    if (!carRenderer.isValid())
        return image;
    carRenderer.render(&painter, target);
    if (wheel.isEmpty())
        return image;

    // The template only marks where each wheel sits; the chosen design is drawn into that box,
    // squeezed into an ellipse in the three-quarter view, so any wheel fits any body.
    QSvgRenderer wheelRenderer(wheel);
    const QRectF box = carRenderer.viewBoxF();
    const double sx = target.width() / box.width();
    const double sy = target.height() / box.height();
    for (const QString &id : {QStringLiteral("wheel-rear"), QStringLiteral("wheel-front")}) {
        if (!carRenderer.elementExists(id))
            continue;
        const QRectF at = carRenderer.transformForElement(id).mapRect(carRenderer.boundsOnElement(id));
        wheelRenderer.render(&painter,
                             QRectF((at.x() - box.x()) * sx, (at.y() - box.y()) * sy, at.width() * sx, at.height() * sy));
    }
    return image;
}
