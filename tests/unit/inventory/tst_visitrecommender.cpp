// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/visitrecommender.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

using Reason = Recommendation::Reason;

Money nok(qint64 major)
{
    return Money{major * Money::kMinorPerMajor, QStringLiteral("NOK")};
}

/// A stock and what each of its cars is, kept apart as the raw data the checks read.
struct Shop {
    QList<Vehicle> cars;
    QHash<QString, CarTraits> traits;

    void add(const QString &id, const CarTraits &t, qint64 km = 10000, Vehicle::Status status = Vehicle::Status::Available,
             Mileage::Unit unit = Mileage::Unit::Km)
    {
        Vehicle v;
        v.id = id;
        v.status = status;
        v.mileage = Mileage{km, unit};
        v.price = t.price;
        cars << v;
        traits.insert(id, t);
    }
    VisitRecommender::Traits traitsOf() const
    {
        return [this](const Vehicle &v) { return traits.value(v.id); };
    }
    const Vehicle *car(const QString &id) const
    {
        for (const Vehicle &v : cars) {
            if (v.id == id)
                return &v;
        }
        return nullptr;
    }
};

CarTraits traits(const QString &body, const QString &colour, const QString &model, const Money &price,
                 std::optional<qint64> monthly = std::nullopt)
{
    return CarTraits{body, colour, model, price, monthly};
}

QStringList ids(const QList<Recommendation> &list)
{
    QStringList out;
    for (const Recommendation &r : list)
        out << r.vehicleId;
    return out;
}

/// Which reasons hold for a car, worked from the raw data and the visit alone, in Reason's order.
QList<Reason> reasonsFor(const Shop &shop, const VisitSignals &visit, const Vehicle &car)
{
    const Vehicle *focus = shop.car(visit.focusVehicleId);
    const std::optional<CarTraits> ref = focus ? std::optional(shop.traits.value(focus->id)) : visit.build;
    const CarTraits t = shop.traits.value(car.id);
    QList<Reason> out;
    if (focus && !ref->modelKey.isEmpty() && t.modelKey == ref->modelKey
        && car.mileage.kilometres() < focus->mileage.kilometres())
        out << Reason::SameModelLessDriven;
    if (ref && !ref->body.isEmpty() && t.body == ref->body && ref->price.isValid() && t.price.currency == ref->price.currency
        && t.price.minor > 0 && t.price.minor < ref->price.minor)
        out << Reason::SameBodyLowerPrice;
    if (visit.monthlyBudgetMinor && t.monthlyMinor && *t.monthlyMinor <= *visit.monthlyBudgetMinor)
        out << Reason::FitsBudget;
    if (!t.colour.isEmpty() && (visit.filteredColours.contains(t.colour) || (visit.build && visit.build->colour == t.colour)))
        out << Reason::ChosenColour;
    if (!t.body.isEmpty() && visit.filteredBodies.contains(t.body))
        out << Reason::ChosenBody;
    return out;
}

/// Why a list breaks the rules, checked from the raw data; empty when it keeps them.
QString broken(const Shop &shop, const VisitSignals &visit, int limit, const QList<Recommendation> &list)
{
    if (list.size() > limit)
        return QStringLiteral("%1 cars for %2 places").arg(list.size()).arg(limit);
    const int perModel = std::max(1, limit / 2);
    QHash<QString, int> ofModel;
    QSet<QString> shown;
    int lastCount = std::numeric_limits<int>::max();
    for (const Recommendation &r : list) {
        const Vehicle *car = shop.car(r.vehicleId);
        if (!car)
            return r.vehicleId + QStringLiteral(" is not in stock");
        if (car->status == Vehicle::Status::Reserved)
            return r.vehicleId + QStringLiteral(" is reserved");
        if (r.vehicleId == visit.focusVehicleId)
            return r.vehicleId + QStringLiteral(" is the car in focus");
        if (visit.viewedVehicleIds.contains(r.vehicleId))
            return r.vehicleId + QStringLiteral(" was seen already");
        if (shown.contains(r.vehicleId))
            return r.vehicleId + QStringLiteral(" twice");
        shown.insert(r.vehicleId);
        const CarTraits t = shop.traits.value(r.vehicleId);
        const QList<Reason> hold = reasonsFor(shop, visit, *car);
        if (!hold.contains(r.reason))
            return QStringLiteral("%1: %2 is not true").arg(r.vehicleId, Recommendation::reasonName(r.reason));
        if (hold.first() != r.reason || r.reasonsTrue != hold.size())
            return QStringLiteral("%1: told %2 of %3 reasons")
                .arg(r.vehicleId, Recommendation::reasonName(r.reason))
                .arg(r.reasonsTrue);
        if (r.reasonsTrue > lastCount)
            return r.vehicleId + QStringLiteral(" with more reasons ranks after one with fewer");
        lastCount = r.reasonsTrue;
        // The figures are the raw data's.
        if (r.price != t.price)
            return r.vehicleId + QStringLiteral(": price");
        switch (r.reason) {
        case Reason::SameModelLessDriven:
            if (!r.mileage || !r.focusMileage || r.mileage->value != car->mileage.value
                || r.mileage->kilometres() >= r.focusMileage->kilometres())
                return r.vehicleId + QStringLiteral(": mileage figures");
            break;
        case Reason::SameBodyLowerPrice:
            if (r.body != t.body || r.referencePrice.currency != t.price.currency || r.referencePrice.minor <= t.price.minor)
                return r.vehicleId + QStringLiteral(": price figures");
            break;
        case Reason::FitsBudget:
            if (r.monthlyMinor != t.monthlyMinor || r.budgetMinor != visit.monthlyBudgetMinor || *r.monthlyMinor > *r.budgetMinor)
                return r.vehicleId + QStringLiteral(": budget figures");
            break;
        case Reason::ChosenColour:
            if (r.colour != t.colour)
                return r.vehicleId + QStringLiteral(": colour figures");
            break;
        case Reason::ChosenBody:
            if (r.body != t.body)
                return r.vehicleId + QStringLiteral(": body figures");
            break;
        }
        const QString model = t.modelKey.isEmpty() ? QStringLiteral("car:") + r.vehicleId : t.modelKey;
        if (++ofModel[model] > perModel)
            return QStringLiteral("%1 cars of %2").arg(ofModel[model]).arg(model);
    }
    // Nothing left out that had a place: with room to spare, every car with a reason is shown
    // unless its model has taken its share.
    if (list.size() < limit) {
        for (const Vehicle &car : shop.cars) {
            if (car.status == Vehicle::Status::Reserved || car.id == visit.focusVehicleId
                || visit.viewedVehicleIds.contains(car.id) || shown.contains(car.id) || reasonsFor(shop, visit, car).isEmpty())
                continue;
            const CarTraits t = shop.traits.value(car.id);
            const QString model = t.modelKey.isEmpty() ? QStringLiteral("car:") + car.id : t.modelKey;
            if (ofModel.value(model) < perModel)
                return car.id + QStringLiteral(" has a reason and a place but is not shown");
        }
    }
    return {};
}

} // namespace

/// VisitRecommender: hand-worked visits, then random visits checked car by car from the raw data.
class TestVisitRecommender : public QObject
{
    Q_OBJECT

private slots:
    // On a car's page: a cheaper car of its body, its model less driven, a colour filtered by;
    // never itself, a car seen already, a reserved car, or one priced in another currency.
    void detailPage()
    {
        Shop shop;
        shop.add(QStringLiteral("focus"),
                 traits(QStringLiteral("suv"), QStringLiteral("blue"), QStringLiteral("aster-5"), nok(500000)), 30000);
        shop.add(QStringLiteral("cheaper"),
                 traits(QStringLiteral("suv"), QStringLiteral("white"), QStringLiteral("aster-7"), nok(450000)));
        shop.add(QStringLiteral("much-cheaper"),
                 traits(QStringLiteral("suv"), QStringLiteral("white"), QStringLiteral("nord-2"), nok(300000)));
        shop.add(QStringLiteral("dearer"),
                 traits(QStringLiteral("suv"), QStringLiteral("white"), QStringLiteral("aster-7"), nok(550000)));
        shop.add(
            QStringLiteral("in-euros"),
            traits(QStringLiteral("suv"), QStringLiteral("white"), QStringLiteral("aster-7"), Money{100, QStringLiteral("EUR")}));
        // 12,000 miles is 19,312 km: less driven than 30,000 km.
        shop.add(QStringLiteral("less-driven"),
                 traits(QStringLiteral("suv"), QStringLiteral("black"), QStringLiteral("aster-5"), nok(520000)), 12000,
                 Vehicle::Status::Available, Mileage::Unit::Mi);
        // 20,000 miles is 32,187 km: driven further.
        shop.add(QStringLiteral("further"),
                 traits(QStringLiteral("suv"), QStringLiteral("black"), QStringLiteral("aster-5"), nok(520000)), 20000,
                 Vehicle::Status::Available, Mileage::Unit::Mi);
        shop.add(QStringLiteral("reserved"),
                 traits(QStringLiteral("suv"), QStringLiteral("red"), QStringLiteral("vega-s"), nok(100000)), 10000,
                 Vehicle::Status::Reserved);
        shop.add(QStringLiteral("seen"),
                 traits(QStringLiteral("suv"), QStringLiteral("red"), QStringLiteral("vega-s"), nok(100000)));
        shop.add(QStringLiteral("red-saloon"),
                 traits(QStringLiteral("saloon"), QStringLiteral("red"), QStringLiteral("vega-s"), nok(700000)));

        VisitSignals visit;
        visit.focusVehicleId = QStringLiteral("focus");
        visit.viewedVehicleIds = {QStringLiteral("seen"), QStringLiteral("focus")};
        visit.filteredColours = {QStringLiteral("red")};
        const QList<Recommendation> list = VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 6);
        QCOMPARE(ids(list),
                 (QStringList{QStringLiteral("less-driven"), QStringLiteral("cheaper"), QStringLiteral("much-cheaper"),
                              QStringLiteral("red-saloon")}));
        QCOMPARE(list.at(0).reason, Reason::SameModelLessDriven);
        QCOMPARE(list.at(0).mileage->value, 12000);
        QCOMPARE(list.at(0).focusMileage->value, 30000);
        QCOMPARE(list.at(1).reason, Reason::SameBodyLowerPrice);
        QCOMPARE(list.at(1).referencePrice, nok(500000));
        QCOMPARE(list.at(1).price, nok(450000));
        QCOMPARE(list.at(1).body, QStringLiteral("suv"));
        QCOMPARE(list.at(3).reason, Reason::ChosenColour);
        QCOMPARE(list.at(3).colour, QStringLiteral("red"));
        QVERIFY(broken(shop, visit, 6, list).isEmpty());
        // Fewer places: the nearest first.
        QCOMPARE(ids(VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 2)),
                 (QStringList{QStringLiteral("less-driven"), QStringLiteral("cheaper")}));
        QVERIFY(VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 0).isEmpty());
    }

    // On a build's summary: its body cheaper, its colour; no "less driven" without a car.
    void buildSummary()
    {
        Shop shop;
        shop.add(QStringLiteral("blue-estate"),
                 traits(QStringLiteral("estate"), QStringLiteral("blue"), QStringLiteral("vega-t"), nok(800000)));
        shop.add(QStringLiteral("cheap-saloon"),
                 traits(QStringLiteral("saloon"), QStringLiteral("white"), QStringLiteral("vega-s"), nok(550000)));
        shop.add(QStringLiteral("blue-saloon"),
                 traits(QStringLiteral("saloon"), QStringLiteral("blue"), QStringLiteral("vega-e"), nok(590000)));
        shop.add(QStringLiteral("same-model"),
                 traits(QStringLiteral("saloon"), QStringLiteral("white"), QStringLiteral("vega-e"), nok(650000)), 5);
        VisitSignals visit;
        visit.build = traits(QStringLiteral("saloon"), QStringLiteral("blue"), QStringLiteral("vega-e"), nok(600000));
        const QList<Recommendation> list = VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 4);
        // Both reasons for the blue saloon, then the cheaper saloon, then the blue estate.
        QCOMPARE(ids(list),
                 (QStringList{QStringLiteral("blue-saloon"), QStringLiteral("cheap-saloon"), QStringLiteral("blue-estate")}));
        QCOMPARE(list.at(0).reasonsTrue, 2);
        QCOMPARE(list.at(0).reason, Reason::SameBodyLowerPrice);
        QCOMPARE(list.at(0).colour, QStringLiteral("blue"));
        QCOMPARE(list.at(2).reason, Reason::ChosenColour);
        QVERIFY(broken(shop, visit, 4, list).isEmpty());
    }

    // A monthly budget with the trade-in: at or under it, never over, never a car without a rate.
    void budget()
    {
        Shop shop;
        shop.add(QStringLiteral("under"), traits(QStringLiteral("suv"), {}, QStringLiteral("a"), nok(400000), 480000));
        shop.add(QStringLiteral("at"), traits(QStringLiteral("suv"), {}, QStringLiteral("b"), nok(400000), 500000));
        shop.add(QStringLiteral("over"), traits(QStringLiteral("suv"), {}, QStringLiteral("c"), nok(400000), 500001));
        shop.add(QStringLiteral("no-rate"), traits(QStringLiteral("suv"), {}, QStringLiteral("d"), nok(100000)));
        VisitSignals visit;
        visit.monthlyBudgetMinor = 500000;
        const QList<Recommendation> list = VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 4);
        // The nearest the budget from below first.
        QCOMPARE(ids(list), (QStringList{QStringLiteral("at"), QStringLiteral("under")}));
        QCOMPARE(list.at(1).monthlyMinor, std::optional<qint64>(480000));
        QCOMPARE(list.at(1).budgetMinor, std::optional<qint64>(500000));
        // No budget told: nothing fits it.
        visit.monthlyBudgetMinor.reset();
        QVERIFY(VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 4).isEmpty());
    }

    // One model cannot take all the places while another qualifies; the order does not depend
    // on the stock's.
    void variedAndDeterministic()
    {
        Shop shop;
        for (int i = 0; i < 6; ++i)
            shop.add(QStringLiteral("same-%1").arg(i),
                     traits(QStringLiteral("suv"), QStringLiteral("red"), QStringLiteral("aster-5"), nok(400000 + i)));
        shop.add(QStringLiteral("other"),
                 traits(QStringLiteral("suv"), QStringLiteral("red"), QStringLiteral("nord-1"), nok(900000)));
        VisitSignals visit;
        visit.filteredColours = {QStringLiteral("red")};
        const QList<Recommendation> list = VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 4);
        QCOMPARE(ids(list), (QStringList{QStringLiteral("other"), QStringLiteral("same-0"), QStringLiteral("same-1")}));
        QList<Vehicle> reversed(shop.cars.crbegin(), shop.cars.crend());
        QCOMPARE(ids(VisitRecommender::recommend(visit, reversed, shop.traitsOf(), 4)), ids(list));
        QCOMPARE(ids(VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), 1)), QStringList{QStringLiteral("other")});
    }

    // Random visits over random stock: every car shown checked from the raw data.
    void oracleOverRandomVisits()
    {
        QRandomGenerator rng(4711);
        const QStringList bodies{QStringLiteral("suv"), QStringLiteral("saloon"), QStringLiteral("estate"),
                                 QStringLiteral("coupe")};
        const QStringList colours{QStringLiteral("blue"), QStringLiteral("red"), QStringLiteral("white"), QStringLiteral("black"),
                                  QString()};
        const QStringList models{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m4"),
                                 QString()};
        const auto pick = [&rng](const QStringList &list) { return list.at(rng.bounded(int(list.size()))); };
        const auto randomTraits = [&] {
            const QString currency = rng.bounded(6) == 0 ? QStringLiteral("EUR") : QStringLiteral("NOK");
            CarTraits t{pick(bodies), pick(colours), pick(models),
                        Money{rng.bounded(20) == 0 ? 0 : qint64(rng.bounded(200000, 900000)) * 100, currency}, std::nullopt};
            if (rng.bounded(3))
                t.monthlyMinor = qint64(rng.bounded(300000, 900000));
            return t;
        };
        int shownTotal = 0, visits = 0;
        QHash<int, int> told; // by Reason
        for (int round = 0; round < 600; ++round) {
            Shop shop;
            const int size = 5 + rng.bounded(40);
            // Ids the visit names may be of cars no longer in stock.
            const auto someId = [&] { return QStringLiteral("c%1").arg(rng.bounded(size + 5), 2, 10, QLatin1Char('0')); };
            for (int i = 0; i < size; ++i)
                shop.add(QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')), randomTraits(), rng.bounded(150000),
                         rng.bounded(7) == 0        ? Vehicle::Status::Reserved
                             : rng.bounded(10) == 0 ? Vehicle::Status::InTransit
                                                    : Vehicle::Status::Available,
                         rng.bounded(3) == 0 ? Mileage::Unit::Mi : Mileage::Unit::Km);
            VisitSignals visit;
            if (rng.bounded(2))
                visit.focusVehicleId = someId();
            else if (rng.bounded(4))
                visit.build = randomTraits();
            for (int i = rng.bounded(6); i > 0; --i)
                visit.viewedVehicleIds << someId();
            for (int i = rng.bounded(3); i > 0; --i)
                visit.filteredColours << pick(colours);
            for (int i = rng.bounded(3); i > 0; --i)
                visit.filteredBodies << pick(bodies);
            if (rng.bounded(2))
                visit.monthlyBudgetMinor = qint64(rng.bounded(300000, 900000));
            const int limit = rng.bounded(8);
            const QList<Recommendation> list = VisitRecommender::recommend(visit, shop.cars, shop.traitsOf(), limit);
            const QString problem = broken(shop, visit, limit, list);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("visit %1: %2").arg(round).arg(problem)));
            // The same answer whatever order the stock comes in.
            QList<Vehicle> shuffled = shop.cars;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            QCOMPARE(ids(VisitRecommender::recommend(visit, shuffled, shop.traitsOf(), limit)), ids(list));
            shownTotal += int(list.size());
            visits += !list.isEmpty();
            for (const Recommendation &r : list)
                ++told[int(r.reason)];
        }
        // The visits reach every reason, often.
        for (Reason r : {Reason::SameModelLessDriven, Reason::SameBodyLowerPrice, Reason::FitsBudget, Reason::ChosenColour,
                         Reason::ChosenBody})
            QVERIFY2(told.value(int(r)) > 30,
                     qPrintable(QStringLiteral("%1 told %2 times").arg(Recommendation::reasonName(r)).arg(told.value(int(r)))));
        QVERIFY2(visits > 300, qPrintable(QString::number(visits)));
        qInfo("%d cars suggested over %d visits", shownTotal, visits);
    }
};

QTEST_GUILESS_MAIN(TestVisitRecommender)
#include "tst_visitrecommender.moc"
