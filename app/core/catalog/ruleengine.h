// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/configuration.h"
#include "catalog/rulereason.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class RuleGraph;
class RuleResolver;

/// Turns a visitor's choices into a valid build of the catalog's rules (requires, excludes,
/// only-with, one-of groups, packages, standard equipment, trim defaults) through the smallest
/// set of changes it can find, and says beforehand what else changes, why and at what price.
/// Pure: every operation returns a proposal; nothing happens until the caller keeps `after`.
class RuleEngine
{
public:
    /// One option that comes, goes, or changes how it is paid for.
    struct Change {
        enum class Action {
            Added,       ///< now on the car
            Removed,     ///< no longer on the car
            NowIncluded, ///< stays, no longer charged (a package or the trim brings it)
            NowCharged,  ///< stays, now charged on its own (its package or the old trim no longer brings it)
        };
        QString option;
        Action action = Action::Added;
        RuleReason reason;
        qint64 priceDeltaMinor = 0; ///< net, in the engine's market

        static QString actionName(Action action);
    };

    /// A proposed step: the build before and after, and every difference between them.
    struct Outcome {
        bool accepted = true; ///< false: the request cannot be met and `after` equals `before`
        RuleReason note;      ///< why it was refused, or why nothing changed ("already included")
        Configuration before;
        Configuration after;
        QList<Change> changes;      ///< the requested option first, then catalog order
        qint64 trimDeltaMinor = 0;  ///< net
        qint64 totalDeltaMinor = 0; ///< net: trim delta plus every change's price delta
        bool changed() const { return before != after; }
    };

    /// A rule a configuration breaks.
    struct Violation {
        enum class Kind {
            UnknownTrim,
            UnknownOption,
            NotOffered,
            MissingChoice,
            TooMany,
            MissingRequirement,
            Excluded,
            ChargedTwice
        };
        Kind kind = Kind::UnknownTrim;
        QString ruleId;
        QStringList options;
        QString text;

        static QString kindName(Kind kind);
    };

    /// One thing on the car and how it got there.
    struct Item {
        enum class Origin { Chosen, Standard, Package };
        QString option;
        Origin origin = Origin::Chosen;
        QString package;       ///< Origin::Package: the chosen package that brings it
        qint64 priceMinor = 0; ///< what it adds to the net price (0 unless chosen)
    };

    /// How an option stands in a build, for the configurator to show before a tap.
    struct Status {
        enum class State { Chosen, Standard, Included, Available, Unavailable };
        State state = State::Unavailable;
        RuleReason reason; ///< Included: the package; Unavailable: why not
    };

    explicit RuleEngine(const Catalog &catalog, const QString &market = {});
    ~RuleEngine();
    RuleEngine(const RuleEngine &);
    RuleEngine &operator=(const RuleEngine &);

    const Catalog &catalog() const;
    QString market() const { return m_market; }
    /// Price effects are net amounts in this market (empty: no price effects).
    void setMarket(const QString &market) { m_market = market; }

    /// The trim's starting build: its defaults and a member of every other required group.
    std::optional<Configuration> defaultConfiguration(const QString &trim) const;

    Outcome select(const Configuration &configuration, const QString &option) const;
    Outcome deselect(const Configuration &configuration, const QString &option) const;
    /// Any trim, of this model or another: the visitor's choices are kept where the new trim
    /// allows them, untouched defaults follow the new trim's.
    Outcome changeTrim(const Configuration &configuration, const QString &trim) const;

    QList<Violation> validate(const Configuration &configuration) const;
    /// Everything on the car, catalog order.
    QList<Item> items(const Configuration &configuration) const;
    Status status(const Configuration &configuration, const QString &option) const;
    /// The options that may be on this trim at all, catalog order.
    QStringList offered(const QString &trim) const;

    qint64 optionPriceMinor(const QString &option) const;
    qint64 trimPriceMinor(const QString &trim) const;

    /// The shared index behind the engine (for CatalogConsistency and ConfigurationCode).
    const RuleGraph &graph() const { return *m_graph; }

private:
    Outcome refuse(const Configuration &configuration, RuleReason reason) const;
    Outcome finish(const Configuration &before, RuleResolver &resolver, int primary, const QList<int> &keep) const;

    std::shared_ptr<const RuleGraph> m_graph;
    QString m_market;
};
