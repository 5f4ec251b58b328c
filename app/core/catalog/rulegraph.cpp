// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulegraph.h"

#include <algorithm>

RuleGraph::RuleGraph(const Catalog &catalog)
    : m_catalog(catalog)
{
    const int n = size();
    for (int i = 0; i < n; ++i)
        m_index.insert(id(i), i);
    m_requires.resize(n);
    m_excludes.resize(n);
    m_groupsOf.resize(n);
    m_contents.resize(n);
    m_containers.resize(n);

    for (int i = 0; i < n; ++i) {
        for (const QString &c : option(i).contents) {
            const int j = index(c);
            if (j >= 0 && j != i && !m_contents[i].contains(j)) {
                m_contents[i].append(j);
                m_containers[j].append(i);
            }
        }
    }

    m_allContents.resize(n);
    for (int i = 0; i < n; ++i) {
        QList<int> &all = m_allContents[i];
        all = m_contents.at(i);
        for (qsizetype k = 0; k < all.size(); ++k) {
            for (int c : m_contents.at(all.at(k))) {
                if (c != i && !all.contains(c))
                    all.append(c);
            }
        }
    }

    // Implicit required groups first: they are what every build needs.
    const OptionKind implicitKinds[3] = {OptionKind::Paint, OptionKind::Wheel, OptionKind::Interior};
    for (OptionKind kind : implicitKinds) {
        Group g;
        g.id = g.name = kindName(kind);
        g.required = true;
        for (int i = 0; i < n; ++i) {
            if (option(i).kind == kind)
                g.members.append(i);
        }
        m_groups.append(g);
    }

    QList<QList<int>> onlyWith(n);
    for (int r = 0; r < m_catalog.rules.size(); ++r) {
        const CatalogRule &rule = m_catalog.rules.at(r);
        const int o = index(rule.option);
        switch (rule.type) {
        case RuleType::Requires:
            for (const QString &t : rule.targets) {
                const int j = index(t);
                if (o >= 0 && j >= 0 && j != o)
                    m_requires[o].append({j, r});
            }
            break;
        case RuleType::Excludes:
            for (const QString &t : rule.targets) {
                const int j = index(t);
                if (o >= 0 && j >= 0 && j != o) {
                    m_excludes[o].append({j, r});
                    m_excludes[j].append({o, r});
                }
            }
            break;
        case RuleType::OnlyWith:
            if (o >= 0)
                onlyWith[o].append(r);
            break;
        case RuleType::OneOf: {
            Group g;
            g.id = rule.id;
            g.name = rule.group;
            g.rule = r;
            g.required = rule.required;
            // Members in catalog order, so that filling a required group is deterministic.
            QList<int> members;
            for (const QString &m : rule.options) {
                const int j = index(m);
                if (j >= 0 && !members.contains(j))
                    members.append(j);
            }
            std::sort(members.begin(), members.end());
            g.members = members;
            m_groups.append(g);
            break;
        }
        }
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int m : m_groups.at(g).members)
            m_groupsOf[m].append(g);
    }

    for (int t = 0; t < m_catalog.trims.size(); ++t) {
        const Trim &trim = m_catalog.trims.at(t);
        TrimView v;
        v.trim = t;
        for (int m = 0; m < m_catalog.models.size(); ++m) {
            if (m_catalog.models.at(m).id == trim.model)
                v.model = m;
        }
        v.blocker.assign(size_t(n), kOffered);
        v.isStandard.assign(size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            const CatalogOption &o = option(i);
            if (!o.models.isEmpty() && !o.models.contains(trim.model)) {
                v.blocker[size_t(i)] = kNotOnModel;
                continue;
            }
            // Several only-with rules on one option must all hold; one rule holds with any of
            // its trims or models.
            for (int r : onlyWith.at(i)) {
                const CatalogRule &rule = m_catalog.rules.at(r);
                if (!rule.trims.contains(trim.id) && !rule.models.contains(trim.model)) {
                    v.blocker[size_t(i)] = r;
                    break;
                }
            }
        }
        for (const QString &s : trim.standard) {
            const int i = index(s);
            if (i >= 0 && !v.isStandard[size_t(i)])
                v.isStandard[size_t(i)] = 1;
        }
        for (int i = 0; i < n; ++i) {
            if (v.isStandard[size_t(i)])
                v.standard.append(i);
        }
        v.defaults[0] = index(trim.defaultPaint);
        v.defaults[1] = index(trim.defaultWheel);
        v.defaults[2] = index(trim.defaultInterior);
        m_trimIndex.insert(trim.id, int(m_trims.size()));
        m_trims.append(v);
    }
}

const RuleGraph::TrimView *RuleGraph::trim(const QString &trimId) const
{
    const auto it = m_trimIndex.constFind(trimId);
    return it == m_trimIndex.constEnd() ? nullptr : &m_trims.at(*it);
}

int RuleGraph::exclusionRule(int a, int b) const
{
    for (const Edge &e : m_excludes.at(a)) {
        if (e.option == b)
            return e.rule;
    }
    return -1;
}

int RuleGraph::sharedGroup(int a, int b) const
{
    if (a == b)
        return -1;
    for (int g : m_groupsOf.at(a)) {
        if (m_groupsOf.at(b).contains(g))
            return g;
    }
    return -1;
}

int RuleGraph::slotOf(OptionKind kind)
{
    switch (kind) {
    case OptionKind::Paint:
        return 0;
    case OptionKind::Wheel:
        return 1;
    case OptionKind::Interior:
        return 2;
    default:
        return -1;
    }
}

QString RuleGraph::kindName(OptionKind kind)
{
    switch (kind) {
    case OptionKind::Paint:
        return QStringLiteral("paint");
    case OptionKind::Wheel:
        return QStringLiteral("wheel");
    case OptionKind::Interior:
        return QStringLiteral("interior");
    case OptionKind::Package:
        return QStringLiteral("package");
    case OptionKind::Equipment:
        return QStringLiteral("option");
    }
    return {};
}
