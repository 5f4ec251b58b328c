// SPDX-License-Identifier: GPL-3.0-or-later
#include "modellinelistmodel.h"

#include "carillustration.h"

#include <QColor>
#include <QSet>

#include <algorithm>

ModelLineListModel::ModelLineListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ModelLineListModel::setCatalog(const Catalog *catalog, const QString &language)
{
    beginResetModel();
    m_catalog = catalog;
    m_language = language;
    m_paints = catalog ? linePaints(*catalog) : QHash<QString, QString>();
    endResetModel();
    emit countChanged();
}

int ModelLineListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_catalog)
        return 0;
    return int(m_catalog->lines.size());
}

QString ModelLineListModel::imageUrl(const Catalog &catalog, const QString &model, const QString &paint, const QString &wheel,
                                     const QString &view)
{
    const CarModel *m = catalog.model(model);
    const CatalogOption *p = catalog.option(paint);
    const CatalogOption *w = catalog.option(wheel);
    return QStringLiteral("image://car/%1/%2?paint=%3&finish=%4&wheel=%5")
        .arg(m ? m->body : QStringLiteral("crossover"), view, p ? p->hex.mid(1) : QStringLiteral("808080"),
             p ? p->finish : QStringLiteral("metallic"), w ? w->design : QStringLiteral("aero"));
}

QString ModelLineListModel::cabinUrl(const Catalog &catalog, const QString &model, const QString &interior)
{
    const CarModel *m = catalog.model(model);
    const CatalogOption *i = catalog.option(interior);
    return QStringLiteral("image://car/%1/cabin?interior=%2&material=%3")
        .arg(m ? m->body : QStringLiteral("crossover"), i && i->hex.size() == 7 ? i->hex.mid(1) : QStringLiteral("808080"),
             CarIllustration::materialOf(i ? i->material.english() : QString()));
}

QString ModelLineListModel::wheelUrl(const Catalog &catalog, const QString &model, const QString &wheel)
{
    const CarModel *m = catalog.model(model);
    const CatalogOption *w = catalog.option(wheel);
    return QStringLiteral("image://car/%1/wheel?wheel=%2")
        .arg(m ? m->body : QStringLiteral("crossover"), w ? w->design : QStringLiteral("aero"));
}

QHash<QString, QString> ModelLineListModel::linePaints(const Catalog &catalog)
{
    // Paints a rule ties to a trim or to wheels are left out: the picture must be one that can be built.
    QSet<QString> ruled;
    for (const CatalogRule &r : catalog.rules) {
        ruled.insert(r.option);
        for (const QString &o : r.targets)
            ruled.insert(o);
    }
    // The most colourful first: a line's own paint reads from across the studio.
    const auto chroma = [](const CatalogOption *o) {
        const QColor c = QColor::fromString(o->hex);
        return std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
    };
    QHash<QString, QString> out;
    QSet<QString> taken;
    for (const ModelLine &line : catalog.lines) {
        const auto models = catalog.modelsOfLine(line.id);
        if (models.isEmpty())
            continue;
        const QString model = models.first()->id;
        const CatalogOption *best = nullptr;
        for (const CatalogOption &o : catalog.options) {
            if (o.kind != OptionKind::Paint || taken.contains(o.id) || ruled.contains(o.id)
                || (!o.models.isEmpty() && !o.models.contains(model)) || !QColor::fromString(o.hex).isValid())
                continue;
            if (!best || chroma(&o) > chroma(best))
                best = &o;
        }
        if (best) {
            out.insert(line.id, best->id);
            taken.insert(best->id);
        }
    }
    return out;
}

QVariant ModelLineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_catalog)
        return {};
    const ModelLine &line = m_catalog->lines.at(index.row());
    switch (role) {
    case IdRole:
        return line.id;
    case Qt::DisplayRole:
    case NameRole:
        return line.name.text(m_language);
    case TaglineRole:
        return line.tagline.text(m_language);
    case ModelCountRole:
        return int(m_catalog->modelsOfLine(line.id).size());
    case ImageRole: {
        const auto models = m_catalog->modelsOfLine(line.id);
        if (models.isEmpty())
            return QString();
        const auto trims = m_catalog->trimsOfModel(models.first()->id);
        if (trims.isEmpty())
            return QString();
        return imageUrl(*m_catalog, models.first()->id, m_paints.value(line.id, trims.first()->defaultPaint),
                        trims.first()->defaultWheel, QStringLiteral("side"));
    }
    }
    return {};
}

QRectF ModelLineListModel::drawn()
{
    return CarIllustration::sideDrawing();
}

qreal ModelLineListModel::pictureAspect()
{
    const QSizeF canvas = CarIllustration::canvasSize(CarIllustration::View::Side);
    return canvas.height() / canvas.width();
}

QHash<int, QByteArray> ModelLineListModel::roleNames() const
{
    return {
        {IdRole, "lineId"}, {NameRole, "name"}, {TaglineRole, "tagline"}, {ImageRole, "image"}, {ModelCountRole, "modelCount"}};
}
