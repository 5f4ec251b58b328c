// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "kiosk/studiosettings.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QQmlApplicationEngine;
class QQuickWindow;
class KioskSession;
class Showroom;
class Configurator;
class DriveBooking;
class DriveAgenda;
class DatabaseQueue;
class StaffMode;
class UiLanguage;
class BrandTheme;
class ScreenSleep;
class SyncScheduler;
class SyncSources;
class StockFreshness;
class InventoryService;
class TradeInValuation;
class SpeechMode;
class Finder;
class VisitInsights;
class StaffInsights;
class StudioEvents;
class StudioHub;

/// How a kiosk is started: from the command line in main(), or by a UI test in-process.
struct KioskOptions {
    QString databasePath;
    std::optional<QString> language; ///< unset: the screen's saved setting
    std::optional<QString> theme;
    std::optional<QString> studio;
    std::optional<int> idleSeconds;
    bool fullScreen = false;
    bool attract = false;
    bool sleepOutsideHours = false; ///< blank the screen outside the studio's opening hours
    QSize size{1920, 1080};
    QString startPage;
    QString positionLog; ///< an NMEA log to replay as this device's position (tablet demos)
    /// Folders staff pick feed files from at an event, beside the USB sticks.
    QStringList feedFolders;
    /// Fetch the sources on their schedule (tests that drive the sync themselves turn it off).
    bool sync = true;
};

/// The composition root of the kiosk: opens the database, loads the demo data on first start,
/// builds the services and their QML singletons, and loads the UI. One per process.
class KioskApplication : public QObject
{
    Q_OBJECT
public:
    explicit KioskApplication(QObject *parent = nullptr);
    ~KioskApplication() override;

    /// Builds everything and shows the window; false with a message a person can act on.
    bool start(const KioskOptions &options, QString *error);
    /// After a failed start: true when the database could not be used (staff must act; the
    /// screen shows so), false when the options were wrong.
    bool storageFault() const;

    QQuickWindow *window() const;
    QQmlApplicationEngine *engine() const;
    KioskSession *session() const;
    Showroom *showroom() const;
    Configurator *configurator() const;
    DriveBooking *driveBooking() const;
    DriveAgenda *driveAgenda() const;
    /// Where the screen's database work runs (tests wait on it).
    DatabaseQueue *queue() const;
    StaffMode *staff() const;
    UiLanguage *language() const;
    BrandTheme *theme() const;
    ScreenSleep *screenSleep() const;
    InventoryService *inventory() const;
    SyncScheduler *sync() const;
    SyncSources *syncSources() const;
    StockFreshness *freshness() const;
    TradeInValuation *tradeIn() const;
    SpeechMode *speech() const;
    Finder *finder() const;
    VisitInsights *visitInsights() const;
    StaffInsights *staffInsights() const;
    StudioEvents *events() const;
    StudioHub *hub() const;
    /// Anything worth telling the operator that did not stop the start (a database moved aside).
    QString notice() const;
    /// The database's schema version once started.
    int schemaVersion() const;

private:
    /// The photo cache, the sources' schedule and what staff and visitors are told about it.
    void startSync(const KioskOptions &options, const StudioSettings::Values &saved);
    /// A brand feed's new catalog into the configurator (between visits).
    void applyBrandCatalog(std::shared_ptr<const Catalog> catalog);
    void refreshFreshness();

    struct Parts;
    std::unique_ptr<Parts> d;
};
