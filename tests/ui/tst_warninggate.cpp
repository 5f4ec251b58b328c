// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskfixture.h"
#include "uiprobe.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// A test of the UI tests' warning gate (kioskfixture.h, warninggate.h): each way a fault can
/// print a warning fails its test function, and a page that prints none passes. ctest expects
/// this program to fail, in exactly these functions (ui/warning-gate-stops-faults).
class TestWarningGate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QObject *createInWindow(const QByteArray &qml)
    {
        QQmlComponent component(m_kiosk->engine());
        component.setData(qml, QUrl(QStringLiteral("file:///gate/Provoked.qml")));
        QObject *object = component.create();
        if (auto *item = qobject_cast<QQuickItem *>(object))
            item->setParentItem(m_kiosk->window()->contentItem());
        return object;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("gate.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    /// The control: a page opened and left without a warning passes.
    void quietPagePasses()
    {
        UiProbe probe(m_kiosk->window());
        QVERIFY(probe.waitSettled());
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("accessibility")),
                                  Q_ARG(QVariant, QVariantMap()));
        QVERIFY(probe.waitSettled());
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(probe.waitSettled());
    }

    /// What the studio list printed before its header was fixed.
    void componentNotReadyFails() { delete createInWindow("import QtQuick\nItem { notAProperty: 1 }"); }

    /// A binding that reads through undefined, printed by the QML engine.
    void bindingErrorFails()
    {
        QObject *item = createInWindow("import QtQuick\nItem { width: parent.missing.width }");
        QTest::qWait(50);
        delete item;
    }

    /// A warning from another thread (a database worker, a picture loader) fails the function too.
    void workerThreadWarningFails()
    {
        QThread *worker = QThread::create([] { qWarning("a worker thread's warning"); });
        worker->start();
        worker->wait();
        delete worker;
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestWarningGate)
#include "tst_warninggate.moc"
