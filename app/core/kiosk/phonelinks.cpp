// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonelinks.h"

#include <QUrl>

namespace {
constexpr int kMaxBaseLength = 200;
}

PhoneLinks::PhoneLinks(const QString &baseUrl, const QString &language)
    : m_base(validBase(baseUrl) ? baseUrl.trimmed() : QString())
    , m_language(language)
{
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
}

QString PhoneLinks::link(const QString &kind, const QString &id) const
{
    if (m_base.isEmpty() || id.isEmpty())
        return {};
    QString url = m_base + QStringLiteral("/p/") + kind + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (!m_language.isEmpty())
        url += QStringLiteral("?lang=") + QString::fromLatin1(QUrl::toPercentEncoding(m_language));
    return url;
}

QString PhoneLinks::build(const QString &configurationCode) const
{
    return link(QStringLiteral("build"), configurationCode);
}

QString PhoneLinks::car(const QString &vin) const
{
    return link(QStringLiteral("car"), vin);
}

QString PhoneLinks::drive(const QString &bookingCode) const
{
    return link(QStringLiteral("drive"), bookingCode);
}

QString PhoneLinks::place(const QString &placeCode) const
{
    return link(QStringLiteral("place"), placeCode);
}

bool PhoneLinks::validBase(const QString &text, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QString url = text.trimmed();
    if (url.isEmpty())
        return true;
    if (url.size() > kMaxBaseLength)
        return refuse(QStringLiteral("the phone pages' address may have at most %1 characters").arg(kMaxBaseLength));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty() || parsed.hasQuery() || parsed.hasFragment() || !parsed.userInfo().isEmpty())
        return refuse(QStringLiteral("the phone pages' address must be an http(s) address such as https://studio.example"));
    return true;
}
