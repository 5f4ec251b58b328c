// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/rulegraph.h"
#include "catalog/rulereason.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

/// The mechanics behind RuleEngine: one build's state on one trim and the steps that bring it
/// back within the rules — lock what must stay, drop what conflicts, drop what lost its
/// requirement, fill the required choices, stop charging for what is included. Every step is a
/// bounded pass in catalog order, so the result is deterministic and nothing can loop.
class RuleResolver
{
public:
    /// Why an option came or went, in indices; RuleEngine words it.
    struct Cause {
        RuleReason::Kind kind = RuleReason::Kind::None;
        int rule = -1;  ///< index into Catalog::rules
        int group = -1; ///< index into RuleGraph::groups()
        int other = -1; ///< the other option involved
        int via = -1;   ///< the package content that caused a package conflict
    };

    /// What a set of options needs on the car: themselves, package contents and requirements,
    /// transitively; or why they cannot be on it together with `against`.
    struct Closure {
        bool ok = true;
        QList<int> items;         ///< breadth-first, seeds first; only those not in `against`
        QHash<int, Cause> causes; ///< why each non-seed came in
        Cause failure;            ///< when !ok
        int culprit = -1;         ///< the option that cannot be there
    };

    static constexpr int kByStandard = -2;

    RuleResolver(const RuleGraph &graph, const RuleGraph::TrimView &trim);

    void load(const QStringList &options);
    /// Recomputes `present` and `includedBy` from `chosen` and the trim's standard equipment.
    void refresh();
    /// May the option be on this trim (offered, or standard whatever the rules say)?
    bool allowed(int option) const;

    Closure closure(const QList<int> &seeds, const std::vector<char> &against) const;
    void lock(const Closure &closure);
    /// Drops chosen options (packages with their contents) that cannot be with a locked one.
    void removeConflictsWithLocked();
    /// Chooses every locked option that is not on the car yet.
    void addMissingLocked();
    /// Drops chosen options no longer offered or whose requirements are gone, and chooses again
    /// what must stay if it left with a package; with `addMissing` a missing requirement is
    /// chosen instead when it fits (a trim change keeps the visitor's choices where it can).
    void cascade(bool addMissing);
    /// Gives each empty required group a member: `preferred` (group → option), the trim's
    /// default, then catalog order, banned options last. False when a group stays empty.
    bool fillGroups(const QHash<int, int> &preferred);
    /// Stops charging for what the trim or a chosen package already brings.
    void normalize();

    QStringList chosenIds() const;

    const RuleGraph &graph;
    const RuleGraph::TrimView &trim;
    const int n;
    std::vector<char> chosen, present, locked, banned;
    std::vector<int> includedBy; ///< -1, kByStandard, or the chosen package that brings it
    std::vector<Cause> cause;

private:
    void choose(int option, const Cause &why);
    bool conflictsWithLocked(int option, Cause *why) const;

    QList<int> m_lockOrder;
    QHash<int, Cause> m_lockCause;
};
