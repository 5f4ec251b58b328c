#include "finder.h"

#include "carnames.h"
#include "carpictures.h"

#include <QQmlEngine>

#include <cmath>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant Finder::FacetValueRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return label;
    case 2:
        return count;
    case 3:
        return selected;
    }
    return {};
}

QHash<int, QByteArray> Finder::FacetValueRow::roleNames()
{
    return {{FirstRole, "value"}, {FirstRole + 1, "label"}, {FirstRole + 2, "count"}, {FirstRole + 3, "selected"}};
}

QVariant Finder::FacetGroup::value(int role) const
{
    return role == FirstRole    ? QVariant(facet)
        : role == FirstRole + 1 ? QVariant(label)
        : role == FirstRole + 2 ? QVariant::fromValue(values)
                                : QVariant();
}

QHash<int, QByteArray> Finder::FacetGroup::roleNames()
{
    return {{FirstRole, "facet"}, {FirstRole + 1, "label"}, {FirstRole + 2, "values"}};
}

QVariant Finder::Chip::value(int role) const
{
    return role == FirstRole    ? QVariant(facet)
        : role == FirstRole + 1 ? QVariant(valueId)
        : role == FirstRole + 2 ? QVariant(label)
                                : QVariant();
}

QHash<int, QByteArray> Finder::Chip::roleNames()
{
    return {{FirstRole, "facet"}, {FirstRole + 1, "value"}, {FirstRole + 2, "label"}};
}

Finder::Finder(InventoryService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_results(this)
    , m_panel(this)
    , m_active(this)
{
    m_filter.limit = 24;
    connect(service, &InventoryService::changed, this, &Finder::refresh);
    refresh();
}

void Finder::toggle(const QString &facet, const QString &value)
{
    if (facet == QLatin1String("radius")) {
        const int km = value.toInt();
        setRadius(m_filter.radiusKm && qRound(*m_filter.radiusKm) == km ? 0 : km);
        return;
    }
    if (facet == QLatin1String("equipment")) {
        if (m_filter.equipment.contains(value))
            m_filter.equipment.removeAll(value);
        else
            m_filter.equipment << value;
        refresh();
        return;
    }
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
    m_filter.equipment.clear();
    m_filter.radiusKm.reset();
    m_filter.yearMin.reset();
    m_filter.yearMax.reset();
    m_filter.mileageMin.reset();
    m_filter.mileageMax.reset();
    m_filter.priceMinMinor.reset();
    m_filter.priceMaxMinor.reset();
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

void Finder::setYearRange(int low, int high)
{
    const auto whole = m_service->snapshot()->index ? m_service->snapshot()->index->query({}).year : InventoryIndex::Range{};
    if (whole.any && low <= whole.min && high >= whole.max) {
        m_filter.yearMin.reset();
        m_filter.yearMax.reset();
    } else {
        m_filter.yearMin = low;
        m_filter.yearMax = high;
    }
    refresh();
}

void Finder::setMileageRange(double lowKm, double highKm)
{
    const auto whole = m_service->snapshot()->index ? m_service->snapshot()->index->query({}).mileageKm : InventoryIndex::Range{};
    m_filter.mileageUnit = Mileage::Unit::Km;
    if (whole.any && lowKm <= whole.min && highKm >= whole.max) {
        m_filter.mileageMin.reset();
        m_filter.mileageMax.reset();
    } else {
        m_filter.mileageMin = lowKm;
        m_filter.mileageMax = highKm;
    }
    refresh();
}

void Finder::setRadius(int km)
{
    if (km > 0)
        m_filter.radiusKm = km;
    else
        m_filter.radiusKm.reset();
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
    m_compared.clear();
    // Nothing of the visit's cars stays; the pages holding them are gone with the visit.
    for (VehicleDetail *detail : std::as_const(m_details))
        detail->deleteLater();
    m_details.clear();
    emit comparedChanged();
    const auto lat = m_filter.originLat;
    const auto lon = m_filter.originLon;
    const QString currency = m_filter.priceCurrency;
    m_filter = InventoryFilter();
    m_filter.originLat = lat;
    m_filter.originLon = lon;
    m_filter.priceCurrency = currency;
    refresh();
}

void Finder::setCurrency(const QString &currency)
{
    m_filter.priceCurrency = currency;
    refresh();
}

void Finder::setPriceRange(double low, double high)
{
    InventoryFilter mine;
    mine.limit = 0;
    mine.priceCurrency = m_filter.priceCurrency;
    const auto whole = m_service->snapshot()->index ? m_service->snapshot()->index->query(mine).price : InventoryIndex::Range{};
    if (whole.any && low * 100 <= whole.min && high * 100 >= whole.max) {
        m_filter.priceMinMinor.reset();
        m_filter.priceMaxMinor.reset();
    } else {
        m_filter.priceMinMinor = qint64(std::llround(low * 100));
        m_filter.priceMaxMinor = qint64(std::llround(high * 100));
    }
    refresh();
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
        QList<FacetValueRow> out;
        const QSet<QString> chosen = m_filter.selected.value(facet);
        for (const auto &fv : r.facets.value(facet))
            out << FacetValueRow{fv.id, label(fv.id), qint64(fv.count), chosen.contains(fv.id)};
        return out;
    };

    // The panel: labels in the visitor's language.
    const auto optionName = [&](const QString &id) {
        const CatalogOption *o = catalog.option(id);
        return o ? o->name.text(m_language) : id;
    };
    const QHash<QString, QString> powertrains{{QStringLiteral("bev"), tr("Electric")},
                                              {QStringLiteral("phev"), tr("Plug-in hybrid")},
                                              {QStringLiteral("hybrid"), tr("Hybrid")},
                                              {QStringLiteral("petrol"), tr("Petrol")}};
    QList<FacetGroup> groups;
    QList<Chip> chips;
    const auto group = [&](const QString &facet, const QString &label, const QList<FacetValueRow> &values) {
        RowListModel<FacetValueRow> *model = valuesOf(facet);
        model->setRows(values);
        groups << FacetGroup{facet, label, model};
        for (const FacetValueRow &v : values) {
            // "Anywhere" is no filter to take off.
            if (v.selected && !(facet == QLatin1String("radius") && v.id == QLatin1String("0")))
                chips << Chip{facet, v.id, v.label};
        }
    };
    group(QStringLiteral("condition"), tr("Condition"), choices(QStringLiteral("condition"), [this](const QString &id) {
              return id == QLatin1String("new") ? tr("New") : id == QLatin1String("cpo") ? tr("Approved pre-owned") : tr("Used");
          }));
    group(QStringLiteral("line"), tr("Model line"), choices(QStringLiteral("line"), [&](const QString &id) {
              const ModelLine *line = catalog.line(id);
              return line ? line->name.text(m_language) : id;
          }));
    // Dealers' own makes (a trade-in of another make), when the stock has any.
    if (const QList<FacetValueRow> makes = choices(QStringLiteral("make"),
                                                   [&](const QString &id) { return snapshot->index->makeName(id); });
        !makes.isEmpty())
        group(QStringLiteral("make"), tr("Make"), makes);
    group(QStringLiteral("body"), tr("Body"), choices(QStringLiteral("body"), [&](const QString &id) {
              const BodyStyle *b = catalog.body(id);
              return b ? b->name.text(m_language) : id;
          }));
    group(QStringLiteral("powertrain"), tr("Powertrain"),
          choices(QStringLiteral("powertrain"), [&](const QString &id) { return powertrains.value(id, id); }));
    group(QStringLiteral("paint"), tr("Colour"), choices(QStringLiteral("paint"), optionName));
    group(QStringLiteral("status"), tr("Availability"), choices(QStringLiteral("status"), [this](const QString &id) {
              return id == QLatin1String("available") ? tr("Available now")
                  : id == QLatin1String("reserved")   ? tr("Reserved")
                                                      : tr("On its way");
          }));
    if (m_filter.hasOrigin()) {
        // Each radius with the cars it would give, everything else as chosen.
        QList<FacetValueRow> radii;
        for (const int km : {25, 100, 500, 0}) {
            InventoryFilter f = m_filter;
            f.limit = 0;
            if (km > 0)
                f.radiusKm = km;
            else
                f.radiusKm.reset();
            const bool selected = km > 0 ? m_filter.radiusKm && qRound(*m_filter.radiusKm) == km : !m_filter.radiusKm;
            radii << FacetValueRow{QString::number(km), km > 0 ? tr("Within %1 km").arg(m_locale.toString(km)) : tr("Anywhere"),
                                   qint64(snapshot->index->query(f).total), selected};
        }
        group(QStringLiteral("radius"), tr("Distance"), radii);
    }
    {
        QList<FacetValueRow> equipment;
        for (const auto &fv : r.equipment)
            equipment << FacetValueRow{fv.id, optionName(fv.id), qint64(fv.count), m_filter.equipment.contains(fv.id)};
        group(QStringLiteral("equipment"), tr("Equipment"), equipment);
    }
    // Sliders span the whole stock; the chosen part and the cars in it follow the filters.
    {
        InventoryFilter none;
        none.limit = 0;
        const InventoryIndex::Result whole = snapshot->index->query(none);
        const auto span = [&](const InventoryIndex::Range &all, std::optional<double> low, std::optional<double> high,
                              const QString &unit) {
            FinderRange range;
            range.available = all.any;
            range.from = all.min;
            range.to = all.max;
            range.low = low.value_or(all.min);
            range.high = high.value_or(all.max);
            const auto label = [&](double v) {
                return unit.isEmpty() ? QString::number(qRound(v)) : tr("%1 %2").arg(m_locale.toString(qRound(v)), unit);
            };
            range.lowLabel = label(range.low);
            range.highLabel = label(range.high);
            range.chosen = low.has_value() || high.has_value();
            return range;
        };
        m_yearRange = span(whole.year, m_filter.yearMin ? std::optional<double>(*m_filter.yearMin) : std::nullopt,
                           m_filter.yearMax ? std::optional<double>(*m_filter.yearMax) : std::nullopt, QString());
        m_mileageRange = span(whole.mileageKm, m_filter.mileageMin, m_filter.mileageMax, QStringLiteral("km"));
        // Price in the studio's currency: other currencies cannot be compared on one slider.
        m_priceRange = {};
        if (!m_filter.priceCurrency.isEmpty()) {
            InventoryFilter mine = none;
            mine.priceCurrency = m_filter.priceCurrency;
            const InventoryIndex::Range all = snapshot->index->query(mine).price;
            if (all.any && all.max > all.min) {
                const double lo = m_filter.priceMinMinor ? double(*m_filter.priceMinMinor) : all.min;
                const double hi = m_filter.priceMaxMinor ? double(*m_filter.priceMaxMinor) : all.max;
                const auto label = [&](double minor) { return Money{qint64(minor), m_filter.priceCurrency}.format(m_locale); };
                m_priceRange.available = true;
                // Whole thousands at the ends, so the handles move in round steps.
                m_priceRange.from = std::floor(all.min / 100000) * 1000;
                m_priceRange.to = std::ceil(all.max / 100000) * 1000;
                m_priceRange.low = lo / 100;
                m_priceRange.high = hi / 100;
                m_priceRange.lowLabel = label(lo);
                m_priceRange.highLabel = label(hi);
                m_priceRange.chosen = m_filter.priceMinMinor.has_value() || m_filter.priceMaxMinor.has_value();
                m_priceRange.note = tr("Prices in %1. While a price range is set, cars priced in another currency are not shown.")
                                        .arg(m_filter.priceCurrency);
            }
        }
    }
    m_panel.setRows(groups);
    m_active.setRows(chips);
    {
        const QList<QPair<QString, QString>> list{{QStringLiteral("recent"), tr("Recently added")},
                                                  {QStringLiteral("price"), tr("Price")},
                                                  {QStringLiteral("distance"), tr("Nearest")},
                                                  {QStringLiteral("newest"), tr("Newest")},
                                                  {QStringLiteral("mileage"), tr("Lowest mileage")}};
        QList<ChoiceListModel::Choice> sorts;
        for (const auto &[value, label] : list)
            sorts << ChoiceListModel::Choice{value, label};
        m_sorts.setChoices(sorts);
        m_sorts.setSelected(m_filter.toJson().value(QStringLiteral("sort")).toString());
    }

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

    // The fetcher first: the view may ask for the next page as soon as the rows change.
    m_results.setFetcher([this, snapshot, filter = m_filter](qsizetype offset) {
        // The next page from the same snapshot and filter the first page came from.
        InventoryFilter next = filter;
        next.offset = int(offset);
        return rowsFor(snapshot->index->query(next), *snapshot);
    });
    m_results.setRows(rowsFor(r, *snapshot), r.total);
    refreshDetails();
    emit changed();
}

RowListModel<Finder::FacetValueRow> *Finder::valuesOf(const QString &facet)
{
    RowListModel<FacetValueRow> *&model = m_values[facet];
    if (!model)
        model = new RowListModel<FacetValueRow>(this);
    return model;
}

VehicleDetail *Finder::detailFor(const QString &vehicleId)
{
    VehicleDetail *&detail = m_details[vehicleId];
    if (!detail) {
        detail = new VehicleDetail(vehicleId, this);
        QQmlEngine::setObjectOwnership(detail, QQmlEngine::CppOwnership);
        const auto snapshot = m_service->snapshot();
        detail->update(
            *snapshot,
            {m_language, m_locale,
             m_filter.hasOrigin() ? std::optional(std::make_pair(*m_filter.originLat, *m_filter.originLon)) : std::nullopt});
    }
    return detail;
}

void Finder::refreshDetails()
{
    const auto snapshot = m_service->snapshot();
    const VehicleDetail::Context context{
        m_language, m_locale,
        m_filter.hasOrigin() ? std::optional(std::make_pair(*m_filter.originLat, *m_filter.originLon)) : std::nullopt};
    for (VehicleDetail *detail : std::as_const(m_details))
        detail->update(*snapshot, context);
    QList<VehicleDetail *> compared;
    for (const QString &id : std::as_const(m_compared))
        compared << detailFor(id);
    m_comparison.update(compared);
}

void Finder::toggleCompare(const QString &vehicleId)
{
    if (m_compared.contains(vehicleId))
        m_compared.removeAll(vehicleId);
    else {
        m_compared << vehicleId;
        while (m_compared.size() > kMaxCompared)
            m_compared.removeFirst();
    }
    refreshDetails();
    emit comparedChanged();
}

QList<ResultListModel::Row> Finder::rowsFor(const InventoryIndex::Result &r, const InventoryService::Snapshot &snapshot) const
{
    const Catalog &catalog = snapshot.catalog;
    QList<ResultListModel::Row> rows;
    for (const auto &hit : r.page) {
        const Vehicle v = snapshot.vehicles.at(hit.position);
        const Studio *place = catalog.studio(v.location);
        const QString mileage = QStringLiteral("%1 %2").arg(m_locale.toString(v.mileage.value), v.mileage.unitName());
        const QString condition = v.condition == Vehicle::Condition::New ? tr("New")
            : v.condition == Vehicle::Condition::Cpo                     ? tr("Approved pre-owned")
                                                                         : tr("Used");
        QString where = place ? place->name : v.location;
        if (hit.distanceKm && *hit.distanceKm >= 1)
            where = tr("%1 · %2 km").arg(where, m_locale.toString(qRound(*hit.distanceKm)));
        const QString title = CarNames::title(v, catalog, m_language);
        const CarPictures::Picture picture = CarPictures::first(v, catalog, title);
        rows << ResultListModel::Row{v.id,
                                     title,
                                     QStringLiteral("%1 · %2 · %3").arg(QString::number(v.year), mileage, condition),
                                     v.price.format(m_locale),
                                     where,
                                     picture.drawing,
                                     Vehicle::conditionName(v.condition),
                                     picture.photo,
                                     picture.alt};
    }
    return rows;
}
