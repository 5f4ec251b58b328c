#include "finder.h"

#include "modellinelistmodel.h"

Finder::Finder(InventoryService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_results(this)
{
    m_filter.limit = 24;
    connect(service, &InventoryService::changed, this, &Finder::refresh);
    refresh();
}

void Finder::toggle(const QString &facet, const QString &value)
{
    QSet<QString> &values = m_filter.selected[facet];
    if (values.contains(value))
        values.remove(value);
    else
        values.insert(value);
    if (values.isEmpty())
        m_filter.selected.remove(facet);
    refresh();
}

void Finder::clearAll()
{
    m_filter.selected.clear();
    refresh();
}

void Finder::setSort(const QString &sort)
{
    QString error;
    QJsonObject json = m_filter.toJson();
    json.insert(QStringLiteral("sort"), sort);
    if (const auto f = InventoryFilter::fromJson(json, &error))
        m_filter.sort = f->sort;
    refresh();
}

void Finder::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    refresh();
}

void Finder::setOrigin(double lat, double lon)
{
    m_filter.originLat = lat;
    m_filter.originLon = lon;
    refresh();
}

void Finder::reset()
{
    const auto lat = m_filter.originLat;
    const auto lon = m_filter.originLon;
    m_filter = InventoryFilter();
    m_filter.originLat = lat;
    m_filter.originLon = lon;
    refresh();
}

QVariantList Finder::sorts() const
{
    const QList<QPair<QString, QString>> list{{QStringLiteral("recent"), tr("Recently added")},
                                              {QStringLiteral("price"), tr("Price")},
                                              {QStringLiteral("distance"), tr("Nearest")},
                                              {QStringLiteral("newest"), tr("Newest")},
                                              {QStringLiteral("mileage"), tr("Lowest mileage")}};
    const QString current = m_filter.toJson().value(QStringLiteral("sort")).toString();
    QVariantList out;
    for (const auto &[value, label] : list)
        out << QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label},
                           {QStringLiteral("selected"), value == current}};
    return out;
}

void Finder::refresh()
{
    const auto snapshot = m_service->snapshot();
    if (!snapshot->index)
        return;
    const Catalog &catalog = snapshot->catalog;
    const InventoryIndex::Result r = snapshot->index->query(m_filter);
    m_total = r.total;

    const auto choices = [&](const QString &facet, const auto &label) {
        QVariantList out;
        const QSet<QString> chosen = m_filter.selected.value(facet);
        for (const auto &fv : r.facets.value(facet))
            out << QVariantMap{{QStringLiteral("value"), fv.id},
                               {QStringLiteral("label"), label(fv.id)},
                               {QStringLiteral("count"), qint64(fv.count)},
                               {QStringLiteral("selected"), chosen.contains(fv.id)}};
        return out;
    };
    m_conditions = choices(QStringLiteral("condition"), [this](const QString &id) {
        return id == QLatin1String("new") ? tr("New") : id == QLatin1String("cpo") ? tr("Approved pre-owned") : tr("Used");
    });
    m_lines = choices(QStringLiteral("line"), [&](const QString &id) {
        const ModelLine *line = catalog.line(id);
        return line ? line->name.text(m_language) : id;
    });

    // The way out of an empty result: the one filter whose removal gives the most cars.
    m_relaxHint.clear();
    if (r.total == 0 && !m_filter.selected.isEmpty()) {
        QString best;
        qsizetype bestCount = 0;
        for (auto it = m_filter.selected.cbegin(); it != m_filter.selected.cend(); ++it) {
            InventoryFilter relaxed = m_filter;
            relaxed.selected.remove(it.key());
            relaxed.limit = 0;
            const qsizetype n = snapshot->index->query(relaxed).total;
            if (n > bestCount) {
                bestCount = n;
                best = it.key();
            }
        }
        if (bestCount > 0) {
            const QString what = best == QLatin1String("condition") ? tr("the condition") : tr("the model line");
            m_relaxHint = tr("No car matches all of these. Without %1 there are %n cars.", "", int(bestCount)).arg(what);
        }
    }

    QList<ResultListModel::Row> rows;
    for (const auto &hit : r.page) {
        const Vehicle &v = snapshot->vehicles.at(hit.position);
        const CarModel *model = catalog.model(v.model);
        const Trim *trim = catalog.trim(v.trim);
        const Studio *place = catalog.studio(v.location);
        const QString mileage = QStringLiteral("%1 %2").arg(m_locale.toString(v.mileage.value), v.mileage.unitName());
        const QString condition = v.condition == Vehicle::Condition::New ? tr("New")
            : v.condition == Vehicle::Condition::Cpo                      ? tr("Approved pre-owned")
                                                                          : tr("Used");
        QString where = place ? place->name : v.location;
        if (hit.distanceKm && *hit.distanceKm >= 1)
            where = tr("%1 · %2 km").arg(where, m_locale.toString(qRound(*hit.distanceKm)));
        rows << ResultListModel::Row{v.id,
                                     QStringLiteral("%1 %2").arg(model ? model->name.text(m_language) : v.model,
                                                                 trim ? trim->name.text(m_language) : QString()),
                                     QStringLiteral("%1 · %2 · %3").arg(QString::number(v.year), mileage, condition),
                                     v.price.format(m_locale),
                                     where,
                                     ModelLineListModel::imageUrl(catalog, v.model, v.paint, v.wheel, QStringLiteral("side")),
                                     Vehicle::conditionName(v.condition)};
    }
    m_results.setRows(rows);
    emit changed();
}
