#pragma once

#include "catalog/catalog.h"
#include "common/money.h"
#include "inventory/vehicle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

/// How the studio's market tells a visitor amounts and distances: its currency, its unit of
/// distance (km or miles), in the visitor's language. A car priced in another currency keeps
/// that currency, labelled, and is never converted or compared as if it were the same money.
class MarketWords
{
    Q_DECLARE_TR_FUNCTIONS(MarketWords)

public:
    MarketWords() = default;
    /// The market of `studioId` in `catalog`; km and no currency when the studio is unknown.
    MarketWords(const Catalog &catalog, const QString &studioId, const QString &language, const QLocale &locale);

    QString currency() const { return m_currency; }
    bool miles() const { return m_miles; }
    QString studioId() const { return m_studio; }
    const QLocale &locale() const { return m_locale; }
    QString unitName() const { return m_miles ? QStringLiteral("mi") : QStringLiteral("km"); }
    /// Kilometres in the market's unit, and back.
    double fromKm(double km) const { return m_miles ? km / Mileage::kKmPerMile : km; }
    double toKm(double value) const { return m_miles ? value * Mileage::kKmPerMile : value; }

    /// "12 km" / "7 mi"; a decimal under 10 ("3,5 km" in German).
    QString distance(double km) const;
    /// "12 km away", or "Here in this studio" for the place the screen stands in.
    QString away(double km, const QString &placeId) const;
    /// A car's mileage in the market's unit ("20,632 mi" reads "33,204 km" in Oslo).
    QString mileage(const Mileage &m) const;
    /// A price as this market's visitors read it; another currency shows its ISO code
    /// ("USD 60,110") so it is never mistaken for the studio's money.
    QString price(const Money &money) const;
    bool foreign(const Money &money) const { return !m_currency.isEmpty() && money.currency != m_currency; }
    /// For a foreign price: where it comes from ("Priced in USD for United States (Oregon)"); else empty.
    QString priceNote(const Money &money, const Catalog &catalog, const QString &placeId) const;

private:
    QString m_studio;
    QString m_currency;
    bool m_miles = false;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
};
