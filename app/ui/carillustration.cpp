// SPDX-License-Identifier: GPL-3.0-or-later
#include "carillustration.h"

#include <QFile>
#include <QMutexLocker>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace {

const QString fallbackBody = QStringLiteral("crossover");
const QString fallbackWheel = QStringLiteral("aero");
constexpr int defaultWidth = 800;
// Large enough for a 4K hero picture, small enough that a bogus request cannot exhaust memory.
constexpr int maxEdge = 4096;

QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto channel = [t](int a, int b) { return qBound(0, int(std::lround(a + (b - a) * t)), 255); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

// How much light a finish throws back: metallic and pearl paints show crisp reflections and
// deep shade, matte paint barely changes across the body. Every shade is a blend of the paint
// with white or black, so its hue stays the paint's own (a black car reflects grey, not nothing).
struct Finish {
    double light, highlight, dark, darker, sheen, gloss;
};

Finish finishFor(const QString &name)
{
    if (name == QLatin1String("metallic"))
        return {0.26, 0.62, 0.34, 0.60, 0.30, 0.85};
    if (name == QLatin1String("pearl"))
        return {0.30, 0.70, 0.28, 0.52, 0.34, 0.90};
    if (name == QLatin1String("matte"))
        return {0.08, 0.20, 0.16, 0.32, 0.06, 0.22};
    return {0.18, 0.48, 0.28, 0.50, 0.18, 0.65};
}

QHash<QString, QString> paintValues(QColor paint, const QString &finishName)
{
    if (!paint.isValid())
        paint = QColor(0x8A, 0x8D, 0x91);
    paint.setAlpha(255);
    Finish f = finishFor(finishName);
    // A light paint in shade still reads as light; darkening it fully would turn white grey.
    const double lightness = paint.lightnessF();
    const double shade = lightness > 0.6 ? 1.0 - (lightness - 0.6) * 1.2 : 1.0;
    f.dark *= shade;
    f.darker *= shade;
    // Pearl's sheen leans warm, the way its mica layer catches light.
    const QColor white = finishName == QLatin1String("pearl") ? QColor(0xFF, 0xFA, 0xF2) : QColor(Qt::white);
    const QColor black(0x05, 0x06, 0x08);
    return {{QStringLiteral("paint"), paint.name()},
            {QStringLiteral("paint_light"), mix(paint, white, f.light).name()},
            {QStringLiteral("paint_highlight"), mix(paint, white, f.highlight).name()},
            {QStringLiteral("paint_dark"), mix(paint, black, f.dark).name()},
            {QStringLiteral("paint_darker"), mix(paint, black, f.darker).name()},
            {QStringLiteral("sheen"), QString::number(f.sheen, 'f', 2)},
            {QStringLiteral("gloss"), QString::number(f.gloss, 'f', 2)}};
}

// The cabin's values: the interior colour shaded like paint but softer (upholstery throws back
// little light), stitching that stands out from it, a headliner that follows its lightness, and
// the opacity of each material's layer (leather: sheen, channels and perforation; suede: a deep
// matte centre; textile: a fine weave).
QHash<QString, QString> cabinValues(QColor interior, const QString &material)
{
    if (!interior.isValid())
        interior = QColor(0x8A, 0x8D, 0x91);
    interior.setAlpha(255);
    const double lightness = interior.lightnessF();
    const double shade = lightness > 0.6 ? 1.0 - (lightness - 0.6) * 1.2 : 1.0;
    const QColor black(0x05, 0x06, 0x08);
    const bool light = lightness > 0.5;
    const bool leather = material == QLatin1String("leather");
    const bool suede = material == QLatin1String("suede");
    const auto opacity = [](double v) { return QString::number(v, 'f', 2); };
    return {{QStringLiteral("interior"), interior.name()},
            {QStringLiteral("interior_light"), mix(interior, Qt::white, 0.16).name()},
            {QStringLiteral("interior_highlight"), mix(interior, Qt::white, 0.38).name()},
            {QStringLiteral("interior_dark"), mix(interior, black, 0.30 * shade).name()},
            {QStringLiteral("interior_darker"), mix(interior, black, 0.52 * shade).name()},
            {QStringLiteral("stitch"), (light ? mix(interior, black, 0.45) : mix(interior, Qt::white, 0.45)).name()},
            {QStringLiteral("headliner"), light ? QStringLiteral("#d9d6cf") : QStringLiteral("#3a3b3e")},
            {QStringLiteral("headliner_dark"), light ? QStringLiteral("#b9b5ad") : QStringLiteral("#252629")},
            {QStringLiteral("sheen"),
             opacity(leather     ? 0.30
                         : suede ? 0.10
                                 : 0.12)},
            {QStringLiteral("perforation"), opacity(leather ? 0.55 : 0)},
            {QStringLiteral("suede"), opacity(suede ? 0.55 : 0)},
            {QStringLiteral("weave"), opacity(leather || suede ? 0 : 0.22)}};
}

} // namespace

// A template cut at its {{placeholders}} once, so each picture only joins strings.
struct CarIllustration::Template {
    QStringList pieces; // literal, name, literal, name, …, literal

    QByteArray filled(const QHash<QString, QString> &values) const
    {
        QString text;
        for (qsizetype i = 0; i < pieces.size(); ++i)
            text += i % 2 == 0 ? pieces.at(i) : values.value(pieces.at(i), QStringLiteral("#808080"));
        return text.toUtf8();
    }
};

const QStringList &CarIllustration::bodies()
{
    static const QStringList list{QStringLiteral("suv"),   QStringLiteral("saloon"),    QStringLiteral("estate"),
                                  QStringLiteral("coupe"), QStringLiteral("crossover"), QStringLiteral("convertible")};
    return list;
}

const QStringList &CarIllustration::wheelDesigns()
{
    static const QStringList list{QStringLiteral("aero"),    QStringLiteral("five-spoke"),  QStringLiteral("multi-spoke"),
                                  QStringLiteral("turbine"), QStringLiteral("split-spoke"), QStringLiteral("forged")};
    return list;
}

const QStringList &CarIllustration::materials()
{
    static const QStringList list{QStringLiteral("textile"), QStringLiteral("leather"), QStringLiteral("suede")};
    return list;
}

QString CarIllustration::materialOf(const QString &englishName)
{
    // Suede first: "Microsuede and leather" shows its suede centre.
    const QString name = englishName.toLower();
    if (name.contains(QLatin1String("suede")) || name.contains(QLatin1String("alcantara")))
        return QStringLiteral("suede");
    if (name.contains(QLatin1String("leather")) || name.contains(QLatin1String("nappa")))
        return QStringLiteral("leather");
    return QStringLiteral("textile");
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

std::shared_ptr<const CarIllustration::Template> CarIllustration::loadTemplate(const QString &resource) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_templates.constFind(resource); it != m_templates.constEnd())
        return *it;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto parsed = std::make_shared<Template>();
    const QString text = QString::fromUtf8(file.readAll());
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open);
        if (close < 0) {
            parsed->pieces << text.mid(from);
            break;
        }
        parsed->pieces << text.mid(from, open - from) << text.mid(open + 2, close - open - 2).trimmed();
        from = close + 2;
    }
    m_templates.insert(resource, parsed);
    return parsed;
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
    const QString wheelPath = QStringLiteral(":/vitrine/cars/wheels/%1.svg");
    auto wheel = wheelDesigns().contains(spec.wheelDesign) ? loadTemplate(wheelPath.arg(spec.wheelDesign)) : nullptr;
    if (!wheel)
        wheel = loadTemplate(wheelPath.arg(fallbackWheel));

    if (spec.view == View::Wheel) {
        if (wheel)
            QSvgRenderer(wheel->filled({})).render(&painter, target);
        return image;
    }
    if (spec.view == View::Cabin) {
        const auto cabin = loadTemplate(QStringLiteral(":/vitrine/cars/cabin.svg"));
        if (cabin)
            QSvgRenderer(cabin->filled(cabinValues(spec.interior, spec.material))).render(&painter, target);
        return image;
    }

    const QString carPath = QStringLiteral(":/vitrine/cars/%1-%2.svg");
    const QString view = viewName(spec.view);
    auto car = bodies().contains(spec.body) ? loadTemplate(carPath.arg(spec.body, view)) : nullptr;
    if (!car)
        car = loadTemplate(carPath.arg(fallbackBody, view));
    if (!car)
        return image;

    QSvgRenderer carRenderer(car->filled(paintValues(spec.paint, spec.finish)));
    if (!carRenderer.isValid())
        return image;
    carRenderer.render(&painter, target);
    if (!wheel)
        return image;

    // The template only marks where each wheel sits; the chosen design is drawn into that box,
    // squeezed into an ellipse in the three-quarter view, so any wheel fits any body.
    QSvgRenderer wheelRenderer(wheel->filled({}));
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
