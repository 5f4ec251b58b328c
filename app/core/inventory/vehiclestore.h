// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/column.h"
#include "inventory/stringcolumn.h"
#include "inventory/vehicle.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

/// The stock kept compactly in memory: a hundred bytes a car instead of several hundred. The
/// names a hundred thousand cars repeat (model, trim, colours, place, currency, equipment lists)
/// are stored once and referred to by number; a car is put back together when it is read. Read
/// from the StockSnapshot file, its rows, ids and text are used in place in the mapped file.
class VehicleStore
{
public:
    VehicleStore() = default;
    static VehicleStore from(const QList<Vehicle> &vehicles);

    void reserve(qsizetype n);
    void append(const Vehicle &vehicle);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    /// The car at `i`, whole.
    Vehicle at(qsizetype i) const;
    /// Its id alone, without rebuilding the car.
    QString idAt(qsizetype i) const { return m_ids.at(i); }
    const StringColumn &ids() const { return m_ids; }
    /// Which combination of a dealer's own names (make, model, trim, body, powertrain, colours)
    /// the car at `i` has: cars with the same number have the same names; 0 for none (a brand car).
    quint32 listingAt(qsizetype i) const { return m_rows[size_t(i)].listing; }
    /// The position of the car with this id, or -1.
    qsizetype indexOf(const QString &id) const;
    std::optional<Vehicle> find(const QString &id) const;

    QList<Vehicle> toList() const;

    /// Done appending: the lookup tables only appending needs are let go, and buffers trimmed.
    /// Appending afterwards still works, only without sharing with what came before.
    void finish();

    /// A car as it is kept: numbers into the store's names (nameAt), option lists (optionList) and
    /// listings (listingNames), and plain values. StockSnapshot writes the rows as they are.
    struct Row {
        quint32 vin = 0; ///< offset into m_text, where the VIN is followed by the pictures
        quint16 vinLength = 0;
        quint16 model = 0, trim = 0, paint = 0, wheel = 0, interior = 0, location = 0, currency = 0;
        quint32 options = 0;      ///< a list: m_listItems[m_listOffsets[options], m_listOffsets[options + 1])
        quint32 imagesLength = 0; ///< bytes of the pictures' URLs after the VIN, one a line
        quint32 listing = 0;      ///< into m_listings: a dealer car's own names, 0 for none
        qint16 year = 0;
        quint8 condition = 0, status = 0, mileageUnit = 0;
        qint64 mileage = 0;
        qint64 priceMinor = 0;
        qint32 added = 0, registered = 0; ///< Julian days; kNoDate when unknown
        qint64 updatedMs = 0;             ///< UTC; kNoTime when unknown
    };
    static constexpr qint32 kNoDate = std::numeric_limits<qint32>::min();
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    // For a reader of many cars that works out what each name means once, not once a car
    // (InventoryIndex::build): the rows and what their numbers refer to, without putting a car together.
    const Row &rowAt(qsizetype i) const { return m_rows[size_t(i)]; }
    /// How many names the rows number (model, trim, paint, wheel, interior, location, currency, option ids).
    qsizetype nameCount() const { return m_words.size(); }
    const QString &nameAt(quint16 n) const { return m_words.at(n); }
    /// The names of option list `list` (Row::options), as numbers for nameAt.
    std::span<const quint16> optionList(quint32 list) const
    {
        return {m_listItems.data() + m_listOffsets[list], m_listItems.data() + m_listOffsets[list + 1]};
    }
    /// How many listings the rows number, the empty one (0) included.
    qsizetype listingCount() const { return m_listings.size(); }
    /// A dealer car's own names (Row::listing): make, model, trim, body, powertrain, exterior and
    /// interior colour; none for 0.
    const QStringList &listingNames(quint32 listing) const { return m_listings.at(listing); }

private:
    // StockSnapshot writes these members (and the rows) as they are and reads them back at
    // start-up: a change to them, or to what append() puts in them, bumps StockSnapshot::kFormatVersion.
    friend class StockSnapshot;
    /// The places of a car a name is numbered for, each remembering the number its last car had.
    enum Field { Model, Trim, Paint, Wheel, Interior, Location, Currency, kFields };
    quint16 word(const QString &text);
    quint16 word(const QString &text, Field field);
    quint32 list(const QStringList &values);
    quint32 listing(const Vehicle &vehicle);
    void appendUtf8(QStringView text);

    Column<Row> m_rows;
    StringColumn m_ids;
    QByteArray m_text; ///< raw data over the mapped file when read from it
    /// The mapped file the rows, ids and text are read from, when they are; null when owned.
    std::shared_ptr<const void> m_mapping;
    QStringList m_words;
    // Option lists as runs of numbers into m_words: a list a car combination, a hundred thousand
    // cars of a dealer giving tens of thousands, read in place from the file like the rows.
    Column<quint32> m_listOffsets; ///< a list's start, and the end of the last; empty before the first
    Column<quint16> m_listItems;
    // A dealer car's make, model, trim, body, powertrain and colour names, by combination: a
    // thousand cars of one model share one entry, and names are not numbered by `word` (dealers
    // write tens of thousands of distinct trim and colour names).
    QList<QStringList> m_listings{QStringList()};

    // Only appending looks these up; finish() lets them go. The car before is tried first: a
    // feed's cars share a currency, a dealer's have no paint or trim ids, and a dealer's names are
    // shared strings (DealerFeedBuilder), compared in an instant.
    QHash<QString, quint16> m_wordIndex;
    QHash<QStringList, quint32> m_listIndex;
    QMultiHash<size_t, quint32> m_listingIndex;             ///< by the hash of the names, without a list made per car
    std::array<int, kFields> m_lastWord = emptyLastWords(); ///< -1: none yet
    quint32 m_lastListing = 0;
    static constexpr std::array<int, kFields> emptyLastWords()
    {
        std::array<int, kFields> a{};
        a.fill(-1);
        return a;
    }
};
