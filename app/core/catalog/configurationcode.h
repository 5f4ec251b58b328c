// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/configuration.h"

#include <QList>
#include <QString>

class Catalog;
class RuleEngine;

/// A short code that reopens the exact build on any Vitrine holding the same catalog, offline:
/// "K7QD-9MWX-4T". It carries the model, the trim and only the choices that a replay through the
/// rule engine does not bring back by itself, each as a short hash of its stable id (so adding
/// options or reordering the catalog never breaks old codes), plus checks of the ids and of the
/// build's price. Against a changed catalog it says exactly what changed and rebuilds the
/// closest valid configuration — never just "can no longer be built".
class ConfigurationCode
{
public:
    static constexpr int kFormat = 1;

    /// The code of a valid build, or an empty string (and `problem`) for a build the rules refuse.
    static QString encode(const RuleEngine &engine, const Configuration &build, QString *problem = nullptr);
    /// The same carrying the visitor's car in part-exchange, its value in hundreds of the market's
    /// currency (an estimate to confirm; under 1,048,576 hundreds); 0 is the code without one.
    /// A code with a car is a format-2 code, which a Vitrine older than it refuses by name.
    static QString encodeWithTradeIn(const RuleEngine &engine, const Configuration &build, qint64 tradeInHundreds,
                                     QString *problem = nullptr);

    /// One thing that differs between the build a code was made from and what the catalog
    /// allows today.
    struct Difference {
        enum class Kind {
            ModelGone,      ///< the model is no longer offered
            TrimGone,       ///< the trim is no longer offered
            OptionGone,     ///< an option is no longer offered (named when the Vitrine still knows it)
            OptionReplaced, ///< an option is no longer offered; `replacement` is the closest one
            OptionRefused,  ///< an option is still offered but no longer possible on this build
            OptionDropped,  ///< an option had to go because of today's rules
            CatalogUpdated, ///< everything is still there, but prices or rules of this build changed
        };
        Kind kind = Kind::OptionGone;
        QString id;          ///< what is gone (empty when the Vitrine never knew it)
        QString name;        ///< its English name, when known
        QString replacement; ///< OptionReplaced, TrimGone, ModelGone: what takes its place
        QString text;        ///< for people

        static QString kindName(Kind kind);
    };

    struct Decoded {
        enum class Status {
            Exact,   ///< the very build the code was made from
            Changed, ///< the closest valid build today; `differences` says what changed
            Invalid, ///< not a code (typing mistake, unknown format): `problem` says why
        };
        Status status = Status::Invalid;
        QString problem;
        Configuration configuration;
        QList<Difference> differences;
        QString market;             ///< the market the code was made in, when known
        qint64 tradeInHundreds = 0; ///< the car in part-exchange the code carries, in hundreds of the market's currency
    };

    /// Reads a code. `retired` may hold records the catalog no longer offers (the stored
    /// tombstones), so that what is gone can be named and replaced by its closest match.
    static Decoded decode(const QString &code, const RuleEngine &engine, const Catalog *retired = nullptr);

    /// The number of data characters (without the check character and the hyphens).
    static int dataLength(const QString &code);
};
