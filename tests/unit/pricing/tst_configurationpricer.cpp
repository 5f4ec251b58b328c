// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfixtures.h"

#include "catalog/ruleengine.h"
#include "pricing/configurationpricer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace CatalogFixtures;
using Line = ConfigurationPricer::Line;

/// Prices of builds: the trim, options, packages priced as packages with their contents free,
/// standard equipment free, then the market's taxes and fees and the monthly rate.
class TestConfigurationPricer : public QObject
{
    Q_OBJECT

    static const Catalog &shop()
    {
        static const Catalog c = Builder()
                                     .model(QStringLiteral("gt"))
                                     .trim(QStringLiteral("gt-core"), QStringLiteral("gt"), 50000, {QStringLiteral("lane")},
                                           QStringLiteral("white"), QStringLiteral("w19"), QStringLiteral("cloth"))
                                     .paints({QStringLiteral("white"), QStringLiteral("blue")})
                                     .wheels({QStringLiteral("w19"), QStringLiteral("w20")})
                                     .interiors({QStringLiteral("cloth")})
                                     .equipment({QStringLiteral("lane"), QStringLiteral("acc"), QStringLiteral("hud")})
                                     .option(QStringLiteral("pkg-tech"), OptionKind::Package, 1000,
                                             {QStringLiteral("hud"), QStringLiteral("acc"), QStringLiteral("lane")})
                                     .build();
        return c;
    }

    // An electric car in two more markets: Norway (VAT only on the part above NOK 500,000, a
    // delivery fee) and Oregon (0.5 % privilege tax, a destination fee). Prices in major units.
    static const Catalog &markets()
    {
        static const Catalog c = [] {
            Builder b;
            b.model(QStringLiteral("ev"))
                .trim(QStringLiteral("ev-core"), QStringLiteral("ev"), 50000, {}, QStringLiteral("white"), QStringLiteral("w19"),
                      QStringLiteral("cloth"))
                .paints({QStringLiteral("white"), QStringLiteral("blue"), QStringLiteral("red")})
                .wheels({QStringLiteral("w19"), QStringLiteral("w20")})
                .interiors({QStringLiteral("cloth")})
                .equipment({QStringLiteral("hud")})
                .option(QStringLiteral("pkg"), OptionKind::Package, 2000, {QStringLiteral("hud")});
            Market no;
            no.id = QStringLiteral("no");
            no.name = LocalizedText(QStringLiteral("Norway"));
            no.currency = QStringLiteral("NOK");
            no.taxes
                << Tax{QStringLiteral("vat"), LocalizedText(QStringLiteral("VAT")), 25, {QStringLiteral("petrol")}, std::nullopt}
                << Tax{QStringLiteral("vat-ev"),
                       LocalizedText(QStringLiteral("VAT above 500,000")),
                       25,
                       {QStringLiteral("bev")},
                       qint64(500000) * 100};
            no.fees << Fee{QStringLiteral("delivery"), LocalizedText(QStringLiteral("Delivery")), 14900 * 100};
            Market us;
            us.id = QStringLiteral("us");
            us.name = LocalizedText(QStringLiteral("Oregon"));
            us.currency = QStringLiteral("USD");
            us.taxes << Tax{QStringLiteral("privilege"), LocalizedText(QStringLiteral("Privilege tax")), 0.5, {}, std::nullopt};
            us.fees << Fee{QStringLiteral("destination"), LocalizedText(QStringLiteral("Destination")), 1495 * 100};
            b.c.markets << no << us;
            const QHash<QString, std::pair<qint64, qint64>> prices{{QStringLiteral("ev-core"), {480000, 45000}},
                                                                   {QStringLiteral("white"), {0, 0}},
                                                                   {QStringLiteral("blue"), {20000, 999}},
                                                                   {QStringLiteral("red"), {30000, 1500}},
                                                                   {QStringLiteral("w19"), {0, 0}},
                                                                   {QStringLiteral("w20"), {12000, 800}},
                                                                   {QStringLiteral("cloth"), {0, 0}},
                                                                   {QStringLiteral("hud"), {8000, 400}},
                                                                   {QStringLiteral("pkg"), {40000, 2000}}};
            for (Trim &t : b.c.trims) {
                t.pricesMinor.insert(QStringLiteral("no"), prices.value(t.id).first * 100);
                t.pricesMinor.insert(QStringLiteral("us"), prices.value(t.id).second * 100);
            }
            for (CatalogOption &o : b.c.options) {
                o.pricesMinor.insert(QStringLiteral("no"), prices.value(o.id).first * 100);
                o.pricesMinor.insert(QStringLiteral("us"), prices.value(o.id).second * 100);
            }
            return b.build();
        }();
        return c;
    }

private slots:
    void lineByLine()
    {
        const RuleEngine e(shop(), QStringLiteral("eu"));
        Configuration b = *e.defaultConfiguration(QStringLiteral("gt-core"));
        b = e.select(b, QStringLiteral("blue")).after;
        b = e.select(b, QStringLiteral("hud")).after;
        b = e.select(b, QStringLiteral("pkg-tech")).after; // hud was chosen alone: now in the package
        const ConfigurationPricer pricer(e, QStringLiteral("eu"));
        const ConfigurationPricer::Quote q = pricer.quote(b);
        QVERIFY2(q.ok, qPrintable(q.problem));
        QCOMPARE(q.currency, QStringLiteral("EUR"));
        QCOMPARE(q.lines.first().kind, Line::Kind::Trim);
        QCOMPARE(q.lines.first().amountMinor, 50000 * 100);
        qint64 charged = 0;
        QHash<QString, Line> byId;
        for (const Line &l : q.lines) {
            byId.insert(l.id, l);
            charged += l.amountMinor;
        }
        QCOMPARE(byId.value(QStringLiteral("pkg-tech")).kind, Line::Kind::Package);
        QCOMPARE(byId.value(QStringLiteral("pkg-tech")).amountMinor, 1000 * 100);
        QCOMPARE(byId.value(QStringLiteral("blue")).amountMinor, 500 * 100);
        QCOMPARE(byId.value(QStringLiteral("hud")).kind, Line::Kind::Included);
        QCOMPARE(byId.value(QStringLiteral("hud")).amountMinor, 0);
        QCOMPARE(byId.value(QStringLiteral("hud")).package, QStringLiteral("pkg-tech"));
        QCOMPARE(byId.value(QStringLiteral("lane")).kind, Line::Kind::Standard); // standard even though the package has it too
        QCOMPARE(q.netMinor, (50000 + 500 + 1000) * 100);
        QCOMPARE(charged, q.netMinor);
        // Gross through the market's taxes, as the finder does it.
        QCOMPARE(q.complete.total.minor, q.netMinor * 120 / 100);
        QCOMPARE(q.total(), PriceBreakdown::fromNet(q.netMinor, shop().markets.first(), QStringLiteral("bev")).total);
        // Monthly: the market's policy — its default deposit and term, no balloon — on the complete price,
        // exactly the plan the policy gives for that price anywhere else.
        QVERIFY(q.finance);
        QCOMPARE(q.finance->choice, (FinancePolicy::Choice{10, 36, 0}));
        QCOMPARE(q.finance->depositMinor, q.total().minor / 10);
        QCOMPARE(q.finance->plan.monthlyMinor, FinancePolicy(shop().markets.first()).offer(q.total().minor)->plan.monthlyMinor);
        const ConfigurationPricer::Quote chosen = pricer.quote(b, FinancePolicy::Choice{20, 48, 30});
        QCOMPARE(chosen.finance->choice.termMonths, 48);
        QCOMPARE(chosen.finance->balloonMinor, chosen.total().minor * 30 / 100);
        QVERIFY(chosen.finance->plan.monthlyMinor < q.finance->plan.monthlyMinor);
    }

    void optionPriceAcrossNorwaysThreshold()
    {
        // Worked by hand: VAT is 25 % of the net above 500,000, so what an option adds depends
        // on how far the rest of the build is from that line.
        const RuleEngine e(markets(), QStringLiteral("no"));
        const ConfigurationPricer pricer(e, QStringLiteral("no"));
        const auto nok = [](qint64 major) { return major * 100; };
        Configuration b = *e.defaultConfiguration(QStringLiteral("ev-core"));
        ConfigurationPricer::Quote q = pricer.quote(b);
        QCOMPARE(q.netMinor, nok(480000));
        QCOMPARE(q.total().minor, nok(480000 + 14900));                                 // below the line: no VAT
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("blue")), nok(20000));       // up to 500,000 exactly
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("red")), nok(30000 + 2500)); // 10,000 above it
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("pkg")), nok(40000 + 5000));
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("white")), 0);
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("w19")), 0);

        b = e.select(b, QStringLiteral("red")).after;
        q = pricer.quote(b);
        QCOMPARE(q.total().minor, nok(510000 + 2500 + 14900));
        // The chosen paint costs what it cost before it was chosen, and every paint is priced
        // as taking its place.
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("red")), nok(32500));
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("blue")), nok(20000));
        // The package now lands wholly above the line: 25 % on all of it.
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("pkg")), nok(50000));
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("w20")), nok(15000));
        // Each price is exactly what the complete price moves by.
        QCOMPARE(pricer.quote(e.select(b, QStringLiteral("pkg")).after).total().minor - q.total().minor, nok(50000));
        QCOMPARE(q.total().minor - pricer.quote(e.select(b, QStringLiteral("white")).after).total().minor, nok(32500));

        b = e.select(b, QStringLiteral("pkg")).after;
        q = pricer.quote(b);
        QCOMPARE(q.total().minor, nok(550000 + 12500 + 14900));
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("red")), nok(30000 + 7500)); // the rest is 520,000 now
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("pkg")), nok(50000));
        // hud comes in the package; its own price is still its own (the page says "Included").
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("hud")), nok(10000));

        // The summary's lines: each option at its price, the version takes the rest, and with
        // the fee they add up exactly to the complete price.
        const QList<Line> lines = pricer.completeLines(q);
        QHash<QString, qint64> amounts;
        qint64 sum = q.complete.feesMinor();
        for (const Line &l : lines) {
            QVERIFY(l.kind == Line::Kind::Trim || l.kind == Line::Kind::Option || l.kind == Line::Kind::Package);
            amounts.insert(l.id, l.amountMinor);
            sum += l.amountMinor;
        }
        QCOMPARE(lines.first().kind, Line::Kind::Trim);
        QCOMPARE(amounts.value(QStringLiteral("ev-core")), nok(577400 - 14900 - 37500 - 50000));
        QCOMPARE(amounts.value(QStringLiteral("red")), nok(37500));
        QCOMPARE(amounts.value(QStringLiteral("pkg")), nok(50000));
        QCOMPARE(amounts.value(QStringLiteral("w19"), -1), 0); // chosen, free
        QVERIFY(!amounts.contains(QStringLiteral("hud")));     // in the package's price
        QCOMPARE(sum, q.total().minor);
    }

    void optionPriceInOregon()
    {
        // 0.5 % on everything, rounded to the cent on the whole price: 45,999 × 0.005 = 229.995
        // → 230.00, 45,000 × 0.005 = 225.00, so the $999 paint adds $1,004.00.
        const RuleEngine e(markets(), QStringLiteral("us"));
        const ConfigurationPricer pricer(e, QStringLiteral("us"));
        Configuration b = *e.defaultConfiguration(QStringLiteral("ev-core"));
        ConfigurationPricer::Quote q = pricer.quote(b);
        QCOMPARE(q.total().minor, (45000 + 225 + 1495) * 100);
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("blue")), 100400);
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("red")), 150750);
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("pkg")), 201000);
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("white")), 0); // free
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("nothing")), 0);
        b = e.select(b, QStringLiteral("blue")).after;
        b = e.select(b, QStringLiteral("w20")).after;
        q = pricer.quote(b);
        QCOMPARE(q.total().minor, 4679900 + 23400 + 149500); // 46,799 net, 233.995 → 234.00 tax
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("blue")), 100400);
        QCOMPARE(pricer.optionPriceMinor(q, QStringLiteral("w20")), 80400); // 45,999 → 46,799: 230.00 → 234.00
        const QList<Line> lines = pricer.completeLines(q);
        QCOMPARE(lines.first().amountMinor, 4679900 + 23400 - 100400 - 80400);
        qint64 sum = q.complete.feesMinor();
        for (const Line &l : lines)
            sum += l.amountMinor;
        QCOMPARE(sum, q.total().minor);
        // No tax at all (another market's quote, an unknown option) gives the net price.
        const RuleEngine eu(shop(), QStringLiteral("eu"));
        const ConfigurationPricer euPricer(eu, QStringLiteral("eu"));
        const ConfigurationPricer::Quote euQuote = euPricer.quote(*eu.defaultConfiguration(QStringLiteral("gt-core")));
        QCOMPARE(euPricer.optionPriceMinor(euQuote, QStringLiteral("blue")), 500 * 120);
        QCOMPARE(euPricer.optionPriceMinor(ConfigurationPricer::Quote{}, QStringLiteral("blue")), 0);
    }

    void problems()
    {
        const RuleEngine e(shop(), QStringLiteral("eu"));
        const Configuration b = *e.defaultConfiguration(QStringLiteral("gt-core"));
        const ConfigurationPricer::Quote q = ConfigurationPricer(e, QStringLiteral("mars")).quote(b);
        QVERIFY(!q.ok);
        QVERIFY(q.problem.contains(QStringLiteral("mars")));
        Catalog other = shop();
        other.trims[0].pricesMinor.clear();
        other.index();
        const RuleEngine f(other, QStringLiteral("eu"));
        QVERIFY(!ConfigurationPricer(f, QStringLiteral("eu")).quote(b).ok);
    }

    void demoBuildsInEveryMarket()
    {
        // The price is the plain sum, the lines add up, and the delta matches the engine's.
        const Catalog &c = demo();
        QRandomGenerator rng(31);
        int quotes = 0, alone = 0;
        for (const Market &m : c.markets) {
            const RuleEngine e(c, m.id);
            const ConfigurationPricer pricer(e, m.id);
            for (int i = 0; i < 200; ++i) {
                const Trim &t = c.trims.at(rng.bounded(int(c.trims.size())));
                Configuration b = *e.defaultConfiguration(t.id);
                const QStringList offered = e.offered(t.id);
                for (int k = 0; k < 6; ++k) {
                    const RuleEngine::Outcome o = e.select(b, offered.at(rng.bounded(int(offered.size()))));
                    const ConfigurationPricer::Delta d = pricer.delta(o.before, o.after);
                    QCOMPARE(d.netMinor, o.totalDeltaMinor);
                    b = o.after;
                }
                const ConfigurationPricer::Quote q = pricer.quote(b);
                QVERIFY(q.ok);
                QVERIFY(q.unpriced.isEmpty());
                QCOMPARE(q.netMinor, netPrice(c, b, m.id));
                qint64 sum = 0;
                for (const PriceBreakdown::Line &l : q.complete.lines)
                    sum += l.amountMinor;
                QCOMPARE(sum, q.total().minor);
                QCOMPARE(q.complete.netMinor(), q.netMinor);
                QVERIFY(q.finance);
                // On the complete basis too: options at their own prices, the trim the rest.
                qint64 complete = q.complete.feesMinor();
                for (const Line &l : pricer.completeLines(q))
                    complete += l.amountMinor;
                QCOMPARE(complete, q.total().minor);
                // An option that comes off alone takes exactly its own price off the total.
                for (const Line &l : q.lines) {
                    if (l.kind != Line::Kind::Option && l.kind != Line::Kind::Package)
                        continue;
                    const RuleEngine::Outcome off = e.deselect(b, l.id);
                    if (!off.accepted || off.changes.size() != 1)
                        continue;
                    QCOMPARE(q.total().minor - pricer.quote(off.after).total().minor, pricer.optionPriceMinor(q, l.id));
                    ++alone;
                }
                ++quotes;
            }
        }
        qInfo() << quotes << "demo builds priced," << alone << "options taken off alone";
        QVERIFY(alone > 100);
    }

    void norwegianElectricThreshold()
    {
        // An electric car in Norway pays VAT only on the part above NOK 500,000.
        const Catalog &c = demo();
        const Market *no = c.market(QStringLiteral("no"));
        if (!no)
            QSKIP("the demo catalog has no Norwegian market");
        for (const Trim &t : c.trims) {
            const CarModel *m = c.model(t.model);
            const RuleEngine e(c, QStringLiteral("no"));
            const ConfigurationPricer::Quote q = ConfigurationPricer(e, QStringLiteral("no"))
                                                     .quote(*e.defaultConfiguration(t.id));
            qint64 expected = 0;
            for (const Tax &tax : no->taxes) {
                if (tax.powertrains.isEmpty() || tax.powertrains.contains(m->powertrain))
                    expected += qint64(
                        std::llround(double(std::max<qint64>(0, q.netMinor - tax.aboveMinor.value_or(0))) * tax.percent / 100));
            }
            QCOMPARE(q.complete.taxesMinor(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigurationPricer)
#include "tst_configurationpricer.moc"
