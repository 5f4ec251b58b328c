// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradein.h"

#include "inventory/vin.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

// `wanted` is already simplified and not empty. Most names differ or match as they are: only a name
// with spaces in it is tidied (a copy) before it is compared again.
bool sameName(const QString &name, const QString &wanted)
{
    if (name.isEmpty())
        return false;
    if (name.compare(wanted, Qt::CaseInsensitive) == 0)
        return true;
    const bool spaced = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace(); });
    return spaced && name.simplified().compare(wanted, Qt::CaseInsensitive) == 0;
}

// A comparable while the stock is scanned: no strings copied until it is one of the closest.
struct Candidate {
    const Vehicle *car;
    double tradeValueMinor; // already whole minor units
    double distance;
};

double conditionFactor(TradeInRequest::Condition c)
{
    switch (c) {
    case TradeInRequest::Condition::Excellent:
        return 1.03;
    case TradeInRequest::Condition::Good:
        return 1.0;
    case TradeInRequest::Condition::Fair:
        return 0.93;
    }
    return 1.0;
}

// The value at fraction `p` of the sorted values, between neighbours where it falls between. At
// p x (n + 1) rather than p x (n - 1): the latter pulls the quartiles of a few values towards their
// middle, so four cars gave a narrower range than forty of the same spread; this one widens the
// range as the cars thin out (two or three span from the cheapest to the dearest).
double quantile(const std::vector<double> &sorted, double p)
{
    const double at = std::clamp(p * double(sorted.size() + 1) - 1.0, 0.0, double(sorted.size() - 1));
    const auto below = size_t(std::floor(at));
    const auto above = std::min(sorted.size() - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - double(below));
}

constexpr qint64 kRoundMinor = 100 * Money::kMinorPerMajor; // estimates are said to the hundred
constexpr qsizetype kPrefetchAhead = 8;

} // namespace

namespace {

/// What an estimate asks of every car, worked out once per request.
struct Asked {
    const TradeInRequest &request;
    const TradeInPolicy &policy;
    double km;
    double margins;
    double condition;
};

/// The car as a comparable when its numbers are near enough (its names already matched or about
/// to be, by `namesMatch`), into `out`.
template<typename NamesMatch>
void consider(const Vehicle &v, const Asked &a, NamesMatch &&namesMatch, std::vector<Candidate> &out)
{
    const TradeInRequest &request = a.request;
    const TradeInPolicy &policy = a.policy;
    // The car's own numbers first: they drop most of a large stock without touching its
    // strings (other cache lines) or calling namesOf.
    if (v.condition == Vehicle::Condition::New || std::abs(v.year - request.year) > policy.yearsAround)
        return;
    const double km = v.mileage.kilometres();
    if (std::abs(km - a.km) > policy.mileageAroundKm)
        return;
    if (v.price.minor <= 0 || v.price.currency != request.currency)
        return;
    if (!namesMatch(v))
        return;
    // The listed car moved to the visitor's: a newer one is worth more than theirs, one
    // driven further less.
    const double years = std::pow(1.0 - policy.perYearPct / 100.0, double(v.year - request.year));
    const double mileage = std::clamp(1.0 + policy.per10kKmPct / 100.0 * (km - a.km) / 10000.0, 0.6, 1.4);
    const double value = double(v.price.minor) * years * mileage * a.condition * a.margins;
    // To the whole km: a car listed in miles ties with the same car listed in km, whatever
    // the last bits of the conversion say.
    const double distance = std::abs(v.year - request.year) + std::round(std::abs(km - a.km)) / 20000.0;
    out.push_back({&v, double(std::llround(value)), distance});
}

/// The range, the count and the closest three from the comparables found.
TradeInEstimate conclude(std::vector<Candidate> &candidates, const TradeInRequest &request, const TradeInPolicy &policy)
{
    TradeInEstimate out;
    out.basis = int(candidates.size());
    // Only the closest three are put in order; the stock's order settles a car listed twice.
    const auto nearer = [](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        const int byId = a.car->id.compare(b.car->id);
        return byId != 0 ? byId < 0 : a.car < b.car;
    };
    const auto shown = std::min<size_t>(3, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(shown), candidates.end(), nearer);
    for (size_t i = 0; i < shown; ++i) {
        const Candidate &c = candidates[i];
        out.closest << TradeInComparable{
            c.car->id, c.car->year, c.car->mileage, c.car->price, Money{qint64(c.tradeValueMinor), request.currency}, c.distance};
    }
    if (out.basis < std::max(1, policy.minComparables))
        return out;
    std::vector<double> values;
    values.reserve(candidates.size());
    for (const Candidate &c : candidates)
        values.push_back(c.tradeValueMinor);
    std::sort(values.begin(), values.end());
    const auto low = qint64(std::floor(quantile(values, 0.25) / double(kRoundMinor))) * kRoundMinor;
    const auto high = qint64(std::ceil(quantile(values, 0.75) / double(kRoundMinor))) * kRoundMinor;
    if (high <= 0)
        return out;
    out.valued = true;
    out.low = Money{std::max<qint64>(0, low), request.currency};
    out.high = Money{std::max(high, out.low.minor), request.currency};
    return out;
}

bool askable(const TradeInRequest &request)
{
    return !request.make.simplified().isEmpty() && !request.model.simplified().isEmpty() && request.year > 0
        && !request.currency.isEmpty();
}

Asked asked(const TradeInRequest &request, const TradeInPolicy &policy)
{
    return {request, policy, request.mileage.kilometres(), 1.0 - (policy.reconditioningPct + policy.retailMarginPct) / 100.0,
            conditionFactor(request.condition)};
}

/// The key a make and model are grouped under: as sameName compares them.
QString nameKey(const QString &make, const QString &model)
{
    return make.simplified().toCaseFolded() + QChar(0x1f) + model.simplified().toCaseFolded();
}

} // namespace

TradeInEstimate TradeInEstimator::estimate(const TradeInRequest &request, const QList<Vehicle> &stock, const Names &namesOf,
                                           const TradeInPolicy &policy)
{
    if (!askable(request))
        return {};
    const QString wantedMake = request.make.simplified();
    const QString wantedModel = request.model.simplified();
    const Asked a = asked(request, policy);
    const auto namesMatch = [&](const Vehicle &v) {
        const auto [make, model] = namesOf(v);
        return sameName(make, wantedMake) && sameName(model, wantedModel);
    };
    std::vector<Candidate> candidates;
    const Vehicle *const cars = stock.constData();
    const qsizetype count = stock.size();
    for (qsizetype i = 0; i < count; ++i) {
        // A car is some 500 bytes: a scan of a large stock waits on memory, so the numbers of a car
        // further on are asked for ahead of its turn.
        if (i + kPrefetchAhead < count)
            __builtin_prefetch(&cars[i + kPrefetchAhead].year);
        consider(cars[i], a, namesMatch, candidates);
    }
    return conclude(candidates, request, policy);
}

TradeInIndex::TradeInIndex(QList<Vehicle> stock, const TradeInEstimator::Names &namesOf)
    : m_stock(std::move(stock))
{
    const Vehicle *const cars = m_stock.constData();
    for (qsizetype i = 0; i < m_stock.size(); ++i) {
        const Vehicle &v = cars[i];
        // A new car is never a comparable: it is not even grouped.
        if (v.condition == Vehicle::Condition::New || v.price.minor <= 0)
            continue;
        const auto [make, model] = namesOf(v);
        if (make.isEmpty() || model.isEmpty())
            continue;
        m_byName[nameKey(make, model)].push_back(i);
    }
}

TradeInEstimate TradeInIndex::estimate(const TradeInRequest &request, const TradeInPolicy &policy) const
{
    if (!askable(request))
        return {};
    std::vector<Candidate> candidates;
    const auto group = m_byName.constFind(nameKey(request.make, request.model));
    if (group == m_byName.cend())
        return conclude(candidates, request, policy);
    const Asked a = asked(request, policy);
    const Vehicle *const cars = m_stock.constData();
    for (const qsizetype i : group.value())
        consider(
            cars[i], a, [](const Vehicle &) { return true; }, candidates);
    return conclude(candidates, request, policy);
}

TradeInPolicy TradeInPolicy::ofStudio(const Catalog &catalog, const QString &studioId)
{
    const Studio *studio = catalog.studio(studioId);
    const Market *market = studio ? catalog.market(studio->market) : nullptr;
    return market ? TradeInPolicy::of(market->tradeIn) : TradeInPolicy{};
}

TradeInEstimator::Names TradeInEstimator::catalogNames(const Catalog &catalog, const QString &brand, const QString &language)
{
    return [&catalog, brand, language](const Vehicle &v) {
        if (v.isListing())
            return std::pair(v.make, v.modelName);
        const CarModel *model = catalog.model(v.model);
        return std::pair(brand, model ? model->name.text(language) : v.modelName);
    };
}

TradeInEstimator::VinFacts TradeInEstimator::readVin(const QString &text, int currentYear)
{
    VinFacts facts;
    const QString vin = Vin::normalized(text);
    if (vin.size() != 17 || !Vin::check(vin).acceptable())
        return facts;
    // Position 10: a letter or digit per model year, the same again every 30 years.
    static const QString codes = QStringLiteral("ABCDEFGHJKLMNPRSTVWXY123456789");
    const qsizetype index = codes.indexOf(vin.at(9));
    if (index >= 0) {
        const int first = 1980 + int(index);
        const bool northAmerican = vin.at(0) >= QLatin1Char('1') && vin.at(0) <= QLatin1Char('5');
        if (northAmerican) {
            // Since 2010 these makers write a letter in position 7, before it a digit.
            facts.year = vin.at(6).isDigit() ? first : first + 30;
        } else {
            for (int year = first; year <= currentYear + 1; year += 30)
                facts.year = year;
        }
        if (facts.year > currentYear + 1)
            facts.year = 0;
    }
    // World manufacturer identifiers of makes studios most often take in.
    static const QHash<QString, QString> makers{
        {QStringLiteral("YV1"), QStringLiteral("Volvo")},         {QStringLiteral("YV4"), QStringLiteral("Volvo")},
        {QStringLiteral("WVW"), QStringLiteral("Volkswagen")},    {QStringLiteral("WVG"), QStringLiteral("Volkswagen")},
        {QStringLiteral("WBA"), QStringLiteral("BMW")},           {QStringLiteral("WBY"), QStringLiteral("BMW")},
        {QStringLiteral("WAU"), QStringLiteral("Audi")},          {QStringLiteral("WA1"), QStringLiteral("Audi")},
        {QStringLiteral("WDD"), QStringLiteral("Mercedes-Benz")}, {QStringLiteral("W1K"), QStringLiteral("Mercedes-Benz")},
        {QStringLiteral("W1N"), QStringLiteral("Mercedes-Benz")}, {QStringLiteral("TMB"), QStringLiteral("Skoda")},
        {QStringLiteral("5YJ"), QStringLiteral("Tesla")},         {QStringLiteral("7SA"), QStringLiteral("Tesla")},
        {QStringLiteral("LRW"), QStringLiteral("Tesla")},         {QStringLiteral("XP7"), QStringLiteral("Tesla")},
        {QStringLiteral("JTD"), QStringLiteral("Toyota")},        {QStringLiteral("JTM"), QStringLiteral("Toyota")},
        {QStringLiteral("SB1"), QStringLiteral("Toyota")},        {QStringLiteral("VF1"), QStringLiteral("Renault")},
        {QStringLiteral("VF3"), QStringLiteral("Peugeot")},       {QStringLiteral("ZFA"), QStringLiteral("Fiat")},
        {QStringLiteral("SAL"), QStringLiteral("Land Rover")},    {QStringLiteral("KMH"), QStringLiteral("Hyundai")},
        {QStringLiteral("KNA"), QStringLiteral("Kia")},           {QStringLiteral("KND"), QStringLiteral("Kia")},
        {QStringLiteral("JN1"), QStringLiteral("Nissan")},        {QStringLiteral("SJN"), QStringLiteral("Nissan")},
        {QStringLiteral("1FA"), QStringLiteral("Ford")},          {QStringLiteral("1FM"), QStringLiteral("Ford")},
        {QStringLiteral("WF0"), QStringLiteral("Ford")},          {QStringLiteral("1HG"), QStringLiteral("Honda")},
        {QStringLiteral("JHM"), QStringLiteral("Honda")},         {QStringLiteral("WP0"), QStringLiteral("Porsche")},
        {QStringLiteral("WP1"), QStringLiteral("Porsche")},       {QStringLiteral("LPS"), QStringLiteral("Polestar")},
        {QStringLiteral("YSM"), QStringLiteral("Polestar")}};
    facts.make = makers.value(vin.left(3));
    return facts;
}
