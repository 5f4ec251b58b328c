// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// How this screen is set up by staff — which studio it stands in, its default language, idle
/// time, brand theme and orientation, when a failing feed is flagged, how much disk photos may
/// take, where visitors' phones find the studio's pages — kept in the database so a restart keeps it.
class StudioSettings
{
public:
    struct Values {
        QString studio = QStringLiteral("oslo");
        QString language = QStringLiteral("en");
        int idleSeconds = 90;
        QString theme = QStringLiteral("nocturne");
        QString orientation = QStringLiteral("auto");      ///< auto, landscape, portrait
        int retentionDays = 30;                            ///< how long a drive's contact data is kept
        int staleAfterHours = 24;                          ///< a source failing longer than this is flagged to staff
        int photoCacheMb = 512;                            ///< the most disk the stock's photos may take
        int areaKm = 150;                                  ///< the finder opens on the stock within this of the studio
        QString phoneBaseUrl;                              ///< where the hub serves the phone pages; empty: no web QR codes
        QString speechOutput = QStringLiteral("speakers"); ///< speech mode: "speakers", or "headphones" only
    };

    explicit StudioSettings(QSqlDatabase db);

    Values load() const;
    /// Validates and stores; a bad value is refused with a reason, nothing is half-saved.
    bool save(const Values &values, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
