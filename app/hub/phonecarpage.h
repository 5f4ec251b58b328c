// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonepage.h"
#include "phonephotos.h"

#include <optional>

/// A car in stock on the visitor's phone, by its VIN: the dealer's photos the hub holds (else the
/// drawing in its paint and wheels), the price through the market's taxes and fees, the monthly plan, the dealer with a map link
/// and its hours; "this car has been sold" once it has left the stock.
class PhoneCarPage
{
    Q_DECLARE_TR_FUNCTIONS(PhoneCarPage)

public:
    /// Photos shown on the page: the first large, the others small below it.
    static constexpr qsizetype kPhotosShown = 4;

    /// `photos`: where the stock's photos are held for phones, or null (the drawing only).
    PhoneCarPage(const PhoneSnapshot &data, const PhoneTheme &theme, const PhoneWords::Language &language,
                 const QString &publicUrl, PhonePhotos *photos = nullptr);
    /// The car with this VIN in the stock, if it is there.
    static std::optional<Vehicle> inStock(const PhoneSnapshot &data, const QString &vin);
    /// `sold`: the VIN was in the stock and has left it.
    HttpResponse render(const QString &vin, bool sold, const HttpRequest &request) const;

private:
    const PhoneSnapshot &m_data;
    const PhoneTheme &m_theme;
    const PhoneWords::Language &m_language;
    QString m_publicUrl;
    PhonePhotos *m_photos;
};
