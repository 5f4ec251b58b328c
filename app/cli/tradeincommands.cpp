// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradeincommands.h"

#include "commandline.h"

#include "catalog/catalogrows.h"
#include "inventory/tradein.h"
#include "inventory/vehiclerows.h"
#include "kiosk/studiosettings.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

const char *kUsage = "  tradein --model M --year Y --mileage N --unit km|mi [--make X] [--condition excellent|good|fair]\n"
                     "          [--market X | --studio S]\n"
                     "                    a visitor's car valued from the comparable cars in stock as the kiosk values it:\n"
                     "                    the range, how many cars it rests on and the closest three, or that an expert\n"
                     "                    values it when too few compare (JSON). Without --make the brand's own cars (M a\n"
                     "                    model's name or id); with it a make dealers list. The market's currency and\n"
                     "                    terms: --market, the studio's, or this screen's studio's\n";

// Written when the estimate has too few cars to say a number: what the kiosk tells the visitor.
const char *kExpertMessage = "Too few comparable cars in stock (%1 of the %2 needed) to give a range: an expert values "
                             "the car in the studio.";

// The brand's own cars go by this make when no --make is given; no dealer lists under it.
const QString kOwnBrand = QStringLiteral("\x01own-brand");

const char *conditionNames[] = {"excellent", "good", "fair"};

struct Asked {
    TradeInRequest request; ///< without currency: the market gives it
    bool ownBrand = true;
};

std::optional<Asked> read(const CommandLine &line, QString *problem)
{
    const auto fail = [problem](const QString &text) {
        *problem = QStringLiteral("tradein: ") + text;
        return std::nullopt;
    };
    Asked asked;
    TradeInRequest &r = asked.request;
    r.model = line.value("--model").simplified();
    if (r.model.isEmpty())
        return fail(QStringLiteral("--model needs the car's model, e.g. --model \"Vega E\""));
    asked.ownBrand = !line.has("--make");
    r.make = asked.ownBrand ? kOwnBrand : line.value("--make").simplified();
    if (r.make.isEmpty())
        return fail(QStringLiteral("--make needs a name, or leave it out for the brand's own cars"));
    bool ok = false;
    r.year = line.value("--year").toInt(&ok);
    const int latest = QDate::currentDate().year() + 1;
    if (!line.has("--year") || !ok || r.year < 1950 || r.year > latest)
        return fail(
            QStringLiteral("--year needs a model year from 1950 to %1, not \"%2\"").arg(latest).arg(line.value("--year")));
    const qint64 mileage = line.value("--mileage").toLongLong(&ok);
    if (!line.has("--mileage") || !ok || mileage < 0 || mileage > Mileage::kMax)
        return fail(QStringLiteral("--mileage needs a whole number from 0 to %1, not \"%2\"")
                        .arg(Mileage::kMax)
                        .arg(line.value("--mileage")));
    // The unit is asked, never guessed: 40,000 read as km when it was miles is a car valued wrong.
    const auto unit = Mileage::unitNamed(line.value("--unit"));
    if (!line.has("--unit") || !unit)
        return fail(QStringLiteral("--unit needs km or mi, not \"%1\"").arg(line.value("--unit")));
    r.mileage = Mileage{mileage, *unit};
    const QString condition = line.value("--condition").trimmed().toLower();
    if (condition.isEmpty() || condition == QLatin1String("good"))
        r.condition = TradeInRequest::Condition::Good;
    else if (condition == QLatin1String("excellent"))
        r.condition = TradeInRequest::Condition::Excellent;
    else if (condition == QLatin1String("fair"))
        r.condition = TradeInRequest::Condition::Fair;
    else
        return fail(QStringLiteral("--condition is excellent, good or fair, not \"%1\"").arg(line.value("--condition")));
    if (line.has("--market") && line.has("--studio"))
        return fail(QStringLiteral("give --market or --studio, not both"));
    return asked;
}

double major(qint64 minor)
{
    return double(minor) / Money::kMinorPerMajor;
}

QJsonObject mileageJson(const Mileage &m)
{
    return {{QStringLiteral("value"), m.value}, {QStringLiteral("unit"), m.unitName()}};
}

} // namespace

const char *TradeInCommands::usage()
{
    return kUsage;
}

QString TradeInCommands::problem(const CommandLine &line)
{
    QString problem;
    read(line, &problem);
    return problem;
}

int TradeInCommands::run(QSqlDatabase db, const CommandLine &line)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    std::optional<Asked> asked = read(line, &error);
    if (!asked) {
        err << "vitrinectl: " << error << "\n";
        return 64;
    }
    const auto catalog = CatalogRows(db).catalog(&error);
    const auto stock = catalog ? VehicleRows(db).vehicles(&error) : std::nullopt;
    if (!catalog || !stock || catalog->markets.isEmpty()) {
        err << "vitrinectl: tradein needs a catalog and stock; import a feed first"
            << (error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)) << "\n";
        return 1;
    }
    const auto known = [](const auto &list) {
        QStringList ids;
        for (const auto &x : list)
            ids << x.id;
        return ids.join(QStringLiteral(", "));
    };
    const Market *market = nullptr;
    if (line.has("--market")) {
        market = catalog->market(line.value("--market"));
        if (!market) {
            err << "vitrinectl: there is no market \"" << line.value("--market") << "\"; the catalog has "
                << known(catalog->markets) << "\n";
            return 1;
        }
    } else {
        const bool studioGiven = line.has("--studio");
        const QString studioId = studioGiven ? line.value("--studio") : StudioSettings(db).load().studio;
        const Studio *studio = catalog->studio(studioId);
        if (!studio && studioGiven) {
            err << "vitrinectl: there is no studio \"" << studioId << "\"; the catalog has " << known(catalog->studios) << "\n";
            return 1;
        }
        market = catalog->market(studio ? studio->market : catalog->markets.first().id);
        if (!market)
            market = &catalog->markets.first();
    }

    TradeInRequest request = asked->request;
    request.currency = market->currency;
    // A catalog model may be named by its id too ("vega-e" is the Vega E).
    const CarModel *byId = asked->ownBrand ? catalog->model(request.model.toLower()) : nullptr;
    if (byId)
        request.model = byId->name.text(QStringLiteral("en"));
    const QString language = QStringLiteral("en");
    const TradeInEstimate e = TradeInEstimator::estimate(
        request, *stock, TradeInEstimator::catalogNames(*catalog, asked->ownBrand ? kOwnBrand : QString(), language),
        TradeInPolicy::of(market->tradeIn));

    QJsonObject car{{QStringLiteral("model"), request.model},
                    {QStringLiteral("year"), request.year},
                    {QStringLiteral("mileage"), mileageJson(request.mileage)},
                    {QStringLiteral("condition"), QLatin1String(conditionNames[int(request.condition)])}};
    car.insert(QStringLiteral("make"), asked->ownBrand ? QJsonValue() : QJsonValue(request.make));
    QJsonArray closest;
    for (const TradeInComparable &c : e.closest)
        closest.append(QJsonObject{{QStringLiteral("vehicle_id"), c.vehicleId},
                                   {QStringLiteral("year"), c.year},
                                   {QStringLiteral("mileage"), mileageJson(c.mileage)},
                                   {QStringLiteral("price"), major(c.price.minor)},
                                   {QStringLiteral("trade_value"), major(c.tradeValue.minor)}});
    QJsonObject result{{QStringLiteral("car"), car},
                       {QStringLiteral("market"), market->id},
                       {QStringLiteral("currency"), market->currency},
                       {QStringLiteral("valued"), e.valued},
                       {QStringLiteral("basis"), e.basis},
                       {QStringLiteral("closest"), closest}};
    if (e.valued) {
        result.insert(QStringLiteral("low"), major(e.low.minor));
        result.insert(QStringLiteral("high"), major(e.high.minor));
    } else {
        const int needed = std::max(1, TradeInPolicy::of(market->tradeIn).minComparables);
        result.insert(QStringLiteral("low"), QJsonValue());
        result.insert(QStringLiteral("high"), QJsonValue());
        result.insert(QStringLiteral("message"), QString::fromLatin1(kExpertMessage).arg(e.basis).arg(needed));
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    return 0;
}
