// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurationcode.h"

#include "catalog/catalog.h"
#include "catalog/ruleengine.h"
#include "common/readablecode.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// The fields, least significant first. Only the version's place is fixed for ever: a later
// format may lay out everything after it differently.
constexpr quint32 kVersionRadix = 4; // format 1 is 0; format 2 (1) adds a car in part-exchange
constexpr quint32 kSeedRadix = 8;    // hash seed, searched so that every hash in the code is unambiguous
constexpr quint32 kWidthRadix = 12;  // option hashes are kMinWidth + this many bits
constexpr quint32 kModelRadix = 64;
constexpr quint32 kTrimRadix = 8;   // among the model's trims
constexpr quint32 kMarketRadix = 9; // 0: made without a market
constexpr quint32 kIdCheckRadix = 128;
constexpr quint32 kBuildCheckRadix = 128;
constexpr int kMinWidth = 5;
constexpr quint32 kTradeInRadix = 1u << 20; // format 2: the car's value in hundreds of the currency
constexpr int kMaxHypotheses = 4096;

/// An unsigned integer of any size, just enough for mixed-radix packing.
class BigNumber
{
public:
    bool isZero() const { return m_limbs.empty(); }

    void mulAdd(quint32 m, quint32 a)
    {
        quint64 carry = a;
        for (quint32 &limb : m_limbs) {
            const quint64 v = quint64(limb) * m + carry;
            limb = quint32(v);
            carry = v >> 32;
        }
        if (carry)
            m_limbs.push_back(quint32(carry));
    }

    quint32 divMod(quint32 d)
    {
        quint64 rest = 0;
        for (auto it = m_limbs.rbegin(); it != m_limbs.rend(); ++it) {
            const quint64 v = (rest << 32) | *it;
            *it = quint32(v / d);
            rest = v % d;
        }
        while (!m_limbs.empty() && m_limbs.back() == 0)
            m_limbs.pop_back();
        return quint32(rest);
    }

private:
    std::vector<quint32> m_limbs; // little end first
};

quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/// Stable on every platform and Qt version: FNV-1a over UTF-8, then a SplitMix finaliser.
quint64 hashOf(quint32 seed, const char *domain, const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    const QByteArray bytes = QByteArray(domain) + text.toUtf8();
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return mix(h + quint64(seed + 1) * 0x9E3779B97F4A7C15ULL);
}

quint32 optionHash(quint32 seed, int bits, const QString &id)
{
    return quint32(hashOf(seed, "option:", id) & ((quint64(1) << bits) - 1));
}

quint32 modelHash(quint32 seed, const QString &id)
{
    return quint32(hashOf(seed, "model:", id) % kModelRadix);
}
quint32 trimHash(quint32 seed, const QString &id)
{
    return quint32(hashOf(seed, "trim:", id) % kTrimRadix);
}
quint32 marketHash(quint32 seed, const QString &id)
{
    return id.isEmpty() ? 0 : 1 + quint32(hashOf(seed, "market:", id) % (kMarketRadix - 1));
}

quint32 idCheck(quint32 seed, const QString &model, const QString &trim, QStringList ids)
{
    ids.sort();
    return quint32(hashOf(seed, "ids:", model + QLatin1Char('|') + trim + QLatin1Char('|') + ids.join(QLatin1Char(',')))
                   % kIdCheckRadix);
}

/// The build's structure and its price in the market the code was made in.
quint32 buildCheck(const Catalog &c, const Configuration &b, const QString &market)
{
    QStringList ids = b.options;
    ids.sort();
    QString text = b.trim + QLatin1Char('|') + ids.join(QLatin1Char(',')) + QLatin1Char('|') + market;
    if (!market.isEmpty()) {
        const Trim *t = c.trim(b.trim);
        text += QLatin1Char('|') + QString::number(t ? t->pricesMinor.value(market, -1) : -1);
        for (const QString &id : std::as_const(ids)) {
            const CatalogOption *o = c.option(id);
            text += QLatin1Char(',') + QString::number(o ? o->pricesMinor.value(market, -1) : -1);
        }
    }
    return quint32(hashOf(0, "build:", text) % kBuildCheckRadix);
}

int kindRank(OptionKind kind)
{
    switch (kind) {
    case OptionKind::Paint:
        return 0;
    case OptionKind::Wheel:
        return 1;
    case OptionKind::Interior:
        return 2;
    case OptionKind::Package:
        return 3;
    case OptionKind::Equipment:
        return 4;
    }
    return 5;
}

/// Replay order that neither catalog order nor the seed can change: kind, then id.
QStringList canonical(const Catalog &c, QStringList ids)
{
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const CatalogOption *x = c.option(a);
        const CatalogOption *y = c.option(b);
        const int ra = x ? kindRank(x->kind) : 9, rb = y ? kindRank(y->kind) : 9;
        return ra != rb ? ra < rb : a < b;
    });
    return ids;
}

bool offeredOn(const CatalogOption &o, const QString &model)
{
    return o.models.isEmpty() || o.models.contains(model);
}

struct Replay {
    Configuration build;
    QStringList refused;
    QList<RuleReason> reasons;
};

Replay replay(const RuleEngine &engine, const QString &trim, const QStringList &ids)
{
    Replay r;
    r.build = engine.defaultConfiguration(trim).value_or(Configuration{});
    for (const QString &id : canonical(engine.catalog(), ids)) {
        const RuleEngine::Outcome o = engine.select(r.build, id);
        if (o.accepted) {
            r.build = o.after;
        } else {
            r.refused << id;
            r.reasons << o.note;
        }
    }
    return r;
}

bool sameBuild(const Configuration &a, const Configuration &b)
{
    QStringList x = a.options, y = b.options;
    x.sort();
    y.sort();
    return a.model == b.model && a.trim == b.trim && x == y;
}

struct Fields {
    quint32 version = 0, seed = 0, width = 0, model = 0, trim = 0, market = 0, idCheck = 0, buildCheck = 0;
    quint32 tradeIn = 0;  ///< format 2 only
    QList<quint32> items; ///< ascending
};

QList<int> pack(const Fields &f)
{
    QList<std::pair<quint32, quint32>> fields{
        {f.version, kVersionRadix}, {f.seed, kSeedRadix},     {f.width, kWidthRadix},     {f.model, kModelRadix},
        {f.trim, kTrimRadix},       {f.market, kMarketRadix}, {f.idCheck, kIdCheckRadix}, {f.buildCheck, kBuildCheckRadix}};
    if (f.version == 1)
        fields.append({f.tradeIn, kTradeInRadix});
    // Items as gaps between ascending hashes, each at least 1, so the number ends exactly
    // after the last one and no count is needed.
    const quint64 space = quint64(1) << (kMinWidth + f.width);
    qint64 previous = -1;
    for (quint32 h : f.items) {
        fields.append({quint32(qint64(h) - previous), quint32(qint64(space) - previous)});
        previous = h;
    }
    BigNumber n;
    for (auto it = fields.crbegin(); it != fields.crend(); ++it)
        n.mulAdd(it->second, it->first);
    QList<int> digits;
    while (!n.isZero())
        digits.prepend(int(n.divMod(ReadableCode::kBase)));
    if (digits.isEmpty())
        digits.append(0);
    return digits;
}

std::optional<Fields> unpack(const QList<int> &digits, QString *problem)
{
    BigNumber n;
    for (int d : digits)
        n.mulAdd(ReadableCode::kBase, quint32(d));
    Fields f;
    f.version = n.divMod(kVersionRadix);
    if (f.version > 1) {
        *problem = QStringLiteral("this code was made by a newer Vitrine (code format %1); update this Vitrine to open it")
                       .arg(f.version + ConfigurationCode::kFormat);
        return std::nullopt;
    }
    f.seed = n.divMod(kSeedRadix);
    f.width = n.divMod(kWidthRadix);
    f.model = n.divMod(kModelRadix);
    f.trim = n.divMod(kTrimRadix);
    f.market = n.divMod(kMarketRadix);
    f.idCheck = n.divMod(kIdCheckRadix);
    f.buildCheck = n.divMod(kBuildCheckRadix);
    if (f.version == 1) {
        f.tradeIn = n.divMod(kTradeInRadix);
        if (f.tradeIn == 0) {
            *problem = QStringLiteral("this is not a Vitrine configuration code");
            return std::nullopt;
        }
    }
    const qint64 space = qint64(1) << (kMinWidth + f.width);
    qint64 previous = -1;
    while (!n.isZero()) {
        const quint32 gap = n.divMod(quint32(space - previous));
        if (gap == 0 || f.items.size() > 4096) {
            *problem = QStringLiteral("this is not a Vitrine configuration code");
            return std::nullopt;
        }
        previous += gap;
        f.items.append(quint32(previous));
    }
    return f;
}

/// A candidate for one field of a code: a current record, or a retired one (known only by name).
struct Candidate {
    QString id;
    bool current = true;
};

QString nameOf(const Catalog &c, const Catalog *retired, const QString &id)
{
    if (const CatalogOption *o = c.option(id))
        return o->name.english();
    if (const CatalogOption *o = retired ? retired->option(id) : nullptr)
        return o->name.english();
    return id;
}

QString trimTitle(const Catalog &c, const Catalog *retired, const QString &id)
{
    for (const Catalog *cat : {&c, retired}) {
        const Trim *t = cat ? cat->trim(id) : nullptr;
        if (!t)
            continue;
        const CarModel *m = c.model(t->model);
        if (!m && retired)
            m = retired->model(t->model);
        return ((m ? m->name.english() + QLatin1Char(' ') : QString()) + t->name.english()).trimmed();
    }
    return id;
}

/// The option offered on `trim` today that is closest to one the catalog no longer has.
QString closest(const RuleEngine &engine, const CatalogOption &gone, const QString &trim)
{
    const Catalog &c = engine.catalog();
    const QStringList offered = engine.offered(trim);
    QString best;
    double bestScore = 1e18;
    const auto rgb = [](const QString &hex) {
        const uint v = hex.mid(1).toUInt(nullptr, 16);
        return std::array<int, 3>{int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)};
    };
    for (const QString &id : offered) {
        const CatalogOption &o = *c.option(id);
        if (o.kind != gone.kind)
            continue;
        double score;
        if (o.name.english() == gone.name.english()) {
            score = -1;
        } else if (o.kind == OptionKind::Paint || o.kind == OptionKind::Interior) {
            const auto a = rgb(o.hex), b = rgb(gone.hex);
            score = std::sqrt(
                        double((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2])))
                + (o.finish == gone.finish ? 0 : 1000);
        } else if (o.kind == OptionKind::Wheel) {
            score = std::abs(o.inches - gone.inches) * 100.0 + (o.design == gone.design ? 0 : 50);
        } else {
            continue; // equipment and packages are replaced only by one of the same name
        }
        if (score < bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}

/// What a replay brings back whatever order the catalog lists things in: the trim's default
/// paint, wheels and interior, and everything the other choices and the standard equipment
/// require or contain. Only these may be left out of a code.
QSet<QString> derivable(const Catalog &c, const Trim &trim, const QStringList &others)
{
    QSet<QString> out{trim.defaultPaint, trim.defaultWheel, trim.defaultInterior};
    QStringList queue = others + trim.standard;
    QSet<QString> seen;
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (const CatalogOption *o = c.option(id)) {
            for (const QString &x : o->contents) {
                out.insert(x);
                queue << x;
            }
        }
        for (const CatalogRule &r : c.rules) {
            if (r.type == RuleType::Requires && r.option == id) {
                for (const QString &x : r.targets) {
                    out.insert(x);
                    queue << x;
                }
            }
        }
    }
    return out;
}

} // namespace

QString ConfigurationCode::Difference::kindName(Kind kind)
{
    static const char *const names[] = {"model-gone",     "trim-gone",      "option-gone",    "option-replaced",
                                        "option-refused", "option-dropped", "catalog-updated"};
    return QString::fromLatin1(names[int(kind)]);
}

int ConfigurationCode::dataLength(const QString &code)
{
    int n = 0;
    for (QChar ch : code)
        n += ReadableCode::digit(ch) >= 0 ? 1 : 0;
    return std::max(0, n - 1);
}

QString ConfigurationCode::encode(const RuleEngine &engine, const Configuration &build, QString *problem)
{
    return encodeWithTradeIn(engine, build, 0, problem);
}

QString ConfigurationCode::encodeWithTradeIn(const RuleEngine &engine, const Configuration &build, qint64 tradeInHundreds,
                                             QString *problem)
{
    if (tradeInHundreds < 0 || tradeInHundreds >= qint64(kTradeInRadix)) {
        if (problem)
            *problem = QStringLiteral("a car in part-exchange worth %1 hundred is beyond what a code carries")
                           .arg(tradeInHundreds);
        return {};
    }
    const Catalog &c = engine.catalog();
    const QList<RuleEngine::Violation> violations = engine.validate(build);
    if (!violations.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("this build breaks the catalog's rules: %1").arg(violations.first().text);
        return {};
    }
    // Keep only the choices a replay brings back by itself whatever the catalog's order (the
    // trim's defaults, what other choices require), checking each removal by replaying.
    const Trim &trim = *c.trim(build.trim);
    const QStringList chosen = canonical(c, build.options);
    QStringList intent = chosen;
    for (const QString &id : chosen) {
        QStringList trial = intent;
        trial.removeOne(id);
        if (derivable(c, trim, trial).contains(id) && sameBuild(replay(engine, build.trim, trial).build, build))
            intent = trial;
    }
    if (!sameBuild(replay(engine, build.trim, intent).build, build)) {
        if (problem)
            *problem = QStringLiteral("this build cannot be reproduced from its choices");
        return {};
    }

    QStringList universe, models, trims, markets;
    for (const CatalogOption &o : c.options) {
        if (offeredOn(o, build.model))
            universe << o.id;
    }
    for (const CarModel &m : c.models)
        models << m.id;
    for (const Trim &t : c.trims) {
        if (t.model == build.model)
            trims << t.id;
    }
    for (const Market &m : c.markets)
        markets << m.id;
    const auto unique = [](const QStringList &all, const QString &mine, auto hash) {
        const quint32 h = hash(mine);
        for (const QString &other : all) {
            if (other != mine && hash(other) == h)
                return false;
        }
        return true;
    };
    Fields f;
    bool found = false;
    // Narrowest option hashes first (each must point at exactly one of the model's options),
    // then preferably a seed under which the model, the trim and the market are unambiguous
    // too; where they are not, the check of the ids settles the doubt when reading.
    for (quint32 width = 0; width < kWidthRadix && !found; ++width) {
        for (int strict = 1; strict >= 0 && !found; --strict) {
            for (quint32 seed = 0; seed < kSeedRadix && !found; ++seed) {
                const int bits = kMinWidth + int(width);
                if (strict
                    && (!unique(models, build.model, [&](const QString &id) { return modelHash(seed, id); })
                        || !unique(trims, build.trim, [&](const QString &id) { return trimHash(seed, id); })
                        || (!engine.market().isEmpty()
                            && !unique(markets, engine.market(), [&](const QString &id) { return marketHash(seed, id); }))))
                    continue;
                bool ok = true;
                for (const QString &id : std::as_const(intent))
                    ok = ok && unique(universe, id, [&](const QString &x) { return optionHash(seed, bits, x); });
                if (ok) {
                    f.seed = seed;
                    f.width = width;
                    found = true;
                }
            }
        }
    }
    if (!found) {
        if (problem)
            *problem = QStringLiteral("the catalog is too large for this code format");
        return {};
    }
    f.model = modelHash(f.seed, build.model);
    f.trim = trimHash(f.seed, build.trim);
    f.market = marketHash(f.seed, engine.market());
    f.idCheck = idCheck(f.seed, build.model, build.trim, intent);
    f.buildCheck = buildCheck(c, build, engine.market());
    if (tradeInHundreds > 0) {
        f.version = 1;
        f.tradeIn = quint32(tradeInHundreds);
    }
    for (const QString &id : std::as_const(intent))
        f.items.append(optionHash(f.seed, kMinWidth + int(f.width), id));
    std::sort(f.items.begin(), f.items.end());
    return ReadableCode::format(pack(f));
}

ConfigurationCode::Decoded ConfigurationCode::decode(const QString &text, const RuleEngine &engine, const Catalog *retired)
{
    Decoded base;
    const ReadableCode::Parsed parsed = ReadableCode::parse(text);
    if (!parsed.ok) {
        base.problem = parsed.problem;
        return base;
    }
    QString problem;
    const std::optional<Fields> f = unpack(parsed.digits, &problem);
    if (!f) {
        base.problem = problem;
        return base;
    }
    const Catalog &c = engine.catalog();
    const int bits = kMinWidth + int(f->width);
    const quint32 seed = f->seed;
    QStringList markets; // the code's market, and any other that shares its hash
    for (const Market &m : c.markets) {
        if (f->market != 0 && marketHash(seed, m.id) == f->market)
            markets << m.id;
    }
    base.market = markets.value(0);
    base.tradeInHundreds = f->tradeIn;

    // Every reading of the hashes, today's records before retired ones, until one matches the
    // check of the ids; with an unchanged catalog the first one does.
    struct TrimCandidate {
        Candidate trim;
        QString model;
    };
    QList<TrimCandidate> trimCandidates;
    for (const Catalog *cat : {&c, retired}) {
        if (!cat)
            continue;
        for (const Trim &t : cat->trims) {
            if (modelHash(seed, t.model) == f->model && trimHash(seed, t.id) == f->trim && (cat == &c || !c.trim(t.id)))
                trimCandidates.append({{t.id, cat == &c}, t.model});
        }
    }
    const auto itemCandidates = [&](const QString &model) {
        QList<QList<Candidate>> out(f->items.size());
        for (const Catalog *cat : {&c, retired}) {
            if (!cat)
                continue;
            for (const CatalogOption &o : cat->options) {
                if ((!model.isEmpty() && !offeredOn(o, model)) || (cat != &c && c.option(o.id)))
                    continue;
                const quint32 h = optionHash(seed, bits, o.id);
                for (qsizetype j = 0; j < f->items.size(); ++j) {
                    if (f->items.at(j) == h)
                        out[j].append({o.id, cat == &c});
                }
            }
        }
        return out;
    };
    struct Reading {
        Candidate trim;
        QString model;
        QList<Candidate> items; ///< an empty id: nothing known matches
    };
    QList<Reading> readings; // those that pass the check of the ids
    std::optional<Reading> fallback;
    int tried = 0;
    for (const TrimCandidate &t : std::as_const(trimCandidates)) {
        const QList<QList<Candidate>> items = itemCandidates(t.model);
        QList<qsizetype> pick(items.size(), 0);
        for (;;) {
            Reading r{t.trim, t.model, {}};
            QStringList ids;
            bool complete = true;
            for (qsizetype j = 0; j < items.size(); ++j) {
                if (items.at(j).isEmpty()) {
                    r.items.append(Candidate{QString(), false});
                    complete = false;
                } else {
                    r.items.append(items.at(j).at(pick.at(j)));
                    ids << r.items.last().id;
                }
            }
            if (!fallback)
                fallback = r;
            if (complete && idCheck(seed, t.model, t.trim.id, ids) == f->idCheck) {
                readings.append(r);
                if (readings.size() >= 8)
                    break;
            }
            qsizetype j = 0;
            while (j < items.size() && (items.at(j).isEmpty() || ++pick[j] == items.at(j).size())) {
                pick[j] = 0;
                ++j;
            }
            if (j == items.size() || ++tried > kMaxHypotheses)
                break;
        }
        if (readings.size() >= 8 || tried > kMaxHypotheses)
            break;
    }
    Reading r;
    if (!readings.isEmpty()) {
        r = readings.first();
    } else if (fallback) {
        r = *fallback;
    } else {
        // The trim is unknown here: the model may still be known; read the options against
        // its list (or the whole catalog), taking only those that match a single record.
        r.trim = {QString(), false};
        for (const Catalog *cat : {&c, retired}) {
            for (const CarModel &m : cat ? cat->models : QList<CarModel>{}) {
                if (r.model.isEmpty() && modelHash(seed, m.id) == f->model)
                    r.model = m.id;
            }
        }
        for (const QList<Candidate> &list : itemCandidates(r.model))
            r.items.append(list.size() == 1 ? list.first() : Candidate{QString(), false});
    }

    // Several readings can pass the check of the ids when hashes collide: the one whose
    // rebuilt build also passes the check of the build wins.
    const auto rebuild = [&](const Reading &r, bool verified) {
        Decoded d = base;
        // Where to rebuild: the trim itself, else the model's other trims, else the trims of the
        // retired model's line, else every trim.
        const bool modelCurrent = !r.model.isEmpty() && c.model(r.model);
        const CarModel *goneModel = !modelCurrent && retired && !r.model.isEmpty() ? retired->model(r.model) : nullptr;
        QStringList trims;
        if (r.trim.current) {
            trims << r.trim.id;
        } else {
            for (int pass = 0; pass < 2; ++pass) {
                for (const Trim &t : c.trims) {
                    const CarModel *m = c.model(t.model);
                    const bool preferred = modelCurrent ? t.model == r.model : (goneModel && m && m->line == goneModel->line);
                    if ((pass == 0) == preferred && (pass == 0 || !modelCurrent))
                        trims << t.id;
                }
            }
        }
        if (trims.isEmpty()) {
            d.problem = QStringLiteral("this Vitrine's catalog holds no car to rebuild this code on");
            d.status = Decoded::Status::Invalid;
            return d;
        }

        QStringList kept;
        QList<Candidate> gone;
        int unknown = 0;
        for (const Candidate &item : std::as_const(r.items)) {
            if (item.id.isEmpty())
                ++unknown;
            else if (item.current)
                kept << item.id;
            else
                gone << item;
        }
        struct Attempt {
            Replay replay;
            QHash<QString, QString> replacements; ///< gone id → replacement id
            int score = -1;
        };
        Attempt best;
        for (const QString &trim : std::as_const(trims)) {
            Attempt a;
            QStringList ids = kept;
            for (const Candidate &g : std::as_const(gone)) {
                const CatalogOption *old = retired ? retired->option(g.id) : nullptr;
                const QString replacement = old ? closest(engine, *old, trim) : QString();
                if (!replacement.isEmpty() && !ids.contains(replacement)) {
                    a.replacements.insert(g.id, replacement);
                    ids << replacement;
                }
            }
            a.replay = replay(engine, trim, ids);
            QSet<QString> present;
            for (const RuleEngine::Item &item : engine.items(a.replay.build))
                present.insert(item.option);
            a.score = 0;
            for (const QString &id : std::as_const(ids))
                a.score += present.contains(id) ? 1 : 0;
            if (a.score > best.score)
                best = a;
        }
        d.configuration = best.replay.build;
        const QString newTitle = trimTitle(c, nullptr, d.configuration.trim);

        using Kind = Difference::Kind;
        if (r.trim.id.isEmpty() && modelCurrent) {
            d.differences.append(
                Difference{Kind::TrimGone,
                           {},
                           {},
                           d.configuration.trim,
                           QStringLiteral("The trim of this code is no longer offered; the closest is the %1.").arg(newTitle)});
        } else if (!modelCurrent) {
            const QString name = goneModel ? goneModel->name.english() : QString();
            d.differences.append(Difference{
                Kind::ModelGone, r.model, name, d.configuration.trim,
                name.isEmpty()
                    ? QStringLiteral("The model of this code is no longer offered; the closest build is the %1.").arg(newTitle)
                    : QStringLiteral("The %1 is no longer offered; the closest build is the %2.").arg(name, newTitle)});
        } else if (!r.trim.current) {
            const QString name = trimTitle(c, retired, r.trim.id);
            d.differences.append(
                Difference{Kind::TrimGone, r.trim.id, name, d.configuration.trim,
                           QStringLiteral("The %1 is no longer offered; the closest is the %2.").arg(name, newTitle)});
        }
        for (const Candidate &g : std::as_const(gone)) {
            const QString name = nameOf(c, retired, g.id);
            const QString replacement = best.replacements.value(g.id);
            if (replacement.isEmpty())
                d.differences.append(
                    Difference{Kind::OptionGone, g.id, name, {}, QStringLiteral("No longer offered: %1.").arg(name)});
            else
                d.differences.append(Difference{
                    Kind::OptionReplaced, g.id, name, replacement,
                    QStringLiteral("No longer offered: %1. Closest today: %2.").arg(name, nameOf(c, retired, replacement))});
        }
        for (int k = 0; k < unknown; ++k)
            d.differences.append(Difference{
                Kind::OptionGone,
                {},
                {},
                {},
                QStringLiteral("One option of this build is no longer offered (this Vitrine does not know its name).")});
        QSet<QString> present;
        for (const RuleEngine::Item &item : engine.items(d.configuration))
            present.insert(item.option);
        for (qsizetype k = 0; k < best.replay.refused.size(); ++k) {
            const QString id = best.replay.refused.at(k);
            d.differences.append(Difference{Kind::OptionRefused,
                                            id,
                                            nameOf(c, retired, id),
                                            {},
                                            QStringLiteral("%1 can no longer be chosen on this build: %2")
                                                .arg(nameOf(c, retired, id), best.replay.reasons.at(k).text)});
        }
        for (const QString &id : std::as_const(kept)) {
            if (!present.contains(id) && !best.replay.refused.contains(id))
                d.differences.append(Difference{Kind::OptionDropped,
                                                id,
                                                nameOf(c, retired, id),
                                                {},
                                                QStringLiteral("%1 had to go under today's rules.").arg(nameOf(c, retired, id))});
        }
        if (d.differences.isEmpty()) {
            const bool marketKnown = f->market == 0 || !d.market.isEmpty();
            bool priced = !marketKnown;
            for (const QString &m : markets.isEmpty() ? QStringList{QString()} : markets) {
                if (!priced && buildCheck(c, d.configuration, m) == f->buildCheck) {
                    priced = true;
                    d.market = m;
                }
            }
            if (!verified || !priced)
                d.differences.append(Difference{
                    Kind::CatalogUpdated,
                    {},
                    {},
                    {},
                    QStringLiteral(
                        "Prices or rules of this build changed since the code was made; the price shown is today's.")});
        }
        d.status = d.differences.isEmpty() ? Decoded::Status::Exact : Decoded::Status::Changed;
        return d;
    };
    for (const Reading &x : std::as_const(readings)) {
        const Decoded exact = rebuild(x, true);
        if (exact.status == Decoded::Status::Exact)
            return exact;
    }
    return rebuild(r, !readings.isEmpty());
}
