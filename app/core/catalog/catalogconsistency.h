// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "common/recordissue.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Finds rules that contradict each other — an option that can never be on a car, a cycle of
/// requires with an exclusion in it, a package holding options that exclude each other, a trim
/// whose standard equipment or defaults break a rule — with one clear report per problem, so
/// the importer can refuse such a catalog instead of showing visitors dead ends.
class CatalogConsistency
{
public:
    struct Problem {
        enum class Kind {
            ImpossibleOption,      ///< offered, but on no trim can it be chosen (error)
            UnavailableOnTrims,    ///< offered on some trims where it can never be chosen (warning)
            RequiresCycleConflict, ///< options that require each other in a cycle also exclude each other (error)
            PackageConflict,       ///< a package holds options that exclude each other or share a one-of group (error)
            PackageCycle,          ///< a package contains itself through other packages (error)
            TrimStandardConflict,  ///< a trim's standard equipment breaks a rule (error)
            TrimDefaultInvalid,    ///< a trim's default paint, wheel or interior is wrong or cannot be chosen (error)
            EmptyRequiredGroup,    ///< a trim can carry no member of a required group (error)
            NeverOffered,          ///< an option no trim offers (warning)
        };
        Kind kind = Kind::ImpossibleOption;
        bool error = true;   ///< false: a warning, the catalog still works
        QString ruleId;      ///< the rule at the heart of it, when there is one
        QStringList options; ///< the options involved
        QStringList trims;   ///< the trims concerned
        QString list;        ///< the feed list of the record to blame: "rules", "options" or "trims"
        QString recordId;
        QString text; ///< for people: what is wrong and why

        static QString kindName(Kind kind);
        /// As the importer reports it: `list/id: field: problem`.
        RecordIssue toRecordIssue() const;
    };

    static QList<Problem> check(const Catalog &catalog);
    static bool hasErrors(const QList<Problem> &problems);
};
