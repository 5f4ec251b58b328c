// SPDX-License-Identifier: GPL-3.0-or-later
#include "vehiclestore.h"

#include "common/hugepages.h"

#include <algorithm>
#include <stdexcept>

VehicleStore VehicleStore::from(const QList<Vehicle> &vehicles)
{
    VehicleStore store;
    store.reserve(vehicles.size());
    for (const Vehicle &v : vehicles)
        store.append(v);
    return store;
}

void VehicleStore::reserve(qsizetype n)
{
    m_rows.reserve(size_t(n));
    // Room for what a dealer's cars take (ids of 30 units, a VIN and a picture's URL of 60 bytes)
    // and more: growing would copy megabytes into new memory, while room never filled is never
    // touched, and finish() gives it back where it lies.
    m_ids.reserve(n, n * 40);
    m_text.reserve(n * 96);
    // Filled whole at once, megabytes of them: a few huge pages rather than a fault every 4 KiB.
    // Not the text's room, whose end is a guess: a huge page there would be memory never used.
    HugePages::prefer(m_rows.data(), size_t(n) * sizeof(Row));
}

quint16 VehicleStore::word(const QString &text)
{
    const auto it = m_wordIndex.constFind(text);
    if (it != m_wordIndex.constEnd())
        return *it;
    // Ids of models, trims, options and places: a catalog has hundreds, never 65,535.
    if (m_words.size() >= 0xFFFF)
        throw std::length_error("VehicleStore: more distinct names than it can number");
    const quint16 n = quint16(m_words.size());
    m_words << text;
    m_wordIndex.insert(text, n);
    return n;
}

quint16 VehicleStore::word(const QString &text, Field field)
{
    int &last = m_lastWord[field];
    if (last < 0 || m_words.at(last) != text)
        last = word(text);
    return quint16(last);
}

quint32 VehicleStore::list(const QStringList &values)
{
    const auto it = m_listIndex.constFind(values);
    if (it != m_listIndex.constEnd())
        return *it;
    if (m_listOffsets.empty())
        m_listOffsets.push_back(0);
    for (const QString &v : values)
        m_listItems.push_back(word(v));
    const quint32 n = quint32(m_listOffsets.size() - 1);
    m_listOffsets.push_back(quint32(m_listItems.size()));
    m_listIndex.insert(values, n);
    return n;
}

quint32 VehicleStore::listing(const Vehicle &v)
{
    if (!v.isListing())
        return 0;
    const QString *names[] = {&v.make, &v.modelName, &v.trimName, &v.body, &v.powertrain, &v.exteriorColor, &v.interiorColor};
    const auto same = [&names, this](quint32 n) {
        const QStringList &known = m_listings.at(n);
        for (int i = 0; i < 7; ++i) {
            if (known.at(i) != *names[i])
                return false;
        }
        return true;
    };
    if (m_lastListing && same(m_lastListing))
        return m_lastListing;
    // Seeded as QHash seeds a list's hash: names a feed chose cannot be made to collide at will.
    size_t hash = QHashSeed::globalSeed();
    for (const QString *name : names)
        hash = qHashMulti(hash, *name);
    for (auto [it, end] = m_listingIndex.equal_range(hash); it != end; ++it) {
        if (same(*it)) {
            m_lastListing = *it;
            return *it;
        }
    }
    const quint32 n = quint32(m_listings.size());
    m_listings << QStringList{v.make, v.modelName, v.trimName, v.body, v.powertrain, v.exteriorColor, v.interiorColor};
    m_listingIndex.insert(hash, n);
    m_lastListing = n;
    return n;
}

void VehicleStore::appendUtf8(QStringView text)
{
    // As QString::toUtf8() writes it, without a copy for the plain ASCII of VINs and URLs.
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    if (std::any_of(s, s + n, [](char16_t c) { return c >= 0x80; })) {
        m_text.append(text.toUtf8());
        return;
    }
    const qsizetype at = m_text.size();
    m_text.resize(at + n);
    std::copy(s, s + n, m_text.data() + at);
}

void VehicleStore::append(const Vehicle &v)
{
    if (m_rows.isView()) {
        // Appending to a store read in place: its rows become its own (never done by the kiosk).
        m_rows = std::vector<Row>(m_rows.cbegin(), m_rows.cend());
        m_text = QByteArray(m_text.constData(), m_text.size());
        m_listOffsets = std::vector<quint32>(m_listOffsets.cbegin(), m_listOffsets.cend());
        m_listItems = std::vector<quint16>(m_listItems.cbegin(), m_listItems.cend());
    }
    Row r;
    const qsizetype vin = m_text.size();
    r.vin = quint32(vin);
    appendUtf8(v.vin);
    r.vinLength = quint16(qMin<qsizetype>(m_text.size() - vin, 0xFFFF));
    m_text.truncate(vin + r.vinLength);
    // A car's pictures are its own (a dealer's URLs differ car by car): kept as text after its
    // VIN rather than numbered as shared names, which a hundred thousand would overflow. One a
    // line, as the list joined by line breaks would be written.
    const qsizetype images = m_text.size();
    for (qsizetype i = 0; i < v.images.size(); ++i) {
        if (i > 0)
            m_text.append('\n');
        appendUtf8(v.images.at(i));
    }
    r.imagesLength = quint32(m_text.size() - images);
    r.model = word(v.model, Model);
    r.trim = word(v.trim, Trim);
    r.paint = word(v.paint, Paint);
    r.wheel = word(v.wheel, Wheel);
    r.interior = word(v.interior, Interior);
    r.location = word(v.location, Location);
    r.currency = word(v.price.currency, Currency);
    r.options = list(v.options);
    r.listing = listing(v);
    r.year = qint16(v.year);
    r.condition = quint8(v.condition);
    r.status = quint8(v.status);
    r.mileageUnit = quint8(v.mileage.unit);
    r.mileage = v.mileage.value;
    r.priceMinor = v.price.minor;
    r.added = v.added.isValid() ? qint32(v.added.toJulianDay()) : kNoDate;
    r.registered = v.registered.isValid() ? qint32(v.registered.toJulianDay()) : kNoDate;
    r.updatedMs = v.updated.isValid() ? v.updated.toMSecsSinceEpoch() : kNoTime;
    m_rows.push_back(r);
    m_ids.append(v.id);
}

Vehicle VehicleStore::at(qsizetype i) const
{
    const Row &r = m_rows[size_t(i)];
    Vehicle v;
    v.id = m_ids.at(i);
    v.vin = QString::fromUtf8(m_text.constData() + r.vin, r.vinLength);
    v.model = m_words.at(r.model);
    v.trim = m_words.at(r.trim);
    v.year = r.year;
    v.condition = Vehicle::Condition(r.condition);
    v.mileage = {r.mileage, Mileage::Unit(r.mileageUnit)};
    v.paint = m_words.at(r.paint);
    v.wheel = m_words.at(r.wheel);
    v.interior = m_words.at(r.interior);
    for (quint32 k = m_listOffsets[r.options]; k < m_listOffsets[r.options + 1]; ++k)
        v.options << m_words.at(m_listItems[k]);
    v.price = {r.priceMinor, m_words.at(r.currency)};
    v.location = m_words.at(r.location);
    v.status = Vehicle::Status(r.status);
    if (r.added != kNoDate)
        v.added = QDate::fromJulianDay(r.added);
    if (r.registered != kNoDate)
        v.registered = QDate::fromJulianDay(r.registered);
    if (r.imagesLength)
        v.images = QString::fromUtf8(m_text.constData() + r.vin + r.vinLength, r.imagesLength).split(QLatin1Char('\n'));
    if (r.updatedMs != kNoTime)
        v.updated = QDateTime::fromMSecsSinceEpoch(r.updatedMs, Qt::UTC);
    if (r.listing) {
        const QStringList &names = m_listings.at(r.listing);
        QString *fields[] = {&v.make, &v.modelName, &v.trimName, &v.body, &v.powertrain, &v.exteriorColor, &v.interiorColor};
        for (int i = 0; i < 7; ++i)
            *fields[i] = names.at(i);
    }
    return v;
}

qsizetype VehicleStore::indexOf(const QString &id) const
{
    return m_ids.indexOf(id);
}

std::optional<Vehicle> VehicleStore::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return at(i);
}

QList<Vehicle> VehicleStore::toList() const
{
    QList<Vehicle> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out << at(i);
    return out;
}

void VehicleStore::finish()
{
    if (m_mapping)
        return; // read in place: nothing to let go
    m_wordIndex = {};
    m_listIndex = {};
    m_listingIndex = {};
    m_lastWord = emptyLastWords();
    m_lastListing = 0;
    m_listings.squeeze();
    m_text.squeeze();
    m_ids.squeeze();
    m_words.squeeze();
    m_listOffsets.shrink_to_fit();
    m_listItems.shrink_to_fit();
    m_rows.shrink_to_fit();
}
