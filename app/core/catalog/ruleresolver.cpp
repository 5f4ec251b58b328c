// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleresolver.h"

#include <algorithm>

using Kind = RuleReason::Kind;

RuleResolver::RuleResolver(const RuleGraph &g, const RuleGraph::TrimView &t)
    : graph(g)
    , trim(t)
    , n(g.size())
    , chosen(size_t(n), 0)
    , present(size_t(n), 0)
    , locked(size_t(n), 0)
    , banned(size_t(n), 0)
    , includedBy(size_t(n), -1)
    , cause(size_t(n))
{
}

void RuleResolver::load(const QStringList &options)
{
    for (const QString &id : options) {
        const int o = graph.index(id);
        if (o >= 0)
            chosen[size_t(o)] = 1;
    }
    refresh();
}

void RuleResolver::refresh()
{
    std::fill(present.begin(), present.end(), 0);
    std::fill(includedBy.begin(), includedBy.end(), -1);
    for (int s : trim.standard) {
        present[size_t(s)] = 1;
        for (int c : graph.allContents(s)) {
            present[size_t(c)] = 1;
            if (includedBy[size_t(c)] == -1)
                includedBy[size_t(c)] = kByStandard;
        }
    }
    for (int y = 0; y < n; ++y) {
        if (!chosen[size_t(y)])
            continue;
        present[size_t(y)] = 1;
        for (int c : graph.allContents(y)) {
            present[size_t(c)] = 1;
            if (includedBy[size_t(c)] == -1)
                includedBy[size_t(c)] = y;
        }
    }
}

bool RuleResolver::allowed(int option) const
{
    return trim.allowed(option) || trim.isStandard[size_t(option)];
}

RuleResolver::Closure RuleResolver::closure(const QList<int> &seeds, const std::vector<char> &against) const
{
    Closure c;
    std::vector<char> mark(size_t(n), 0);
    const auto take = [&](int o, const Cause &why, bool seed) {
        if (against[size_t(o)] || mark[size_t(o)])
            return;
        mark[size_t(o)] = 1;
        c.items.append(o);
        if (!seed)
            c.causes.insert(o, why);
    };
    for (int s : seeds)
        take(s, {}, true);
    for (qsizetype k = 0; k < c.items.size(); ++k) {
        const int o = c.items.at(k);
        if (!allowed(o)) {
            c.ok = false;
            c.culprit = o;
            const int blocker = trim.blocker[size_t(o)];
            c.failure = {Kind::NotOffered, blocker >= 0 ? blocker : -1, -1, c.causes.value(o).other, -1};
            return c;
        }
        for (int ct : graph.contents(o))
            take(ct, {Kind::PackageContent, -1, -1, o, -1}, false);
        for (const RuleGraph::Edge &e : graph.requirements(o))
            take(e.option, {Kind::Requires, e.rule, -1, o, -1}, false);
    }
    const auto inSet = [&](int o) { return against[size_t(o)] || mark[size_t(o)]; };
    for (int o : c.items) {
        for (const RuleGraph::Edge &e : graph.exclusions(o)) {
            if (inSet(e.option)) {
                c.ok = false;
                c.culprit = o;
                c.failure = {Kind::Excludes, e.rule, -1, e.option, -1};
                return c;
            }
        }
        for (int g : graph.groupsOf(o)) {
            for (int m : graph.groups().at(g).members) {
                if (m != o && inSet(m)) {
                    c.ok = false;
                    c.culprit = o;
                    c.failure = {Kind::OneOf, graph.groups().at(g).rule, g, m, -1};
                    return c;
                }
            }
        }
    }
    return c;
}

void RuleResolver::lock(const Closure &closure)
{
    for (int o : closure.items) {
        if (locked[size_t(o)])
            continue;
        locked[size_t(o)] = 1;
        m_lockOrder.append(o);
        m_lockCause.insert(o, closure.causes.value(o));
    }
}

bool RuleResolver::conflictsWithLocked(int y, Cause *why) const
{
    QList<int> brought{y};
    brought += graph.allContents(y);
    for (int z : brought) {
        if (locked[size_t(z)])
            continue;
        const int via = z == y ? -1 : z;
        for (const RuleGraph::Edge &e : graph.exclusions(z)) {
            if (locked[size_t(e.option)]) {
                *why = {via < 0 ? Kind::Excludes : Kind::PackageConflict, e.rule, -1, e.option, via};
                return true;
            }
        }
        for (int g : graph.groupsOf(z)) {
            for (int m : graph.groups().at(g).members) {
                if (m != z && locked[size_t(m)]) {
                    *why = {via < 0 ? Kind::OneOf : Kind::PackageConflict, graph.groups().at(g).rule, g, m, via};
                    return true;
                }
            }
        }
    }
    return false;
}

void RuleResolver::removeConflictsWithLocked()
{
    for (int y = 0; y < n; ++y) {
        Cause why;
        if (chosen[size_t(y)] && !locked[size_t(y)] && conflictsWithLocked(y, &why)) {
            chosen[size_t(y)] = 0;
            cause[size_t(y)] = why;
        }
    }
    refresh();
}

void RuleResolver::choose(int option, const Cause &why)
{
    chosen[size_t(option)] = 1;
    present[size_t(option)] = 1;
    for (int c : graph.allContents(option))
        present[size_t(c)] = 1;
    cause[size_t(option)] = why;
}

void RuleResolver::addMissingLocked()
{
    refresh();
    bool added = false;
    for (int o : std::as_const(m_lockOrder)) {
        if (!present[size_t(o)]) {
            // Keep a cause set earlier in this operation (the visitor's own choice, a default).
            choose(o, cause[size_t(o)].kind == Kind::None ? m_lockCause.value(o) : cause[size_t(o)]);
            added = true;
        }
    }
    if (added)
        refresh();
}

void RuleResolver::cascade(bool addMissing)
{
    // Each pass removes or adds at least one option or ends the loop; n + 1 passes bound it
    // even on a catalog whose rules contradict each other.
    for (int pass = 0; pass <= n; ++pass) {
        refresh();
        bool changed = false;
        for (int y = 0; y < n; ++y) {
            if (!chosen[size_t(y)] || locked[size_t(y)])
                continue;
            Cause why;
            QList<int> brought{y};
            brought += graph.allContents(y);
            for (int z : brought) {
                const int via = z == y ? -1 : z;
                if (!allowed(z)) {
                    const int blocker = trim.blocker[size_t(z)];
                    why = {Kind::NotOffered, blocker >= 0 ? blocker : -1, -1, -1, via};
                    break;
                }
                for (const RuleGraph::Edge &e : graph.requirements(z)) {
                    if (present[size_t(e.option)])
                        continue;
                    if (addMissing) {
                        const Closure c = closure({e.option}, present);
                        if (c.ok) {
                            for (int o : c.items)
                                choose(o, o == e.option ? Cause{Kind::Requires, e.rule, -1, z, -1} : c.causes.value(o));
                            changed = true;
                            continue;
                        }
                    }
                    why = {Kind::RequirementLost, e.rule, -1, e.option, via};
                    break;
                }
                if (why.kind != Kind::None)
                    break;
            }
            if (why.kind != Kind::None) {
                chosen[size_t(y)] = 0;
                cause[size_t(y)] = why;
                changed = true;
            }
        }
        if (!changed)
            break;
        // What must stay may have left with a package that just went: choose it on its own.
        addMissingLocked();
    }
    refresh();
}

bool RuleResolver::fillGroups(const QHash<int, int> &preferred)
{
    const QList<RuleGraph::Group> &groups = graph.groups();
    bool complete = true;
    // A forced fill may drop options and so empty a group filled before it: start over then,
    // at most once per group, since every filled member is locked.
    for (int round = 0; round <= groups.size(); ++round) {
        complete = true;
        bool restart = false;
        for (int g = 0; g < groups.size() && !restart; ++g) {
            const RuleGraph::Group &group = groups.at(g);
            if (!group.required)
                continue;
            refresh();
            bool filled = false;
            for (int m : group.members)
                filled = filled || present[size_t(m)];
            if (filled)
                continue;
            QList<int> candidates;
            const int slot = group.rule == RuleGraph::kImplicit && !group.members.isEmpty()
                ? RuleGraph::slotOf(graph.option(group.members.first()).kind)
                : -1;
            const int wanted = preferred.value(g, -1);
            const int fallback = slot >= 0 ? trim.defaults[slot] : -1;
            for (int c : {wanted, fallback}) {
                if (c >= 0 && group.members.contains(c))
                    candidates.append(c);
            }
            for (int m : group.members) {
                if (!candidates.contains(m))
                    candidates.append(m);
            }
            QList<int> ordered;
            for (int c : std::as_const(candidates)) {
                if (allowed(c))
                    ordered.append(c);
            }
            const auto because = [&](int c) {
                return Cause{c == wanted || c == fallback ? Kind::Default : Kind::RequiredChoice, group.rule, g, -1, -1};
            };
            // What the visitor just removed comes back only when nothing else fits.
            const auto touchesBanned = [&](const Closure &cl) {
                return std::any_of(cl.items.cbegin(), cl.items.cend(), [&](int o) { return bool(banned[size_t(o)]); });
            };
            for (int pass = 0; pass < 2 && !filled; ++pass) {
                for (int c : std::as_const(ordered)) {
                    const Closure cl = closure({c}, present);
                    if (!cl.ok || touchesBanned(cl) != bool(pass))
                        continue;
                    for (int o : cl.items)
                        choose(o, o == c ? because(c) : cl.causes.value(o));
                    lock(cl);
                    filled = true;
                    break;
                }
            }
            if (filled)
                continue;
            for (int pass = 0; pass < 2 && !restart; ++pass) {
                for (int c : std::as_const(ordered)) {
                    const Closure cl = closure({c}, locked);
                    if (!cl.ok || touchesBanned(cl) != bool(pass))
                        continue;
                    lock(cl);
                    cause[size_t(c)] = because(c);
                    removeConflictsWithLocked();
                    addMissingLocked();
                    cascade(false);
                    restart = true;
                    break;
                }
            }
            if (!restart)
                complete = false;
        }
        if (!restart)
            break;
    }
    refresh();
    return complete;
}

void RuleResolver::normalize()
{
    refresh();
    for (int y = 0; y < n; ++y) {
        if (!chosen[size_t(y)])
            continue;
        const int by = includedBy[size_t(y)];
        if (!trim.isStandard[size_t(y)] && (by == -1 || by == y))
            continue;
        chosen[size_t(y)] = 0;
        refresh();
        if (!present[size_t(y)]) {
            // Packages that contain each other: keep the first one charged.
            chosen[size_t(y)] = 1;
            refresh();
            continue;
        }
        cause[size_t(y)] = trim.isStandard[size_t(y)] ? Cause{Kind::Standard, -1, -1, -1, -1}
                                                      : Cause{Kind::PackageContent, -1, -1, by, -1};
    }
}

QStringList RuleResolver::chosenIds() const
{
    QStringList out;
    for (int y = 0; y < n; ++y) {
        if (chosen[size_t(y)])
            out.append(graph.id(y));
    }
    return out;
}
