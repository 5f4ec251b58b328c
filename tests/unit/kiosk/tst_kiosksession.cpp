// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosksession.h"

#include <QSignalSpy>
#include <QTest>

/// Idle detection: notice, cancel by touch, wipe, and staff suspension.
class TestKioskSession : public QObject
{
    Q_OBJECT
private slots:
    void idleShowsNoticeThenEnds()
    {
        KioskSession session;
        session.setTimeouts(60, 60);
        QSignalSpy ended(&session, &KioskSession::ended);
        QSignalSpy notice(&session, &KioskSession::noticeShownChanged);
        QVERIFY(!session.active());
        session.interacted();
        QVERIFY(session.active());
        QTRY_VERIFY_WITH_TIMEOUT(session.noticeShown(), 2000);
        QCOMPARE(ended.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 2000);
        QVERIFY(!session.noticeShown());
        QVERIFY(!session.active());
        QCOMPARE(notice.count(), 2);
    }

    void touchDuringNoticeCancelsIt()
    {
        KioskSession session;
        session.setTimeouts(50, 400);
        QSignalSpy ended(&session, &KioskSession::ended);
        session.interacted();
        QTRY_VERIFY_WITH_TIMEOUT(session.noticeShown(), 2000);
        session.interacted();
        QVERIFY(!session.noticeShown());
        QVERIFY(session.active());
        QCOMPARE(ended.count(), 0);
    }

    void noSessionNoWipe()
    {
        KioskSession session;
        session.setTimeouts(20, 20);
        QSignalSpy ended(&session, &KioskSession::ended);
        QTest::qWait(120);
        QCOMPARE(ended.count(), 0); // the attract loop is not a visitor
    }

    void staffModeSuspends()
    {
        KioskSession session;
        session.setTimeouts(40, 40);
        QSignalSpy ended(&session, &KioskSession::ended);
        session.interacted();
        session.setSuspended(true);
        QTest::qWait(200);
        QCOMPARE(ended.count(), 0);
        QVERIFY(!session.noticeShown());
        session.setSuspended(false);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 2000);
    }

    void endNowEmitsOnce()
    {
        KioskSession session;
        QSignalSpy ended(&session, &KioskSession::ended);
        QSignalSpy active(&session, &KioskSession::activeChanged);
        session.interacted();
        session.end();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(active.count(), 2);
        QVERIFY(!session.active());
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
