// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitsuggestions.h"

#include "carnames.h"
#include "carpictures.h"
#include "common/bidi.h"
#include "pricing/financepolicy.h"

#include <QtConcurrent>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

QString reasonWords(const Recommendation &r, const VisitSuggestions::Request &q)
{
    switch (r.reason) {
    case Recommendation::Reason::SameModelLessDriven:
        return VisitSuggestions::tr("Same model, driven less: %1").arg(q.words.mileage(r.mileage.value_or(Mileage{})));
    case Recommendation::Reason::SameBodyLowerPrice:
        return VisitSuggestions::tr("Same body, %1 less")
            .arg(Bidi::inSentence(q.words.price(Money{r.referencePrice.minor - r.price.minor, r.price.currency}), q.locale));
    case Recommendation::Reason::FitsBudget:
        return VisitSuggestions::tr("With your car counted: %1 a month")
            .arg(Bidi::inSentence(q.words.price(Money{r.monthlyMinor.value_or(0), r.price.currency}), q.locale));
    case Recommendation::Reason::ChosenColour:
        return VisitSuggestions::tr("In the colour you chose");
    case Recommendation::Reason::ChosenBody:
        return VisitSuggestions::tr("The body you looked for");
    }
    return {};
}

} // namespace

QVariant VisitSuggestions::Row::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return vehicleId;
    case 1:
        return title;
    case 2:
        return image;
    case 3:
        return price;
    case 4:
        return why;
    }
    return {};
}

QHash<int, QByteArray> VisitSuggestions::Row::roleNames()
{
    return {{FirstRole, "vehicleId"},
            {FirstRole + 1, "title"},
            {FirstRole + 2, "image"},
            {FirstRole + 3, "price"},
            {FirstRole + 4, "why"}};
}

VisitSuggestions::VisitSuggestions(QObject *parent)
    : QObject(parent)
    , m_cars(this)
{
    connect(&m_watcher, &QFutureWatcher<QList<Row>>::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return;
        m_cars.setRows(m_watcher.result());
        emit carsChanged();
    });
}

VisitSuggestions::~VisitSuggestions()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

VisitRecommender::Traits VisitSuggestions::traitsFor(const Catalog &catalog, const QString &market, const Money &tradeIn,
                                                     std::optional<qint64> priceCapMinor)
{
    const Market *m = catalog.market(market);
    std::optional<FinancePolicy> policy;
    if (m && tradeIn.minor > 0 && tradeIn.currency == m->currency && FinancePolicy(*m).available())
        policy.emplace(*m);
    return [&catalog, policy, tradeIn, priceCapMinor](const Vehicle &v) {
        CarTraits t;
        const CarModel *model = catalog.model(v.model);
        t.body = model ? model->body : v.body;
        t.colour = !v.paint.isEmpty() ? v.paint : v.exteriorColor.simplified().toCaseFolded();
        t.modelKey = model ? model->id : (v.make + QLatin1Char('|') + v.modelName).simplified().toCaseFolded();
        t.price = v.price;
        // The plan of the monthly pages: the least money beside the car. A car dearer than the
        // budget's own costs more a month, so its plan is not worked out.
        if (policy && v.price.currency == tradeIn.currency && (!priceCapMinor || v.price.minor <= *priceCapMinor)) {
            if (const auto offer = policy->offer(v.price.minor, policy->defaultsWithCar(tradeIn.minor)))
                t.monthlyMinor = offer->plan.monthlyMinor;
        }
        return t;
    };
}

QList<VisitSuggestions::Row> VisitSuggestions::suggest(const InventoryService::Snapshot &snapshot, const Request &request,
                                                       QList<Recommendation> *recommendations)
{
    const Catalog &c = snapshot.catalog;
    const Studio *home = c.studio(request.words.studioId());
    const QString market = home ? home->market : QString();
    // Cars of the studio's market: a car across the world is no suggestion here.
    QList<Vehicle> here;
    const VehicleStore &stock = snapshot.vehicles;
    std::optional<Vehicle> focus;
    for (qsizetype i = 0; i < stock.size(); ++i) {
        const Vehicle v = stock.at(i);
        const Studio *place = c.studio(v.location);
        if (place && place->market == market)
            here << v;
        if (v.id == request.visit.focusVehicleId)
            focus = v;
    }
    VisitSignals visit = request.visit;
    // With the visitor's car counted, the budget is what the car in front of them costs a month.
    std::optional<qint64> cap;
    if (focus)
        cap = focus->price.minor;
    else if (visit.build)
        cap = visit.build->price.minor;
    const VisitRecommender::Traits traits = traitsFor(c, market, request.tradeIn, cap);
    if (request.tradeIn.minor > 0) {
        if (focus)
            visit.monthlyBudgetMinor = traits(*focus).monthlyMinor;
        else if (visit.build) {
            Vehicle asBuilt;
            asBuilt.price = visit.build->price;
            visit.monthlyBudgetMinor = traits(asBuilt).monthlyMinor;
        }
    }
    const QList<Recommendation> found = VisitRecommender::recommend(visit, here, traits, request.limit);
    if (recommendations)
        *recommendations = found;
    QList<Row> rows;
    for (const Recommendation &r : found) {
        const std::optional<Vehicle> v = stock.find(r.vehicleId);
        if (!v)
            continue;
        const QString title = CarNames::title(*v, c, request.language);
        const CarPictures::Picture picture = CarPictures::first(*v, c, title);
        QString why = reasonWords(r, request);
        // With the visitor's car counted, a car within the budget says so whatever its first reason.
        if (r.reason != Recommendation::Reason::FitsBudget && visit.monthlyBudgetMinor) {
            const std::optional<qint64> monthly = traits(*v).monthlyMinor;
            if (monthly && *monthly <= *visit.monthlyBudgetMinor) {
                Recommendation fits = r;
                fits.reason = Recommendation::Reason::FitsBudget;
                fits.monthlyMinor = monthly;
                why += QStringLiteral(" · ") + reasonWords(fits, request);
            }
        }
        rows << Row{v->id, title, picture.photo.isEmpty() ? picture.drawing : picture.photo, request.words.price(v->price), why};
    }
    return rows;
}

void VisitSuggestions::find(std::shared_ptr<const InventoryService::Snapshot> snapshot, const Request &request)
{
    if (!snapshot)
        return;
    m_watcher.setFuture(QtConcurrent::run([snapshot, request] { return suggest(*snapshot, request); }));
}

void VisitSuggestions::clear()
{
    m_watcher.cancel();
    if (!m_cars.rows().isEmpty()) {
        m_cars.setRows({});
        emit carsChanged();
    }
}
