// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrecords.h"

#include "catalog/catalog.h"
#include "common/recordreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

bool readHours(const QJsonValue &value, QList<TimeRange> *out, QString *problem)
{
    if (!value.isArray()) {
        *problem = QStringLiteral("must be a list of [\"HH:MM\", \"HH:MM\"] pairs");
        return false;
    }
    QTime lastEnd;
    for (const QJsonValue &pair : value.toArray()) {
        const QJsonArray a = pair.toArray();
        const QTime from = QTime::fromString(a.at(0).toString(), QStringLiteral("HH:mm"));
        const QTime to = QTime::fromString(a.at(1).toString(), QStringLiteral("HH:mm"));
        if (a.size() != 2 || !from.isValid() || !to.isValid() || from >= to) {
            *problem = QStringLiteral("holds a span that is not [\"HH:MM\", \"HH:MM\"] with the start first");
            return false;
        }
        if (lastEnd.isValid() && from < lastEnd) {
            *problem = QStringLiteral("has overlapping spans");
            return false;
        }
        lastEnd = to;
        out->append({from, to});
    }
    return true;
}

// The market's finance offer; every bound checked, defaults inside the bounds.
void readFinance(const QJsonObject &finance, const QString &currency, FinanceTerms *f, RecordReader &r)
{
    static const QHash<QString, FinanceTerms::Disclosure> disclosures{
        {QStringLiteral("us-apr"), FinanceTerms::Disclosure::UsApr},
        {QStringLiteral("eu-aprc"), FinanceTerms::Disclosure::EuAprc},
        {QStringLiteral("cn-annualised"), FinanceTerms::Disclosure::CnAnnualised},
        {QStringLiteral("ae-reducing"), FinanceTerms::Disclosure::AeReducing}};
    RecordReader fr = RecordReader::nested(finance, QStringLiteral("markets"));
    const QString disclosure = finance.value(QStringLiteral("disclosure")).toString();
    if (disclosures.contains(disclosure)) {
        f->disclosure = disclosures.value(disclosure);
    } else if (disclosure.isEmpty()) {
        // Feeds written before the disclosure was named: the law that goes with the currency.
        f->disclosure = currency == QLatin1String("USD") ? FinanceTerms::Disclosure::UsApr
            : currency == QLatin1String("CNY")           ? FinanceTerms::Disclosure::CnAnnualised
            : currency == QLatin1String("AED")           ? FinanceTerms::Disclosure::AeReducing
                                                         : FinanceTerms::Disclosure::EuAprc;
        r.warn(QStringLiteral("finance.disclosure"),
               QStringLiteral("is missing; the market's currency decides it (name it: us-apr, eu-aprc, "
                              "cn-annualised or ae-reducing)"));
    } else {
        r.fail(QStringLiteral("finance.disclosure"),
               QStringLiteral("\"%1\" is not us-apr, eu-aprc, cn-annualised or ae-reducing").arg(disclosure));
    }
    // Older feeds called the contract's rate apr_percent.
    const QString rateKey = finance.contains(QStringLiteral("nominal_rate_percent")) ? QStringLiteral("nominal_rate_percent")
                                                                                     : QStringLiteral("apr_percent");
    f->nominalRatePercent = fr.number(rateKey, 0, 50);
    for (const QJsonValue &t : finance.value(QStringLiteral("terms_months")).toArray()) {
        const int months = t.toInt(-1);
        if (months < 1 || months > 120)
            r.fail(QStringLiteral("finance.terms_months"), QStringLiteral("each term is 1 to 120 months"));
        else
            f->termsMonths.append(months);
    }
    std::sort(f->termsMonths.begin(), f->termsMonths.end());
    if (f->termsMonths.isEmpty())
        r.fail(QStringLiteral("finance.terms_months"), QStringLiteral("needs at least one term"));
    f->minDepositPercent = fr.number(QStringLiteral("min_deposit_percent"), 0, 90, false, 0);
    f->maxDepositPercent = fr.number(QStringLiteral("max_deposit_percent"), 0, 90, false, 50);
    f->defaultDepositPercent = fr.number(QStringLiteral("default_deposit_percent"), 0, 90, false,
                                         std::max(f->minDepositPercent, 20.0));
    f->maxBalloonPercent = fr.number(QStringLiteral("max_balloon_percent"), 0, 90, false, 0);
    f->defaultBalloonPercent = fr.number(QStringLiteral("default_balloon_percent"), 0, 90, false, 0);
    f->defaultTermMonths = fr.integer(QStringLiteral("default_term_months"), 1, 120, false,
                                      f->termsMonths.isEmpty() ? 0 : f->termsMonths.at(f->termsMonths.size() / 2));
    f->arrangementFeeMinor = qint64(std::llround(fr.number(QStringLiteral("arrangement_fee"), 0, 1e7, false, 0) * 100));
    f->monthlyFeeMinor = qint64(std::llround(fr.number(QStringLiteral("monthly_fee"), 0, 1e5, false, 0) * 100));
    if (!fr.ok())
        r.fail(QStringLiteral("finance"), QStringLiteral("needs nominal_rate_percent (0–50), and percents from 0 to 90"));
    if (f->minDepositPercent > f->maxDepositPercent || f->defaultDepositPercent < f->minDepositPercent
        || f->defaultDepositPercent > f->maxDepositPercent)
        r.fail(QStringLiteral("finance"), QStringLiteral("the default deposit must lie between the minimum and the maximum"));
    if (f->defaultBalloonPercent > f->maxBalloonPercent)
        r.fail(QStringLiteral("finance"), QStringLiteral("the default balloon cannot be above the maximum"));
    if (!f->termsMonths.isEmpty() && !f->termsMonths.contains(f->defaultTermMonths))
        r.fail(QStringLiteral("finance.default_term_months"), QStringLiteral("must be one of terms_months"));
    if (f->minDepositPercent + f->maxBalloonPercent >= 100)
        r.fail(QStringLiteral("finance"), QStringLiteral("the deposit and the balloon together must leave something to finance"));
}

} // namespace

std::optional<Market> CatalogRecords::readMarket(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("markets"), issues);
    Market m;
    m.id = r.id();
    m.name = r.text(QStringLiteral("name"));
    m.currency = r.string(QStringLiteral("currency"));
    if (!m.currency.isEmpty() && (m.currency.size() != 3 || m.currency.toUpper() != m.currency))
        r.fail(QStringLiteral("currency"), QStringLiteral("\"%1\" is not an ISO 4217 code").arg(m.currency));
    m.miles = r.oneOf(QStringLiteral("distance_unit"), {QStringLiteral("km"), QStringLiteral("mi")}, QStringLiteral("km"))
        == QLatin1String("mi");
    for (const QJsonValue &v : r.array(QStringLiteral("taxes"), false)) {
        RecordReader t = RecordReader::nested(v.toObject(), QStringLiteral("markets"));
        Tax tax;
        tax.id = t.identifier(QStringLiteral("id"));
        tax.name = t.text(QStringLiteral("name"));
        tax.percent = t.number(QStringLiteral("percent"), 0, 100);
        tax.powertrains = t.identifiers(QStringLiteral("powertrains"));
        if (v.toObject().contains(QStringLiteral("above")))
            tax.aboveMinor = qint64(std::llround(t.number(QStringLiteral("above"), 0, 1e11) * 100));
        if (!t.ok())
            r.fail(QStringLiteral("taxes"), QStringLiteral("a tax needs an id, a name and a percent from 0 to 100"));
        m.taxes.append(tax);
    }
    for (const QJsonValue &v : r.array(QStringLiteral("fees"), false)) {
        RecordReader f = RecordReader::nested(v.toObject(), QStringLiteral("markets"));
        Fee fee;
        fee.id = f.identifier(QStringLiteral("id"));
        fee.name = f.text(QStringLiteral("name"));
        fee.amountMinor = qint64(std::llround(f.number(QStringLiteral("amount"), 0, 1e9) * 100));
        if (!f.ok())
            r.fail(QStringLiteral("fees"), QStringLiteral("a fee needs an id, a name and an amount"));
        m.fees.append(fee);
    }
    const QJsonObject finance = r.object(QStringLiteral("finance"), false);
    if (!finance.isEmpty())
        readFinance(finance, m.currency, &m.finance, r);
    const QJsonObject tradeIn = r.object(QStringLiteral("trade_in"), false);
    if (!tradeIn.isEmpty()) {
        RecordReader t = RecordReader::nested(tradeIn, QStringLiteral("markets"));
        TradeInTerms &terms = m.tradeIn;
        terms.reconditioningPercent = t.number(QStringLiteral("reconditioning_percent"), 0, 50, false,
                                               terms.reconditioningPercent);
        terms.retailMarginPercent = t.number(QStringLiteral("retail_margin_percent"), 0, 50, false, terms.retailMarginPercent);
        terms.perYearPercent = t.number(QStringLiteral("per_year_percent"), 0, 50, false, terms.perYearPercent);
        terms.per10000KmPercent = t.number(QStringLiteral("per_10000_km_percent"), 0, 20, false, terms.per10000KmPercent);
        terms.minComparables = t.integer(QStringLiteral("min_comparables"), 1, 100, false, terms.minComparables);
        if (!t.ok())
            r.fail(QStringLiteral("trade_in"),
                   QStringLiteral("percents from 0 to 50 (per 10,000 km: 0 to 20) and 1 to 100 comparables"));
        if (terms.reconditioningPercent + terms.retailMarginPercent >= 90)
            r.fail(QStringLiteral("trade_in"), QStringLiteral("reconditioning and the margin together must leave a value"));
    }
    return r.ok() ? std::optional(m) : std::nullopt;
}

std::optional<BodyStyle> CatalogRecords::readBody(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("bodies"), issues);
    BodyStyle b{r.id(), r.text(QStringLiteral("name"))};
    return r.ok() ? std::optional(b) : std::nullopt;
}

std::optional<ModelLine> CatalogRecords::readLine(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("lines"), issues);
    ModelLine l{r.id(), r.text(QStringLiteral("name")), r.text(QStringLiteral("tagline"), false, RecordReader::kMaxDescription)};
    return r.ok() ? std::optional(l) : std::nullopt;
}

std::optional<CarModel> CatalogRecords::readModel(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("models"), issues);
    CarModel m;
    m.id = r.id();
    m.line = r.identifier(QStringLiteral("line"));
    m.name = r.text(QStringLiteral("name"));
    m.body = r.identifier(QStringLiteral("body"));
    m.powertrain = r.oneOf(QStringLiteral("powertrain"),
                           {QStringLiteral("bev"), QStringLiteral("phev"), QStringLiteral("hybrid"), QStringLiteral("petrol")});
    m.year = r.integer(QStringLiteral("year"), 1990, 2100);
    const QJsonObject specs = r.object(QStringLiteral("specs"));
    RecordReader s = RecordReader::nested(specs, QStringLiteral("models"));
    m.specs.powerKw = s.integer(QStringLiteral("power_kw"), 1, 2000);
    m.specs.torqueNm = s.integer(QStringLiteral("torque_nm"), 1, 3000, false);
    m.specs.accel0to100 = s.number(QStringLiteral("accel_0_100_s"), 1, 30);
    m.specs.topSpeedKmh = s.integer(QStringLiteral("top_speed_kmh"), 50, 500);
    if (specs.contains(QStringLiteral("range_km")))
        m.specs.rangeKm = s.integer(QStringLiteral("range_km"), 1, 2000);
    if (specs.contains(QStringLiteral("battery_kwh")))
        m.specs.batteryKwh = s.number(QStringLiteral("battery_kwh"), 1, 300);
    m.specs.consumption = s.string(QStringLiteral("consumption"), false);
    m.specs.seats = s.integer(QStringLiteral("seats"), 1, 9);
    m.specs.lengthMm = s.integer(QStringLiteral("length_mm"), 2000, 7000, false);
    m.specs.bootLitres = s.integer(QStringLiteral("boot_l"), 0, 3000, false);
    if (!specs.isEmpty() && !s.ok())
        r.fail(QStringLiteral("specs"), QStringLiteral("need power_kw, accel_0_100_s, top_speed_kmh and seats in range"));
    if ((m.powertrain == QLatin1String("bev")) && !m.specs.rangeKm)
        r.fail(QStringLiteral("specs.range_km"), QStringLiteral("is required for an electric model"));
    return r.ok() ? std::optional(m) : std::nullopt;
}

std::optional<Trim> CatalogRecords::readTrim(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("trims"), issues);
    Trim t;
    t.id = r.id();
    t.model = r.identifier(QStringLiteral("model"));
    t.name = r.text(QStringLiteral("name"));
    t.pricesMinor = r.prices(QStringLiteral("prices"));
    if (t.pricesMinor.isEmpty())
        r.fail(QStringLiteral("prices"), QStringLiteral("need a price for at least one market"));
    t.standard = r.identifiers(QStringLiteral("standard"));
    const QJsonObject defaults = r.object(QStringLiteral("defaults"));
    RecordReader d = RecordReader::nested(defaults, QStringLiteral("trims"));
    t.defaultPaint = d.identifier(QStringLiteral("paint"));
    t.defaultWheel = d.identifier(QStringLiteral("wheel"));
    t.defaultInterior = d.identifier(QStringLiteral("interior"));
    if (!defaults.isEmpty() && !d.ok())
        r.fail(QStringLiteral("defaults"), QStringLiteral("need a paint, a wheel and an interior"));
    return r.ok() ? std::optional(t) : std::nullopt;
}

std::optional<CatalogOption> CatalogRecords::readOption(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("options"), issues);
    CatalogOption opt;
    opt.id = r.id();
    const QString kind = r.oneOf(QStringLiteral("kind"),
                                 {QStringLiteral("paint"), QStringLiteral("wheel"), QStringLiteral("interior"),
                                  QStringLiteral("package"), QStringLiteral("option")});
    static const QHash<QString, OptionKind> kinds{{QStringLiteral("paint"), OptionKind::Paint},
                                                  {QStringLiteral("wheel"), OptionKind::Wheel},
                                                  {QStringLiteral("interior"), OptionKind::Interior},
                                                  {QStringLiteral("package"), OptionKind::Package},
                                                  {QStringLiteral("option"), OptionKind::Equipment}};
    opt.kind = kinds.value(kind, OptionKind::Equipment);
    opt.category = r.identifier(QStringLiteral("category"));
    opt.name = r.text(QStringLiteral("name"));
    opt.description = r.text(QStringLiteral("description"), false, RecordReader::kMaxDescription);
    opt.pricesMinor = r.prices(QStringLiteral("prices"));
    opt.models = r.identifiers(QStringLiteral("models"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    switch (opt.kind) {
    case OptionKind::Paint:
        opt.hex = r.string(QStringLiteral("hex"));
        opt.finish = r.oneOf(
            QStringLiteral("finish"),
            {QStringLiteral("solid"), QStringLiteral("metallic"), QStringLiteral("matte"), QStringLiteral("pearl")});
        break;
    case OptionKind::Wheel:
        opt.design = r.oneOf(QStringLiteral("design"),
                             {QStringLiteral("aero"), QStringLiteral("five-spoke"), QStringLiteral("multi-spoke"),
                              QStringLiteral("turbine"), QStringLiteral("split-spoke"), QStringLiteral("forged")});
        opt.inches = r.integer(QStringLiteral("inches"), 14, 24);
        break;
    case OptionKind::Interior:
        opt.hex = r.string(QStringLiteral("hex"));
        opt.material = r.text(QStringLiteral("material"), false);
        break;
    case OptionKind::Package:
        opt.contents = r.identifiers(QStringLiteral("contents"), true);
        if (opt.contents.isEmpty())
            r.fail(QStringLiteral("contents"), QStringLiteral("a package must contain at least one option"));
        break;
    case OptionKind::Equipment:
        break;
    }
    if (!opt.hex.isEmpty() && !hex.match(opt.hex).hasMatch())
        r.fail(QStringLiteral("hex"), QStringLiteral("\"%1\" is not a colour like #1A2B3C").arg(opt.hex));
    return r.ok() ? std::optional(opt) : std::nullopt;
}

std::optional<CatalogRule> CatalogRecords::readRule(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("rules"), issues);
    CatalogRule rule;
    rule.id = r.id();
    const QString type = r.oneOf(
        QStringLiteral("type"),
        {QStringLiteral("requires"), QStringLiteral("excludes"), QStringLiteral("only-with"), QStringLiteral("one-of")});
    if (type == QLatin1String("requires") || type == QLatin1String("excludes")) {
        rule.type = type == QLatin1String("requires") ? RuleType::Requires : RuleType::Excludes;
        rule.option = r.identifier(QStringLiteral("option"));
        rule.targets = r.identifiers(QStringLiteral("targets"), true);
        if (rule.targets.isEmpty())
            r.fail(QStringLiteral("targets"), QStringLiteral("needs at least one option"));
        if (rule.targets.contains(rule.option))
            r.fail(QStringLiteral("targets"), QStringLiteral("an option cannot %1 itself").arg(type.chopped(1)));
    } else if (type == QLatin1String("only-with")) {
        rule.type = RuleType::OnlyWith;
        rule.option = r.identifier(QStringLiteral("option"));
        rule.trims = r.identifiers(QStringLiteral("trims"));
        rule.models = r.identifiers(QStringLiteral("models"));
        if (rule.trims.isEmpty() && rule.models.isEmpty())
            r.fail(QStringLiteral("trims"), QStringLiteral("only-with needs trims or models"));
    } else if (type == QLatin1String("one-of")) {
        rule.type = RuleType::OneOf;
        rule.group = r.identifier(QStringLiteral("group"));
        rule.options = r.identifiers(QStringLiteral("options"), true);
        rule.required = r.boolean(QStringLiteral("required"), false);
        if (rule.options.size() < 2)
            r.fail(QStringLiteral("options"), QStringLiteral("a one-of group needs at least two options"));
    }
    return r.ok() ? std::optional(rule) : std::nullopt;
}

std::optional<Studio> CatalogRecords::readStudio(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("studios"), issues);
    Studio s;
    s.id = r.id();
    s.kind = r.oneOf(QStringLiteral("kind"), {QStringLiteral("studio"), QStringLiteral("dealer")}) == QLatin1String("dealer")
        ? Studio::Kind::Dealer
        : Studio::Kind::Studio;
    s.name = r.string(QStringLiteral("name"), true, RecordReader::kMaxName);
    s.market = r.identifier(QStringLiteral("market"));
    // A brand studio hosts test drives, so it needs its place, time zone and hours; a partner
    // dealer created from its own feed may know only its name and address.
    const bool studio = s.kind == Studio::Kind::Studio;
    const QJsonObject address = r.object(QStringLiteral("address"), studio);
    const auto line = [&](const char *key) {
        const QString text = address.value(QLatin1String(key)).toString().trimmed();
        if (text.size() > RecordReader::kMaxText)
            r.fail(QStringLiteral("address.") + QLatin1String(key),
                   QStringLiteral("is %1 characters long; at most %2").arg(text.size()).arg(RecordReader::kMaxText));
        return text;
    };
    s.address = {line("street"), line("postcode"), line("city"), line("country"), line("region")};
    if (studio && !address.isEmpty() && (s.address.street.isEmpty() || s.address.city.isEmpty() || s.address.country.size() != 2))
        r.fail(QStringLiteral("address"), QStringLiteral("needs a street, a city and a two-letter country code"));
    if (!studio && !s.address.country.isEmpty() && s.address.country.size() != 2)
        r.fail(QStringLiteral("address.country"), QStringLiteral("must be a two-letter country code"));
    const bool placed = studio || o.contains(QStringLiteral("lat")) || o.contains(QStringLiteral("lon"));
    s.lat = r.number(QStringLiteral("lat"), -90, 90, placed);
    s.lon = r.number(QStringLiteral("lon"), -180, 180, placed);
    s.hasCoordinates = placed;
    s.timezone = r.string(QStringLiteral("timezone"), studio);
    if (!s.timezone.isEmpty() && !QTimeZone(s.timezone.toUtf8()).isValid())
        r.fail(QStringLiteral("timezone"), QStringLiteral("\"%1\" is not an IANA time zone").arg(s.timezone));
    s.phone = r.string(QStringLiteral("phone"), false, 32);
    const QJsonObject hours = r.object(QStringLiteral("hours"), studio);
    for (int day = 0; day < 7; ++day) {
        QString problem;
        const QJsonValue v = hours.value(kDays.at(day));
        if (!v.isUndefined() && !readHours(v, &s.weeklyHours[day], &problem))
            r.fail(QStringLiteral("hours.") + kDays.at(day), problem);
    }
    for (const QJsonValue &v : r.array(QStringLiteral("exceptions"), false)) {
        const QJsonObject e = v.toObject();
        StudioException ex;
        ex.date = QDate::fromString(e.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QString problem;
        if (!ex.date.isValid() || !readHours(e.value(QStringLiteral("hours")), &ex.hours, &problem)) {
            r.fail(QStringLiteral("exceptions"), QStringLiteral("each needs a date (YYYY-MM-DD) and hours"));
            continue;
        }
        LocalizedText::fromJson(e.value(QStringLiteral("note")), &ex.note, &problem);
        s.exceptions.append(ex);
    }
    for (const QJsonValue &v : r.array(QStringLiteral("fleet"), false)) {
        const FleetEntry f{v.toObject().value(QStringLiteral("model")).toString(),
                           v.toObject().value(QStringLiteral("count")).toInt()};
        if (f.model.isEmpty() || f.count < 1)
            r.fail(QStringLiteral("fleet"), QStringLiteral("each entry needs a model and a count of at least 1"));
        else
            s.fleet.append(f);
    }
    s.slotMinutes = r.integer(QStringLiteral("slot_minutes"), 15, 240, false, 60);
    s.bufferMinutes = r.integer(QStringLiteral("buffer_minutes"), 0, 120, false, 0);
    s.parallelDrives = r.integer(QStringLiteral("parallel_drives"), 1, 20, false, 1);
    return r.ok() ? std::optional(s) : std::nullopt;
}

std::optional<ModelAlias> CatalogRecords::readAlias(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("model_aliases"), issues);
    ModelAlias a;
    a.id = r.id();
    a.make = r.string(QStringLiteral("make"), true, RecordReader::kMaxName);
    a.model = r.string(QStringLiteral("model"), true, RecordReader::kMaxName);
    a.trim = r.string(QStringLiteral("trim"), false, RecordReader::kMaxName);
    a.catalogModel = r.identifier(QStringLiteral("catalog_model"));
    a.catalogTrim = r.identifier(QStringLiteral("catalog_trim"), false);
    if (Catalog::foldedName(a.make).isEmpty() || Catalog::foldedName(a.model).isEmpty())
        r.fail(QStringLiteral("model"), QStringLiteral("the make and model need letters or digits to be matched"));
    return r.ok() ? std::optional(a) : std::nullopt;
}
