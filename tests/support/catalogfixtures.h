// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Catalogs the catalog tests share: the demo feed, the small test feed and the synthetic
// 500-option / 300-rule catalog, each loaded once per test executable.

#include "catalog/catalog.h"
#include "catalog/configuration.h"
#include "feed/feedparser.h"
#include "inventory/vehicle.h"
#include "syntheticcatalog.h"

#include <QFile>
#include <QSet>

namespace CatalogFixtures {

inline std::optional<Feed> feedAt(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return FeedParser::parse(f.readAll()).feed;
}

inline const Feed &demoFeed()
{
    static const Feed feed = [] {
        auto f = feedAt(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        if (!f)
            f = feedAt(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        return *f;
    }();
    return feed;
}

inline const Catalog &demo()
{
    static const Catalog c = FeedParser::catalogOf(demoFeed());
    return c;
}

inline const Catalog &small()
{
    static const Catalog c = FeedParser::catalogOf(*feedAt(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json")));
    return c;
}

inline const Catalog &synthetic()
{
    static const Catalog c = SyntheticCatalog::generate({});
    return c;
}

} // namespace CatalogFixtures

namespace CatalogFixtures {

/// Builds small catalogs by hand, one rule at a time, for tests that need exact expectations.
class Builder
{
public:
    Builder()
    {
        Market eu;
        eu.id = QStringLiteral("eu");
        eu.name = LocalizedText(QStringLiteral("Europe"));
        eu.currency = QStringLiteral("EUR");
        eu.taxes << Tax{QStringLiteral("vat"), LocalizedText(QStringLiteral("VAT")), 20, {}, std::nullopt};
        eu.finance.disclosure = FinanceTerms::Disclosure::EuAprc;
        eu.finance.nominalRatePercent = 4.9;
        eu.finance.termsMonths = {24, 36, 48};
        eu.finance.defaultTermMonths = 36;
        eu.finance.minDepositPercent = 10;
        eu.finance.defaultDepositPercent = 10;
        eu.finance.maxBalloonPercent = 40;
        c.markets << eu;
        c.bodies << BodyStyle{QStringLiteral("suv"), LocalizedText(QStringLiteral("SUV"))};
        c.lines << ModelLine{QStringLiteral("line"), LocalizedText(QStringLiteral("Line")), {}};
    }

    Builder &model(const QString &id, const QString &line = QStringLiteral("line"))
    {
        CarModel m;
        m.id = id;
        m.line = line;
        m.name = LocalizedText(id.toUpper());
        m.body = QStringLiteral("suv");
        m.powertrain = QStringLiteral("bev");
        m.year = 2026;
        c.models << m;
        return *this;
    }

    Builder &trim(const QString &id, const QString &model, qint64 euros, const QStringList &standard, const QString &paint,
                  const QString &wheel, const QString &interior)
    {
        Trim t;
        t.id = id;
        t.model = model;
        t.name = LocalizedText(id);
        t.pricesMinor.insert(QStringLiteral("eu"), euros * 100);
        t.standard = standard;
        t.defaultPaint = paint;
        t.defaultWheel = wheel;
        t.defaultInterior = interior;
        c.trims << t;
        return *this;
    }

    Builder &option(const QString &id, OptionKind kind, qint64 euros, const QStringList &contents = {},
                    const QStringList &models = {})
    {
        CatalogOption o;
        o.id = id;
        o.kind = kind;
        o.category = QStringLiteral("comfort");
        o.name = LocalizedText(id);
        o.pricesMinor.insert(QStringLiteral("eu"), euros * 100);
        o.contents = contents;
        o.models = models;
        if (kind == OptionKind::Paint || kind == OptionKind::Interior)
            o.hex = QStringLiteral("#808080");
        if (kind == OptionKind::Wheel) {
            o.inches = 19;
            o.design = QStringLiteral("aero");
        }
        c.options << o;
        return *this;
    }

    Builder &paints(const QStringList &ids) { return many(ids, OptionKind::Paint); }
    Builder &wheels(const QStringList &ids) { return many(ids, OptionKind::Wheel); }
    Builder &interiors(const QStringList &ids) { return many(ids, OptionKind::Interior); }
    Builder &equipment(const QStringList &ids) { return many(ids, OptionKind::Equipment); }

    Builder &needs(const QString &id, const QString &option, const QStringList &targets)
    {
        return rule(id, RuleType::Requires, option, targets);
    }
    Builder &excludes(const QString &id, const QString &option, const QStringList &targets)
    {
        return rule(id, RuleType::Excludes, option, targets);
    }
    Builder &onlyWith(const QString &id, const QString &option, const QStringList &trims, const QStringList &models = {})
    {
        CatalogRule r;
        r.id = id;
        r.type = RuleType::OnlyWith;
        r.option = option;
        r.trims = trims;
        r.models = models;
        c.rules << r;
        return *this;
    }
    Builder &oneOf(const QString &id, const QStringList &options, bool required)
    {
        CatalogRule r;
        r.id = id;
        r.type = RuleType::OneOf;
        r.group = id;
        r.options = options;
        r.required = required;
        c.rules << r;
        return *this;
    }

    Catalog build()
    {
        c.index();
        return c;
    }

    Catalog c;

private:
    Builder &many(const QStringList &ids, OptionKind kind)
    {
        // Price from the position: the first of each kind is free.
        for (qsizetype i = 0; i < ids.size(); ++i)
            option(ids.at(i), kind, kind == OptionKind::Equipment ? 100 * (i + 1) : 500 * i);
        return *this;
    }

    Builder &rule(const QString &id, RuleType type, const QString &option, const QStringList &targets)
    {
        CatalogRule r;
        r.id = id;
        r.type = type;
        r.option = option;
        r.targets = targets;
        c.rules << r;
        return *this;
    }
};

/// What is on the car, worked out without the engine: the trim's standard equipment, the
/// chosen options and everything their packages hold.
inline QSet<QString> onTheCar(const Catalog &c, const Configuration &b)
{
    QStringList queue = b.options;
    if (const Trim *t = c.trim(b.trim))
        queue += t->standard;
    QSet<QString> out;
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        if (out.contains(id))
            continue;
        out.insert(id);
        if (const CatalogOption *o = c.option(id))
            queue += o->contents;
    }
    return out;
}

/// The net price, the plain way: trim plus every chosen option.
inline qint64 netPrice(const Catalog &c, const Configuration &b, const QString &market)
{
    qint64 sum = c.trim(b.trim) ? c.trim(b.trim)->pricesMinor.value(market) : 0;
    for (const QString &id : b.options)
        sum += c.option(id) ? c.option(id)->pricesMinor.value(market) : 0;
    return sum;
}

/// The rules checked the plain way, independently of RuleEngine::validate: empty when valid.
inline QStringList brokenRules(const Catalog &c, const Configuration &b)
{
    QStringList out;
    const Trim *t = c.trim(b.trim);
    if (!t || t->model != b.model)
        return {QStringLiteral("trim")};
    const QSet<QString> car = onTheCar(c, b);
    QSet<QString> includedOrStandard(t->standard.cbegin(), t->standard.cend());
    for (const QString &id : car) {
        const CatalogOption *o = c.option(id);
        if (!o)
            return {QStringLiteral("unknown ") + id};
        for (const QString &x : o->contents)
            includedOrStandard.insert(x);
        if (!t->standard.contains(id) && !o->models.isEmpty() && !o->models.contains(b.model))
            out << QStringLiteral("models ") + id;
    }
    for (const QString &id : b.options) {
        if (includedOrStandard.contains(id) || b.options.count(id) > 1)
            out << QStringLiteral("charged twice ") + id;
    }
    const OptionKind kinds[3] = {OptionKind::Paint, OptionKind::Wheel, OptionKind::Interior};
    for (OptionKind k : kinds) {
        int n = 0;
        for (const QString &id : car)
            n += c.option(id)->kind == k ? 1 : 0;
        if (n != 1)
            out << QStringLiteral("%1 of kind %2").arg(n).arg(int(k));
    }
    for (const CatalogRule &r : c.rules) {
        switch (r.type) {
        case RuleType::Requires:
            if (car.contains(r.option)) {
                for (const QString &x : r.targets) {
                    if (!car.contains(x))
                        out << r.id;
                }
            }
            break;
        case RuleType::Excludes:
            if (car.contains(r.option)) {
                for (const QString &x : r.targets) {
                    if (car.contains(x))
                        out << r.id;
                }
            }
            break;
        case RuleType::OnlyWith:
            if (car.contains(r.option) && !t->standard.contains(r.option) && !r.trims.contains(t->id)
                && !r.models.contains(b.model))
                out << r.id;
            break;
        case RuleType::OneOf: {
            int n = 0;
            for (const QString &x : r.options)
                n += car.contains(x) ? 1 : 0;
            if (n > 1 || (r.required && n == 0))
                out << r.id;
            break;
        }
        }
    }
    return out;
}

} // namespace CatalogFixtures
