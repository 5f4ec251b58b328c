// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "uiprobe.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// The on-screen keyboard is made only when a field first asks for it (a visit that types
/// nothing does without its memory), and is there, open and typing, on that first tap.
class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    /// The visible key of the keyboard that types `text`, or null.
    static QQuickItem *key(QQuickItem *item, const QString &text)
    {
        if (item->isVisible() && item->property("text").toString() == text && item->property("key").isValid())
            return item;
        for (QQuickItem *child : item->childItems()) {
            if (QQuickItem *found = key(child, text))
                return found;
        }
        return nullptr;
    }

    /// Open: active, shown, slid up into the window.
    bool open(QQuickItem *keyboard) const
    {
        return keyboard && keyboard->property("active").toBool() && keyboard->isVisible()
            && keyboard->mapToScene(QPointF(0, 0)).y() < m_kiosk->window()->height() - keyboard->height() / 2;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("keyboard.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
    }
    void cleanupTestCase() { m_kiosk.reset(); }

    void madeOnTheFirstTapAndKept()
    {
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("action-find")) && ui.waitSettled(100));
        // Home and the finder, before a field is touched: no keyboard made.
        QVERIFY(ui.find(QStringLiteral("keyboard")) == nullptr);
        QVERIFY(ui.tap(QStringLiteral("action-find")));
        QTRY_VERIFY(ui.find(QStringLiteral("search-input")) != nullptr);
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.find(QStringLiteral("keyboard")) == nullptr);

        // The first tap into a field: the keyboard opens below it, and its keys type.
        QQuickItem *input = ui.find(QStringLiteral("search-input"));
        QVERIFY(ui.tap(input));
        QTRY_VERIFY(open(ui.find(QStringLiteral("keyboard"))));
        QQuickItem *keyboard = ui.find(QStringLiteral("keyboard"));
        QTRY_VERIFY(input->mapToScene(QPointF(0, input->height())).y() <= keyboard->mapToScene(QPointF(0, 0)).y() + 1);
        QTRY_VERIFY(key(keyboard, QStringLiteral("a")) != nullptr);
        QVERIFY(ui.tap(key(keyboard, QStringLiteral("a"))));
        // The first letter of a search comes capitalised, as the keyboard starts a sentence.
        QTRY_COMPARE(input->property("text").toString().toLower(), QStringLiteral("a"));
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("keyboard/first-tap-en"));

        // The focus elsewhere closes it; the next tap opens the same keyboard again.
        input->setProperty("text", QString());
        input->parentItem()->parentItem()->forceActiveFocus();
        QTRY_VERIFY(!keyboard->property("active").toBool());
        QTRY_VERIFY(!keyboard->isVisible());
        QVERIFY(ui.tap(input));
        QTRY_VERIFY(open(keyboard));
        QCOMPARE(ui.find(QStringLiteral("keyboard")), keyboard);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestOnScreenKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_onscreenkeyboard.moc"
