// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlEngine>

namespace {

struct Language {
    const char *code;
    const char *feedKey;
    const char *nativeName; ///< always shown in its own language, so anyone can find theirs
    const char *locale;
};

// Territories pick number and date conventions a visitor of that language expects.
constexpr Language kLanguages[] = {
    {"en", "en", "English", "en_GB"},          {"de", "de", "Deutsch", "de_DE"},          {"fr", "fr", "Français", "fr_FR"},
    {"zh_CN", "zh-Hans", "简体中文", "zh_CN"}, {"zh_TW", "zh-Hant", "繁體中文", "zh_TW"}, {"ar", "ar", "العربية", "ar_AE"},
};
} // namespace

enum Role { FirstRole = Qt::UserRole + 1 };

QVariant UiLanguage::LanguageRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return code;
    case 1:
        return name;
    case 2:
        return current;
    }
    return {};
}

QHash<int, QByteArray> UiLanguage::LanguageRow::roleNames()
{
    return {{FirstRole, "code"}, {FirstRole + 1, "name"}, {FirstRole + 2, "current"}};
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
    updateLanguages();
}

void UiLanguage::updateLanguages()
{
    QList<LanguageRow> rows;
    for (const Language &l : kLanguages)
        rows << LanguageRow{QString::fromLatin1(l.code), QString::fromUtf8(l.nativeName), m_code == QLatin1String(l.code)};
    m_languages.setRows(rows);
}

UiLanguage::~UiLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList UiLanguage::codes()
{
    QStringList out;
    for (const Language &l : kLanguages)
        out << QString::fromLatin1(l.code);
    return out;
}

QString UiLanguage::feedKeyFor(const QString &code)
{
    for (const Language &l : kLanguages) {
        if (code == QLatin1String(l.code))
            return QString::fromLatin1(l.feedKey);
    }
    return QStringLiteral("en");
}

QString UiLanguage::ownNameOf(const QString &tag)
{
    for (const Language &l : kLanguages) {
        if (tag == QLatin1String(l.code) || tag == QLatin1String(l.feedKey))
            return QString::fromUtf8(l.nativeName);
    }
    return {};
}

QLocale UiLanguage::locale() const
{
    for (const Language &l : kLanguages) {
        if (m_code == QLatin1String(l.code))
            return QLocale(QString::fromLatin1(l.locale));
    }
    return QLocale(QLocale::English);
}

bool UiLanguage::setCode(const QString &code)
{
    if (!codes().contains(code))
        return false;
    if (code == m_code && m_translator)
        return true;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/vitrine_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        }
    }
    m_code = code;
    QLocale::setDefault(locale());
    updateLanguages();
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine) {
        m_engine->setUiLanguage(m_code);
        m_engine->retranslate();
    }
    emit changed();
    return true;
}
