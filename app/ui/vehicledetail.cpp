// SPDX-License-Identifier: GPL-3.0-or-later
#include "vehicledetail.h"

#include "carnames.h"
#include "inventory/inventoryindex.h"
#include "modellinelistmodel.h"
#include "pricing/carwords.h"
#include "pricing/pricebreakdown.h"

#include <QUrl>

VehicleDetail::VehicleDetail(const QString &vehicleId, QObject *parent)
    : QObject(parent)
    , m_id(vehicleId)
    , m_pictures(this)
    , m_specs(this)
    , m_equipment(this)
    , m_breakdown(this)
{
}

void VehicleDetail::update(const InventoryService::Snapshot &snapshot, const Context &context)
{
    m_finance.setLocale(context.locale);
    m_finance.setTradeIn(context.tradeIn, context.tradeInUsed);
    const std::optional<Vehicle> v = snapshot.vehicles.find(m_id);
    const Catalog &c = snapshot.catalog;
    const CarModel *model = v ? c.model(v->model) : nullptr;
    const Trim *trim = v ? c.trim(v->trim) : nullptr;
    const Studio *place = v ? c.studio(v->location) : nullptr;
    const Market *market = place ? c.market(place->market) : nullptr;
    // The brand's car needs its catalog model and trim; a dealer's car its own names will do.
    const bool configured = model && trim;
    if (!v || (!configured && !v->isListing()) || !place || !market) {
        // Gone from the stock: what the visitor saw stays, marked as no longer available.
        if (m_available) {
            m_available = false;
            emit changed();
        }
        return;
    }
    const QString &lang = context.language;
    const QLocale &locale = context.locale;
    const auto name = [&](const QString &optionId) {
        const CatalogOption *o = c.option(optionId);
        return o ? o->name.text(lang) : optionId;
    };
    m_available = true;
    m_title = CarNames::title(*v, c, lang);
    const QString condition = v->condition == Vehicle::Condition::New ? tr("New")
        : v->condition == Vehicle::Condition::Cpo                     ? tr("Approved pre-owned")
                                                                      : tr("Used");
    const MarketWords &words = context.words;
    m_subtitle = QStringLiteral("%1 · %2 · %3").arg(QString::number(v->year), words.mileage(v->mileage), condition);
    m_price = words.price(v->price);
    m_priceNote = words.priceNote(v->price, c, v->location);
    m_model = v->model;
    m_location = v->location;
    m_pictures.setRows(CarPictures::of(*v, c, m_title));
    if (configured) {
        m_colours = tr("%1 · %2 · %3").arg(name(v->paint), name(v->interior), name(v->wheel));
    } else {
        QStringList colours{v->exteriorColor, v->interiorColor};
        colours.removeAll(QString());
        m_colours = colours.join(QStringLiteral(" · "));
    }
    if (!configured) {
        // No catalog specs for a car the catalog does not know: nothing is made up.
        m_specs.setRows({});
        m_equipment.setRows(CarFacts::equipment(c, v->options, lang));
    } else {
        m_specs.setRows(CarFacts::specs(model->specs, locale));
        // Equipment grouped by category: standard, chosen options, and what packages bring.
        QStringList present = trim->standard;
        for (const QString &o : v->options) {
            present << o;
            if (const CatalogOption *opt = c.option(o))
                present << opt->contents;
        }
        present.removeDuplicates();
        m_equipment.setRows(CarFacts::equipment(c, present, lang));
    }

    const PriceBreakdown breakdown = PriceBreakdown::fromGross(v->price, *market, model ? model->powertrain : v->powertrain);
    m_breakdown.setLines(CarFacts::breakdown(breakdown, v->price.currency, lang, locale));
    m_total = words.price(breakdown.total);

    m_placeName = place->name;
    m_placeAddress = QStringList{place->address.street,
                                 QStringLiteral("%1 %2").arg(place->address.postcode, place->address.city).trimmed()}
                         .join(QStringLiteral(", "));
    m_placePhone = place->phone;
    m_placeHours = CarWords::openingHours(*place, locale);
    // A dealer whose feed gave no position shows no distance, and is navigated to by its address.
    m_placeDistance = context.origin && place->hasCoordinates
        ? words.away(InventoryIndex::distanceKm(context.origin->first, context.origin->second, place->lat, place->lon), place->id)
        : QString();
    const QString geo = place->hasCoordinates
        ? QStringLiteral("geo:%1,%2?q=%1,%2(%3)").arg(place->lat, 0, 'f', 5).arg(place->lon, 0, 'f', 5).arg(place->name)
        : QStringLiteral("geo:0,0?q=%1")
              .arg(QStringList{place->name, place->address.street, place->address.city}.join(QStringLiteral(", ")));
    m_navigateQr = QStringLiteral("image://qr/") + QString::fromUtf8(QUrl::toPercentEncoding(geo));
    const QString share = context.links.car(v->vin);
    m_shareQr = share.isEmpty() ? QString() : QStringLiteral("image://qr/") + QString::fromUtf8(QUrl::toPercentEncoding(share));
    // A car priced in another currency than its market's is not financed rather than misquoted.
    m_finance.setSubject(market->currency == v->price.currency ? market : nullptr, v->price.minor);
    emit changed();
}
