// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryindex.h"

#include "common/localizedtext.h"
#include "common/textorder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cmath>
#include <numeric>
#include <optional>

namespace {

constexpr double kEarthRadiusKm = 6371.0088;

// Lower case without accents, so "Gletscherweiß" and "gletscherweiss", "Crépuscule" and
// "crepuscule" meet.
QString fold(const QString &text)
{
    QString out;
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) // ß
            out += QStringLiteral("ss");
        else
            out += c;
    }
    return out;
}

QStringList words(const QString &folded)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return folded.split(separators, Qt::SkipEmptyParts);
}

bool isCjk(const QString &token)
{
    for (const QChar c : token) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

// Counting bits is most of a filter change: with the processor's own instruction (every x86-64
// since 2008, but not in the baseline Debian builds for) a word costs a cycle, without it a dozen.
// Chosen once at run time, so the same package runs everywhere.
qsizetype popcountPortable(const uint64_t *a, const uint64_t *b, size_t words)
{
    qsizetype n = 0;
    for (size_t i = 0; i < words; ++i)
        n += std::popcount(b ? a[i] & b[i] : a[i]);
    return n;
}

#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target("popcnt"))) qsizetype popcountFast(const uint64_t *a, const uint64_t *b, size_t words)
{
    qsizetype n = 0;
    if (b) {
        for (size_t i = 0; i < words; ++i)
            n += __builtin_popcountll(a[i] & b[i]);
    } else {
        for (size_t i = 0; i < words; ++i)
            n += __builtin_popcountll(a[i]);
    }
    return n;
}

bool hasPopcnt()
{
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("popcnt") != 0;
    }();
    return has;
}
#endif

/// |a ∩ b|, or |a| without b.
qsizetype countBits(const Bitmap &a, const Bitmap *b = nullptr)
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (hasPopcnt())
        return popcountFast(a.data(), b ? b->data() : nullptr, a.wordCount());
#endif
    return popcountPortable(a.data(), b ? b->data() : nullptr, a.wordCount());
}

/// The set of positions i < size for which keep(i) holds, built a word at a time without a
/// branch per car (a price range keeps cars in no order a branch could guess).
template<typename Keep>
Bitmap bitsWhere(qsizetype size, Keep keep)
{
    std::vector<uint64_t> words(size_t((size + 63) / 64), 0);
    for (size_t w = 0; w < words.size(); ++w) {
        const qsizetype base = qsizetype(w) * 64;
        const int span = int(std::min<qsizetype>(64, size - base));
        uint64_t bits = 0;
        for (int k = 0; k < span; ++k)
            bits |= uint64_t(keep(base + k)) << k;
        words[w] = bits;
    }
    Bitmap out(size);
    out |= Bitmap::view(size, words.data()); // taken in as a set of its own
    return out;
}

// Sort keys as unsigned numbers in the order wanted: a signed number with its sign bit turned
// over; a float's bits turned so they order as the floats do (the same for -0 and +0); the
// complement for the other way.
uint64_t ascending(qint64 v)
{
    return uint64_t(v) ^ (uint64_t(1) << 63);
}

uint64_t ascending(float v)
{
    const uint32_t bits = std::bit_cast<uint32_t>(v == 0 ? 0.0f : v);
    return bits & 0x80000000u ? uint32_t(~bits) : bits | 0x80000000u;
}

uint64_t descending(qint32 v)
{
    return uint32_t(~(uint32_t(v) ^ 0x80000000u));
}

/// Sorts `order` (positions) by keys[position], keeping positions of equal keys in the order they
/// were: a radix sort, a byte at a time from the lowest, passing over the bytes all keys share.
/// A few passes over the positions instead of a comparison sort chasing two keys per comparison.
void sortByKey(std::vector<uint32_t> &order, const std::vector<uint64_t> &keys, std::vector<uint32_t> &scratch)
{
    if (order.empty())
        return;
    uint64_t differing = 0;
    const uint64_t first = keys[order.front()];
    for (const uint32_t p : order)
        differing |= keys[p] ^ first;
    scratch.resize(order.size());
    for (int shift = 0; shift < 64; shift += 8) {
        if (((differing >> shift) & 0xFF) == 0)
            continue;
        std::array<size_t, 256> start{};
        for (const uint32_t p : order)
            ++start[(keys[p] >> shift) & 0xFF];
        size_t at = 0;
        for (size_t &s : start)
            at += std::exchange(s, at);
        for (const uint32_t p : order)
            scratch[start[(keys[p] >> shift) & 0xFF]++] = p;
        order.swap(scratch);
    }
}

} // namespace

double InventoryIndex::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

InventoryIndex::Facet &InventoryIndex::facet(const QString &name)
{
    for (Facet &f : m_facets) {
        if (f.name == name)
            return f;
    }
    Q_UNREACHABLE();
}

const InventoryIndex::Facet *InventoryIndex::facetNamed(const QString &name) const
{
    for (const Facet &f : m_facets) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

std::shared_ptr<const InventoryIndex> InventoryIndex::build(const QList<Vehicle> &vehicles, const Catalog &catalog)
{
    VehicleStore store = VehicleStore::from(vehicles);
    store.finish(); // the index keeps its ids
    return build(store, catalog);
}

std::shared_ptr<const InventoryIndex> InventoryIndex::build(const VehicleStore &vehicles, const Catalog &catalog,
                                                            const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(std::memory_order_relaxed); };
    auto index = std::make_shared<InventoryIndex>();
    InventoryIndex &x = *index;
    const qsizetype n = vehicles.size();
    x.m_size = n;

    // Facet values in the catalog's order, so zero counts are reported and lists read naturally.
    QHash<QString, QStringList> values;
    for (const ModelLine &l : catalog.lines)
        values[QStringLiteral("line")] << l.id;
    for (const CarModel &m : catalog.models)
        values[QStringLiteral("model")] << m.id;
    for (const Trim &t : catalog.trims)
        values[QStringLiteral("trim")] << t.id;
    for (const BodyStyle &b : catalog.bodies)
        values[QStringLiteral("body")] << b.id;
    values[QStringLiteral("condition")] = {QStringLiteral("new"), QStringLiteral("cpo"), QStringLiteral("used")};
    values[QStringLiteral("powertrain")] = {QStringLiteral("bev"), QStringLiteral("phev"), QStringLiteral("hybrid"),
                                            QStringLiteral("petrol")};
    for (const CatalogOption &o : catalog.options) {
        if (o.kind == OptionKind::Paint)
            values[QStringLiteral("paint")] << o.id;
        else if (o.kind == OptionKind::Interior)
            values[QStringLiteral("interior")] << o.id;
        else if (o.kind == OptionKind::Equipment || o.kind == OptionKind::Package)
            x.m_equipment << o.id;
    }
    for (const Studio &s : catalog.studios) {
        values[QStringLiteral("location")] << s.id;
        // A dealer without a position has no distance (NaN), never one from 0°N 0°E.
        x.m_locationLat.push_back(s.hasCoordinates ? s.lat : std::nan(""));
        x.m_locationLon.push_back(s.hasCoordinates ? s.lon : std::nan(""));
    }
    values[QStringLiteral("status")] = {QStringLiteral("available"), QStringLiteral("reserved"), QStringLiteral("in-transit")};
    // Makes are the feeds' own, numbered as they come. The brand's own cars, which carry no make,
    // go under the one the brand's aliases give its cars, when they give one.
    const QString brandMake = catalog.aliases.isEmpty() ? QString() : Catalog::foldedName(catalog.aliases.first().make);
    if (!brandMake.isEmpty()) {
        values[QStringLiteral("make")] << brandMake;
        x.m_makeNames.insert(brandMake, catalog.aliases.first().make);
    }

    for (const QString &name : InventoryFilter::facetNames()) {
        Facet f;
        f.name = name;
        f.values = values.value(name);
        for (int i = 0; i < f.values.size(); ++i)
            f.index.insert(f.values.at(i), i);
        f.bitmaps.assign(size_t(f.values.size()), Bitmap(n));
        f.valueOf.assign(size_t(n), 0);
        x.m_facets.push_back(std::move(f));
    }
    for (int i = 0; i < x.m_equipment.size(); ++i)
        x.m_equipmentIndex.insert(x.m_equipment.at(i), i);
    x.m_equipmentBitmaps.assign(size_t(x.m_equipment.size()), Bitmap(n));

    // What each trim brings and each package contains, resolved once rather than per car.
    QHash<QString, QList<int>> trimEquipment;
    for (const Trim &t : catalog.trims) {
        for (const QString &o : t.standard) {
            if (x.m_equipmentIndex.contains(o))
                trimEquipment[t.id] << x.m_equipmentIndex.value(o);
        }
    }
    QHash<QString, QList<int>> optionEquipment;
    for (const CatalogOption &o : catalog.options) {
        if (!x.m_equipmentIndex.contains(o.id))
            continue;
        QList<int> &list = optionEquipment[o.id];
        list << x.m_equipmentIndex.value(o.id);
        for (const QString &c : o.contents) {
            if (x.m_equipmentIndex.contains(c))
                list << x.m_equipmentIndex.value(c);
        }
    }

    x.m_ids = vehicles.ids(); // shared with the store
    x.m_price.resize(size_t(n));
    x.m_currency.resize(size_t(n));
    x.m_year.resize(size_t(n));
    x.m_mileageKm.resize(size_t(n));
    x.m_added.resize(size_t(n));
    Facet *byName[kFacets];
    for (int i = 0; i < kFacets; ++i)
        byName[i] = &x.m_facets[size_t(i)];
    // The facets' places in InventoryFilter::facetNames().
    enum { kLine, kModel, kTrim, kBody, kCondition, kPowertrain, kPaint, kInterior, kLocation, kStatus, kMake };
    static_assert(kLocation == kLocationFacet && kMake == kMakeFacet && kMake + 1 == kFacets);
    const auto valueIn = [&byName](int facet, const QString &value) { return byName[facet]->index.value(value, -1); };

    // The cars are read as the store keeps them, a row of numbers each, never put together as
    // Vehicles. What each number stands for is worked out once, for the few hundred names, the
    // three conditions and statuses and the dealers' name combinations a hundred thousand cars
    // repeat, not once a car. -1: no facet value.
    struct Name {
        bool catalogModel = false;                             ///< as a car's model: one of the catalog's
        int line = -1, model = -1, body = -1, powertrain = -1; ///< as a car's model
        int trim = -1, paint = -1, interior = -1, location = -1;
        QList<int> standard;     ///< as a car's trim: the equipment it brings
        QList<int> equipment;    ///< as one of a car's options: it and what it contains
        qsizetype currency = -1; ///< as a car's currency, into m_currencies once a car priced in it is met
    };
    std::vector<Name> names(size_t(vehicles.nameCount()));
    for (qsizetype w = 0; w < vehicles.nameCount(); ++w) {
        const QString &text = vehicles.nameAt(quint16(w));
        Name &name = names[size_t(w)];
        const CarModel *model = catalog.model(text);
        name.catalogModel = model != nullptr;
        name.line = valueIn(kLine, model ? model->line : QString());
        name.model = valueIn(kModel, text);
        if (model) {
            name.body = valueIn(kBody, model->body);
            name.powertrain = valueIn(kPowertrain, model->powertrain);
        }
        name.trim = valueIn(kTrim, text);
        name.paint = valueIn(kPaint, text);
        name.interior = valueIn(kInterior, text);
        name.location = valueIn(kLocation, text);
        name.standard = trimEquipment.value(text);
        name.equipment = optionEquipment.value(text);
    }
    std::array<int, 256> conditionValue, statusValue; // by the byte a row keeps
    for (int c = 0; c < 256; ++c) {
        conditionValue[size_t(c)] = valueIn(kCondition, Vehicle::conditionName(Vehicle::Condition(c)));
        statusValue[size_t(c)] = valueIn(kStatus, Vehicle::statusName(Vehicle::Status(c)));
    }

    // A dealer's car is found by the names it came with ("volvo xc60 crystal white"). Cars with
    // the same names share them (Row::listing): their words are worked out once, as positions
    // into `listingWords`, whose cars are listed in `postings`.
    QHash<QString, QStringList> listingNameWords;
    QStringList listingWords;
    QHash<QString, int> listingWordIndex;
    std::vector<std::vector<uint32_t>> postings;
    QHash<QString, QString> foldedMakes;
    Facet &makes = *byName[kMake];
    const int brandMakeValue = makes.index.value(brandMake, -1);
    // Makes are numbered in the order their first cars come.
    const auto makeValue = [&](const QString &make) {
        auto it = foldedMakes.constFind(make);
        if (it == foldedMakes.constEnd())
            it = foldedMakes.insert(make, Catalog::foldedName(make));
        if (!it->isEmpty() && !makes.index.contains(*it) && makes.values.size() < kMaxMakes) {
            makes.index.insert(*it, int(makes.values.size()));
            makes.values << *it;
            makes.bitmaps.emplace_back(n);
            x.m_makeNames.insert(*it, make.trimmed());
        }
        return makes.index.value(*it, -1);
    };
    struct Listing {
        bool known = false;             ///< worked out, when its first car was met
        bool own = false;               ///< a dealer's car's own names: it has a make
        int body = -1, powertrain = -1; ///< of a car without a catalog model
        int make = -1;
        std::vector<int> words; ///< into listingWords
    };
    std::vector<Listing> listings(size_t(vehicles.listingCount()));
    const auto listingOf = [&](quint32 number) -> const Listing & {
        Listing &l = listings[number];
        if (l.known)
            return l;
        l.known = true;
        // Make, model, trim, body, powertrain, exterior and interior colour; none for a brand car.
        const QStringList &own = vehicles.listingNames(number);
        l.body = valueIn(kBody, own.value(3));
        l.powertrain = valueIn(kPowertrain, own.value(4));
        l.own = !own.value(0).isEmpty();
        l.make = l.own ? makeValue(own.at(0)) : brandMakeValue;
        if (!l.own)
            return l;
        QStringList found;
        for (const int field : {0, 1, 2, 5, 6}) {
            const QString &name = own.at(field);
            auto known = listingNameWords.constFind(name); // dealers repeat a few hundred names
            if (known == listingNameWords.constEnd())
                known = listingNameWords.insert(name, words(fold(name)));
            found << *known;
        }
        found.removeDuplicates();
        for (const QString &word : std::as_const(found)) {
            auto at = listingWordIndex.constFind(word);
            if (at == listingWordIndex.constEnd()) {
                at = listingWordIndex.insert(word, int(listingWords.size()));
                listingWords << word;
                postings.emplace_back();
            }
            l.words.push_back(*at);
        }
        return l;
    };

    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    for (qsizetype i = 0; i < n; ++i) {
        if (i % 4096 == 0 && stopped())
            return nullptr;
        const VehicleStore::Row &r = vehicles.rowAt(i);
        const Name &model = names[r.model];
        const Listing &listing = listingOf(r.listing);
        const int facetValues[kFacets] = {model.line,
                                          model.model,
                                          names[r.trim].trim,
                                          model.catalogModel ? model.body : listing.body, // a dealer's car: its own
                                          conditionValue[r.condition],
                                          model.catalogModel ? model.powertrain : listing.powertrain,
                                          names[r.paint].paint,
                                          names[r.interior].interior,
                                          names[r.location].location,
                                          statusValue[r.status],
                                          listing.make};
        for (int f = 0; f < kFacets; ++f) {
            const int value = facetValues[f];
            if (value >= 0) {
                byName[f]->bitmaps[size_t(value)].set(i);
                byName[f]->valueOf[size_t(i)] = uint16_t(value);
            }
        }
        for (int e : names[r.trim].standard)
            x.m_equipmentBitmaps[size_t(e)].set(i);
        for (const quint16 option : vehicles.optionList(r.options)) {
            for (int e : names[option].equipment)
                x.m_equipmentBitmaps[size_t(e)].set(i);
        }
        x.m_price[size_t(i)] = r.priceMinor;
        qsizetype &currency = names[r.currency].currency;
        if (currency < 0) {
            // Numbered in the order cars are met; a name the store holds twice is one currency.
            const QString &code = vehicles.nameAt(r.currency);
            currency = x.m_currencies.indexOf(code);
            if (currency < 0) {
                currency = x.m_currencies.size();
                x.m_currencies << code;
            }
        }
        x.m_currency[size_t(i)] = quint8(qMin<qsizetype>(currency, 255));
        x.m_year[size_t(i)] = int16_t(r.year);
        x.m_mileageKm[size_t(i)] = float(Mileage{r.mileage, Mileage::Unit(r.mileageUnit)}.kilometres());
        x.m_added[size_t(i)] = r.added == VehicleStore::kNoDate ? 0 : int(qint64(r.added) - epochDay);
        for (const int word : listing.words)
            postings[size_t(word)].push_back(uint32_t(i));
    }
    x.m_listingWords.reserve(listingWords.size());
    for (qsizetype w = 0; w < listingWords.size(); ++w)
        x.m_listingWords.insert(listingWords.at(w), std::move(postings[size_t(w)]));

    // Sort orders, each ending in the id so equal keys always come out the same way. The ids are
    // sorted once; each order starts from theirs and is sorted by its keys without upsetting it.
    if (stopped())
        return nullptr;
    std::vector<uint32_t> idOrder(static_cast<size_t>(n));
    std::iota(idOrder.begin(), idOrder.end(), 0u);
    TextOrder::sort(idOrder, x.m_ids.rawList()); // over the column's own text, no copy
    std::vector<uint64_t> keys(static_cast<size_t>(n));
    std::vector<uint32_t> scratch;
    const auto sortBy = [&keys, &scratch](std::vector<uint32_t> &order, auto key) {
        for (size_t p = 0; p < keys.size(); ++p)
            keys[p] = key(uint32_t(p));
        sortByKey(order, keys, scratch);
    };
    // By the lesser key first, then by the greater: each sort keeps ties as they were.
    const auto sorted = [&](auto... key) {
        std::vector<uint32_t> order = idOrder;
        (sortBy(order, key), ...);
        return order;
    };
    if (stopped())
        return nullptr;
    // Prices of different currencies are never compared: each currency is a run of its own, the
    // runs in the order of their codes.
    std::vector<int> currencyRank(size_t(x.m_currencies.size()));
    for (qsizetype i = 0; i < x.m_currencies.size(); ++i)
        currencyRank[size_t(i)] = int(std::count_if(x.m_currencies.cbegin(), x.m_currencies.cend(),
                                                    [&](const QString &c) { return c < x.m_currencies.at(i); }));
    const auto currency = [&](uint32_t p) { return uint64_t(currencyRank[x.m_currency[p]]); };
    x.m_byPrice = sorted([&](uint32_t p) { return ascending(x.m_price[p]); }, currency);
    x.m_byPriceDescending = sorted([&](uint32_t p) { return ~ascending(x.m_price[p]); }, currency);
    if (stopped())
        return nullptr;
    x.m_byNewest = sorted([&](uint32_t p) { return descending(x.m_added[p]); },
                          [&](uint32_t p) { return descending(x.m_year[p]); });
    if (stopped())
        return nullptr;
    x.m_byMileage = sorted([&](uint32_t p) { return ascending(x.m_mileageKm[p]); });
    if (stopped())
        return nullptr;
    x.m_byRecent = sorted([&](uint32_t p) { return descending(x.m_added[p]); });
    const Facet &locations = x.facet(QStringLiteral("location"));
    x.m_byLocation.assign(size_t(locations.values.size()), {});
    for (uint32_t p : idOrder)
        x.m_byLocation[locations.valueOf[p]].push_back(p);

    // Names for free text, in every language the catalog has.
    const auto addNames = [&x](int facetIndex, int value, const LocalizedText &name) {
        Named named{facetIndex, value, {}, {}, {}};
        for (const QString &language : LocalizedText::languages()) {
            if (!name.has(language) && language != QLatin1String("en"))
                continue;
            const QString folded = fold(name.text(language));
            named.names.insert(language, name.text(language));
            named.words << words(folded);
            named.joined += folded + QLatin1Char(' ');
        }
        x.m_names.push_back(named);
    };
    const QStringList textFacets{QStringLiteral("line"), QStringLiteral("model"), QStringLiteral("trim"),
                                 QStringLiteral("body"), QStringLiteral("paint"), QStringLiteral("interior")};
    for (int f = 0; f < int(x.m_facets.size()); ++f) {
        const Facet &facet = x.m_facets[size_t(f)];
        if (!textFacets.contains(facet.name))
            continue;
        for (int v = 0; v < facet.values.size(); ++v) {
            const QString &id = facet.values.at(v);
            if (facet.name == QLatin1String("line"))
                addNames(f, v, catalog.line(id)->name);
            else if (facet.name == QLatin1String("model"))
                addNames(f, v, catalog.model(id)->name);
            else if (facet.name == QLatin1String("trim")) {
                // "Aster 5 Plus": the model's name belongs to its trims too.
                LocalizedText name = catalog.trim(id)->name;
                addNames(f, v, name);
            } else if (facet.name == QLatin1String("body"))
                addNames(f, v, catalog.body(id)->name);
            else
                addNames(f, v, catalog.option(id)->name);
        }
    }
    for (int e = 0; e < x.m_equipment.size(); ++e)
        addNames(-1, e, catalog.option(x.m_equipment.at(e))->name);
    return index;
}

QStringList InventoryIndex::suggest(const QString &typed, const QString &language, int max) const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList parts = typed.split(spaces, Qt::SkipEmptyParts);
    if (parts.isEmpty() || typed.back().isSpace() || max <= 0)
        return {};
    // The longest run of last words that starts a name ("fjord bl" → "Fjord Blue"), else the last word.
    QStringList out;
    QSet<QString> seen;
    for (qsizetype k = parts.size(); k >= 1 && out.size() < max; --k) {
        const QString tail = fold(parts.mid(parts.size() - k).join(QLatin1Char(' ')));
        const bool cjk = isCjk(tail);
        if (!cjk && tail.size() < 2)
            continue;
        const QString head = parts.mid(0, parts.size() - k).join(QLatin1Char(' '));
        QStringList languages = LocalizedText::languages();
        languages.removeAll(language);
        languages.prepend(language);
        for (const Named &named : m_names) {
            for (const QString &l : std::as_const(languages)) {
                const QString name = named.names.value(l);
                if (name.isEmpty())
                    continue;
                const QString folded = fold(name);
                const bool match = cjk ? folded.contains(tail)
                                       : folded.startsWith(tail) || folded.contains(QLatin1Char(' ') + tail);
                if (!match || folded == tail)
                    continue;
                const QString completed = head.isEmpty() ? name : head + QLatin1Char(' ') + name;
                if (!seen.contains(fold(completed))) {
                    seen.insert(fold(completed));
                    out << completed;
                }
                break; // one language per name
            }
            if (out.size() >= max)
                break;
        }
        if (!out.isEmpty())
            break; // the longest run that means something wins
    }
    return out;
}

Bitmap InventoryIndex::textMask(const QString &text) const
{
    Bitmap mask(m_size, true);
    const QStringList tokens = words(fold(text));
    // The word still being typed (the last, no space after it) matches as a beginning at any
    // length, so the cars narrow letter by letter; finished words of one or two letters match whole.
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QString &token = tokens.at(t);
        const qsizetype minPrefix = typing && t == tokens.size() - 1 ? 1 : 3;
        Bitmap any(m_size);
        const bool cjk = isCjk(token);
        // Chinese names run words together: match inside them; a trailing 色 ("colour") is
        // what visitors type after a colour name and is not part of it.
        QString cjkToken = token;
        if (cjk && cjkToken.size() > 1 && cjkToken.endsWith(QChar(0x8272)))
            cjkToken.chop(1);
        for (const Named &named : m_names) {
            bool match = false;
            if (cjk)
                match = named.joined.contains(cjkToken);
            else {
                for (const QString &word : named.words) {
                    if (word == token || (token.size() >= minPrefix && word.startsWith(token))) {
                        match = true;
                        break;
                    }
                }
            }
            if (!match)
                continue;
            any |= named.facet < 0 ? m_equipmentBitmaps[size_t(named.value)]
                                   : m_facets[size_t(named.facet)].bitmaps[size_t(named.value)];
        }
        for (auto it = m_listingWords.cbegin(); it != m_listingWords.cend(); ++it) {
            const bool match = cjk ? it.key().contains(cjkToken)
                                   : it.key() == token || (token.size() >= minPrefix && it.key().startsWith(token));
            if (!match)
                continue;
            for (const uint32_t p : *it)
                any.set(p);
        }
        mask &= any;
    }
    return mask;
}

std::vector<double> InventoryIndex::locationDistances(const InventoryFilter &filter) const
{
    std::vector<double> out(m_locationLat.size(), 0.0);
    if (!filter.hasOrigin())
        return out;
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = std::isnan(m_locationLat[i])
            ? m_locationLat[i] // unknown, and stays so
            : distanceKm(*filter.originLat, *filter.originLon, m_locationLat[i], m_locationLon[i]);
    return out;
}

int InventoryIndex::currencyOf(const InventoryFilter &filter) const
{
    if (filter.priceCurrency.isEmpty())
        return -1;
    const qsizetype i = m_currencies.indexOf(filter.priceCurrency);
    return i < 0 ? 256 : int(i); // 256: no car is priced in it
}

std::optional<Bitmap> InventoryIndex::rangeMask(const InventoryFilter &filter, int which) const
{
    if (which == 0) {
        if (!filter.priceMinMinor && !filter.priceMaxMinor)
            return std::nullopt;
        const qint64 lo = filter.priceMinMinor.value_or(std::numeric_limits<qint64>::min());
        const qint64 hi = filter.priceMaxMinor.value_or(std::numeric_limits<qint64>::max());
        const int currency = currencyOf(filter);
        const qint64 *price = m_price.data();
        const quint8 *currencies = m_currency.data();
        if (currency < 0)
            return bitsWhere(m_size, [&](qsizetype i) { return price[i] >= lo && price[i] <= hi; });
        return bitsWhere(m_size, [&](qsizetype i) { return (price[i] >= lo) & (price[i] <= hi) & (currencies[i] == currency); });
    } else if (which == 1) {
        if (!filter.yearMin && !filter.yearMax)
            return std::nullopt;
        const int lo = filter.yearMin.value_or(0);
        const int hi = filter.yearMax.value_or(9999);
        const int16_t *year = m_year.data();
        return bitsWhere(m_size, [&](qsizetype i) { return (year[i] >= lo) & (year[i] <= hi); });
    } else {
        if (!filter.mileageMin && !filter.mileageMax)
            return std::nullopt;
        const double factor = filter.mileageUnit == Mileage::Unit::Mi ? Mileage::kKmPerMile : 1.0;
        // A small tolerance so a car at exactly the limit in the other unit is not lost to rounding.
        const double lo = filter.mileageMin ? *filter.mileageMin * factor - 0.01 : -1;
        const double hi = filter.mileageMax ? *filter.mileageMax * factor + 0.01 : 1e12;
        const float *km = m_mileageKm.data();
        return bitsWhere(m_size, [&](qsizetype i) { return (km[i] >= lo) & (km[i] <= hi); });
    }
}

QList<InventoryIndex::Hit> InventoryIndex::page(const InventoryFilter &filter, const Bitmap &matching) const
{
    QList<Hit> hits;
    if (filter.limit <= 0)
        return hits;
    const qsizetype total = countBits(matching);
    if (filter.offset >= total)
        return hits;
    const std::vector<double> distances = locationDistances(filter);
    const Facet &locations = m_facets[kLocationFacet];
    const auto hitAt = [&](uint32_t p) {
        Hit hit{p, m_ids.at(p), std::nullopt};
        if (filter.hasOrigin() && !std::isnan(distances[locations.valueOf[p]]))
            hit.distanceKm = distances[locations.valueOf[p]];
        return hit;
    };
    // Places by distance; those without a known distance come last, in a fixed order.
    std::vector<size_t> places;
    std::vector<size_t> placeRank;
    if (filter.sort == InventoryFilter::Sort::Distance) {
        places.resize(distances.size());
        std::iota(places.begin(), places.end(), size_t(0));
        const auto key = [&](size_t l) { return std::isnan(distances[l]) ? HUGE_VAL : distances[l]; };
        std::stable_sort(places.begin(), places.end(), [&](size_t a, size_t b) {
            return key(a) != key(b) ? key(a) < key(b) : locations.values.at(int(a)) < locations.values.at(int(b));
        });
        placeRank.resize(places.size());
        for (size_t k = 0; k < places.size(); ++k)
            placeRank[places[k]] = k;
    }
    const bool price = filter.sort == InventoryFilter::Sort::PriceAscending
        || filter.sort == InventoryFilter::Sort::PriceDescending;
    // The filter's currency (the studio's) first, then each other currency in a run of its own.
    const int home = price ? currencyOf(filter) : -1;

    const qsizetype wanted = qsizetype(filter.offset) + filter.limit;
    if (double(total) * double(total) < 4.0 * double(wanted) * double(m_size)) {
        // Few cars: walking a sort order to find them would pass most of it (all of it when fewer
        // than a page match). They are put in the same order directly instead: the keys each order
        // was sorted by, then the id.
        std::vector<uint32_t> cars;
        cars.reserve(size_t(total));
        matching.forEach([&](qsizetype p) {
            cars.push_back(uint32_t(p));
            return true;
        });
        std::vector<int> rank(size_t(m_currencies.size()));
        for (qsizetype i = 0; i < m_currencies.size(); ++i)
            rank[size_t(i)] = int(std::count_if(m_currencies.cbegin(), m_currencies.cend(),
                                                [&](const QString &c) { return c < m_currencies.at(i); }));
        const auto cmp = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
        const auto order = [&](uint32_t a, uint32_t b) {
            switch (filter.sort) {
            case InventoryFilter::Sort::Distance:
                return cmp(placeRank[locations.valueOf[a]], placeRank[locations.valueOf[b]]);
            case InventoryFilter::Sort::PriceAscending:
            case InventoryFilter::Sort::PriceDescending: {
                int c = home >= 0 ? cmp(m_currency[a] != home, m_currency[b] != home) : 0;
                if (c == 0)
                    c = cmp(rank[m_currency[a]], rank[m_currency[b]]);
                if (c == 0)
                    c = filter.sort == InventoryFilter::Sort::PriceAscending ? cmp(m_price[a], m_price[b])
                                                                             : cmp(m_price[b], m_price[a]);
                return c;
            }
            case InventoryFilter::Sort::Newest: {
                const int c = cmp(m_year[b], m_year[a]);
                return c != 0 ? c : cmp(m_added[b], m_added[a]);
            }
            case InventoryFilter::Sort::Mileage:
                return cmp(m_mileageKm[a], m_mileageKm[b]);
            default:
                return cmp(m_added[b], m_added[a]);
            }
        };
        const size_t n = size_t(std::min<qsizetype>(wanted, total));
        std::partial_sort(cars.begin(), cars.begin() + qsizetype(n), cars.end(), [&](uint32_t a, uint32_t b) {
            const int c = order(a, b);
            return c != 0 ? c < 0 : m_ids.view(a) < m_ids.view(b);
        });
        for (size_t i = size_t(filter.offset); i < n; ++i)
            hits << hitAt(cars[i]);
        return hits;
    }

    qsizetype seen = 0; // matching cars met so far: the walk ends at the last of them
    const auto take = [&](uint32_t p) {
        if (!matching.test(p))
            return true;
        if (++seen > filter.offset)
            hits << hitAt(p);
        return hits.size() < filter.limit && seen < total;
    };
    if (filter.sort == InventoryFilter::Sort::Distance) {
        for (size_t l : places) {
            for (uint32_t p : m_byLocation[l]) {
                if (!take(p))
                    return hits;
            }
        }
        return hits;
    }
    if (price) {
        const Column<uint32_t> &order = filter.sort == InventoryFilter::Sort::PriceAscending ? m_byPrice : m_byPriceDescending;
        if (home < 0) {
            for (uint32_t p : order) {
                if (!take(p))
                    break;
            }
            return hits;
        }
        // Two walks: the home currency's cars, then the others'; each ends once its cars are met.
        const qsizetype all = total;
        const std::vector<std::pair<size_t, size_t>> homeRun = currencyRuns(home);
        for (const bool first : {true, false}) {
            for (const auto &[begin, end] : first ? homeRun : std::vector<std::pair<size_t, size_t>>{{0, order.size()}}) {
                for (size_t k = begin; k < end; ++k) {
                    const uint32_t p = order[k];
                    if ((m_currency[p] == home) != first)
                        continue;
                    if (!matching.test(p))
                        continue;
                    if (++seen > filter.offset)
                        hits << hitAt(p);
                    if (hits.size() >= filter.limit || seen >= all)
                        return hits;
                }
            }
        }
        return hits;
    }
    const Column<uint32_t> *order = &m_byRecent;
    switch (filter.sort) {
    case InventoryFilter::Sort::Newest:
        order = &m_byNewest;
        break;
    case InventoryFilter::Sort::Mileage:
        order = &m_byMileage;
        break;
    default:
        break;
    }
    for (uint32_t p : *order) {
        if (!take(p))
            break;
    }
    return hits;
}

qsizetype InventoryIndex::count(const InventoryFilter &filter) const
{
    static_assert(kPrice == kFacets, "the range masks follow the categorical facets");
    const std::vector<std::optional<Bitmap>> masks = masksOf(filter);
    const Bitmap *first = nullptr;
    std::optional<Bitmap> matching;
    for (const std::optional<Bitmap> &mask : masks) {
        if (!mask)
            continue;
        if (!first)
            first = &*mask;
        else if (!matching)
            matching.emplace().assignAnd(*first, *mask);
        else
            *matching &= *mask;
    }
    return matching ? countBits(*matching) : first ? countBits(*first) : m_size;
}

std::vector<std::optional<Bitmap>> InventoryIndex::masksOf(const InventoryFilter &filter) const
{
    std::vector<std::optional<Bitmap>> masks(kMasks);
    for (int f = 0; f < kFacets; ++f) {
        const auto it = filter.selected.constFind(m_facets[size_t(f)].name);
        if (it == filter.selected.constEnd() || it->isEmpty())
            continue;
        Bitmap mask(m_size);
        for (const QString &value : *it) {
            const int v = m_facets[size_t(f)].index.value(value, -1);
            if (v >= 0)
                mask |= m_facets[size_t(f)].bitmaps[size_t(v)];
        }
        masks[size_t(f)] = std::move(mask);
    }
    masks[kPrice] = rangeMask(filter, 0);
    masks[kYear] = rangeMask(filter, 1);
    masks[kMileage] = rangeMask(filter, 2);
    if (!filter.equipment.isEmpty()) {
        Bitmap mask(m_size, true);
        for (const QString &option : filter.equipment) {
            const int e = m_equipmentIndex.value(option, -1);
            if (e < 0) {
                mask = Bitmap(m_size);
                break;
            }
            mask &= m_equipmentBitmaps[size_t(e)];
        }
        masks[kEquipment] = std::move(mask);
    }
    if (!filter.text.trimmed().isEmpty())
        masks[kText] = textMask(filter.text);
    if (filter.radiusKm && filter.hasOrigin()) {
        const std::vector<double> distances = locationDistances(filter);
        Bitmap mask(m_size);
        for (size_t l = 0; l < distances.size(); ++l) {
            if (distances[l] <= *filter.radiusKm)
                mask |= m_facets[kLocationFacet].bitmaps[l];
        }
        masks[kRadius] = std::move(mask);
    }
    return masks;
}

InventoryIndex::Result InventoryIndex::query(const InventoryFilter &filter) const
{
    // One mask per constraint; a facet's counts use every mask but its own.
    const std::vector<std::optional<Bitmap>> masks = masksOf(filter);

    // Prefix and suffix intersections over the masks in use give "all but one" for each of
    // them in 2k passes; the masks not in use cost nothing.
    std::vector<int> used;
    std::vector<int> slot(size_t(kMasks), -1);
    for (int i = 0; i < kMasks; ++i) {
        if (masks[size_t(i)]) {
            slot[size_t(i)] = int(used.size());
            used.push_back(i);
        }
    }
    const size_t k = used.size();
    const Bitmap all(m_size, true);
    std::vector<Bitmap> prefix, suffix;
    prefix.reserve(k + 1);
    suffix.resize(k + 1);
    prefix.push_back(all);
    for (size_t j = 0; j < k; ++j) {
        prefix.push_back(prefix.back());
        prefix.back() &= *masks[size_t(used[j])];
    }
    suffix[k] = all;
    for (size_t j = k; j-- > 0;) {
        suffix[j] = suffix[j + 1];
        suffix[j] &= *masks[size_t(used[j])];
    }
    const Bitmap &matching = prefix[k];
    // The cars every filter but mask `i` keeps: `matching` itself when `i` is not in use,
    // otherwise computed into `scratch`.
    Bitmap scratch;
    const auto allBut = [&](int i) -> const Bitmap & {
        const int j = slot[size_t(i)];
        if (j < 0)
            return matching;
        scratch = prefix[size_t(j)];
        scratch &= suffix[size_t(j + 1)];
        return scratch;
    };

    Result r;
    r.total = countBits(matching);
    r.page = page(filter, matching);
    std::vector<qsizetype> tally;
    for (int f = 0; f < kFacets; ++f) {
        const Facet &facet = m_facets[size_t(f)];
        const Bitmap &others = allBut(f);
        QList<FacetValue> &counts = r.facets[facet.name];
        counts.reserve(facet.values.size());
        // Few cars left by the other filters: count them one by one through their value, which
        // reads far less memory than intersecting every value's bitmap with them.
        const qsizetype left = countBits(others);
        if (left * 16 < m_size) {
            tally.assign(size_t(facet.values.size()), 0);
            others.forEach([&](qsizetype p) {
                const uint16_t v = facet.valueOf[size_t(p)];
                if (v < tally.size() && facet.bitmaps[v].test(p)) // a car with no value here has none set
                    ++tally[v];
                return true;
            });
            for (int v = 0; v < facet.values.size(); ++v)
                counts << FacetValue{facet.values.at(v), tally[size_t(v)]};
            continue;
        }
        for (int v = 0; v < facet.values.size(); ++v)
            counts << FacetValue{facet.values.at(v), countBits(others, &facet.bitmaps[size_t(v)])};
    }
    {
        const Bitmap &others = allBut(kEquipment);
        r.equipment.reserve(m_equipment.size());
        for (int e = 0; e < m_equipment.size(); ++e)
            r.equipment << FacetValue{m_equipment.at(e), countBits(others, &m_equipmentBitmaps[size_t(e)])};
    }
    const int priceCurrency = currencyOf(filter);
    const auto price = [this](uint32_t p) { return double(m_price[p]); };
    const auto year = [this](uint32_t p) { return double(m_year[p]); };
    const auto mileage = [this](uint32_t p) { return double(m_mileageKm[p]); };
    const auto range = [&](int which, auto value) {
        Range out;
        allBut(which).forEach([&](qsizetype p) {
            if (which == kPrice && priceCurrency >= 0 && m_currency[size_t(p)] != priceCurrency)
                return true;
            const double x = value(uint32_t(p));
            if (!out.any) {
                out = {true, x, x};
            } else {
                out.min = std::min(out.min, x);
                out.max = std::max(out.max, x);
            }
            return true;
        });
        return out;
    };
    // Many cars left: the ends of the sort order by that value find the range in a few steps,
    // rather than a visit to every car. Few left: a visit to each is quicker.
    const auto manyLeft = [&](int which) { return countBits(allBut(which)) * 32 >= m_size; };
    if (!manyLeft(kPrice))
        r.price = range(kPrice, price);
    else if (priceCurrency != 256) {
        // Each currency is a run of its own in the price order; only the filter's counts when it has one.
        for (const auto &[begin, end] : currencyRuns(priceCurrency)) {
            const Range run = ends(allBut(kPrice), m_byPrice.data() + begin, m_byPrice.data() + end, price);
            if (run.any)
                r.price = r.price.any ? Range{true, std::min(r.price.min, run.min), std::max(r.price.max, run.max)} : run;
        }
    }
    r.year = manyLeft(kYear) ? ends(allBut(kYear), m_byNewest.cbegin(), m_byNewest.cend(), year) : range(kYear, year);
    r.mileageKm = manyLeft(kMileage) ? ends(allBut(kMileage), m_byMileage.cbegin(), m_byMileage.cend(), mileage)
                                     : range(kMileage, mileage);
    return r;
}

qsizetype InventoryIndex::readBitmapsOnce(qsizetype *bytes) const
{
    qsizetype bits = 0, read = 0;
    const auto add = [&](const Bitmap &b) {
        bits += countBits(b);
        read += qsizetype(b.wordCount() * sizeof(uint64_t));
    };
    for (const Facet &f : m_facets) {
        for (const Bitmap &b : f.bitmaps)
            add(b);
    }
    for (const Bitmap &b : m_equipmentBitmaps)
        add(b);
    if (bytes)
        *bytes = read;
    return bits;
}

template<typename Value>
InventoryIndex::Range InventoryIndex::ends(const Bitmap &set, const uint32_t *begin, const uint32_t *end, Value value)
{
    const uint32_t *first = begin;
    while (first != end && !set.test(*first))
        ++first;
    if (first == end)
        return {};
    const uint32_t *last = end - 1;
    while (!set.test(*last))
        --last;
    const double a = value(*first), b = value(*last);
    return {true, std::min(a, b), std::max(a, b)};
}

std::vector<std::pair<size_t, size_t>> InventoryIndex::currencyRuns(int currency) const
{
    // The price order runs through the currencies in the order of their codes (see build()).
    std::vector<int> rank(size_t(m_currencies.size()));
    for (qsizetype i = 0; i < m_currencies.size(); ++i)
        rank[size_t(i)] = int(
            std::count_if(m_currencies.cbegin(), m_currencies.cend(), [&](const QString &c) { return c < m_currencies.at(i); }));
    std::vector<std::pair<size_t, size_t>> runs;
    for (qsizetype c = 0; c < m_currencies.size(); ++c) {
        if (currency >= 0 && c != currency)
            continue;
        const int r = rank[size_t(c)];
        const auto rankOf = [&](uint32_t p) { return m_currency[p] < rank.size() ? rank[m_currency[p]] : INT_MAX; };
        const uint32_t *from = std::partition_point(m_byPrice.cbegin(), m_byPrice.cend(),
                                                    [&](uint32_t p) { return rankOf(p) < r; });
        const uint32_t *to = std::partition_point(from, m_byPrice.cend(), [&](uint32_t p) { return rankOf(p) <= r; });
        if (from != to)
            runs.emplace_back(size_t(from - m_byPrice.cbegin()), size_t(to - m_byPrice.cbegin()));
    }
    return runs;
}
