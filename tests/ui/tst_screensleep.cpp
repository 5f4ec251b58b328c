// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosksession.h"
#include "kioskapplication.h"
#include "screensleep.h"
#include "uiprobe.h"
#include "warninggate.h"

#include <QApplication>
#include <QColor>
#include <QImage>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

namespace {
QDateTime oslo(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Oslo")).toUTC();
}
} // namespace

/// The screen asleep outside the studio's hours in the real kiosk window: blank, deaf to a
/// visitor's touches, woken by staff holding it, awake again before opening, and never put to
/// sleep on a visitor.
class TestScreenSleep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    QDateTime m_now;
    QPointingDevice *m_touch = nullptr;

    ScreenSleep *sleep() const { return m_kiosk->screenSleep(); }
    void setNow(const QDateTime &now)
    {
        m_now = now;
        sleep()->setClock([this] { return m_now; }); // read again at once
    }
    QPoint centre() const { return QPoint(m_kiosk->window()->width() / 2, m_kiosk->window()->height() / 2); }

    // The share of sampled pixels that are not black.
    static double litShare(const QImage &image)
    {
        int lit = 0, all = 0;
        for (int y = 0; y < image.height(); y += 17) {
            for (int x = 0; x < image.width(); x += 17, ++all) {
                if (QColor(image.pixel(x, y)).lightness() > 8)
                    ++lit;
            }
        }
        return all ? double(lit) / all : 1.0;
    }

private slots:
    void initTestCase()
    {
        WarningGate::install();
        m_touch = QTest::createTouchDevice();
        KioskOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("sleep.sqlite"));
        options.language = QStringLiteral("en");
        options.studio = QStringLiteral("oslo");
        options.attract = true;
        options.sleepOutsideHours = true;
        options.size = QSize(1280, 720);
        m_kiosk = std::make_unique<KioskApplication>();
        QString error;
        QVERIFY2(m_kiosk->start(options, &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
        // Sunday: the Oslo studio is closed all day.
        setNow(oslo(2026, 12, 13, 12));
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void asleepTheScreenIsBlank()
    {
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(sleep()->asleep());
        QQuickItem *layer = ui.find(QStringLiteral("sleep-layer"));
        QVERIFY(layer);
        QVERIFY(layer->isVisible());
        QTRY_VERIFY(litShare(m_kiosk->window()->grabWindow()) == 0.0);
        ui.shoot(QStringLiteral("sleep/asleep"));
    }

    void staffHoldingTheScreenWakeIt()
    {
        UiProbe ui(m_kiosk->window());
        // A short hold is nobody's wake.
        QTest::touchEvent(m_kiosk->window(), m_touch).press(0, centre());
        QTest::qWait(sleep()->wakeHoldMs() / 2);
        QTest::touchEvent(m_kiosk->window(), m_touch).release(0, centre());
        QTest::qWait(100);
        QVERIFY(sleep()->asleep());
        // Held long enough, then let go: awake.
        QTest::touchEvent(m_kiosk->window(), m_touch).press(0, centre());
        QTest::qWait(sleep()->wakeHoldMs() + 300);
        QVERIFY(sleep()->asleep()); // the wake comes with the release
        QTest::touchEvent(m_kiosk->window(), m_touch).release(0, centre());
        QTRY_VERIFY(!sleep()->asleep());
        // Awake in the attract loop, the visitor's first touch still to come.
        QVERIFY2(!m_kiosk->session()->active(), "the staff's hold counted as a visit");
        QTRY_VERIFY(ui.find(QStringLiteral("attract-loop")) != nullptr);
        QVERIFY(ui.find(QStringLiteral("sleep-layer")) == nullptr);
        QTRY_VERIFY(litShare(m_kiosk->window()->grabWindow()) > 0.2);
        ui.shoot(QStringLiteral("sleep/woken-by-staff"));
    }

    void theStaffWakeRunsOut()
    {
        setNow(m_now.addSecs(61 * 60));
        QVERIFY(sleep()->asleep());
    }

    // After the staff wake has run out: asleep again, and deaf again.
    void asleepTouchesAreIgnored()
    {
        QVERIFY(sleep()->asleep());
        QVERIFY(!m_kiosk->session()->active());
        QTest::touchEvent(m_kiosk->window(), m_touch).press(0, centre());
        QTest::qWait(50);
        QTest::touchEvent(m_kiosk->window(), m_touch).release(0, centre());
        QTest::qWait(50);
        // A swipe, too.
        QTest::touchEvent(m_kiosk->window(), m_touch).press(0, centre());
        for (int step = 1; step <= 5; ++step) {
            QTest::qWait(20);
            QTest::touchEvent(m_kiosk->window(), m_touch).move(0, centre() - QPoint(step * 60, 0));
        }
        QTest::touchEvent(m_kiosk->window(), m_touch).release(0, centre() - QPoint(300, 0));
        QTest::qWait(200);
        QVERIFY(sleep()->asleep());
        QVERIFY(!m_kiosk->session()->active());
        QCOMPARE(litShare(m_kiosk->window()->grabWindow()), 0.0);
    }

    void awakeBeforeOpening()
    {
        setNow(oslo(2026, 12, 14, 9, 40));
        QVERIFY(sleep()->asleep());
        setNow(oslo(2026, 12, 14, 9, 50));
        QVERIFY(!sleep()->asleep());
    }

    void neverAsleepOnAVisitor()
    {
        setNow(oslo(2026, 12, 14, 18));
        m_kiosk->session()->interacted();
        QVERIFY(m_kiosk->session()->active());
        setNow(oslo(2026, 12, 14, 20));
        QVERIFY(!sleep()->asleep());
        // Once they leave, the closed studio's screen goes dark.
        m_kiosk->session()->end();
        QVERIFY(sleep()->asleep());
    }
};

QTEST_MAIN(TestScreenSleep)
#include "tst_screensleep.moc"
