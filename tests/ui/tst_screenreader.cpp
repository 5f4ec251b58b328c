// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurator.h"
#include "driveagenda.h"
#include "drivebooking.h"
#include "finder.h"
#include "kiosk/kiosksession.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "resultlistmodel.h"
#include "staffmode.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QAccessible>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// The kiosk as a screen reader meets it, over the real accessibility bus (AT-SPI): this process
/// shows the kiosk in an X window with accessibility on (tests/a11y/atspi-session.sh gives it a
/// display, a session bus and the AT-SPI registry), opens every page and the states behind it in
/// English and Arabic, and has tests/a11y/atspi_walk.py (pyatspi) walk the tree each time. Every
/// control is named, every toggle and one-of choice reports its state, sliders report their range
/// and move the filter, each page has a heading, no name carries bidi marks or is repeated by a
/// child label, and the screen reader's "press" works.
class TestScreenReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    QStringList m_table;
    QStringList m_faults;

    void settle()
    {
        UiProbe(m_kiosk->window()).waitSettled(3000);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    void open(const QString &page, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        if (!page.isEmpty())
            QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        settle();
    }

    static bool reallyVisible(QQuickItem *item)
    {
        for (QQuickItem *i = item; i; i = i->parentItem()) {
            if (!i->isVisible() || i->opacity() <= 0.01)
                return false;
        }
        return true;
    }

    /// The controls the page shows as on, off or chosen, by what their QML says (a `selected`,
    /// `current`, `on` or `chosen` state, or a checkable button), with the state they are in.
    void owedStates(QQuickItem *item, QJsonArray &out)
    {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return;
        if (item->inherits("QQuickAbstractButton")) {
            static const char *stateNames[] = {"selected", "current", "on", "chosen", "isSelected"};
            QVariant state;
            for (const char *n : stateNames) {
                const QVariant v = item->property(n);
                if (v.isValid() && v.typeId() == QMetaType::Bool) {
                    state = v;
                    break;
                }
            }
            if (!state.isValid() && item->property("checkable").toBool())
                state = item->property("checked");
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
            const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            const bool onScreen = box.intersects(QRectF(QPointF(0, 0), m_kiosk->window()->size()));
            if (state.isValid() && iface && onScreen)
                out.append(QJsonObject{{QStringLiteral("name"), iface->text(QAccessible::Name)},
                                       {QStringLiteral("checked"), state.toBool()}});
        }
        for (QQuickItem *child : item->childItems())
            owedStates(child, out);
    }

    /// Runs the walker over this very process; the event loop keeps turning so the kiosk answers.
    QJsonObject walk(const QStringList &extra = {})
    {
        QJsonArray owed;
        owedStates(m_kiosk->window()->contentItem(), owed);
        const QString owedPath = m_dir.filePath(QStringLiteral("owed.json"));
        QFile f(owedPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QJsonDocument(owed).toJson());
        f.close();
        QProcess walker;
        walker.start(QStringLiteral("/usr/bin/python3"),
                     QStringList{QStringLiteral(VITRINE_SOURCE_DIR "/tests/a11y/atspi_walk.py"), QStringLiteral("--pid"),
                                 QString::number(QCoreApplication::applicationPid()), QStringLiteral("--owed"), owedPath}
                         + extra);
        // An event loop rather than QTest::qWaitFor, which sleeps 10 ms between its rounds of
        // events: each of the walker's questions over the bus would wait for one (a walk of
        // 56 accessibles took 4 s).
        QEventLoop loop;
        QObject::connect(&walker, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&walker, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        if (walker.state() != QProcess::NotRunning)
            loop.exec();
        if (walker.state() != QProcess::NotRunning) {
            walker.kill();
            walker.waitForFinished();
            return {{QStringLiteral("error"), QStringLiteral("the walk timed out")}};
        }
        const QByteArray err = walker.readAllStandardError();
        if (!err.trimmed().isEmpty())
            qWarning().noquote() << "walker:" << err;
        return QJsonDocument::fromJson(walker.readAllStandardOutput()).object();
    }

    /// Walks the page as it is now and adds its row to the table; returns the walk.
    QJsonObject check(const QString &page, const QStringList &extra = {})
    {
        settle();
        const QJsonObject w = walk(extra);
        const QString language = m_kiosk->language()->code();
        const QString state = page + QLatin1Char('/') + language;
        if (w.isEmpty() || w.contains(QStringLiteral("error"))) {
            m_faults << QStringLiteral("%1: %2").arg(state, w.value(QStringLiteral("error")).toString(QStringLiteral("no walk")));
            return w;
        }
        auto count = [&](const char *key) { return int(w.value(QLatin1String(key)).toArray().size()); };
        const int sliders = count("sliders");
        m_table << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                       .arg(page, -28)
                       .arg(language, -5)
                       .arg(w.value(QStringLiteral("controls")).toInt(), 8)
                       .arg(count("unnamed"), 8)
                       .arg(w.value(QStringLiteral("owed")).toInt(), 6)
                       .arg(count("missingState"), 8)
                       .arg(sliders, 7)
                       .arg(w.value(QStringLiteral("slidersMoved")).toInt(), 6)
                       .arg(count("headings"), 8)
                       .arg(count("bidi") + count("repeated") + count("noPress"), 7);
        const auto fault = [&](const char *key, const QString &what) {
            const QJsonArray list = w.value(QLatin1String(key)).toArray();
            if (!list.isEmpty())
                m_faults << QStringLiteral("%1: %2 %3: %4")
                                .arg(state)
                                .arg(list.size())
                                .arg(what, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact).left(600)));
        };
        fault("unnamed", QStringLiteral("without a name"));
        fault("missingState", QStringLiteral("without the state they owe"));
        fault("bidi", QStringLiteral("names with bidi marks"));
        fault("repeated", QStringLiteral("names repeated by a child label"));
        fault("noPress", QStringLiteral("controls without a press action"));
        fault("slidersUnranged", QStringLiteral("sliders without a range or step"));
        if (count("headings") == 0)
            m_faults << QStringLiteral("%1: no heading").arg(state);
        return w;
    }

    void eachLanguage(const std::function<void()> &visit)
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
            m_kiosk->language()->setCode(language);
            settle();
            visit();
        }
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }

    void startBuild()
    {
        m_kiosk->configurator()->startLine(QStringLiteral("aster"));
        m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
    }

    bool pickFreeTime()
    {
        DriveBooking *drive = m_kiosk->driveBooking();
        drive->reset();
        drive->chooseModel(QStringLiteral("aster-5"));
        drive->chooseStudio(QStringLiteral("oslo"));
        if (!QTest::qWaitFor([&] { return !drive->dayRows().isEmpty(); }, 5000))
            return false;
        for (const DriveBooking::DayRow &day : drive->dayRows()) {
            if (day.free > 0) {
                drive->chooseDay(day.date);
                if (!QTest::qWaitFor([&] { return !drive->timeRows().isEmpty(); }, 5000))
                    return false;
                drive->chooseTime(drive->timeRows().first().start);
                return true;
            }
        }
        return false;
    }

    QObject *theme() const
    {
        QQmlExpression expression(qmlContext(m_kiosk->window()), m_kiosk->window(), QStringLiteral("Theme"));
        return expression.evaluate().value<QObject *>();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || qgetenv("QT_QPA_PLATFORM") != "xcb")
            QSKIP("run through tests/a11y/atspi-session.sh (ctest does): it gives the display and the buses");
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("reader.sqlite"));
        m_kiosk = startKiosk(path, &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        QVERIFY2(QAccessible::isActive(), "the AT-SPI bridge is not active (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(StaffPin(db).set(QStringLiteral("4711")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY(Finder::create(nullptr, nullptr)->ready());
        settle();
    }

    void cleanupTestCase()
    {
        if (!m_table.isEmpty()) {
            qInfo().noquote() << QStringLiteral("\nAT-SPI walk, per page and language:\n%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                                     .arg(QStringLiteral("page"), -28)
                                     .arg(QStringLiteral("lang"), -5)
                                     .arg(QStringLiteral("controls"), 8)
                                     .arg(QStringLiteral("unnamed"), 8)
                                     .arg(QStringLiteral("owed"), 6)
                                     .arg(QStringLiteral("nostate"), 8)
                                     .arg(QStringLiteral("sliders"), 7)
                                     .arg(QStringLiteral("moved"), 6)
                                     .arg(QStringLiteral("headings"), 8)
                                     .arg(QStringLiteral("other"), 7)
                    + m_table.join(QLatin1Char('\n'));
        }
        m_kiosk.reset();
    }

    void init() { m_faults.clear(); }

    void cleanup()
    {
        if (!m_faults.isEmpty())
            QFAIL(qPrintable(m_faults.join(QLatin1Char('\n'))));
    }

    void home()
    {
        eachLanguage([&] {
            open(QString());
            check(QStringLiteral("home"));
        });
    }

    void finder()
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        eachLanguage([&] {
            finder->reset();
            open(QStringLiteral("find"));
            QTRY_VERIFY(finder->ready());
            const FinderRange price = finder->priceRange(), year = finder->yearRange(), mileage = finder->mileageRange();
            const QJsonObject w = check(QStringLiteral("finder"), {QStringLiteral("--move-sliders")});
            settle();
            // "Increase" on each low end moved the filter itself, not only the handle.
            int filterMoved = 0;
            filterMoved += finder->priceRange().low > price.low ? 1 : 0;
            filterMoved += finder->yearRange().low > year.low ? 1 : 0;
            filterMoved += finder->mileageRange().low > mileage.low ? 1 : 0;
            QVERIFY2(w.value(QStringLiteral("sliders")).toArray().size() >= 6,
                     "the three ranges should show two ends each to a screen reader");
            QCOMPARE(filterMoved, 3);
            finder->reset();
        });
    }

    void detail()
    {
        eachLanguage([&] {
            open(QStringLiteral("find"));
            Finder *finder = Finder::create(nullptr, nullptr);
            const QString car = finder->results()->data(finder->results()->index(0), ResultListModel::IdRole).toString();
            const QVariantMap properties{{QStringLiteral("vehicleId"), car}};
            QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("detail")),
                                      Q_ARG(QVariant, properties));
            check(QStringLiteral("detail"));
        });
    }

    void modelLines()
    {
        eachLanguage([&] {
            open(QStringLiteral("configure"));
            check(QStringLiteral("configure"));
        });
    }

    void configuratorSteps()
    {
        eachLanguage([&] {
            for (const char *step : {"model", "trim", "paint", "wheel", "interior", "options"}) {
                startBuild();
                open(QStringLiteral("configurator"), {{QStringLiteral("step"), QString::fromLatin1(step)}});
                check(QStringLiteral("configurator-") + QLatin1String(step));
                m_kiosk->configurator()->reset();
            }
        });
    }

    void summary()
    {
        eachLanguage([&] {
            startBuild();
            open(QStringLiteral("summary"));
            check(QStringLiteral("summary"));
            m_kiosk->configurator()->reset();
        });
    }

    void bookingSteps()
    {
        DriveBooking *drive = m_kiosk->driveBooking();
        eachLanguage([&] {
            for (const char *step : {"model", "studio", "time", "details"}) {
                const QString s = QString::fromLatin1(step);
                open(QStringLiteral("book"));
                if (s != QLatin1String("model"))
                    drive->chooseModel(QStringLiteral("aster-5"));
                if (s == QLatin1String("time") || s == QLatin1String("details"))
                    QVERIFY(pickFreeTime());
                if (s != QLatin1String("model"))
                    open(QStringLiteral("drive"), {{QStringLiteral("step"), s}});
                check(QStringLiteral("booking-") + s);
                drive->reset();
            }
        });
    }

    void staffAgenda()
    {
        eachLanguage([&] {
            m_kiosk->staff()->unlock(QStringLiteral("4711"));
            QTRY_VERIFY(m_kiosk->staff()->unlocked());
            open(QStringLiteral("staff"));
            DriveAgenda *agenda = m_kiosk->driveAgenda();
            agenda->refresh();
            check(QStringLiteral("staff"));
            m_kiosk->staff()->lock();
        });
    }

    void otherPages()
    {
        eachLanguage([&] {
            // The trade-in, the expert, and staff mode while locked: its PIN page.
            const QList<QPair<QString, QString>> pages{{QStringLiteral("tradein"), QStringLiteral("tradein")},
                                                       {QStringLiteral("expert"), QStringLiteral("expert")},
                                                       {QStringLiteral("staff"), QStringLiteral("pin")}};
            for (const auto &[page, name] : pages) {
                open(page);
                check(name);
            }
        });
    }

    /// The accessibility page, and the screen reader's own "press" turning larger text on.
    void accessibilityAndPress()
    {
        QObject *t = theme();
        QVERIFY(t);
        eachLanguage([&] {
            open(QStringLiteral("accessibility"));
            t->setProperty("largeText", false);
            settle();
            QQuickItem *toggle = UiProbe(m_kiosk->window()).find(QStringLiteral("toggle-large"));
            QVERIFY(toggle);
            const QString name = QAccessible::queryAccessibleInterface(toggle)->text(QAccessible::Name);
            const QJsonObject w = check(QStringLiteral("accessibility"), {QStringLiteral("--press"), name});
            QVERIFY2(w.value(QStringLiteral("pressed")).toBool(), "the walker found no control to press");
            QTRY_VERIFY(t->property("largeText").toBool());
            // … and the screen reader hears it on.
            check(QStringLiteral("accessibility-larger"));
            t->setProperty("largeText", false);
        });
    }
};

QTEST_MAIN(TestScreenReader)
#include "tst_screenreader.moc"
