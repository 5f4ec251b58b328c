// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonepage.h"

/// A build on the visitor's phone, from its configuration code: the drawing in its exact paint
/// and wheels, the choices, what changed when the catalog has moved on, the complete price line
/// by line, the market's monthly plan with its disclosure, the key specs, similar cars in stock
/// and where to book a test drive.
class PhoneBuildPage
{
    Q_DECLARE_TR_FUNCTIONS(PhoneBuildPage)

public:
    PhoneBuildPage(const PhoneSnapshot &data, const PhoneTheme &theme, const PhoneWords::Language &language,
                   const QString &publicUrl);
    HttpResponse render(const QString &code, const HttpRequest &request) const;

private:
    const PhoneSnapshot &m_data;
    const PhoneTheme &m_theme;
    const PhoneWords::Language &m_language;
    QString m_publicUrl;
};
