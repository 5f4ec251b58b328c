// SPDX-License-Identifier: GPL-3.0-or-later
#include "finder.h"
#include "visitinsights.h"

#include "carnames.h"
#include "carpictures.h"
#include "common/bidi.h"

#include <QQmlEngine>
#include <QTimer>

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

QVariant Finder::Suggestion::value(int role) const
{
    return role == FirstRole ? QVariant(text) : role == FirstRole + 1 ? QVariant(count) : QVariant();
}

QHash<int, QByteArray> Finder::Suggestion::roleNames()
{
    return {{FirstRole, "text"}, {FirstRole + 1, "count"}};
}

Finder::Finder(InventoryService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_results(this)
    , m_panel(this)
    , m_active(this)
    , m_suggestions(this)
{
    startOver();
    m_settled.setSingleShot(true);
    m_settled.setInterval(2500);
    connect(&m_settled, &QTimer::timeout, this, &Finder::noteSettledFilter);
    connect(service, &InventoryService::changed, this, &Finder::refresh);
    refresh();
}

void Finder::noteSettledFilter()
{
    // Which facets and values, and which ranges are narrowed; never the place or the sort.
    QStringList parts;
    for (auto it = m_filter.selected.cbegin(); it != m_filter.selected.cend(); ++it) {
        QStringList values(it.value().cbegin(), it.value().cend());
        values.sort();
        parts << it.key() + QLatin1Char('=') + values.join(QLatin1Char('|'));
    }
    if (!m_filter.equipment.isEmpty()) {
        QStringList equipment = m_filter.equipment;
        equipment.sort();
        parts << QStringLiteral("equipment=") + equipment.join(QLatin1Char('|'));
    }
    if (m_filter.priceMinMinor || m_filter.priceMaxMinor)
        parts << QStringLiteral("price");
    if (m_filter.yearMin || m_filter.yearMax)
        parts << QStringLiteral("year");
    if (m_filter.mileageMin || m_filter.mileageMax)
        parts << QStringLiteral("mileage");
    parts.sort();
    const QString filter = parts.join(QStringLiteral("; ")).left(200);
    if (!filter.isEmpty() && filter != m_notedFilter)
        VisitInsights::note(InsightEvent::Kind::FilterApplied, filter, {}, qint64(m_total));
    m_notedFilter = filter;
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty() && text != m_notedText)
        VisitInsights::noteSearch(text, qint64(m_total));
    m_notedText = text;
}

void Finder::startOver()
{
    const auto lat = m_filter.originLat;
    const auto lon = m_filter.originLon;
    m_filter = InventoryFilter();
    m_filter.originLat = lat;
    m_filter.originLon = lon;
    m_filter.limit = 24;
    m_filter.sort = InventoryFilter::Sort::Distance;
    m_radiusChoice.reset();
}

void Finder::applyArea()
{
    m_filter.priceCurrency = m_words.currency();
    if (!m_filter.hasOrigin() || (m_radiusChoice && *m_radiusChoice == 0))
        m_filter.radiusKm.reset();
    else
        m_filter.radiusKm = m_radiusChoice ? *m_radiusChoice : m_areaKm;
}

void Finder::toggle(const QString &facet, const QString &value)
{
    if (facet == QLatin1String("radius")) {
        const int km = value.toInt();
        if ((m_radiusChoice && *m_radiusChoice == km) || km == m_areaKm)
            m_radiusChoice.reset(); // a chip taken off, or the area chosen again
        else
            m_radiusChoice = km;
    } else if (facet == QLatin1String("text")) {
        m_filter.text.clear();
    } else if (facet == QLatin1String("price")) {
        m_filter.priceMinMinor.reset();
        m_filter.priceMaxMinor.reset();
    } else if (facet == QLatin1String("year")) {
        m_filter.yearMin.reset();
        m_filter.yearMax.reset();
    } else if (facet == QLatin1String("mileage")) {
        m_filter.mileageMin.reset();
        m_filter.mileageMax.reset();
    } else if (facet == QLatin1String("equipment")) {
        if (m_filter.equipment.contains(value))
            m_filter.equipment.removeAll(value);
        else
            m_filter.equipment << value;
    } else {
        QSet<QString> &values = m_filter.selected[facet];
        if (values.contains(value))
            values.remove(value);
        else
            values.insert(value);
        if (values.isEmpty())
            m_filter.selected.remove(facet);
    }
    refresh();
}

void Finder::clearAll()
{
    const InventoryFilter::Sort sort = m_filter.sort;
    startOver();
    m_filter.sort = sort;
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

void Finder::setText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    refresh();
}

void Finder::relax()
{
    if (m_relax.run)
        m_relax.run();
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

void Finder::setMileageRange(double low, double high)
{
    const auto whole = m_service->snapshot()->index ? m_service->snapshot()->index->query({}).mileageKm : InventoryIndex::Range{};
    m_filter.mileageUnit = m_words.miles() ? Mileage::Unit::Mi : Mileage::Unit::Km;
    if (whole.any && m_words.toKm(low) <= whole.min + 0.5 && m_words.toKm(high) >= whole.max - 0.5) {
        m_filter.mileageMin.reset();
        m_filter.mileageMax.reset();
    } else {
        m_filter.mileageMin = low;
        m_filter.mileageMax = high;
    }
    refresh();
}

void Finder::setRadius(int km)
{
    if (km < 0 || km == m_areaKm)
        m_radiusChoice.reset();
    else
        m_radiusChoice = km;
    refresh();
}

void Finder::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    refresh();
    renewSuggestions();
}

void Finder::renewSuggestions()
{
    const auto snapshot = m_service->snapshot();
    for (auto it = m_alsoLike.cbegin(); it != m_alsoLike.cend(); ++it)
        it.value()->find(snapshot, suggestionRequest(it.key(), std::nullopt));
    if (m_buildSuggestions && m_buildSuggestions->count() > 0)
        suggestionsForBuild();
}

void Finder::setOrigin(double lat, double lon)
{
    m_filter.originLat = lat;
    m_filter.originLon = lon;
    refresh();
}

void Finder::setStudio(const QString &studioId, int areaKm)
{
    m_studio = studioId;
    m_areaKm = areaKm > 0 ? areaKm : 150;
    startOver();
    refresh();
}

void Finder::reset()
{
    m_settled.stop();
    m_notedFilter.clear();
    m_notedText.clear();
    m_compared.clear();
    // Nothing of the visit's cars stays. A page holding one may still be leaving (its transition):
    // it goes a little later, so the page never sees its car turn null under its bindings.
    for (VehicleDetail *detail : std::as_const(m_details))
        QTimer::singleShot(std::chrono::seconds(5), detail, &QObject::deleteLater);
    m_details.clear();
    m_viewed.clear();
    for (VisitSuggestions *suggestions : std::as_const(m_alsoLike)) {
        suggestions->clear();
        QTimer::singleShot(std::chrono::seconds(5), suggestions, &QObject::deleteLater);
    }
    m_alsoLike.clear();
    if (m_buildSuggestions)
        m_buildSuggestions->clear();
    emit comparedChanged();
    startOver();
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
    m_words = MarketWords(catalog, m_studio, m_language, m_locale);
    applyArea();
    const InventoryIndex::Result r = snapshot->index->query(m_filter);
    m_total = r.total;
    m_settled.start();

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
    QHash<QString, QString> groupLabels;
    const auto group = [&](const QString &facet, const QString &label, const QList<FacetValueRow> &values) {
        RowListModel<FacetValueRow> *model = valuesOf(facet);
        model->setRows(values);
        groups << FacetGroup{facet, label, model};
        groupLabels.insert(facet, label);
        if (facet == QLatin1String("radius"))
            return; // the studio's area is where a visit starts, not a filter to take off
        for (const FacetValueRow &v : values) {
            if (v.selected)
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
    const auto radiusLabel = [&](int km) { return km > 0 ? tr("Within %1").arg(m_words.distance(km)) : tr("Anywhere"); };
    if (m_filter.hasOrigin()) {
        // The studio's area, wider circles in round figures of the market's unit, and anywhere,
        // each with the cars it would give, everything else as chosen.
        QList<int> radii{m_areaKm};
        static constexpr int kWiderKm[] = {500, 1500};
        static constexpr int kWiderMi[] = {300, 1000};
        for (qsizetype i = 0; i < 2; ++i) {
            const int km = qRound(m_words.toKm(m_words.miles() ? kWiderMi[i] : kWiderKm[i]));
            if (km > m_areaKm)
                radii << km;
        }
        radii << 0;
        const int current = m_radiusChoice ? *m_radiusChoice : m_areaKm;
        QList<FacetValueRow> values;
        for (const int km : std::as_const(radii)) {
            InventoryFilter f = m_filter;
            f.limit = 0;
            if (km > 0)
                f.radiusKm = km;
            else
                f.radiusKm.reset();
            values << FacetValueRow{QString::number(km), radiusLabel(km), qint64(snapshot->index->count(f)), km == current};
        }
        group(QStringLiteral("radius"), tr("Distance"), values);
        if (m_radiusChoice)
            chips << Chip{QStringLiteral("radius"), QString::number(*m_radiusChoice), radiusLabel(*m_radiusChoice)};
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
        const auto span = [&](const InventoryIndex::Range &all, double scale, std::optional<double> low,
                              std::optional<double> high, const auto &label) {
            FinderRange range;
            range.available = all.any;
            range.from = std::floor(all.min / scale);
            range.to = std::ceil(all.max / scale);
            range.low = low.value_or(range.from);
            range.high = high.value_or(range.to);
            range.lowLabel = label(range.low);
            range.highLabel = label(range.high);
            range.chosen = low.has_value() || high.has_value();
            return range;
        };
        m_yearRange = span(whole.year, 1, m_filter.yearMin ? std::optional<double>(*m_filter.yearMin) : std::nullopt,
                           m_filter.yearMax ? std::optional<double>(*m_filter.yearMax) : std::nullopt,
                           [](double v) { return QString::number(qRound(v)); });
        const double perUnit = m_words.toKm(1);
        m_mileageRange = span(whole.mileageKm, perUnit, m_filter.mileageMin, m_filter.mileageMax, [&](double v) {
            return m_words.mileage({qRound64(v), m_words.miles() ? Mileage::Unit::Mi : Mileage::Unit::Km});
        });
        if (m_yearRange.chosen)
            chips << Chip{QStringLiteral("year"), QString(),
                          tr("Model year %1–%2").arg(m_yearRange.lowLabel, m_yearRange.highLabel)};
        if (m_mileageRange.chosen)
            chips << Chip{QStringLiteral("mileage"), QString(),
                          Bidi::range(m_mileageRange.lowLabel, m_mileageRange.highLabel, m_locale, QStringLiteral(" – "))};
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
                if (m_priceRange.chosen)
                    chips << Chip{QStringLiteral("price"), QString(),
                                  Bidi::range(m_priceRange.lowLabel, m_priceRange.highLabel, m_locale, QStringLiteral(" – "))};
            }
        }
    }
    if (!m_filter.text.trimmed().isEmpty())
        // Read in the language's direction though the words are Latin: in Arabic its marks
        // (”…“) looked backwards in a chip laid out from the left.
        chips << Chip{QStringLiteral("text"), QString(),
                      (m_locale.textDirection() == Qt::RightToLeft ? QString(QChar(0x200F)) : QString())
                          + Bidi::quoted(m_filter.text.trimmed(), m_locale)};
    m_panel.setRows(groups);
    m_active.setRows(chips);
    {
        const QList<QPair<QString, QString>> list{{QStringLiteral("distance"), tr("Nearest")},
                                                  {QStringLiteral("price"), tr("Price, lowest first")},
                                                  {QStringLiteral("price-desc"), tr("Price, highest first")},
                                                  {QStringLiteral("newest"), tr("Newest")},
                                                  {QStringLiteral("mileage"), tr("Lowest mileage")},
                                                  {QStringLiteral("recent"), tr("Recently added")}};
        QList<ChoiceListModel::Choice> sorts;
        for (const auto &[value, label] : list)
            sorts << ChoiceListModel::Choice{value, label};
        m_sorts.setChoices(sorts);
        m_sorts.setSelected(m_filter.toJson().value(QStringLiteral("sort")).toString());
    }

    // Where the cars are, in words, and how many the studio's area holds (Home says the same).
    {
        const Studio *here = catalog.studio(m_studio);
        const bool atStudio = here && here->hasCoordinates && m_filter.hasOrigin()
            && InventoryIndex::distanceKm(*m_filter.originLat, *m_filter.originLon, here->lat, here->lon) < 1;
        if (!m_filter.radiusKm)
            m_scope = tr("Everywhere");
        else if (atStudio)
            m_scope = tr("Within %1 of %2").arg(m_words.distance(*m_filter.radiusKm), Bidi::inSentence(here->name, m_locale));
        else
            m_scope = tr("Within %1 of here").arg(m_words.distance(*m_filter.radiusKm));
        InventoryFilter area;
        area.limit = 0;
        area.originLat = m_filter.originLat;
        area.originLon = m_filter.originLon;
        if (area.hasOrigin())
            area.radiusKm = m_areaKm;
        m_areaTotal = snapshot->index->count(area);
    }

    findRelax(*snapshot, r);
    updateSuggestions(*snapshot);

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

void Finder::findRelax(const InventoryService::Snapshot &snapshot, const InventoryIndex::Result &r)
{
    // The way out of an empty result: the one filter whose removal gives the most cars.
    m_relaxHint.clear();
    m_relax = {};
    if (r.total != 0)
        return;
    struct Candidate {
        QString label;
        std::function<void(InventoryFilter &)> drop;
        std::function<void()> run;
    };
    QList<Candidate> candidates;
    for (auto it = m_filter.selected.cbegin(); it != m_filter.selected.cend(); ++it) {
        const QString facet = it.key();
        QString label = facet;
        for (const FacetGroup &g : m_panel.rows()) {
            if (g.facet == facet)
                label = g.label;
        }
        candidates << Candidate{label, [facet](InventoryFilter &f) { f.selected.remove(facet); },
                                [this, facet] { m_filter.selected.remove(facet); }};
    }
    if (!m_filter.equipment.isEmpty())
        candidates << Candidate{tr("Equipment"), [](InventoryFilter &f) { f.equipment.clear(); },
                                [this] { m_filter.equipment.clear(); }};
    if (!m_filter.text.trimmed().isEmpty())
        candidates << Candidate{m_filter.text.trimmed(), [](InventoryFilter &f) { f.text.clear(); },
                                [this] { m_filter.text.clear(); }};
    if (m_filter.priceMinMinor || m_filter.priceMaxMinor)
        candidates << Candidate{tr("Price"),
                                [](InventoryFilter &f) {
                                    f.priceMinMinor.reset();
                                    f.priceMaxMinor.reset();
                                },
                                [this] {
                                    m_filter.priceMinMinor.reset();
                                    m_filter.priceMaxMinor.reset();
                                }};
    if (m_filter.yearMin || m_filter.yearMax)
        candidates << Candidate{tr("Model year"),
                                [](InventoryFilter &f) {
                                    f.yearMin.reset();
                                    f.yearMax.reset();
                                },
                                [this] {
                                    m_filter.yearMin.reset();
                                    m_filter.yearMax.reset();
                                }};
    if (m_filter.mileageMin || m_filter.mileageMax)
        candidates << Candidate{tr("Mileage"),
                                [](InventoryFilter &f) {
                                    f.mileageMin.reset();
                                    f.mileageMax.reset();
                                },
                                [this] {
                                    m_filter.mileageMin.reset();
                                    m_filter.mileageMax.reset();
                                }};
    if (m_filter.radiusKm)
        candidates << Candidate{tr("Within %1").arg(m_words.distance(*m_filter.radiusKm)),
                                [](InventoryFilter &f) { f.radiusKm.reset(); }, [this] { m_radiusChoice = 0; }};
    qsizetype bestCount = 0;
    const Candidate *best = nullptr;
    for (const Candidate &c : std::as_const(candidates)) {
        InventoryFilter relaxed = m_filter;
        relaxed.limit = 0;
        c.drop(relaxed);
        const qsizetype n = snapshot.index->count(relaxed);
        if (n > bestCount) {
            bestCount = n;
            best = &c;
        }
    }
    if (!best)
        return;
    const QString quoted = Bidi::quoted(best->label, m_locale);
    m_relaxHint = tr("No car matches all of these. Without %1 there are %n cars.", "", int(bestCount)).arg(quoted);
    m_relax = Relax{tr("Remove %1").arg(quoted), best->run};
}

void Finder::updateSuggestions(const InventoryService::Snapshot &snapshot)
{
    QList<Suggestion> rows;
    const QString typed = m_filter.text;
    if (!typed.trimmed().isEmpty()) {
        for (const QString &completion : snapshot.index->suggest(typed, m_language, kMaxSuggestions * 2)) {
            InventoryFilter f = m_filter;
            f.limit = 0;
            f.text = completion;
            const qsizetype n = snapshot.index->count(f);
            if (n > 0 && completion.compare(typed.trimmed(), Qt::CaseInsensitive) != 0)
                rows << Suggestion{completion, qint64(n)};
            if (rows.size() >= kMaxSuggestions)
                break;
        }
    }
    m_suggestions.setRows(rows);
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
        detail->update(*snapshot, detailContext());
        m_viewed << vehicleId;
        if (const auto v = snapshot->vehicles.find(vehicleId))
            VisitInsights::note(InsightEvent::Kind::CarViewed, v->model);
    }
    return detail;
}

VisitSuggestions::Request Finder::suggestionRequest(const QString &focus, std::optional<CarTraits> build) const
{
    VisitSuggestions::Request r;
    r.visit.focusVehicleId = focus;
    r.visit.build = std::move(build);
    r.visit.viewedVehicleIds = m_viewed;
    r.visit.filteredColours = m_filter.selected.value(QStringLiteral("paint")).values();
    r.visit.filteredBodies = m_filter.selected.value(QStringLiteral("body")).values();
    // Sets have no order; the recommender's answer must not depend on one.
    r.visit.filteredColours.sort();
    r.visit.filteredBodies.sort();
    r.language = m_language;
    r.locale = m_locale;
    r.words = m_words;
    r.tradeIn = m_tradeInUsed ? m_tradeIn : Money{};
    return r;
}

VisitSuggestions *Finder::suggestionsFor(const QString &vehicleId)
{
    VisitSuggestions *&suggestions = m_alsoLike[vehicleId];
    if (!suggestions) {
        suggestions = new VisitSuggestions(this);
        QQmlEngine::setObjectOwnership(suggestions, QQmlEngine::CppOwnership);
    }
    suggestions->find(m_service->snapshot(), suggestionRequest(vehicleId, std::nullopt));
    return suggestions;
}

VisitSuggestions *Finder::suggestionsForBuild()
{
    if (!m_buildSuggestions) {
        m_buildSuggestions = new VisitSuggestions(this);
        QQmlEngine::setObjectOwnership(m_buildSuggestions, QQmlEngine::CppOwnership);
    }
    const std::optional<CarTraits> build = m_buildSource ? m_buildSource() : std::nullopt;
    if (build)
        m_buildSuggestions->find(m_service->snapshot(), suggestionRequest({}, build));
    else
        m_buildSuggestions->clear();
    return m_buildSuggestions;
}

VehicleDetail::Context Finder::detailContext() const
{
    return {m_language,
            m_locale,
            m_filter.hasOrigin() ? std::optional(std::make_pair(*m_filter.originLat, *m_filter.originLon)) : std::nullopt,
            m_words,
            m_links,
            m_tradeIn,
            m_tradeInUsed};
}

void Finder::setTradeIn(const Money &estimateLow, bool used)
{
    if (estimateLow == m_tradeIn && used == m_tradeInUsed)
        return;
    m_tradeIn = estimateLow;
    m_tradeInUsed = used;
    refreshDetails();
    renewSuggestions();
}

void Finder::setPhoneLinks(const PhoneLinks &links)
{
    if (links == m_links)
        return;
    m_links = links;
    refreshDetails();
}

void Finder::refreshDetails()
{
    const auto snapshot = m_service->snapshot();
    const VehicleDetail::Context context = detailContext();
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
        if (m_compared.size() >= 2) {
            const auto snapshot = m_service->snapshot();
            QStringList models;
            for (const QString &id : std::as_const(m_compared)) {
                if (const auto v = snapshot->vehicles.find(id))
                    models << v->model;
            }
            models.sort();
            VisitInsights::noteOnce(InsightEvent::Kind::CarsCompared, models.join(QLatin1Char('+')));
        }
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
        const QString condition = v.condition == Vehicle::Condition::New ? tr("New")
            : v.condition == Vehicle::Condition::Cpo                     ? tr("Approved pre-owned")
                                                                         : tr("Used");
        QString where = place ? place->name : v.location;
        if (hit.distanceKm && *hit.distanceKm >= 1 && v.location != m_studio)
            where = tr("%1 · %2").arg(Bidi::inSentence(where, m_locale), m_words.distance(*hit.distanceKm));
        const QString title = CarNames::title(v, catalog, m_language);
        const CarPictures::Picture picture = CarPictures::first(v, catalog, title);
        rows << ResultListModel::Row{
            v.id,
            title,
            QStringLiteral("%1 · %2 · %3").arg(QString::number(v.year), m_words.mileage(v.mileage), condition),
            m_words.price(v.price),
            where,
            picture.drawing,
            Vehicle::conditionName(v.condition),
            m_words.priceNote(v.price, catalog, v.location),
            picture.photo,
            picture.alt};
    }
    return rows;
}
