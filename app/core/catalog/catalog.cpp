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
