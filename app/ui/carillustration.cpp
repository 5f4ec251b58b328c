#include "carillustration.h"

#include <QFile>
#include <QMutexLocker>
#include <QPainter>
#include <QSvgRenderer>

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// Shading derived from the one paint colour; the finish decides how much light the body throws.
QHash<QString, QString> paintPlaceholders(const QColor &paint, const QString &finish)
{
    const bool matte = finish == QLatin1String("matte");
    const bool shiny = finish == QLatin1String("metallic") || finish == QLatin1String("pearl");
    const int lift = matte ? 108 : shiny ? 135 : 120;
    const QColor light = paint.lightness() > 200 ? paint.darker(104) : paint.lighter(lift);
    const QColor highlight = paint.lightness() > 200 ? QColor(0xFF, 0xFF, 0xFF) : paint.lighter(lift + 45);
    const bool lightPaint = paint.lightness() > 170;
    return {{QStringLiteral("{{paint}}"), hex(paint)},
            {QStringLiteral("{{paint_light}}"), hex(light)},
            {QStringLiteral("{{paint_highlight}}"), hex(highlight)},
            {QStringLiteral("{{paint_dark}}"), hex(paint.darker(lightPaint ? 112 : 135))},
            {QStringLiteral("{{paint_darker}}"), hex(paint.darker(lightPaint ? 140 : 190))},
            {QStringLiteral("{{sheen}}"), matte ? QStringLiteral("0.04") : shiny ? QStringLiteral("0.22") : QStringLiteral("0.12")},
            {QStringLiteral("{{interior}}"), QStringLiteral("#2B2B2E")}};
}

QHash<QString, QString> wheelPlaceholders(const QString &design)
{
    // Forged and turbine wheels come in a darker satin finish; the rest in bright silver.
    const bool dark = design == QLatin1String("forged") || design == QLatin1String("turbine");
    return {{QStringLiteral("{{wheel_rim}}"), dark ? QStringLiteral("#4A4D52") : QStringLiteral("#B9BDC2")},
            {QStringLiteral("{{wheel_light}}"), dark ? QStringLiteral("#7A7F86") : QStringLiteral("#E9ECEF")},
            {QStringLiteral("{{wheel_dark}}"), QStringLiteral("#1C1D20")}};
}

QByteArray substitute(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(it.key(), it.value());
    return text.toUtf8();
}

} // namespace

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

double CarIllustration::aspect(View view)
{
    return view == View::Side ? 700.0 / 1600.0 : 900.0 / 1600.0;
}

QString CarIllustration::templateText(const QString &resource) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_templates.constFind(resource);
    if (it != m_templates.constEnd())
        return *it;
    QFile file(resource);
    const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    m_templates.insert(resource, text);
    return text;
}

QImage CarIllustration::render(const Spec &spec, int width) const
{
    const QString body = bodies().contains(spec.body) ? spec.body : QStringLiteral("crossover");
    const QString design = wheelDesigns().contains(spec.wheelDesign) ? spec.wheelDesign : QStringLiteral("aero");
    const QString view = spec.view == View::Side ? QStringLiteral("side") : QStringLiteral("three-quarter");
    const QColor paint = spec.paint.isValid() ? spec.paint : QColor(0x80, 0x80, 0x80);
    width = qBound(16, width, 4096);
    const QSize size(width, qRound(width * aspect(spec.view)));

    QSvgRenderer car(substitute(templateText(QStringLiteral(":/vitrine/cars/%1-%2.svg").arg(body, view)),
                                paintPlaceholders(paint, spec.finish)));
    QSvgRenderer wheel(substitute(templateText(QStringLiteral(":/vitrine/cars/wheels/%1.svg").arg(design)),
                                  wheelPlaceholders(design)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!car.isValid())
        return image;
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    car.render(&painter, QRectF(QPointF(0, 0), size));
    // Wheels go where the template marks them, scaled with the body (ellipses in three-quarter).
    const QRectF viewBox = car.viewBoxF();
    const double sx = size.width() / viewBox.width();
    const double sy = size.height() / viewBox.height();
    for (const QString &id : {QStringLiteral("wheel-rear"), QStringLiteral("wheel-front")}) {
        if (!car.elementExists(id))
            continue;
        const QRectF local = car.transformForElement(id).mapRect(car.boundsOnElement(id));
        const QRectF target((local.x() - viewBox.x()) * sx, (local.y() - viewBox.y()) * sy, local.width() * sx,
                            local.height() * sy);
        wheel.render(&painter, target);
    }
    return image;
}
