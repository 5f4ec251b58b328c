// SPDX-License-Identifier: GPL-3.0-or-later
#include "metafeedreader.h"

#include "feed/dealerfeedbuilder.h"
#include "feed/dealertable.h"
#include "feed/metanestedtext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

namespace {

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

/// Where each field is in this file's header: a nested field may be flattened, in JSON text, or
/// both (a row then uses whichever it filled).
struct Columns {
    int id = -1;
    // The plain fields, looked up once rather than by name on every row.
    int vin, make, model, trim, year, state, price, salePrice, currency, body, fuel, exterior, interior, availability, date,
        dealerId, dealerName, dealerPhone, latitude, longitude;
    int mileage = -1, mileageValue = -1, mileageUnit = -1;
    int address = -1;
    std::map<QString, int> addressParts; ///< "addr1", "city" … flattened as address.<part>
    std::map<int, int> imageUrls;        ///< image[N].url by N
    std::map<int, int> imageObjects;     ///< image[N] as JSON text, by N
    int image = -1;

    explicit Columns(const DealerTable &table)
    {
        for (const char *name : {"vehicle_id", "auto_listing_id", "id"}) {
            if (id < 0)
                id = table.column(QLatin1String(name));
        }
        int *plain[] = {&vin,       &make,     &model,      &trim,        &year,     &state,    &price,
                        &salePrice, &currency, &body,       &fuel,        &exterior, &interior, &availability,
                        &date,      &dealerId, &dealerName, &dealerPhone, &latitude, &longitude};
        const char *names[] = {"vin",
                               "make",
                               "model",
                               "trim",
                               "year",
                               "state_of_vehicle",
                               "price",
                               "sale_price",
                               "currency",
                               "body_style",
                               "fuel_type",
                               "exterior_color",
                               "interior_color",
                               "availability",
                               "date_first_on_lot",
                               "dealer_id",
                               "dealer_name",
                               "dealer_phone",
                               "latitude",
                               "longitude"};
        for (size_t i = 0; i < std::size(plain); ++i)
            *plain[i] = table.column(QLatin1String(names[i]));
        mileage = table.column(QStringLiteral("mileage"));
        mileageValue = table.column(QStringLiteral("mileage.value"));
        mileageUnit = table.column(QStringLiteral("mileage.unit"));
        address = table.column(QStringLiteral("address"));
        image = table.column(QStringLiteral("image"));
        const QRegularExpression indexed(QStringLiteral(R"(^image\[(\d{1,2})\](\.url)?$)"));
        for (int c = 0; c < table.names().size(); ++c) {
            const QString &name = table.names().at(c);
            if (name.startsWith(QLatin1String("address.")))
                addressParts.emplace(name.mid(8), c);
            const auto m = indexed.match(name);
            if (m.hasMatch())
                (m.capturedView(2).isEmpty() ? imageObjects : imageUrls).emplace(m.capturedView(1).toInt(), c);
        }
    }
};

/// Reads a JSON-text cell, noting a problem in the listing when it does not read.
std::optional<QJsonValue> nested(const QString &text, const QString &field, DealerListing &l)
{
    QString problem;
    auto value = MetaNestedText::read(text, &problem);
    if (!value)
        l.problems.append({field, problem});
    return value;
}

void readMileage(const DealerTable &t, const Columns &c, DealerListing &l)
{
    l.mileage = t.text(c.mileageValue);
    l.mileageUnit = t.text(c.mileageUnit);
    if (!l.mileage.isEmpty() || !l.mileageUnit.isEmpty())
        return;
    const QString text = t.text(c.mileage);
    if (!text.startsWith(QLatin1Char('{'))) {
        l.mileage = text; // "1500 KM"
        return;
    }
    if (const auto v = nested(text, QStringLiteral("mileage"), l)) {
        l.mileage = textOf(v->toObject().value(QStringLiteral("value")));
        l.mileageUnit = textOf(v->toObject().value(QStringLiteral("unit")));
    }
}

/// An address as a row's cells give it: the postal address, and a position when it holds one.
struct Address {
    PostalAddress postal;
    QString latitude;
    QString longitude;
};

/// The address its parts make ("addr1", "city" … by lower-case name).
Address addressOf(const QHash<QString, QString> &parts)
{
    // The keys as QStringLiteral: a QLatin1String would be converted, and allocated, on every
    // lookup.
    const auto first = [&parts](std::initializer_list<QString> keys) {
        for (const QString &key : keys) {
            const QString value = parts.value(key);
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    QStringList street{first({QStringLiteral("addr1"), QStringLiteral("street_address"), QStringLiteral("street")}),
                       first({QStringLiteral("addr2")}), first({QStringLiteral("addr3")})};
    street.removeAll(QString());
    return {{street.join(QStringLiteral(", ")),
             first({QStringLiteral("postal_code"), QStringLiteral("postcode"), QStringLiteral("zip")}),
             first({QStringLiteral("city")}), first({QStringLiteral("country")}),
             first({QStringLiteral("region"), QStringLiteral("state")})},
            first({QStringLiteral("latitude"), QStringLiteral("lat")}),
            first({QStringLiteral("longitude"), QStringLiteral("lon"), QStringLiteral("lng")})};
}

/// The addresses read so far, by the cell's text: a dealer's rows repeat one address, which is
/// read once rather than on every row.
using AddressCache = QHash<QString, Address>;

void readAddress(const DealerTable &t, const Columns &c, DealerListing &l, AddressCache &cache)
{
    QHash<QString, QString> parts;
    bool flattened = false; // any address.<part> cell filled
    for (const auto &[part, column] : c.addressParts) {
        const QString value = t.text(column);
        flattened = flattened || !value.isEmpty();
        parts.insert(part, value);
    }
    const QString text = flattened ? QString() : t.text(c.address);
    Address address;
    if (text.isEmpty()) {
        address = addressOf(parts);
    } else if (const auto known = cache.constFind(text); known != cache.constEnd()) {
        address = *known;
    } else {
        bool read = true;
        if (!text.startsWith(QLatin1Char('{'))) {
            parts.insert(QStringLiteral("addr1"), text); // an address on one line
        } else if (const auto v = nested(text, QStringLiteral("address"), l)) {
            const QJsonObject o = v->toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                parts.insert(it.key().toLower(), textOf(it.value()));
        } else {
            read = false; // the row has the problem; the next with this text is told it too
        }
        address = addressOf(parts);
        if (read) {
            if (cache.size() > 4096)
                cache.clear(); // a feed of a few dealers repeats a few addresses; thousands do not
            cache.insert(text, address);
        }
    }
    l.dealer.address = std::move(address.postal);
    if (l.dealer.latitude.isEmpty() && l.dealer.longitude.isEmpty()) {
        l.dealer.latitude = std::move(address.latitude);
        l.dealer.longitude = std::move(address.longitude);
    }
}

void readImages(const DealerTable &t, const Columns &c, DealerListing &l)
{
    for (const auto &[index, column] : c.imageUrls) {
        const QString url = t.text(column);
        if (!url.isEmpty())
            l.images << url;
    }
    QList<QJsonValue> objects;
    for (const auto &[index, column] : c.imageObjects) {
        const QString text = t.text(column);
        if (text.startsWith(QLatin1Char('{'))) {
            if (const auto v = nested(text, QStringLiteral("image"), l))
                objects << *v;
        } else if (!text.isEmpty()) {
            l.images << text;
        }
    }
    const QString text = t.text(c.image);
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) {
        if (const auto v = nested(text, QStringLiteral("image"), l)) {
            const QJsonArray array = v->isArray() ? v->toArray() : QJsonArray{*v};
            for (const QJsonValue &item : array)
                objects << item;
        }
    } else if (!text.isEmpty()) {
        l.images << text;
    }
    for (const QJsonValue &o : std::as_const(objects)) {
        const QString url = o.isString() ? o.toString() : textOf(o.toObject().value(QStringLiteral("url")));
        if (!url.isEmpty())
            l.images << url;
    }
}

QString condition(const QString &state, DealerListing &l)
{
    const QString s = state.toLower();
    if (s == QLatin1String("new") || s == QLatin1String("used") || s == QLatin1String("cpo"))
        return s;
    l.problems.append({QStringLiteral("state_of_vehicle"),
                       state.isEmpty() ? QStringLiteral("is missing; expected NEW, USED or CPO")
                                       : QStringLiteral("is \"%1\"; expected NEW, USED or CPO").arg(state.left(40))});
    return {};
}

QString availability(const QString &text, DealerListing &l)
{
    const QString a = text.toLower();
    if (a.isEmpty() || a == QLatin1String("available") || a == QLatin1String("in stock") || a == QLatin1String("unknown"))
        return QStringLiteral("available");
    if (a == QLatin1String("pending"))
        return QStringLiteral("reserved");
    if (a == QLatin1String("not_available") || a == QLatin1String("out of stock") || a == QLatin1String("sold"))
        return QStringLiteral("gone");
    l.problems.append({QStringLiteral("availability"),
                       QStringLiteral("is \"%1\"; expected AVAILABLE, PENDING or NOT_AVAILABLE").arg(text.left(40))});
    return {};
}

/// The rows from the table's position up to `until` (see DealerRows::Reader).
void readRows(DealerTable &t, DealerFeedBuilder &builder, qsizetype until)
{
    const Columns c(t); // of this table's own names: a second part's thread shares none
    AddressCache addresses;
    while (t.next(until)) {
        DealerListing l;
        l.line = t.line();
        if (const QString problem = t.problem(); !problem.isEmpty())
            l.problems.append({QStringLiteral("row"), problem});
        l.stockId = t.text(c.id);
        l.stockIdField = t.names().at(c.id);
        l.vin = t.text(c.vin);
        l.make = t.text(c.make);
        l.model = t.text(c.model);
        l.trim = t.text(c.trim);
        l.year = t.text(c.year);
        l.condition = condition(t.text(c.state), l);
        l.price = t.text(c.price);
        l.salePrice = t.text(c.salePrice);
        l.currency = t.text(c.currency);
        l.body = t.text(c.body);
        l.fuel = t.text(c.fuel);
        l.exteriorColor = t.text(c.exterior);
        l.interiorColor = t.text(c.interior);
        l.availability = availability(t.text(c.availability), l);
        l.dateInStock = t.text(c.date);
        l.dealer.code = t.text(c.dealerId);
        l.dealer.name = t.text(c.dealerName);
        l.dealer.phone = t.text(c.dealerPhone);
        l.dealer.latitude = t.text(c.latitude);
        l.dealer.longitude = t.text(c.longitude);
        readMileage(t, c, l);
        readAddress(t, c, l, addresses);
        readImages(t, c, l);
        builder.add(l);
    }
}

} // namespace

QString MetaFeedReader::read(QByteArrayView bytes, char delimiter, DealerFeedBuilder &builder, qsizetype twoPartsFrom,
                             DealerRows::How *how)
{
    DealerTable t(bytes, delimiter);
    if (t.names().isEmpty())
        return QStringLiteral("the file has no header row");
    if (Columns(t).id < 0)
        return QStringLiteral("a Meta catalog needs a vehicle_id column; this file's columns are %1")
            .arg(t.names().mid(0, 8).join(QStringLiteral(", ")));
    const DealerRows::How read = DealerRows::read(t, builder, readRows, twoPartsFrom);
    if (how)
        *how = read;
    return {};
}
