// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonebuildpage.h"

#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "inventory/stockmatcher.h"
#include "pricing/carwords.h"
#include "pricing/configurationpricer.h"

namespace {

constexpr int kSimilarCars = 3;

} // namespace

PhoneBuildPage::PhoneBuildPage(const PhoneSnapshot &data, const PhoneTheme &theme, const PhoneWords::Language &language,
                               const QString &publicUrl)
    : m_data(data)
    , m_theme(theme)
    , m_language(language)
    , m_publicUrl(publicUrl)
{
}

HttpResponse PhoneBuildPage::render(const QString &rawCode, const HttpRequest &request) const
{
    const Catalog &c = m_data.catalog;
    const QString path = QString::fromLatin1(request.path);
    const QLocale locale = PhoneWords::locale(m_language);
    const auto name = [&](const LocalizedText &t) { return PhonePage::text(t, m_language); };
    const auto problem = [&](int status, const QString &heading, const QString &text) {
        return PhonePage::problem(status, m_theme, m_language, path, heading, text, request);
    };
    if (c.markets.isEmpty())
        return problem(503, PhoneHtml::tr("Please try again shortly"),
                       PhoneHtml::tr("The studio's data cannot be read just now."));

    // The code carries the market it was made in: priced there.
    QString market = c.markets.first().id;
    const ConfigurationCode::Decoded probe = ConfigurationCode::decode(rawCode, RuleEngine(c, market));
    if (probe.status == ConfigurationCode::Decoded::Status::Invalid)
        return problem(404, tr("This build code is not valid"),
                       tr("It has a typing mistake or is incomplete. Scan the code on the screen again."));
    if (!probe.market.isEmpty() && c.market(probe.market))
        market = probe.market;
    const RuleEngine engine(c, market);
    const ConfigurationCode::Decoded d = ConfigurationCode::decode(rawCode, engine, &m_data.retired);
    const Configuration &build = d.configuration;
    const CarModel *model = c.model(build.model);
    const Trim *trim = c.trim(build.trim);
    const ConfigurationPricer pricer(engine, market);
    // A code that carries the visitor's car counts it in the deposit, as the screen did.
    ConfigurationPricer::FinanceChoice plan;
    if (const Market *m = c.market(market); d.tradeInHundreds > 0 && m && FinancePolicy(*m).available())
        plan = FinancePolicy(*m).defaultsWithCar(d.tradeInHundreds * 100 * Money::kMinorPerMajor);
    const ConfigurationPricer::Quote q = pricer.quote(build, plan);
    if (d.status == ConfigurationCode::Decoded::Status::Invalid || !model || !trim || !q.ok)
        return problem(410, tr("This build can no longer be shown"),
                       tr("The model is no longer offered here. Ask the studio for its successor."));

    const QString title = name(model->name) + QLatin1Char(' ') + name(trim->name);
    const QString code = rawCode.toUpper();
    QString paint, wheel, interior;
    QStringList chosen;
    for (const RuleEngine::Item &item : engine.items(build)) {
        const CatalogOption *o = c.option(item.option);
        if (!o)
            continue;
        if (o->kind == OptionKind::Paint)
            paint = o->id;
        else if (o->kind == OptionKind::Wheel)
            wheel = o->id;
        else if (o->kind == OptionKind::Interior)
            interior = o->id;
        if (item.origin == RuleEngine::Item::Origin::Chosen)
            chosen << name(o->name);
    }
    const auto optionName = [&](const QString &id) {
        const CatalogOption *o = c.option(id);
        return o ? name(o->name) : QString();
    };
    const QString picture = PhonePage::drawingPath(c, model->id, {}, paint, wheel);
    const auto money = [&](qint64 minor) { return Money{minor, q.currency}.format(locale); };
    const QString total = money(q.total().minor);

    PhoneHtml page(m_theme, m_language);
    page.begin({title, tr("Your build %1: %2").arg(code, total), PhonePage::sharePath(picture), path, {}, m_publicUrl});
    page.raw(QStringLiteral("<h1>")).text(title).raw(QStringLiteral("</h1><p class=\"sub\">"));
    page.sentence(tr("Build code %1"), {code}).raw(QStringLiteral("</p>"));
    page.raw(QStringLiteral("<img class=\"car\" width=\"1600\" height=\"700\" src=\"%1\" alt=\"%2\">")
                 .arg(PhoneHtml::escape(picture),
                      PhoneHtml::escape(
                          tr("Drawing of the %1 in %2 with %3 wheels").arg(title, optionName(paint), optionName(wheel)))));
    page.raw(QStringLiteral("<p>"))
        .text(QStringList{optionName(paint), optionName(interior), optionName(wheel)}.join(QStringLiteral(" · ")));
    page.raw(QStringLiteral("</p>"));

    if (d.status == ConfigurationCode::Decoded::Status::Changed) {
        page.raw(QStringLiteral("<section class=\"message\" aria-labelledby=\"changed\"><h2 id=\"changed\">"))
            .text(tr("What has changed since"))
            .raw(QStringLiteral("</h2><ul class=\"plain\">"));
        for (const ConfigurationCode::Difference &x : d.differences) {
            const QString gone = x.name.isEmpty() ? tr("An option") : (optionName(x.id).isEmpty() ? x.name : optionName(x.id));
            QString line;
            using Kind = ConfigurationCode::Difference::Kind;
            switch (x.kind) {
            case Kind::OptionReplaced:
            case Kind::TrimGone:
            case Kind::ModelGone:
                line = tr("%1 is no longer offered; the closest today is %2.")
                           .arg(gone, optionName(x.replacement).isEmpty() ? x.replacement : optionName(x.replacement));
                break;
            case Kind::OptionGone:
                line = tr("%1 is no longer offered.").arg(gone);
                break;
            case Kind::OptionRefused:
            case Kind::OptionDropped:
                line = tr("%1 is no longer possible on this build.").arg(gone);
                break;
            case Kind::CatalogUpdated:
                line = tr("Prices or rules of this build have changed; the figures below are today's.");
                break;
            }
            page.raw(QStringLiteral("<li>")).text(line).raw(QStringLiteral("</li>"));
        }
        page.raw(QStringLiteral("</ul></section>"));
    }

    // The price as the kiosk's summary gives it: every line at the amount shown there, the fees,
    // the total, and the taxes it contains.
    QList<std::pair<QString, QString>> lines;
    for (const ConfigurationPricer::Line &line : pricer.completeLines(q))
        lines << std::pair{line.kind == ConfigurationPricer::Line::Kind::Trim ? title : name(line.name),
                           line.amountMinor == 0 ? QCoreApplication::translate("BuildSummary", "Included")
                                                 : money(line.amountMinor)};
    QList<std::pair<QString, QString>> taxes;
    for (const PriceBreakdown::Line &line : q.complete.lines) {
        if (line.kind == PriceBreakdown::Line::Kind::Fee)
            lines << std::pair{name(line.name), money(line.amountMinor)};
        else if (line.kind == PriceBreakdown::Line::Kind::Tax)
            taxes << std::pair{
                QCoreApplication::translate("BuildSummary", "of which %1 (%2 %)")
                    .arg(line.nameIn(QString::fromLatin1(m_language.feedKey), q.currency, locale), locale.toString(line.percent)),
                money(line.amountMinor)};
    }
    lines << std::pair{tr("Total price"), total};
    page.raw(QStringLiteral("<h2>")).text(tr("Price")).raw(QStringLiteral("</h2>"));
    page.table({}, lines, true);
    if (!taxes.isEmpty())
        page.table({}, taxes);
    if (q.finance) {
        page.raw(QStringLiteral("<h2>")).text(tr("Monthly")).raw(QStringLiteral("</h2><p><strong>"));
        page.text(PhonePage::financeSummary(*q.finance, locale)).raw(QStringLiteral("</strong></p>"));
        page.table({}, PhonePage::financeLines(*q.finance, locale));
        if (q.finance->tradeInMinor > 0)
            page.raw(QStringLiteral("<p class=\"note\">"))
                .text(QCoreApplication::translate("FinanceQuote",
                                                  "Your car counts for %1 of the deposit: the low end of its "
                                                  "estimate, which a product expert confirms.")
                          .arg(money(q.finance->tradeInMinor)))
                .raw(QStringLiteral("</p>"));
        page.raw(QStringLiteral("<p class=\"note\">")).text(tr("An example; the studio gives you the binding offer."));
        page.raw(QStringLiteral("</p>"));
    }

    page.raw(QStringLiteral("<h2>")).text(tr("Key figures")).raw(QStringLiteral("</h2>"));
    page.table({}, CarWords::specs(model->specs, locale));
    if (!chosen.isEmpty()) {
        page.raw(QStringLiteral("<h2>")).text(tr("Your choices")).raw(QStringLiteral("</h2><ul class=\"plain\">"));
        for (const QString &o : chosen)
            page.raw(QStringLiteral("<li>")).text(o).raw(QStringLiteral("</li>"));
        page.raw(QStringLiteral("</ul>"));
    }

    // Cars in stock in this market and model line, closest first.
    QList<Vehicle> here;
    for (qsizetype i = 0; i < m_data.stock.size(); ++i) {
        const Vehicle v = m_data.stock.at(i);
        const Studio *place = c.studio(v.location);
        const CarModel *m = c.model(v.model);
        if (place && place->market == market && m && m->line == model->line)
            here << v;
    }
    const QList<StockMatcher::Match> matches = StockMatcher(engine).rank(build, q.total(), here, {}, kSimilarCars);
    page.raw(QStringLiteral("<h2>")).text(tr("Similar cars in stock")).raw(QStringLiteral("</h2>"));
    if (matches.isEmpty())
        page.raw(QStringLiteral("<p>"))
            .text(tr("None in stock just now; the studio can order this build."))
            .raw(QStringLiteral("</p>"));
    for (const StockMatcher::Match &m : matches) {
        const Vehicle &v = here.at(m.index);
        const CarModel *vm = c.model(v.model);
        const Trim *vt = c.trim(v.trim);
        const Studio *place = c.studio(v.location);
        page.raw(QStringLiteral("<div class=\"card\"><p><a href=\"%1\">").arg(page.href(QStringLiteral("/p/car/") + v.vin)));
        page.text(QStringLiteral("%1 %2").arg(vm ? name(vm->name) : v.model, vt ? name(vt->name) : v.trim));
        page.raw(QStringLiteral("</a></p><p><bdi>")).text(v.price.format(locale)).raw(QStringLiteral("</bdi> · <bdi>"));
        page.text(tr("%1 of your %2 choices").arg(m.choicesMatched).arg(m.choices)).raw(QStringLiteral("</bdi>"));
        if (place)
            page.raw(QStringLiteral(" · <bdi>")).text(place->name).raw(QStringLiteral("</bdi>"));
        page.raw(QStringLiteral("</p></div>"));
    }

    // Where this model can be driven: the market's studios with one in their fleet.
    page.raw(QStringLiteral("<h2 id=\"drive\">")).text(tr("Book a test drive")).raw(QStringLiteral("</h2><p>"));
    page.sentence(tr("Choose a time here, or visit or call a studio and give your build code %1."), {code})
        .raw(QStringLiteral("</p>"));
    for (const Studio &s : c.studios) {
        bool fleet = false;
        for (const FleetEntry &f : s.fleet)
            fleet = fleet || (f.model == model->id && f.count > 0);
        if (s.market != market || s.kind != Studio::Kind::Studio || !fleet)
            continue;
        page.raw(QStringLiteral("<div class=\"card\"><p><strong>")).text(s.name).raw(QStringLiteral("</strong></p><p>"));
        page.text(s.address.street + QStringLiteral(", ") + s.address.postcode + QLatin1Char(' ') + s.address.city);
        page.raw(QStringLiteral("</p><p class=\"actions\">")).callButton(tr("Call %1"), s.phone);
        page.raw(QStringLiteral(" <a class=\"button quiet\" href=\"%1\">").arg(PhoneHtml::escape(PhonePage::mapLink(s))));
        page.text(tr("Map")).raw(QStringLiteral("</a> <a class=\"button\" href=\"%1\">")
                                     .arg(page.href(QStringLiteral("/p/book/%1?studio=%2&build=%3").arg(model->id, s.id, code))));
        page.text(tr("Choose a time")).raw(QStringLiteral("</a></p></div>"));
    }
    return PhonePage::html(200, page.finish(), request);
}
