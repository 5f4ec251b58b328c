#include "feedparser.h"

#include "inventory/vin.h"
#include "sync/recordreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <QTimeZone>

namespace {

const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                        QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                        QStringLiteral("sun")};

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

template<typename T>
void take(const QJsonObject &root, const QString &list, Feed &feed,
          std::optional<T> (*read)(const QJsonObject &, QList<FeedIssue> *), QList<T> *out)
{
    const QJsonValue v = root.value(list);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        feed.issues.append({FeedIssue::Severity::Error, list, {}, {}, QStringLiteral("must be a list")});
        return;
    }
    QHash<QString, int> seen;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            feed.issues.append({FeedIssue::Severity::Error, list, QStringLiteral("#%1").arg(i + 1), {},
                                QStringLiteral("is not an object")});
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        auto record = read(o, &feed.issues);
        if (!record)
            continue;
        if (seen.contains(record->id)) {
            feed.issues.append({FeedIssue::Severity::Error, list, record->id, QStringLiteral("id"),
                                QStringLiteral("appears twice (entries %1 and %2); the second is left out")
                                    .arg(seen.value(record->id) + 1)
                                    .arg(i + 1)});
            continue;
        }
        seen.insert(record->id, i);
        feed.documents.insert(list + QLatin1Char('/') + record->id, o);
        feed.documentOrder.append(list + QLatin1Char('/') + record->id);
        out->append(*record);
    }
}

/// Drops the records that refer to something missing, with a reason each.
class ReferenceCheck
{
public:
    ReferenceCheck(Feed &feed, const FeedParser::KnownIds &known)
        : m_feed(feed)
        , m_known(known)
    {
    }

    template<typename T, typename F>
    void filter(const QString &list, QList<T> *records, F check)
    {
        QList<T> kept;
        for (const T &r : *records) {
            m_failed = false;
            m_list = list;
            m_id = r.id;
            check(r);
            if (m_failed)
                m_feed.documents.remove(list + QLatin1Char('/') + r.id);
            else
                kept.append(r);
        }
        *records = kept;
        QSet<QString> ids;
        for (const T &r : kept)
            ids.insert(r.id);
        m_present.insert(list, ids);
    }

    bool has(const QString &list, const QString &id) const
    {
        return m_present.value(list).contains(id) || (!m_feed.full && m_known.value(list).contains(id));
    }

    void require(const QString &list, const QString &field, const QString &id)
    {
        if (!id.isEmpty() && !has(list, id))
            fail(field, QStringLiteral("refers to %1 \"%2\", which the feed does not have").arg(list, id));
    }

    void requireAll(const QString &list, const QString &field, const QStringList &ids)
    {
        for (const QString &id : ids)
            require(list, field, id);
    }

    void fail(const QString &field, const QString &problem)
    {
        m_failed = true;
        m_feed.issues.append({FeedIssue::Severity::Error, m_list, m_id, field, problem});
    }

    void warn(const QString &field, const QString &problem)
    {
        m_feed.issues.append({FeedIssue::Severity::Warning, m_list, m_id, field, problem});
    }

private:
    Feed &m_feed;
    const FeedParser::KnownIds &m_known;
    QHash<QString, QSet<QString>> m_present;
    QString m_list;
    QString m_id;
    bool m_failed = false;
};

} // namespace

FeedParser::Result FeedParser::parse(const QByteArray &bytes, const KnownIds &known)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.fatal = bytes.trimmed().isEmpty()
            ? QStringLiteral("the file is empty")
            : QStringLiteral("not valid JSON at byte %1: %2 (is the file truncated?)")
                  .arg(error.offset)
                  .arg(error.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.fatal = QStringLiteral("the feed must be a JSON object");
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("vitrine-feed")) {
        result.fatal = QStringLiteral("this is not a Vitrine feed (\"format\" must be \"vitrine-feed\")");
        return result;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion) {
        result.fatal = version > kFormatVersion
            ? QStringLiteral("the feed is format version %1; this Vitrine reads up to %2 — update Vitrine")
                  .arg(version)
                  .arg(kFormatVersion)
            : QStringLiteral("\"version\" is missing or not a positive whole number");
        return result;
    }
    Feed feed;
    feed.source = root.value(QStringLiteral("source")).toString();
    if (!RecordReader::isValidIdentifier(feed.source)) {
        result.fatal = QStringLiteral("\"source\" must name the feed's origin with lower-case letters, digits and '-'");
        return result;
    }
    feed.generated = QDateTime::fromString(root.value(QStringLiteral("generated")).toString(), Qt::ISODate);
    const QString mode = root.value(QStringLiteral("mode")).toString(QStringLiteral("full"));
    if (mode != QLatin1String("full") && mode != QLatin1String("delta")) {
        result.fatal = QStringLiteral("\"mode\" must be \"full\" or \"delta\"");
        return result;
    }
    feed.full = mode == QLatin1String("full");

    take(root, QStringLiteral("markets"), feed, &readMarket, &feed.markets);
    take(root, QStringLiteral("bodies"), feed, &readBody, &feed.bodies);
    take(root, QStringLiteral("lines"), feed, &readLine, &feed.lines);
    take(root, QStringLiteral("models"), feed, &readModel, &feed.models);
    take(root, QStringLiteral("trims"), feed, &readTrim, &feed.trims);
    take(root, QStringLiteral("options"), feed, &readOption, &feed.options);
    take(root, QStringLiteral("rules"), feed, &readRule, &feed.rules);
    take(root, QStringLiteral("studios"), feed, &readStudio, &feed.studios);
    take(root, QStringLiteral("vehicles"), feed, &readVehicle, &feed.vehicles);

    for (const QJsonValue &v : root.value(QStringLiteral("deleted")).toArray()) {
        static const QHash<QString, QString> kinds{
            {QStringLiteral("vehicle"), QStringLiteral("vehicles")}, {QStringLiteral("model"), QStringLiteral("models")},
            {QStringLiteral("trim"), QStringLiteral("trims")},       {QStringLiteral("option"), QStringLiteral("options")},
            {QStringLiteral("rule"), QStringLiteral("rules")},       {QStringLiteral("studio"), QStringLiteral("studios")}};
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (!kinds.contains(kind) || !RecordReader::isValidIdentifier(id)) {
            feed.issues.append({FeedIssue::Severity::Error, QStringLiteral("deleted"), id, QStringLiteral("kind"),
                                QStringLiteral("a removal needs a kind (vehicle, model, trim, option, rule, "
                                               "studio) and a valid id")});
            continue;
        }
        feed.removals.append({kinds.value(kind), id});
    }

    // References, in dependency order so that a left-out record takes its dependants with it.
    ReferenceCheck refs(feed, known);
    refs.filter(QStringLiteral("markets"), &feed.markets, [](const Market &) {});
    refs.filter(QStringLiteral("bodies"), &feed.bodies, [](const BodyStyle &) {});
    refs.filter(QStringLiteral("lines"), &feed.lines, [](const ModelLine &) {});
    refs.filter(QStringLiteral("models"), &feed.models, [&](const CarModel &m) {
        refs.require(QStringLiteral("lines"), QStringLiteral("line"), m.line);
        refs.require(QStringLiteral("bodies"), QStringLiteral("body"), m.body);
    });
    refs.filter(QStringLiteral("options"), &feed.options, [&](const CatalogOption &o) {
        refs.requireAll(QStringLiteral("models"), QStringLiteral("models"), o.models);
        for (auto it = o.pricesMinor.cbegin(); it != o.pricesMinor.cend(); ++it)
            refs.require(QStringLiteral("markets"), QStringLiteral("prices"), it.key());
    });
    // Package contents refer to options: checked once the options list is settled.
    refs.filter(QStringLiteral("options"), &feed.options, [&](const CatalogOption &o) {
        refs.requireAll(QStringLiteral("options"), QStringLiteral("contents"), o.contents);
    });
    refs.filter(QStringLiteral("trims"), &feed.trims, [&](const Trim &t) {
        refs.require(QStringLiteral("models"), QStringLiteral("model"), t.model);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("standard"), t.standard);
        refs.require(QStringLiteral("options"), QStringLiteral("defaults.paint"), t.defaultPaint);
        refs.require(QStringLiteral("options"), QStringLiteral("defaults.wheel"), t.defaultWheel);
        refs.require(QStringLiteral("options"), QStringLiteral("defaults.interior"), t.defaultInterior);
        for (auto it = t.pricesMinor.cbegin(); it != t.pricesMinor.cend(); ++it)
            refs.require(QStringLiteral("markets"), QStringLiteral("prices"), it.key());
    });
    refs.filter(QStringLiteral("rules"), &feed.rules, [&](const CatalogRule &r) {
        refs.require(QStringLiteral("options"), QStringLiteral("option"), r.option);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("targets"), r.targets);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("options"), r.options);
        refs.requireAll(QStringLiteral("trims"), QStringLiteral("trims"), r.trims);
        refs.requireAll(QStringLiteral("models"), QStringLiteral("models"), r.models);
    });
    QHash<QString, QString> marketCurrency;
    for (const Market &m : feed.markets)
        marketCurrency.insert(m.id, m.currency);
    QHash<QString, QString> studioMarket;
    refs.filter(QStringLiteral("studios"), &feed.studios, [&](const Studio &s) {
        refs.require(QStringLiteral("markets"), QStringLiteral("market"), s.market);
        for (const FleetEntry &f : s.fleet)
            refs.require(QStringLiteral("models"), QStringLiteral("fleet"), f.model);
        studioMarket.insert(s.id, s.market);
    });
    QHash<QString, QString> trimModel;
    for (const Trim &t : feed.trims)
        trimModel.insert(t.id, t.model);
    QHash<QString, QString> seenVins;
    refs.filter(QStringLiteral("vehicles"), &feed.vehicles, [&](const Vehicle &v) {
        refs.require(QStringLiteral("models"), QStringLiteral("model"), v.model);
        refs.require(QStringLiteral("trims"), QStringLiteral("trim"), v.trim);
        if (trimModel.contains(v.trim) && trimModel.value(v.trim) != v.model)
            refs.fail(QStringLiteral("trim"), QStringLiteral("\"%1\" is a trim of %2, not of %3")
                                                  .arg(v.trim, trimModel.value(v.trim), v.model));
        refs.require(QStringLiteral("options"), QStringLiteral("paint"), v.paint);
        refs.require(QStringLiteral("options"), QStringLiteral("wheel"), v.wheel);
        refs.require(QStringLiteral("options"), QStringLiteral("interior"), v.interior);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("options"), v.options);
        refs.require(QStringLiteral("studios"), QStringLiteral("location"), v.location);
        const QString market = studioMarket.value(v.location);
        const Vin::Result vin = Vin::check(v.vin, market);
        if (!vin.acceptable())
            refs.fail(QStringLiteral("vin"), vin.problem);
        else if (vin.verdict == Vin::Verdict::CheckDigitWarning)
            refs.warn(QStringLiteral("vin"), vin.problem + QStringLiteral(" (accepted outside North America)"));
        if (seenVins.contains(v.vin))
            refs.fail(QStringLiteral("vin"), QStringLiteral("%1 is also the VIN of %2").arg(v.vin, seenVins.value(v.vin)));
        else
            seenVins.insert(v.vin, v.id);
        if (marketCurrency.contains(market) && marketCurrency.value(market) != v.price.currency)
            refs.fail(QStringLiteral("price"), QStringLiteral("is in %1 but %2 sells in %3")
                                                   .arg(v.price.currency, v.location, marketCurrency.value(market)));
    });

    result.feed = std::move(feed);
    return result;
}

Catalog FeedParser::catalogOf(const Feed &feed)
{
    Catalog c;
    c.markets = feed.markets;
    c.bodies = feed.bodies;
    c.lines = feed.lines;
    c.models = feed.models;
    c.trims = feed.trims;
    c.options = feed.options;
    c.rules = feed.rules;
    c.studios = feed.studios;
    c.index();
    return c;
}

std::optional<Market> FeedParser::readMarket(const QJsonObject &o, QList<FeedIssue> *issues)
{
    RecordReader r(o, QStringLiteral("markets"), issues);
    Market m;
    m.id = r.id();
    m.name = r.text(QStringLiteral("name"));
    m.currency = r.string(QStringLiteral("currency"));
    if (!m.currency.isEmpty() && (m.currency.size() != 3 || m.currency.toUpper() != m.currency))
        r.fail(QStringLiteral("currency"), QStringLiteral("\"%1\" is not an ISO 4217 code").arg(m.currency));
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
    if (!finance.isEmpty()) {
        m.finance.aprPercent = finance.value(QStringLiteral("apr_percent")).toDouble(-1);
        m.finance.minDepositPercent = finance.value(QStringLiteral("min_deposit_percent")).toDouble(0);
        m.finance.maxBalloonPercent = finance.value(QStringLiteral("max_balloon_percent")).toDouble(0);
        for (const QJsonValue &t : finance.value(QStringLiteral("terms_months")).toArray())
            m.finance.termsMonths.append(t.toInt());
        if (m.finance.aprPercent < 0 || m.finance.aprPercent > 50 || m.finance.termsMonths.isEmpty()
            || m.finance.minDepositPercent < 0 || m.finance.maxBalloonPercent > 90)
            r.fail(QStringLiteral("finance"),
                   QStringLiteral("needs apr_percent (0–50), terms_months, min_deposit_percent and "
                                  "max_balloon_percent (at most 90)"));
    }
    return r.ok() ? std::optional(m) : std::nullopt;
}

std::optional<BodyStyle> FeedParser::readBody(const QJsonObject &o, QList<FeedIssue> *issues)
{
    RecordReader r(o, QStringLiteral("bodies"), issues);
    BodyStyle b{r.id(), r.text(QStringLiteral("name"))};
    return r.ok() ? std::optional(b) : std::nullopt;
}

std::optional<ModelLine> FeedParser::readLine(const QJsonObject &o, QList<FeedIssue> *issues)
{
    RecordReader r(o, QStringLiteral("lines"), issues);
    ModelLine l{r.id(), r.text(QStringLiteral("name")), r.text(QStringLiteral("tagline"), false)};
    return r.ok() ? std::optional(l) : std::nullopt;
}

std::optional<CarModel> FeedParser::readModel(const QJsonObject &o, QList<FeedIssue> *issues)
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

std::optional<Trim> FeedParser::readTrim(const QJsonObject &o, QList<FeedIssue> *issues)
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

std::optional<CatalogOption> FeedParser::readOption(const QJsonObject &o, QList<FeedIssue> *issues)
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
    opt.description = r.text(QStringLiteral("description"), false);
    opt.pricesMinor = r.prices(QStringLiteral("prices"));
    opt.models = r.identifiers(QStringLiteral("models"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    switch (opt.kind) {
    case OptionKind::Paint:
        opt.hex = r.string(QStringLiteral("hex"));
        opt.finish = r.oneOf(QStringLiteral("finish"), {QStringLiteral("solid"), QStringLiteral("metallic"),
                                                        QStringLiteral("matte"), QStringLiteral("pearl")});
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

std::optional<CatalogRule> FeedParser::readRule(const QJsonObject &o, QList<FeedIssue> *issues)
{
    RecordReader r(o, QStringLiteral("rules"), issues);
    CatalogRule rule;
    rule.id = r.id();
    const QString type = r.oneOf(QStringLiteral("type"), {QStringLiteral("requires"), QStringLiteral("excludes"),
                                                          QStringLiteral("only-with"), QStringLiteral("one-of")});
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

std::optional<Studio> FeedParser::readStudio(const QJsonObject &o, QList<FeedIssue> *issues)
{
    RecordReader r(o, QStringLiteral("studios"), issues);
    Studio s;
    s.id = r.id();
    s.kind = r.oneOf(QStringLiteral("kind"), {QStringLiteral("studio"), QStringLiteral("dealer")}) == QLatin1String("dealer")
        ? Studio::Kind::Dealer
        : Studio::Kind::Studio;
    s.name = r.string(QStringLiteral("name"));
    s.market = r.identifier(QStringLiteral("market"));
    const QJsonObject address = r.object(QStringLiteral("address"));
    s.address = {address.value(QStringLiteral("street")).toString(), address.value(QStringLiteral("postcode")).toString(),
                 address.value(QStringLiteral("city")).toString(), address.value(QStringLiteral("country")).toString()};
    if (!address.isEmpty() && (s.address.street.isEmpty() || s.address.city.isEmpty() || s.address.country.size() != 2))
        r.fail(QStringLiteral("address"), QStringLiteral("needs a street, a city and a two-letter country code"));
    s.lat = r.number(QStringLiteral("lat"), -90, 90);
    s.lon = r.number(QStringLiteral("lon"), -180, 180);
    s.timezone = r.string(QStringLiteral("timezone"));
    if (!s.timezone.isEmpty() && !QTimeZone(s.timezone.toUtf8()).isValid())
        r.fail(QStringLiteral("timezone"), QStringLiteral("\"%1\" is not an IANA time zone").arg(s.timezone));
    s.phone = r.string(QStringLiteral("phone"), false);
    const QJsonObject hours = r.object(QStringLiteral("hours"));
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

std::optional<Vehicle> FeedParser::readVehicle(const QJsonObject &o, QList<FeedIssue> *issues)
{
    RecordReader r(o, QStringLiteral("vehicles"), issues);
    Vehicle v;
    v.id = r.id();
    v.vin = r.string(QStringLiteral("vin"));
    v.model = r.identifier(QStringLiteral("model"));
    v.trim = r.identifier(QStringLiteral("trim"));
    v.year = r.integer(QStringLiteral("year"), 1990, 2100);
    const QString condition = r.oneOf(QStringLiteral("condition"),
                                      {QStringLiteral("new"), QStringLiteral("cpo"), QStringLiteral("used")});
    v.condition = condition == QLatin1String("cpo")    ? Vehicle::Condition::Cpo
        : condition == QLatin1String("used")           ? Vehicle::Condition::Used
                                                       : Vehicle::Condition::New;
    const QJsonObject mileage = r.object(QStringLiteral("mileage"));
    const QString unit = mileage.value(QStringLiteral("unit")).toString();
    const double value = mileage.value(QStringLiteral("value")).toDouble(-1);
    if (!mileage.isEmpty()) {
        if (unit != QLatin1String("km") && unit != QLatin1String("mi"))
            r.fail(QStringLiteral("mileage.unit"), QStringLiteral("must be \"km\" or \"mi\"; Vitrine never guesses the unit"));
        if (value < 0 || value > 2e6 || value != std::floor(value))
            r.fail(QStringLiteral("mileage.value"), QStringLiteral("must be a whole number from 0 to 2,000,000"));
    }
    v.mileage = {qint64(value), unit == QLatin1String("mi") ? Mileage::Unit::Mi : Mileage::Unit::Km};
    v.paint = r.identifier(QStringLiteral("paint"));
    v.wheel = r.identifier(QStringLiteral("wheel"));
    v.interior = r.identifier(QStringLiteral("interior"));
    v.options = r.identifiers(QStringLiteral("options"));
    const QJsonObject price = r.object(QStringLiteral("price"));
    if (!price.isEmpty()) {
        QString problem;
        const QString currency = price.value(QStringLiteral("currency")).toString();
        if (currency.size() != 3)
            r.fail(QStringLiteral("price.currency"), QStringLiteral("must be an ISO 4217 code"));
        else if (!Money::fromJson(price.value(QStringLiteral("amount")), currency, &v.price, &problem))
            r.fail(QStringLiteral("price.amount"), problem);
        else if (v.price.minor <= 0)
            r.fail(QStringLiteral("price.amount"), QStringLiteral("must be more than zero"));
    }
    v.location = r.identifier(QStringLiteral("location"));
    const QString status = r.oneOf(QStringLiteral("status"), {QStringLiteral("available"), QStringLiteral("reserved"),
                                                              QStringLiteral("in-transit")},
                                   QStringLiteral("available"));
    v.status = status == QLatin1String("reserved")   ? Vehicle::Status::Reserved
        : status == QLatin1String("in-transit")      ? Vehicle::Status::InTransit
                                                     : Vehicle::Status::Available;
    v.added = r.date(QStringLiteral("added"));
    v.registered = r.date(QStringLiteral("registered"), false);
    for (const QJsonValue &image : r.array(QStringLiteral("images"), false)) {
        const QUrl url(image.toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")
                               && url.scheme() != QLatin1String("file")))
            r.warn(QStringLiteral("images"), QStringLiteral("\"%1\" is not a picture URL; left out").arg(image.toString()));
        else
            v.images.append(url.toString());
    }
    v.updated = r.timestamp(QStringLiteral("updated"));
    return r.ok() ? std::optional(v) : std::nullopt;
}
