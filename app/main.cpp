// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's entry point: reads the command line, starts the KioskApplication, and serves
// the start-up measurement and screenshot modes used by tests and benchmarks.

#include "common/hugepages.h"
#include "common/journallog.h"
#include "kioskapplication.h"
#include "layoutreport.h"
#include "outoforderscreen.h"
#include "storage/database.h"
#include "storage/databaseupgrade.h"
#include "systemdnotifier.h"
#include "terminationsignals.h"
#include "wholeframes.h"

#include <QCommandLineParser>
#include <QCursor>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <QtQml/qqmlextensionplugin.h>
#include <memory>

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

} // namespace

int main(int argc, char *argv[])
{
    TerminationSignals::catchEarly();
    JournalLog::install();
    HugePages::growHeapsBy(HugePages::kHeapGrowth); // before the threads that import feeds start
    QElapsedTimer startup;
    startup.start();
    // Touch screens type on the on-screen keyboard (Qt Virtual Keyboard), in the visitor's language.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Vitrine"));
    app.setApplicationName(QStringLiteral("vitrine"));
    app.setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Vitrine — the studio kiosk"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path"),
                                      Database::defaultPath());
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QStringLiteral("Full screen; it can be left only from staff mode."));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-frame"),
                                        QStringLiteral("Exit 0 once Home's first frame is on screen."));
    const QCommandLineOption settledOption(QStringLiteral("quit-when-settled"),
                                           QStringLiteral("Exit 0 once the start page has settled and is on screen (the "
                                                          "finder: its stock in, its grid drawn), saying when."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to a PNG once it has settled, then exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption layoutOption(QStringLiteral("layout-report"),
                                          QStringLiteral("With --screenshot: also write the geometry of named items as JSON."),
                                          QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: en, de, fr, zh_CN, zh_TW, ar (default: the screen's setting)."),
                                        QStringLiteral("code"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1080x1920."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("Brand theme id or theme file."),
                                         QStringLiteral("theme"));
    const QCommandLineOption studioOption(QStringLiteral("studio"), QStringLiteral("The studio this screen stands in."),
                                          QStringLiteral("id"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("Quiet seconds before the visitor's session ends."),
                                        QStringLiteral("seconds"));
    const QCommandLineOption attractOption(QStringLiteral("attract"), QStringLiteral("Start in the attract loop."));
    const QCommandLineOption sleepOption(QStringLiteral("sleep-outside-hours"),
                                         QStringLiteral("Blank the screen outside the studio's opening hours (staff wake it "
                                                        "by holding it)."));
    const QCommandLineOption outOfOrderOption(QStringLiteral("out-of-order"),
                                              QStringLiteral("Show only the out-of-order screen with this note for staff."),
                                              QStringLiteral("note"));
    const QCommandLineOption positionOption(QStringLiteral("position-log"),
                                            QStringLiteral("Replay an NMEA log as this device's position (tablet demos)."),
                                            QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Open this page first (for screenshots)."),
                                        QStringLiteral("page"));
    const QCommandLineOption feedFolderOption(
        QStringLiteral("feed-folder"),
        QStringLiteral("A folder staff pick feed files from at an event, beside USB sticks (may be given again)."),
        QStringLiteral("folder"));
    const QCommandLineOption noSyncOption(QStringLiteral("no-sync"),
                                          QStringLiteral("Do not fetch the feed sources on their schedule."));
    cli.addOptions({dbOption, kioskOption, quitOption, settledOption, shotOption, layoutOption, langOption, sizeOption,
                    themeOption, studioOption, idleOption, attractOption, sleepOption, pageOption, positionOption,
                    outOfOrderOption, feedFolderOption, noSyncOption});
    cli.process(app);

    KioskOptions options;
    options.databasePath = cli.value(dbOption);
    if (cli.isSet(langOption))
        options.language = cli.value(langOption);
    if (cli.isSet(themeOption))
        options.theme = cli.value(themeOption);
    if (cli.isSet(studioOption))
        options.studio = cli.value(studioOption);
    if (cli.isSet(idleOption))
        options.idleSeconds = cli.value(idleOption).toInt();
    options.fullScreen = cli.isSet(kioskOption);
    options.attract = cli.isSet(attractOption);
    options.sleepOutsideHours = cli.isSet(sleepOption);
    options.startPage = cli.value(pageOption);
    options.positionLog = cli.value(positionOption);
    options.feedFolders = cli.values(feedFolderOption);
    options.sync = !cli.isSet(noSyncOption);
    const QSize size = parseSize(cli.value(sizeOption));
    if (size.isValid() && !size.isEmpty())
        options.size = size;

    // A touch screen shows no pointer; staff with a mouse find their way without one.
    if (options.fullScreen)
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));

    // systemd stops the kiosk with SIGTERM: the same clean quit as any other, exit 0.
    SystemdNotifier systemd;
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, [&systemd] {
        systemd.stopping();
        QCoreApplication::exit(0);
    });

    auto kiosk = std::make_unique<KioskApplication>();
    std::unique_ptr<OutOfOrderScreen> outOfOrder;
    QTimer retry;
    QString error;
    QQuickWindow *window = nullptr;
    const QString language = options.language.value_or(QStringLiteral("en"));
    if (cli.isSet(outOfOrderOption)) {
        // The kiosk unit gave up restarting (its start limit): a clear screen for staff instead.
        kiosk.reset();
        outOfOrder = std::make_unique<OutOfOrderScreen>();
        QString screenError;
        if (!outOfOrder->show(cli.value(outOfOrderOption), language, options.theme.value_or(QString()), options.size,
                              options.fullScreen, &screenError, OutOfOrderScreen::Retry::No))
            return fail(screenError);
        window = outOfOrder->window();
    } else if (kiosk->start(options, &error)) {
        if (!kiosk->notice().isEmpty())
            QTextStream(stderr) << "vitrine: " << kiosk->notice() << Qt::endl;
        window = kiosk->window();
    } else if (kiosk->storageFault()) {
        // The database cannot be used: an honest screen instead of an empty shop, and a new try
        // every 10 seconds (staff freed space, the other program let go of the file).
        QTextStream(stderr) << "vitrine: " << error << Qt::endl;
        kiosk.reset();
        outOfOrder = std::make_unique<OutOfOrderScreen>();
        QString screenError;
        if (!outOfOrder->show(error, language, options.theme.value_or(QString()), options.size, options.fullScreen, &screenError,
                              OutOfOrderScreen::Retry::Every10Seconds))
            return fail(screenError);
        window = outOfOrder->window();
        systemd.status(QStringLiteral("out of order: %1").arg(error));
        retry.setInterval(std::chrono::seconds(10));
        QObject::connect(&retry, &QTimer::timeout, &app, [&] {
            auto again = std::make_unique<KioskApplication>();
            QString againError;
            if (!again->start(options, &againError))
                return;
            retry.stop();
            outOfOrder.reset();
            kiosk = std::move(again);
            QTextStream(stderr) << "vitrine: the database can be used again; the kiosk has started" << Qt::endl;
            systemd.status(QStringLiteral("running"));
            DatabaseUpgrade::releasePrevious(options.databasePath);
        });
        retry.start();
    } else {
        return fail(error);
    }

    const bool quitAfterFirstFrame = cli.isSet(quitOption);
    if (cli.isSet(settledOption)) {
        // The first frame drawn once the page says it has settled: what a visitor sees.
        // The swap is reported from the render thread: the frame after the one seen settled is
        // surely drawn with the settled page.
        auto seen = std::make_shared<int>(0);
        auto firstFrameMs = std::make_shared<qint64>(-1);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, window, seen, firstFrameMs] {
            if (*firstFrameMs < 0)
                *firstFrameMs = startup.elapsed();
            if (*seen == 0 && window->property("settled").toBool()) {
                *seen = 1;
                window->update();
            } else if (*seen == 1) {
                *seen = 2;
                QTextStream(stdout) << "settled after " << startup.elapsed() << " ms (first frame after " << *firstFrameMs
                                    << " ms)" << Qt::endl;
                QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
            }
        });
    }
    const QString screenshot = cli.value(shotOption);
    const QString layoutReport = cli.value(layoutOption);
    bool first = true;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (!first)
            return;
        first = false;
        // The screen is up: systemd counts the start from here, and the watchdog starts. A new
        // version that got this far keeps its database; the copy from before the upgrade goes.
        systemd.ready(kiosk ? QStringLiteral("running") : QStringLiteral("out of order"));
        if (kiosk)
            DatabaseUpgrade::releasePrevious(options.databasePath);
        if (quitAfterFirstFrame) {
            QTextStream(stdout) << "first frame after " << startup.elapsed() << " ms" << Qt::endl;
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
        }
        if (!screenshot.isEmpty()) {
            // Pictures arrive asynchronously: wait until the page says it has settled, and (where
            // the window renders in software) until the frame on screen was drawn whole.
            auto *poll = new QTimer(&app);
            QElapsedTimer waited;
            waited.start();
            QObject::connect(poll, &QTimer::timeout, &app, [=, &app]() mutable {
                const bool still = window->property("settled").toBool() && WholeFrames::drawnWhole(window);
                if (!still && waited.elapsed() < 8000)
                    return;
                poll->stop();
                if (!layoutReport.isEmpty())
                    LayoutReport::write(window, layoutReport);
                const bool saved = window->grabWindow().save(screenshot);
                QCoreApplication::exit(saved ? 0 : 3);
            });
            poll->start(50);
        }
    });
    const int code = app.exec();
    systemd.stopping();
    // Whatever was running (a stock load, pictures being painted) stops before the process ends.
    outOfOrder.reset();
    kiosk.reset();
    return code;
}
