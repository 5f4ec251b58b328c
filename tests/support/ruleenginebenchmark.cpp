// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleenginebenchmark.h"

#include "catalog/ruleengine.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

QString RuleEngineBenchmark::Figures::toString() const
{
    return QStringLiteral("%1 operations: p50 %2 µs, p95 %3 µs, p99 %4 µs, max %5 µs")
        .arg(operations)
        .arg(p50Us, 0, 'f', 1)
        .arg(p95Us, 0, 'f', 1)
        .arg(p99Us, 0, 'f', 1)
        .arg(maxUs, 0, 'f', 1);
}

RuleEngineBenchmark::Figures RuleEngineBenchmark::run(const Catalog &catalog, int operations, quint32 seed)
{
    Figures f;
    if (catalog.trims.isEmpty() || catalog.options.isEmpty())
        return f;
    const RuleEngine engine(catalog, catalog.markets.isEmpty() ? QString() : catalog.markets.first().id);
    QRandomGenerator rng(seed);
    QList<double> times;
    times.reserve(operations);
    Configuration build;
    QStringList offered;
    QElapsedTimer timer;
    for (int i = 0; i < operations; ++i) {
        if (i % 25 == 0) {
            const Trim &t = catalog.trims.at(rng.bounded(int(catalog.trims.size())));
            build = *engine.defaultConfiguration(t.id);
            offered = engine.offered(t.id);
        }
        const int kind = rng.bounded(10);
        RuleEngine::Outcome o;
        if (kind < 6) {
            const QString option = offered.at(rng.bounded(int(offered.size())));
            timer.start();
            o = engine.select(build, option);
        } else if (kind < 9 && !build.options.isEmpty()) {
            const QString option = build.options.at(rng.bounded(int(build.options.size())));
            timer.start();
            o = engine.deselect(build, option);
        } else {
            const QList<const Trim *> trims = catalog.trimsOfModel(build.model);
            const QString trim = trims.at(rng.bounded(int(trims.size())))->id;
            timer.start();
            o = engine.changeTrim(build, trim);
            offered = engine.offered(o.after.trim);
        }
        times.append(double(timer.nsecsElapsed()) / 1000.0);
        if (o.accepted)
            build = o.after;
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * double(times.size()))));
    };
    f.operations = int(times.size());
    f.p50Us = at(0.50);
    f.p95Us = at(0.95);
    f.p99Us = at(0.99);
    f.maxUs = times.last();
    return f;
}
