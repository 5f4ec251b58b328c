// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QList>
#include <QString>

#include <vector>

/// The catalog's options and rules as integer-indexed adjacency lists, built once per catalog
/// snapshot, so that resolving a choice or checking the catalog never searches strings.
class RuleGraph
{
public:
    static constexpr int kImplicit = -1;   ///< the rule of the implicit paint, wheel and interior groups
    static constexpr int kOffered = -2;    ///< TrimView::blocker: the option may be on this trim
    static constexpr int kNotOnModel = -1; ///< TrimView::blocker: the option's `models` leave this model out

    struct Edge {
        int option = -1;
        int rule = -1; ///< index into Catalog::rules
    };

    struct Group {
        QString id;   ///< the one-of rule's id, or "paint" / "wheel" / "interior"
        QString name; ///< the group's name in the catalog ("steering"), or the kind
        int rule = kImplicit;
        bool required = false;
        QList<int> members; ///< catalog order
    };

    /// What one trim allows and brings.
    struct TrimView {
        int trim = -1;                  ///< index into Catalog::trims
        int model = -1;                 ///< index into Catalog::models
        std::vector<int> blocker;       ///< per option: kOffered, kNotOnModel or the only-with rule that keeps it off
        std::vector<char> isStandard;   ///< per option
        QList<int> standard;            ///< catalog order
        int defaults[3] = {-1, -1, -1}; ///< paint, wheel, interior
        bool allowed(int option) const { return blocker[size_t(option)] == kOffered; }
    };

    explicit RuleGraph(const Catalog &catalog);
    RuleGraph(const RuleGraph &) = delete;
    RuleGraph &operator=(const RuleGraph &) = delete;

    const Catalog &catalog() const { return m_catalog; }
    int size() const { return int(m_catalog.options.size()); }
    int index(const QString &optionId) const { return m_index.value(optionId, -1); }
    const CatalogOption &option(int i) const { return m_catalog.options.at(i); }
    const QString &id(int i) const { return m_catalog.options.at(i).id; }
    const CatalogRule &rule(int r) const { return m_catalog.rules.at(r); }

    const QList<Edge> &requirements(int i) const { return m_requires.at(i); }
    const QList<Edge> &exclusions(int i) const { return m_excludes.at(i); } ///< both directions
    const QList<int> &groupsOf(int i) const { return m_groupsOf.at(i); }
    const QList<Group> &groups() const { return m_groups; }
    const QList<int> &contents(int i) const { return m_contents.at(i); } ///< direct contents
    /// Everything a package brings, nested packages' contents too (never the option itself).
    const QList<int> &allContents(int i) const { return m_allContents.at(i); }
    const QList<int> &containers(int i) const { return m_containers.at(i); } ///< packages directly containing it

    const TrimView *trim(const QString &trimId) const;
    const QList<TrimView> &trims() const { return m_trims; }

    /// The excludes rule between two options, or -1.
    int exclusionRule(int a, int b) const;
    /// A one-of group holding both options, or -1.
    int sharedGroup(int a, int b) const;
    /// 0, 1, 2 for paint, wheel, interior; -1 for the rest.
    static int slotOf(OptionKind kind);
    static QString kindName(OptionKind kind);

private:
    Catalog m_catalog; // a cheap implicitly shared copy: the graph never dangles
    QHash<QString, int> m_index;
    QHash<QString, int> m_trimIndex;
    QList<QList<Edge>> m_requires, m_excludes;
    QList<QList<int>> m_groupsOf, m_contents, m_allContents, m_containers;
    QList<Group> m_groups;
    QList<TrimView> m_trims;
};
