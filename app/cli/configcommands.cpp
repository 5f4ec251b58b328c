// SPDX-License-Identifier: GPL-3.0-or-later
#include "configcommands.h"

#include "commandline.h"

#include "catalog/catalogrows.h"
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "pricing/configurationpricer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

const char *kUsage = "  config --code CODE [--market M] [--deposit PERCENT] [--term MONTHS] [--balloon PERCENT]\n"
                     "                    the build a configuration code stands for, what changed since, and its price (JSON)\n"
                     "  config --model M [--trim T] [--select a,b,c] [--market M] [--deposit …] [--term …] [--balloon …]\n"
                     "                    a build resolved choice by choice: each step's changes and why, the code and the\n"
                     "                    price with the market's finance plan (its defaults, or the plan asked for) (JSON)\n";

double major(qint64 minor)
{
    return double(minor) / Money::kMinorPerMajor;
}

QJsonObject buildJson(const RuleEngine &engine, const Configuration &build)
{
    QJsonObject o = build.toJson();
    QJsonArray items;
    for (const RuleEngine::Item &item : engine.items(build)) {
        static const char *const origins[] = {"chosen", "standard", "package"};
        QJsonObject i{{QStringLiteral("option"), item.option},
                      {QStringLiteral("origin"), QLatin1String(origins[int(item.origin)])}};
        if (!item.package.isEmpty())
            i.insert(QStringLiteral("package"), item.package);
        items.append(i);
    }
    o.insert(QStringLiteral("on_the_car"), items);
    return o;
}

QJsonObject priceJson(const ConfigurationPricer::Quote &q)
{
    if (!q.ok)
        return {{QStringLiteral("market"), q.market}, {QStringLiteral("problem"), q.problem}};
    static const char *const kinds[] = {"trim", "option", "package", "standard", "included"};
    QJsonArray lines;
    for (const ConfigurationPricer::Line &l : q.lines) {
        QJsonObject line{{QStringLiteral("kind"), QLatin1String(kinds[int(l.kind)])},
                         {QStringLiteral("id"), l.id},
                         {QStringLiteral("name"), l.name.english()},
                         {QStringLiteral("amount"), major(l.amountMinor)}};
        if (!l.package.isEmpty())
            line.insert(QStringLiteral("package"), l.package);
        lines.append(line);
    }
    QJsonArray complete;
    for (const PriceBreakdown::Line &l : q.complete.lines) {
        static const char *const parts[] = {"vehicle", "tax", "fee"};
        complete.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(parts[int(l.kind)])},
                                    {QStringLiteral("id"), l.id},
                                    {QStringLiteral("name"), l.name.english()},
                                    {QStringLiteral("amount"), major(l.amountMinor)}});
    }
    QJsonObject o{{QStringLiteral("market"), q.market},   {QStringLiteral("currency"), q.currency},
                  {QStringLiteral("lines"), lines},       {QStringLiteral("net"), major(q.netMinor)},
                  {QStringLiteral("complete"), complete}, {QStringLiteral("total"), major(q.complete.total.minor)}};
    if (q.finance) {
        const FinancePolicy::Offer &f = *q.finance;
        QJsonObject monthly{{QStringLiteral("amount"), major(f.plan.monthlyMinor)},
                            {QStringLiteral("last_amount"), major(f.plan.lastMonthlyMinor)},
                            {QStringLiteral("term_months"), f.choice.termMonths},
                            {QStringLiteral("deposit_percent"), f.choice.depositPercent},
                            {QStringLiteral("deposit"), major(f.depositMinor)},
                            {QStringLiteral("balloon_percent"), f.choice.balloonPercent},
                            {QStringLiteral("balloon"), major(f.balloonMinor)},
                            {QStringLiteral("arrangement_fee"), major(f.arrangementFeeMinor)},
                            {QStringLiteral("monthly_fee"), major(f.monthlyFeeMinor)},
                            {QStringLiteral("disclosure"), FinancePolicy::disclosureName(f.disclosure)},
                            {QStringLiteral("nominal_rate_percent"), qRound(f.nominalRatePercent * 100) / 100.0},
                            {QStringLiteral("disclosed_rate_percent"), qRound(f.disclosedRatePercent * 100) / 100.0},
                            {QStringLiteral("total_payable"), major(f.plan.totalPayableMinor)},
                            {QStringLiteral("cost_of_credit"), major(f.plan.costOfCreditMinor)}};
        if (f.flatRatePercent)
            monthly.insert(QStringLiteral("flat_rate_percent"), qRound(*f.flatRatePercent * 100) / 100.0);
        o.insert(QStringLiteral("monthly"), monthly);
    }
    if (!q.unpriced.isEmpty())
        o.insert(QStringLiteral("unpriced"), QJsonArray::fromStringList(q.unpriced));
    return o;
}

QJsonObject outcomeJson(const RuleEngine::Outcome &o)
{
    QJsonArray changes;
    for (const RuleEngine::Change &c : o.changes)
        changes.append(QJsonObject{{QStringLiteral("option"), c.option},
                                   {QStringLiteral("action"), RuleEngine::Change::actionName(c.action)},
                                   {QStringLiteral("price_delta"), major(c.priceDeltaMinor)},
                                   {QStringLiteral("reason"), c.reason.toJson()}});
    QJsonObject j{{QStringLiteral("accepted"), o.accepted},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("net_delta"), major(o.totalDeltaMinor)}};
    if (o.trimDeltaMinor)
        j.insert(QStringLiteral("trim_delta"), major(o.trimDeltaMinor));
    if (!o.note.isNone() || !o.note.text.isEmpty())
        j.insert(QStringLiteral("note"), o.note.toJson());
    return j;
}

} // namespace

const char *ConfigCommands::usage()
{
    return kUsage;
}

int ConfigCommands::runConfig(QSqlDatabase db, const CommandLine &line)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString code = line.value("--code");
    const QString modelId = line.value("--model");
    if (code.isEmpty() == modelId.isEmpty()) {
        err << "vitrinectl: config needs either --code CODE or --model M\nusage:\n" << kUsage;
        return 64;
    }
    QString error;
    const auto catalog = CatalogRows(db).catalog(&error);
    if (!catalog || catalog->markets.isEmpty() || catalog->trims.isEmpty()) {
        err << "vitrinectl: config needs a catalog; import a feed first"
            << (error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)) << "\n";
        return 1;
    }
    QString market = line.value("--market");
    if (market.isEmpty())
        market = catalog->markets.first().id;
    if (!catalog->market(market)) {
        QStringList known;
        for (const Market &m : catalog->markets)
            known << m.id;
        err << "vitrinectl: there is no market \"" << market << "\"; the catalog has " << known.join(QStringLiteral(", "))
            << "\n";
        return 1;
    }
    // A code carries the market it was made in: priced there unless --market says otherwise.
    if (!code.isEmpty() && line.value("--market").isEmpty()) {
        const ConfigurationCode::Decoded probe = ConfigurationCode::decode(code, RuleEngine(*catalog, market));
        if (!probe.market.isEmpty() && catalog->market(probe.market))
            market = probe.market;
    }
    const RuleEngine engine(*catalog, market);
    const ConfigurationPricer pricer(engine, market);
    // The plan as on the screens: the market's defaults, or what was asked (clamped as there).
    ConfigurationPricer::FinanceChoice finance;
    if (line.has("--deposit") || line.has("--term") || line.has("--balloon")) {
        FinancePolicy::Choice choice = FinancePolicy(*catalog->market(market)).defaults();
        const std::pair<const char *, int *> fields[] = {
            {"--deposit", &choice.depositPercent}, {"--term", &choice.termMonths}, {"--balloon", &choice.balloonPercent}};
        for (const auto &[flag, target] : fields) {
            if (!line.has(flag))
                continue;
            bool ok = false;
            *target = line.value(flag).toInt(&ok);
            if (!ok || *target < 0) {
                err << "vitrinectl: config: " << flag << " needs a whole number\nusage:\n" << kUsage;
                return 64;
            }
        }
        finance = choice;
    }
    QJsonObject result;
    int exit = 0;

    if (!code.isEmpty()) {
        const auto retired = CatalogRows(db).retired(&error);
        if (!retired) {
            err << "vitrinectl: cannot read the retired catalog records: " << error << "\n";
            return 1;
        }
        const ConfigurationCode::Decoded d = ConfigurationCode::decode(code, engine, &*retired);
        if (d.status == ConfigurationCode::Decoded::Status::Invalid) {
            err << "vitrinectl: " << code << ": " << d.problem << "\n";
            return 1;
        }
        QJsonArray differences;
        for (const ConfigurationCode::Difference &x : d.differences) {
            QJsonObject o{{QStringLiteral("kind"), ConfigurationCode::Difference::kindName(x.kind)},
                          {QStringLiteral("text"), x.text}};
            if (!x.id.isEmpty())
                o.insert(QStringLiteral("id"), x.id);
            if (!x.replacement.isEmpty())
                o.insert(QStringLiteral("replacement"), x.replacement);
            differences.append(o);
        }
        const bool exact = d.status == ConfigurationCode::Decoded::Status::Exact;
        result = {{QStringLiteral("code"), code.toUpper()},
                  {QStringLiteral("status"), exact ? QStringLiteral("exact") : QStringLiteral("changed")},
                  {QStringLiteral("differences"), differences},
                  {QStringLiteral("build"), buildJson(engine, d.configuration)},
                  {QStringLiteral("price"), priceJson(pricer.quote(d.configuration, finance))}};
        if (!exact)
            result.insert(QStringLiteral("code_today"), ConfigurationCode::encode(engine, d.configuration));
        if (!d.market.isEmpty())
            result.insert(QStringLiteral("made_in_market"), d.market);
        exit = exact ? 0 : 3;
    } else {
        if (!catalog->model(modelId)) {
            QStringList known;
            for (const CarModel &m : catalog->models)
                known << m.id;
            err << "vitrinectl: there is no model \"" << modelId << "\"; the catalog has " << known.join(QStringLiteral(", "))
                << "\n";
            return 1;
        }
        QString trimId = line.value("--trim");
        if (trimId.isEmpty() && !catalog->trimsOfModel(modelId).isEmpty())
            trimId = catalog->trimsOfModel(modelId).first()->id;
        const Trim *trim = catalog->trim(trimId);
        if (!trim || trim->model != modelId) {
            QStringList known;
            for (const Trim *t : catalog->trimsOfModel(modelId))
                known << t->id;
            err << "vitrinectl: \"" << trimId << "\" is not a trim of " << modelId << "; it has "
                << known.join(QStringLiteral(", ")) << "\n";
            return 1;
        }
        Configuration build = *engine.defaultConfiguration(trimId);
        QJsonArray steps;
        steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("start")},
                                 {QStringLiteral("trim"), trimId},
                                 {QStringLiteral("build"), build.toJson()}});
        for (const QString &raw : line.value("--select").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = raw.trimmed();
            const RuleEngine::Outcome o = engine.select(build, id);
            QJsonObject step = outcomeJson(o);
            step.insert(QStringLiteral("step"), QStringLiteral("select"));
            step.insert(QStringLiteral("option"), id);
            steps.append(step);
            if (o.accepted)
                build = o.after;
            else
                exit = 3;
        }
        QJsonArray violations;
        for (const RuleEngine::Violation &v : engine.validate(build))
            violations.append(
                QJsonObject{{QStringLiteral("kind"), RuleEngine::Violation::kindName(v.kind)}, {QStringLiteral("text"), v.text}});
        QString problem;
        const QString made = ConfigurationCode::encode(engine, build, &problem);
        result = {{QStringLiteral("build"), buildJson(engine, build)},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("violations"), violations},
                  {QStringLiteral("code"), made},
                  {QStringLiteral("price"), priceJson(pricer.quote(build, finance))}};
        if (made.isEmpty())
            result.insert(QStringLiteral("code_problem"), problem);
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    return exit;
}
