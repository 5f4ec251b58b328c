// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulewording.h"

RuleWording::RuleWording(const Catalog &catalog, const QString &language, const QLocale &locale)
    : m_catalog(catalog)
    , m_language(language)
    , m_locale(locale)
{
}

QString RuleWording::optionName(const QString &id) const
{
    const CatalogOption *o = m_catalog.option(id);
    if (o)
        return o->name.text(m_language);
    const Trim *t = m_catalog.trim(id);
    return t ? t->name.text(m_language) : id;
}

QStringList RuleWording::optionNames(const QStringList &ids) const
{
    QStringList out;
    for (const QString &id : ids)
        out << optionName(id);
    return out;
}

QString RuleWording::names(const QStringList &ids) const
{
    return m_locale.createSeparatedList(optionNames(ids));
}

QString RuleWording::contents(const QStringList &ids) const
{
    return optionNames(ids).join(QStringLiteral(" \u00B7 "));
}

QString RuleWording::action(RuleEngine::Change::Action action) const
{
    switch (action) {
    case RuleEngine::Change::Action::Added:
        return tr("Added");
    case RuleEngine::Change::Action::Removed:
        return tr("Removed");
    case RuleEngine::Change::Action::NowIncluded:
        return tr("Now included");
    case RuleEngine::Change::Action::NowCharged:
        return tr("Now charged separately");
    }
    return QString();
}

QString RuleWording::reason(const RuleReason &r) const
{
    const QString others = names(r.options);
    switch (r.kind) {
    case RuleReason::Kind::None:
    case RuleReason::Kind::Chosen:
        return QString();
    case RuleReason::Kind::Deselected:
        return tr("You took it off.");
    case RuleReason::Kind::Requires:
        return tr("%1 needs it.").arg(others);
    case RuleReason::Kind::RequirementLost:
        return tr("It needs %1, which is no longer on the car.").arg(others);
    case RuleReason::Kind::Excludes:
        return tr("It cannot be combined with %1.").arg(others);
    case RuleReason::Kind::OneOf:
        return tr("There is room for one: %1 takes its place.").arg(others);
    case RuleReason::Kind::PackageContent:
        return tr("It comes with %1.").arg(others);
    case RuleReason::Kind::PackageRemoved:
        return tr("It came with %1, which is no longer on the car.").arg(others);
    case RuleReason::Kind::PackageConflict:
        return tr("The package holds something that cannot be combined with %1.").arg(others);
    case RuleReason::Kind::Standard:
        return tr("Standard on this version, at no extra cost.");
    case RuleReason::Kind::NoLongerStandard:
        return tr("Standard on the previous version only.");
    case RuleReason::Kind::NotOffered:
        return r.offeredWith.isEmpty() ? tr("Not offered on this version.") : tr("Offered with %1.").arg(names(r.offeredWith));
    case RuleReason::Kind::Default:
        return tr("The version's standard choice.");
    case RuleReason::Kind::RequiredChoice:
        return tr("Every car needs one of these.");
    case RuleReason::Kind::Unknown:
        return tr("This choice is not in the catalog.");
    }
    return QString();
}
