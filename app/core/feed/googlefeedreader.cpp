// SPDX-License-Identifier: GPL-3.0-or-later
#include "googlefeedreader.h"

#include "feed/dealerfeedbuilder.h"
#include "feed/dealertable.h"
#include "inventory/vin.h"

#include <QRegularExpression>

namespace {

/// Google's yes and no: 1/0, y/n, yes/no, true/false; nullopt for anything else.
std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("1") || t == QLatin1String("y") || t == QLatin1String("yes") || t == QLatin1String("true"))
        return true;
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("n") || t == QLatin1String("no")
        || t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QString condition(const QString &text, const QString &certified, DealerListing &l)
{
    const QString c = text.toLower();
    const auto cpo = yesNo(certified);
    if (!cpo)
        l.problems.append({QStringLiteral("certified_pre_owned"),
                           QStringLiteral("is \"%1\"; expected yes or no (1, 0, y, n)").arg(certified.left(40))});
    if (c == QLatin1String("new") || c == QLatin1String("n")) {
        if (cpo.value_or(false))
            l.problems.append({QStringLiteral("certified_pre_owned"), QStringLiteral("a new car cannot be certified pre-owned")});
        return QStringLiteral("new");
    }
    if (c == QLatin1String("used") || c == QLatin1String("u"))
        return cpo.value_or(false) ? QStringLiteral("cpo") : QStringLiteral("used");
    l.problems.append({QStringLiteral("condition"),
                       c.isEmpty() ? QStringLiteral("is missing; expected new or used")
                                   : QStringLiteral("is \"%1\"; expected new or used").arg(text.left(40))});
    return {};
}

/// Google allows several links in one cell, separated by commas; a comma inside a link stays.
QStringList links(const QString &cell)
{
    static thread_local const QRegularExpression separator(QStringLiteral(R"(,\s*(?=https?://))"));
    QStringList out;
    for (const QString &link : cell.split(separator, Qt::SkipEmptyParts)) {
        if (!link.trimmed().isEmpty())
            out << link.trimmed();
    }
    return out;
}

/// "1800 Amphibious Blvd., Mountain View, CA 94045, US": kept whole as the street line, with the
/// country when the last part is a two-letter code.
PostalAddress address(const QString &line)
{
    PostalAddress a;
    a.street = line;
    const QString last = line.section(QLatin1Char(','), -1).trimmed();
    if (line.contains(QLatin1Char(',')) && last.size() == 2 && last.at(0).isLetter() && last.at(1).isLetter())
        a.country = last.toUpper();
    return a;
}

int firstOf(const DealerTable &t, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int c = t.column(QLatin1String(name));
        if (c >= 0)
            return c;
    }
    return -1;
}

} // namespace

QString GoogleFeedReader::read(QByteArrayView bytes, char delimiter, DealerFeedBuilder &builder, qsizetype twoPartsFrom,
                               DealerRows::How *how)
{
    DealerTable t(bytes, delimiter);
    if (t.names().isEmpty())
        return QStringLiteral("the file has no header row");
    const int vin = t.column(QStringLiteral("vin"));
    if (vin < 0)
        return QStringLiteral("Google vehicle listings need a vin column; this file's columns are %1")
            .arg(t.names().mid(0, 8).join(QStringLiteral(", ")));
    const int store = t.column(QStringLiteral("store_code")), fulfillment = t.column(QStringLiteral("vehicle_fulfillment")),
              name = t.column(QStringLiteral("dealership_name")), where = t.column(QStringLiteral("dealership_address")),
              phone = t.column(QStringLiteral("tracking_phone_number")), price = t.column(QStringLiteral("price")),
              state = t.column(QStringLiteral("condition")), certified = t.column(QStringLiteral("certified_pre_owned")),
              make = firstOf(t, {"make", "brand"}), model = t.column(QStringLiteral("model")),
              trim = t.column(QStringLiteral("trim")), year = t.column(QStringLiteral("year")),
              mileage = t.column(QStringLiteral("mileage")), colour = firstOf(t, {"color", "exterior_color"}),
              interior = t.column(QStringLiteral("interior_color")), body = t.column(QStringLiteral("body_style")),
              fuel = firstOf(t, {"engine", "fuel_type"}), date = t.column(QStringLiteral("date_in_stock")),
              image = t.column(QStringLiteral("image_link"));
    const QList<int> additional = t.columns(QStringLiteral("additional_image_link"));
    // The columns are numbers, the same in either part's table.
    const auto readRows = [=](DealerTable &t, DealerFeedBuilder &builder, qsizetype until) {
        while (t.next(until)) {
            DealerListing l;
            l.line = t.line();
            if (const QString problem = t.problem(); !problem.isEmpty())
                l.problems.append({QStringLiteral("row"), problem});
            l.vin = t.text(vin);
            // Google knows a car by its VIN; in capitals a VIN has no lower case to lose.
            l.stockId = Vin::normalized(l.vin).toLower();
            l.stockIdField = QStringLiteral("vin");
            l.make = t.text(make);
            l.model = t.text(model);
            l.trim = t.text(trim);
            l.year = t.text(year);
            l.condition = condition(t.text(state), t.text(certified), l);
            l.mileage = t.text(mileage);
            l.price = t.text(price);
            l.body = t.text(body);
            l.fuel = t.text(fuel);
            l.exteriorColor = t.text(colour);
            l.interiorColor = t.text(interior);
            l.dateInStock = t.text(date);
            l.images = links(t.text(image));
            for (int c : additional)
                l.images << links(t.text(c));
            // vehicle_fulfillment is "in_store:STORE1" when store_code is left empty.
            l.dealer.code = t.text(store);
            if (l.dealer.code.isEmpty())
                l.dealer.code = t.text(fulfillment).section(QLatin1Char(':'), 1).trimmed();
            l.dealer.name = t.text(name);
            l.dealer.phone = t.text(phone);
            l.dealer.address = address(t.text(where));
            builder.add(l);
        }
    };
    const DealerRows::How read = DealerRows::read(t, builder, readRows, twoPartsFrom);
    if (how)
        *how = read;
    return {};
}
