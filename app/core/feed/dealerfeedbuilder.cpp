// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealerfeedbuilder.h"

#include "catalog/catalogrecords.h"
#include "common/hugepages.h"
#include "common/recordreader.h"
#include "feed/stockcheck.h"
#include "inventory/vehiclerecord.h"
#include "inventory/vehiclerows.h"
#include "inventory/vin.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

namespace {

const QString kVehicles = QStringLiteral("vehicles");

QString bodyId(const QString &style)
{
    static const QHash<QString, QString> bodies{{QStringLiteral("suv"), QStringLiteral("suv")},
                                                {QStringLiteral("sedan"), QStringLiteral("saloon")},
                                                {QStringLiteral("saloon"), QStringLiteral("saloon")},
                                                {QStringLiteral("wagon"), QStringLiteral("estate")},
                                                {QStringLiteral("estate"), QStringLiteral("estate")},
                                                {QStringLiteral("coupe"), QStringLiteral("coupe")},
                                                {QStringLiteral("crossover"), QStringLiteral("crossover")},
                                                {QStringLiteral("convertible"), QStringLiteral("convertible")},
                                                {QStringLiteral("cabriolet"), QStringLiteral("convertible")},
                                                {QStringLiteral("roadster"), QStringLiteral("convertible")}};
    return bodies.value(style.toLower()); // a hatchback, a van or a truck is drawn by none of ours
}

QString powertrainId(const QString &fuel)
{
    static const QHash<QString, QString> powertrains{
        {QStringLiteral("electric"), QStringLiteral("bev")},        {QStringLiteral("plugin_hybrid"), QStringLiteral("phev")},
        {QStringLiteral("plug_in_hybrid"), QStringLiteral("phev")}, {QStringLiteral("plug-in hybrid"), QStringLiteral("phev")},
        {QStringLiteral("hybrid"), QStringLiteral("hybrid")},       {QStringLiteral("gasoline"), QStringLiteral("petrol")},
        {QStringLiteral("petrol"), QStringLiteral("petrol")},       {QStringLiteral("gas"), QStringLiteral("petrol")}};
    return powertrains.value(fuel.toLower()); // diesel, flex and others have no powertrain of ours
}

/// A latitude or longitude as feeds write it ("52.35"), within ±`limit`.
std::optional<double> coordinate(const QString &text, double limit)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::fabs(value) > limit)
        return std::nullopt;
    return value;
}

QString joinedLines(const QList<int> &lines)
{
    QStringList out;
    for (int line : lines)
        out << QString::number(line);
    return out.size() > 1 ? out.mid(0, out.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + out.last()
                          : out.join(QString());
}

} // namespace

/// The problems of one row, each stored with the car's id and the row's line.
class DealerFeedBuilder::Row
{
public:
    Row(Feed &feed, QString id, int line)
        : m_feed(feed)
        , m_id(std::move(id))
        , m_line(line)
    {
    }
    void fail(const QString &field, const QString &problem) { note(RecordIssue::Severity::Error, field, problem); }
    void warn(const QString &field, const QString &problem) { note(RecordIssue::Severity::Warning, field, problem); }
    bool failed() const { return m_failed; }
    /// `text` when it is at most `limit` characters; otherwise the row fails.
    QString limited(const QString &field, const QString &text, int limit)
    {
        if (text.size() <= limit)
            return text;
        fail(field, QStringLiteral("is %1 characters long; at most %2").arg(text.size()).arg(limit));
        return {};
    }

private:
    void note(RecordIssue::Severity severity, const QString &field, const QString &problem)
    {
        m_failed = m_failed || severity == RecordIssue::Severity::Error;
        RecordIssue issue{severity, kVehicles, m_id, field, problem};
        issue.line = m_line;
        m_feed.issues.append(issue);
    }
    Feed &m_feed;
    QString m_id;
    int m_line;
    bool m_failed = false;
};

DealerFeedBuilder::DealerFeedBuilder(const FeedContext &stored, Options options)
    : m_stored(stored)
    , m_options(std::move(options))
{
    m_prefix = m_options.source + QLatin1Char('-');
    m_feed.source = m_options.source;
    m_feed.generated = m_options.now;
    m_feed.full = true;
    m_feed.stockOnly = true;
}

QString DealerFeedBuilder::stableId(const QString &prefix, const QString &key)
{
    // Written into one buffer, after the prefix: every row of a feed passes here for its id.
    const qsizetype start = prefix.size();
    QString id(start + key.size() + 9, Qt::Uninitialized);
    char16_t *const buffer = reinterpret_cast<char16_t *>(id.data());
    std::copy(prefix.utf16(), prefix.utf16() + start, buffer);
    char16_t *const out = buffer + start; // the slug
    qsizetype n = 0;
    bool ascii = true;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        ascii = ascii && u < 0x80;
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out[n++] = u;
        else if (u >= 'A' && u <= 'Z')
            out[n++] = char16_t(u + ('a' - 'A'));
        else if (n > 0 && out[n - 1] != u'-')
            out[n++] = u'-';
    }
    while (n > 0 && out[n - 1] == u'-')
        --n;
    const qsizetype room = 64 - start;
    if (n > 0 && n <= room && QStringView(out, n) == key) {
        id.truncate(start + n);
        return id;
    }
    // FNV-1a of the key as written (its UTF-8): stable across runs and builds, unlike qHash.
    quint64 hash = 14695981039346656037ull;
    const auto mix = [&hash](quint8 byte) {
        hash ^= byte;
        hash *= 1099511628211ull;
    };
    if (ascii) {
        for (const QChar c : key)
            mix(quint8(c.unicode()));
    } else {
        for (const char byte : key.toUtf8())
            mix(quint8(byte));
    }
    n = std::min(n, std::max<qsizetype>(0, room - 9));
    while (n > 0 && out[n - 1] == u'-')
        --n;
    // "<prefix><slug>-<hash>", or "<prefix><hash>" when nothing of the key is left.
    char16_t *hex = out + n;
    if (n > 0)
        *hex++ = u'-';
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i)
        hex[i] = char16_t(kDigits[(hash >> (28 - 4 * i)) & 0xF]);
    id.truncate(hex + 8 - buffer);
    return id;
}

const QString &DealerFeedBuilder::interned(const QString &text)
{
    // A hundred thousand cars repeat a few hundred names: each keeps one shared copy, the pool's
    // own (not the catalog's, which a builder on another thread may be counting too).
    static const QString null;
    if (text.isNull())
        return null; // as given: a null text is not pooled beside an empty one, which it equals
    const auto known = m_pool.constFind(text);
    if (known != m_pool.cend())
        return *known;
    return *m_pool.insert(QString(text.constData(), text.size()));
}

QString DealerFeedBuilder::marketOfCountry(const QString &country) const
{
    QSet<QString> markets;
    for (const Studio &s : m_stored.catalog.studios) {
        if (!country.isEmpty() && s.address.country.compare(country, Qt::CaseInsensitive) == 0)
            markets.insert(s.market);
    }
    return markets.size() == 1 ? *markets.cbegin() : QString();
}

const DealerFeedBuilder::Place &DealerFeedBuilder::placeFor(const DealerListing &l)
{
    // A dealer is known by its code; without one, the import's own dealer takes the row, and
    // failing that its name or address stands for it.
    QString key = l.dealer.code;
    QString id;
    if (!key.isEmpty()) {
        // A feed names a few dealers on thousands of rows: each code's id is worked out once.
        auto known = m_dealerIds.constFind(key);
        if (known == m_dealerIds.cend())
            known = m_dealerIds.insert(key, stableId(m_prefix, key));
        id = *known;
    } else if (!m_options.dealer.isEmpty()) {
        id = m_options.dealer;
    } else {
        key = !l.dealer.name.isEmpty() ? l.dealer.name
                                       : (l.dealer.address.street + QLatin1Char(' ') + l.dealer.address.city).trimmed();
        id = key.isEmpty() ? QString() : stableId(m_prefix, key);
    }
    const auto it = m_places.constFind(id);
    if (it != m_places.constEnd())
        return *it;
    const qsizetype issuesBefore = m_feed.issues.size();
    Place place = makePlace(id, key, l);
    place.issuesFrom = issuesBefore;
    place.issuesTo = m_feed.issues.size();
    return *m_places.insert(id, std::move(place));
}

DealerFeedBuilder::Place DealerFeedBuilder::makePlace(const QString &id, const QString &key, const DealerListing &l)
{
    Place p{id, {}, {}, {}};
    if (id.isEmpty()) {
        p.problem = QStringLiteral("names no dealer (no dealer id, name or address), and the import names none "
                                   "for this source");
        return p;
    }
    const Studio *stored = m_stored.catalog.studio(id);
    QJsonObject doc = m_stored.placeDocuments.value(id);
    const QJsonObject before = doc;
    // A brand studio is the brand's to describe: a dealer feed only puts cars there.
    if (!stored || stored->kind == Studio::Kind::Dealer) {
        if (doc.isEmpty())
            doc = {{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("dealer")}};
        const auto set = [&doc](const char *key, const QString &value) {
            if (!value.isEmpty())
                doc.insert(QLatin1String(key), value);
        };
        set("name", l.dealer.name);
        if (!doc.contains(QStringLiteral("name")))
            set("name", key.left(RecordReader::kMaxName));
        set("phone", l.dealer.phone);
        const PostalAddress &a = l.dealer.address;
        if (!(a.street + a.postcode + a.city + a.region + a.country).isEmpty()) {
            QJsonObject address;
            for (const auto &[name, value] :
                 {std::pair("street", a.street), std::pair("postcode", a.postcode), std::pair("city", a.city),
                  std::pair("region", a.region), std::pair("country", a.country.toUpper())}) {
                if (!value.isEmpty())
                    address.insert(QLatin1String(name), value);
            }
            doc.insert(QStringLiteral("address"), address);
        }
        const auto lat = coordinate(l.dealer.latitude, 90), lon = coordinate(l.dealer.longitude, 180);
        if (lat && lon) {
            doc.insert(QStringLiteral("lat"), *lat);
            doc.insert(QStringLiteral("lon"), *lon);
        } else if (!(l.dealer.latitude + l.dealer.longitude).isEmpty()) {
            RecordIssue issue{RecordIssue::Severity::Warning, QStringLiteral("studios"), id, QStringLiteral("latitude"),
                              QStringLiteral("\"%1, %2\" is not a position; the dealer is shown without a distance")
                                  .arg(l.dealer.latitude, l.dealer.longitude)};
            issue.line = l.line;
            m_feed.issues.append(issue);
        }
        if (!doc.contains(QStringLiteral("market"))) {
            const QString market = !m_options.market.isEmpty() ? m_options.market : marketOfCountry(a.country);
            if (market.isEmpty()) {
                p.problem = QStringLiteral("the market of dealer \"%1\" cannot be told from its country (\"%2\"); name "
                                           "the market of this source")
                                .arg(doc.value(QStringLiteral("name")).toString(), a.country);
                return p;
            }
            doc.insert(QStringLiteral("market"), market);
        }
    }
    QList<RecordIssue> issues;
    const std::optional<Studio> studio = CatalogRecords::readStudio(doc, &issues);
    if (!studio) {
        for (RecordIssue &issue : issues) {
            issue.line = l.line;
            m_feed.issues.append(issue);
        }
        p.problem = QStringLiteral("its dealer \"%1\" cannot be stored (%2)").arg(id, issues.value(0).toString());
        return p;
    }
    p.market = studio->market;
    p.currency = m_stored.currencyOf(p.market);
    if (p.currency.isEmpty()) {
        p.problem = QStringLiteral("its dealer's market \"%1\" is not in the brand's feed").arg(p.market);
        return p;
    }
    if (doc != before) {
        m_feed.studios.append(*studio);
        m_feed.documents.insert(QStringLiteral("studios/") + id, doc);
        m_feed.documentOrder.append(QStringLiteral("studios/") + id);
    }
    return p;
}

void DealerFeedBuilder::takeNames(Row &row, const DealerListing &l, Vehicle &v)
{
    v.make = interned(row.limited(QStringLiteral("make"), l.make, RecordReader::kMaxName));
    v.modelName = interned(row.limited(QStringLiteral("model"), l.model, RecordReader::kMaxName));
    v.trimName = interned(row.limited(QStringLiteral("trim"), l.trim, RecordReader::kMaxName));
    v.exteriorColor = interned(row.limited(QStringLiteral("exterior_color"), l.exteriorColor, RecordReader::kMaxName));
    v.interiorColor = interned(row.limited(QStringLiteral("interior_color"), l.interiorColor, RecordReader::kMaxName));
    if (l.make.isEmpty())
        row.fail(QStringLiteral("make"), QStringLiteral("is missing"));
    if (l.model.isEmpty())
        row.fail(QStringLiteral("model"), QStringLiteral("is missing"));
    // The brand's aliases map a dealer's names onto the catalog; anything else keeps its own.
    // Worked out once for each make, model and trim a feed names, not once a car.
    const CatalogNames key{l.make, l.model, l.trim};
    auto known = m_catalogNames.constFind(key);
    if (known == m_catalogNames.cend()) {
        CatalogNames mapped;
        if (const ModelAlias *alias = m_stored.catalog.alias(l.make, l.model, l.trim)) {
            if (m_stored.catalog.model(alias->catalogModel)) {
                mapped.model = interned(alias->catalogModel);
                const Trim *trim = m_stored.catalog.trim(alias->catalogTrim);
                if (trim && trim->model == alias->catalogModel)
                    mapped.trim = interned(alias->catalogTrim);
            }
        }
        known = m_catalogNames.insert(key, mapped);
    }
    v.model = known->model;
    v.trim = known->trim;
    if (v.model.isEmpty()) {
        const auto mapped = [this](QHash<QString, QString> &ids, const QString &word, QString (*idOf)(const QString &)) {
            auto it = ids.constFind(word);
            if (it == ids.cend())
                it = ids.insert(word, interned(idOf(word)));
            return *it;
        };
        v.body = mapped(m_bodies, l.body, bodyId);
        v.powertrain = mapped(m_powertrains, l.fuel, powertrainId);
    }
}

void DealerFeedBuilder::takeMileage(Row &row, const DealerListing &l, Vehicle &v)
{
    const bool used = v.condition != Vehicle::Condition::New;
    if (l.mileage.isEmpty()) {
        if (used)
            row.fail(QStringLiteral("mileage"), QStringLiteral("is missing; a used car needs its mileage with its unit"));
        return; // a new car without a mileage has none: 0 km
    }
    const Mileage::Reading reading = Mileage::read(l.mileage);
    if (!reading.ok) {
        row.fail(QStringLiteral("mileage"), reading.problem);
        return;
    }
    v.mileage = reading.mileage;
    bool unitGiven = reading.unitGiven;
    if (!l.mileageUnit.isEmpty()) {
        const auto unit = Mileage::unitNamed(l.mileageUnit);
        if (!unit) {
            row.fail(QStringLiteral("mileage.unit"),
                     QStringLiteral("is \"%1\"; expected KM or MI").arg(l.mileageUnit.left(RecordReader::kMaxName)));
            return;
        }
        if (reading.unitGiven && *unit != reading.mileage.unit) {
            row.fail(QStringLiteral("mileage.unit"),
                     QStringLiteral("is %1 but the mileage says %2").arg(l.mileageUnit, reading.mileage.unitName()));
            return;
        }
        v.mileage.unit = *unit;
        unitGiven = true;
    }
    // Zero is zero in any unit; any other number without one could be read wrong by a factor of
    // 1.6, so the car is left out rather than guessed.
    if (!unitGiven && v.mileage.value != 0)
        row.fail(QStringLiteral("mileage.unit"),
                 QStringLiteral("is missing: \"%1\" could be km or miles, and Vitrine "
                                "never guesses the unit")
                     .arg(l.mileage));
}

void DealerFeedBuilder::takePrice(Row &row, const DealerListing &l, Vehicle &v)
{
    const auto read = [&l](const QString &text, Money *out, QString *problem) {
        // A bare amount takes the currency the feed gives apart from it.
        const bool bare = !text.isEmpty() && !l.currency.isEmpty() && !text.back().isLetter();
        return Money::parse(bare ? text + QLatin1Char(' ') + l.currency : text, out, problem);
    };
    QString problem;
    if (l.price.isEmpty()) {
        row.fail(QStringLiteral("price"), QStringLiteral("is missing"));
        return;
    }
    if (!read(l.price, &v.price, &problem)) {
        row.fail(QStringLiteral("price"), problem);
        return;
    }
    v.price.currency = interned(v.price.currency);
    if (v.price.minor <= 0) {
        row.fail(QStringLiteral("price"), QStringLiteral("must be more than zero"));
        return;
    }
    // The visitor pays the sale price when there is a sensible one.
    Money sale;
    if (l.salePrice.isEmpty())
        return;
    if (!read(l.salePrice, &sale, &problem))
        row.warn(QStringLiteral("sale_price"), problem + QStringLiteral("; the price is shown instead"));
    else if (sale.currency != v.price.currency || sale.minor <= 0 || sale.minor > v.price.minor)
        row.warn(QStringLiteral("sale_price"), QStringLiteral("is not a reduction of the price; the price is shown instead"));
    else
        v.price.minor = sale.minor;
}

void DealerFeedBuilder::takePictures(Row &row, const DealerListing &l, Vehicle &v)
{
    // Most rows' pictures are all taken: the row's list is then shared, not built again.
    if (l.images.size() <= VehicleRecord::kMaxImages
        && std::all_of(l.images.cbegin(), l.images.cend(), [](const QString &url) { return VehicleRecord::isPictureUrl(url); })) {
        v.images = l.images;
        return;
    }
    for (const QString &url : l.images) {
        if (v.images.size() == VehicleRecord::kMaxImages) {
            row.warn(QStringLiteral("image"),
                     QStringLiteral("more than %1 pictures; the rest are left out").arg(VehicleRecord::kMaxImages));
            break;
        }
        if (VehicleRecord::isPictureUrl(url))
            v.images.append(url);
        else
            row.warn(QStringLiteral("image"), QStringLiteral("\"%1\" is not a picture URL; left out").arg(url.left(80)));
    }
}

void DealerFeedBuilder::reserve(qsizetype rows)
{
    if (!m_room.at) { // a builder lent room has it
        m_feed.vehicles.reserve(rows);
        HugePages::prefer(m_feed.vehicles.constData(), size_t(rows) * sizeof(Vehicle));
    }
    m_vehicleLines.reserve(rows);
    m_ids.reserve(rows);
    m_idLines.reserve(rows);
}

DealerFeedBuilder::LentRoom::~LentRoom()
{
    std::destroy_n(at, used);
}

void DealerFeedBuilder::keep(Vehicle &&v)
{
    if (m_room.used < m_room.size) {
        new (m_room.at + m_room.used) Vehicle(std::move(v));
        ++m_room.used;
    } else if (m_lentFrom >= 0 && m_feed.vehicles.size() >= m_lentFrom) {
        m_beyond.append(std::move(v)); // the next slot is lent
    } else {
        m_feed.vehicles.append(std::move(v));
    }
}

void DealerFeedBuilder::add(const DealerListing &l)
{
    const QString id = l.stockId.isEmpty() || l.stockId.size() > RecordReader::kMaxName ? QString()
                                                                                        : stableId(m_prefix, l.stockId);
    Row row(m_feed, id.isEmpty() ? QStringLiteral("line-%1").arg(l.line) : id, l.line);
    if (id.isEmpty()) {
        row.fail(l.stockIdField,
                 l.stockId.isEmpty() ? QStringLiteral("is missing")
                                     : QStringLiteral("is longer than %1 characters").arg(RecordReader::kMaxName));
    } else {
        m_idField = l.stockIdField;
        m_ids.add(id); // listed twice or more: every copy is left out by finish()
        m_idLines.append(l.line);
    }
    for (const auto &[field, problem] : l.problems)
        row.fail(field, problem);
    if (l.availability == QLatin1String("gone")) {
        row.warn(QStringLiteral("availability"), QStringLiteral("is not available; the car is not shown"));
        return;
    }

    Vehicle v;
    v.id = id;
    v.vin = Vin::normalized(l.vin);
    bool ok = false;
    v.year = l.year.toInt(&ok);
    if (!ok || v.year < 1900 || v.year > 2100)
        row.fail(QStringLiteral("year"),
                 l.year.isEmpty() ? QStringLiteral("is missing")
                                  : QStringLiteral("is \"%1\"; expected a year such as 2021").arg(l.year.left(20)));
    v.condition = l.condition == QLatin1String("used") ? Vehicle::Condition::Used
        : l.condition == QLatin1String("cpo")          ? Vehicle::Condition::Cpo
                                                       : Vehicle::Condition::New;
    takeNames(row, l, v);
    takeMileage(row, l, v);
    takePrice(row, l, v);
    v.status = l.availability == QLatin1String("reserved") ? Vehicle::Status::Reserved : Vehicle::Status::Available;

    const Place &place = placeFor(l);
    if (!place.problem.isEmpty()) {
        row.fail(QStringLiteral("dealer"), place.problem);
    } else {
        v.location = interned(place.id);
        for (const StockCheck::Finding &f : StockCheck::check(v, place.market, place.currency)) {
            if (f.error)
                row.fail(f.field, f.problem);
            else
                row.warn(f.field, f.problem);
        }
    }

    takePictures(row, l, v);
    // When it joined the stock: the feed's date, else the day Vitrine first stored it, else today.
    const auto stored = m_stored.listed.constFind(id);
    v.added = QDate::fromString(l.dateInStock.left(10), Qt::ISODate);
    if (!v.added.isValid()) {
        if (!l.dateInStock.isEmpty())
            row.warn(QStringLiteral("date_first_on_lot"),
                     QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(l.dateInStock.left(40)));
        v.added = stored != m_stored.listed.cend() && stored->added.isValid() ? stored->added : m_options.now.date();
    }
    v.updated = m_options.now;
    if (row.failed())
        return;
    if (stored != m_stored.listed.cend() && stored->updated.isValid()) {
        // Listed before: alike in every field, it keeps when it last changed and is not written again.
        m_document.resize(0);
        if (VehicleRows::digest(VehicleRows::encode(v, m_document)) == stored->digest) {
            v.updated = stored->updated;
            m_feed.unchanged.insert(v.id);
        }
    }
    keep(std::move(v));
    m_vehicleLines.append(l.line);
}

DealerFeedBuilder DealerFeedBuilder::later(qsizetype carsHere)
{
    const auto copy = [](const QString &text) { return text.isNull() ? QString() : QString(text.constData(), text.size()); };
    DealerFeedBuilder out(m_stored, {copy(m_options.source), copy(m_options.dealer), copy(m_options.market), m_options.now});
    // The slots after this builder's first carsHere + 1, of a room reserved and not used yet (its
    // cars then start at the room's start). None when there is no such room: append() copies.
    QList<Vehicle> &cars = m_feed.vehicles;
    if (m_lentFrom < 0 && cars.isEmpty() && carsHere >= 0 && cars.capacity() - carsHere > 1) {
        m_lentFrom = carsHere + 1;
        out.m_room = LentRoom(cars.data() + m_lentFrom, cars.capacity() - m_lentFrom);
    }
    return out;
}

bool DealerFeedBuilder::append(DealerFeedBuilder &&later)
{
    // Cars kept apart here read past the cut (the caller reads the second part again anyway), and
    // would have to come before later's.
    if (!m_beyond.isEmpty())
        return false;
    // A dealer both met was made here from its first row; later's rows were checked against the
    // place later made from its own first. The same place: later's making of it is left out.
    QList<std::pair<qsizetype, qsizetype>> remade; // later's issues of places made here first
    QSet<QString> remadeStudios;
    for (auto it = later.m_places.cbegin(); it != later.m_places.cend(); ++it) {
        const auto mine = m_places.constFind(it.key());
        if (mine == m_places.cend())
            continue;
        if (mine->market != it->market || mine->currency != it->currency || mine->problem != it->problem)
            return false;
        remade.append({it->issuesFrom, it->issuesTo});
        remadeStudios.insert(it.key());
    }
    // Later's issues, bar those; where each lands here, for the places taken in.
    std::sort(remade.begin(), remade.end());
    std::vector<qsizetype> landed(size_t(later.m_feed.issues.size()) + 1);
    qsizetype next = 0; // the first of later's issues not yet looked at
    const auto take = [&](qsizetype to) {
        for (; next < to; ++next) {
            landed[size_t(next)] = m_feed.issues.size();
            m_feed.issues.append(std::move(later.m_feed.issues[next]));
        }
    };
    for (const auto &[from, to] : std::as_const(remade)) {
        take(from);
        for (; next < to; ++next)
            landed[size_t(next)] = m_feed.issues.size();
    }
    take(later.m_feed.issues.size());
    landed.back() = m_feed.issues.size();
    for (auto it = later.m_places.begin(); it != later.m_places.end(); ++it) {
        if (remadeStudios.contains(it.key()))
            continue;
        it->issuesFrom = landed[size_t(it->issuesFrom)];
        it->issuesTo = landed[size_t(it->issuesTo)];
        m_places.insert(it.key(), std::move(*it));
    }
    for (Studio &studio : later.m_feed.studios) {
        if (remadeStudios.contains(studio.id))
            continue;
        const QString key = QStringLiteral("studios/") + studio.id;
        m_feed.documents.insert(key, later.m_feed.documents.value(key));
        m_feed.documentOrder.append(key);
        m_feed.studios.append(std::move(studio));
    }
    // Later's cars stand in the slots lent to it: each moves down behind this builder's own (the
    // slot it moves to is before its own: they were lent from one past the most cars kept here).
    for (qsizetype i = 0; i < later.m_room.used; ++i) {
        m_feed.vehicles.append(std::move(later.m_room.at[i]));
        later.m_room.at[i].~Vehicle();
    }
    later.m_room.used = 0;
    m_lentFrom = -1;
    m_feed.vehicles.append(std::move(later.m_feed.vehicles)); // those beyond the room, if any
    m_feed.unchanged.unite(later.m_feed.unchanged);
    m_vehicleLines.append(std::move(later.m_vehicleLines));
    m_ids.append(std::move(later.m_ids));
    m_idLines.append(std::move(later.m_idLines));
    if (!later.m_idField.isEmpty())
        m_idField = later.m_idField;
    m_dealerIds.insert(later.m_dealerIds);
    return true;
}

Feed DealerFeedBuilder::finish()
{
    // The builder lent room to is gone: the slots are this list's again.
    m_lentFrom = -1;
    m_feed.vehicles.append(std::move(m_beyond));
    // Meta ignores every copy of an id listed twice, and a VIN on two offers would be two live
    // cars: every copy is left out, and each is reported where it stands.
    QSet<QString> dropped;
    for (const QList<qsizetype> &copies : m_ids.groups()) {
        const QString &id = m_ids.text(copies.first());
        dropped.insert(id);
        QList<int> lines;
        for (qsizetype place : copies)
            lines << m_idLines.at(place);
        for (int line : std::as_const(lines)) {
            RecordIssue issue{RecordIssue::Severity::Error, kVehicles, id, m_idField,
                              QStringLiteral("appears on lines %1; every copy is left out until the feed lists it once")
                                  .arg(joinedLines(lines))};
            issue.line = line;
            m_feed.issues.append(issue);
        }
    }
    m_ids = {};
    m_idLines = {};
    // The VINs of the cars left, and which car each is.
    RepeatedTexts vins;
    vins.reserve(m_feed.vehicles.size());
    std::vector<qsizetype> carOf;
    carOf.reserve(size_t(m_feed.vehicles.size()));
    for (qsizetype i = 0; i < m_feed.vehicles.size(); ++i) {
        const Vehicle &v = m_feed.vehicles.at(i);
        if (!dropped.isEmpty() && dropped.contains(v.id))
            continue;
        vins.add(v.vin);
        carOf.push_back(i);
    }
    for (const QList<qsizetype> &sharing : vins.groups()) {
        QList<int> lines;
        for (qsizetype place : sharing)
            lines << m_vehicleLines.at(carOf[size_t(place)]);
        for (qsizetype place : sharing) {
            const qsizetype i = carOf[size_t(place)];
            dropped.insert(m_feed.vehicles.at(i).id);
            RecordIssue issue{RecordIssue::Severity::Error, kVehicles, m_feed.vehicles.at(i).id, QStringLiteral("vin"),
                              QStringLiteral("%1 is the VIN of the cars on lines %2; none is shown until the feed lists "
                                             "it once")
                                  .arg(vins.text(place), joinedLines(lines))};
            issue.line = m_vehicleLines.at(i);
            m_feed.issues.append(issue);
        }
    }
    if (!dropped.isEmpty())
        m_feed.vehicles.removeIf([&dropped](const Vehicle &v) { return dropped.contains(v.id); });
    m_vehicleLines.clear();
    m_feed.distinctCars = true; // every copy of an id or a VIN is left out above
    return std::move(m_feed);
}
