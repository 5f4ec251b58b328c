// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildsummary.h"

#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "pricing/configurationpricer.h"

#include <QUrl>

BuildSummary::BuildSummary(QObject *parent)
    : QObject(parent)
    , m_specs(this)
    , m_equipment(this)
    , m_lines(this)
    , m_taxes(this)
{
}

void BuildSummary::clear()
{
    m_valid = false;
    m_title.clear();
    m_image.clear();
    m_colours.clear();
    m_total.clear();
    m_code.clear();
    m_qr.clear();
    m_tradeIn.clear();
    m_specs.setRows({});
    m_equipment.setRows({});
    m_lines.setLines({});
    m_taxes.setLines({});
    emit changed();
}

void BuildSummary::update(const RuleEngine &engine, const Configuration &build, const QString &market, const Words &words)
{
    const Catalog &c = engine.catalog();
    const CarModel *model = c.model(build.model);
    const ConfigurationPricer pricer(engine, market);
    const ConfigurationPricer::Quote q = pricer.quote(build);
    if (build.isEmpty() || !model || !q.ok) {
        clear();
        return;
    }
    const auto money = [&](qint64 minor) { return Money{minor, q.currency}.format(words.locale); };
    m_valid = true;
    m_title = words.title;
    m_image = words.image;
    QStringList present, colours;
    for (const RuleEngine::Item &item : engine.items(build)) {
        present << item.option;
        const CatalogOption *o = c.option(item.option);
        if (o && (o->kind == OptionKind::Paint || o->kind == OptionKind::Interior || o->kind == OptionKind::Wheel))
            colours << o->name.text(words.language);
    }
    m_colours = colours.join(QStringLiteral(" · "));
    m_specs.setRows(CarFacts::specs(model->specs, words.locale));
    m_equipment.setRows(CarFacts::equipment(c, present, words.language));
    // The amounts the configurator showed for each choice; the version takes the rest.
    QList<AmountListModel::Line> lines;
    for (const ConfigurationPricer::Line &line : pricer.completeLines(q)) {
        const QString label = line.kind == ConfigurationPricer::Line::Kind::Trim ? words.title : line.name.text(words.language);
        lines << AmountListModel::Line{label, line.amountMinor == 0 ? tr("Included") : money(line.amountMinor)};
    }
    QList<AmountListModel::Line> taxes;
    for (const PriceBreakdown::Line &line : q.complete.lines) {
        if (line.kind == PriceBreakdown::Line::Kind::Fee)
            lines << AmountListModel::Line{line.name.text(words.language), money(line.amountMinor)};
        else if (line.kind == PriceBreakdown::Line::Kind::Tax)
            taxes << AmountListModel::Line{
                tr("of which %1 (%2 %)")
                    .arg(line.nameIn(words.language, q.currency, words.locale), words.locale.toString(line.percent)),
                money(line.amountMinor)};
    }
    m_lines.setLines(lines);
    m_taxes.setLines(taxes);
    m_total = money(q.total().minor);
    m_code = ConfigurationCode::encodeWithTradeIn(engine, build, words.tradeInHundreds);
    m_tradeIn = words.tradeInNote;
    const QString link = words.links.build(m_code);
    m_qr = link.isEmpty() ? QString() : QStringLiteral("image://qr/") + QString::fromUtf8(QUrl::toPercentEncoding(link));
    emit changed();
}
