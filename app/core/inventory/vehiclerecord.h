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

    /// What the stock table's own columns hold beside a car's stored document (VehicleRows), as
    /// their UTF-8 texts; a null view is SQL NULL.
    struct Columns {
        QByteArrayView id, vin, condition, location, updated;
    };
    /// The car as stored beside those columns: write() without what they hold and without what
    /// read() takes when it is missing (available, no options). A dealer's car is some 40% fewer
    /// bytes to write, index, log and read back.
    static void writeStored(const Vehicle &v, QByteArray &out);
    /// Appends the whole record's JSON text that a stored document and its row's columns make, as
    /// read() takes it: the columns' fields spliced in ahead of the document's own. A document
    /// stored whole (before writeStored) is appended as it is.
    static void appendWhole(QByteArray &out, QByteArrayView stored, const Columns &columns);
    /// `record` with what writeStored leaves to read()'s defaults written out, every field that
    /// write() gives: what an export prints.
    static QJsonObject withDefaults(QJsonObject record);
    /// A 64-bit digest of a car as stored: its stored document's bytes (writeStored) and the texts
    /// of the columns that hold the rest bar its id and change stamp. Two cars with the same digest
    /// are taken to be alike in every field (a feed's unchanged car is not written again).
    static quint64 digest(QByteArrayView stored, QByteArrayView vin, QByteArrayView condition, QByteArrayView location);
    /// A change stamp as stored: "2026-11-01T08:00:00Z" (Qt::ISODate, written by hand for UTC).
    static QString timestampText(const QDateTime &t);
    /// The same as UTF-8, appended to `out`.
    static void appendTimestamp(QByteArray &out, const QDateTime &t);
    /// `text` as UTF-8, appended to `out` (plain ASCII, most of a car's text, in one pass).
    static void appendUtf8(QByteArray &out, const QString &text);
    /// Whether `url` can be fetched as a picture: http(s) or file, without spaces, not too long.
    static bool isPictureUrl(const QString &url);

private:
    static void writeFields(const Vehicle &v, QByteArray &out, bool whole);
};
