// SPDX-License-Identifier: GPL-3.0-or-later
#include "studiosettings.h"

#include "phonelinks.h"
#include "storage/settings.h"

#include <QStringList>

StudioSettings::StudioSettings(QSqlDatabase db)
    : m_db(db)
{
}

StudioSettings::Values StudioSettings::load() const
{
    Values v;
    const auto stored = Settings(m_db).withPrefix(QStringLiteral("studio."));
    if (!stored)
        return v;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == QLatin1String("studio.id"))
            v.studio = value;
        else if (key == QLatin1String("studio.language"))
            v.language = value;
        else if (key == QLatin1String("studio.idle_seconds"))
            v.idleSeconds = value.toInt();
        else if (key == QLatin1String("studio.theme"))
            v.theme = value;
        else if (key == QLatin1String("studio.orientation"))
            v.orientation = value;
        else if (key == QLatin1String("studio.retention_days"))
            v.retentionDays = value.toInt();
        else if (key == QLatin1String("studio.stale_after_hours"))
            v.staleAfterHours = value.toInt();
        else if (key == QLatin1String("studio.photo_cache_mb"))
            v.photoCacheMb = value.toInt();
        else if (key == QLatin1String("studio.area_km"))
            v.areaKm = value.toInt();
        else if (key == QLatin1String("studio.phone_base_url"))
            v.phoneBaseUrl = value;
        else if (key == QLatin1String("studio.speech_output"))
            v.speechOutput = value;
    }
    return v;
}

bool StudioSettings::save(const Values &v, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    static const QStringList languages{QStringLiteral("en"),    QStringLiteral("de"),    QStringLiteral("fr"),
                                       QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ar")};
    static const QStringList orientations{QStringLiteral("auto"), QStringLiteral("landscape"), QStringLiteral("portrait")};
    if (v.studio.isEmpty())
        return refuse(QStringLiteral("choose the studio this screen stands in"));
    if (!languages.contains(v.language))
        return refuse(QStringLiteral("the default language must be one of %1").arg(languages.join(QStringLiteral(", "))));
    if (v.idleSeconds < 30 || v.idleSeconds > 1800)
        return refuse(QStringLiteral("the idle time must be between 30 seconds and 30 minutes"));
    if (!orientations.contains(v.orientation))
        return refuse(QStringLiteral("the orientation must be auto, landscape or portrait"));
    if (v.retentionDays < 1 || v.retentionDays > 365)
        return refuse(QStringLiteral("contact data is kept between 1 and 365 days after a drive"));
    if (v.theme.isEmpty())
        return refuse(QStringLiteral("choose a theme"));
    if (v.staleAfterHours < 1 || v.staleAfterHours > 7 * 24)
        return refuse(QStringLiteral("a failing source is flagged after 1 hour to 7 days"));
    if (v.photoCacheMb < 64 || v.photoCacheMb > 64 * 1024)
        return refuse(QStringLiteral("photos may take between 64 MB and 64 GB"));
    if (v.areaKm < 5 || v.areaKm > 2000)
        return refuse(QStringLiteral("the studio's area must be between 5 and 2,000 km"));
    if (v.speechOutput != QLatin1String("speakers") && v.speechOutput != QLatin1String("headphones"))
        return refuse(QStringLiteral("speech mode speaks through the speakers or through headphones only"));
    QString why;
    if (!PhoneLinks::validBase(v.phoneBaseUrl, &why))
        return refuse(why);

    // Stored as an empty text when there is none (a null one would be NULL, which the table refuses).
    const QString phoneBase = v.phoneBaseUrl.trimmed().isEmpty() ? QStringLiteral("") : v.phoneBaseUrl.trimmed();

    // The retention key is booking's (PrivacyPurger reads it); it is kept beside the others here.
    return Settings(m_db).setAll({{QStringLiteral("studio.id"), v.studio},
                                  {QStringLiteral("studio.language"), v.language},
                                  {QStringLiteral("studio.idle_seconds"), QString::number(v.idleSeconds)},
                                  {QStringLiteral("studio.theme"), v.theme},
                                  {QStringLiteral("studio.orientation"), v.orientation},
                                  {QStringLiteral("studio.retention_days"), QString::number(v.retentionDays)},
                                  {QStringLiteral("studio.stale_after_hours"), QString::number(v.staleAfterHours)},
                                  {QStringLiteral("studio.photo_cache_mb"), QString::number(v.photoCacheMb)},
                                  {QStringLiteral("studio.area_km"), QString::number(v.areaKm)},
                                  {QStringLiteral("studio.phone_base_url"), phoneBase},
                                  {QStringLiteral("studio.speech_output"), v.speechOutput}},
                                 error);
}
