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
        int quotes = 0;
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
                ++quotes;
            }
        }
        qInfo() << quotes << "demo builds priced";
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
