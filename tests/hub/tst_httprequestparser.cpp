// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's request parser and rate limiter on their own: what is refused, with which status, and
// how early.

#include "httprequestparser.h"
#include "ratelimiter.h"

#include <QRandomGenerator>
#include <QTest>

using State = HttpRequestParser::State;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private:
    static HttpRequestParser::Result parse(const QByteArray &bytes, HttpRequest *request = nullptr)
    {
        HttpRequest ignored;
        return HttpRequestParser::parseHead(bytes, HttpLimits(), request ? request : &ignored);
    }

private slots:
    void readsARequest()
    {
        HttpRequest request;
        const auto r = parse("POST /v1/pair?x=1 HTTP/1.1\r\nHost: hub\r\nContent-Length: 12\r\n"
                             "Connection: close\r\nAuthorization: Bearer abc\r\n\r\n{\"code\":1}",
                             &request);
        QCOMPARE(r.state, State::Complete);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/pair"));
        QCOMPARE(request.query, QByteArray("x=1"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(r.contentLength, 12);
        QVERIFY(!r.keepAlive);
        QCOMPARE(r.headBytes,
                 qsizetype(strlen("POST /v1/pair?x=1 HTTP/1.1\r\nHost: hub\r\nContent-Length: 12\r\n"
                                  "Connection: close\r\nAuthorization: Bearer abc\r\n\r\n")));
    }

    void waitsForTheRestOfAPlausibleHead()
    {
        QCOMPARE(parse("G").state, State::NeedMore);
        QCOMPARE(parse("GET /v1/hea").state, State::NeedMore);
        QCOMPARE(parse("GET /v1/health HTTP/1.1\r\nHost: h\r\nX-Slow: aa").state, State::NeedMore);
    }

    void refusesRandomBytesAtOnce()
    {
        // Not a method, not a target: refused on the first bytes, not after 16 KiB.
        QCOMPARE(parse("\x16\x03\x01\x02\x00").status, 400); // a TLS hello
        QCOMPARE(parse("GET\x01").status, 400);
        QCOMPARE(parse("GET x").status, 400);
        QCOMPARE(parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ").status, 400);
        int refused = 0;
        for (int i = 0; i < 1000; ++i) {
            QByteArray noise(64, Qt::Uninitialized);
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            refused += parse(noise).state == State::Failed;
        }
        QCOMPARE(refused, 1000);
    }

    void refusesWhatCouldBeSmuggled_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 400;
        QTest::newRow("bare LF in headers") << QByteArray("GET / HTTP/1.1\r\nHost: h\nX: y\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n x\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n")
                                     << 400;
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\0b\r\n\r\n", 35) << 400;
        QTest::newRow("100 MB body") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 104857600\r\n\r\n") << 413;
        QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                     << 400;
        QTest::newRow("headers over 16 KiB") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(17000, 'a')) << 431;
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 100; ++i)
            many += "X" + QByteArray::number(i) + ": y\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << 431;
    }
    void refusesWhatCouldBeSmuggled()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const auto r = parse(head);
        QCOMPARE(r.state, State::Failed);
        QCOMPARE(r.status, status);
    }

    void rateLimiterRefillsAndSaysWhen()
    {
        RateLimiter limiter(2, 4); // 2 a second, 4 at once
        int retry = 0;
        for (int i = 0; i < 4; ++i)
            QVERIFY(limiter.take("a", 1000, &retry));
        QVERIFY(!limiter.take("a", 1000, &retry));
        QCOMPARE(retry, 1);
        QVERIFY(limiter.take("b", 1000, &retry)); // another key has its own bucket
        QVERIFY(limiter.take("a", 1500, &retry)); // one back after half a second
        QVERIFY(!limiter.take("a", 1500, &retry));
        limiter.prune(10000);
        QCOMPARE(limiter.size(), 0); // full buckets are dropped
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
