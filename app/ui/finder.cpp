#include "finder.h"

#include <QQmlEngine>

#include "carfacts.h"
#include "modellinelistmodel.h"
#include "pricing/pricebreakdown.h"

#include <QUrl>

#include <cmath>

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
    for (FinanceQuote *quote : std::as_const(m_finance))
        quote->setLocale(locale);
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
    // Nothing of the visit's plans stays; the pages holding them are gone with the visit.
    for (FinanceQuote *quote : std::as_const(m_finance))
        quote->deleteLater();
    m_finance.clear();
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

    // The panel: body, powertrain, colour and equipment as well; labels in the visitor's language.
    const auto optionName = [&](const QString &id) {
        const CatalogOption *o = catalog.option(id);
        return o ? o->name.text(m_language) : id;
    };
    const QHash<QString, QString> powertrains{{QStringLiteral("bev"), tr("Electric")},
                                              {QStringLiteral("phev"), tr("Plug-in hybrid")},
                                              {QStringLiteral("hybrid"), tr("Hybrid")},
                                              {QStringLiteral("petrol"), tr("Petrol")}};
    m_panel.clear();
    const auto group = [&](const QString &facet, const QString &label, const QVariantList &choices) {
        m_panel << QVariantMap{{QStringLiteral("facet"), facet}, {QStringLiteral("label"), label}, {QStringLiteral("choices"), choices}};
    };
    group(QStringLiteral("condition"), tr("Condition"), m_conditions);
    group(QStringLiteral("line"), tr("Model line"), m_lines);
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
        QVariantList radii;
        for (const int km : {25, 100, 500, 0}) {
            InventoryFilter f = m_filter;
            f.limit = 0;
            if (km > 0)
                f.radiusKm = km;
            else
                f.radiusKm.reset();
            const bool selected = km > 0 ? m_filter.radiusKm && qRound(*m_filter.radiusKm) == km : !m_filter.radiusKm;
            radii << QVariantMap{{QStringLiteral("value"), QString::number(km)},
                                 {QStringLiteral("label"), km > 0 ? tr("Within %1 km").arg(m_locale.toString(km)) : tr("Anywhere")},
                                 {QStringLiteral("count"), qint64(snapshot->index->query(f).total)},
                                 {QStringLiteral("selected"), selected}};
        }
        group(QStringLiteral("radius"), tr("Distance"), radii);
    }
    {
        QVariantList equipment;
        for (const auto &fv : r.equipment)
            equipment << QVariantMap{{QStringLiteral("value"), fv.id},
                                     {QStringLiteral("label"), optionName(fv.id)},
                                     {QStringLiteral("count"), qint64(fv.count)},
                                     {QStringLiteral("selected"), m_filter.equipment.contains(fv.id)}};
        group(QStringLiteral("equipment"), tr("Equipment"), equipment);
    }
    // Sliders span the whole stock; the chosen part and the cars in it follow the filters.
    {
        InventoryFilter none;
        none.limit = 0;
        const InventoryIndex::Result whole = snapshot->index->query(none);
        const auto span = [&](const InventoryIndex::Range &all, std::optional<double> low, std::optional<double> high,
                              const QString &unit) {
            const double lo = low.value_or(all.min), hi = high.value_or(all.max);
            const auto label = [&](double v) { return unit.isEmpty() ? QString::number(qRound(v)) : tr("%1 %2").arg(m_locale.toString(qRound(v)), unit); };
            return QVariantMap{{QStringLiteral("from"), all.min}, {QStringLiteral("to"), all.max},
                               {QStringLiteral("low"), lo},       {QStringLiteral("high"), hi},
                               {QStringLiteral("lowLabel"), label(lo)}, {QStringLiteral("highLabel"), label(hi)},
                               {QStringLiteral("chosen"), low.has_value() || high.has_value()}};
        };
        m_yearRange = span(whole.year, m_filter.yearMin ? std::optional<double>(*m_filter.yearMin) : std::nullopt,
                           m_filter.yearMax ? std::optional<double>(*m_filter.yearMax) : std::nullopt, QString());
        m_mileageRange = span(whole.mileageKm, m_filter.mileageMin, m_filter.mileageMax, QStringLiteral("km"));
        // Price in the studio's currency: other currencies cannot be compared on one slider.
        m_priceRange.clear();
        if (!m_filter.priceCurrency.isEmpty()) {
            InventoryFilter mine = none;
            mine.priceCurrency = m_filter.priceCurrency;
            const InventoryIndex::Range all = snapshot->index->query(mine).price;
            if (all.any && all.max > all.min) {
                const double lo = m_filter.priceMinMinor ? double(*m_filter.priceMinMinor) : all.min;
                const double hi = m_filter.priceMaxMinor ? double(*m_filter.priceMaxMinor) : all.max;
                const auto label = [&](double minor) { return Money{qint64(minor), m_filter.priceCurrency}.format(m_locale); };
                // Whole thousands at the ends, so the handles move in round steps.
                m_priceRange = {{QStringLiteral("from"), std::floor(all.min / 100000) * 1000},
                                {QStringLiteral("to"), std::ceil(all.max / 100000) * 1000},
                                {QStringLiteral("low"), lo / 100},
                                {QStringLiteral("high"), hi / 100},
                                {QStringLiteral("lowLabel"), label(lo)},
                                {QStringLiteral("highLabel"), label(hi)},
                                {QStringLiteral("chosen"), m_filter.priceMinMinor.has_value() || m_filter.priceMaxMinor.has_value()},
                                {QStringLiteral("note"), tr("Prices in %1. While a price range is set, cars priced in another currency are not shown.")
                                                             .arg(m_filter.priceCurrency)}};
            }
        }
    }
    m_active.clear();
    for (const QVariant &g : std::as_const(m_panel)) {
        const QVariantMap groupMap = g.toMap();
        for (const QVariant &c : groupMap.value(QStringLiteral("choices")).toList()) {
            const QVariantMap choice = c.toMap();
            if (choice.value(QStringLiteral("selected")).toBool()
                && !(groupMap.value(QStringLiteral("facet")) == QLatin1String("radius") && choice.value(QStringLiteral("value")) == QLatin1String("0")))
                m_active << QVariantMap{{QStringLiteral("facet"), groupMap.value(QStringLiteral("facet"))},
                                        {QStringLiteral("value"), choice.value(QStringLiteral("value"))},
                                        {QStringLiteral("label"), choice.value(QStringLiteral("label"))}};
        }
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
    for (auto it = m_finance.cbegin(); it != m_finance.cend(); ++it)
        updateFinance(it.key(), it.value());
    ++m_revision;
    emit changed();
}

QVariantMap Finder::detail(const QString &vehicleId) const
{
    const auto snapshot = m_service->snapshot();
    const std::optional<Vehicle> v = snapshot->vehicles.find(vehicleId);
    if (!v)
        return {};
    const Catalog &c = snapshot->catalog;
    const CarModel *model = c.model(v->model);
    const Trim *trim = c.trim(v->trim);
    const Studio *place = c.studio(v->location);
    const Market *market = place ? c.market(place->market) : nullptr;
    if (!model || !trim || !place || !market)
        return {};
    const auto name = [&](const QString &optionId) {
        const CatalogOption *o = c.option(optionId);
        return o ? o->name.text(m_language) : optionId;
    };
    QVariantMap d;
    d[QStringLiteral("id")] = v->id;
    d[QStringLiteral("title")] = QStringLiteral("%1 %2").arg(model->name.text(m_language), trim->name.text(m_language));
    const QString condition = v->condition == Vehicle::Condition::New ? tr("New")
        : v->condition == Vehicle::Condition::Cpo                     ? tr("Approved pre-owned")
                                                                      : tr("Used");
    d[QStringLiteral("subtitle")] = QStringLiteral("%1 · %2 %3 · %4")
                                        .arg(QString::number(v->year), m_locale.toString(v->mileage.value), v->mileage.unitName(), condition);
    d[QStringLiteral("price")] = v->price.format(m_locale);
    d[QStringLiteral("vin")] = v->vin;
    d[QStringLiteral("model")] = v->model;
    d[QStringLiteral("location")] = v->location;
    d[QStringLiteral("images")] = QStringList{ModelLineListModel::imageUrl(c, v->model, v->paint, v->wheel, QStringLiteral("side")),
                                              ModelLineListModel::imageUrl(c, v->model, v->paint, v->wheel, QStringLiteral("three-quarter"))};
    d[QStringLiteral("colours")] = tr("%1 · %2 · %3").arg(name(v->paint), name(v->interior), name(v->wheel));

    // Until the detail page reads a typed VehicleDetail: the facts as maps.
    QVariantList specs;
    for (const CarFacts::Fact &f : CarFacts::specs(model->specs, m_locale))
        specs << QVariantMap{{QStringLiteral("label"), f.label}, {QStringLiteral("value"), f.text}};
    d[QStringLiteral("specs")] = specs;

    // Equipment grouped by category: standard, chosen options, and what packages bring.
    QStringList present = trim->standard;
    for (const QString &o : v->options) {
        present << o;
        if (const CatalogOption *opt = c.option(o))
            present << opt->contents;
    }
    present.removeDuplicates();
    QVariantList equipment;
    for (const CarFacts::Equipment &e : CarFacts::equipment(c, present, m_language))
        equipment << QVariantMap{{QStringLiteral("category"), e.category}, {QStringLiteral("items"), e.items}};
    d[QStringLiteral("equipment")] = equipment;

    const PriceBreakdown breakdown = PriceBreakdown::fromGross(v->price, *market, model->powertrain);
    QVariantList lines;
    for (const AmountListModel::Line &l : CarFacts::breakdown(breakdown, v->price.currency, m_language, m_locale))
        lines << QVariantMap{{QStringLiteral("label"), l.label}, {QStringLiteral("amount"), l.amount}};
    d[QStringLiteral("breakdown")] = lines;
    d[QStringLiteral("total")] = breakdown.total.format(m_locale);


    QStringList address{place->address.street};
    address << QStringLiteral("%1 %2").arg(place->address.postcode, place->address.city).trimmed();
    d[QStringLiteral("placeName")] = place->name;
    d[QStringLiteral("placeAddress")] = address.join(QStringLiteral(", "));
    d[QStringLiteral("placePhone")] = place->phone;
    QStringList hours;

    for (int day = 0; day < 7; ++day) {
        QStringList spans;
        for (const TimeRange &r : place->weeklyHours[size_t(day)])
            // Isolated left-to-right, so "09:00–18:00" does not read "18:00–09:00" in Arabic.
            spans << QStringLiteral("\u2066%1–%2\u2069").arg(r.from.toString(QStringLiteral("HH:mm")), r.to.toString(QStringLiteral("HH:mm")));
        hours << QStringLiteral("%1 %2").arg(m_locale.dayName(day + 1, QLocale::ShortFormat),
                                             spans.isEmpty() ? tr("closed") : spans.join(QStringLiteral(", ")));

    }
    d[QStringLiteral("placeHours")] = hours;
    // A dealer whose feed gave no position shows no distance, and is navigated to by its address.
    if (m_filter.hasOrigin() && place->hasCoordinates)
        d[QStringLiteral("placeDistance")] = tr("%1 km away").arg(m_locale.toString(qRound(
            InventoryIndex::distanceKm(*m_filter.originLat, *m_filter.originLon, place->lat, place->lon))));
    const QString geo = place->hasCoordinates
        ? QStringLiteral("geo:%1,%2?q=%1,%2(%3)").arg(place->lat, 0, 'f', 5).arg(place->lon, 0, 'f', 5).arg(place->name)
        : QStringLiteral("geo:0,0?q=%1").arg(QStringList{place->name, place->address.street, place->address.city}.join(QStringLiteral(", ")));
    d[QStringLiteral("navigateQr")] = QStringLiteral("image://qr/") + QString::fromUtf8(QUrl::toPercentEncoding(geo));
    d[QStringLiteral("shareQr")] = QStringLiteral("image://qr/")
        + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("https://vitrine.example/stock/%1").arg(v->vin)));
    return d;
}

FinanceQuote *Finder::financeFor(const QString &vehicleId)
{
    FinanceQuote *&quote = m_finance[vehicleId];
    if (!quote) {
        quote = new FinanceQuote(this);
        QQmlEngine::setObjectOwnership(quote, QQmlEngine::CppOwnership);
        quote->setLocale(m_locale);
        updateFinance(vehicleId, quote);
    }
    return quote;
}

void Finder::updateFinance(const QString &vehicleId, FinanceQuote *quote) const
{
    const auto snapshot = m_service->snapshot();
    const std::optional<Vehicle> v = snapshot->vehicles.find(vehicleId);
    const Studio *place = v ? snapshot->catalog.studio(v->location) : nullptr;
    const Market *market = place ? snapshot->catalog.market(place->market) : nullptr;
    // A car priced in another currency than its market's is not financed rather than misquoted.
    quote->setSubject(market && market->currency == v->price.currency ? market : nullptr, v ? v->price.minor : 0);
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
    ++m_revision;
    emit changed();
}

QVariantMap Finder::comparison() const
{
    QList<QVariantMap> cars;
    for (const QString &id : m_compared) {
        const QVariantMap d = detail(id);
        if (!d.isEmpty())
            cars << d;
    }
    QVariantList heads;
    for (const QVariantMap &d : cars)
        heads << QVariantMap{{QStringLiteral("id"), d.value(QStringLiteral("id"))},
                             {QStringLiteral("title"), d.value(QStringLiteral("title"))},
                             {QStringLiteral("image"), d.value(QStringLiteral("images")).toStringList().value(0)},
                             {QStringLiteral("price"), d.value(QStringLiteral("price"))}};
    QVariantList rows;
    const auto row = [&](const QString &label, const QStringList &values) {
        bool differs = false;
        for (const QString &v : values)
            differs |= v != values.first();
        rows << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("values"), values}, {QStringLiteral("differs"), differs}};
    };
    const auto field = [&](const QString &key) {
        QStringList out;
        for (const QVariantMap &d : cars)
            out << d.value(key).toString();
        return out;
    };
    row(tr("Price"), field(QStringLiteral("price")));
    row(tr("Year, mileage, condition"), field(QStringLiteral("subtitle")));
    row(tr("Colour, interior, wheels"), field(QStringLiteral("colours")));
    // Specs by label, in the order the first car lists them.
    if (!cars.isEmpty()) {
        for (const QVariant &s : cars.first().value(QStringLiteral("specs")).toList()) {
            const QString label = s.toMap().value(QStringLiteral("label")).toString();
            QStringList values;
            for (const QVariantMap &d : cars) {
                QString value = QStringLiteral("—");
                for (const QVariant &t : d.value(QStringLiteral("specs")).toList()) {
                    if (t.toMap().value(QStringLiteral("label")).toString() == label)
                        value = t.toMap().value(QStringLiteral("value")).toString();
                }
                values << value;
            }
            row(label, values);
        }
    }
    // Equipment per category, so differences stand out where they are.
    QStringList categories;
    for (const QVariantMap &d : cars) {
        for (const QVariant &g : d.value(QStringLiteral("equipment")).toList()) {
            const QString c = g.toMap().value(QStringLiteral("category")).toString();
            if (!categories.contains(c))
                categories << c;
        }
    }
    for (const QString &category : categories) {
        QStringList values;
        for (const QVariantMap &d : cars) {
            QString value = QStringLiteral("—");
            for (const QVariant &g : d.value(QStringLiteral("equipment")).toList()) {
                if (g.toMap().value(QStringLiteral("category")).toString() == category)
                    value = g.toMap().value(QStringLiteral("items")).toStringList().join(QStringLiteral(" · "));
            }
            values << value;
        }
        row(category, values);
    }
    row(tr("Where"), field(QStringLiteral("placeName")));
    return {{QStringLiteral("cars"), heads}, {QStringLiteral("rows"), rows}};
}

QList<ResultListModel::Row> Finder::rowsFor(const InventoryIndex::Result &r, const InventoryService::Snapshot &snapshot) const
{
    const Catalog &catalog = snapshot.catalog;
    QList<ResultListModel::Row> rows;
    for (const auto &hit : r.page) {
        const Vehicle v = snapshot.vehicles.at(hit.position);
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
    return rows;
}
