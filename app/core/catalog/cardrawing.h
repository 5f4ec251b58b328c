// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

/// The car drawings as SVG text: the body templates (in the resource :/vitrine/cars) filled with a
/// paint, its finish and its shades, the wheel designs and the cabin. The kiosk renders these
/// texts itself; the hub serves them to a visitor's phone, so both show the very same picture.
class CarDrawing
{
public:
    /// A colour as the templates need it: three 8-bit channels, written "#rrggbb".
    struct Rgb {
        int r = 0, g = 0, b = 0;
        /// "#RRGGBB" or "RRGGBB", any case; nullopt for anything else.
        static std::optional<Rgb> fromHex(const QString &text);
        QString name() const;
        /// HSL lightness, 0–1.
        double lightness() const;
        /// This colour moved `t` (0–1) of the way to `to`, each channel rounded.
        Rgb mixedWith(const Rgb &to, double t) const;
        bool operator==(const Rgb &) const = default;
    };

    /// "side", "three-quarter", "cabin" or "wheel".
    static const QStringList &views();
    static const QStringList &bodies();
    static const QStringList &wheelDesigns();
    static const QStringList &materials();
    static const QStringList &finishes();
    /// How a catalog's material name ("Nappa leather", "Microsuede and leather") is drawn: one of materials().
    static QString materialOf(const QString &englishName);

    /// The values a body template's {{placeholders}} take for a paint (neutral grey when unset).
    static QHash<QString, QString> paintValues(const std::optional<Rgb> &paint, const QString &finish);
    /// The values of the cabin template for an interior colour and material.
    static QHash<QString, QString> cabinValues(const std::optional<Rgb> &interior, const QString &material);

    /// The body template of `body` in `view` ("side" or "three-quarter") filled with the paint; an
    /// unknown body draws the crossover. Its wheels are only marked (rects "wheel-rear" and
    /// "wheel-front"): the caller draws the design into them, or uses standalone().
    QByteArray body(const QString &body, const QString &view, const std::optional<Rgb> &paint, const QString &finish) const;
    /// A wheel design alone (unknown: the aero wheel).
    QByteArray wheel(const QString &design) const;
    QByteArray cabin(const std::optional<Rgb> &interior, const QString &material) const;

    /// One self-contained SVG of the car with its wheels drawn into their places, as a browser
    /// shows it: what the hub serves. Empty when a template is missing.
    QByteArray standalone(const QString &body, const QString &view, const std::optional<Rgb> &paint, const QString &finish,
                          const QString &wheelDesign) const;

private:
    struct Template;
    std::shared_ptr<const Template> load(const QString &resource) const;

    mutable QMutex m_mutex; // the kiosk's image provider draws on several threads
    mutable QHash<QString, std::shared_ptr<const Template>> m_templates;
};
