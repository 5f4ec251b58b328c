// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskapplication.h"
#include "insights/insightrows.h"
#include "staffinsights.h"
#include "storage/transaction.h"
#include "studioevents.h"
#include "studiohub.h"
#include "visitinsights.h"

#include "booking/privacypurger.h"
#include "brandtheme.h"
#include "carimageprovider.h"
#include "catalog/catalogrows.h"
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "configurator.h"
#include "driveagenda.h"
#include "drivebooking.h"
#include "feed/feedimporter.h"
#include "finder.h"
#include "inventory/inventoryservice.h"
#include "inventory/positionprovider.h"
#include "inventory/vehiclerows.h"
#include "kiosk/kiosksession.h"
#include "kiosk/openinghours.h"
#include "kiosk/phonelinks.h"
#include "kiosk/studiosettings.h"
#include "photoimageprovider.h"
#include "qrimageprovider.h"
#include "screensleep.h"
#include "showroom.h"
#include "speechmode.h"
#include "staffmode.h"
#include "stockfreshness.h"
#include "storage/database.h"
#include "storage/databasequeue.h"
#include "sync/photofetcher.h"
#include "sync/syncoverview.h"
#include "sync/syncscheduler.h"
#include "syncsources.h"
#include "tradeinvaluation.h"
#include "uilanguage.h"
#include "visitorsession.h"
#include "wholeframes.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSysInfo>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent>

namespace {

// A GPU shows itself on Linux as a DRM render node; a virtual display or a box without one
// (Xvfb, a VM) has none, and OpenGL there is a CPU rasteriser.
bool hasGpu()
{
#ifdef Q_OS_LINUX
    return !QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System).isEmpty();
#else
    return true;
#endif
}

// The market whose prices a studio shows (the first one when the studio is unknown).
QString marketOf(const Catalog &catalog, const QString &studio)
{
    if (const Studio *s = catalog.studio(studio))
        return s->market;
    return catalog.markets.isEmpty() ? QString() : catalog.markets.first().id;
}
const QString kConnection = QStringLiteral("ui");

int noticeMsFor(int idleMs)
{
    // The notice is a short, calm last chance: a sixth of the idle time, between 5 and 15 s.
    return qBound(5000, idleMs / 6, 15000);
}
} // namespace

struct KioskApplication::Parts {
    std::unique_ptr<DatabaseQueue> queue;
    std::unique_ptr<BrandTheme> theme;
    std::unique_ptr<UiLanguage> language;
    std::unique_ptr<Showroom> showroom;
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<SpeechMode> speech;
    std::unique_ptr<VisitorSession> visitor;
    std::unique_ptr<VisitInsights> insights;
    std::unique_ptr<StaffInsights> staffInsights;
    std::unique_ptr<StudioHub> hub;
    std::unique_ptr<StudioEvents> events;
    std::unique_ptr<StaffMode> staff;
    std::unique_ptr<ScreenSleep> sleep;
    std::unique_ptr<InventoryService> inventory;
    std::unique_ptr<Finder> finder;
    std::unique_ptr<Configurator> configurator;
    std::unique_ptr<TradeInValuation> tradeIn;
    std::unique_ptr<DriveBooking> driveBooking;
    std::unique_ptr<DriveAgenda> driveAgenda;
    QTimer purgeTimer;
    std::unique_ptr<PositionProvider> position;
    std::unique_ptr<SyncScheduler> sync;
    std::unique_ptr<SyncSources> syncSources;
    std::unique_ptr<StockFreshness> freshness;
    std::shared_ptr<PhotoFetcher> photos;
    /// A brand feed's catalog that came during a visit: the configurator takes it when the visit ends.
    std::shared_ptr<const Catalog> pendingCatalog;
    std::shared_ptr<CarImageProvider::Painters> painters = std::make_shared<CarImageProvider::Painters>();
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    QString notice;
    QString databasePath; ///< once opened
    bool storageFault = false;
    int schemaVersion = 0;
};

KioskApplication::KioskApplication(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Parts>())
{
}

KioskApplication::~KioskApplication()
{
    if (d->visitor)
        QCoreApplication::instance()->removeEventFilter(d->visitor.get());
    // No picture is still being painted when the engine and then the process go.
    d->painters->close();
    // The engine goes first: QML still refers to the singletons below it.
    d->engine.reset();
    // No fetch or import is under way when the stock and the database go.
    d->syncSources.reset();
    d->sync.reset();
    d->photos.reset();
    d->freshness.reset();
    d->position.reset();
    d->driveAgenda.reset();
    d->driveBooking.reset();
    d->configurator.reset();
    d->tradeIn.reset();
    d->finder.reset();
    d->inventory.reset();
    d->staff.reset();
    d->sleep.reset();
    d->visitor.reset();
    d->showroom.reset();
    // What the visitor or staff last asked for is written before the process goes.
    d->queue.reset();
    Database::close(kConnection);
    // Every connection is closed: the next start need not read a large file through.
    if (!d->databasePath.isEmpty() && !Database::markClosedCleanly(d->databasePath))
        qCInfo(lcStorage) << "the database was not closed cleanly (a connection is still open); the next start checks it";
}

bool KioskApplication::start(const KioskOptions &options, QString *error)
{
    const Database::OpenResult opened = Database::open(options.databasePath, kConnection);
    if (!opened.ok()) {
        *error = opened.message;
        d->storageFault = true;
        return false;
    }
    d->schemaVersion = opened.schemaVersion;
    d->databasePath = options.databasePath;
    d->notice = opened.message;
    QSqlDatabase db = QSqlDatabase::database(kConnection);

    FeedImporter importer(db);
    if (!importer.hasCatalog()) {
        const FeedImporter::Report report = importer.importFile(QStringLiteral(":/vitrine/data/demo-feed.json"));
        if (!report.applied) {
            *error = QStringLiteral("the demo data could not be loaded into %1: %2").arg(options.databasePath, report.fatal);
            d->storageFault = true;
            return false;
        }
    }
    auto catalog = CatalogRows(db).catalog(error);
    auto retired = CatalogRows(db).retired(error);
    if (!catalog || !retired) {
        *error = QStringLiteral("the catalog in %1 cannot be read: %2").arg(options.databasePath, *error);
        d->storageFault = true;
        return false;
    }
    // The stock loads and indexes on a worker once Home's first frame is out: the first frame
    // never waits for it, nor shares the processor with it.
    d->inventory = std::make_unique<InventoryService>();

    // From here on the screen's database work runs on a worker of its own.
    d->queue = std::make_unique<DatabaseQueue>(options.databasePath);

    // The screen's own settings (staff mode) unless the caller says otherwise.
    const StudioSettings::Values saved = StudioSettings(db).load();
    const QString studio = options.studio.value_or(saved.studio);
    const QString languageCode = options.language.value_or(saved.language);
    const int idleMs = qMax(5, options.idleSeconds.value_or(saved.idleSeconds)) * 1000;

    d->theme = std::make_unique<BrandTheme>(nullptr);
    if (!d->theme->load(options.theme.value_or(saved.theme), error))
        return false;
    d->language = std::make_unique<UiLanguage>(nullptr);
    d->showroom = std::make_unique<Showroom>(nullptr);
    d->showroom->setQueue(d->queue.get());
    d->showroom->setCatalog(std::move(*catalog));
    d->session = std::make_unique<KioskSession>();
    d->session->setTimeouts(idleMs, noticeMsFor(idleMs));
    d->visitor = std::make_unique<VisitorSession>(d->session.get(), languageCode, nullptr);
    // Created before anything that notes a step of a visit, and before the session's first touch.
    d->insights = std::make_unique<VisitInsights>(d->queue.get(), d->session.get(), nullptr);
    d->insights->setScreen(QSysInfo::machineHostName());
    d->insights->setVocabulary(VisitInsights::vocabularyOf(d->showroom->catalog()));
    d->staffInsights = std::make_unique<StaffInsights>(d->queue.get(), nullptr);
    d->staffInsights->setCatalog(d->showroom->catalog());
    d->hub = std::make_unique<StudioHub>(d->queue.get(), nullptr);
    d->events = std::make_unique<StudioEvents>(d->queue.get(), nullptr);
    d->events->setCatalog(d->showroom->catalog());
    d->events->setHub(d->hub.get());
    d->hub->start();
    d->staffInsights->setHub(d->hub.get());
    d->staffInsights->setFolders(options.feedFolders);
    QCoreApplication::instance()->installEventFilter(d->visitor.get());
    d->staff = std::make_unique<StaffMode>(d->queue.get(), saved, nullptr);
    d->staff->setHub(d->hub.get());
    // A visitor asking for staff reaches every paired tablet at once, not at the next drain.
    QObject::connect(d->showroom.get(), &Showroom::requestAnswered, d->hub.get(),
                     [hub = d->hub.get()](int, const QString &, bool saved) {
                         if (saved)
                             hub->deliverNow();
                     });
    d->sleep = std::make_unique<ScreenSleep>(nullptr);
    {
        QList<ChoiceListModel::Choice> studios, languages;
        for (const Studio &s : d->showroom->catalog().studios) {
            if (s.kind == Studio::Kind::Studio)
                studios << ChoiceListModel::Choice{s.id, s.address.city.isEmpty() ? s.name : s.address.city};
        }
        for (const UiLanguage::LanguageRow &l : d->language->languageRows())
            languages << ChoiceListModel::Choice{l.code, l.name};
        d->staff->setChoices(studios, languages, BrandTheme::available());
    }
    // Staff find a held car by what it is and where it stands, from the stock as it is now.
    d->staff->setCarDescriber([this](const QString &vehicleId) {
        const auto snapshot = d->inventory->snapshot();
        const std::optional<Vehicle> v = snapshot ? snapshot->vehicles.find(vehicleId) : std::nullopt;
        return v ? StaffMode::carLine(*v, snapshot->catalog, d->language->feedKey()) : QString();
    });
    d->staff->setBuildDescriber([this](const QString &code) {
        const Catalog &catalog = d->showroom->catalog();
        const ConfigurationCode::Decoded decoded = ConfigurationCode::decode(code, RuleEngine(catalog));
        return decoded.status == ConfigurationCode::Decoded::Status::Invalid
            ? QString()
            : StaffMode::buildLine(decoded.configuration, catalog, d->language->feedKey(), code);
    });
    d->finder = std::make_unique<Finder>(d->inventory.get(), nullptr);
    d->configurator = std::make_unique<Configurator>(d->inventory.get(), nullptr);
    d->tradeIn = std::make_unique<TradeInValuation>(d->inventory.get(), d->finder.get(), nullptr);
    d->tradeIn->setBrand(d->theme->brand());
    d->configurator->setCatalog(d->showroom->catalog(), *retired, marketOf(d->showroom->catalog(), studio));
    d->driveBooking = std::make_unique<DriveBooking>(d->queue.get(), nullptr);
    d->driveBooking->setHub(d->hub.get());
    d->driveBooking->setCatalog(d->showroom->catalog());
    d->driveBooking->refreshRetention();
    d->driveAgenda = std::make_unique<DriveAgenda>(d->queue.get(), nullptr);
    d->driveAgenda->setCatalog(d->showroom->catalog());
    d->driveAgenda->setHub(d->hub.get());
    d->driveAgenda->setCarDescriber([this](const QString &vehicleId) {
        const auto snapshot = d->inventory->snapshot();
        const std::optional<Vehicle> v = snapshot ? snapshot->vehicles.find(vehicleId) : std::nullopt;
        return v ? StaffMode::carLine(*v, snapshot->catalog, d->language->feedKey()) : QString();
    });
    // What follows the studio this screen stands in: its prices, its currency, its drives.
    const auto applyStudio = [this](const QString &id) {
        d->showroom->setStudio(id);
        const QString market = marketOf(d->showroom->catalog(), id);
        d->configurator->setMarket(market);
        d->configurator->setHomeStudio(id);
        d->finder->setStudio(id, d->staff->settings().areaKm);
        if (const Market *m = d->showroom->catalog().market(market))
            d->staff->setMiles(m->miles);
        d->driveBooking->setHomeStudio(id);
        d->driveAgenda->setHomeStudio(id);
        d->events->setStudio(id);
        d->staffInsights->setStudio(id);
        const Studio *here = d->showroom->catalog().studio(id);
        d->sleep->setHours(here ? OpeningHours(*here) : OpeningHours());
        if (here && QTimeZone(here->timezone.toUtf8()).isValid())
            d->staffInsights->setZone(QTimeZone(here->timezone.toUtf8()));
    };
    applyStudio(studio);
    // Visitors' contact data goes a set number of days after their drive: now, and every day.
    // The connection is looked up when the purge runs: no copy of it outlives the kiosk.
    const auto purge = [this, path = options.databasePath] {
        d->queue->post([path](QSqlDatabase &db) {
            QString purgeError;
            if (!PrivacyPurger(db).purge(&purgeError))
                qCWarning(lcBooking) << "privacy purge failed:" << purgeError;
            // A database once moved aside may hold contacts too: it goes after the same time.
            Database::removeMovedAside(path, PrivacyPurger::retentionDays(db), QDateTime::currentDateTimeUtc());
            // Anonymous events past their time are folded into daily totals.
            Transaction fold(db);
            QString foldError;
            if (!fold.begin(&foldError)
                || !InsightRows(db).fold(QDateTime::currentDateTimeUtc().addDays(-VisitInsights::kRetentionDays), nullptr,
                                         &foldError)
                || !fold.commit(&foldError))
                qCWarning(lcInsights) << "the insights could not be folded:" << foldError;
        });
    };
    purge();
    d->purgeTimer.setInterval(std::chrono::hours(24));
    connect(&d->purgeTimer, &QTimer::timeout, this, purge);
    d->purgeTimer.start();
    // Distances run from the studio on a kiosk, from the device itself on a tablet.
    d->position = std::make_unique<PositionProvider>();
    connect(d->position.get(), &PositionProvider::positionChanged, this, [this](const QGeoCoordinate &c) {
        d->finder->setOrigin(c.latitude(), c.longitude());
        d->configurator->setOrigin(c.latitude(), c.longitude());
        d->driveBooking->setOrigin(c.latitude(), c.longitude());
    });
    if (const Studio *here = d->showroom->catalog().studio(studio))
        d->position->useFixed(QGeoCoordinate(here->lat, here->lon));
    if (!options.positionLog.isEmpty() && !d->position->useNmeaLog(options.positionLog, error))
        return false;

    startSync(options, saved);

    BrandTheme::setInstance(d->theme.get());
    UiLanguage::setInstance(d->language.get());
    Showroom::setInstance(d->showroom.get());
    VisitorSession::setInstance(d->visitor.get());
    VisitInsights::setInstance(d->insights.get());
    StaffInsights::setInstance(d->staffInsights.get());
    StudioEvents::setInstance(d->events.get());
    StudioHub::setInstance(d->hub.get());
    StaffMode::setInstance(d->staff.get());
    Finder::setInstance(d->finder.get());
    Configurator::setInstance(d->configurator.get());
    TradeInValuation::setInstance(d->tradeIn.get());
    DriveBooking::setInstance(d->driveBooking.get());
    DriveAgenda::setInstance(d->driveAgenda.get());
    ScreenSleep::setInstance(d->sleep.get());
    SyncSources::setInstance(d->syncSources.get());
    StockFreshness::setInstance(d->freshness.get());
    d->speech = std::make_unique<SpeechMode>(nullptr);
    SpeechMode::setInstance(d->speech.get());

    connect(d->session.get(), &KioskSession::ended, this, [this] {
        // The language goes back to the studio's; the search is forgotten; pages reset in QML.
        d->language->setCode(d->visitor->defaultLanguage());
        d->finder->reset();
        d->configurator->reset();
        d->tradeIn->reset();
        d->driveBooking->reset();
        d->events->reset();
        // Speech mode was this visitor's: it ends with the visit, and what it said is forgotten.
        d->speech->end();
        // A new brand catalog that came during the visit is taken now, never under a build.
        if (d->pendingCatalog)
            applyBrandCatalog(std::exchange(d->pendingCatalog, nullptr));
    });
    // Staff receive the visitor's car with an expert call or a hold.
    d->showroom->setTradeInSource([this] { return d->tradeIn->forStaff(); });
    d->driveBooking->setTradeInSource([this] { return d->tradeIn->forStaff(); });
    d->finder->setBuildSource([this] { return d->configurator->buildTraits(); });
    // The visitor's car, once valued, is offered in every monthly plan; counted where they say so.
    connect(d->tradeIn.get(), &TradeInValuation::creditChanged, this, [this] {
        d->finder->setTradeIn(d->tradeIn->estimateLow(), d->tradeIn->useAsDeposit());
        d->configurator->setTradeIn(d->tradeIn->estimateLow(), d->tradeIn->useAsDeposit());
    });
    connect(d->staff.get(), &StaffMode::unlockedChanged, this, [this] { d->session->setSuspended(d->staff->unlocked()); });
    // The screen sleeps outside opening hours, but never on a visitor or on staff at work; asleep,
    // a touch is no visit.
    const auto updateBusy = [this] { d->sleep->setBusy(d->session->active() || d->staff->unlocked()); };
    connect(d->session.get(), &KioskSession::activeChanged, this, updateBusy);
    connect(d->staff.get(), &StaffMode::unlockedChanged, this, updateBusy);
    connect(d->sleep.get(), &ScreenSleep::asleepChanged, this, [this] { d->visitor->setInputIgnored(d->sleep->asleep()); });
    connect(d->staff.get(), &StaffMode::settingsSaved, this, [this, applyStudio](const StudioSettings::Values &values) {
        d->driveBooking->refreshRetention();
        d->syncSources->setStaleAfterHours(values.staleAfterHours);
        // Shrinking the photo cache may walk its folder: not on the screen's thread.
        (void)QtConcurrent::run(
            [photos = d->photos, mb = values.photoCacheMb] { photos->cache()->setCapBytes(qint64(mb) << 20); });
        QString themeError;
        d->theme->load(values.theme, &themeError);
        d->tradeIn->setBrand(d->theme->brand());
        applyStudio(values.studio);
        d->visitor->setDefaultLanguage(values.language);
        d->session->setTimeouts(values.idleSeconds * 1000, noticeMsFor(values.idleSeconds * 1000));
    });
    // Everything worded for the visitor follows the language.
    const auto applyLanguage = [this] {
        d->theme->setLanguage(d->language->feedKey());
        d->showroom->setLanguage(d->language->feedKey());
        d->finder->setLanguage(d->language->feedKey(), d->language->locale());
        d->tradeIn->setLanguage(d->language->feedKey());
        d->configurator->setLanguage(d->language->feedKey(), d->language->locale());
        d->driveBooking->setLanguage(d->language->feedKey(), d->language->locale());
        d->driveAgenda->setLanguage(d->language->feedKey(), d->language->locale());
        d->staff->setLocale(d->language->locale());
        d->insights->setLanguage(d->language->code());
        d->staffInsights->setLanguage(d->language->feedKey(), d->language->locale());
        d->syncSources->setLocale(d->language->locale());
        d->freshness->setLocale(d->language->locale());
        d->speech->setLocale(d->language->locale());
        d->events->setLanguage(d->language->feedKey(), d->language->locale());
        d->hub->setLocale(d->language->locale());
    };
    connect(d->language.get(), &UiLanguage::changed, this, applyLanguage);
    // The QR codes lead to the studio's phone pages in the visitor's language, when it has them.
    const auto applyPhoneLinks = [this] {
        const PhoneLinks links(d->staff->settings().phoneBaseUrl, d->language->code());
        d->configurator->setPhoneLinks(links);
        d->finder->setPhoneLinks(links);
        d->driveBooking->setPhoneLinks(links);
        d->events->setPhoneLinks(links);
    };
    connect(d->language.get(), &UiLanguage::changed, this, applyPhoneLinks);
    connect(d->staff.get(), &StaffMode::settingsSaved, this, applyPhoneLinks);
    applyPhoneLinks();
    // Speech mode out loud, or only into headphones (a studio floor that must stay quiet).
    const auto applySpeechOutput = [this] {
        d->speech->setHeadphonesOnly(d->staff->settings().speechOutput == QLatin1String("headphones"));
    };
    connect(d->staff.get(), &StaffMode::settingsSaved, this, applySpeechOutput);
    applySpeechOutput();

    // Headless runs (tests, screenshots) have no GPU context to read back from, and a machine
    // without a GPU would only emulate OpenGL on its CPU: Qt Quick's own software renderer is
    // faster there (it redraws only what changed). QT_QUICK_BACKEND still decides when set.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")
        && (QGuiApplication::platformName() == QLatin1String("offscreen") || !hasGpu()))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    d->engine = std::make_unique<QQmlApplicationEngine>();
    d->language->setEngine(d->engine.get());
    if (!d->language->setCode(languageCode)) {
        *error = QStringLiteral("unknown language \"%1\"; use one of %2")
                     .arg(languageCode, UiLanguage::codes().join(QStringLiteral(", ")));
        return false;
    }
    applyLanguage();
    d->engine->addImageProvider(QStringLiteral("car"), new CarImageProvider(d->painters));
    d->engine->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    d->engine->addImageProvider(QStringLiteral("photo"), new PhotoImageProvider(d->photos, d->painters));
    d->engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    d->engine->setInitialProperties({{QStringLiteral("width"), options.size.width()},
                                     {QStringLiteral("height"), options.size.height()},
                                     {QStringLiteral("kiosk"), options.fullScreen},
                                     {QStringLiteral("startPage"), options.startPage}});
    // Decided before the first frame so the screen does not start with a fade.
    if (options.attract)
        d->session->end();
    else
        d->session->interacted();
    d->sleep->setEnabled(options.sleepOutsideHours);
    // The stock is read on a worker while the interface is built on this thread: from the
    // snapshot file it is in before the first frame, and a first-ever build never holds it up.
    d->inventory->load(options.databasePath);
    d->engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Vitrine/Ui/Main.qml")));
    if (d->engine->rootObjects().isEmpty()) {
        *error = QStringLiteral("the user interface failed to load");
        return false;
    }
    d->window = qobject_cast<QQuickWindow *>(d->engine->rootObjects().constFirst());
    d->speech->setWindow(d->window);
    WholeFrames::watch(d->window);
    if (options.fullScreen)
        d->window->showFullScreen();
    else
        d->window->show();
    return true;
}

void KioskApplication::startSync(const KioskOptions &options, const StudioSettings::Values &saved)
{
    const QDir folder = QFileInfo(options.databasePath).absoluteDir();
    d->photos = std::make_shared<PhotoFetcher>(
        std::make_shared<PhotoCache>(folder.filePath(QStringLiteral("photos")), qint64(saved.photoCacheMb) << 20));
    d->freshness = std::make_unique<StockFreshness>(nullptr);
    SourceSyncer::Options sync;
    sync.databasePath = options.databasePath;
    sync.workFolder = folder.filePath(QStringLiteral("sync"));
    d->sync = std::make_unique<SyncScheduler>(sync);
    d->syncSources = std::make_unique<SyncSources>(d->queue.get(), d->sync.get(), nullptr);
    d->syncSources->setStaleAfterHours(saved.staleAfterHours);
    d->syncSources->setFeedFolders(options.feedFolders);
    // A dealer's large stock: the finder's next snapshot is built while the cars are stored.
    connect(d->sync.get(), &SyncScheduler::stockChecked, this,
            [this](const QSet<QString> &removed, const QList<Vehicle> &written, const std::shared_ptr<const Catalog> &catalog) {
                d->inventory->prepare(removed, written, catalog);
            });
    connect(d->sync.get(), &SyncScheduler::synced, this, [this](const SyncOutcome &outcome) {
        if (!outcome.applied)
            d->inventory->forgetPrepared(); // announced, then refused: nothing of it stays
        if (outcome.applied && outcome.catalog) {
            // Built on a worker and swapped in whole: the finder never waits, no frame is dropped.
            d->inventory->replace(outcome.stock.removed, outcome.stock.written, outcome.catalog, outcome.stock.generation);
            // The brand's feed may bring new events, or change ones people joined.
            d->events->refresh();
            if (outcome.brandFeed) {
                d->showroom->setCatalog(*outcome.catalog);
                d->driveBooking->setCatalog(*outcome.catalog);
                d->driveAgenda->setCatalog(*outcome.catalog);
                d->pendingCatalog = outcome.catalog;
            }
        }
        refreshFreshness();
    });
    refreshFreshness();
    // A paired screen takes the studio's feeds from its hub, which fetched them once for all its
    // screens: the pairing is read before the first fetch, and a feed the hub applied is taken at once.
    connect(d->hub.get(), &StudioHub::pairingChanged, this, [this] {
        d->sync->setHub(d->hub->pairing());
        if (d->hub->isStarted())
            d->sync->syncNow();
    });
    connect(d->hub.get(), &StudioHub::hubChanged, this, [this](const QStringList &topics) {
        if (topics.contains(QLatin1String("sources")))
            d->sync->syncFromHub();
    });
    if (!options.sync)
        return;
    if (d->hub->isStarted())
        d->sync->start();
    else
        connect(d->hub.get(), &StudioHub::started, d->sync.get(), &SyncScheduler::start, Qt::SingleShotConnection);
}

void KioskApplication::applyBrandCatalog(std::shared_ptr<const Catalog> catalog)
{
    d->queue->run<std::optional<Catalog>>(
        this, [](QSqlDatabase &db) { return CatalogRows(db).retired(); },
        [this, catalog](std::optional<Catalog> retired) {
            if (retired)
                d->configurator->setCatalog(*catalog, *retired, marketOf(*catalog, d->staff->settings().studio));
            // A new catalog brings new names: searches keep its words, staff see its names.
            d->insights->setVocabulary(VisitInsights::vocabularyOf(*catalog));
            d->staffInsights->setCatalog(*catalog);
            d->events->setCatalog(*catalog);
            d->events->refresh();
        });
}

void KioskApplication::refreshFreshness()
{
    d->queue->run<std::optional<SyncOverview>>(
        this, [](QSqlDatabase &db) { return SyncOverview::read(db); },
        [this](std::optional<SyncOverview> overview) {
            if (overview)
                d->freshness->setStockAsOf(overview->stockAsOf);
        });
}

Finder *KioskApplication::finder() const
{
    return d->finder.get();
}
VisitInsights *KioskApplication::visitInsights() const
{
    return d->insights.get();
}
StudioEvents *KioskApplication::events() const
{
    return d->events.get();
}
StudioHub *KioskApplication::hub() const
{
    return d->hub.get();
}

StaffInsights *KioskApplication::staffInsights() const
{
    return d->staffInsights.get();
}

QQuickWindow *KioskApplication::window() const
{
    return d->window;
}
QQmlApplicationEngine *KioskApplication::engine() const
{
    return d->engine.get();
}
SpeechMode *KioskApplication::speech() const
{
    return d->speech.get();
}

KioskSession *KioskApplication::session() const
{
    return d->session.get();
}
Showroom *KioskApplication::showroom() const
{
    return d->showroom.get();
}
Configurator *KioskApplication::configurator() const
{
    return d->configurator.get();
}
DriveBooking *KioskApplication::driveBooking() const
{
    return d->driveBooking.get();
}
DriveAgenda *KioskApplication::driveAgenda() const
{
    return d->driveAgenda.get();
}
DatabaseQueue *KioskApplication::queue() const
{
    return d->queue.get();
}
StaffMode *KioskApplication::staff() const
{
    return d->staff.get();
}
UiLanguage *KioskApplication::language() const
{
    return d->language.get();
}
BrandTheme *KioskApplication::theme() const
{
    return d->theme.get();
}
ScreenSleep *KioskApplication::screenSleep() const
{
    return d->sleep.get();
}
InventoryService *KioskApplication::inventory() const
{
    return d->inventory.get();
}
SyncScheduler *KioskApplication::sync() const
{
    return d->sync.get();
}
SyncSources *KioskApplication::syncSources() const
{
    return d->syncSources.get();
}
TradeInValuation *KioskApplication::tradeIn() const
{
    return d->tradeIn.get();
}

StockFreshness *KioskApplication::freshness() const
{
    return d->freshness.get();
}
QString KioskApplication::notice() const
{
    return d->notice;
}
bool KioskApplication::storageFault() const
{
    return d->storageFault;
}
int KioskApplication::schemaVersion() const
{
    return d->schemaVersion;
}
