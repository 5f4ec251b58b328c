// Composition root of the kiosk: opens the database, loads the demo data on first start,
// builds the services and starts the QML UI.

#include "brandtheme.h"
#include "showroom.h"
#include "storage/catalogreader.h"
#include "storage/database.h"
#include "sync/feedimporter.h"
#include "kiosk/visitorrequests.h"
#include "uilanguage.h"
#include "visitorsession.h"
#include "kiosk/kiosksession.h"
#include "kiosk/staffpin.h"
#include "kiosk/studiosettings.h"
#include "staffmode.h"

#if __has_include("carimageprovider.h")
#include "carimageprovider.h"
#define VITRINE_HAS_CAR_IMAGES 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "vitrine: " << message << Qt::endl;
    return 2;
}

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    return {parts.at(0).toInt(), parts.at(1).toInt()};
}

// Where each named item ended up, for UI tests that check layout and mirroring without
// guessing from pixels.
void collectItems(QQuickItem *item, QJsonObject *out)
{
    if (!item->objectName().isEmpty()) {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QJsonObject entry{{QStringLiteral("x"), r.x()},
                          {QStringLiteral("y"), r.y()},
                          {QStringLiteral("width"), r.width()},
                          {QStringLiteral("height"), r.height()},
                          {QStringLiteral("visible"), item->isVisible()}};
        const QVariant text = item->property("text");
        if (text.isValid())
            entry.insert(QStringLiteral("text"), text.toString());
        const QVariant truncated = item->property("truncated");
        if (truncated.isValid())
            entry.insert(QStringLiteral("truncated"), truncated.toBool());
        out->insert(item->objectName(), entry);
    }
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
}

void writeLayoutReport(QQuickWindow *window, const QString &path)
{
    QJsonObject report;
    collectItems(window->contentItem(), &report);
    report.insert(QStringLiteral("window"),
                  QJsonObject{{QStringLiteral("width"), window->width()},
                              {QStringLiteral("height"), window->height()},
                              {QStringLiteral("mirrored"), window->property("mirrored").toBool()}});
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(report).toJson());
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Vitrine"));
    app.setApplicationName(QStringLiteral("vitrine"));
    app.setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Vitrine — the studio kiosk"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path"),
                                      Database::defaultPath());
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"), QStringLiteral("Full screen."));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-frame"),
                                        QStringLiteral("Exit 0 once Home's first frame is on screen."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to a PNG once it has settled, then exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: en, de, fr, zh_CN, zh_TW, ar."),
                                        QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1080x1920."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("Brand theme id or theme file."),
                                         QStringLiteral("theme"), QStringLiteral("nocturne"));
    const QCommandLineOption studioOption(QStringLiteral("studio"), QStringLiteral("The studio this screen stands in."),
                                          QStringLiteral("id"), QStringLiteral("oslo"));
    const QCommandLineOption layoutOption(QStringLiteral("layout-report"),
                                          QStringLiteral("With --screenshot: also write the geometry of named items as JSON."),
                                          QStringLiteral("file"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("Quiet seconds before the visitor's session ends."),
                                        QStringLiteral("seconds"), QStringLiteral("90"));
    const QCommandLineOption attractOption(QStringLiteral("attract"), QStringLiteral("Start in the attract loop."));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Open this page first (for screenshots)."),
                                        QStringLiteral("page"));
    cli.addOptions({dbOption, kioskOption, quitOption, shotOption, langOption, sizeOption, themeOption, studioOption,
                    pageOption, layoutOption, idleOption, attractOption});
    cli.process(app);

    const QString dbPath = cli.value(dbOption);
    const Database::OpenResult opened = Database::open(dbPath, QStringLiteral("ui"));
    if (!opened.ok())
        return fail(opened.message);
    if (!opened.message.isEmpty())
        QTextStream(stderr) << "vitrine: " << opened.message << Qt::endl;
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("ui"));

    FeedImporter importer(db);
    if (!importer.hasCatalog()) {
        const FeedImporter::Report report = importer.importFile(QStringLiteral(":/vitrine/data/demo-feed.json"));
        if (!report.applied)
            return fail(QStringLiteral("the demo data could not be loaded: ") + report.fatal);
    }
    CatalogReader reader(db);
    QString error;
    auto catalog = reader.catalog(&error);
    const auto counts = reader.counts(&error);
    if (!catalog || !counts)
        return fail(QStringLiteral("the database cannot be read: ") + error);

    // The screen's own settings (staff mode) unless the command line says otherwise.
    StudioSettings studioSettings(db);
    const StudioSettings::Values settings = studioSettings.load();
    const auto chosen = [&](const QCommandLineOption &option, const QString &stored) {
        return cli.isSet(option) ? cli.value(option) : stored;
    };
    const QString studioId = chosen(studioOption, settings.studio);
    const QString languageCode = chosen(langOption, settings.language);
    const int idleSeconds = chosen(idleOption, QString::number(settings.idleSeconds)).toInt();

    BrandTheme theme(nullptr);
    if (!theme.load(chosen(themeOption, settings.theme), &error))
        return fail(error);
    UiLanguage language(nullptr);
    VisitorRequests requests(db);
    Showroom showroom(nullptr);
    showroom.setRequests(&requests);
    showroom.setCatalog(std::move(*catalog), int(counts->vehicles));
    showroom.setStudio(studioId);
    BrandTheme::setInstance(&theme);
    UiLanguage::setInstance(&language);
    Showroom::setInstance(&showroom);
    KioskSession session;
    // The notice is a short, calm last chance: a sixth of the idle time, between 5 and 15 s.
    const int idleMs = qMax(5, idleSeconds) * 1000;
    session.setTimeouts(idleMs, qBound(5000, idleMs / 6, 15000));
    VisitorSession visitor(&session, languageCode, nullptr);
    VisitorSession::setInstance(&visitor);
    app.installEventFilter(&visitor);
    QObject::connect(&session, &KioskSession::ended, &app, [&] {
        // The language goes back to the studio's; pages and models reset in QML.
        language.setCode(visitor.defaultLanguage());
    });
    StaffPin staffPin(db);
    StaffMode staff(&staffPin, &studioSettings, &requests, nullptr);
    StaffMode::setInstance(&staff);
    QObject::connect(&staff, &StaffMode::unlockedChanged, &app, [&] { session.setSuspended(staff.unlocked()); });
    QObject::connect(&staff, &StaffMode::settingsSaved, &app, [&] {
        const StudioSettings::Values saved = studioSettings.load();
        QString themeError;
        theme.load(saved.theme, &themeError);
        showroom.setStudio(saved.studio);
        visitor.setDefaultLanguage(saved.language);
        const int ms = saved.idleSeconds * 1000;
        session.setTimeouts(ms, qBound(5000, ms / 6, 15000));
    });
    QObject::connect(&language, &UiLanguage::changed, &app, [&] {
        theme.setLanguage(language.feedKey());
        showroom.setLanguage(language.feedKey());
    });

    // Headless runs (tests, screenshots) have no GPU context to read back from: draw in software.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    if (!language.setCode(languageCode))
        return fail(QStringLiteral("unknown language \"%1\"; use one of %2")
                        .arg(languageCode, UiLanguage::codes().join(QStringLiteral(", "))));
#ifdef VITRINE_HAS_CAR_IMAGES
    engine.addImageProvider(QStringLiteral("car"), new CarImageProvider);
#endif
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    const QSize size = parseSize(cli.value(sizeOption));
    engine.setInitialProperties({{QStringLiteral("width"), size.width() > 0 ? size.width() : 1920},
                                 {QStringLiteral("height"), size.height() > 0 ? size.height() : 1080},
                                 {QStringLiteral("kiosk"), cli.isSet(kioskOption)},
                                 {QStringLiteral("startPage"), cli.value(pageOption)}});
    // Decided before the first frame so the screen does not start with a fade.
    if (cli.isSet(attractOption))
        session.end();
    else
        session.interacted();
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vitrine/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the user interface failed to load"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    const bool quitAfterFirstFrame = cli.isSet(quitOption);
    const QString screenshot = cli.value(shotOption);
    const QString layoutReport = cli.value(layoutOption);
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, quitAfterFirstFrame, screenshot, layoutReport] {
        static bool first = true;
        if (!first)
            return;
        first = false;
        if (quitAfterFirstFrame) {
            QTextStream(stdout) << "first frame after " << startup.elapsed() << " ms" << Qt::endl;
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
        }
        if (!screenshot.isEmpty()) {
            // Pictures arrive asynchronously: wait until the page says it has settled.
            auto *poll = new QTimer(&app);
            auto *waited = new QElapsedTimer;
            waited->start();
            QObject::connect(poll, &QTimer::timeout, &app, [=, &app] {
                if (!window->property("settled").toBool() && waited->elapsed() < 8000)
                    return;
                poll->stop();
                if (!layoutReport.isEmpty())
                    writeLayoutReport(window, layoutReport);
                const bool saved = window->grabWindow().save(screenshot);
                QCoreApplication::exit(saved ? 0 : 3);
            });
            poll->start(50);
        }
    });
    if (cli.isSet(kioskOption))
        window->showFullScreen();
    else
        window->show();
    return app.exec();
}
