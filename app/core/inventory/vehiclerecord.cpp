// SPDX-License-Identifier: GPL-3.0-or-later
#include "vehiclerecord.h"

#include "common/recordreader.h"
#include "inventory/vin.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {

const QStringList &powertrains()
{
    static const QStringList names{QStringLiteral("bev"), QStringLiteral("phev"), QStringLiteral("hybrid"),
                                   QStringLiteral("petrol")};
    return names;
}

/// Appends `text` as a JSON string. Plain ASCII, what nearly every field holds, is copied in one
/// pass; from its first other character on, the rest is escaped from its UTF-8.
void appendEscaped(QByteArray &out, QByteArrayView utf8);

void appendString(QByteArray &out, const QString &text)
{
    const qsizetype at = out.size(), n = text.size();
    out.resize(at + n + 2);
    char *to = out.data() + at + 1;
    to[-1] = '"';
    const QChar *from = text.constData();
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = from[i].unicode();
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        to[i] = char(c);
    }
    if (i == n) {
        to[n] = '"';
        return;
    }
    out.resize(at + 1 + i);
    appendEscaped(out, QStringView(text).sliced(i).toUtf8());
    out += '"';
}

/// A JSON string's UTF-8 text as a string's content: quotes, backslashes and control characters
/// escaped, the rest as it is.
void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendPadded(QByteArray &out, int value, int width)
{
    char digits[12];
    int n = 0;
    for (; n < width || value > 0; ++n, value /= 10)
        digits[n] = char('0' + value % 10);
    std::reverse(digits, digits + n);
    out.append(digits, n);
}

/// "2026-11-01", as Qt::ISODate writes it, without QDateTime's formatter (two dates a car).
void appendIsoDate(QByteArray &out, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one conversion from the day number, not three
    if (!date.isValid() || year < 1 || year > 9999) {
        out += date.toString(Qt::ISODate).toUtf8();
        return;
    }
    appendPadded(out, year, 4);
    out += '-';
    appendPadded(out, month, 2);
    out += '-';
    appendPadded(out, day, 2);
}

} // namespace

void VehicleRecord::appendTimestamp(QByteArray &out, const QDateTime &t)
{
    if (t.timeSpec() != Qt::UTC || !t.isValid()) {
        out += t.toString(Qt::ISODate).toUtf8();
        return;
    }
    const QTime time = t.time();
    appendIsoDate(out, t.date());
    out += 'T';
    appendPadded(out, time.hour(), 2);
    out += ':';
    appendPadded(out, time.minute(), 2);
    out += ':';
    appendPadded(out, time.second(), 2);
    out += 'Z';
}

QString VehicleRecord::timestampText(const QDateTime &t)
{
    QByteArray out;
    appendTimestamp(out, t);
    return QString::fromUtf8(out);
}

namespace {

/// Writes `"key":` and the value; empty optional strings are left out, so a brand car's
/// document carries no dealer fields.
class DocumentWriter
{
public:
    explicit DocumentWriter(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    void key(const char *name)
    {
        // `,"name":` in one go: a car's document has some twenty keys.
        const qsizetype length = qsizetype(qstrlen(name)), at = m_out.size();
        m_out.resize(at + length + (m_first ? 3 : 4));
        char *to = m_out.data() + at;
        if (!m_first)
            *to++ = ',';
        m_first = false;
        *to++ = '"';
        std::memcpy(to, name, size_t(length));
        to += length;
        *to++ = '"';
        *to = ':';
    }
    void string(const char *name, const QString &value, bool always = true)
    {
        if (!always && value.isEmpty())
            return;
        key(name);
        appendString(m_out, value);
    }
    void number(const char *name, qint64 value)
    {
        key(name);
        appendNumber(m_out, value);
    }
    void strings(const char *name, const QStringList &values)
    {
        key(name);
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                m_out += ',';
            appendString(m_out, values.at(i));
        }
        m_out += ']';
    }
    void end() { m_out += '}'; }

private:
    QByteArray &m_out;
    bool m_first = true;
};

} // namespace

bool VehicleRecord::isPictureUrl(const QString &url)
{
    // Cheaper than QUrl's strict parse, which every stored car's pictures would pass through at
    // every start; the picture loader copes with whatever a well-formed URL then serves.
    if (url.size() > RecordReader::kMaxUrl)
        return false;
    qsizetype rest = 0;
    if (url.startsWith(QLatin1String("https://")))
        rest = 8;
    else if (url.startsWith(QLatin1String("http://")))
        rest = 7;
    else if (url.startsWith(QLatin1String("file:/")))
        return url.size() > 6;
    else
        return false;
    if (url.size() <= rest || url.at(rest) == QLatin1Char('/'))
        return false; // no host
    for (const QChar c : url) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F || c.isSpace())
            return false;
    }
    return true;
}

std::optional<Vehicle> VehicleRecord::read(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("vehicles"), issues);
    Vehicle v;
    v.id = r.id();
    v.vin = Vin::normalized(r.string(QStringLiteral("vin")));
    v.make = r.string(QStringLiteral("make"), false, RecordReader::kMaxName);
    // The brand's own cars are configured from the catalog; a dealer's listing names its car
    // and may be mapped onto a catalog model and trim.
    const bool configured = v.make.isEmpty();
    v.model = r.identifier(QStringLiteral("model"), configured);
    v.trim = r.identifier(QStringLiteral("trim"), configured);
    v.modelName = r.string(QStringLiteral("model_name"), !configured, RecordReader::kMaxName);
    v.trimName = r.string(QStringLiteral("trim_name"), false, RecordReader::kMaxName);
    v.body = r.identifier(QStringLiteral("body"), false);
    v.powertrain = r.string(QStringLiteral("powertrain"), false);
    if (!v.powertrain.isEmpty() && !powertrains().contains(v.powertrain))
        r.fail(QStringLiteral("powertrain"),
               QStringLiteral("is \"%1\"; expected one of %2").arg(v.powertrain, powertrains().join(QStringLiteral(", "))));
    v.exteriorColor = r.string(QStringLiteral("exterior_color"), false, RecordReader::kMaxName);
    v.interiorColor = r.string(QStringLiteral("interior_color"), false, RecordReader::kMaxName);
    v.year = r.integer(QStringLiteral("year"), 1900, 2100);
    const QString condition = r.oneOf(QStringLiteral("condition"),
                                      {QStringLiteral("new"), QStringLiteral("cpo"), QStringLiteral("used")});
    v.condition = condition == QLatin1String("cpo") ? Vehicle::Condition::Cpo
        : condition == QLatin1String("used")        ? Vehicle::Condition::Used
                                                    : Vehicle::Condition::New;
    const QJsonObject mileage = r.object(QStringLiteral("mileage"));
    const QString unit = mileage.value(QStringLiteral("unit")).toString();
    const double value = mileage.value(QStringLiteral("value")).toDouble(-1);
    // A rejected value (negative, fractional, 1e103) is never converted: that would be undefined.
    const bool readable = value >= 0 && value <= double(Mileage::kMax) && value == std::floor(value);
    if (!mileage.isEmpty()) {
        if (unit != QLatin1String("km") && unit != QLatin1String("mi"))
            r.fail(QStringLiteral("mileage.unit"), QStringLiteral("must be \"km\" or \"mi\"; Vitrine never guesses the unit"));
        if (!readable)
            r.fail(QStringLiteral("mileage.value"), QStringLiteral("must be a whole number from 0 to 2,000,000"));
    }
    v.mileage = {readable ? qint64(value) : 0, unit == QLatin1String("mi") ? Mileage::Unit::Mi : Mileage::Unit::Km};
    v.paint = r.identifier(QStringLiteral("paint"), configured);
    v.wheel = r.identifier(QStringLiteral("wheel"), configured);
    v.interior = r.identifier(QStringLiteral("interior"), configured);
    v.options = r.identifiers(QStringLiteral("options"));
    const QJsonObject price = r.object(QStringLiteral("price"));
    if (!price.isEmpty()) {
        QString problem;
        const QString currency = price.value(QStringLiteral("currency")).toString();
        if (currency.size() != 3)
            r.fail(QStringLiteral("price.currency"), QStringLiteral("must be an ISO 4217 code"));
        else if (!Money::fromJson(price.value(QStringLiteral("amount")), currency, &v.price, &problem))
            r.fail(QStringLiteral("price.amount"), problem);
        else if (v.price.minor <= 0)
            r.fail(QStringLiteral("price.amount"), QStringLiteral("must be more than zero"));
    }
    v.location = r.identifier(QStringLiteral("location"));
    const QString status = r.oneOf(QStringLiteral("status"),
                                   {QStringLiteral("available"), QStringLiteral("reserved"), QStringLiteral("in-transit")},
                                   QStringLiteral("available"));
    v.status = status == QLatin1String("reserved") ? Vehicle::Status::Reserved
        : status == QLatin1String("in-transit")    ? Vehicle::Status::InTransit
                                                   : Vehicle::Status::Available;
    v.added = r.date(QStringLiteral("added"));
    v.registered = r.date(QStringLiteral("registered"), false);
    for (const QJsonValue &image : r.array(QStringLiteral("images"), false)) {
        if (v.images.size() == kMaxImages) {
            r.warn(QStringLiteral("images"), QStringLiteral("more than %1 pictures; the rest are left out").arg(kMaxImages));
            break;
        }
        const QString url = image.toString();
        if (isPictureUrl(url))
            v.images.append(url);
        else
            r.warn(QStringLiteral("images"), QStringLiteral("\"%1\" is not a picture URL; left out").arg(url.left(80)));
    }
    v.updated = r.timestamp(QStringLiteral("updated"));
    return r.ok() ? std::optional(v) : std::nullopt;
}

QByteArray VehicleRecord::write(const Vehicle &v)
{
    QByteArray out;
    out.reserve(768);
    write(v, out);
    return out;
}

void VehicleRecord::write(const Vehicle &v, QByteArray &out)
{
    writeFields(v, out, true);
}

void VehicleRecord::writeStored(const Vehicle &v, QByteArray &out)
{
    writeFields(v, out, false);
}

void VehicleRecord::appendWhole(QByteArray &out, QByteArrayView stored, const Columns &columns)
{
    // A document stored whole (write() starts with the id) is taken as it is.
    if (stored.startsWith("{\"id\":") || !stored.startsWith('{')) {
        out += stored;
        return;
    }
    out += '{';
    for (const auto &[key, value] :
         {std::pair("id", columns.id), std::pair("vin", columns.vin), std::pair("condition", columns.condition),
          std::pair("location", columns.location), std::pair("updated", columns.updated)}) {
        if (value.isNull())
            continue; // SQL NULL: nothing to say
        out += '"';
        out += key;
        out += "\":\"";
        appendEscaped(out, value);
        out += "\",";
    }
    out += stored.sliced(1);
    if (out.endsWith(",}"))
        out.remove(out.size() - 2, 1); // a document of nothing but the columns' fields
}

QJsonObject VehicleRecord::withDefaults(QJsonObject record)
{
    if (!record.contains(QStringLiteral("options")))
        record.insert(QStringLiteral("options"), QJsonArray());
    if (!record.contains(QStringLiteral("status")))
        record.insert(QStringLiteral("status"), Vehicle::statusName(Vehicle::Status::Available));
    return record;
}

void VehicleRecord::writeFields(const Vehicle &v, QByteArray &out, bool whole)
{
    DocumentWriter w(out);
    if (whole) {
        w.string("id", v.id);
        w.string("vin", v.vin);
    }
    w.string("make", v.make, false);
    w.string("model", v.model, false);
    w.string("model_name", v.modelName, false);
    w.string("trim", v.trim, false);
    w.string("trim_name", v.trimName, false);
    w.string("body", v.body, false);
    w.string("powertrain", v.powertrain, false);
    w.number("year", v.year);
    if (whole)
        w.string("condition", Vehicle::conditionName(v.condition));
    w.key("mileage");
    out += "{\"value\":";
    appendNumber(out, v.mileage.value);
    out += v.mileage.unit == Mileage::Unit::Mi ? ",\"unit\":\"mi\"}" : ",\"unit\":\"km\"}";
    w.string("paint", v.paint, false);
    w.string("wheel", v.wheel, false);
    w.string("interior", v.interior, false);
    w.string("exterior_color", v.exteriorColor, false);
    w.string("interior_color", v.interiorColor, false);
    if (whole || !v.options.isEmpty())
        w.strings("options", v.options);
    w.key("price");
    const qint64 units = v.price.minor / Money::kMinorPerMajor, cents = v.price.minor % Money::kMinorPerMajor;
    out += "{\"amount\":";
    appendNumber(out, units);
    if (cents) {
        out += '.';
        appendPadded(out, int(cents), 2);
    }
    out += ",\"currency\":";
    appendString(out, v.price.currency);
    out += '}';
    if (whole)
        w.string("location", v.location);
    if (whole || v.status != Vehicle::Status::Available)
        w.string("status", Vehicle::statusName(v.status));
    w.key("added");
    out += '"';
    appendIsoDate(out, v.added);
    out += '"';
    if (v.registered.isValid()) {
        w.key("registered");
        out += '"';
        appendIsoDate(out, v.registered);
        out += '"';
    }
    if (!v.images.isEmpty())
        w.strings("images", v.images);
    if (whole) {
        w.key("updated");
        out += '"';
        appendTimestamp(out, v.updated);
        out += '"';
    }
    w.end();
}

quint64 VehicleRecord::digest(QByteArrayView stored, QByteArrayView vin, QByteArrayView condition, QByteArrayView location)
{
    // Seeded alike in every run; each text's length goes into the next one's seed.
    size_t hash = qHashBits(stored.data(), size_t(stored.size()), 0);
    for (const QByteArrayView text : {vin, condition, location})
        hash = qHashBits(text.data(), size_t(text.size()), hash ^ size_t(text.size()));
    return quint64(hash);
}

void VehicleRecord::appendUtf8(QByteArray &out, const QString &text)
{
    const qsizetype at = out.size(), n = text.size();
    out.resize(at + n);
    char *to = out.data() + at;
    const QChar *from = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = from[i].unicode();
        if (c >= 0x80) {
            out.resize(at + i);
            out += QStringView(text).sliced(i).toUtf8();
            return;
        }
        to[i] = char(c);
    }
}
