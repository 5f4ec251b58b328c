// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/vehicle.h"

#include <QHash>
#include <QList>
#include <QString>

/// The pictures of a stock car as the screen shows them: each of its photos (image://photo/…,
/// through the photo cache) with the drawn car (image://car/…) standing in while it loads, when
/// it is broken, or when the car has no photo at all; each with a text alternative.
class CarPictures
{
public:
    struct Picture {
        QString photo;   ///< empty when there is no photo: the drawing alone
        QString drawing; ///< always there
        QString alt;     ///< what the picture shows, for a screen reader
        QString key() const { return photo + drawing; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Picture &) const = default;
    };

    /// The gallery: one per photo, or the two drawn views when there is none. `title` names the
    /// car in the text alternative.
    static QList<Picture> of(const Vehicle &vehicle, const Catalog &catalog, const QString &title);
    /// The one picture of a grid card or a comparison head.
    static Picture first(const Vehicle &vehicle, const Catalog &catalog, const QString &title);
    /// The drawn car in `view` (`side` or `three-quarter`): the catalog's paint and wheels, or for
    /// a dealer's car its body and the colour its name says, else a neutral grey.
    static QString drawing(const Vehicle &vehicle, const Catalog &catalog, const QString &view);
    /// The image source of the photo at `url`.
    static QString photoSource(const QString &url);
    /// The photo's address back from what follows image://photo/.
    static QString urlOfPhotoId(const QString &id);
};
