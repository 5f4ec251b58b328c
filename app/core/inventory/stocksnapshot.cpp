// SPDX-License-Identifier: GPL-3.0-or-later
#include "stocksnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#include <cstdio>

Q_LOGGING_CATEGORY(lcSnapshot, "vitrine.inventory.snapshot")

// The file is the memory image of little-endian numbers; a big-endian kiosk would need swaps.
static_assert(std::endian::native == std::endian::little, "StockSnapshot writes little-endian as it is in memory");

namespace {

constexpr char kMagic[8] = {'V', 'T', 'R', 'S', 'T', 'O', 'C', 'K'};

struct Header {
    char magic[8];
    quint32 version;
    quint32 headerSize;
    quint64 payloadLength;
    quint64 checksum; ///< over this header (with this field 0) and the payload
    qint64 generation;
    char database[32];
    quint64 cars;
    qint64 catalogGeneration;
};
static_assert(sizeof(Header) == 88 && std::is_trivially_copyable_v<Header>);

QByteArray databaseBytes(const QString &database)
{
    QByteArray id = database.toLatin1().left(32);
    id.append(32 - id.size(), '\0');
    return id;
}

constexpr quint64 kP1 = 0x9E3779B185EBCA87ull;
constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4Full;
constexpr quint64 kP3 = 0x165667B19E3779F9ull;

quint64 load64(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

quint64 mix(quint64 lane, quint64 word)
{
    return std::rotl(lane + word * kP2, 31) * kP1;
}

/// The checksum, told before and after each slice of `slice` bytes (a multiple of 32) it reads.
template<typename Before, typename After>
quint64 checksumInSlices(const char *data, qsizetype size, quint64 seed, qsizetype slice, Before before, After after)
{
    // Four independent lanes over 32-byte blocks keep the multiplier busy: several GB/s, so the
    // check costs a few milliseconds at a hundred thousand cars.
    const char *p = data;
    const char *const end = data + size;
    quint64 a = seed + kP1 + kP2, b = seed + kP2, c = seed, d = seed - kP1;
    while (end - p >= 32) {
        const char *const sliceStart = p;
        const char *const sliceEnd = p + std::min<qsizetype>(slice, (end - p) / 32 * 32);
        before(sliceStart, sliceEnd);
        while (p < sliceEnd) {
            a = mix(a, load64(p));
            b = mix(b, load64(p + 8));
            c = mix(c, load64(p + 16));
            d = mix(d, load64(p + 24));
            p += 32;
        }
        after(sliceStart, sliceEnd);
    }
    quint64 h = std::rotl(a, 1) + std::rotl(b, 7) + std::rotl(c, 12) + std::rotl(d, 18) + quint64(size);
    while (end - p >= 8) {
        h = std::rotl(h ^ mix(0, load64(p)), 27) * kP1 + kP3;
        p += 8;
    }
    while (p < end) {
        h = std::rotl(h ^ (quint64(quint8(*p)) * kP3), 11) * kP1;
        ++p;
    }
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

#ifdef Q_OS_LINUX
/// The mapped pages [from, to) rounded out to whole pages.
std::pair<void *, size_t> pagesOf(const char *base, const char *from, const char *to)
{
    static const qsizetype page = qsizetype(::sysconf(_SC_PAGESIZE));
    const qsizetype first = (from - base) / page * page;
    const qsizetype last = (to - base + page - 1) / page * page; // within the mapping's last page
    return {const_cast<char *>(base + first), size_t(std::max<qsizetype>(0, last - first))};
}
#endif

} // namespace

quint64 StockSnapshot::checksum(const char *data, qsizetype size, quint64 seed)
{
    const auto nothing = [](const char *, const char *) {};
    return checksumInSlices(data, size, seed, std::numeric_limits<qsizetype>::max() / 64 * 32, nothing, nothing);
}

/// Appends numbers, arrays and string tables to the payload, each array aligned to 8 bytes.
class StockSnapshot::Writer
{
public:
    explicit Writer(const std::atomic_bool *stop)
        : m_stop(stop)
    {
    }
    QByteArray out;
    /// Asked to stop: what is written after is left out, and the file is not put in place.
    bool stopped() const { return m_stop && m_stop->load(std::memory_order_relaxed); }

    void align() { out.append((8 - out.size() % 8) % 8, '\0'); }
    template<typename T>
    void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        out.append(reinterpret_cast<const char *>(&v), sizeof(T));
    }
    template<typename T>
    void array(const T *data, qsizetype count)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        value<quint64>(quint64(count));
        align();
        out.append(reinterpret_cast<const char *>(data), count * qsizetype(sizeof(T)));
        align();
    }
    template<typename T>
    void array(const std::vector<T> &v)
    {
        array(v.data(), qsizetype(v.size()));
    }
    template<typename T>
    void array(const Column<T> &v)
    {
        array(v.data(), qsizetype(v.size()));
    }
    void bytes(const QByteArray &b) { array(b.constData(), b.size()); }
    /// Offsets into one run of UTF-16 text, then the text: reading a list back costs one copy a string.
    void strings(const QStringList &list)
    {
        if (stopped())
            return;
        std::vector<quint32> offsets;
        std::vector<quint8> nulls;
        offsets.reserve(size_t(list.size()) + 1);
        nulls.reserve(size_t(list.size()));
        quint64 units = 0;
        for (const QString &s : list) {
            offsets.push_back(quint32(units));
            nulls.push_back(s.isNull() ? 1 : 0);
            units += quint64(s.size());
        }
        offsets.push_back(quint32(units));
        array(offsets);
        array(nulls);
        value<quint64>(units);
        align();
        for (const QString &s : list)
            out.append(reinterpret_cast<const char *>(s.constData()), s.size() * 2); // utf16() would copy raw data
        align();
    }
    /// The same layout as strings(), from a column (never null texts).
    void strings(const StringColumn &column)
    {
        if (stopped())
            return;
        const qsizetype n = column.size();
        const quint32 none = 0;
        array(n ? column.offsets() : &none, n + 1);
        const std::vector<quint8> nulls(size_t(n), 0);
        array(nulls);
        value<quint64>(column.units());
        align();
        out.append(reinterpret_cast<const char *>(column.text()), qsizetype(column.units() * 2));
        align();
    }
    void string(const QString &s) { strings(QStringList{s}); }
    void bitmap(const Bitmap &b)
    {
        value<quint64>(quint64(b.size()));
        array(b.data(), qsizetype(b.wordCount()));
    }

private:
    const std::atomic_bool *m_stop;
};

/// Reads what Writer wrote, every length checked against what is left: a damaged file fails
/// here rather than reading past its end.
class StockSnapshot::Reader
{
public:
    Reader(const char *data, qsizetype size, const std::atomic_bool *stop)
        : m_p(data)
        , m_end(data + size)
        , m_begin(data)
        , m_stop(stop)
    {
    }
    bool ok = true;
    /// Asked to stop: checked before every array, so a quit waits for one array at most.
    bool stopped = false;

    bool align()
    {
        const qsizetype at = m_p - m_begin;
        return skip((8 - at % 8) % 8);
    }
    template<typename T>
    T value()
    {
        T v{};
        if (!need(sizeof(T)))
            return v;
        std::memcpy(&v, m_p, sizeof(T));
        m_p += sizeof(T);
        return v;
    }
    /// Where an array lies in the file, to be read in place; null (and not ok) when it does not fit.
    template<typename T>
    const T *span(size_t *count, quint64 expected = ~quint64(0))
    {
        *count = 0;
        if (m_stop && m_stop->load(std::memory_order_relaxed)) {
            stopped = true;
            ok = false;
        }
        const quint64 n = value<quint64>();
        if (!ok || (expected != ~quint64(0) && n != expected) || n > quint64(m_end - m_p) / sizeof(T) || !align()
            || reinterpret_cast<quintptr>(m_p) % alignof(T) != 0) {
            ok = false;
            return nullptr;
        }
        const qsizetype length = qsizetype(n * sizeof(T));
        if (!need(length))
            return nullptr;
        const T *at = reinterpret_cast<const T *>(m_p);
        m_p += length;
        align();
        *count = size_t(n);
        return at;
    }
    template<typename T>
    std::vector<T> array(quint64 expected = ~quint64(0))
    {
        size_t count = 0;
        const T *at = span<T>(&count, expected);
        return ok && at ? std::vector<T>(at, at + count) : std::vector<T>();
    }
    /// An array read in place: the mapping must outlive it.
    template<typename T>
    Column<T> column(quint64 expected = ~quint64(0))
    {
        size_t count = 0;
        const T *at = span<T>(&count, expected);
        return ok && at ? Column<T>::view(at, count) : Column<T>();
    }
    /// Bytes read in place (raw data over the mapping).
    QByteArray rawBytes()
    {
        size_t count = 0;
        const char *at = span<char>(&count);
        return ok && at ? QByteArray::fromRawData(at, qsizetype(count)) : QByteArray();
    }
    /// A string table as Writer::strings() lays it out, checked whole before any text is read:
    /// offsets in order, the last at the end of the text (so none past it), nulls where allowed.
    struct Texts {
        const quint32 *offsets = nullptr;
        const quint8 *nulls = nullptr;
        size_t count = 0;
        const char16_t *text = nullptr;
    };
    Texts texts(bool nullsAllowed)
    {
        size_t offsetCount = 0, nullCount = 0;
        Texts t;
        t.offsets = span<quint32>(&offsetCount);
        t.nulls = span<quint8>(&nullCount);
        const quint64 units = value<quint64>();
        if (!ok || !t.offsets || offsetCount == 0 || nullCount + 1 != offsetCount || !align() || !need(qsizetype(units * 2))
            || t.offsets[offsetCount - 1] != units) {
            ok = false;
            return {};
        }
        for (size_t i = 0; i < nullCount; ++i) {
            if (t.offsets[i] > t.offsets[i + 1] || (t.nulls[i] && !nullsAllowed)) {
                ok = false;
                return {};
            }
        }
        t.count = nullCount;
        t.text = reinterpret_cast<const char16_t *>(m_p);
        m_p += units * 2;
        align();
        return t;
    }
    /// Texts read in place, none of them null.
    StringColumn stringColumn()
    {
        const Texts t = texts(false);
        // A column's first text starts at the start of the run.
        if (!ok || t.offsets[0] != 0) {
            ok = false;
            return {};
        }
        return StringColumn::view(t.offsets, t.text, qsizetype(t.count));
    }
    QStringList strings()
    {
        const Texts t = texts(true);
        if (!ok)
            return {};
        QStringList list;
        list.reserve(qsizetype(t.count));
        for (size_t i = 0; i < t.count; ++i) {
            if (t.nulls[i])
                list << QString();
            else
                list << QString(reinterpret_cast<const QChar *>(t.text + t.offsets[i]),
                                qsizetype(t.offsets[i + 1] - t.offsets[i]));
        }
        return list;
    }
    QString string()
    {
        const QStringList one = strings();
        if (one.size() != 1)
            ok = false;
        return one.value(0);
    }
    Bitmap bitmap(qsizetype size)
    {
        const quint64 stored = value<quint64>();
        if (stored != quint64(size))
            ok = false;
        size_t count = 0;
        const uint64_t *words = span<uint64_t>(&count, quint64((size + 63) / 64));
        // No car past the last: a set read in place is counted as it is, never trimmed.
        if (ok && size % 64 && count && (words[count - 1] >> (size % 64)) != 0)
            ok = false;
        return ok && (words || count == 0) ? Bitmap::view(size, words) : Bitmap(size);
    }
    bool atEnd() const { return m_p == m_end; }

private:
    bool need(qsizetype n)
    {
        if (n < 0 || m_end - m_p < n)
            ok = false;
        return ok;
    }
    bool skip(qsizetype n)
    {
        if (need(n))
            m_p += n;
        return ok;
    }
    const char *m_p;
    const char *m_end;
    const char *m_begin;
    const std::atomic_bool *m_stop;
};

void StockSnapshot::removeLeftovers(const QString &path)
{
    // A write cut short by a crash or a power cut leaves its temporary file: tens of megabytes at
    // a hundred thousand cars. Those of processes still running are theirs to finish.
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    for (const QString &name : folder.entryList({info.fileName() + QStringLiteral(".*.tmp")}, QDir::Files)) {
        const qint64 pid = name.mid(info.fileName().size() + 1).section(QLatin1Char('-'), 0, 0).toLongLong();
#ifdef Q_OS_UNIX
        if (pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) == 0)
            continue;
#endif
        if (pid != QCoreApplication::applicationPid())
            QFile::remove(folder.filePath(name));
    }
}

QString StockSnapshot::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".finder");
}

void StockSnapshot::put(Writer &w, const VehicleStore &s)
{
    static_assert(std::is_trivially_copyable_v<VehicleStore::Row>);
    w.value<quint32>(quint32(sizeof(VehicleStore::Row)));
    w.array(s.m_rows);
    w.strings(s.m_ids);
    w.bytes(s.m_text);
    w.strings(s.m_words);
    w.array(s.m_listOffsets);
    w.array(s.m_listItems);
    w.value<quint64>(quint64(s.m_listings.size()));
    for (const QStringList &l : s.m_listings)
        w.strings(l);
}

bool StockSnapshot::take(Reader &r, VehicleStore *s)
{
    if (r.value<quint32>() != sizeof(VehicleStore::Row))
        return false;
    s->m_rows = r.column<VehicleStore::Row>();
    s->m_ids = r.stringColumn();
    s->m_text = r.rawBytes();
    s->m_words = r.strings();
    s->m_listings.clear();
    s->m_listOffsets = r.column<quint32>();
    s->m_listItems = r.column<quint16>();
    const quint64 listings = r.value<quint64>();
    for (quint64 i = 0; r.ok && i < listings; ++i)
        s->m_listings << r.strings();
    if (!r.ok || s->m_ids.size() != qsizetype(s->m_rows.size()))
        return false;
    // Every number a row holds points inside what was read: a car is put back together without checks.
    const quint64 words = quint64(s->m_words.size());
    // The option lists: in order, within the items, each item a name.
    const Column<quint32> &offsets = s->m_listOffsets;
    if (!offsets.empty() && (offsets[0] != 0 || offsets.back() != s->m_listItems.size()))
        return false;
    for (size_t i = 0; i + 1 < offsets.size(); ++i) {
        if (offsets[i] > offsets[i + 1])
            return false;
    }
    if (!std::all_of(s->m_listItems.cbegin(), s->m_listItems.cend(), [words](quint16 w) { return w < words; }))
        return false;
    const quint64 lists = offsets.empty() ? 0 : offsets.size() - 1;
    for (const VehicleStore::Row &row : s->m_rows) {
        for (const quint16 w : {row.model, row.trim, row.paint, row.wheel, row.interior, row.location, row.currency}) {
            if (w >= words)
                return false;
        }
        if (row.options >= lists || row.listing >= quint64(s->m_listings.size())
            || quint64(row.vin) + row.vinLength + row.imagesLength > quint64(s->m_text.size()))
            return false;
        if (row.listing && s->m_listings.at(row.listing).size() != 7)
            return false;
    }
    return true;
}

void StockSnapshot::put(Writer &w, const InventoryIndex &x)
{
    QStringList makeNames;
    for (auto it = x.m_makeNames.cbegin(); it != x.m_makeNames.cend(); ++it)
        makeNames << it.key() << it.value();
    w.strings(makeNames);
    w.value<quint64>(quint64(x.m_facets.size()));
    for (const InventoryIndex::Facet &f : x.m_facets) {
        w.string(f.name);
        w.strings(f.values);
        w.value<quint64>(quint64(f.bitmaps.size()));
        for (const Bitmap &b : f.bitmaps)
            w.bitmap(b);
        w.array(f.valueOf);
    }
    w.strings(x.m_equipment);
    w.value<quint64>(quint64(x.m_equipmentBitmaps.size()));
    for (const Bitmap &b : x.m_equipmentBitmaps)
        w.bitmap(b);
    w.array(x.m_price);
    w.array(x.m_currency);
    w.strings(x.m_currencies);
    w.array(x.m_year);
    w.array(x.m_mileageKm);
    w.array(x.m_added);
    w.array(x.m_locationLat);
    w.array(x.m_locationLon);
    for (const auto *order : {&x.m_byPrice, &x.m_byPriceDescending, &x.m_byNewest, &x.m_byMileage, &x.m_byRecent})
        w.array(*order);
    w.value<quint64>(quint64(x.m_byLocation.size()));
    for (const auto &l : x.m_byLocation)
        w.array(l);
    w.value<quint64>(quint64(x.m_names.size()));
    for (const InventoryIndex::Named &n : x.m_names) {
        w.value<qint32>(n.facet);
        w.value<qint32>(n.value);
        w.strings(n.words);
        w.string(n.joined);
        QStringList names;
        for (auto it = n.names.cbegin(); it != n.names.cend(); ++it)
            names << it.key() << it.value();
        w.strings(names);
    }
    QStringList words;
    std::vector<quint64> offsets{0};
    std::vector<quint32> postings;
    for (auto it = x.m_listingWords.cbegin(); it != x.m_listingWords.cend(); ++it) {
        words << it.key();
        postings.insert(postings.end(), it->cbegin(), it->cend());
        offsets.push_back(postings.size());
    }
    w.strings(words);
    w.array(offsets);
    w.array(postings);
}

bool StockSnapshot::take(Reader &r, InventoryIndex *x, qsizetype n)
{
    const quint64 cars = quint64(n);
    x->m_size = n;
    const QStringList makeNames = r.strings();
    if (makeNames.size() % 2)
        return false;
    for (qsizetype i = 0; i + 1 < makeNames.size(); i += 2)
        x->m_makeNames.insert(makeNames.at(i), makeNames.at(i + 1));
    if (r.value<quint64>() != quint64(InventoryIndex::kFacets))
        return false;
    for (int f = 0; r.ok && f < InventoryIndex::kFacets; ++f) {
        InventoryIndex::Facet facet;
        facet.name = r.string();
        facet.values = r.strings();
        const quint64 bitmaps = r.value<quint64>();
        if (!r.ok || bitmaps != quint64(facet.values.size()) || bitmaps > 0xFFFF)
            return false;
        for (qsizetype v = 0; v < facet.values.size(); ++v)
            facet.index.insert(facet.values.at(v), int(v));
        for (quint64 b = 0; r.ok && b < bitmaps; ++b)
            facet.bitmaps.push_back(r.bitmap(n));
        facet.valueOf = r.column<uint16_t>(cars);
        x->m_facets.push_back(std::move(facet));
    }
    x->m_equipment = r.strings();
    for (qsizetype e = 0; e < x->m_equipment.size(); ++e)
        x->m_equipmentIndex.insert(x->m_equipment.at(e), int(e));
    if (r.value<quint64>() != quint64(x->m_equipment.size()))
        return false;
    for (qsizetype e = 0; r.ok && e < x->m_equipment.size(); ++e)
        x->m_equipmentBitmaps.push_back(r.bitmap(n));
    x->m_price = r.column<qint64>(cars);
    x->m_currency = r.column<quint8>(cars);
    x->m_currencies = r.strings();
    x->m_year = r.column<int16_t>(cars);
    x->m_mileageKm = r.column<float>(cars);
    x->m_added = r.column<int32_t>(cars);
    x->m_locationLat = r.column<double>();
    x->m_locationLon = r.column<double>(quint64(x->m_locationLat.size()));
    for (auto *order : {&x->m_byPrice, &x->m_byPriceDescending, &x->m_byNewest, &x->m_byMileage, &x->m_byRecent})
        *order = r.column<uint32_t>(cars);
    const quint64 locations = r.value<quint64>();
    if (!r.ok || x->m_facets.size() != size_t(InventoryIndex::kFacets)
        || locations != quint64(x->m_facets[InventoryIndex::kLocationFacet].values.size())
        || x->m_locationLat.size() != locations)
        return false;
    for (quint64 l = 0; r.ok && l < locations; ++l)
        x->m_byLocation.push_back(r.column<uint32_t>());
    const quint64 names = r.value<quint64>();
    for (quint64 i = 0; r.ok && i < names; ++i) {
        InventoryIndex::Named named;
        named.facet = r.value<qint32>();
        named.value = r.value<qint32>();
        named.words = r.strings();
        named.joined = r.string();
        const QStringList pairs = r.strings();
        if (pairs.size() % 2)
            return false;
        for (qsizetype k = 0; k + 1 < pairs.size(); k += 2)
            named.names.insert(pairs.at(k), pairs.at(k + 1));
        // What the name points at must be there: a bitmap of a facet value, or of equipment.
        if (named.facet < -1 || named.facet >= InventoryIndex::kFacets || named.value < 0)
            return false;
        const size_t values = named.facet < 0 ? x->m_equipmentBitmaps.size() : x->m_facets[size_t(named.facet)].bitmaps.size();
        if (size_t(named.value) >= values)
            return false;
        x->m_names.push_back(std::move(named));
    }
    const QStringList words = r.strings();
    const Column<quint64> offsets = r.column<quint64>(quint64(words.size()) + 1);
    const Column<quint32> postings = r.column<quint32>();
    if (!r.ok || offsets.back() != postings.size())
        return false;
    x->m_listingWords.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (offsets[size_t(i)] > offsets[size_t(i) + 1])
            return false;
        x->m_listingWords.insert(
            words.at(i),
            Column<uint32_t>::view(postings.data() + offsets[size_t(i)], size_t(offsets[size_t(i) + 1] - offsets[size_t(i)])));
    }
    if (!r.ok || x->m_currencies.size() > 256)
        return false;
    // Positions and values index arrays as they are: each must be in range.
    const auto inRange = [n](const auto &v) {
        return std::all_of(v.cbegin(), v.cend(), [n](uint32_t p) { return qsizetype(p) < n; });
    };
    for (const auto *order : {&x->m_byPrice, &x->m_byPriceDescending, &x->m_byNewest, &x->m_byMileage, &x->m_byRecent}) {
        if (!inRange(*order))
            return false;
    }
    for (const auto &l : x->m_byLocation) {
        if (!inRange(l))
            return false;
    }
    if (!inRange(postings))
        return false;
    for (const InventoryIndex::Facet &f : x->m_facets) {
        const size_t values = f.values.size();
        // A car with no value here keeps 0, which may then be past an empty facet's end.
        if (values && !std::all_of(f.valueOf.cbegin(), f.valueOf.cend(), [values](uint16_t v) { return v < values; }))
            return false;
    }
    const size_t currencies = size_t(x->m_currencies.size());
    return n == 0 || std::all_of(x->m_currency.cbegin(), x->m_currency.cend(), [currencies](quint8 c) { return c < currencies; });
}

bool StockSnapshot::write(const QString &path, const StockGeneration::Marker &marker, const VehicleStore &vehicles,
                          const InventoryIndex &index, const std::atomic_bool *stop, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        qCWarning(lcSnapshot) << "snapshot not written:" << why;
        return false;
    };
    const auto stopped = [stop] { return stop && stop->load(); };
    Writer w(stop);
    put(w, vehicles);
    if (stopped())
        return fail(QStringLiteral("stopped"));
    put(w, index);
    if (stopped())
        return fail(QStringLiteral("stopped"));

    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kFormatVersion;
    h.headerSize = sizeof(Header);
    h.payloadLength = quint64(w.out.size());
    h.generation = marker.generation;
    std::memcpy(h.database, databaseBytes(marker.database).constData(), sizeof h.database);
    h.cars = quint64(vehicles.size());
    h.catalogGeneration = marker.catalog;
    h.checksum = 0;
    h.checksum = checksum(w.out.constData(), w.out.size(), checksum(reinterpret_cast<const char *>(&h), sizeof h, 0));

    removeLeftovers(path);
    // Its own name: two services (a kiosk, a command) may write the same snapshot at once.
    static std::atomic<quint32> serial{0};
    const QString temporary = path + QStringLiteral(".%1-%2.tmp").arg(QCoreApplication::applicationPid()).arg(serial++);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(file.errorString());
    bool written = file.write(reinterpret_cast<const char *>(&h), sizeof h) == qint64(sizeof h);
    // In pieces of 64 KiB, each ending on a multiple of 64 KiB in the file. Linux (6.x, large
    // folios) keeps what one write puts in the page cache in blocks as large as the write, up to
    // 2 MiB, and a process mapping the file is given a whole block at its first touch of it: the
    // kiosk reading this file at its next start would hold 12 MiB of it for the few kilobytes of
    // each array the finder reads, where blocks of 64 KiB (what a fault maps around itself
    // anyway) keep that to 4 MiB at 100,000 cars. A quit is also seen between two pieces.
    constexpr qsizetype kPiece = 64 << 10;
    for (qsizetype at = 0; written && at < w.out.size() && !stopped();) {
        const qsizetype inFile = qsizetype(sizeof h) + at;
        const qsizetype length = qMin(kPiece - inFile % kPiece, w.out.size() - at);
        written = file.write(w.out.constData() + at, length) == length;
        at += length;
    }
    written = written && !stopped() && file.flush();
#ifdef Q_OS_UNIX
    written = written && ::fsync(file.handle()) == 0;
#endif
    file.close();
    if (!written) {
        QFile::remove(temporary);
        return fail(stopped() ? QStringLiteral("stopped") : file.errorString());
    }
    // rename(2) replaces the old file in one step; QFile::rename would refuse an existing target.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return fail(QStringLiteral("could not put the snapshot in place"));
    }
#ifdef Q_OS_UNIX
    // The rename itself is durable only once the folder is synced.
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#endif
    return true;
}

StockSnapshot::Verdict StockSnapshot::read(const QString &path, const StockGeneration::Marker &expected, Contents *out,
                                           const std::atomic_bool *stop, bool olderStock)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return Verdict::Missing;
    const qint64 size = file.size();
    if (size < qint64(sizeof(Header)))
        return size >= qint64(sizeof kMagic) && file.peek(sizeof kMagic) != QByteArray(kMagic, sizeof kMagic)
            ? Verdict::Foreign
            : Verdict::Truncated;
#ifdef Q_OS_LINUX
    // Pages are filled a slice at a time in one call each (below): touching them one by one costs
    // a fault per 4 KiB, which on a virtual machine adds up to a tenth of a second at 100k cars.
    // What is read is used in place: the mapping stays while the store or the index read from it
    // lives (it goes with the last of them), and goes at once when the file is refused.
    void *pages = ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, file.handle(), 0);
    if (pages == MAP_FAILED)
        return Verdict::Missing;
    const std::shared_ptr<const void> mapping(
        pages, [length = size_t(size)](const void *p) { ::munmap(const_cast<void *>(p), length); });
    const uchar *mapped = static_cast<const uchar *>(pages);
#else
    auto kept = std::make_shared<QFile>(path);
    uchar *mapped = kept->open(QIODevice::ReadOnly) ? kept->map(0, size) : nullptr;
    if (!mapped)
        return Verdict::Missing;
    const std::shared_ptr<const void> mapping(mapped, [kept](const void *) { kept->close(); });
#endif
    const char *data = reinterpret_cast<const char *>(mapped);
    Header h;
    std::memcpy(&h, data, sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
        return Verdict::Foreign;
    if (h.version != kFormatVersion || h.headerSize != sizeof(Header))
        return Verdict::OtherVersion;
    if (QByteArray(h.database, sizeof h.database) != databaseBytes(expected.database))
        return Verdict::Foreign;
    const bool stale = h.generation != expected.generation;
    if (stale && (!olderStock || h.catalogGeneration != expected.catalog || h.generation > expected.generation))
        return Verdict::Stale;
    if (h.payloadLength != quint64(size) - sizeof h)
        return Verdict::Truncated;
    if (stop && stop->load())
        return Verdict::Stopped;
    Header zeroed = h;
    zeroed.checksum = 0;
    const char *payload = data + sizeof h;
    const qsizetype length = qsizetype(h.payloadLength);
    // The file is read through in slices, each filled in one call and let go once checked: the
    // whole file is never resident in this process at once (it stays in the page cache, which the
    // system may take back). What is read in place afterwards comes back a page at a time as used.
    const auto fill = [&](const char *from, const char *to) {
#ifdef Q_OS_LINUX
        const auto [at, bytes] = pagesOf(data, from, to);
        ::madvise(at, bytes, MADV_POPULATE_READ); // an older kernel faults them in as read
#else
        Q_UNUSED(from);
        Q_UNUSED(to);
#endif
    };
    const auto release = [&](const char *from, const char *to) {
#ifdef Q_OS_LINUX
        const auto [at, bytes] = pagesOf(data, from, to);
        ::madvise(at, bytes, MADV_DONTNEED);
#else
        Q_UNUSED(from);
        Q_UNUSED(to);
#endif
    };
    constexpr qsizetype kSlice = 4 << 20;
    if (checksumInSlices(payload, length, checksum(reinterpret_cast<const char *>(&zeroed), sizeof zeroed, 0), kSlice, fill,
                         release)
        != h.checksum)
        return Verdict::Damaged;
    if (stop && stop->load())
        return Verdict::Stopped;
    Reader r(payload, length, stop);
    Contents c;
    const bool store = take(r, &c.vehicles);
    if (r.stopped || (stop && stop->load()))
        return Verdict::Stopped;
    if (!store || qint64(c.vehicles.size()) != qint64(h.cars))
        return Verdict::Damaged;
    release(data, data + size); // the rows as checked: a car's row is read back when it is shown
    auto index = std::make_shared<InventoryIndex>();
    const bool indexed = take(r, index.get(), c.vehicles.size());
    if (r.stopped)
        return Verdict::Stopped;
    if (!indexed || !r.ok || !r.atEnd())
        return Verdict::Damaged;
    index->m_ids = c.vehicles.m_ids; // shared with the store, as a build does
    release(data, data + size);      // what the checks read: the finder reads back what it uses
    c.vehicles.m_mapping = mapping;
    index->m_mapping = mapping;
    c.index = std::move(index);
    if (out)
        *out = std::move(c);
    return stale ? Verdict::Stale : Verdict::Loaded;
}

QString StockSnapshot::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Loaded:
        return QStringLiteral("loaded");
    case Verdict::Missing:
        return QStringLiteral("missing");
    case Verdict::Truncated:
        return QStringLiteral("truncated");
    case Verdict::Foreign:
        return QStringLiteral("foreign");
    case Verdict::OtherVersion:
        return QStringLiteral("other version");
    case Verdict::Damaged:
        return QStringLiteral("damaged");
    case Verdict::Stale:
        return QStringLiteral("stale");
    case Verdict::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}
