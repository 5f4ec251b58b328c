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
    /// The same appended to `out`, which an import keeps from one car to the next.
    static void write(const Vehicle &v, QByteArray &out);
    /// A 64-bit digest of a stored document's bytes: two documents with the same digest are taken
    /// to be the same car, alike in every field (a feed's unchanged car is not written again).
    static quint64 digest(QByteArrayView document);
    /// A change stamp as stored: "2026-11-01T08:00:00Z" (Qt::ISODate, written by hand for UTC).
    static QString timestampText(const QDateTime &t);
    /// The same as UTF-8, appended to `out`.
    static void appendTimestamp(QByteArray &out, const QDateTime &t);
    /// `text` as UTF-8, appended to `out` (plain ASCII, most of a car's text, in one pass).
    static void appendUtf8(QByteArray &out, const QString &text);
    /// Whether `url` can be fetched as a picture: http(s) or file, without spaces, not too long.
    static bool isPictureUrl(const QString &url);
};
