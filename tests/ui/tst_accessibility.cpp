// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "configurator.h"
#include "drivebooking.h"
#include "kiosk/kiosksession.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QAccessible>
#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Accessibility of the real window: every control has a name and a role, the large-text,
/// high-contrast and within-reach modes work, and Arabic and Chinese pages are complete.
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QStringList unnamedControls(QAccessibleInterface *iface, int depth = 0)
    {
        QStringList out;
        if (!iface || depth > 60)
            return out;
        static const QList<QAccessible::Role> controls{QAccessible::Button,  QAccessible::CheckBox, QAccessible::RadioButton,
                                                       QAccessible::PageTab, QAccessible::ComboBox, QAccessible::EditableText,
                                                       QAccessible::Slider,  QAccessible::SpinBox};
        const bool invisible = iface->state().invisible || iface->state().offscreen;
        if (!invisible && controls.contains(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            auto *item = qobject_cast<QQuickItem *>(iface->object());
            out << QStringLiteral("%1 (role %2)")
                       .arg(item ? QString::fromLatin1(item->metaObject()->className()) : QStringLiteral("?"))
                       .arg(int(iface->role()));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            out += unnamedControls(iface->child(i), depth + 1);
        return out;
    }

    int countControls(QAccessibleInterface *iface, int depth = 0)
    {
        if (!iface || depth > 60)
            return 0;
        int n = (iface->role() == QAccessible::Button || iface->role() == QAccessible::PageTab
                 || iface->role() == QAccessible::CheckBox)
            ? 1
            : 0;
        for (int i = 0; i < iface->childCount(); ++i)
            n += countControls(iface->child(i), depth + 1);
        return n;
    }

    // Opens a page, first giving it what a visitor would have chosen on the way there.
    void openPage(const QString &page)
    {
        QVariantMap properties;
        if (page == QLatin1String("configurator") || page == QLatin1String("summary") || page == QLatin1String("similar")) {
            m_kiosk->configurator()->startLine(QStringLiteral("aster"));
            m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
            properties.insert(QStringLiteral("step"), QStringLiteral("options"));
        }
        if (page == QLatin1String("drive")) {
            DriveBooking *drive = m_kiosk->driveBooking();
            drive->chooseModel(QStringLiteral("aster-5"));
            QTRY_VERIFY(!drive->dayRows().isEmpty());
            for (const DriveBooking::DayRow &day : drive->dayRows()) {
                if (drive->start().isEmpty() && day.free > 0) {
                    drive->chooseDay(day.date);
                    drive->chooseTime(drive->timeRows().first().start);
                }
            }
            properties.insert(QStringLiteral("step"), QStringLiteral("details"));
        }
        if (page != QLatin1String("configurator"))
            properties.remove(QStringLiteral("step"));
        if (page == QLatin1String("drive"))
            properties.insert(QStringLiteral("step"), QStringLiteral("details"));
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        UiProbe(m_kiosk->window()).waitSettled();
    }

private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("a11y.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        QVERIFY(UiProbe(m_kiosk->window()).waitSettled());
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void everyControlIsNamed_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("home") << "";
        QTest::newRow("find") << "find";
        QTest::newRow("configure") << "configure";
        QTest::newRow("book") << "book";
        QTest::newRow("accessibility") << "accessibility";
        QTest::newRow("staff") << "staff";
        QTest::newRow("configurator") << "configurator";
        QTest::newRow("summary") << "summary";
        QTest::newRow("similar") << "similar";
        QTest::newRow("drive") << "drive";
    }
    void everyControlIsNamed()
    {
        QFETCH(QString, page);
        if (!page.isEmpty())
            openPage(page);
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_kiosk->window());
        QVERIFY(root);
        QVERIFY2(countControls(root) >= 5, "the accessibility tree should expose the page's controls");
        const QStringList unnamed = unnamedControls(root);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(UiProbe(m_kiosk->window()).waitSettled());
    }

    // With a keyboard, Tab walks Home's choices in reading order and comes round again.
    void focusOrderFollowsReading()
    {
        QQuickWindow *window = m_kiosk->window();
        QVERIFY(UiProbe(window).waitSettled());
        QStringList visited;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(window, Qt::Key_Tab);
            QQuickItem *focus = window->activeFocusItem();
            QVERIFY(focus);
            visited << focus->objectName();
        }
        const QStringList tiles{QStringLiteral("action-find"), QStringLiteral("action-configure"), QStringLiteral("action-book"),
                                QStringLiteral("action-expert")};
        QList<int> at;
        for (const QString &tile : tiles) {
            QVERIFY2(visited.contains(tile), qPrintable(visited.join(QLatin1Char(','))));
            at << int(visited.indexOf(tile));
        }
        QVERIFY2(std::is_sorted(at.begin(), at.end()), qPrintable(visited.join(QLatin1Char(','))));
        // It comes round: the first tile is reached again.
        QVERIFY(visited.lastIndexOf(tiles.first()) > at.first());
        // Shift+Tab goes back the same way.
        while (window->activeFocusItem()->objectName() != tiles.at(2))
            QTest::keyClick(window, Qt::Key_Tab);
        QTest::keyClick(window, Qt::Key_Backtab);
        QCOMPARE(window->activeFocusItem()->objectName(), tiles.at(1));
    }

    void modes_data()
    {
        QTest::addColumn<QString>("toggle");
        QTest::addColumn<QSize>("size");
        QTest::newRow("large-text") << "toggle-large" << QSize(1920, 1080);
        QTest::newRow("high-contrast") << "toggle-contrast" << QSize(1920, 1080);
        QTest::newRow("low-reach") << "toggle-reach" << QSize(1080, 1920);
    }
    void modes()
    {
        QFETCH(QString, toggle);
        QFETCH(QSize, size);
        QQuickWindow *window = m_kiosk->window();
        window->resize(size);
        UiProbe ui(window);
        openPage(QStringLiteral("accessibility"));
        const QColor before = m_kiosk->theme()->text();
        QVERIFY(ui.tap(toggle));
        QTRY_VERIFY(ui.find(toggle)->property("on").toBool());
        ui.waitSettled();
        ui.shoot(QStringLiteral("accessibility/%1-settings").arg(QTest::currentDataTag()));
        QMetaObject::invokeMethod(window, "goHome");
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("accessibility/%1-home").arg(QTest::currentDataTag()));
        if (toggle == QLatin1String("toggle-contrast"))
            QVERIFY(m_kiosk->theme()->text() != before);
        if (toggle == QLatin1String("toggle-reach")) {
            // Every control of Home sits in the lower 60 % of the portrait screen.
            for (const QString &name : {QStringLiteral("action-find"), QStringLiteral("action-expert"),
                                        QStringLiteral("staff-entry"), QStringLiteral("accessibility-entry")}) {
                QQuickItem *item = ui.find(name);
                QVERIFY2(item, qPrintable(name));
                const QPointF top = item->mapToScene(QPointF(0, 0));
                QVERIFY2(top.y() >= size.height() * 0.4 - 1, qPrintable(QStringLiteral("%1 at %2").arg(name).arg(top.y())));
            }
        }
        // The visitor leaving resets every mode.
        m_kiosk->session()->setTimeouts(600000, 15000);
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!m_kiosk->theme()->highContrast());
        window->resize(QSize(1920, 1080));
    }

    void pagesInArabicAndTraditionalChinese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const QString &language : {QStringLiteral("ar"), QStringLiteral("zh_TW")}) {
            for (const QString &page :
                 {QStringLiteral("home"), QStringLiteral("find"), QStringLiteral("configure"), QStringLiteral("book"),
                  QStringLiteral("accessibility"), QStringLiteral("staff"), QStringLiteral("configurator"),
                  QStringLiteral("summary"), QStringLiteral("similar"), QStringLiteral("drive")})
                QTest::addRow("%s-%s", qPrintable(language), qPrintable(page)) << language << page;
        }
    }
    void pagesInArabicAndTraditionalChinese()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        m_kiosk->language()->setCode(language);
        if (page != QLatin1String("home"))
            openPage(page);
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QTest::qWait(150);
        ui.shoot(QStringLiteral("pages/%1-%2").arg(page, language));
        // The header's back button sits on the reading side: right in Arabic, left otherwise.
        if (page != QLatin1String("home")) {
            QQuickItem *back = ui.find(QStringLiteral("back"));
            QVERIFY(back);
            const double x = back->mapToScene(QPointF(back->width() / 2, 0)).x();
            const bool rtl = language == QLatin1String("ar");
            QVERIFY2(rtl ? x > m_kiosk->window()->width() / 2 : x < m_kiosk->window()->width() / 2,
                     qPrintable(QString::number(x)));
        }
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(ui.waitSettled());
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
