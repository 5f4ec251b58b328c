// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's deadlines, shortened for the test (--deadlines-ms): a body that stops coming, a
// kept-alive connection left idle, a client that asks and never reads.

#include "httptestclient.h"
#include "hubprocess.h"

#include <QTest>
#include <QThread>

class TestHubDeadlines : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubProcess> m_hub;
    QByteArray m_token;

    // Waits until the hub closes `socket`; the milliseconds it took, or -1.
    static qint64 waitForClose(QTcpSocket &socket, int limitMs, QByteArray *received = nullptr)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < limitMs) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                return t.elapsed();
            socket.waitForReadyRead(50);
            const QByteArray got = socket.readAll();
            if (received)
                *received += got;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--no-tls"), QStringLiteral("--deadlines-ms"),
                                                         QStringLiteral("1000,1500,2000,1500"), QStringLiteral("--rate"),
                                                         QStringLiteral("1000")});
        QVERIFY(m_hub->running());
        HttpTestClient client(m_hub->port());
        const auto r = client.postJson(
            "/v1/pair",
            {{QStringLiteral("code"), m_hub->pairingCode()}, {QStringLiteral("screenName"), QStringLiteral("Deadlines")}});
        QCOMPARE(r.status, 200);
        m_token = r.json().value(QLatin1String("token")).toString().toLatin1();
    }
    void cleanupTestCase() { m_hub.reset(); }

    void aBodyThatStopsComingIsCut()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_hub->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /v1/pair HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"code\"");
        QByteArray got;
        const qint64 ms = waitForClose(socket, 6000, &got);
        QVERIFY2(ms >= 1000 && ms <= 3500, qPrintable(QString::number(ms)));
        QVERIFY2(got.startsWith("HTTP/1.1 408 "), got.constData());
    }

    void anIdleConnectionIsClosed()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_hub->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
        QByteArray got;
        const qint64 ms = waitForClose(socket, 6000, &got);
        QVERIFY(got.startsWith("HTTP/1.1 200 "));
        QVERIFY2(ms >= 1500 && ms <= 3500, qPrintable(QString::number(ms))); // kept alive, then idle for 2 s

        // A fresh connection that says nothing at all is closed at the header deadline.
        QTcpSocket silent;
        silent.connectToHost(QStringLiteral("127.0.0.1"), m_hub->port());
        QVERIFY(silent.waitForConnected(5000));
        const qint64 silentMs = waitForClose(silent, 6000);
        QVERIFY2(silentMs >= 500 && silentMs <= 2500, qPrintable(QString::number(silentMs)));
    }

    void aClientThatNeverReadsIsCut()
    {
        QTcpSocket socket;
        socket.setReadBufferSize(1); // Qt reads no more than this: the kernel's buffers fill up
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_hub->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray one = "GET /v1/studio HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + m_token + "\r\n\r\n";
        QByteArray many;
        for (int i = 0; i < 300; ++i)
            many += one;
        socket.write(many);
        socket.waitForBytesWritten(2000);
        const qint64 before = m_hub->statusKb("VmRSS");
        QThread::msleep(4000);
        // The hub gave up on the client: the connection is gone (reading now finds its end).
        socket.setReadBufferSize(0);
        QElapsedTimer t;
        t.start();
        qint64 received = 0;
        bool closed = false;
        while (t.elapsed() < 5000 && !closed) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200))
                closed = socket.state() != QAbstractSocket::ConnectedState;
            received += socket.readAll().size();
        }
        QVERIFY(closed);
        // It answered a few and stopped: it never queued 300 answers of the studio's data.
        QVERIFY2(received < 300 * 60000, qPrintable(QString::number(received)));
        qInfo("a client that never read: %lld bytes taken before the hub cut it; hub resident %lld kB then %lld kB", received,
              before, m_hub->statusKb("VmRSS"));
    }
};

QTEST_GUILESS_MAIN(TestHubDeadlines)
#include "tst_hubdeadlines.moc"
