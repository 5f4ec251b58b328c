// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

/// A text shown to people in several languages, falling back to English.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english) { m_texts.insert(QStringLiteral("en"), english); }

    /// The languages Vitrine ships, as feed keys.
    static const QStringList &languages();

    /// The text in `language` (a feed key such as "zh-Hans"), or English.
    QString text(const QString &language) const;
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    bool isEmpty() const { return english().isEmpty(); }
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }

    QJsonObject toJson() const;
    /// Reads {"en": …, "de": …}; unknown keys are ignored, `en` is required.
    static bool fromJson(const QJsonValue &value, LocalizedText *out, QString *problem);

    bool operator==(const LocalizedText &other) const = default;

private:
    QHash<QString, QString> m_texts;
};
