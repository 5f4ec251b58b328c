// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/studio.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// A car as one row of a dealer's feed (Meta or Google) describes it, still as text in the feed's
/// own words: each format's reader fills one, and DealerFeedBuilder checks it into a Vehicle.
struct DealerListing {
    int line = 0;         ///< where the row starts in the file
    QString stockId;      ///< the feed's own id for the car (Meta vehicle_id, Google VIN)
    QString stockIdField; ///< the column it came from, for messages
    QString vin;
    QString make;
    QString model;
    QString trim;
    QString year;
    QString condition;   ///< "new", "used" or "cpo"; the feed's own word when it is none of them
    QString mileage;     ///< the number, with its unit when written together ("24000 miles")
    QString mileageUnit; ///< the unit when the feed gives it apart (Meta's mileage.unit)
    QString price;       ///< "18000 USD"
    QString salePrice;
    QString currency; ///< when the feed gives the currency apart from the amount
    QString body;
    QString fuel;
    QString exteriorColor;
    QString interiorColor;
    QString availability; ///< "available", "reserved" or "gone"; empty is available
    QString dateInStock;
    QStringList images;

    /// The dealer holding the car, as the row names it.
    struct Dealer {
        QString code; ///< Meta dealer_id, Google store_code
        QString name;
        QString phone;
        QString latitude;
        QString longitude;
        PostalAddress address;
    } dealer;

    /// What the reader found wrong in the row (its quoting, unreadable JSON in a cell), as
    /// (field, problem): the row is left out with each of them.
    QList<QPair<QString, QString>> problems;
};
