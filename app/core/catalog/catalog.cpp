// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

namespace {

template<typename T>
void build(const QList<T> &list, QHash<QString, qsizetype> *index)
{
    index->clear();
    index->reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index->insert(list.at(i).id, i);
}

} // namespace

void Catalog::index()
{
    build(markets, &m_markets);
    build(bodies, &m_bodies);
    build(lines, &m_lines);
    build(models, &m_models);
    build(trims, &m_trims);
    build(options, &m_options);
    build(studios, &m_studios);
    m_aliases.clear();
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        const ModelAlias &a = aliases.at(i);
        m_aliases.insert(foldedName(a.make) + QLatin1Char('/') + foldedName(a.model) + QLatin1Char('/') + foldedName(a.trim), i);
    }
}

QString Catalog::foldedName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

const ModelAlias *Catalog::alias(const QString &make, const QString &model, const QString &trim) const
{
    if (m_aliases.isEmpty())
        return nullptr;
    const QString key = foldedName(make) + QLatin1Char('/') + foldedName(model) + QLatin1Char('/');
    auto it = trim.isEmpty() ? m_aliases.constEnd() : m_aliases.constFind(key + foldedName(trim));
    if (it == m_aliases.constEnd())
        it = m_aliases.constFind(key);
    return it == m_aliases.constEnd() ? nullptr : &aliases.at(*it);
}

QList<const CarModel *> Catalog::modelsOfLine(const QString &line) const
{
    QList<const CarModel *> out;
    for (const CarModel &m : models) {
        if (m.line == line)
            out.append(&m);
    }
    return out;
}

QList<const Trim *> Catalog::trimsOfModel(const QString &model) const
{
    QList<const Trim *> out;
    for (const Trim &t : trims) {
        if (t.model == model)
            out.append(&t);
    }
    return out;
}
