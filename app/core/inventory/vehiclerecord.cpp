#include "vehiclerecord.h"

#include "common/recordreader.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

std::optional<Vehicle> VehicleRecord::read(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("vehicles"), issues);
    Vehicle v;
    v.id = r.id();
    v.vin = r.string(QStringLiteral("vin"));
    v.model = r.identifier(QStringLiteral("model"));
    v.trim = r.identifier(QStringLiteral("trim"));
    v.year = r.integer(QStringLiteral("year"), 1990, 2100);
    const QString condition = r.oneOf(QStringLiteral("condition"),
                                      {QStringLiteral("new"), QStringLiteral("cpo"), QStringLiteral("used")});
    v.condition = condition == QLatin1String("cpo")    ? Vehicle::Condition::Cpo
        : condition == QLatin1String("used")           ? Vehicle::Condition::Used
                                                       : Vehicle::Condition::New;
    const QJsonObject mileage = r.object(QStringLiteral("mileage"));
    const QString unit = mileage.value(QStringLiteral("unit")).toString();
    const double value = mileage.value(QStringLiteral("value")).toDouble(-1);
    if (!mileage.isEmpty()) {
        if (unit != QLatin1String("km") && unit != QLatin1String("mi"))
            r.fail(QStringLiteral("mileage.unit"), QStringLiteral("must be \"km\" or \"mi\"; Vitrine never guesses the unit"));
        if (value < 0 || value > 2e6 || value != std::floor(value))
            r.fail(QStringLiteral("mileage.value"), QStringLiteral("must be a whole number from 0 to 2,000,000"));
    }
    // A rejected value (negative, fractional, 1e103) is never converted: that would be undefined.
    const bool readable = value >= 0 && value <= 2e6 && value == std::floor(value);
    v.mileage = {readable ? qint64(value) : 0, unit == QLatin1String("mi") ? Mileage::Unit::Mi : Mileage::Unit::Km};
    v.paint = r.identifier(QStringLiteral("paint"));
    v.wheel = r.identifier(QStringLiteral("wheel"));
    v.interior = r.identifier(QStringLiteral("interior"));
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
    const QString status = r.oneOf(QStringLiteral("status"), {QStringLiteral("available"), QStringLiteral("reserved"),
                                                              QStringLiteral("in-transit")},
                                   QStringLiteral("available"));
    v.status = status == QLatin1String("reserved")   ? Vehicle::Status::Reserved
        : status == QLatin1String("in-transit")      ? Vehicle::Status::InTransit
                                                     : Vehicle::Status::Available;
    v.added = r.date(QStringLiteral("added"));
    v.registered = r.date(QStringLiteral("registered"), false);
    for (const QJsonValue &image : r.array(QStringLiteral("images"), false)) {
        const QUrl url(image.toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")
                               && url.scheme() != QLatin1String("file")))
            r.warn(QStringLiteral("images"), QStringLiteral("\"%1\" is not a picture URL; left out").arg(image.toString()));
        else
            v.images.append(url.toString());
    }
    v.updated = r.timestamp(QStringLiteral("updated"));
    return r.ok() ? std::optional(v) : std::nullopt;
}
