// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/cardrawing.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

/// Renders a car of a body style in its exact paint and wheel design, its cabin in the exact
/// interior colour and material, or one wheel on its own, for every place a car is shown until
/// a feed brings photos; the drawings themselves are
/// core's CarDrawing, the same the hub serves to phones.
class CarIllustration
{
public:
    /// Side and ThreeQuarter: the car; Cabin: the front of the cabin seen from the rear bench;
    /// Wheel: the wheel design alone, face on.
    enum class View { Side, ThreeQuarter, Cabin, Wheel };

    /// What to draw. A body or wheel design not in bodies() / wheelDesigns() draws the crossover
    /// or the aero wheel, an unknown finish draws solid paint, an invalid paint neutral grey.
    struct Spec {
        QString body;
        View view = View::Side;
        QColor paint;
        QString finish; ///< solid, metallic, pearl or matte
        QString wheelDesign;
        QColor interior = {};  ///< Cabin: an invalid colour draws neutral grey
        QString material = {}; ///< Cabin: leather, suede or textile (anything else draws textile)
    };

    static const QStringList &bodies();
    static const QStringList &wheelDesigns();
    static const QStringList &materials();
    /// How a catalog's material name ("Nappa leather", "Microsuede and leather", "Wool blend
    /// textile") is drawn: one of materials().
    static QString materialOf(const QString &englishName);
    /// "side", "three-quarter", "cabin" or "wheel", as in template names and image ids.
    static QString viewName(View view);
    /// The drawing area every template of a view shares, so cars line up at one scale.
    static QSizeF canvasSize(View view);
    /// Where the side view's cars stand in that area, every body's (with any wheel), as fractions
    /// of it: the area keeps room above for the tallest body, so a picture sized by its whole area
    /// draws a saloon in little more than half its height.
    static QRectF sideDrawing();
    /// The image size render() gives for `size`: a missing width or height follows the view's
    /// aspect ratio, both given fit the picture inside them, neither gives 800 px wide.
    static QSize fittedSize(View view, QSize size);

    /// Draws the car on transparency at fittedSize(size) device-independent pixels, with
    /// `devicePixelRatio` physical pixels for each of them.
    QImage render(const Spec &spec, QSize size, qreal devicePixelRatio = 1.0) const;

private:
    CarDrawing m_drawing; // the SVG texts, shared with the hub's pages for phones
};
