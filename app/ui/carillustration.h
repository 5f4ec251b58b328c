#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

/// Draws a car of a given body style in its exact paint and wheel design from the SVG templates
/// in resources/cars/, for every place a car is shown until a feed brings photos.
class CarIllustration
{
public:
    enum class View { Side, ThreeQuarter };

    struct Spec {
        QString body = QStringLiteral("crossover");
        View view = View::ThreeQuarter;
        QColor paint = QColor(0x80, 0x80, 0x80);
        QString finish = QStringLiteral("metallic");
        QString wheelDesign = QStringLiteral("aero");
    };

    static const QStringList &bodies();
    static const QStringList &wheelDesigns();

    /// Renders at `width` pixels wide (height follows the template), transparent around the car.
    QImage render(const Spec &spec, int width) const;
    /// The template's aspect ratio (height / width) for a view.
    static double aspect(View view);

private:
    QString templateText(const QString &resource) const;

    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_templates;
};
