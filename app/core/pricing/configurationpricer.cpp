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
    q.powertrain = model->powertrain;
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

qint64 ConfigurationPricer::optionPriceMinor(const Quote &quote, const QString &option) const
{
    const Catalog &c = m_engine.catalog();
    const CatalogOption *o = c.option(option);
    const Market *market = c.market(m_market);
    if (!quote.ok || !o || !market)
        return 0;
    const qint64 own = o->pricesMinor.value(m_market, 0);
    if (own == 0)
        return 0;
    // A car always has one paint, one set of wheels and one interior: another one is priced
    // as taking the place of the current one, so every paint is priced on the same base.
    const bool replaces = o->kind == OptionKind::Paint || o->kind == OptionKind::Wheel || o->kind == OptionKind::Interior;
    qint64 base = quote.netMinor;
    for (const Line &line : quote.lines) {
        if (line.kind != Line::Kind::Option && line.kind != Line::Kind::Package)
            continue;
        const CatalogOption *charged = c.option(line.id);
        if (line.id == option || (replaces && charged && charged->kind == o->kind))
            base -= line.amountMinor;
    }
    return PriceBreakdown::addedMinor(base, own, *market, quote.powertrain);
}

QList<ConfigurationPricer::Line> ConfigurationPricer::completeLines(const Quote &quote) const
{
    QList<Line> out;
    if (!quote.ok)
        return out;
    qint64 options = 0;
    for (const Line &line : quote.lines) {
        if (line.kind != Line::Kind::Option && line.kind != Line::Kind::Package)
            continue;
        Line complete = line;
        complete.amountMinor = optionPriceMinor(quote, line.id);
        options += complete.amountMinor;
        out << complete;
    }
    Line trim = quote.lines.first();
    trim.amountMinor = quote.complete.total.minor - quote.complete.feesMinor() - options;
    out.prepend(trim);
    return out;
}
