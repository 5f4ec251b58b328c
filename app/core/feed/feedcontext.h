// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/vehiclerows.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

/// What storage already holds that a feed is checked against: a delta feed may name places,
/// models and options stored by earlier feeds, a car's VIN and price are checked against the
/// market of its place even when the feed carries no places, and a dealer feed updates the
/// dealers it names and keeps the date each car was first listed.
struct FeedContext {
    /// Live ids by list name ("models", "studios" …); stock ids are not needed and not loaded.
    QHash<QString, QSet<QString>> ids;
    /// The stored catalog, places and model aliases.
    Catalog catalog;
    /// The stored documents of the places, so a dealer feed changes only the fields it carries.
    QHash<QString, QJsonObject> placeDocuments;
    /// For a dealer feed: each of its source's live cars as stored. A feed that gives no date keeps
    /// the day the car was first listed; a car alike in every field keeps when it last changed,
    /// and is not written again.
    QHash<QString, VehicleRows::Listed> listed;
    /// When the feed is read (the current time when invalid): a template feed's event dates
    /// (`dates_relative_to`) are moved to the weeks from then on.
    QDateTime now;

    /// The market of a place, from the feed's own places first, then from storage.
    QString marketOf(const QString &place, const QHash<QString, QString> &feedPlaces = {}) const;
    /// The currency of a market, likewise.
    QString currencyOf(const QString &market, const QHash<QString, QString> &feedMarkets = {}) const;
};
