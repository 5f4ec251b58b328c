// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonewords.h"

#include <QCoreApplication>

const std::array<PhoneWords::Language, 6> &PhoneWords::languages()
{
    // Territories pick the number and date conventions a visitor of that language expects (as on the kiosk).
    static const std::array<Language, 6> list{{
        {"en", "en", "en", "English", "en_GB"},
        {"de", "de", "de", "Deutsch", "de_DE"},
        {"fr", "fr", "fr", "Français", "fr_FR"},
        {"zh_CN", "zh-Hans", "zh-Hans", "简体中文", "zh_CN"},
        {"zh_TW", "zh-Hant", "zh-Hant", "繁體中文", "zh_TW"},
        {"ar", "ar", "ar", "العربية", "ar_AE"},
    }};
    return list;
}

const PhoneWords::Language &PhoneWords::language(const QString &code)
{
    for (const Language &l : languages()) {
        if (code == QLatin1String(l.code))
            return l;
    }
    return languages().front();
}

PhoneWords::PhoneWords()
{
    for (size_t i = 0; i < languages().size(); ++i) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(QStringLiteral(":/i18n/vitrine_%1.qm").arg(QLatin1String(languages()[i].code))))
            m_translators[i] = std::move(t);
    }
}

PhoneWords::Scope::Scope(const PhoneWords &words, const Language &language)
{
    for (size_t i = 0; i < languages().size(); ++i) {
        if (&languages()[i] == &language && words.m_translators[i]) {
            m_translator = words.m_translators[i].get();
            QCoreApplication::installTranslator(m_translator);
        }
    }
}

PhoneWords::Scope::~Scope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
}
