// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Why the rule engine added, removed, refused or left an option: machine-readable (kind, rule
/// id and type, the options involved) for the UI to word, and an English sentence for logs and
/// vitrinectl.
struct RuleReason {
    enum class Kind {
        None,
        Chosen,           ///< the visitor chose it
        Deselected,       ///< the visitor removed it (for a package: one of its contents, in `options`)
        Requires,         ///< another option (`options`) needs it
        RequirementLost,  ///< it needs an option (`options`) that is no longer on the car
        Excludes,         ///< it cannot be combined with `options`
        OneOf,            ///< only one of its group: `options` takes its place
        PackageContent,   ///< it comes with the package in `options`
        PackageRemoved,   ///< its package (`options`) left the build
        PackageConflict,  ///< the package had to go: its content (`options`[1]) conflicts with `options`[0]
        Standard,         ///< standard on the trim, at no charge
        NoLongerStandard, ///< standard on the previous trim, not on this one
        NotOffered,       ///< not offered on this model or trim (`offeredWith` names where it is)
        Default,          ///< the trim's default choice
        RequiredChoice,   ///< its group always needs one member
        Unknown,          ///< the id is not in the catalog
    };

    Kind kind = Kind::None;
    /// The catalog rule's id; for what is not a rule record: "paint" / "wheel" / "interior" (the
    /// implicit one-of groups), "package:<id>", "standard:<trim>", "models:<option>", "default:<trim>".
    QString ruleId;
    /// requires, excludes, only-with, one-of, package, standard, models, default, choice.
    QString ruleType;
    QStringList options;
    QStringList offeredWith; ///< NotOffered: the trims (or models) that do carry the option
    QString text;            ///< English, for logs and vitrinectl

    bool isNone() const { return kind == Kind::None; }

    static QString kindName(Kind kind)
    {
        static const char *const names[] = {
            "none",        "chosen",          "deselected",      "requires",         "requirement-lost", "excludes",
            "one-of",      "package-content", "package-removed", "package-conflict", "standard",         "no-longer-standard",
            "not-offered", "default",         "required-choice", "unknown"};
        return QString::fromLatin1(names[int(kind)]);
    }

    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("text"), text}};
        if (!ruleId.isEmpty())
            o.insert(QStringLiteral("rule"), ruleId);
        if (!ruleType.isEmpty())
            o.insert(QStringLiteral("rule_type"), ruleType);
        if (!options.isEmpty())
            o.insert(QStringLiteral("options"), QJsonArray::fromStringList(options));
        if (!offeredWith.isEmpty())
            o.insert(QStringLiteral("offered_with"), QJsonArray::fromStringList(offeredWith));
        return o;
    }
};
