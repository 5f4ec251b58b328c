// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

#include <QJsonValue>

const QStringList &LocalizedText::languages()
{
    static const QStringList list{QStringLiteral("en"),      QStringLiteral("de"),      QStringLiteral("fr"),
                                  QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant"), QStringLiteral("ar")};
    return list;
}

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    if (it != m_texts.constEnd() && !it->isEmpty())
        return *it;
    return english();
}

QJsonObject LocalizedText::toJson() const
{
    QJsonObject o;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool LocalizedText::fromJson(const QJsonValue &value, LocalizedText *out, QString *problem)
{
    if (value.isString()) {
        *out = LocalizedText(value.toString());
        if (out->isEmpty()) {
            *problem = QStringLiteral("is empty");
            return false;
        }
        return true;
    }
    if (!value.isObject()) {
        *problem = QStringLiteral("must be a text or an object of texts by language");
        return false;
    }
    const QJsonObject o = value.toObject();
    LocalizedText t;
    for (const QString &lang : languages()) {
        const QJsonValue v = o.value(lang);
        if (v.isUndefined())
            continue;
        if (!v.isString()) {
            *problem = QStringLiteral("the %1 text must be a string").arg(lang);
            return false;
        }
        t.set(lang, v.toString().trimmed());
    }
    if (t.english().isEmpty()) {
        *problem = QStringLiteral("the English (en) text is missing");
        return false;
    }
    *out = t;
    return true;
}
