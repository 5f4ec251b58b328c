// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qmlsingleton.h"
#include <QColor>
#include <QJsonObject>

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/// The brand's look as data: name, logo, colours and typefaces from a theme file, so a studio
/// changes brand without touching code. QML reads it through the Theme singleton.
class BrandTheme : public QObject, public QmlSingleton<BrandTheme>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString id READ id NOTIFY changed)
    Q_PROPERTY(QString brand READ brand NOTIFY changed)
    Q_PROPERTY(QString tagline READ tagline NOTIFY changed)
    Q_PROPERTY(QUrl logo READ logo NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor surfaceRaised READ surfaceRaised NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor textMuted READ textMuted NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor textOnAccent READ textOnAccent NOTIFY changed)
    Q_PROPERTY(QColor divider READ divider NOTIFY changed)
    Q_PROPERTY(QColor focus READ focus NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)
    Q_PROPERTY(QColor warning READ warning NOTIFY changed)
    Q_PROPERTY(QColor carBackdropTop READ carBackdropTop NOTIFY changed)
    Q_PROPERTY(QColor carBackdropBottom READ carBackdropBottom NOTIFY changed)
    Q_PROPERTY(QString titleFont READ titleFont NOTIFY changed)
    Q_PROPERTY(int titleWeight READ titleWeight NOTIFY changed)
    Q_PROPERTY(bool titleUpper READ titleUpper NOTIFY changed)
    Q_PROPERTY(qreal titleLetterSpacing READ titleLetterSpacing NOTIFY changed)
    Q_PROPERTY(QString bodyFont READ bodyFont NOTIFY changed)
    Q_PROPERTY(int bodyWeight READ bodyWeight NOTIFY changed)
    Q_PROPERTY(QString arabicFont READ arabicFont NOTIFY changed)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY changed)
    Q_PROPERTY(int radius READ radius NOTIFY changed)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    explicit BrandTheme(QObject *parent);

    /// Loads the theme `id` from the built-in themes or a theme JSON file path.
    bool load(const QString &idOrPath, QString *error = nullptr);
    /// The language whose tagline is shown (a feed key such as "zh-Hans").
    void setLanguage(const QString &feedLanguage);

    static QStringList available();

    QString id() const { return m_id; }
    QString brand() const { return m_brand; }
    QString tagline() const;
    QUrl logo() const { return m_logo; }
    bool dark() const { return m_dark; }
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    QColor background() const { return color(QStringLiteral("background")); }
    QColor surface() const { return color(QStringLiteral("surface")); }
    QColor surfaceRaised() const { return color(QStringLiteral("surfaceRaised")); }
    QColor text() const { return color(QStringLiteral("text")); }
    QColor textMuted() const { return color(QStringLiteral("textMuted")); }
    QColor accent() const { return color(QStringLiteral("accent")); }
    QColor textOnAccent() const { return color(QStringLiteral("onAccent")); }
    QColor divider() const { return color(QStringLiteral("divider")); }
    QColor focus() const { return color(QStringLiteral("focus")); }
    QColor success() const { return color(QStringLiteral("success")); }
    QColor warning() const { return color(QStringLiteral("warning")); }
    QColor carBackdropTop() const { return color(QStringLiteral("carBackdropTop")); }
    QColor carBackdropBottom() const { return color(QStringLiteral("carBackdropBottom")); }
    /// The title and body faces; in Arabic the theme's proportional Arabic face, whose Latin
    /// letters (model names, codes) come from the theme's body face.
    QString titleFont() const;
    int titleWeight() const { return m_fonts.value(QStringLiteral("titleWeight")).toInt(400); }
    bool titleUpper() const { return m_fonts.value(QStringLiteral("titleCapitalization")).toString() == QLatin1String("upper"); }
    qreal titleLetterSpacing() const { return m_fonts.value(QStringLiteral("titleLetterSpacing")).toDouble(); }
    QString bodyFont() const;
    /// The theme's Arabic face ("fonts.arabic"), "Noto Sans Arabic UI" when the theme names none.
    QString arabicFont() const;
    int bodyWeight() const { return m_fonts.value(QStringLiteral("bodyWeight")).toInt(400); }
    /// How much larger than the type scale reading text (captions, body text, leads) is set in the
    /// language's face: Arabic letters stand lower than Latin ones at the same size (the bodies of
    /// Noto Sans Arabic UI's seen, sad and meem reach 0.69-0.76 of Noto Sans's x-height), and are
    /// set a fifth larger to read alike.
    qreal textScale() const { return m_language == QLatin1String("ar") ? kArabicTextScale : 1.0; }
    static constexpr qreal kArabicTextScale = 1.2;
    int radius() const { return m_radius; }

signals:
    void changed();

private:
    QColor color(const QString &key) const;
    void addArabicFallbacks();

    QString m_id;
    QString m_brand;
    QJsonObject m_tagline;
    QUrl m_logo;
    bool m_dark = true;
    bool m_highContrast = false;
    QJsonObject m_colors;
    QJsonObject m_contrastColors;
    QJsonObject m_fonts;
    int m_radius = 2;
    QString m_language = QStringLiteral("en");
};
