// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedparser.h"
#include "inventory/inventoryindex.h"
#include "testscale.h"

#include <QFile>
#include <QGeoCoordinate>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>

/// The search engine against a brute-force oracle on random stock and random filters, plus
/// facet semantics, free text in several languages and distances.
class TestInventoryIndex : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QList<Vehicle> m_demo;

    static QList<Vehicle> randomStock(const Catalog &c, int n, QRandomGenerator &rng)
    {
        QStringList paints, interiors, equipment;
        for (const CatalogOption &o : c.options) {
            if (o.kind == OptionKind::Paint)
                paints << o.id;
            else if (o.kind == OptionKind::Interior)
                interiors << o.id;
            else if (o.kind == OptionKind::Equipment || o.kind == OptionKind::Package)
                equipment << o.id;
        }
        QList<Vehicle> out;
        for (int i = 0; i < n; ++i) {
            Vehicle v;
            const Trim &t = c.trims.at(rng.bounded(int(c.trims.size())));
            v.id = QStringLiteral("r-%1").arg(rng.bounded(1000000), 7, 10, QLatin1Char('0')) + QString::number(i);
            v.model = t.model;
            v.trim = t.id;
            v.year = 2018 + rng.bounded(10);
            v.condition = Vehicle::Condition(rng.bounded(3));
            v.status = Vehicle::Status(rng.bounded(3));
            v.mileage = {rng.bounded(150000), rng.bounded(4) == 0 ? Mileage::Unit::Mi : Mileage::Unit::Km};
            v.paint = paints.at(rng.bounded(int(paints.size())));
            v.interior = interiors.at(rng.bounded(int(interiors.size())));
            for (int k = rng.bounded(5); k > 0; --k)
                v.options << equipment.at(rng.bounded(int(equipment.size())));
            // Mixed currencies, as stock across markets is.
            v.price = Money{qint64(rng.bounded(2000, 20000)) * 1000,
                            rng.bounded(3) == 0 ? QStringLiteral("NOK") : QStringLiteral("EUR")};
            v.location = c.studios.at(rng.bounded(int(c.studios.size()))).id;
            v.added = QDate(2026, 1, 1).addDays(rng.bounded(300));
            // Some are dealers' listings the brand maps, under makes written every which way.
            static const char *makes[] = {"Volvo", "VOLVO", "Tesla", "Mercedes-Benz", "mercedes benz"};
            if (rng.bounded(5) == 0)
                v.make = QLatin1String(makes[rng.bounded(5)]);
            out << v;
        }
        return out;
    }

    // What the engine must compute, the slow and obvious way.
    struct Oracle {
        const Catalog &c;
        const QList<Vehicle> &stock;

        QString facetValue(const Vehicle &v, const QString &facet) const
        {
            const CarModel *m = c.model(v.model);
            if (facet == QLatin1String("line"))
                return m->line;
            if (facet == QLatin1String("model"))
                return v.model;
            if (facet == QLatin1String("trim"))
                return v.trim;
            if (facet == QLatin1String("body"))
                return m->body;
            if (facet == QLatin1String("condition"))
                return Vehicle::conditionName(v.condition);
            if (facet == QLatin1String("powertrain"))
                return m->powertrain;
            if (facet == QLatin1String("paint"))
                return v.paint;
            if (facet == QLatin1String("interior"))
                return v.interior;
            if (facet == QLatin1String("location"))
                return v.location;
            if (facet == QLatin1String("make"))
                return Catalog::foldedName(v.make);
            return Vehicle::statusName(v.status);
        }

        QSet<QString> equipmentOf(const Vehicle &v) const
        {
            QSet<QString> s(c.trim(v.trim)->standard.cbegin(), c.trim(v.trim)->standard.cend());
            for (const QString &o : v.options) {
                s.insert(o);
                for (const QString &content : c.option(o)->contents)
                    s.insert(content);
            }
            return s;
        }

        double distance(const Vehicle &v, const InventoryFilter &f) const
        {
            const Studio *s = c.studio(v.location);
            return InventoryIndex::distanceKm(*f.originLat, *f.originLon, s->lat, s->lon);
        }

        // Which constraints a vehicle passes, by name; "" = all.
        bool passes(const Vehicle &v, const InventoryFilter &f, const QString &except) const
        {
            for (auto it = f.selected.cbegin(); it != f.selected.cend(); ++it) {
                if (it.key() != except && !it->contains(facetValue(v, it.key())))
                    return false;
            }
            if (except != QLatin1String("price")) {
                if (f.priceMinMinor && v.price.minor < *f.priceMinMinor)
                    return false;
                if (f.priceMaxMinor && v.price.minor > *f.priceMaxMinor)
                    return false;
                if ((f.priceMinMinor || f.priceMaxMinor) && !f.priceCurrency.isEmpty() && v.price.currency != f.priceCurrency)
                    return false;
            }
            if (except != QLatin1String("year")) {
                if (f.yearMin && v.year < *f.yearMin)
                    return false;
                if (f.yearMax && v.year > *f.yearMax)
                    return false;
            }
            if (except != QLatin1String("mileage")) {
                const double factor = f.mileageUnit == Mileage::Unit::Mi ? Mileage::kKmPerMile : 1.0;
                if (f.mileageMin && v.mileage.kilometres() < *f.mileageMin * factor - 0.01)
                    return false;
                if (f.mileageMax && v.mileage.kilometres() > *f.mileageMax * factor + 0.01)
                    return false;
            }
            if (except != QLatin1String("equipment")) {
                const QSet<QString> has = equipmentOf(v);
                for (const QString &e : f.equipment) {
                    if (!has.contains(e))
                        return false;
                }
            }
            if (f.radiusKm && distance(v, f) > *f.radiusKm)
                return false;
            return true;
        }
    };

    static InventoryFilter randomFilter(const Catalog &c, QRandomGenerator &rng)
    {
        InventoryFilter f;
        const auto pick = [&](const QStringList &from) { return from.at(rng.bounded(int(from.size()))); };
        QHash<QString, QStringList> values;
        for (const ModelLine &l : c.lines)
            values[QStringLiteral("line")] << l.id;
        for (const CarModel &m : c.models)
            values[QStringLiteral("model")] << m.id;
        for (const Trim &t : c.trims)
            values[QStringLiteral("trim")] << t.id;
        for (const BodyStyle &b : c.bodies)
            values[QStringLiteral("body")] << b.id;
        values[QStringLiteral("condition")] = {QStringLiteral("new"), QStringLiteral("cpo"), QStringLiteral("used")};
        values[QStringLiteral("powertrain")] = {QStringLiteral("bev"), QStringLiteral("phev"), QStringLiteral("hybrid"),
                                                QStringLiteral("petrol")};
        QStringList equipment;
        for (const CatalogOption &o : c.options) {
            if (o.kind == OptionKind::Paint)
                values[QStringLiteral("paint")] << o.id;
            else if (o.kind == OptionKind::Interior)
                values[QStringLiteral("interior")] << o.id;
            else if (o.kind == OptionKind::Equipment || o.kind == OptionKind::Package)
                equipment << o.id;
        }
        for (const Studio &s : c.studios)
            values[QStringLiteral("location")] << s.id;
        values[QStringLiteral("status")] = {QStringLiteral("available"), QStringLiteral("reserved"),
                                            QStringLiteral("in-transit")};
        values[QStringLiteral("make")] = {QStringLiteral("volvo"), QStringLiteral("tesla"), QStringLiteral("mercedesbenz"),
                                          QStringLiteral("audi")};
        for (const QString &facet : InventoryFilter::facetNames()) {
            if (rng.bounded(4) != 0)
                continue;
            for (int k = 1 + rng.bounded(3); k > 0; --k)
                f.selected[facet].insert(pick(values.value(facet)));
        }
        if (rng.bounded(4) == 0)
            f.priceMinMinor = qint64(rng.bounded(2000, 10000)) * 1000;
        if (rng.bounded(4) == 0)
            f.priceMaxMinor = qint64(rng.bounded(8000, 20000)) * 1000;
        if (rng.bounded(3) == 0)
            f.priceCurrency = rng.bounded(4) == 0 ? QStringLiteral("USD")
                : rng.bounded(2)                  ? QStringLiteral("NOK")
                                                  : QStringLiteral("EUR");
        if (rng.bounded(4) == 0)
            f.yearMin = 2018 + rng.bounded(8);
        if (rng.bounded(5) == 0)
            f.yearMax = 2020 + rng.bounded(8);
        if (rng.bounded(4) == 0) {
            f.mileageUnit = rng.bounded(2) ? Mileage::Unit::Mi : Mileage::Unit::Km;
            f.mileageMax = rng.bounded(1000, 120000);
        }
        if (rng.bounded(4) == 0)
            for (int k = 1 + rng.bounded(2); k > 0; --k)
                f.equipment << pick(equipment);
        if (rng.bounded(3) == 0) {
            const Studio &s = c.studios.at(rng.bounded(int(c.studios.size())));
            f.originLat = s.lat;
            f.originLon = s.lon;
            if (rng.bounded(2))
                f.radiusKm = rng.bounded(10, 3000);
        }
        const QList<InventoryFilter::Sort> sorts{InventoryFilter::Sort::RecentlyAdded,   InventoryFilter::Sort::PriceAscending,
                                                 InventoryFilter::Sort::PriceDescending, InventoryFilter::Sort::Newest,
                                                 InventoryFilter::Sort::Mileage,         InventoryFilter::Sort::Distance};
        f.sort = sorts.at(rng.bounded(f.hasOrigin() ? 6 : 5));
        f.offset = rng.bounded(3) == 0 ? rng.bounded(40) : 0;
        f.limit = 1 + rng.bounded(30);
        return f;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = FeedParser::parse(file.readAll());
        QVERIFY(parsed.feed);
        m_catalog = FeedParser::catalogOf(*parsed.feed);
        m_demo = parsed.feed->vehicles;
    }

    void matchesOracleOnRandomStockAndFilters()
    {
        QRandomGenerator rng(20261122);
        int cases = 0;
        for (int round = 0; round < scaled(12); ++round) {
            const QList<Vehicle> stock = randomStock(m_catalog, 100 + rng.bounded(700), rng);
            const auto index = InventoryIndex::build(stock, m_catalog);
            const Oracle oracle{m_catalog, stock};
            for (int q = 0; q < 250; ++q, ++cases) {
                const InventoryFilter f = randomFilter(m_catalog, rng);
                const InventoryIndex::Result r = index->query(f);
                QList<int> matching;
                for (int i = 0; i < stock.size(); ++i) {
                    if (oracle.passes(stock.at(i), f, QString()))
                        matching << i;
                }
                QCOMPARE(r.total, matching.size());
                // Facets: every other constraint, not the facet's own; zeros reported.
                for (const QString &facet : InventoryFilter::facetNames()) {
                    QHash<QString, qsizetype> expected;
                    for (const Vehicle &v : stock) {
                        if (oracle.passes(v, f, facet))
                            expected[oracle.facetValue(v, facet)] += 1;
                    }
                    for (const auto &fv : r.facets.value(facet)) {
                        if (fv.count != expected.value(fv.id))
                            QFAIL(qPrintable(
                                QStringLiteral("case %1 facet %2 value %3: %4 != %5\n%6")
                                    .arg(cases)
                                    .arg(facet, fv.id)
                                    .arg(fv.count)
                                    .arg(expected.value(fv.id))
                                    .arg(QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)))));
                    }
                }
                for (const auto &fv : r.equipment) {
                    qsizetype expected = 0;
                    for (const Vehicle &v : stock)
                        expected += oracle.passes(v, f, QStringLiteral("equipment")) && oracle.equipmentOf(v).contains(fv.id);
                    QCOMPARE(fv.count, expected);
                }
                // The page: sorted with ties broken by id, then offset and limit.
                QList<int> order = matching;
                const auto key = [&](int i) {
                    const Vehicle &v = stock.at(i);
                    switch (f.sort) {
                    case InventoryFilter::Sort::PriceAscending:
                        return std::make_tuple(double(v.price.minor), 0.0);
                    case InventoryFilter::Sort::PriceDescending:
                        return std::make_tuple(-double(v.price.minor), 0.0);
                    case InventoryFilter::Sort::Newest:
                        return std::make_tuple(-double(v.year), -double(QDate(1970, 1, 1).daysTo(v.added)));
                    case InventoryFilter::Sort::Mileage:
                        return std::make_tuple(double(float(v.mileage.kilometres())), 0.0);
                    case InventoryFilter::Sort::Distance:
                        return std::make_tuple(oracle.distance(v, f), 0.0);
                    default:
                        return std::make_tuple(-double(QDate(1970, 1, 1).daysTo(v.added)), 0.0);
                    }
                };
                // By price: the filter's currency first, then each other currency by its code.
                const auto run = [&](int i) {
                    const QString &c = stock.at(i).price.currency;
                    return std::make_pair(!f.priceCurrency.isEmpty() && c != f.priceCurrency, c);
                };
                const bool byPrice = f.sort == InventoryFilter::Sort::PriceAscending
                    || f.sort == InventoryFilter::Sort::PriceDescending;
                std::sort(order.begin(), order.end(), [&](int a, int b) {
                    if (byPrice && run(a) != run(b))
                        return run(a) < run(b);
                    const auto ka = key(a), kb = key(b);
                    if (ka != kb)
                        return ka < kb;
                    if (f.sort == InventoryFilter::Sort::Distance && stock.at(a).location != stock.at(b).location)
                        return stock.at(a).location < stock.at(b).location;
                    return stock.at(a).id < stock.at(b).id;
                });
                const QList<int> expectedPage = order.mid(f.offset, f.limit);
                QCOMPARE(r.page.size(), expectedPage.size());
                for (int k = 0; k < expectedPage.size(); ++k)
                    QCOMPARE(r.page.at(k).id, stock.at(expectedPage.at(k)).id);
                // Price range over everything but the price filter.
                double lo = 1e18, hi = -1;
                for (const Vehicle &v : stock) {
                    if (!f.priceCurrency.isEmpty() && v.price.currency != f.priceCurrency)
                        continue; // the span is in the chosen currency only
                    if (oracle.passes(v, f, QStringLiteral("price"))) {
                        lo = std::min(lo, double(v.price.minor));
                        hi = std::max(hi, double(v.price.minor));
                    }
                }
                QCOMPARE(r.price.any, hi >= 0);
                if (r.price.any) {
                    QCOMPARE(r.price.min, lo);
                    QCOMPARE(r.price.max, hi);
                }
            }
        }
        QCOMPARE(cases, scaled(12) * 250);
    }

    void facetOwnFilterIsNotApplied()
    {
        const auto index = InventoryIndex::build(m_demo, m_catalog);
        InventoryFilter f;
        f.selected[QStringLiteral("condition")] = {QStringLiteral("new")};
        const auto r = index->query(f);
        qsizetype news = 0, cpo = 0, all = 0;
        for (const Vehicle &v : m_demo) {
            news += v.condition == Vehicle::Condition::New;
            cpo += v.condition == Vehicle::Condition::Cpo;
            ++all;
        }
        QCOMPARE(r.total, news);
        const auto &conditions = r.facets.value(QStringLiteral("condition"));
        QCOMPARE(conditions.size(), 3);
        QCOMPARE(conditions.at(0).count, news);
        QCOMPARE(conditions.at(1).count, cpo); // what choosing "approved pre-owned" as well would add
        // Every catalog value is there, even with no car: never a dead end without a number.
        f.selected[QStringLiteral("model")] = {QStringLiteral("rune-spyder")};
        f.selected[QStringLiteral("location")] = {QStringLiteral("lillestrom")};
        const auto narrow = index->query(f);
        QCOMPARE(narrow.facets.value(QStringLiteral("paint")).size(), 10);
        QCOMPARE(narrow.facets.value(QStringLiteral("location")).size(), m_catalog.studios.size());
    }

    void freeTextInSeveralLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("paint");
        QTest::addColumn<QString>("equipment");
        QTest::newRow("english") << "gts blue sport chrono"
                                 << "rune-gts"
                                 << "fjord-blue"
                                 << "sport-chrono";
        QTest::newRow("prefix") << "aster fjord"
                                << ""
                                << "fjord-blue"
                                << "";
        QTest::newRow("german") << "Fjordblau Wärmepumpe"
                                << ""
                                << "fjord-blue"
                                << "heat-pump";
        QTest::newRow("german folded") << "gletscherweiss"
                                       << ""
                                       << "glacier-white"
                                       << "";
        QTest::newRow("french") << "Bleu Fjord toit panoramique"
                                << ""
                                << "fjord-blue"
                                << "pano-roof";
        QTest::newRow("simplified chinese") << "峡湾蓝 热泵"
                                            << ""
                                            << "fjord-blue"
                                            << "heat-pump";
        QTest::newRow("chinese colour word") << "蓝色"
                                             << ""
                                             << "fjord-blue"
                                             << "";
        QTest::newRow("traditional chinese") << "峽灣藍"
                                             << ""
                                             << "fjord-blue"
                                             << "";
    }
    void freeTextInSeveralLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, model);
        QFETCH(QString, paint);
        QFETCH(QString, equipment);
        const auto index = InventoryIndex::build(m_demo, m_catalog);
        const Oracle oracle{m_catalog, m_demo};
        InventoryFilter f;
        f.text = text;
        f.limit = 1000;
        const auto r = index->query(f);
        qsizetype expected = 0;
        for (const Vehicle &v : m_demo) {
            const bool ok = (model.isEmpty() || v.model == model) && (paint.isEmpty() || v.paint == paint)
                && (equipment.isEmpty() || oracle.equipmentOf(v).contains(equipment))
                && (text != QLatin1String("aster fjord") || m_catalog.model(v.model)->line == QLatin1String("aster"));
            expected += ok;
        }
        QVERIFY2(expected > 0 || text.startsWith(QLatin1String("gts")), "the demo stock should have such cars");
        if (text.startsWith(QLatin1String("gts"))) {
            // "sport" also matches sport seats, suspension and exhaust: the result is a superset
            // of the exact cars, and every hit is a blue Rune GTS with Sport Chrono.
            for (const auto &hit : r.page) {
                const Vehicle &v = *std::find_if(m_demo.cbegin(), m_demo.cend(),
                                                 [&](const Vehicle &x) { return x.id == hit.id; });
                QCOMPARE(v.model, model);
                QCOMPARE(v.paint, paint);
                QVERIFY(oracle.equipmentOf(v).contains(equipment));
            }
            QVERIFY(r.total >= expected);
        } else {
            QCOMPARE(r.total, expected);
        }
    }

    // The word being typed narrows letter by letter; a finished short word must match whole.
    void typingNarrowsLetterByLetter()
    {
        const auto index = InventoryIndex::build(m_demo, m_catalog);
        const auto total = [&](const QString &text) {
            InventoryFilter f;
            f.text = text;
            f.limit = 0;
            return index->query(f).total;
        };
        QVERIFY(total(QStringLiteral("fjord blue")) > 0);
        QCOMPARE(total(QStringLiteral("fjord bl")), total(QStringLiteral("fjord blue")));
        QCOMPARE(total(QStringLiteral("fjord bl ")), 0);
        QVERIFY(total(QStringLiteral("b")) > total(QStringLiteral("fjord blue")));
    }

    void suggestionsComplete()
    {
        const auto index = InventoryIndex::build(m_demo, m_catalog);
        QCOMPARE(index->suggest(QStringLiteral("fjord bl"), QStringLiteral("en"), 5).value(0), QStringLiteral("Fjord Blue"));
        QVERIFY(
            index->suggest(QStringLiteral("aster fjo"), QStringLiteral("en"), 5).contains(QStringLiteral("aster Fjord Blue")));
        QVERIFY(index->suggest(QStringLiteral("Wärmep"), QStringLiteral("de"), 5).contains(QStringLiteral("Wärmepumpe")));
        QVERIFY(index->suggest(QStringLiteral("峡"), QStringLiteral("zh-Hans"), 5).contains(QStringLiteral("峡湾蓝")));
        // The visitor's language first: "Fjord" is also in French and German names.
        QCOMPARE(index->suggest(QStringLiteral("fjord"), QStringLiteral("fr"), 5).value(0), QStringLiteral("Bleu Fjord"));
        QVERIFY(index->suggest(QString(), QStringLiteral("en"), 5).isEmpty());
        QVERIFY(index->suggest(QStringLiteral("fjord "), QStringLiteral("en"), 5).isEmpty());
        QVERIFY(index->suggest(QStringLiteral("s"), QStringLiteral("en"), 5).isEmpty()); // one letter says too little
        QCOMPARE(index->suggest(QStringLiteral("sport"), QStringLiteral("en"), 3).size(), 3);
    }

    // By price, the filter's currency first; every other currency in one run of its own, never
    // interleaved as if the numbers were the same money; within each run, in price order.
    void priceOrderKeepsCurrenciesApart()
    {
        const auto index = InventoryIndex::build(m_demo, m_catalog);
        QHash<QString, Money> prices;
        for (const Vehicle &v : m_demo)
            prices.insert(v.id, v.price);
        for (const auto sort : {InventoryFilter::Sort::PriceAscending, InventoryFilter::Sort::PriceDescending}) {
            InventoryFilter f;
            f.sort = sort;
            f.priceCurrency = QStringLiteral("NOK");
            f.limit = int(m_demo.size());
            const auto r = index->query(f);
            QCOMPARE(r.page.size(), m_demo.size());
            QStringList runs;
            for (qsizetype i = 0; i < r.page.size(); ++i) {
                const Money &p = prices.value(r.page.at(i).id);
                if (runs.isEmpty() || runs.last() != p.currency) {
                    runs << p.currency;
                    continue;
                }
                const Money &before = prices.value(r.page.at(i - 1).id);
                QVERIFY(sort == InventoryFilter::Sort::PriceAscending ? before.minor <= p.minor : before.minor >= p.minor);
            }
            QCOMPARE(runs.first(), QStringLiteral("NOK"));
            QCOMPARE(QSet<QString>(runs.cbegin(), runs.cend()).size(), runs.size());
        }
    }

    void distancesAndRadius()
    {
        // Oslo to Milan: hand-checked great-circle distance ≈ 1,607 km.
        const double osloMilan = InventoryIndex::distanceKm(59.9127, 10.7461, 45.4817, 9.1878);
        QVERIFY2(qAbs(osloMilan - 1607) < 5, qPrintable(QString::number(osloMilan)));
        const double reference = QGeoCoordinate(59.9127, 10.7461).distanceTo(QGeoCoordinate(45.4817, 9.1878)) / 1000;
        QVERIFY(qAbs(osloMilan - reference) / reference < 0.005);
        QCOMPARE(InventoryIndex::distanceKm(31.2304, 121.4549, 31.2304, 121.4549), 0.0);

        const auto index = InventoryIndex::build(m_demo, m_catalog);
        InventoryFilter f;
        f.originLat = 59.9127;
        f.originLon = 10.7461;
        f.radiusKm = 100; // Oslo, Lillestrøm and Drammen; not Milan
        f.sort = InventoryFilter::Sort::Distance;
        f.limit = 1000;
        const auto r = index->query(f);
        QSet<QString> places;
        double last = 0;
        for (const auto &hit : r.page) {
            QVERIFY(hit.distanceKm && *hit.distanceKm <= 100);
            QVERIFY(*hit.distanceKm >= last);
            last = *hit.distanceKm;
            places.insert(
                std::find_if(m_demo.cbegin(), m_demo.cend(), [&](const Vehicle &v) { return v.id == hit.id; })->location);
        }
        QCOMPARE(places, (QSet<QString>{QStringLiteral("oslo"), QStringLiteral("lillestrom"), QStringLiteral("drammen")}));
        QCOMPARE(r.page.first().distanceKm.value(), 0.0);
    }

    void dealersCarsWithTheSameNamesAreEachFound()
    {
        // Cars that share all their names, some of them, or none, each found by every word of
        // theirs: the index works each combination's words out once.
        QList<Vehicle> stock = m_demo.mid(0, 10);
        const auto listing = [&](const char *id, const char *model, const char *colour) {
            Vehicle v = m_demo.first();
            v.id = QLatin1String(id);
            v.model.clear();
            v.trim.clear();
            v.paint.clear();
            v.make = QStringLiteral("Volvo");
            v.modelName = QLatin1String(model);
            v.exteriorColor = QLatin1String(colour);
            return v;
        };
        stock << listing("meta-x-1", "XC60", "Crystal White") << listing("meta-x-2", "XC40", "Onyx Black")
              << listing("meta-x-3", "XC60", "Crystal White") << m_demo.at(10) << listing("meta-x-4", "XC60", "Onyx Black");
        const auto index = InventoryIndex::build(stock, m_catalog);
        const auto found = [&](const char *text) {
            InventoryFilter f;
            f.text = QLatin1String(text);
            f.limit = 100;
            QStringList ids;
            for (const InventoryIndex::Hit &h : index->query(f).page)
                ids << h.id;
            ids.sort();
            return ids.join(QLatin1Char(' '));
        };
        QCOMPARE(found("volvo"), QStringLiteral("meta-x-1 meta-x-2 meta-x-3 meta-x-4"));
        QCOMPARE(found("xc60"), QStringLiteral("meta-x-1 meta-x-3 meta-x-4"));
        QCOMPARE(found("crystal"), QStringLiteral("meta-x-1 meta-x-3"));
        QCOMPARE(found("onyx"), QStringLiteral("meta-x-2 meta-x-4"));
        QCOMPARE(found("xc40 black"), QStringLiteral("meta-x-2"));
    }

    void dealersCarsAreFoundByTheirOwnNames()
    {
        QList<Vehicle> stock = m_demo.mid(0, 20);
        Vehicle tradeIn = stock.first();
        tradeIn.id = QStringLiteral("meta-x-1");
        tradeIn.model.clear();
        tradeIn.trim.clear();
        tradeIn.paint.clear();
        tradeIn.make = QStringLiteral("Volvo");
        tradeIn.modelName = QStringLiteral("XC60");
        tradeIn.trimName = QStringLiteral("Ultimate B5");
        tradeIn.exteriorColor = QStringLiteral("Crystal White");
        tradeIn.body = QStringLiteral("suv");
        tradeIn.powertrain = QStringLiteral("phev");
        stock << tradeIn;
        const auto index = InventoryIndex::build(stock, m_catalog);
        InventoryFilter f;
        for (const char *text : {"volvo xc60", "VOLVO", "crystal", "ultim", "xc60 white"}) {
            f.text = QLatin1String(text);
            const auto r = index->query(f);
            QCOMPARE(r.total, 1);
            QCOMPARE(r.page.first().id, tradeIn.id);
        }
        f.text = QStringLiteral("volvo aster");
        QCOMPARE(index->query(f).total, 0);
        // Its own body and powertrain count in the facets; it is in no catalog model's count.
        f.text.clear();
        f.selected[QStringLiteral("powertrain")] = {QStringLiteral("phev")};
        const auto r = index->query(f);
        QVERIFY(std::any_of(r.page.cbegin(), r.page.cend(), [&](const InventoryIndex::Hit &h) { return h.id == tradeIn.id; }));
        qsizetype inModels = 0;
        for (const auto &v : r.facets.value(QStringLiteral("model")))
            inModels += v.count;
        QCOMPARE(inModels, r.total - 1);
    }

    void dealersMakesAreAFacet()
    {
        QList<Vehicle> stock = m_demo.mid(0, 10);
        for (const char *make : {"Volvo", "VOLVO", "Tesla"}) {
            Vehicle v = stock.first();
            v.id = QStringLiteral("meta-%1").arg(stock.size());
            v.model.clear();
            v.trim.clear();
            v.make = QLatin1String(make);
            v.modelName = QStringLiteral("Any");
            stock << v;
        }
        auto index = InventoryIndex::build(stock, m_catalog);
        InventoryFilter f;
        auto r = index->query(f);
        const auto makes = r.facets.value(QStringLiteral("make"));
        QCOMPARE(makes.size(), 2); // one value per make however it is written
        QCOMPARE(makes.at(0).id, QStringLiteral("volvo"));
        QCOMPARE(makes.at(0).count, 2);
        QCOMPARE(index->makeName(QStringLiteral("volvo")), QStringLiteral("Volvo")); // as first written
        QCOMPARE(makes.at(1).count, 1);
        f.selected[QStringLiteral("make")] = {QStringLiteral("volvo")};
        QCOMPARE(index->query(f).total, 2);
        // The brand's own cars go under the make its aliases give them.
        Catalog withAlias = m_catalog;
        withAlias.aliases.append({QStringLiteral("a"), QStringLiteral("Nocturne"), QStringLiteral("Aster 5"), QString(),
                                  m_catalog.models.first().id, QString()});
        withAlias.index();
        index = InventoryIndex::build(stock, withAlias);
        f.selected[QStringLiteral("make")] = {QStringLiteral("nocturne")};
        QCOMPARE(index->query(f).total, 10);
        QCOMPARE(index->makeName(QStringLiteral("nocturne")), QStringLiteral("Nocturne"));
    }

    void compactRowsIndexAsTheCarsSay()
    {
        // The index reads the store's rows and works out what each name, option list and dealer's
        // names mean once: on a stock mixing every kind of car, each facet count, equipment count,
        // range and sort order is what the cars themselves say.
        Catalog catalog = m_catalog;
        catalog.aliases.append({QStringLiteral("a"), QStringLiteral("Nocturne"), QStringLiteral("Aster 5"), QString(),
                                m_catalog.models.first().id, QString()});
        catalog.index();
        QRandomGenerator rng(77);
        QList<Vehicle> stock;
        static const char *makes[] = {"Volvo", "VOLVO ", "Tesla", "Mercedes-Benz", "mercedes benz", "Nocturne", "  "};
        static const char *currencies[] = {"NOK", "EUR", "SEK", ""};
        for (int i = 0; i < 1500; ++i) {
            Vehicle v = m_demo.at(rng.bounded(int(m_demo.size())));
            v.id = QStringLiteral("m-%1").arg(rng.bounded(100000), 5, 10, QLatin1Char('0')) + QString::number(i);
            const int kind = rng.bounded(10);
            if (kind < 3) { // a dealer's car of its own names, some under a catalog model
                v.make = QLatin1String(makes[rng.bounded(int(std::size(makes)))]);
                v.modelName = QStringLiteral("XC%1").arg(40 + 20 * rng.bounded(3));
                v.trimName = rng.bounded(2) ? QStringLiteral("Ultimate B5") : QString();
                v.body = rng.bounded(2) ? QStringLiteral("suv") : QStringLiteral("pickup");
                v.powertrain = rng.bounded(2) ? QStringLiteral("phev") : QStringLiteral("diesel");
                v.exteriorColor = rng.bounded(2) ? QStringLiteral("Crystal White") : QStringLiteral("Fjellblåmåne");
                v.interiorColor = rng.bounded(2) ? QStringLiteral("Charcoal") : QString();
                v.paint.clear();
                v.interior.clear();
                v.options.clear();
                if (rng.bounded(3)) {
                    v.model.clear();
                    v.trim.clear();
                }
            } else if (kind == 3) { // names the catalog does not have, or none
                v.model = rng.bounded(2) ? QStringLiteral("no-such-model") : QString();
                v.trim = rng.bounded(2) ? QStringLiteral("no-such-trim") : QString();
                v.paint.clear();
                v.location = QStringLiteral("nowhere");
                v.options << QStringLiteral("no-such-option");
            } else if (kind == 4) {
                v.options.clear();
            }
            v.price = {rng.bounded(1000, 90000) * qint64(100), QLatin1String(currencies[rng.bounded(4)])};
            v.year = 2015 + rng.bounded(12);
            v.mileage = {rng.bounded(150000), rng.bounded(3) ? Mileage::Unit::Km : Mileage::Unit::Mi};
            v.added = rng.bounded(6) ? QDate(2026, 1, 1).addDays(rng.bounded(300)) : QDate();
            v.condition = Vehicle::Condition(rng.bounded(3));
            v.status = Vehicle::Status(rng.bounded(3));
            stock << v;
        }
        const auto index = InventoryIndex::build(VehicleStore::from(stock), catalog);

        // What the cars say, the plain way.
        const QString brandMake = QStringLiteral("nocturne");
        QStringList makeOrder{brandMake};
        QHash<QString, QString> makeNames{{brandMake, QStringLiteral("Nocturne")}};
        const auto facetValue = [&](const Vehicle &v, const QString &facet) -> QString {
            const CarModel *m = catalog.model(v.model);
            if (facet == QLatin1String("line"))
                return m ? m->line : QString();
            if (facet == QLatin1String("model"))
                return v.model;
            if (facet == QLatin1String("trim"))
                return v.trim;
            if (facet == QLatin1String("body"))
                return m ? m->body : v.body;
            if (facet == QLatin1String("condition"))
                return Vehicle::conditionName(v.condition);
            if (facet == QLatin1String("powertrain"))
                return m ? m->powertrain : v.powertrain;
            if (facet == QLatin1String("paint"))
                return v.paint;
            if (facet == QLatin1String("interior"))
                return v.interior;
            if (facet == QLatin1String("location"))
                return v.location;
            if (facet == QLatin1String("status"))
                return Vehicle::statusName(v.status);
            return v.make.isEmpty() ? brandMake : Catalog::foldedName(v.make);
        };
        for (const Vehicle &v : std::as_const(stock)) {
            const QString make = facetValue(v, QStringLiteral("make"));
            if (!make.isEmpty() && !makeOrder.contains(make)) {
                makeOrder << make;
                makeNames.insert(make, v.make.trimmed());
            }
        }
        const auto equipmentOf = [&](const Vehicle &v) {
            QSet<QString> s;
            if (const Trim *t = catalog.trim(v.trim))
                s = QSet<QString>(t->standard.cbegin(), t->standard.cend());
            for (const QString &o : v.options) {
                if (const CatalogOption *option = catalog.option(o)) {
                    s.insert(o);
                    for (const QString &content : option->contents)
                        s.insert(content);
                }
            }
            return s;
        };
        const auto addedDays = [](const Vehicle &v) { return v.added.isValid() ? QDate(1970, 1, 1).daysTo(v.added) : 0; };

        const auto check = [&](const InventoryFilter &f, const std::function<bool(const Vehicle &)> &keeps) {
            const InventoryIndex::Result r = index->query(f);
            QList<int> kept;
            for (int i = 0; i < stock.size(); ++i) {
                if (keeps(stock.at(i)))
                    kept << i;
            }
            QCOMPARE(r.total, kept.size());
            for (const QString &facet : InventoryFilter::facetNames()) {
                if (f.selected.contains(facet))
                    continue; // counted without its own selection: the plain filter below has none
                QHash<QString, qsizetype> counts;
                for (const int i : std::as_const(kept))
                    counts[facetValue(stock.at(i), facet)] += 1;
                const QList<InventoryIndex::FacetValue> values = r.facets.value(facet);
                for (const InventoryIndex::FacetValue &value : values)
                    QVERIFY2(value.count == counts.value(value.id), qPrintable(facet + QLatin1Char(' ') + value.id));
                if (facet == QLatin1String("make")) {
                    QStringList ids;
                    for (const InventoryIndex::FacetValue &value : values)
                        ids << value.id;
                    QCOMPARE(ids, makeOrder); // in the order their first cars come
                }
            }
            for (const InventoryIndex::FacetValue &e :
                 f.equipment.isEmpty() ? r.equipment : QList<InventoryIndex::FacetValue>()) {
                qsizetype expected = 0;
                for (const int i : std::as_const(kept))
                    expected += equipmentOf(stock.at(i)).contains(e.id);
                QVERIFY2(e.count == expected, qPrintable(e.id));
            }
            // The page, by each order: the first cars (walking the stored order) and all of them.
            const auto key = [&](int i, InventoryFilter::Sort sort) {
                const Vehicle &v = stock.at(i);
                switch (sort) {
                case InventoryFilter::Sort::PriceAscending:
                    return std::make_tuple(v.price.currency, double(v.price.minor), 0.0);
                case InventoryFilter::Sort::PriceDescending:
                    return std::make_tuple(v.price.currency, -double(v.price.minor), 0.0);
                case InventoryFilter::Sort::Newest:
                    return std::make_tuple(QString(), -double(v.year), -double(addedDays(v)));
                case InventoryFilter::Sort::Mileage:
                    return std::make_tuple(QString(), double(float(v.mileage.kilometres())), 0.0);
                default:
                    return std::make_tuple(QString(), -double(addedDays(v)), 0.0);
                }
            };
            for (const InventoryFilter::Sort sort :
                 {InventoryFilter::Sort::RecentlyAdded, InventoryFilter::Sort::PriceAscending,
                  InventoryFilter::Sort::PriceDescending, InventoryFilter::Sort::Newest, InventoryFilter::Sort::Mileage}) {
                QList<int> order = kept;
                std::sort(order.begin(), order.end(), [&](int a, int b) {
                    const auto ka = key(a, sort), kb = key(b, sort);
                    return ka != kb ? ka < kb : stock.at(a).id < stock.at(b).id;
                });
                for (const int limit : {20, int(kept.size())}) {
                    InventoryFilter g = f;
                    g.sort = sort;
                    g.limit = limit;
                    const QList<InventoryIndex::Hit> page = index->query(g).page;
                    QCOMPARE(page.size(), std::min(limit, int(order.size())));
                    for (int k = 0; k < page.size(); ++k)
                        QCOMPARE(page.at(k).id, stock.at(order.at(k)).id);
                }
            }
            if (!kept.isEmpty() && !f.yearMin && !f.yearMax) { // the range leaves out its own filter
                const auto [yearMin, yearMax] = std::minmax_element(
                    kept.cbegin(), kept.cend(), [&](int a, int b) { return stock.at(a).year < stock.at(b).year; });
                QCOMPARE(r.year.min, double(stock.at(*yearMin).year));
                QCOMPARE(r.year.max, double(stock.at(*yearMax).year));
            }
        };

        check(InventoryFilter(), [](const Vehicle &) { return true; });
        if (QTest::currentTestFailed())
            return;
        for (const auto &[name, id] : makeNames.asKeyValueRange())
            QCOMPARE(index->makeName(name), id);

        InventoryFilter nok;
        nok.priceCurrency = QStringLiteral("NOK");
        nok.priceMaxMinor = 5000000;
        nok.mileageMax = 60000;
        check(nok, [&](const Vehicle &v) {
            return v.price.currency == QLatin1String("NOK") && v.price.minor <= 5000000
                && float(v.mileage.kilometres()) <= 60000.01;
        });

        InventoryFilter dealers; // few cars: facets counted car by car, through each car's value
        dealers.text = QStringLiteral("FJELLBLAMANE ");
        dealers.selected[QStringLiteral("make")] = {QStringLiteral("volvo")};
        check(dealers, [&](const Vehicle &v) {
            return v.exteriorColor == QStringLiteral("Fjellblåmåne") && Catalog::foldedName(v.make) == QLatin1String("volvo");
        });

        const QString equipment = m_catalog.trims.first().standard.value(0);
        if (!equipment.isEmpty() && catalog.option(equipment)) {
            InventoryFilter equipped;
            equipped.equipment = {equipment};
            equipped.yearMin = 2019;
            check(equipped, [&](const Vehicle &v) { return v.year >= 2019 && equipmentOf(v).contains(equipment); });
        }
    }

    void filterJsonRoundTrip()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i) {
            const InventoryFilter f = randomFilter(m_catalog, rng);
            QString error;
            const auto back = InventoryFilter::fromJson(f.toJson(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->toJson(), f.toJson());
        }
        QString error;
        QVERIFY(!InventoryFilter::fromJson(QJsonObject{{QStringLiteral("sort"), QStringLiteral("cheapest")}}, &error));
        QVERIFY(error.contains(QLatin1String("sort")));
        QVERIFY(!InventoryFilter::fromJson(QJsonObject{{QStringLiteral("radius_km"), 10}}, &error));
        QVERIFY(error.contains(QLatin1String("lat")));
        QVERIFY(!InventoryFilter::fromJson(QJsonObject{{QStringLiteral("model"), QStringLiteral("aster-5")}}, &error));
        QVERIFY(!InventoryFilter::fromJson(QJsonObject{{QStringLiteral("mileage_unit"), QStringLiteral("furlong")}}, &error));
        // Numbers no field can hold are refused with a reason, not converted (undefined behaviour).
        for (const char *key : {"year_min", "year_max", "price_min", "price_max"}) {
            for (const double huge : {2.2e103, -2.2e103}) {
                QVERIFY(!InventoryFilter::fromJson(QJsonObject{{QLatin1String(key), huge}}, &error));
                QVERIFY2(error.contains(QLatin1String(key)) && error.contains(QLatin1String("out of range")), qPrintable(error));
            }
        }
        QVERIFY(InventoryFilter::fromJson(QJsonObject{{QStringLiteral("year_min"), 2019}, {QStringLiteral("price_max"), 9e5}},
                                          &error));
    }
};

QTEST_GUILESS_MAIN(TestInventoryIndex)
#include "tst_inventoryindex.moc"
