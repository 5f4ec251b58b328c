// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/httpfields.h"

#include <QTest>

class TestHttpFields : public QObject
{
    Q_OBJECT
private slots:
    void datesInTheThreeForms()
    {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(*HttpFields::parseDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        QCOMPARE(*HttpFields::parseDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        QCOMPARE(*HttpFields::parseDate("Sun Nov  6 08:49:37 1994"), expected);
        QCOMPARE(HttpFields::formatDate(expected), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
        QCOMPARE(*HttpFields::parseDate(HttpFields::formatDate(expected)), expected);
    }

    void anythingElseIsUnread()
    {
        for (const char *bad :
             {"", "yesterday", "Sun, 06 Nov 1994 08:49:37 CET", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT",
              "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 94 08:49:37 GMT", "Sun Xyz  6 08:49:37 1994"})
            QVERIFY2(!HttpFields::parseDate(bad), bad);
    }

    void retryAfterAsSecondsOrDate()
    {
        const QDateTime now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(*HttpFields::parseRetryAfter("120", now), now.addSecs(120));
        QCOMPARE(*HttpFields::parseRetryAfter(" 0 ", now), now);
        QCOMPARE(*HttpFields::parseRetryAfter("Mon, 02 Nov 2026 10:00:00 GMT", now), now.addSecs(3600));
        QVERIFY(!HttpFields::parseRetryAfter("-5", now));
        QVERIFY(!HttpFields::parseRetryAfter("1.5", now));
        QVERIFY(!HttpFields::parseRetryAfter("9999999999", now)); // decades: unread, not trusted
    }

    void contentRange()
    {
        auto r = HttpFields::parseContentRange("bytes 100-999/1000");
        QVERIFY(r);
        QCOMPARE(r->first, 100);
        QCOMPARE(r->last, 999);
        QCOMPARE(r->complete, 1000);
        r = HttpFields::parseContentRange("bytes 0-9/*");
        QVERIFY(r);
        QCOMPARE(r->complete, -1);
        for (const char *bad : {"bytes 9-0/10", "bytes 0-9/9", "bytes */10", "items 0-9/10", "bytes 0-9", "bytes a-9/10"})
            QVERIFY2(!HttpFields::parseContentRange(bad), bad);
    }

    void onlyStrongTagsGoInIfRange()
    {
        QVERIFY(HttpFields::isStrongEtag("\"abc\""));
        QVERIFY(!HttpFields::isStrongEtag("W/\"abc\""));
        QVERIFY(!HttpFields::isStrongEtag("abc"));
    }
};

QTEST_GUILESS_MAIN(TestHttpFields)
#include "tst_httpfields.moc"
