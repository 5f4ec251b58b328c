// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qmlsingleton.h"
#include "rowlistmodel.h"
#include <QLocale>

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

/// The language the visitor reads the screen in: switches translations, layout direction and
/// number formats at any time, without restarting.
class UiLanguage : public QObject, public QmlSingleton<UiLanguage>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString feedKey READ feedKey NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    /// Every language shipped, by its own name: code, name, current.
    Q_PROPERTY(QAbstractItemModel *languages READ languages CONSTANT)
    Q_PROPERTY(QLocale locale READ locale NOTIFY changed)

public:
    struct LanguageRow {
        QString code, name;
        bool current = false;
        QString key() const { return code; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const LanguageRow &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    explicit UiLanguage(QObject *parent);
    ~UiLanguage() override;

    /// The codes Vitrine ships: en, de, fr, zh_CN, zh_TW, ar.
    static QStringList codes();
    /// The catalog's language key for a UI code ("zh_CN" → "zh-Hans").
    static QString feedKeyFor(const QString &code);
    /// A language Vitrine ships, by UI code or feed key ("en", "zh-Hans"), named as the language
    /// bar names it, in its own words ("English", "简体中文"); empty for any other.
    static QString ownNameOf(const QString &tag);

    QString code() const { return m_code; }
    QString feedKey() const { return feedKeyFor(m_code); }
    bool rightToLeft() const { return m_code == QLatin1String("ar"); }
    QLocale locale() const;
    QAbstractItemModel *languages() { return &m_languages; }
    const QList<LanguageRow> &languageRows() const { return m_languages.rows(); }

    /// Switches to `code`; returns false for a language Vitrine does not ship.
    Q_INVOKABLE bool setCode(const QString &code);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

signals:
    void changed();

private:
    QString m_code = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine *m_engine = nullptr;
    RowListModel<LanguageRow> m_languages;
    void updateLanguages();
};
