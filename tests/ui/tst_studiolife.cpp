// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "inventory/inventoryservice.h"
#include "kiosk/kiosksession.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "showroom.h"
#include "staffmode.h"
#include "storage/database.h"
#include "uilanguage.h"
#include "uiprobe.h"
#include "warninggate.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Studio life in the real kiosk window: asking for an expert, staff mode behind the PIN, and
/// the idle wipe back to the attract loop.
class TestStudioLife : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("life.sqlite")); }

    bool onHome(UiProbe &ui) { return ui.find(QStringLiteral("action-find")) != nullptr; }

    void typePin(UiProbe &ui, const QString &pin)
    {
        for (const QChar c : pin)
            QVERIFY2(ui.tap(ui.findAccessible(QString(c))), qPrintable(QStringLiteral("key %1").arg(c)));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Open"))));
    }

private slots:
    void initTestCase()
    {
        WarningGate::install();
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("setup")).ok());
            StaffPin pin(QSqlDatabase::database(QStringLiteral("setup")));
            QVERIFY(pin.set(QStringLiteral("4711")));
        }
        Database::close(QStringLiteral("setup"));
        KioskOptions options;
        options.databasePath = dbPath();
        options.language = QStringLiteral("en");
        m_kiosk = std::make_unique<KioskApplication>();
        QString error;
        QVERIFY2(m_kiosk->start(options, &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void askAnExpertReachesStaff()
    {
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.tap(QStringLiteral("action-expert")));
        QTRY_VERIFY(ui.findAccessible(QStringLiteral("Ask an expert")) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/expert-en"));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Back"))));
        QTRY_VERIFY(onHome(ui));
    }

    void staffModeNeedsThePin()
    {
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("staff-entry")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("staff-entry")));
        QTRY_VERIFY(ui.find(QStringLiteral("pin-dots")) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/pin-en"));

        // The keys stay where the finger is when a wrong PIN is reported: the message's room is kept.
        QQuickItem *keypad = ui.find(QStringLiteral("keypad"));
        QVERIFY(keypad);
        const QPointF keysAt = keypad->mapToScene(QPointF(0, 0));
        typePin(ui, QStringLiteral("1234"));
        QTRY_VERIFY(ui.find(QStringLiteral("pin-message")) != nullptr
                    && ui.find(QStringLiteral("pin-message"))->property("text").toString().contains(QLatin1String("not right")));
        QVERIFY(!m_kiosk->staff()->unlocked());
        QTest::qWait(100);
        QCOMPARE(keypad->mapToScene(QPointF(0, 0)), keysAt);
        ui.shoot(QStringLiteral("studio-life/pin-wrong-en"));

        typePin(ui, QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        QTRY_VERIFY(ui.findAccessible(QStringLiteral("Would like to talk to an expert")) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/staff-en"));

        // Staff mode never times out while open.
        m_kiosk->session()->setTimeouts(50, 50);
        QTest::qWait(300);
        QVERIFY(m_kiosk->staff()->unlocked());
        // Back to calm timeouts before leaving, so no idle wipe can start behind the next test's taps.
        m_kiosk->session()->setTimeouts(600000, 15000);

        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Done"))));
        QTRY_VERIFY(ui.findAccessible(QStringLiteral("Nobody is waiting right now.")) != nullptr);
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Lock and leave"))));
        QTRY_VERIFY(onHome(ui));
        QVERIFY(!m_kiosk->staff()->unlocked());
    }

    /// The address of the studio's phone pages is typed in staff mode: a wrong one is refused
    /// with the reason and nothing stored changes; a right one is saved and shown.
    void phonePagesAddressTypedInStaffMode()
    {
        UiProbe ui(m_kiosk->window());
        const QString before = m_kiosk->staff()->phoneBaseUrl();
        QVERIFY(ui.tap(QStringLiteral("staff-entry")));
        QTRY_VERIFY(ui.find(QStringLiteral("pin-dots")) != nullptr);
        typePin(ui, QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        QTRY_VERIFY(ui.find(QStringLiteral("phone-base-url-field-input")) != nullptr);
        // The settings as stored are read once staff mode opens: typing starts after that read
        // (it fills the field), as a person's would.
        QSignalSpy read(m_kiosk->staff(), &StaffMode::settingsChanged);
        m_kiosk->staff()->editSettings();
        QVERIFY(read.wait());
        QQuickItem *input = ui.find(QStringLiteral("phone-base-url-field-input"));
        const auto typeAddress = [&](const QString &text) {
            input->forceActiveFocus(Qt::TabFocusReason);
            input->setProperty("text", QString());
            QTest::qWait(200); // the field scrolls into view and the input method takes it first
            for (const QChar c : text)
                QTest::keyClick(m_kiosk->window(), c.toLatin1());
            const QString typed = input->property("text").toString();
            if (typed != text)
                qInfo().noquote() << "typed" << typed << "focus" << m_kiosk->window()->activeFocusItem();
            return typed == text;
        };
        QVERIFY(typeAddress(QStringLiteral("ftp://studio.vitrine.test")));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Save settings"))));
        QTRY_VERIFY(m_kiosk->staff()->saveMessage().contains(QLatin1String("http(s) address")));
        QCOMPARE(m_kiosk->staff()->phoneBaseUrl(), before);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/phone-address-refused-en"));

        QVERIFY(typeAddress(QStringLiteral("https://oslo.vitrine.test")));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Save settings"))));
        QTRY_COMPARE(m_kiosk->staff()->saveMessage(), QStringLiteral("Saved."));
        QCOMPARE(m_kiosk->staff()->phoneBaseUrl(), QStringLiteral("https://oslo.vitrine.test"));
        QTRY_VERIFY(ui.find(QStringLiteral("phone-base-url"))
                        ->property("text")
                        .toString()
                        .contains(QLatin1String("https://oslo.vitrine.test")));
        // Stored: read back from the database as the next start would.
        m_kiosk->staff()->editSettings();
        QTRY_COMPARE(m_kiosk->staff()->pendingPhoneBaseUrl(), QStringLiteral("https://oslo.vitrine.test"));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/phone-address-saved-en"));

        // As it was, for the tests after this one.
        m_kiosk->staff()->setPendingPhoneBaseUrl(before);
        m_kiosk->staff()->saveSettings();
        QTRY_COMPARE(m_kiosk->staff()->phoneBaseUrl(), before);
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Lock and leave"))));
        QTRY_VERIFY(onHome(ui));
    }

    // A hold request: the answer shows where the visitor is looking, and staff see which car it
    // is — model, colour, the VIN's tail, where it stands — never its internal id.
    void holdRequestNamesTheCar()
    {
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(m_kiosk->inventory()->ready());
        const auto snapshot = m_kiosk->inventory()->snapshot();
        std::optional<Vehicle> car;
        for (qsizetype i = 0; i < snapshot->vehicles.size() && !car; ++i) {
            const Vehicle v = snapshot->vehicles.at(i);
            if (v.location == m_kiosk->staff()->settings().studio && !v.model.isEmpty() && !v.paint.isEmpty())
                car = v;
        }
        QVERIFY(car);
        const QSize size = m_kiosk->window()->size();
        const QVariantMap detail{{QStringLiteral("vehicleId"), car->id}};
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("detail")),
                                  Q_ARG(QVariant, detail));
        QTRY_VERIFY(ui.find(QStringLiteral("hold")) != nullptr);
        // The detail page in German: its figures with a decimal comma (a person looks at this one).
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
        QVERIFY(ui.waitSettled());
        QTest::qWait(600);
        ui.shoot(QStringLiteral("studio-life/detail-de"));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        m_kiosk->window()->resize(1080, 1920);
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        // The visitor has scrolled until the button is at the bottom of the screen, and taps it.
        QQuickItem *body = ui.find(QStringLiteral("detail-body"));
        QQuickItem *hold = ui.find(QStringLiteral("hold"));
        QVERIFY(body && hold);
        const double holdBottom = hold->mapToItem(body->property("contentItem").value<QQuickItem *>(), QPointF(0, hold->height()))
                                      .y();
        body->setProperty("contentY", qMax(0.0, holdBottom - body->height() + 2));
        QTest::qWait(100);
        const QPointF centre = hold->mapToScene(QPointF(hold->width() / 2, hold->height() / 2));
        QVERIFY(centre.y() < m_kiosk->window()->height());
        QTest::mouseClick(m_kiosk->window(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTRY_VERIFY(ui.find(QStringLiteral("request-message")) != nullptr);
        QQuickItem *answer = ui.find(QStringLiteral("request-message"));
        const QRectF viewport = body->mapRectToScene(QRectF(0, 0, body->width(), body->height()));
        QTRY_VERIFY2(viewport.contains(answer->mapRectToScene(QRectF(0, 0, answer->width(), answer->height()))),
                     "the answer is out of view");
        ui.shoot(QStringLiteral("studio-life/hold-answer-portrait-en"));
        m_kiosk->window()->resize(size);

        // A second visitor asks an expert about their build from its summary.
        const RuleEngine engine(m_kiosk->showroom()->catalog());
        const Trim *trim = m_kiosk->showroom()->catalog().trimsOfModel(QStringLiteral("aster-5")).first();
        const QString code = ConfigurationCode::encode(engine, *engine.defaultConfiguration(trim->id));
        QVERIFY(!code.isEmpty());
        QSignalSpy answered(m_kiosk->showroom(), &Showroom::requestAnswered);
        m_kiosk->showroom()->askExpert(QString(), code);
        QVERIFY(answered.wait());

        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("staff")),
                                  Q_ARG(QVariant, QVariantMap()));
        QTRY_VERIFY(ui.findAccessible(QStringLiteral("Hold request")) != nullptr);
        // The build is named too: model and trim, paint, and its code to open it.
        QTRY_VERIFY(ui.find(QStringLiteral("request-car-1")) != nullptr);
        const QString build = ui.find(QStringLiteral("request-car-1"))->property("text").toString();
        QVERIFY2(build.contains(QStringLiteral("Aster 5 ") + trim->name.text(QStringLiteral("en"))), qPrintable(build));
        QVERIFY2(build.contains(code), qPrintable(build));
        QTRY_VERIFY(ui.find(QStringLiteral("request-car-0")) != nullptr);
        const QString line = ui.find(QStringLiteral("request-car-0"))->property("text").toString();
        QVERIFY2(line.contains(snapshot->catalog.model(car->model)->name.text(QStringLiteral("en"))), qPrintable(line));
        QVERIFY2(line.contains(snapshot->catalog.option(car->paint)->name.text(QStringLiteral("en"))), qPrintable(line));
        QVERIFY2(line.contains(car->vin.right(6)), qPrintable(line));
        QVERIFY2(line.contains(snapshot->catalog.studio(car->location)->name), qPrintable(line));
        QVERIFY2(!line.contains(car->id), qPrintable(line));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/staff-hold-en"));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Done"))));
        QTRY_VERIFY(!ui.find(QStringLiteral("request-car-1")));
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Done"))));
        QTRY_VERIFY(ui.findAccessible(QStringLiteral("Nobody is waiting right now.")) != nullptr);
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Lock and leave"))));
        QTRY_VERIFY(!m_kiosk->staff()->unlocked());
        // The visit ends: back to Home for the next test.
        m_kiosk->session()->end();
        m_kiosk->session()->interacted();
        QTRY_VERIFY(onHome(ui));
    }

    // A portrait panel on a landscape output: staff turn the picture, and touch follows it.
    void orientationSettingTurnsTheScreen()
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *screen = ui.find(QStringLiteral("screen"));
        QVERIFY(screen);
        QCOMPARE(screen->rotation(), 0.0);
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        m_kiosk->staff()->pickSetting(QStringLiteral("orientation"), QStringLiteral("portrait"));
        m_kiosk->staff()->saveSettings();
        QTRY_COMPARE(m_kiosk->staff()->saveMessage(), QStringLiteral("Saved."));
        QTRY_COMPARE(screen->rotation(), 90.0);
        QCOMPARE(screen->width(), 1080.0);
        QCOMPARE(screen->height(), 1920.0);
        m_kiosk->staff()->lock();
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("studio-life/portrait-mounted-en"));
        // A tap lands where the turned picture shows the tile.
        QVERIFY(ui.tap(QStringLiteral("action-find")));
        QTRY_VERIFY(ui.find(QStringLiteral("result-count")) != nullptr);
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        m_kiosk->staff()->editSettings();
        QTRY_COMPARE(m_kiosk->staff()->orientationChoices()->selected().toString(), QStringLiteral("portrait"));
        m_kiosk->staff()->pickSetting(QStringLiteral("orientation"), QStringLiteral("auto"));
        m_kiosk->staff()->saveSettings();
        QTRY_COMPARE(m_kiosk->staff()->saveMessage(), QStringLiteral("Saved."));
        m_kiosk->staff()->lock();
        QTRY_COMPARE(screen->rotation(), 0.0);
        QTRY_VERIFY(onHome(ui));
    }

    void idleWipeLeavesNoTrace()
    {
        UiProbe ui(m_kiosk->window());
        // A visitor switches to German and goes a few pages deep.
        QVERIFY(ui.tap(ui.findAccessible(QStringLiteral("Deutsch"))));
        QTRY_COMPARE(m_kiosk->language()->code(), QStringLiteral("de"));
        QVERIFY(ui.tap(QStringLiteral("action-configure")));
        QTRY_VERIFY(!onHome(ui));

        m_kiosk->session()->setTimeouts(100, 1500);
        QTRY_VERIFY_WITH_TIMEOUT(ui.find(QStringLiteral("idle-notice")) != nullptr, 3000);
        QTest::qWait(400); // the notice fades in
        ui.shoot(QStringLiteral("studio-life/idle-notice-de"));

        // The wipe: Home, the studio's language, the attract loop over it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->session()->active(), 5000);
        QTRY_COMPARE(m_kiosk->language()->code(), QStringLiteral("en"));
        QTRY_VERIFY(ui.find(QStringLiteral("attract-loop")) != nullptr);
        QVERIFY(ui.waitSettled());
        QTest::qWait(800); // the loop fades in
        ui.shoot(QStringLiteral("studio-life/attract-en"));

        // A touch opens Home, not the page the last visitor left.
        m_kiosk->session()->setTimeouts(600000, 15000);
        QVERIFY(ui.tap(QStringLiteral("attract-loop")));
        QTRY_VERIFY(m_kiosk->session()->active());
        QTRY_VERIFY(onHome(ui));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestStudioLife test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studiolife.moc"
