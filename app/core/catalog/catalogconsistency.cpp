// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogconsistency.h"

#include "catalog/rulegraph.h"
#include "catalog/ruleresolver.h"

#include <QSet>

#include <algorithm>
#include <functional>

using Kind = CatalogConsistency::Problem::Kind;
using Problem = CatalogConsistency::Problem;

namespace {

QString label(const RuleGraph &g, int o)
{
    return QStringLiteral("%1 (%2)").arg(g.option(o).name.english(), g.id(o));
}

QString trimLabel(const Catalog &c, const RuleGraph::TrimView &t)
{
    return c.trims.at(t.trim).id;
}

/// Why a closure failed, in words, and the rule to blame.
struct Explained {
    QString text;
    QString ruleId;
    QStringList options;
};

Explained explain(const RuleGraph &g, const RuleResolver::Closure &c, const RuleGraph::TrimView &t)
{
    Explained e;
    const RuleResolver::Cause &f = c.failure;
    const int culprit = c.culprit;
    const RuleResolver::Cause brought = c.causes.value(culprit);
    const auto how = [&](int o) {
        const RuleResolver::Cause why = c.causes.value(o);
        if (why.kind == RuleReason::Kind::Requires)
            return QStringLiteral(", which %1 requires (rule %2)").arg(label(g, why.other), g.rule(why.rule).id);
        if (why.kind == RuleReason::Kind::PackageContent)
            return QStringLiteral(", which comes with %1").arg(label(g, why.other));
        return QString();
    };
    e.options << g.id(culprit);
    switch (f.kind) {
    case RuleReason::Kind::NotOffered: {
        const QString where = f.rule >= 0
            ? QStringLiteral("rule %1 offers it only with other trims or models").arg(g.rule(f.rule).id)
            : QStringLiteral("its models leave this model out");
        e.text = QStringLiteral("%1%2 is not offered on %3: %4")
                     .arg(label(g, culprit), how(culprit), trimLabel(g.catalog(), t), where);
        e.ruleId = brought.kind == RuleReason::Kind::Requires ? g.rule(brought.rule).id
            : f.rule >= 0                                     ? g.rule(f.rule).id
                                                              : QString();
        break;
    }
    case RuleReason::Kind::Excludes:
        e.options << g.id(f.other);
        e.ruleId = g.rule(f.rule).id;
        e.text = QStringLiteral("%1%2 and %3%4 would both be on the car, but rule %5 excludes them from each other")
                     .arg(label(g, culprit), how(culprit), label(g, f.other),
                          t.isStandard[size_t(f.other)] ? QStringLiteral(" (standard on %1)").arg(trimLabel(g.catalog(), t))
                                                        : how(f.other),
                          e.ruleId);
        break;
    case RuleReason::Kind::OneOf: {
        e.options << g.id(f.other);
        const RuleGraph::Group &group = g.groups().at(f.group);
        e.ruleId = group.id;
        e.text = QStringLiteral("%1%2 and %3%4 would both be on the car, but the %5 group (%6) allows only one")
                     .arg(label(g, culprit), how(culprit), label(g, f.other),
                          t.isStandard[size_t(f.other)] ? QStringLiteral(" (standard on %1)").arg(trimLabel(g.catalog(), t))
                                                        : how(f.other),
                          group.name, group.id);
        break;
    }
    default:
        e.text = QStringLiteral("%1 cannot be on the car").arg(label(g, culprit));
        break;
    }
    return e;
}

Problem problem(Kind kind, bool error, const QString &ruleId, const QStringList &options, const QStringList &trims,
                const QString &list, const QString &recordId, const QString &text)
{
    Problem p;
    p.kind = kind;
    p.error = error;
    p.ruleId = ruleId;
    p.options = options;
    p.trims = trims;
    p.list = list;
    p.recordId = recordId;
    p.text = text;
    return p;
}

/// Strongly connected components of the requires graph (Tarjan), so that a cycle is reported once.
QList<QList<int>> requireCycles(const RuleGraph &g)
{
    const int n = g.size();
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0);
    std::vector<char> onStack(size_t(n), 0);
    QList<int> stack;
    QList<QList<int>> out;
    int counter = 0;
    std::function<void(int)> visit = [&](int v) {
        index[size_t(v)] = low[size_t(v)] = counter++;
        stack.append(v);
        onStack[size_t(v)] = 1;
        for (const RuleGraph::Edge &e : g.requirements(v)) {
            const int w = e.option;
            if (index[size_t(w)] < 0) {
                visit(w);
                low[size_t(v)] = std::min(low[size_t(v)], low[size_t(w)]);
            } else if (onStack[size_t(w)]) {
                low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
            }
        }
        if (low[size_t(v)] == index[size_t(v)]) {
            QList<int> component;
            int w;
            do {
                w = stack.takeLast();
                onStack[size_t(w)] = 0;
                component.append(w);
            } while (w != v);
            if (component.size() > 1) {
                std::sort(component.begin(), component.end());
                out.append(component);
            }
        }
    };
    for (int v = 0; v < n; ++v) {
        if (index[size_t(v)] < 0)
            visit(v);
    }
    return out;
}

} // namespace

QString Problem::kindName(Kind kind)
{
    static const char *const names[] = {"impossible-option",    "unavailable-on-trims", "requires-cycle-conflict",
                                        "package-conflict",     "package-cycle",        "trim-standard-conflict",
                                        "trim-default-invalid", "empty-required-group", "never-offered"};
    return QString::fromLatin1(names[int(kind)]);
}

RecordIssue Problem::toRecordIssue() const
{
    return {error ? RecordIssue::Severity::Error : RecordIssue::Severity::Warning, list, recordId, kindName(kind), text};
}

bool CatalogConsistency::hasErrors(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.error; });
}

QList<Problem> CatalogConsistency::check(const Catalog &catalog)
{
    QList<Problem> out;
    const RuleGraph g(catalog);
    QSet<QString> ruleIds;
    for (const CatalogRule &rule : catalog.rules)
        ruleIds.insert(rule.id);
    const int n = g.size();

    // Packages, whatever the trim.
    QSet<int> brokenPackages;
    for (int p = 0; p < n; ++p) {
        if (g.option(p).kind != OptionKind::Package)
            continue;
        QList<int> all = g.allContents(p);
        bool cyclic = false;
        for (int c : all)
            cyclic = cyclic || g.allContents(c).contains(p);
        if (cyclic) {
            brokenPackages.insert(p);
            out << problem(Kind::PackageCycle, true, {}, {g.id(p)}, {}, QStringLiteral("options"), g.id(p),
                           QStringLiteral("%1 contains itself through the packages it contains").arg(label(g, p)));
            continue;
        }
        all.prepend(p);
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = i + 1; j < all.size(); ++j) {
                const int a = all.at(i), b = all.at(j);
                const int rule = g.exclusionRule(a, b);
                const int group = g.sharedGroup(a, b);
                if (rule < 0 && group < 0)
                    continue;
                brokenPackages.insert(p);
                const QString why = rule >= 0 ? QStringLiteral("rule %1 excludes them from each other").arg(g.rule(rule).id)
                                              : QStringLiteral("they are both in the %1 group (%2), which allows only one")
                                                    .arg(g.groups().at(group).name, g.groups().at(group).id);
                out << problem(
                    Kind::PackageConflict, true, rule >= 0 ? g.rule(rule).id : g.groups().at(group).id,
                    {g.id(p), g.id(a), g.id(b)}, {}, QStringLiteral("options"), g.id(p),
                    a == p
                        ? QStringLiteral("%1 contains %2, but %3").arg(label(g, p), label(g, b), why)
                        : QStringLiteral("%1 contains both %2 and %3, but %4").arg(label(g, p), label(g, a), label(g, b), why));
            }
        }
    }

    // Cycles of requires: every member brings all the others, so an exclusion or a shared
    // one-of group inside the cycle makes all of them impossible.
    QSet<int> inBrokenCycle;
    for (const QList<int> &cycle : requireCycles(g)) {
        QStringList ids;
        for (int o : cycle)
            ids << g.id(o);
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            for (qsizetype j = i + 1; j < cycle.size(); ++j) {
                const int rule = g.exclusionRule(cycle.at(i), cycle.at(j));
                const int group = g.sharedGroup(cycle.at(i), cycle.at(j));
                if (rule < 0 && group < 0)
                    continue;
                for (int o : cycle)
                    inBrokenCycle.insert(o);
                const QString ruleId = rule >= 0 ? g.rule(rule).id : g.groups().at(group).id;
                out << problem(
                    Kind::RequiresCycleConflict, true, ruleId, ids, {},
                    ruleIds.contains(ruleId) ? QStringLiteral("rules") : QStringLiteral("options"),
                    ruleIds.contains(ruleId) ? ruleId : ids.first(),
                    QStringLiteral(
                        "%1 require each other in a cycle, but %2 keeps %3 and %4 apart: none of them can ever be chosen")
                        .arg(ids.join(QStringLiteral(", ")),
                             rule >= 0 ? QStringLiteral("rule %1").arg(ruleId)
                                       : QStringLiteral("the one-of group %1").arg(ruleId),
                             label(g, cycle.at(i)), label(g, cycle.at(j))));
            }
        }
    }

    // Per trim: standard equipment, defaults, required groups, and every option it offers.
    struct Fate {
        QStringList offeredOn, failedOn;
        Explained firstFailure;
    };
    QList<Fate> fates(n);
    const std::vector<char> nothing(size_t(n), 0);
    for (const RuleGraph::TrimView &t : g.trims()) {
        const Trim &trim = catalog.trims.at(t.trim);
        RuleResolver r(g, t);
        const RuleResolver::Closure standard = r.closure(t.standard, nothing);
        if (!standard.ok) {
            const Explained e = explain(g, standard, t);
            out << problem(Kind::TrimStandardConflict, true, e.ruleId, e.options, {trim.id}, QStringLiteral("trims"), trim.id,
                           QStringLiteral("the standard equipment of %1 breaks the rules: %2").arg(trim.id, e.text));
            continue;
        }
        std::vector<char> base(size_t(n), 0);
        for (int o : standard.items)
            base[size_t(o)] = 1;

        const OptionKind kinds[3] = {OptionKind::Paint, OptionKind::Wheel, OptionKind::Interior};
        const QString fields[3] = {QStringLiteral("paint"), QStringLiteral("wheel"), QStringLiteral("interior")};
        QList<int> defaults;
        for (int slot = 0; slot < 3; ++slot) {
            const int d = t.defaults[slot];
            if (d < 0)
                continue;
            QString why;
            if (g.option(d).kind != kinds[slot]) {
                why = QStringLiteral("%1 is a %2, not a %3")
                          .arg(label(g, d), RuleGraph::kindName(g.option(d).kind), fields[slot]);
            } else if (!r.allowed(d)) {
                why = QStringLiteral("%1 is not offered on this trim").arg(label(g, d));
            } else {
                const RuleResolver::Closure c = r.closure({d}, base);
                if (!c.ok)
                    why = explain(g, c, t).text;
            }
            if (why.isEmpty()) {
                defaults.append(d);
                continue;
            }
            out << problem(Kind::TrimDefaultInvalid, true, {}, {g.id(d)}, {trim.id}, QStringLiteral("trims"), trim.id,
                           QStringLiteral("the default %1 of %2 cannot be on the car: %3").arg(fields[slot], trim.id, why));
        }
        if (defaults.size() > 1) {
            const RuleResolver::Closure c = r.closure(defaults, base);
            if (!c.ok) {
                const Explained e = explain(g, c, t);
                out << problem(Kind::TrimDefaultInvalid, true, e.ruleId, e.options, {trim.id}, QStringLiteral("trims"), trim.id,
                               QStringLiteral("the defaults of %1 cannot be on the car together: %2").arg(trim.id, e.text));
            }
        }

        QList<char> possible(n, 0);
        for (int o = 0; o < n; ++o) {
            if (!t.allowed(o) || t.isStandard[size_t(o)])
                continue;
            if (base[size_t(o)]) {
                possible[o] = 1;
                continue;
            }
            fates[o].offeredOn << trim.id;
            const RuleResolver::Closure c = r.closure({o}, base);
            if (c.ok) {
                possible[o] = 1;
            } else {
                if (fates[o].failedOn.isEmpty())
                    fates[o].firstFailure = explain(g, c, t);
                fates[o].failedOn << trim.id;
            }
        }
        for (const RuleGraph::Group &group : g.groups()) {
            if (!group.required)
                continue;
            bool any = false;
            for (int m : group.members)
                any = any || possible[m] || t.isStandard[size_t(m)];
            if (!any)
                out << problem(Kind::EmptyRequiredGroup, true, group.rule >= 0 ? group.id : QString(), {}, {trim.id},
                               group.rule >= 0 ? QStringLiteral("rules") : QStringLiteral("trims"),
                               group.rule >= 0 ? group.id : trim.id,
                               QStringLiteral("%1 can carry no %2, and every build needs one").arg(trim.id, group.name));
        }
    }

    for (int o = 0; o < n; ++o) {
        const Fate &f = fates.at(o);
        if (inBrokenCycle.contains(o) || brokenPackages.contains(o) || f.failedOn.isEmpty())
            continue;
        const bool never = f.failedOn.size() == f.offeredOn.size();
        const Explained &e = f.firstFailure;
        QStringList options{g.id(o)};
        for (const QString &x : e.options) {
            if (!options.contains(x))
                options << x;
        }
        out << problem(never ? Kind::ImpossibleOption : Kind::UnavailableOnTrims, never, e.ruleId, options, f.failedOn,
                       ruleIds.contains(e.ruleId) ? QStringLiteral("rules") : QStringLiteral("options"),
                       ruleIds.contains(e.ruleId) ? e.ruleId : g.id(o),
                       never ? QStringLiteral("%1 can never be chosen on any trim that offers it (%2): %3")
                                   .arg(label(g, o), f.offeredOn.join(QStringLiteral(", ")), e.text)
                             : QStringLiteral("%1 is offered on %2 but can never be chosen there: %3")
                                   .arg(label(g, o), f.failedOn.join(QStringLiteral(", ")), e.text));
    }
    for (int o = 0; o < n; ++o) {
        bool offered = false;
        for (const RuleGraph::TrimView &t : g.trims())
            offered = offered || t.allowed(o) || t.isStandard[size_t(o)];
        bool contained = !g.containers(o).isEmpty();
        if (!offered && !contained)
            out << problem(
                Kind::NeverOffered, false, {}, {g.id(o)}, {}, QStringLiteral("options"), g.id(o),
                QStringLiteral("%1 is offered on no trim: its models and only-with rules leave every trim out").arg(label(g, o)));
    }
    return out;
}
