// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

/// Draws a car of a body style in its exact paint and wheel design, for every place a car is
/// shown until a feed brings photos.
class CarIllustration
{
public:
    enum class View { Side, ThreeQuarter };

    /// What to draw. A body or wheel design not in bodies() / wheelDesigns() draws the crossover
    /// or the aero wheel, an unknown finish draws solid paint, an invalid paint neutral grey.
    struct Spec {
        QString body;
        View view = View::Side;
        QColor paint;
        QString finish; ///< solid, metallic, pearl or matte
        QString wheelDesign;
    };

    static const QStringList &bodies();
    static const QStringList &wheelDesigns();
    /// "side" or "three-quarter", as in template names and image ids.
    static QString viewName(View view);
    /// The drawing area every template of a view shares, so cars line up at one scale.
    static QSizeF canvasSize(View view);
    /// The image size render() gives for `size`: a missing width or height follows the view's
    /// aspect ratio, both given fit the picture inside them, neither gives 800 px wide.
    static QSize fittedSize(View view, QSize size);

    /// Draws the car on transparency at fittedSize(size) device-independent pixels, with
    /// `devicePixelRatio` physical pixels for each of them.
    QImage render(const Spec &spec, QSize size, qreal devicePixelRatio = 1.0) const;

private:
    struct Template;
    std::shared_ptr<const Template> loadTemplate(const QString &resource) const;

    // Worker threads of the image provider draw at the same time and share these.
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<const Template>> m_templates;
};
