// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurationpricer.h"

ConfigurationPricer::ConfigurationPricer(const RuleEngine &engine, const QString &market)
    : m_engine(engine)
    , m_market(market)
{
    m_engine.setMarket(market);
}

ConfigurationPricer::Quote ConfigurationPricer::quote(const Configuration &configuration, const FinanceChoice &finance) const
{
    Quote q;
    q.market = m_market;
    const Catalog &c = m_engine.catalog();
    const Market *market = c.market(m_market);
    const Trim *trim = c.trim(configuration.trim);
    const CarModel *model = trim ? c.model(trim->model) : nullptr;
    if (!market) {
        q.problem = QStringLiteral("there is no market \"%1\" in the catalog").arg(m_market);
        return q;
    }
    q.currency = market->currency;
    if (!trim || !model) {
        q.problem = QStringLiteral("there is no trim \"%1\" in the catalog").arg(configuration.trim);
        return q;
    }
    if (!trim->pricesMinor.contains(m_market)) {
        q.problem = QStringLiteral("the %1 %2 is not sold in %3")
                        .arg(model->name.english(), trim->name.english(), market->name.english());
        return q;
    }
    q.lines.append({Line::Kind::Trim, trim->id, trim->name, trim->pricesMinor.value(m_market), {}});
    q.netMinor = q.lines.first().amountMinor;
    QList<Line> free;
    for (const RuleEngine::Item &item : m_engine.items(configuration)) {
        const CatalogOption *o = c.option(item.option);
        switch (item.origin) {
        case RuleEngine::Item::Origin::Chosen: {
            if (!o->pricesMinor.contains(m_market))
                q.unpriced << o->id;
            const qint64 amount = o->pricesMinor.value(m_market, 0);
            q.lines.append(
                {o->kind == OptionKind::Package ? Line::Kind::Package : Line::Kind::Option, o->id, o->name, amount, {}});
            q.netMinor += amount;
            break;
        }
        case RuleEngine::Item::Origin::Standard:
            free.append({Line::Kind::Standard, o->id, o->name, 0, {}});
            break;
        case RuleEngine::Item::Origin::Package:
            free.append({Line::Kind::Included, o->id, o->name, 0, item.package});
            break;
        }
    }
    q.lines += free;
    q.complete = PriceBreakdown::fromNet(q.netMinor, *market, model->powertrain);

    q.finance = FinancePolicy(*market).offer(q.complete.total.minor, finance);
    q.ok = true;
    return q;
}

ConfigurationPricer::Delta ConfigurationPricer::delta(const Configuration &before, const Configuration &after,
                                                      const FinanceChoice &finance) const
{
    const Quote a = quote(before, finance), b = quote(after, finance);
    Delta d;
    d.netMinor = b.netMinor - a.netMinor;
    d.totalMinor = b.complete.total.minor - a.complete.total.minor;
    d.monthlyMinor = (b.finance ? b.finance->plan.monthlyMinor : 0) - (a.finance ? a.finance->plan.monthlyMinor : 0);
    return d;
}
