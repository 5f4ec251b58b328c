// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "inventory/bitmap.h"
#include "inventory/column.h"
#include "inventory/inventoryfilter.h"
#include "inventory/vehicle.h"
#include "inventory/vehiclestore.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

/// An immutable, columnar snapshot of the live stock, with one bitmap per facet value, that
/// answers a filter — total, facet counts and a sorted page — in about a millisecond at 100k
/// cars. Rebuilt off the UI thread when the stock changes; queries keep the snapshot they hold.
/// Read from the StockSnapshot file, its bitmaps, columns and sort orders are used in place in
/// the mapped file, which it keeps mapped while it lives.
class InventoryIndex
{
public:
    struct FacetValue {
        QString id;
        qsizetype count = 0;
    };
    struct Range {
        bool any = false;
        double min = 0;
        double max = 0;
    };
    struct Hit {
        qsizetype position = 0;
        QString id;
        std::optional<double> distanceKm;
    };
    struct Result {
        qsizetype total = 0;
        QList<Hit> page;
        /// Every value of every facet (zeros included), counted with every other filter applied
        /// but not the facet's own.
        QHash<QString, QList<FacetValue>> facets;
        QList<FacetValue> equipment;
        Range price; ///< minor units, over the cars matching everything but the price range
        Range year;
        Range mileageKm;
    };

    static std::shared_ptr<const InventoryIndex> build(const QList<Vehicle> &vehicles, const Catalog &catalog);
    /// Null, having stopped early, once `stop` is set (the kiosk is quitting).
    static std::shared_ptr<const InventoryIndex> build(const VehicleStore &vehicles, const Catalog &catalog,
                                                       const std::atomic_bool *stop = nullptr);

    Result query(const InventoryFilter &filter) const;
    /// The number of cars the filter keeps, alone (no facet counts, no page): what a choice's
    /// count beside it needs, at the cost of its masks and one pass.
    qsizetype count(const InventoryFilter &filter) const;
    /// What a visitor typing `typed` may mean: the text with its last words completed to a name
    /// from the catalog (models, trims, colours, equipment, in any of its languages, the
    /// visitor's `language` first), at most `max`, each once. Empty while nothing is typed.
    QStringList suggest(const QString &typed, const QString &language, int max) const;
    qsizetype size() const { return m_ids.size(); }
    /// Reads once every bitmap a filter change counts through (each facet value's, each
    /// equipment's): the time this takes is the bound a filter change is held against. Returns the
    /// bits set, so the reading cannot be left out; `bytes` gets how many bytes were read.
    qsizetype readBitmapsOnce(qsizetype *bytes = nullptr) const;
    /// The make facet's value `id` ("volvo") as the feeds write it ("Volvo").
    QString makeName(const QString &id) const { return m_makeNames.value(id, id); }
    /// The most distinct makes the make facet counts; cars of others are still found by text.
    static constexpr int kMaxMakes = 500;
    QString id(qsizetype position) const { return m_ids.at(position); }
    /// Great-circle distance in km (haversine, mean Earth radius).
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

private:
    // StockSnapshot writes these members as they are and reads them back at start-up: a change to
    // them, or to what build() puts in them, bumps StockSnapshot::kFormatVersion.
    friend class StockSnapshot;
    struct Facet {
        QString name;
        QStringList values;
        QHash<QString, int> index;
        std::vector<Bitmap> bitmaps;
        Column<uint16_t> valueOf; ///< per vehicle
    };

    /// One mask per constraint in use (categorical facets, then the ones below), none where unused.
    enum { kPrice = 11, kYear, kMileage, kEquipment, kText, kRadius, kMasks };
    std::vector<std::optional<Bitmap>> masksOf(const InventoryFilter &filter) const;
    Facet &facet(const QString &name);
    const Facet *facetNamed(const QString &name) const;
    Bitmap textMask(const QString &text) const;
    std::optional<Bitmap> rangeMask(const InventoryFilter &filter, int which) const;
    /// The filter's price currency as numbered here; -1 for none, 256 for one no car has.
    int currencyOf(const InventoryFilter &filter) const;
    QList<Hit> page(const InventoryFilter &filter, const Bitmap &matching) const;
    /// The lowest and highest value of the cars in `set` (many of them), through an order sorted
    /// by that value: the first and the last of them in it.
    template<typename Value>
    static Range ends(const Bitmap &set, const uint32_t *begin, const uint32_t *end, Value value);
    /// Where each currency's cars (only `currency`'s when it is >= 0) lie in m_byPrice.
    std::vector<std::pair<size_t, size_t>> currencyRuns(int currency) const;
    std::vector<double> locationDistances(const InventoryFilter &filter) const;

    /// The categorical facets, in the order of InventoryFilter::facetNames().
    static constexpr int kFacets = 11;
    static constexpr int kLocationFacet = 8;
    static constexpr int kMakeFacet = 10;

    qsizetype m_size = 0;
    StringColumn m_ids; ///< the store's own, shared
    /// The mapped file the arrays are read from, when they are; null when built here.
    std::shared_ptr<const void> m_mapping;
    QHash<QString, QString> m_makeNames;
    std::vector<Facet> m_facets;
    QStringList m_equipment;
    QHash<QString, int> m_equipmentIndex;
    std::vector<Bitmap> m_equipmentBitmaps;
    Column<qint64> m_price;
    Column<quint8> m_currency; ///< per vehicle, into m_currencies
    QStringList m_currencies;
    Column<int16_t> m_year;
    Column<float> m_mileageKm;
    Column<int32_t> m_added;
    Column<double> m_locationLat; ///< per location facet value
    Column<double> m_locationLon;
    // Positions sorted for each sort order, ties broken by id, so a page needs no sort.
    Column<uint32_t> m_byPrice, m_byPriceDescending, m_byNewest, m_byMileage, m_byRecent;
    std::vector<Column<uint32_t>> m_byLocation;
    // Every name a visitor may type, in every catalog language, per facet value or equipment.
    struct Named {
        int facet; ///< index into m_facets, or -1 for equipment
        int value;
        QStringList words;
        QString joined;                ///< for substring matching of Chinese
        QHash<QString, QString> names; ///< as written, by language
    };
    std::vector<Named> m_names;
    /// The words of dealers' cars' own names (make, model, trim, colours), folded, to the cars.
    QHash<QString, Column<uint32_t>> m_listingWords;
};
