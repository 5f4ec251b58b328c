// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitrecommender.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

struct Ranked {
    Recommendation recommendation;
    double nearness = 0; ///< smaller is nearer to what the visitor looks at
    QString model;       ///< for variety: a car of no known model is a model of its own
};

bool ranksBefore(const Ranked &a, const Ranked &b)
{
    const Recommendation &x = a.recommendation;
    const Recommendation &y = b.recommendation;
    if (x.reasonsTrue != y.reasonsTrue)
        return x.reasonsTrue > y.reasonsTrue;
    if (x.reason != y.reason)
        return x.reason < y.reason;
    if (a.nearness != b.nearness)
        return a.nearness < b.nearness;
    return x.vehicleId < y.vehicleId;
}

} // namespace

QString Recommendation::reasonName(Reason r)
{
    switch (r) {
    case Reason::SameModelLessDriven:
        return QStringLiteral("same-model-less-driven");
    case Reason::SameBodyLowerPrice:
        return QStringLiteral("same-body-lower-price");
    case Reason::FitsBudget:
        return QStringLiteral("fits-budget");
    case Reason::ChosenColour:
        return QStringLiteral("chosen-colour");
    case Reason::ChosenBody:
        return QStringLiteral("chosen-body");
    }
    return {};
}

QList<Recommendation> VisitRecommender::recommend(const VisitSignals &visit, const QList<Vehicle> &stock, const Traits &traitsOf,
                                                  int limit)
{
    if (limit <= 0)
        return {};
    const Vehicle *focus = nullptr;
    if (!visit.focusVehicleId.isEmpty()) {
        const auto it = std::find_if(stock.cbegin(), stock.cend(),
                                     [&](const Vehicle &v) { return v.id == visit.focusVehicleId; });
        focus = it == stock.cend() ? nullptr : &*it;
    }
    // What the visitor looks at now: the car of the page, else the build of the summary.
    const std::optional<CarTraits> reference = focus ? std::optional(traitsOf(*focus)) : visit.build;
    const double focusKm = focus ? focus->mileage.kilometres() : 0;

    QSet<QString> excluded(visit.viewedVehicleIds.cbegin(), visit.viewedVehicleIds.cend());
    if (!visit.focusVehicleId.isEmpty())
        excluded.insert(visit.focusVehicleId);
    QSet<QString> colours(visit.filteredColours.cbegin(), visit.filteredColours.cend());
    if (visit.build && !visit.build->colour.isEmpty())
        colours.insert(visit.build->colour);
    const QSet<QString> bodies(visit.filteredBodies.cbegin(), visit.filteredBodies.cend());
    const bool priced = reference && reference->price.isValid() && reference->price.minor > 0;

    std::vector<Ranked> ranked;
    QSet<QString> considered; // a car listed twice is suggested once
    for (const Vehicle &v : stock) {
        if (v.status == Vehicle::Status::Reserved || excluded.contains(v.id) || considered.contains(v.id))
            continue;
        considered.insert(v.id);
        const CarTraits t = traitsOf(v);
        const bool lessDriven = focus && !reference->modelKey.isEmpty() && t.modelKey == reference->modelKey
            && v.mileage.kilometres() < focusKm;
        const bool cheaper = priced && !reference->body.isEmpty() && t.body == reference->body
            && t.price.currency == reference->price.currency && t.price.minor > 0 && t.price.minor < reference->price.minor;
        const bool fits = visit.monthlyBudgetMinor && t.monthlyMinor && *t.monthlyMinor <= *visit.monthlyBudgetMinor;
        const bool colour = !t.colour.isEmpty() && colours.contains(t.colour);
        const bool body = !t.body.isEmpty() && bodies.contains(t.body);
        const bool holds[] = {lessDriven, cheaper, fits, colour, body};
        const int count = int(std::count(std::begin(holds), std::end(holds), true));
        if (count == 0)
            continue;

        Ranked r;
        Recommendation &rec = r.recommendation;
        rec.vehicleId = v.id;
        rec.reason = Recommendation::Reason(std::find(std::begin(holds), std::end(holds), true) - std::begin(holds));
        rec.reasonsTrue = count;
        rec.price = t.price;
        // Every reason that holds brings its figures, the first one is the one told.
        if (lessDriven) {
            rec.mileage = v.mileage;
            rec.focusMileage = focus->mileage;
        }
        if (cheaper)
            rec.referencePrice = reference->price;
        if (cheaper || body)
            rec.body = t.body;
        if (colour)
            rec.colour = t.colour;
        if (fits) {
            rec.monthlyMinor = t.monthlyMinor;
            rec.budgetMinor = visit.monthlyBudgetMinor;
        }
        switch (rec.reason) {
        case Recommendation::Reason::SameModelLessDriven:
            r.nearness = v.mileage.kilometres();
            break;
        case Recommendation::Reason::SameBodyLowerPrice:
            r.nearness = double(reference->price.minor - t.price.minor);
            break;
        case Recommendation::Reason::FitsBudget:
            r.nearness = double(*visit.monthlyBudgetMinor - *t.monthlyMinor);
            break;
        default:
            r.nearness = priced && t.price.currency == reference->price.currency
                ? std::abs(double(t.price.minor - reference->price.minor))
                : std::numeric_limits<double>::max();
        }
        r.model = t.modelKey.isEmpty() ? QStringLiteral("car:") + v.id : t.modelKey;
        ranked.push_back(std::move(r));
    }
    std::sort(ranked.begin(), ranked.end(), ranksBefore);

    // Varied: a model fills at most half the places, so one model cannot take them all.
    const int perModel = std::max(1, limit / 2);
    QHash<QString, int> shownOfModel;
    QList<Recommendation> out;
    for (const Ranked &r : ranked) {
        if (out.size() == limit)
            break;
        int &shown = shownOfModel[r.model];
        if (shown >= perModel)
            continue;
        ++shown;
        out << r.recommendation;
    }
    return out;
}
