// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonecarpage.h"
#include "phonespecs.h"

#include "pricing/carwords.h"
#include "pricing/financepolicy.h"
#include "pricing/pricebreakdown.h"

#include <QRegularExpression>

PhoneCarPage::PhoneCarPage(const PhoneSnapshot &data, const PhoneTheme &theme, const PhoneWords::Language &language,
                           const QString &publicUrl, PhonePhotos *photos)
    : m_data(data)
    , m_theme(theme)
    , m_language(language)
    , m_publicUrl(publicUrl)
    , m_photos(photos)
{
}

std::optional<Vehicle> PhoneCarPage::inStock(const PhoneSnapshot &data, const QString &vin)
{
    for (qsizetype i = 0; i < data.stock.size(); ++i) {
        Vehicle candidate = data.stock.at(i);
        if (candidate.vin == vin)
            return candidate;
    }
    return std::nullopt;
}

HttpResponse PhoneCarPage::render(const QString &vin, bool sold, const HttpRequest &request) const
{
    const Catalog &c = m_data.catalog;
    const QString path = QString::fromLatin1(request.path);
    const QLocale locale = PhoneWords::locale(m_language);
    const auto name = [&](const LocalizedText &t) { return PhonePage::text(t, m_language); };
    const std::optional<Vehicle> v = inStock(m_data, vin);
    const Studio *place = v ? c.studio(v->location) : nullptr;
    const Market *market = place ? c.market(place->market) : nullptr;
    if (!v || !place || !market) {
        if (sold)
            return PhonePage::problem(410, m_theme, m_language, path, tr("This car has been sold"),
                                      tr("It is no longer in stock. The studio can show you similar cars or order one."),
                                      request);
        return PhonePage::problem(404, m_theme, m_language, path, tr("No car with this number"),
                                  tr("Scan the code on the screen again."), request);
    }
    const CarModel *model = c.model(v->model);
    const Trim *trim = c.trim(v->trim);
    const auto optionName = [&](const QString &id) {
        const CatalogOption *o = c.option(id);
        return o ? name(o->name) : QString();
    };
    const QString title = model && trim ? name(model->name) + QLatin1Char(' ') + name(trim->name)
                                        : QStringList{v->make, v->modelName, v->trimName}.join(QLatin1Char(' ')).simplified();
    const QString condition = v->condition == Vehicle::Condition::New ? QCoreApplication::translate("VehicleDetail", "New")
        : v->condition == Vehicle::Condition::Cpo ? QCoreApplication::translate("VehicleDetail", "Approved pre-owned")
                                                  : QCoreApplication::translate("VehicleDetail", "Used");
    const bool miles = v->mileage.unit == Mileage::Unit::Mi;
    const QString subtitle = QStringLiteral("%1 · %2 · %3")
                                 .arg(QString::number(v->year), PhoneSpecs::mileage(v->mileage.value, miles, locale), condition);
    const QString picture = PhonePage::drawingPath(c, v->model, v->body, v->paint, v->wheel);
    const PriceBreakdown breakdown = PriceBreakdown::fromGross(v->price, *market, model ? model->powertrain : v->powertrain);
    const QString price = v->price.format(locale);
    // The dealer's photos the hub holds, in their order; one not held yet is fetched for the next
    // visitor (the page never waits for another host) and the drawing stands in meanwhile.
    struct Shown {
        qsizetype index;
        PhonePhotos::Held held;
        QString src;
    };
    QList<Shown> photos;
    for (qsizetype i = 0; m_photos && i < v->images.size() && i < kPhotosShown; ++i) {
        const QUrl source(v->images.at(i));
        const bool large = photos.isEmpty();
        if (const auto held = m_photos->held(source, large ? PhonePhotos::Size::Large : PhonePhotos::Size::Small))
            photos.append({i, *held,
                           QStringLiteral("/p/photo/%1/%2%3.jpg?v=%4")
                               .arg(v->vin)
                               .arg(i)
                               .arg(large ? QString() : QStringLiteral("-small"), held->version)});
        else
            m_photos->want(source);
    }

    PhoneHtml page(m_theme, m_language);
    page.begin({title,
                QStringLiteral("%1 · %2").arg(subtitle, price),
                photos.isEmpty() ? PhonePage::sharePath(picture) : photos.first().src,
                path,
                {},
                m_publicUrl});
    page.raw(QStringLiteral("<h1>")).text(title).raw(QStringLiteral("</h1><p class=\"sub\">")).text(subtitle);
    page.raw(QStringLiteral("</p>"));
    const QStringList colours = model && trim ? QStringList{optionName(v->paint), optionName(v->interior), optionName(v->wheel)}
                                              : QStringList{v->exteriorColor, v->interiorColor};
    const QString colourText = QStringList(colours).filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" · "));
    if (photos.isEmpty()) {
        page.raw(QStringLiteral("<img class=\"car\" width=\"1600\" height=\"700\" src=\"%1\" alt=\"%2\">")
                     .arg(PhoneHtml::escape(picture), PhoneHtml::escape(tr("Drawing of the %1, %2").arg(title, colourText))));
    } else {
        // The kiosk's words for its own photos (CarPictures), so every language has them.
        const Shown &large = photos.first();
        page.raw(QStringLiteral("<img class=\"car\" width=\"%1\" height=\"%2\" src=\"%3\" alt=\"%4\">")
                     .arg(large.held.size.width())
                     .arg(large.held.size.height())
                     .arg(PhoneHtml::escape(large.src),
                          PhoneHtml::escape(QCoreApplication::translate("CarPictures", "Photo of %1").arg(title))));
        if (photos.size() > 1) {
            // Sized, so the page does not jump as they arrive; lazy, so a phone that is not
            // scrolled down never fetches them.
            page.raw(QStringLiteral("<div class=\"photos\">"));
            for (qsizetype i = 1; i < photos.size(); ++i) {
                const Shown &small = photos.at(i);
                const QString alt = QCoreApplication::translate("CarPictures", "Photo %1 of %2: %3")
                                        .arg(small.index + 1)
                                        .arg(v->images.size())
                                        .arg(title);
                page.raw(QStringLiteral("<img loading=\"lazy\" decoding=\"async\" width=\"%1\" height=\"%2\" src=\"%3\" "
                                        "alt=\"%4\">")
                             .arg(small.held.size.width())
                             .arg(small.held.size.height())
                             .arg(PhoneHtml::escape(small.src), PhoneHtml::escape(alt)));
            }
            page.raw(QStringLiteral("</div>"));
        }
    }
    page.raw(QStringLiteral("<p>")).text(colourText).raw(QStringLiteral("</p>"));
    page.raw(QStringLiteral("<p class=\"note\">")).sentence(tr("Vehicle identification number %1"), {v->vin});
    page.raw(QStringLiteral("</p>"));

    page.raw(QStringLiteral("<h2>")).text(tr("Price")).raw(QStringLiteral("</h2>"));
    QList<std::pair<QString, QString>> lines = CarWords::breakdown(breakdown, v->price.currency,
                                                                   QString::fromLatin1(m_language.feedKey), locale);
    lines << std::pair{tr("Total price"), breakdown.total.format(locale)};
    page.table({}, lines, true);
    // A car priced in another currency than its market's is not financed rather than misquoted.
    if (market->currency == v->price.currency) {
        if (const auto offer = FinancePolicy(*market).offer(v->price.minor)) {
            page.raw(QStringLiteral("<h2>")).text(tr("Monthly")).raw(QStringLiteral("</h2><p><strong>"));
            page.text(PhonePage::financeSummary(*offer, locale)).raw(QStringLiteral("</strong></p>"));
            page.table({}, PhonePage::financeLines(*offer, locale));
        }
    }
    if (model) {
        page.raw(QStringLiteral("<h2>")).text(tr("Key figures")).raw(QStringLiteral("</h2>"));
        page.table({}, CarWords::specs(model->specs, locale));
    }

    page.raw(QStringLiteral("<h2>")).text(tr("Where it is")).raw(QStringLiteral("</h2><div class=\"card\"><p><strong>"));
    page.text(place->name).raw(QStringLiteral("</strong></p><p>"));
    page.text(
        QStringList{place->address.street, QStringLiteral("%1 %2").arg(place->address.postcode, place->address.city).trimmed()}
            .join(QStringLiteral(", ")));
    page.raw(QStringLiteral("</p><ul class=\"plain\" aria-label=\"%1\">").arg(PhoneHtml::escape(tr("Opening hours"))));
    for (const QString &line : CarWords::openingHours(*place, locale))
        page.raw(QStringLiteral("<li>")).text(line).raw(QStringLiteral("</li>"));
    page.raw(QStringLiteral("</ul><p class=\"actions\"><a class=\"button quiet\" href=\"%1\">")
                 .arg(PhoneHtml::escape(PhonePage::mapLink(*place))));
    page.text(tr("Open the map")).raw(QStringLiteral("</a>"));
    if (!place->phone.isEmpty()) {
        page.raw(QStringLiteral(" ")).callButton(tr("Call %1"), place->phone);
    }
    page.raw(QStringLiteral("</p></div>"));
    return PhonePage::html(200, page.finish(), request);
}
