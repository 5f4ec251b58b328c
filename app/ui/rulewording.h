// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/ruleengine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

/// How the configurator words what the rule engine decided, in the visitor's language: an
/// option's name, a list of names, what a change does and why it happens.
class RuleWording
{
    // The configurator's own words: its translations stay where they have always been.
    Q_DECLARE_TR_FUNCTIONS(Configurator)

public:
    RuleWording(const Catalog &catalog, const QString &language, const QLocale &locale);

    /// An option's (or a trim's) name; the id when the catalog does not know it.
    QString optionName(const QString &id) const;
    /// Names for a sentence: "A, B and C", as the language joins them.
    QString names(const QStringList &ids) const;
    /// Names as a list of what something holds (a package's contents): "A · B · C". Each keeps its
    /// capital as a name; joined into a sentence, "Heated front seats and Heated steering wheel"
    /// read as capitalised in its middle.
    QString contents(const QStringList &ids) const;
    QString action(RuleEngine::Change::Action action) const;
    QString reason(const RuleReason &reason) const;

private:
    QStringList optionNames(const QStringList &ids) const;

    const Catalog &m_catalog;
    QString m_language;
    QLocale m_locale;
};
