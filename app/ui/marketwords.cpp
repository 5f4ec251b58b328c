#include "marketwords.h"

#include <cmath>

MarketWords::MarketWords(const Catalog &catalog, const QString &studioId, const QString &language, const QLocale &locale)
    : m_studio(studioId)
    , m_language(language)
    , m_locale(locale)
{
    const Studio *studio = catalog.studio(studioId);
    if (const Market *market = studio ? catalog.market(studio->market) : nullptr) {
        m_currency = market->currency;
        m_miles = market->miles;
    }
}

QString MarketWords::distance(double km) const
{
    const double value = fromKm(km);
    const QString number = value < 10 ? m_locale.toString(value, 'f', 1) : m_locale.toString(qRound64(value));
    return m_miles ? tr("%1 mi").arg(number) : tr("%1 km").arg(number);
}

QString MarketWords::away(double km, const QString &placeId) const
{
    if (!m_studio.isEmpty() && placeId == m_studio)
        return tr("Here in this studio");
    const double value = fromKm(km);
    const QString number = value < 10 ? m_locale.toString(value, 'f', 1) : m_locale.toString(qRound64(value));
    return m_miles ? tr("%1 mi away").arg(number) : tr("%1 km away").arg(number);
}

QString MarketWords::mileage(const Mileage &m) const
{
    const bool same = (m.unit == Mileage::Unit::Mi) == m_miles;
    const qint64 value = same ? m.value : qRound64(fromKm(m.kilometres()));
    return m_miles ? tr("%1 mi").arg(m_locale.toString(value)) : tr("%1 km").arg(m_locale.toString(value));
}

QString MarketWords::price(const Money &money) const
{
    if (!foreign(money))
        return money.format(m_locale);
    const bool whole = money.minor % Money::kMinorPerMajor == 0;
    // Kept left-to-right as one piece inside right-to-left text.
    return QStringLiteral("\u2066%1 %2\u2069").arg(money.currency, m_locale.toString(money.major(), 'f', whole ? 0 : 2));
}

QString MarketWords::priceNote(const Money &money, const Catalog &catalog, const QString &placeId) const
{
    if (!foreign(money))
        return {};
    const Studio *place = catalog.studio(placeId);
    const Market *market = place ? catalog.market(place->market) : nullptr;
    return market ? tr("Priced in %1 for %2, not converted").arg(money.currency, market->name.text(m_language))
                  : tr("Priced in %1, not converted").arg(money.currency);
}
