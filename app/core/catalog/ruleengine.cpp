// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleengine.h"

#include "catalog/rulegraph.h"
#include "catalog/ruleresolver.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcCatalog, "vitrine.catalog")

using Kind = RuleReason::Kind;
using Cause = RuleResolver::Cause;
using TrimView = RuleGraph::TrimView;

namespace {

QString ruleTypeName(RuleType type)
{
    switch (type) {
    case RuleType::Requires:
        return QStringLiteral("requires");
    case RuleType::Excludes:
        return QStringLiteral("excludes");
    case RuleType::OnlyWith:
        return QStringLiteral("only-with");
    case RuleType::OneOf:
        return QStringLiteral("one-of");
    }
    return {};
}

/// Words a cause for people (English, for logs and vitrinectl) and for machines.
class Describer
{
public:
    Describer(const RuleGraph &graph, const TrimView &trim, const TrimView *previous)
        : g(graph)
        , t(trim)
        , prev(previous)
    {
    }

    QString name(int o) const { return o >= 0 ? g.option(o).name.english() : QString(); }

    QString trimName(const TrimView *v) const
    {
        if (!v)
            return QStringLiteral("previous");
        const Catalog &c = g.catalog();
        const QString model = v->model >= 0 ? c.models.at(v->model).name.english() : QString();
        return (model + QLatin1Char(' ') + c.trims.at(v->trim).name.english()).trimmed();
    }

    QString groupLabel(int group) const
    {
        const RuleGraph::Group &grp = g.groups().at(group);
        return grp.rule == RuleGraph::kImplicit ? grp.name : grp.name + QStringLiteral(" choice");
    }

    void setRule(RuleReason *r, int rule) const
    {
        if (rule < 0)
            return;
        r->ruleId = g.rule(rule).id;
        r->ruleType = ruleTypeName(g.rule(rule).type);
    }

    void setGroup(RuleReason *r, int group) const
    {
        if (group < 0)
            return;
        r->ruleId = g.groups().at(group).id;
        r->ruleType = QStringLiteral("one-of");
    }

    RuleReason reason(int o, const Cause &c) const
    {
        RuleReason r;
        r.kind = c.kind;
        const QString self = name(o), other = name(c.other), via = name(c.via);
        if (c.other >= 0)
            r.options << g.id(c.other);
        if (c.via >= 0)
            r.options << g.id(c.via);
        switch (c.kind) {
        case Kind::None:
            break;
        case Kind::Chosen:
            r.text = QStringLiteral("You chose %1.").arg(self);
            break;
        case Kind::Deselected:
            r.text = c.other >= 0 ? QStringLiteral("%2 comes only as part of %1, so %1 is removed.").arg(self, other)
                                  : QStringLiteral("You removed %1.").arg(self);
            break;
        case Kind::Requires:
            setRule(&r, c.rule);
            r.text = QStringLiteral("%1 needs %2 (rule %3).").arg(other, self, r.ruleId);
            break;
        case Kind::RequirementLost:
            setRule(&r, c.rule);
            r.text = c.via >= 0
                ? QStringLiteral("%1 contains %2, which needs %3, no longer part of the build (rule %4).")
                      .arg(self, via, other, r.ruleId)
                : QStringLiteral("%1 needs %2, which is no longer part of the build (rule %3).").arg(self, other, r.ruleId);
            break;
        case Kind::Excludes:
            setRule(&r, c.rule);
            r.text = QStringLiteral("%1 cannot be combined with %2 (rule %3).").arg(self, other, r.ruleId);
            break;
        case Kind::OneOf:
            setGroup(&r, c.group);
            r.text = QStringLiteral("Only one %1 at a time: %2 takes the place of %3.").arg(groupLabel(c.group), other, self);
            break;
        case Kind::PackageConflict:
            if (c.group >= 0) {
                setGroup(&r, c.group);
                r.text = QStringLiteral("%1 contains %2, and only one %3 is possible: %4 is on the build.")
                             .arg(self, via, groupLabel(c.group), other);
            } else {
                setRule(&r, c.rule);
                r.text = QStringLiteral("%1 contains %2, which cannot be combined with %3 (rule %4).")
                             .arg(self, via, other, r.ruleId);
            }
            break;
        case Kind::PackageContent:
            r.ruleId = QStringLiteral("package:") + g.id(c.other);
            r.ruleType = QStringLiteral("package");
            r.text = QStringLiteral("Included in %1.").arg(other);
            break;
        case Kind::PackageRemoved:
            r.ruleId = QStringLiteral("package:") + g.id(c.other);
            r.ruleType = QStringLiteral("package");
            r.text = QStringLiteral("Part of %1, which is removed.").arg(other);
            break;
        case Kind::Standard:
            r.ruleId = QStringLiteral("standard:") + g.catalog().trims.at(t.trim).id;
            r.ruleType = QStringLiteral("standard");
            r.text = QStringLiteral("Standard on the %1.").arg(trimName(&t));
            break;
        case Kind::NoLongerStandard:
            r.ruleId = QStringLiteral("standard:") + (prev ? g.catalog().trims.at(prev->trim).id : QString());
            r.ruleType = QStringLiteral("standard");
            r.text = QStringLiteral("Standard on the %1, not on the %2.").arg(trimName(prev), trimName(&t));
            break;
        case Kind::NotOffered: {
            const int subject = c.via >= 0 ? c.via : o;
            if (c.rule >= 0) {
                setRule(&r, c.rule);
                const CatalogRule &rule = g.rule(c.rule);
                r.offeredWith = rule.trims + rule.models;
                QStringList names;
                for (const QString &trim : rule.trims) {
                    const TrimView *v = g.trim(trim);
                    names << (v ? trimName(v) : trim);
                }
                for (const QString &model : rule.models) {
                    const CarModel *m = g.catalog().model(model);
                    names << (m ? m->name.english() : model);
                }
                r.text = QStringLiteral("%1 is offered only with %2 (rule %3).")
                             .arg(name(subject), names.join(QStringLiteral(", ")), r.ruleId);
            } else {
                r.ruleId = QStringLiteral("models:") + g.id(subject);
                r.ruleType = QStringLiteral("models");
                r.offeredWith = g.option(subject).models;
                const QString model = t.model >= 0 ? g.catalog().models.at(t.model).name.english() : QString();
                r.text = QStringLiteral("%1 is not offered on the %2.").arg(name(subject), model);
            }
            if (c.via >= 0)
                r.text = QStringLiteral("%1 contains %2. ").arg(self, via) + r.text;
            if (c.other >= 0 && c.via < 0)
                r.text = QStringLiteral("%1 needs it: ").arg(other) + r.text;
            break;
        }
        case Kind::Default: {
            r.ruleId = QStringLiteral("default:") + g.catalog().trims.at(t.trim).id;
            r.ruleType = QStringLiteral("default");
            const QString kind = RuleGraph::kindName(g.option(o).kind);
            r.text = c.other >= 0 ? QStringLiteral("%1 is the %2's default %3.").arg(other, trimName(&t), kind)
                                  : QStringLiteral("The %1's default %2.").arg(trimName(&t), kind);
            break;
        }
        case Kind::RequiredChoice:
            setGroup(&r, c.group);
            r.text = QStringLiteral("A %1 is always needed.").arg(c.group >= 0 ? groupLabel(c.group) : QStringLiteral("choice"));
            break;
        case Kind::Unknown:
            r.text = QStringLiteral("\"%1\" is not in the catalog.").arg(o >= 0 ? g.id(o) : QString());
            break;
        }
        return r;
    }

    const RuleGraph &g;
    const TrimView &t;
    const TrimView *prev;
};

RuleReason unknown(const QString &what, const QString &id)
{
    RuleReason r;
    r.kind = Kind::Unknown;
    r.options << id;
    r.text = QStringLiteral("There is no %1 \"%2\" in the catalog.").arg(what, id);
    return r;
}

QString modelOf(const RuleGraph &g, const TrimView &t)
{
    return t.model >= 0 ? g.catalog().models.at(t.model).id : g.catalog().trims.at(t.trim).model;
}

} // namespace

RuleEngine::RuleEngine(const Catalog &catalog, const QString &market)
    : m_graph(std::make_shared<RuleGraph>(catalog))
    , m_market(market)
{
}

RuleEngine::~RuleEngine() = default;
RuleEngine::RuleEngine(const RuleEngine &) = default;
RuleEngine &RuleEngine::operator=(const RuleEngine &) = default;

const Catalog &RuleEngine::catalog() const
{
    return m_graph->catalog();
}

qint64 RuleEngine::optionPriceMinor(const QString &option) const
{
    const CatalogOption *o = catalog().option(option);
    return o ? o->pricesMinor.value(m_market, 0) : 0;
}

qint64 RuleEngine::trimPriceMinor(const QString &trim) const
{
    const Trim *t = catalog().trim(trim);
    return t ? t->pricesMinor.value(m_market, 0) : 0;
}

QString RuleEngine::Change::actionName(Action action)
{
    switch (action) {
    case Action::Added:
        return QStringLiteral("added");
    case Action::Removed:
        return QStringLiteral("removed");
    case Action::NowIncluded:
        return QStringLiteral("now-included");
    case Action::NowCharged:
        return QStringLiteral("now-charged");
    }
    return {};
}

QString RuleEngine::Violation::kindName(Kind kind)
{
    static const char *const names[] = {"unknown-trim", "unknown-option",      "not-offered", "missing-choice",
                                        "too-many",     "missing-requirement", "excluded",    "charged-twice"};
    return QString::fromLatin1(names[int(kind)]);
}

RuleEngine::Outcome RuleEngine::refuse(const Configuration &configuration, RuleReason reason) const
{
    Outcome o;
    o.accepted = false;
    o.note = std::move(reason);
    o.before = o.after = configuration;
    return o;
}

std::optional<Configuration> RuleEngine::defaultConfiguration(const QString &trimId) const
{
    const RuleGraph &g = *m_graph;
    const TrimView *t = g.trim(trimId);
    if (!t)
        return std::nullopt;
    RuleResolver r(g, *t);
    const RuleResolver::Closure base = r.closure(t->standard, r.locked);
    if (base.ok)
        r.lock(base);
    r.addMissingLocked();
    for (int d : t->defaults) {
        if (d < 0 || !r.allowed(d) || r.present[size_t(d)])
            continue;
        const RuleResolver::Closure c = r.closure({d}, r.present);
        if (!c.ok)
            continue;
        r.lock(c);
        r.addMissingLocked();
    }
    r.fillGroups({});
    r.normalize();
    return Configuration{modelOf(g, *t), trimId, r.chosenIds()};
}

RuleEngine::Outcome RuleEngine::select(const Configuration &configuration, const QString &option) const
{
    const RuleGraph &g = *m_graph;
    const TrimView *t = g.trim(configuration.trim);
    if (!t)
        return refuse(configuration, unknown(QStringLiteral("trim"), configuration.trim));
    const int x = g.index(option);
    if (x < 0)
        return refuse(configuration, unknown(QStringLiteral("option"), option));
    RuleResolver r(g, *t);
    r.load(configuration.options);
    const Describer words(g, *t, nullptr);
    if (r.present[size_t(x)]) {
        Outcome o = refuse(configuration, {});
        o.accepted = true;
        const int by = r.includedBy[size_t(x)];
        o.note = r.chosen[size_t(x)] ? words.reason(x, {Kind::Chosen})
            : (t->isStandard[size_t(x)] || by == RuleResolver::kByStandard)
            ? words.reason(x, {Kind::Standard})
            : words.reason(x, {Kind::PackageContent, -1, -1, by, -1});
        return o;
    }
    if (!t->allowed(x)) {
        const int blocker = t->blocker[size_t(x)];
        return refuse(configuration, words.reason(x, {Kind::NotOffered, blocker >= 0 ? blocker : -1}));
    }
    const RuleResolver::Closure base = r.closure(t->standard, r.locked);
    if (!base.ok)
        return refuse(configuration, words.reason(base.culprit, base.failure));
    r.lock(base);
    const RuleResolver::Closure wanted = r.closure({x}, r.locked);
    if (!wanted.ok) {
        RuleReason why = words.reason(wanted.culprit, wanted.failure);
        why.text = QStringLiteral("%1 cannot be chosen on the %2: %3").arg(words.name(x), words.trimName(t), why.text);
        if (!why.options.contains(g.id(wanted.culprit)))
            why.options.prepend(g.id(wanted.culprit));
        return refuse(configuration, why);
    }
    r.lock(wanted);
    r.cause[size_t(x)] = {Kind::Chosen};
    r.removeConflictsWithLocked();
    r.addMissingLocked();
    r.cascade(false);
    r.addMissingLocked();
    r.fillGroups({});
    r.normalize();
    return finish(configuration, r, x, wanted.items + base.items);
}

RuleEngine::Outcome RuleEngine::deselect(const Configuration &configuration, const QString &option) const
{
    const RuleGraph &g = *m_graph;
    const TrimView *t = g.trim(configuration.trim);
    if (!t)
        return refuse(configuration, unknown(QStringLiteral("trim"), configuration.trim));
    const int x = g.index(option);
    if (x < 0)
        return refuse(configuration, unknown(QStringLiteral("option"), option));
    RuleResolver r(g, *t);
    r.load(configuration.options);
    const Describer words(g, *t, nullptr);
    if (!r.present[size_t(x)]) {
        Outcome o = refuse(configuration, {});
        o.accepted = true;
        o.note.text = QStringLiteral("%1 is not part of this build.").arg(words.name(x));
        return o;
    }
    if (t->isStandard[size_t(x)]) {
        RuleReason why = words.reason(x, {Kind::Standard});
        why.text = QStringLiteral("%1 cannot be removed: it is standard on the %2.").arg(words.name(x), words.trimName(t));
        return refuse(configuration, why);
    }
    const RuleResolver::Closure base = r.closure(t->standard, r.locked);
    if (!base.ok)
        return refuse(configuration, words.reason(base.culprit, base.failure));
    r.lock(base);
    if (r.locked[size_t(x)]) {
        RuleReason why = words.reason(x, base.causes.value(x));
        why.text = QStringLiteral("%1 cannot be removed: the %2 needs it. %3").arg(words.name(x), words.trimName(t), why.text);
        return refuse(configuration, why);
    }
    if (r.chosen[size_t(x)]) {
        for (int grp : g.groupsOf(x)) {
            if (g.groups().at(grp).required) {
                RuleReason why = words.reason(x, {Kind::RequiredChoice, -1, grp});
                why.text = QStringLiteral("A %1 is always needed: choose another one instead of removing %2.")
                               .arg(words.groupLabel(grp), words.name(x));
                return refuse(configuration, why);
            }
        }
        r.chosen[size_t(x)] = 0;
        r.cause[size_t(x)] = {Kind::Deselected};
    } else {
        // A package's content leaves only with its package.
        for (int p = 0; p < g.size(); ++p) {
            if (r.chosen[size_t(p)] && g.allContents(p).contains(x)) {
                r.chosen[size_t(p)] = 0;
                r.cause[size_t(p)] = {Kind::Deselected, -1, -1, x, -1};
                r.banned[size_t(p)] = 1;
            }
        }
        r.cause[size_t(x)] = {Kind::Deselected};
    }
    r.banned[size_t(x)] = 1;
    r.refresh();
    r.addMissingLocked();
    r.cascade(false);
    r.fillGroups({});
    r.normalize();
    if (r.present[size_t(x)]) {
        // Every member a required choice could take needs it back.
        RuleReason why = words.reason(x, {Kind::RequiredChoice, -1, r.cause[size_t(x)].group, -1, -1});
        why.text = QStringLiteral("%1 cannot be removed: %2").arg(words.name(x), why.text);
        return refuse(configuration, why);
    }
    return finish(configuration, r, x, base.items);
}

RuleEngine::Outcome RuleEngine::changeTrim(const Configuration &configuration, const QString &trim) const
{
    const RuleGraph &g = *m_graph;
    const TrimView *to = g.trim(trim);
    if (!to)
        return refuse(configuration, unknown(QStringLiteral("trim"), trim));
    if (trim == configuration.trim) {
        Outcome o = refuse(configuration, {});
        o.accepted = true;
        return o;
    }
    const TrimView *from = g.trim(configuration.trim);
    RuleResolver r(g, *to);
    r.load(configuration.options);
    const Describer words(g, *to, from);
    // Untouched defaults follow the new trim: the Plus trim's own paint, not the Core's.
    QHash<int, int> preferred;
    for (int slot = 0; slot < 3; ++slot) {
        const int was = from ? from->defaults[slot] : -1;
        const int now = to->defaults[slot];
        if (now >= 0)
            preferred.insert(slot, now);
        if (was >= 0 && now >= 0 && was != now && r.chosen[size_t(was)] && to->allowed(now)) {
            r.chosen[size_t(was)] = 0;
            r.cause[size_t(was)] = {Kind::Default, -1, slot, now, -1};
        }
    }
    r.refresh();
    const RuleResolver::Closure base = r.closure(to->standard, r.locked);
    if (!base.ok)
        return refuse(configuration, words.reason(base.culprit, base.failure));
    r.lock(base);
    r.removeConflictsWithLocked();
    r.addMissingLocked();
    r.cascade(true);
    r.fillGroups(preferred);
    r.normalize();
    return finish(configuration, r, -1, base.items);
}

RuleEngine::Outcome RuleEngine::finish(const Configuration &before, RuleResolver &r, int primary, const QList<int> &keep) const
{
    const RuleGraph &g = *m_graph;
    const TrimView &t = r.trim;
    const QString trimId = g.catalog().trims.at(t.trim).id;
    Configuration after{modelOf(g, t), trimId, r.chosenIds()};
    QList<Violation> problems = validate(after);
    if (!problems.isEmpty()) {
        // Only a catalog whose rules contradict each other gets here (CatalogConsistency
        // reports it): start again from what must stay, and refuse if even that fails.
        qCWarning(lcCatalog) << "rule resolution needed a rebuild on" << trimId << ":" << problems.first().text;
        RuleResolver fresh(g, t);
        RuleResolver::Closure must = fresh.closure(keep, fresh.locked);
        if (must.ok)
            fresh.lock(must);
        fresh.addMissingLocked();
        for (int y = 0; y < g.size(); ++y)
            fresh.cause[size_t(y)] = r.cause[size_t(y)];
        fresh.fillGroups({});
        fresh.normalize();
        after.options = fresh.chosenIds();
        problems = validate(after);
        if (!problems.isEmpty()) {
            RuleReason why;
            why.kind = Kind::RequiredChoice;
            why.ruleId = problems.first().ruleId;
            why.options = problems.first().options;
            why.text = QStringLiteral("No valid build exists for this choice: %1").arg(problems.first().text);
            return refuse(before, why);
        }
        r.chosen = fresh.chosen;
        r.cause = fresh.cause;
        r.refresh();
    }

    Outcome o;
    o.before = before;
    o.after = after;
    const TrimView *was = g.trim(before.trim);
    RuleResolver b(g, was ? *was : t);
    b.load(before.options);
    const Describer words(g, t, was);
    o.trimDeltaMinor = trimPriceMinor(after.trim) - trimPriceMinor(before.trim);
    o.totalDeltaMinor = o.trimDeltaMinor;

    QList<int> order;
    if (primary >= 0)
        order << primary;
    for (int i = 0; i < g.size(); ++i) {
        if (i != primary)
            order << i;
    }
    using Action = Change::Action;
    for (int i : std::as_const(order)) {
        const bool bp = b.present[size_t(i)], ap = r.present[size_t(i)];
        const bool bc = b.chosen[size_t(i)], ac = r.chosen[size_t(i)];
        Change c;
        c.option = g.id(i);
        const qint64 price = optionPriceMinor(c.option);
        Cause why = r.cause[size_t(i)];
        const auto inclusion = [&](const RuleResolver &s, const TrimView &v, Kind standard, Kind package) {
            const int by = s.includedBy[size_t(i)];
            return v.isStandard[size_t(i)] || by == RuleResolver::kByStandard || by < 0 ? Cause{standard}
                                                                                        : Cause{package, -1, -1, by, -1};
        };
        if (ap && !bp) {
            c.action = Action::Added;
            c.priceDeltaMinor = ac ? price : 0;
            if (!ac)
                why = inclusion(r, t, Kind::Standard, Kind::PackageContent);
            else if (why.kind == Kind::None)
                why = {Kind::Chosen};
        } else if (bp && !ap) {
            c.action = Action::Removed;
            c.priceDeltaMinor = bc ? -price : 0;
            if (i == primary)
                why = {Kind::Deselected};
            else if (!bc)
                why = inclusion(b, was ? *was : t, Kind::NoLongerStandard, Kind::PackageRemoved);
        } else if (ap && bc && !ac) {
            c.action = Action::NowIncluded;
            c.priceDeltaMinor = -price;
            why = inclusion(r, t, Kind::Standard, Kind::PackageContent);
        } else if (ap && !bc && ac) {
            c.action = Action::NowCharged;
            c.priceDeltaMinor = price;
            if (why.kind == Kind::None || why.kind == Kind::Standard || why.kind == Kind::PackageContent)
                why = inclusion(b, was ? *was : t, Kind::NoLongerStandard, Kind::PackageRemoved);
        } else {
            continue;
        }
        c.reason = words.reason(i, why);
        o.totalDeltaMinor += c.priceDeltaMinor;
        o.changes.append(c);
    }
    return o;
}

QList<RuleEngine::Violation> RuleEngine::validate(const Configuration &configuration) const
{
    using VK = Violation::Kind;
    const RuleGraph &g = *m_graph;
    QList<Violation> out;
    const TrimView *t = g.trim(configuration.trim);
    if (!t) {
        out.append({VK::UnknownTrim, {}, {}, QStringLiteral("There is no trim \"%1\" in the catalog.").arg(configuration.trim)});
        return out;
    }
    const Trim &trim = g.catalog().trims.at(t->trim);
    if (trim.model != configuration.model)
        out.append({VK::UnknownTrim,
                    {},
                    {},
                    QStringLiteral("\"%1\" is a trim of %2, not of %3.").arg(trim.id, trim.model, configuration.model)});
    QSet<QString> seen;
    for (const QString &id : configuration.options) {
        if (g.index(id) < 0)
            out.append({VK::UnknownOption, {}, {id}, QStringLiteral("There is no option \"%1\" in the catalog.").arg(id)});
        else if (seen.contains(id))
            out.append({VK::ChargedTwice, {}, {id}, QStringLiteral("%1 is listed twice.").arg(id)});
        seen.insert(id);
    }
    RuleResolver r(g, *t);
    r.load(configuration.options);
    const Describer words(g, *t, nullptr);
    for (int o = 0; o < g.size(); ++o) {
        if (!r.present[size_t(o)])
            continue;
        if (!r.allowed(o)) {
            const int blocker = t->blocker[size_t(o)];
            const RuleReason why = words.reason(o, {Kind::NotOffered, blocker >= 0 ? blocker : -1});
            out.append({VK::NotOffered, why.ruleId, {g.id(o)}, why.text});
        }
        if (r.chosen[size_t(o)] && (t->isStandard[size_t(o)] || r.includedBy[size_t(o)] != -1))
            out.append({VK::ChargedTwice,
                        {},
                        {g.id(o)},
                        QStringLiteral("%1 is charged although the trim or a package already brings it.").arg(words.name(o))});
        for (const RuleGraph::Edge &e : g.requirements(o)) {
            if (!r.present[size_t(e.option)])
                out.append(
                    {VK::MissingRequirement,
                     g.rule(e.rule).id,
                     {g.id(o), g.id(e.option)},
                     QStringLiteral("%1 needs %2 (rule %3).").arg(words.name(o), words.name(e.option), g.rule(e.rule).id)});
        }
        for (const RuleGraph::Edge &e : g.exclusions(o)) {
            if (e.option > o && r.present[size_t(e.option)])
                out.append({VK::Excluded,
                            g.rule(e.rule).id,
                            {g.id(o), g.id(e.option)},
                            QStringLiteral("%1 cannot be combined with %2 (rule %3).")
                                .arg(words.name(o), words.name(e.option), g.rule(e.rule).id)});
        }
    }
    for (const RuleGraph::Group &grp : g.groups()) {
        QStringList members;
        for (int m : grp.members) {
            if (r.present[size_t(m)])
                members << g.id(m);
        }
        if (members.size() > 1)
            out.append(
                {VK::TooMany, grp.id, members,
                 QStringLiteral("Only one %1 is possible, the build has %2.").arg(grp.name, members.join(QStringLiteral(", ")))});
        else if (members.isEmpty() && grp.required)
            out.append({VK::MissingChoice, grp.id, {}, QStringLiteral("The build needs a %1.").arg(grp.name)});
    }
    return out;
}

QList<RuleEngine::Item> RuleEngine::items(const Configuration &configuration) const
{
    const RuleGraph &g = *m_graph;
    QList<Item> out;
    const TrimView *t = g.trim(configuration.trim);
    if (!t)
        return out;
    RuleResolver r(g, *t);
    r.load(configuration.options);
    for (int o = 0; o < g.size(); ++o) {
        if (!r.present[size_t(o)])
            continue;
        Item item;
        item.option = g.id(o);
        const int by = r.includedBy[size_t(o)];
        if (r.chosen[size_t(o)] && !t->isStandard[size_t(o)] && by == -1) {
            item.origin = Item::Origin::Chosen;
            item.priceMinor = optionPriceMinor(item.option);
        } else if (t->isStandard[size_t(o)] || by == RuleResolver::kByStandard) {
            item.origin = Item::Origin::Standard;
        } else {
            item.origin = Item::Origin::Package;
            item.package = by >= 0 ? g.id(by) : QString();
        }
        out.append(item);
    }
    return out;
}

RuleEngine::Status RuleEngine::status(const Configuration &configuration, const QString &option) const
{
    const RuleGraph &g = *m_graph;
    Status s;
    const TrimView *t = g.trim(configuration.trim);
    const int x = g.index(option);
    if (!t || x < 0) {
        s.reason = unknown(t ? QStringLiteral("option") : QStringLiteral("trim"), t ? option : configuration.trim);
        return s;
    }
    RuleResolver r(g, *t);
    r.load(configuration.options);
    const Describer words(g, *t, nullptr);
    const int by = r.includedBy[size_t(x)];
    if (t->isStandard[size_t(x)] || (r.present[size_t(x)] && by == RuleResolver::kByStandard)) {
        s.state = Status::State::Standard;
        s.reason = words.reason(x, {Kind::Standard});
    } else if (r.present[size_t(x)] && by >= 0) {
        s.state = Status::State::Included;
        s.reason = words.reason(x, {Kind::PackageContent, -1, -1, by, -1});
    } else if (r.chosen[size_t(x)]) {
        s.state = Status::State::Chosen;
    } else if (!t->allowed(x)) {
        const int blocker = t->blocker[size_t(x)];
        s.reason = words.reason(x, {Kind::NotOffered, blocker >= 0 ? blocker : -1});
    } else {
        QList<int> seeds = t->standard;
        seeds.append(x);
        const RuleResolver::Closure c = r.closure(seeds, std::vector<char>(size_t(g.size()), 0));
        if (c.ok)
            s.state = Status::State::Available;
        else
            s.reason = words.reason(c.culprit, c.failure);
    }
    return s;
}

QStringList RuleEngine::offered(const QString &trim) const
{
    const RuleGraph &g = *m_graph;
    QStringList out;
    if (const TrimView *t = g.trim(trim)) {
        for (int o = 0; o < g.size(); ++o) {
            if (t->allowed(o) || t->isStandard[size_t(o)])
                out << g.id(o);
        }
    }
    return out;
}
