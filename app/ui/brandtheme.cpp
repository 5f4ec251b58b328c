// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonDocument>
#include <QQmlEngine>

BrandTheme::BrandTheme(QObject *parent)
    : QObject(parent)
{
}

QStringList BrandTheme::available()
{
    QStringList ids;
    for (const QString &f : QDir(QStringLiteral(":/vitrine/themes")).entryList({QStringLiteral("*.json")}))
        ids << QFileInfo(f).completeBaseName();
    return ids;
}

bool BrandTheme::load(const QString &idOrPath, QString *error)
{
    const bool isFile = idOrPath.endsWith(QLatin1String(".json"));
    const QString path = isFile ? idOrPath : QStringLiteral(":/vitrine/themes/%1.json").arg(idOrPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("no theme \"%1\" (built in: %2)").arg(idOrPath, available().join(QStringLiteral(", ")));
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    const QStringList needed{QStringLiteral("background"), QStringLiteral("text"), QStringLiteral("accent")};
    const QJsonObject colors = o.value(QStringLiteral("colors")).toObject();
    for (const QString &key : needed) {
        if (!QColor::isValidColorName(colors.value(key).toString())) {
            if (error)
                *error = QStringLiteral("theme %1: colors.%2 is missing or not a colour").arg(path, key);
            return false;
        }
    }
    m_id = o.value(QStringLiteral("id")).toString(QFileInfo(path).completeBaseName());
    m_brand = o.value(QStringLiteral("brand")).toString();
    m_tagline = o.value(QStringLiteral("tagline")).toObject();
    m_dark = o.value(QStringLiteral("dark")).toBool(true);
    m_colors = colors;
    m_contrastColors = o.value(QStringLiteral("highContrast")).toObject();
    m_fonts = o.value(QStringLiteral("fonts")).toObject();
    m_radius = o.value(QStringLiteral("radius")).toInt(2);
    addArabicFallbacks();
    const QString logo = o.value(QStringLiteral("logo")).toString();
    const QString logoPath = QFileInfo(path).dir().filePath(logo);
    m_logo = logo.isEmpty()                     ? QUrl()
        : logoPath.startsWith(QLatin1Char(':')) ? QUrl(QStringLiteral("qrc") + logoPath)
                                                : QUrl::fromLocalFile(logoPath);
    emit changed();
    return true;
}

QString BrandTheme::arabicFont() const
{
    return m_fonts.value(QStringLiteral("arabic")).toString(QStringLiteral("Noto Sans Arabic UI"));
}

QString BrandTheme::titleFont() const
{
    return m_language == QLatin1String("ar") ? arabicFont() : m_fonts.value(QStringLiteral("title")).toString();
}

QString BrandTheme::bodyFont() const
{
    return m_language == QLatin1String("ar") ? arabicFont() : m_fonts.value(QStringLiteral("body")).toString();
}

void BrandTheme::addArabicFallbacks()
{
    // Font substitutes are process-wide and Qt caches the fonts made with them, so they are only
    // ever added: the Arabic face takes its Latin letters from the body face, and the Latin faces
    // take Arabic letters (the language bar's "العربية" in every language) from a proportional
    // Arabic face, never the monospace face fontconfig offers for a light weight.
    const QString arabic = arabicFont();
    const QString body = m_fonts.value(QStringLiteral("body")).toString();
    if (!body.isEmpty())
        QFont::insertSubstitution(arabic, body);
    for (const QString &latin : {m_fonts.value(QStringLiteral("title")).toString(), body}) {
        if (!latin.isEmpty() && QFont::substitutes(latin).isEmpty())
            QFont::insertSubstitution(latin, arabic);
    }
}

void BrandTheme::setLanguage(const QString &feedLanguage)
{
    if (m_language == feedLanguage)
        return;
    m_language = feedLanguage;
    emit changed();
}

QString BrandTheme::tagline() const
{
    const QString t = m_tagline.value(m_language).toString();
    return t.isEmpty() ? m_tagline.value(QStringLiteral("en")).toString() : t;
}

void BrandTheme::setHighContrast(bool on)
{
    if (m_highContrast == on)
        return;
    m_highContrast = on;
    emit changed();
}

QColor BrandTheme::color(const QString &key) const
{
    if (m_highContrast && m_contrastColors.contains(key))
        return QColor(m_contrastColors.value(key).toString());
    return QColor(m_colors.value(key).toString());
}
