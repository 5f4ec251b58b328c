// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/studio.h"

#include <QHash>
#include <QList>

/// Everything the brand offers, as one read-only snapshot: markets, model lines, models,
/// trims, options, rules and studios, with lookups by id.
class Catalog
{
public:
    QList<Market> markets;
    QList<BodyStyle> bodies;
    QList<ModelLine> lines;
    QList<CarModel> models;
    QList<Trim> trims;
    QList<CatalogOption> options;
    QList<CatalogRule> rules;
    QList<Studio> studios;
    QList<ModelAlias> aliases;

    /// Rebuilds the id lookups; call after filling the lists.
    void index();

    const Market *market(const QString &id) const { return find(markets, m_markets, id); }
    const BodyStyle *body(const QString &id) const { return find(bodies, m_bodies, id); }
    const ModelLine *line(const QString &id) const { return find(lines, m_lines, id); }
    const CarModel *model(const QString &id) const { return find(models, m_models, id); }
    const Trim *trim(const QString &id) const { return find(trims, m_trims, id); }
    const CatalogOption *option(const QString &id) const { return find(options, m_options, id); }
    const Studio *studio(const QString &id) const { return find(studios, m_studios, id); }

    /// The alias for a dealer's names, one naming the trim first; names match whatever their case,
    /// spaces and punctuation ("ASTER-5" is "Aster 5").
    const ModelAlias *alias(const QString &make, const QString &model, const QString &trim) const;
    /// A name as aliases compare it: lower case letters and digits only.
    static QString foldedName(const QString &name);

    QList<const CarModel *> modelsOfLine(const QString &line) const;
    QList<const Trim *> trimsOfModel(const QString &model) const;

private:
    template<typename T>
    static const T *find(const QList<T> &list, const QHash<QString, qsizetype> &index, const QString &id)
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &list.at(*it);
    }

    QHash<QString, qsizetype> m_markets, m_bodies, m_lines, m_models, m_trims, m_options, m_studios;
    QHash<QString, qsizetype> m_aliases; ///< by folded "make/model/trim"
};
