// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recordissue.h"
#include "inventory/vehicle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

/// The JSON form of a car in stock, read into a Vehicle with every problem noted; the feed
/// validates with it on the way in and VehicleRows reads stored cars back through it. Storage
/// keeps the form write() gives, so what is stored is what was checked (a VIN in capitals).
class VehicleRecord
{
public:
    static constexpr int kMaxImages = 20;

    static std::optional<Vehicle> read(const QJsonObject &o, QList<RecordIssue> *issues);
    /// The car as compact JSON that read() accepts back unchanged; written without building a
    /// QJsonObject, as a hundred thousand cars are stored in one import.
    static QByteArray write(const Vehicle &v);
    /// A change stamp as stored: "2026-11-01T08:00:00Z" (Qt::ISODate, written by hand for UTC).
    static QString timestampText(const QDateTime &t);
    /// Whether `url` can be fetched as a picture: http(s) or file, without spaces, not too long.
    static bool isPictureUrl(const QString &url);
};
