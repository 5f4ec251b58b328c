// SPDX-License-Identifier: GPL-3.0-or-later
#include "vehiclestore.h"

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
    m_ids.reserve(n, n * 20);
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
    const QStringList names{v.make, v.modelName, v.trimName, v.body, v.powertrain, v.exteriorColor, v.interiorColor};
    const auto it = m_listingIndex.constFind(names);
    if (it != m_listingIndex.constEnd())
        return *it;
    const quint32 n = quint32(m_listings.size());
    m_listings << names;
    m_listingIndex.insert(names, n);
    return n;
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
    const QByteArray vin = v.vin.toUtf8();
    r.vin = quint32(m_text.size());
    r.vinLength = quint16(qMin<qsizetype>(vin.size(), 0xFFFF));
    m_text.append(vin.left(r.vinLength));
    // A car's pictures are its own (a dealer's URLs differ car by car): kept as text after its
    // VIN rather than numbered as shared names, which a hundred thousand would overflow.
    const QByteArray images = v.images.join(QLatin1Char('\n')).toUtf8();
    r.imagesLength = quint32(images.size());
    m_text.append(images);
    r.model = word(v.model);
    r.trim = word(v.trim);
    r.paint = word(v.paint);
    r.wheel = word(v.wheel);
    r.interior = word(v.interior);
    r.location = word(v.location);
    r.currency = word(v.price.currency);
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
    m_listings.squeeze();
    m_text.squeeze();
    m_ids.squeeze();
    m_words.squeeze();
    m_listOffsets.shrink_to_fit();
    m_listItems.shrink_to_fit();
    m_rows.shrink_to_fit();
}
