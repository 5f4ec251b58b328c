// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfixtures.h"

#include "catalog/ruleengine.h"
#include "inventory/stockmatcher.h"
#include "pricing/configurationpricer.h"
#include "syntheticstock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace CatalogFixtures;
using Match = StockMatcher::Match;

/// "Similar cars in stock now": cars ranked by how close they come to a build, with the figures
/// behind "9 of your 11 choices, 2.3 km away"; reserved cars never shown; the same order every
/// time. Exact expectations on a hand-made catalog, then the demo catalog against an oracle.
class TestStockMatcher : public QObject
{
    Q_OBJECT

    static QString s(const char *text) { return QString::fromLatin1(text); }

    /// Two models of one line, a third of another; three paints, two wheels, two interiors,
    /// four pieces of equipment and a package holding two of them. No rules, no standard
    /// equipment: every difference between a car and the build is one the test makes.
    static const Catalog &shop()
    {
        static const Catalog c = [] {
            Builder b;
            b.c.lines << ModelLine{s("other"), LocalizedText(s("Other")), {}};
            b.model(s("gt"))
                .model(s("gs"))
                .model(s("ev"), s("other"))
                .trim(s("gt-core"), s("gt"), 50000, {}, s("white"), s("w19"), s("black"))
                .trim(s("gt-plus"), s("gt"), 60000, {}, s("white"), s("w19"), s("black"))
                .trim(s("gs-core"), s("gs"), 45000, {}, s("white"), s("w19"), s("black"))
                .trim(s("ev-core"), s("ev"), 55000, {}, s("white"), s("w19"), s("black"))
                .paints({s("white"), s("blue"), s("red")})
                .wheels({s("w19"), s("w21")})
                .interiors({s("black"), s("tan")})
                .equipment({s("a"), s("b"), s("c"), s("d")})
                .option(s("pkg"), OptionKind::Package, 900, {s("c"), s("d")});
            return b.build();
        }();
        return c;
    }

    static Configuration shopBuild(const RuleEngine &e)
    {
        Configuration b = *e.defaultConfiguration(s("gt-core"));
        for (const char *id : {"blue", "w21", "tan", "a", "b", "pkg"})
            b = e.select(b, s(id)).after;
        return b;
    }

    static Vehicle car(const char *id, const char *model = "gt", const char *trim = "gt-core")
    {
        Vehicle v;
        v.id = s(id);
        v.model = s(model);
        v.trim = s(trim);
        v.paint = s("blue");
        v.wheel = s("w21");
        v.interior = s("tan");
        v.options = {s("a"), s("b"), s("pkg")};
        v.price = Money{kBuildPrice, s("EUR")};
        v.location = s("oslo");
        return v;
    }

    static constexpr qint64 kBuildPrice = 5000000;

    /// The hand-made stock: each car differs from the build in one way, named by its id.
    static QList<Vehicle> shopStock()
    {
        QList<Vehicle> out;
        out << car("exact");
        Vehicle v = car("loose-pkg"); // the package's contents bought one by one
        v.options = {s("a"), s("b"), s("c"), s("d")};
        out << v;
        v = car("paint");
        v.paint = s("red");
        out << v;
        out << car("trim", "gt", "gt-plus");
        v = car("interior");
        v.interior = s("black");
        out << v;
        v = car("wheel");
        v.wheel = s("w19");
        out << v;
        out << car("same-line", "gs", "gs-core");
        out << car("other-line", "ev", "ev-core");
        v = car("one-extra");
        v.options = {s("a")};
        out << v;
        v = car("pricey");
        v.price.minor = kBuildPrice * 9 / 8; // 12.5 % dearer: half the price points
        out << v;
        v = car("cheap");
        v.price.minor = kBuildPrice * 7 / 10; // 30 % cheaper: beyond ±25 %, no price points
        out << v;
        v = car("nok");
        v.price = Money{kBuildPrice, s("NOK")}; // not comparable
        out << v;
        out << car("far") << car("beyond") << car("unknown-distance");
        v = car("reserved");
        v.status = Vehicle::Status::Reserved;
        out << v;
        v = car("transit");
        v.status = Vehicle::Status::InTransit;
        out << v;
        return out;
    }

    static std::optional<double> shopDistance(const Vehicle &v)
    {
        static const QHash<QString, double> km{{s("loose-pkg"), 5}, {s("far"), 100}, {s("beyond"), 250}, {s("transit"), 1}};
        if (v.id == QLatin1String("unknown-distance"))
            return std::nullopt;
        return km.value(v.id, 0);
    }

    static QStringList ids(const QList<Match> &matches)
    {
        QStringList out;
        for (const Match &m : matches)
            out << m.vehicleId;
        return out;
    }

    static const Match *find(const QList<Match> &matches, const QString &id)
    {
        const auto it = std::find_if(matches.cbegin(), matches.cend(), [&](const Match &m) { return m.vehicleId == id; });
        return it == matches.cend() ? nullptr : &*it;
    }

    // ---- The oracle: the documented scoring, worked out without StockMatcher ----

    struct Expected {
        double score = 0;
        int matched = 0;
        int choices = 0;
        QSet<QString> missing;
        bool priceComparable = false;
        qint64 priceDifference = 0;
    };

    /// Default weights: model 30 (line 12), trim 10, paint 10, interior 7, wheel 5, equipment
    /// 20 by share, price 10 (none at ±25 %), distance 8 (none at 200 km); out of 100.
    /// Assumes the build lists its own paint, wheel and interior (no package brings them).
    static Expected oracle(const Catalog &c, const Configuration &build, const Money &price, const Vehicle &v,
                           std::optional<double> km)
    {
        Expected e;
        QString paint, wheel, interior;
        QStringList others;
        for (const QString &id : build.options) {
            switch (c.option(id)->kind) {
            case OptionKind::Paint:
                paint = id;
                break;
            case OptionKind::Wheel:
                wheel = id;
                break;
            case OptionKind::Interior:
                interior = id;
                break;
            default:
                others << id;
                break;
            }
        }
        const QSet<QString> has = onTheCar(c,
                                           Configuration{v.model, v.trim, v.options + QStringList{v.paint, v.wheel, v.interior}});
        const bool sameModel = v.model == build.model;
        const bool sameLine = c.model(v.model) && c.model(v.model)->line == c.model(build.model)->line;
        double points = sameModel ? 30 : sameLine ? 12 : 0;
        points += v.trim == build.trim ? 10 : 0;
        for (const auto &[mine, theirs, weight] :
             {std::tuple{paint, v.paint, 10}, std::tuple{wheel, v.wheel, 5}, std::tuple{interior, v.interior, 7}}) {
            if (mine.isEmpty())
                continue;
            ++e.choices;
            if (mine == theirs) {
                ++e.matched;
                points += weight;
            } else {
                e.missing.insert(mine);
            }
        }
        int hit = 0;
        for (const QString &id : others) {
            const QStringList contents = c.option(id)->contents;
            const bool got = has.contains(id)
                || (!contents.isEmpty()
                    && std::all_of(contents.cbegin(), contents.cend(), [&](const QString &x) { return has.contains(x); }));
            hit += got ? 1 : 0;
            if (!got)
                e.missing.insert(id);
        }
        e.choices += int(others.size());
        e.matched += hit;
        points += others.isEmpty() ? 20 : 20.0 * hit / double(others.size());
        e.priceComparable = price.minor > 0 && price.currency == v.price.currency;
        if (e.priceComparable) {
            e.priceDifference = v.price.minor - price.minor;
            const double off = std::abs(double(e.priceDifference)) / double(price.minor);
            points += off >= 0.25 ? 0 : 10 * (1 - off / 0.25);
        }
        if (km)
            points += *km >= 200 ? 0 : 8 * (1 - *km / 200);
        e.score = points; // the weights add up to 100
        return e;
    }

    /// A visitor's build: a trim's defaults and a few random choices, kept when accepted.
    static Configuration randomBuild(const RuleEngine &e, QRandomGenerator &rng)
    {
        const Catalog &c = e.catalog();
        const Trim &t = c.trims.at(rng.bounded(int(c.trims.size())));
        Configuration b = *e.defaultConfiguration(t.id);
        const QStringList offered = e.offered(t.id);
        const int picks = rng.bounded(8);
        for (int i = 0; i < picks; ++i) {
            const RuleEngine::Outcome o = e.select(b, offered.at(rng.bounded(int(offered.size()))));
            if (o.accepted)
                b = o.after;
        }
        return b;
    }

private slots:
    void shopBuildIsWhatTheTestsAssume()
    {
        const RuleEngine e(shop(), s("eu"));
        const Configuration b = shopBuild(e);
        QCOMPARE(b.options, (QStringList{s("blue"), s("w21"), s("tan"), s("a"), s("b"), s("pkg")}));
        QVERIFY(e.validate(b).isEmpty());
    }

    void closenessRanksTheStock()
    {
        const RuleEngine e(shop(), s("eu"));
        const StockMatcher matcher(e);
        const QList<Match> ranked = matcher.rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance, 0);
        // Ties (95, 92, 90) go to the nearer car, then to the id.
        QCOMPARE(ids(ranked),
                 (QStringList{s("exact"), s("transit"), s("loose-pkg"), s("far"), s("pricey"), s("wheel"), s("interior"),
                              s("beyond"), s("unknown-distance"), s("cheap"), s("nok"), s("paint"), s("trim"), s("one-extra"),
                              s("same-line"), s("other-line")}));
        const QHash<QString, double> scores{{s("exact"), 100},
                                            {s("transit"), 99.96},
                                            {s("loose-pkg"), 99.8},
                                            {s("far"), 96},
                                            {s("pricey"), 95},
                                            {s("wheel"), 95},
                                            {s("interior"), 93},
                                            {s("beyond"), 92},
                                            {s("unknown-distance"), 92},
                                            {s("cheap"), 90},
                                            {s("nok"), 90},
                                            {s("paint"), 90},
                                            {s("trim"), 90},
                                            {s("one-extra"), 100 - 20.0 * 2 / 3},
                                            {s("same-line"), 72},
                                            {s("other-line"), 60}};
        for (const Match &m : ranked)
            QVERIFY2(std::abs(m.score - scores.value(m.vehicleId)) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2").arg(m.vehicleId).arg(m.score, 0, 'f', 6)));
        // The index points back into the list given.
        const QList<Vehicle> stock = shopStock();
        for (const Match &m : ranked)
            QCOMPARE(stock.at(m.index).id, m.vehicleId);
    }

    void sameModelTrimPaintInteriorOutrankTheRest()
    {
        const RuleEngine e(shop(), s("eu"));
        const QList<Match> ranked = StockMatcher(e).rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance,
                                                         0);
        const auto score = [&](const char *id) { return find(ranked, s(id))->score; };
        QVERIFY(score("exact") > score("paint"));
        QVERIFY(score("exact") > score("trim"));
        QVERIFY(score("exact") > score("interior"));
        QVERIFY(score("exact") > score("wheel"));
        QVERIFY(score("paint") > score("same-line"));      // a different model costs more than a different paint
        QVERIFY(score("same-line") > score("other-line")); // the same line still counts
        QVERIFY(score("interior") > score("paint"));       // a paint counts more than an interior…
        QVERIFY(score("wheel") > score("interior"));       // …which counts more than a wheel

        const Match *exact = find(ranked, s("exact"));
        QVERIFY(exact->sameModel && exact->sameLine && exact->sameTrim && exact->samePaint && exact->sameInterior
                && exact->sameWheel);
        const Match *line = find(ranked, s("same-line"));
        QVERIFY(!line->sameModel && line->sameLine && !line->sameTrim);
        const Match *other = find(ranked, s("other-line"));
        QVERIFY(!other->sameModel && !other->sameLine);
        QVERIFY(!find(ranked, s("paint"))->samePaint);
        QVERIFY(!find(ranked, s("trim"))->sameTrim && find(ranked, s("trim"))->sameModel);
    }

    void theWhyFigures()
    {
        const RuleEngine e(shop(), s("eu"));
        const QList<Match> ranked = StockMatcher(e).rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance,
                                                         0);
        const Match *exact = find(ranked, s("exact"));
        QCOMPARE(exact->choices, 6); // paint, wheel, interior, a, b, the package
        QCOMPARE(exact->choicesMatched, 6);
        QVERIFY(exact->missing.isEmpty());
        QVERIFY(exact->priceComparable);
        QCOMPARE(exact->priceDifferenceMinor, 0);
        QCOMPARE(*exact->distanceKm, 0.0);

        // The package's contents bought one by one count as the package.
        const Match *loose = find(ranked, s("loose-pkg"));
        QCOMPARE(loose->choicesMatched, 6);
        QVERIFY(loose->missing.isEmpty());
        QCOMPARE(*loose->distanceKm, 5.0);

        const Match *fewer = find(ranked, s("one-extra"));
        QCOMPARE(fewer->choicesMatched, 4);
        QCOMPARE(fewer->choices, 6);
        QCOMPARE(fewer->missing, (QStringList{s("b"), s("pkg")})); // catalog order

        // Looks missing come in catalog order too, before or after equipment as the catalog has it.
        QCOMPARE(find(ranked, s("paint"))->missing, QStringList{s("blue")});
        QCOMPARE(find(ranked, s("interior"))->missing, QStringList{s("tan")});
        QCOMPARE(find(ranked, s("wheel"))->missing, QStringList{s("w21")});
        QCOMPARE(find(ranked, s("paint"))->choicesMatched, 5);

        const Match *pricey = find(ranked, s("pricey"));
        QVERIFY(pricey->priceComparable);
        QCOMPARE(pricey->priceDifferenceMinor, kBuildPrice / 8);
        QCOMPARE(find(ranked, s("cheap"))->priceDifferenceMinor, -kBuildPrice * 3 / 10);
        const Match *nok = find(ranked, s("nok"));
        QVERIFY(!nok->priceComparable);
        QCOMPARE(nok->priceDifferenceMinor, 0);

        QCOMPARE(*find(ranked, s("far"))->distanceKm, 100.0);
        QVERIFY(!find(ranked, s("unknown-distance"))->distanceKm);
    }

    void reservedCarsAreLeftOut()
    {
        const RuleEngine e(shop(), s("eu"));
        const QList<Vehicle> stock = shopStock();
        const QList<Match> ranked = StockMatcher(e).rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, stock, &shopDistance, 0);
        QCOMPARE(ranked.size(), stock.size() - 1);
        QVERIFY(!find(ranked, s("reserved")));
        QVERIFY(find(ranked, s("transit"))); // on its way: still shown

        QList<Vehicle> allReserved = stock;
        for (Vehicle &v : allReserved)
            v.status = Vehicle::Status::Reserved;
        QVERIFY(StockMatcher(e).rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, allReserved, &shopDistance, 0).isEmpty());
    }

    void withoutPriceOrDistanceThoseCountNothing()
    {
        const RuleEngine e(shop(), s("eu"));
        // No build price and no distances: the exact car scores the looks and equipment only.
        const QList<Match> ranked = StockMatcher(e).rank(shopBuild(e), Money{}, shopStock(), {}, 0);
        const Match *exact = find(ranked, s("exact"));
        QCOMPARE(exact->score, 82.0);
        QVERIFY(!exact->priceComparable);
        QVERIFY(!exact->distanceKm);
        // Nothing left to tell price or distance apart: the equal ones go by id.
        QCOMPARE(ids(ranked).mid(0, 5), (QStringList{s("beyond"), s("cheap"), s("exact"), s("far"), s("loose-pkg")}));
    }

    void limitKeepsTheBest()
    {
        const RuleEngine e(shop(), s("eu"));
        const StockMatcher matcher(e);
        const Configuration b = shopBuild(e);
        const QList<Match> all = matcher.rank(b, Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance, 0);
        QCOMPARE(ids(matcher.rank(b, Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance, 3)), ids(all).mid(0, 3));
        QCOMPARE(matcher.rank(b, Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance).size(), all.size()); // 20 by default
        QCOMPARE(matcher.rank(b, Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance, 100).size(), all.size());
    }

    void orderIsTheSameWhateverTheStockOrder()
    {
        const RuleEngine e(shop(), s("eu"));
        const StockMatcher matcher(e);
        const Configuration b = shopBuild(e);
        const QList<Vehicle> stock = shopStock();
        const QStringList expected = ids(matcher.rank(b, Money{kBuildPrice, s("EUR")}, stock, &shopDistance, 0));
        QRandomGenerator rng(7);
        for (int round = 0; round < 50; ++round) {
            QList<Vehicle> shuffled = stock;
            for (qsizetype i = shuffled.size() - 1; i > 0; --i)
                shuffled.swapItemsAt(i, rng.bounded(int(i + 1)));
            const QList<Match> ranked = matcher.rank(b, Money{kBuildPrice, s("EUR")}, shuffled, &shopDistance, 0);
            QCOMPARE(ids(ranked), expected);
            for (const Match &m : ranked)
                QCOMPARE(shuffled.at(m.index).id, m.vehicleId);
        }
    }

    void aPackageThatBringsTheWheelsCountsAsTheWheelChoice()
    {
        const Catalog c = Builder()
                              .model(s("gt"))
                              .trim(s("gt-core"), s("gt"), 50000, {}, s("white"), s("w19"), s("black"))
                              .paints({s("white")})
                              .wheels({s("w19"), s("w21")})
                              .interiors({s("black")})
                              .option(s("pkg-look"), OptionKind::Package, 2000, {s("w21")})
                              .build();
        const RuleEngine e(c, s("eu"));
        const Configuration b = e.select(*e.defaultConfiguration(s("gt-core")), s("pkg-look")).after;
        QVERIFY(!b.options.contains(s("w21"))); // the package brings it
        QVERIFY(b.options.contains(s("pkg-look")));
        Vehicle v;
        v.id = s("v");
        v.model = s("gt");
        v.trim = s("gt-core");
        v.paint = s("white");
        v.wheel = s("w21"); // bought on its own, no package
        v.interior = s("black");
        Vehicle plain = v;
        plain.id = s("plain");
        plain.wheel = s("w19");
        const QList<Match> ranked = StockMatcher(e).rank(b, Money{}, {plain, v}, {}, 0);
        QCOMPARE(ids(ranked), (QStringList{s("v"), s("plain")}));
        QVERIFY(ranked.first().sameWheel);
        QCOMPARE(ranked.first().choices, 4); // paint, wheel (from the package), interior, the package
        QCOMPARE(ranked.first().choicesMatched, 4);
        QVERIFY(!ranked.last().sameWheel);
        QCOMPARE(ranked.last().missing, (QStringList{s("w21"), s("pkg-look")}));
    }

    void weightsCanBeChanged()
    {
        const RuleEngine e(shop(), s("eu"));
        StockMatcher::Weights priceOnly;
        priceOnly.model = priceOnly.line = priceOnly.trim = priceOnly.paint = priceOnly.interior = priceOnly.wheel = 0;
        priceOnly.equipment = priceOnly.distance = 0;
        priceOnly.price = 1;
        const QList<Match> ranked = StockMatcher(e, priceOnly)
                                        .rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance, 0);
        QCOMPARE(find(ranked, s("other-line"))->score, 100.0); // same price, nothing else counts
        QCOMPARE(find(ranked, s("pricey"))->score, 50.0);
        QCOMPARE(find(ranked, s("cheap"))->score, 0.0);
        QCOMPARE(find(ranked, s("nok"))->score, 0.0);
        // A shorter horizon: 100 km is already too far.
        StockMatcher::Weights near;
        near.distanceHorizonKm = 100;
        const QList<Match> n = StockMatcher(e, near).rank(shopBuild(e), Money{kBuildPrice, s("EUR")}, shopStock(), &shopDistance,
                                                          0);
        QCOMPARE(find(n, s("far"))->score, 92.0);
    }

    void demoStockAgainstTheOracle()
    {
        const Catalog &c = demo();
        const QList<Vehicle> stock = SyntheticStock::vehicles(c, 1500, 11);
        const qsizetype reserved = std::count_if(stock.cbegin(), stock.cend(),
                                                 [](const Vehicle &v) { return v.status == Vehicle::Status::Reserved; });
        QVERIFY(reserved > 0);
        // Kilometres from the visitor by car, unknown for some.
        const auto distance = [](const Vehicle &v) -> std::optional<double> {
            const size_t h = qHash(v.id, 3);
            if (h % 9 == 0)
                return std::nullopt;
            return double(h % 4000) / 10.0;
        };
        QRandomGenerator rng(2024);
        int comparedPrices = 0, uncomparable = 0;
        for (int round = 0; round < 24; ++round) {
            const Market &market = c.markets.at(round % c.markets.size());
            const RuleEngine e(c, market.id);
            const Configuration b = randomBuild(e, rng);
            const ConfigurationPricer::Quote q = ConfigurationPricer(e, market.id).quote(b);
            QVERIFY2(q.ok, qPrintable(q.problem));
            const Money price = q.total();
            const QList<Match> ranked = StockMatcher(e).rank(b, price, stock, distance, 0);
            QCOMPARE(ranked.size(), stock.size() - reserved);
            QSet<int> seen;
            for (const Match &m : ranked) {
                const Vehicle &v = stock.at(m.index);
                QCOMPARE(m.vehicleId, v.id);
                QVERIFY(v.status != Vehicle::Status::Reserved);
                QVERIFY(!seen.contains(m.index));
                seen.insert(m.index);
                const Expected x = oracle(c, b, price, v, distance(v));
                QVERIFY2(std::abs(m.score - x.score) < 1e-9,
                         qPrintable(QStringLiteral("%1 for %2: %3 vs oracle %4").arg(v.id, b.trim).arg(m.score).arg(x.score)));
                QCOMPARE(m.choices, x.choices);
                QCOMPARE(m.choicesMatched, x.matched);
                QCOMPARE(QSet<QString>(m.missing.cbegin(), m.missing.cend()), x.missing);
                QCOMPARE(m.missing.size(), m.choices - m.choicesMatched);
                QCOMPARE(m.priceComparable, x.priceComparable);
                QCOMPARE(m.priceDifferenceMinor, x.priceDifference);
                QVERIFY(m.distanceKm == distance(v));
                (x.priceComparable ? comparedPrices : uncomparable)++;
            }
            // Best first; equal scores by distance (unknown last), then id.
            for (qsizetype i = 1; i < ranked.size(); ++i) {
                const Match &a = ranked.at(i - 1), &z = ranked.at(i);
                QVERIFY2(a.score >= z.score, qPrintable(a.vehicleId + QStringLiteral(" before ") + z.vehicleId));
                if (a.score == z.score) {
                    const double da = a.distanceKm.value_or(1e12), dz = z.distanceKm.value_or(1e12);
                    QVERIFY(da <= dz);
                    if (da == dz)
                        QVERIFY(a.vehicleId < z.vehicleId);
                }
            }
            // The default twenty are the first twenty of the whole ranking.
            QCOMPARE(ids(StockMatcher(e).rank(b, price, stock, distance)), ids(ranked).mid(0, 20));
        }
        // The stock spans markets: both kinds of price comparison were exercised.
        QVERIFY(comparedPrices > 0);
        QVERIFY(uncomparable > 0);
    }
};

QTEST_GUILESS_MAIN(TestStockMatcher)
#include "tst_stockmatcher.moc"
