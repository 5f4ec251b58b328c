// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <array>
#include <memory>

/// The languages of the pages for phones, the kiosk's six, with the kiosk's own translations
/// (:/i18n/vitrine_<code>.qm): a page is written in one language at a time, so the translator
/// of that language is installed for the page's length (the hub answers on one thread).
class PhoneWords
{
public:
    struct Language {
        const char *code;     ///< as in links: en, de, fr, zh_CN, zh_TW, ar
        const char *feedKey;  ///< the catalog's key for its texts
        const char *htmlLang; ///< BCP 47, for lang=""
        const char *nativeName;
        const char *locale;
    };
    static const std::array<Language, 6> &languages();
    /// The language of `code`; English for anything else (a link cut short still opens).
    static const Language &language(const QString &code);

    PhoneWords();

    /// Installs the translator of `language` until it goes.
    class Scope
    {
    public:
        Scope(const PhoneWords &words, const Language &language);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QTranslator *m_translator = nullptr;
    };

    static QLocale locale(const Language &language) { return QLocale(QString::fromLatin1(language.locale)); }
    static bool rightToLeft(const Language &language) { return qstrcmp(language.code, "ar") == 0; }

private:
    std::array<std::unique_ptr<QTranslator>, 6> m_translators;
};
