// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockmatcher.h"

#include <QSet>

#include <algorithm>
#include <cmath>

StockMatcher::StockMatcher(const RuleEngine &engine)
    : StockMatcher(engine, Weights())
{
}

StockMatcher::StockMatcher(const RuleEngine &engine, const Weights &weights)
    : m_engine(engine)
    , m_weights(weights)
{
}

QSet<QString> StockMatcher::equipmentOf(const Vehicle &v) const
{
    // Everything the car carries: its own list, what its packages hold and its trim's standard.
    const Catalog &c = m_engine.catalog();
    QStringList queue{v.paint, v.wheel, v.interior};
    queue += v.options;
    if (const Trim *t = c.trim(v.trim))
        queue += t->standard;
    QSet<QString> out;
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        if (id.isEmpty() || out.contains(id))
            continue;
        out.insert(id);
        if (const CatalogOption *o = c.option(id))
            queue += o->contents;
    }
    return out;
}

QList<StockMatcher::Match> StockMatcher::rank(const Configuration &build, const Money &buildPrice, const QList<Vehicle> &vehicles,
                                              const Distance &distance, int limit) const
{
    const Catalog &c = m_engine.catalog();
    const CarModel *model = c.model(build.model);
    QString paint, wheel, interior;
    QStringList others;
    for (const QString &id : build.options) {
        const CatalogOption *o = c.option(id);
        if (!o)
            continue;
        if (o->kind == OptionKind::Paint)
            paint = id;
        else if (o->kind == OptionKind::Wheel)
            wheel = id;
        else if (o->kind == OptionKind::Interior)
            interior = id;
        else
            others << id;
    }
    // A package brings its contents: a wheel or paint inside one counts as that choice.
    for (const RuleEngine::Item &item : m_engine.items(build)) {
        const CatalogOption *o = c.option(item.option);
        if (!o || item.origin != RuleEngine::Item::Origin::Package)
            continue;
        if (o->kind == OptionKind::Paint && paint.isEmpty())
            paint = o->id;
        else if (o->kind == OptionKind::Wheel && wheel.isEmpty())
            wheel = o->id;
        else if (o->kind == OptionKind::Interior && interior.isEmpty())
            interior = o->id;
    }
    const Weights &w = m_weights;
    const double most = w.model + w.trim + w.paint + w.interior + w.wheel + w.equipment + w.price + w.distance;

    QList<Match> out;
    for (int i = 0; i < vehicles.size(); ++i) {
        const Vehicle &v = vehicles.at(i);
        if (v.status == Vehicle::Status::Reserved)
            continue;
        Match m;
        m.index = i;
        m.vehicleId = v.id;
        const CarModel *theirs = c.model(v.model);
        m.sameModel = v.model == build.model;
        m.sameLine = m.sameModel || (model && theirs && theirs->line == model->line);
        m.sameTrim = v.trim == build.trim;
        const QSet<QString> has = equipmentOf(v);
        m.samePaint = !paint.isEmpty() && v.paint == paint;
        m.sameWheel = !wheel.isEmpty() && v.wheel == wheel;
        m.sameInterior = !interior.isEmpty() && v.interior == interior;
        int otherMatched = 0;
        for (const QString &id : std::as_const(others)) {
            bool got = has.contains(id);
            if (!got) {
                // A package counts when the car has everything in it, bought one by one.
                const CatalogOption *o = c.option(id);
                got = o && !o->contents.isEmpty()
                    && std::all_of(o->contents.cbegin(), o->contents.cend(), [&](const QString &x) { return has.contains(x); });
            }
            otherMatched += got ? 1 : 0;
            if (!got)
                m.missing << id;
        }
        const QList<std::pair<QString, bool>> looks{{paint, m.samePaint}, {wheel, m.sameWheel}, {interior, m.sameInterior}};
        for (const auto &[id, same] : looks) {
            if (id.isEmpty())
                continue;
            ++m.choices;
            m.choicesMatched += same ? 1 : 0;
            if (!same)
                m.missing << id;
        }
        m.choices += int(others.size());
        m.choicesMatched += otherMatched;

        double score = m.sameModel ? w.model : m.sameLine ? w.line : 0;
        score += (m.sameTrim ? w.trim : 0) + (m.samePaint ? w.paint : 0) + (m.sameInterior ? w.interior : 0)
            + (m.sameWheel ? w.wheel : 0);
        score += others.isEmpty() ? w.equipment : w.equipment * otherMatched / double(others.size());
        m.priceComparable = buildPrice.isValid() && buildPrice.minor > 0 && v.price.currency == buildPrice.currency;
        if (m.priceComparable) {
            m.priceDifferenceMinor = v.price.minor - buildPrice.minor;
            const double share = std::abs(double(m.priceDifferenceMinor)) / double(buildPrice.minor);
            score += w.price * std::max(0.0, 1.0 - share / 0.25);
        }
        if (distance)
            m.distanceKm = distance(v);
        if (m.distanceKm)
            score += w.distance * std::max(0.0, 1.0 - *m.distanceKm / w.distanceHorizonKm);
        m.score = most > 0 ? 100.0 * score / most : 0;
        // Catalog order for what is missing, so the reason reads the same way every time.
        std::sort(m.missing.begin(), m.missing.end(), [&](const QString &a, const QString &b) {
            const CatalogOption *x = c.option(a), *y = c.option(b);
            return (x ? x - c.options.constData() : 0) < (y ? y - c.options.constData() : 0);
        });
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const Match &a, const Match &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const double da = a.distanceKm.value_or(1e12), db = b.distanceKm.value_or(1e12);
        if (da != db)
            return da < db;
        return a.vehicleId < b.vehicleId;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}
