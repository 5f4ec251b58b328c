// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile clients against a real vitrine-hub while a paired screen keeps asking it for its health:
// random bytes, a 100 MB body, headers one byte a second, thousands of connections opened and held
// (as many as this process may open, up to 10,000). The screen must keep getting answers within a
// bounded time and the hub's peak memory must stay bounded. Prints the figures.

#include "httptestclient.h"
#include "hubprocess.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

// A connection to the hub from a loopback address of its own (Linux routes all of 127/8 to lo).
int connectFrom(const QByteArray &source, quint16 port, bool blocking, int timeoutMs = 5000)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | (blocking ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, source.constData(), &local.sin_addr);
    sockaddr_in hub{};
    hub.sin_family = AF_INET;
    hub.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &hub.sin_addr);
    if (blocking) {
        timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || (::connect(fd, reinterpret_cast<sockaddr *>(&hub), sizeof hub) != 0 && errno != EINPROGRESS)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Everything the hub sends until it closes (or `timeoutMs` passes, or `limit` bytes came).
QByteArray readUntilClosed(int fd, int timeoutMs, bool *closed)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    *closed = false;
    char buf[4096];
    while (t.elapsed() < timeoutMs && got.size() < 65536) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) {
            *closed = true;
            break;
        }
        got.append(buf, n);
    }
    return got;
}

struct AttackFigures {
    int randomAnswered400 = 0, randomClosed = 0, randomTries = 0;
    qint64 bigBodyBytesSent = 0;
    qint64 bigBodyCutMs = -1;
    bool bigBodyHeadersOnly413 = false;
    bool bigBodyHeadersOnlyClosed = false;
    qint64 slowCutMsWorst = -1; ///< headers one byte a second, alone
    qint64 slowCutMsUnderFloodWorst = -1;
    int slowUncut = 0;
    int floodTarget = 0, floodOpened = 0, floodPeakHeld = 0, floodCutByHub = 0, floodReopened = 0;
    int oneAddressTried = 0;
};

// Sends headers one byte a second on each socket until the hub closes them; the worst time to
// close, or -1 with `uncut` counting those still open after `limitMs`.
qint64 slowHeaders(const QList<int> &fds, int limitMs, int *uncut)
{
    QElapsedTimer t;
    t.start();
    QList<qint64> cutAt(fds.size(), -1);
    const QByteArray start = "GET /v1/health HTTP/1.1\r\nHost: hub\r\nX-Slow: ";
    for (int fd : fds)
        ::send(fd, start.constData(), 1, MSG_NOSIGNAL);
    qsizetype sent = 1;
    while (t.elapsed() < limitMs) {
        bool open = false;
        for (qsizetype i = 0; i < fds.size(); ++i) {
            if (cutAt[i] >= 0)
                continue;
            char c;
            const ssize_t n = ::recv(fds[i], &c, 1, MSG_DONTWAIT | MSG_PEEK);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                cutAt[i] = t.elapsed();
                continue;
            }
            if (n > 0) { // the hub answered (408): that is the cut
                cutAt[i] = t.elapsed();
                continue;
            }
            open = true;
        }
        if (!open)
            break;
        QThread::msleep(1000);
        const char byte = sent < start.size() ? start.at(sent) : 'a';
        ++sent;
        for (qsizetype i = 0; i < fds.size(); ++i) {
            if (cutAt[i] < 0 && ::send(fds[i], &byte, 1, MSG_NOSIGNAL) < 0)
                cutAt[i] = t.elapsed();
        }
    }
    qint64 worst = -1;
    for (qint64 c : cutAt) {
        if (c < 0)
            ++*uncut;
        worst = qMax(worst, c);
    }
    for (int fd : fds)
        ::close(fd);
    return worst;
}

void attack(quint16 port, int floodTarget, int floodHoldMs, AttackFigures *f)
{
    // 1. Random bytes: a 400 and a closed connection.
    for (int i = 0; i < 5; ++i) {
        ++f->randomTries;
        const int fd = connectFrom("127.0.2.1", port, true);
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        ::send(fd, noise.constData(), noise.size(), MSG_NOSIGNAL);
        bool closed = false;
        const QByteArray answer = readUntilClosed(fd, 5000, &closed);
        f->randomAnswered400 += answer.startsWith("HTTP/1.1 400 ");
        f->randomClosed += closed;
        ::close(fd);
    }

    // 2. A 100 MB body: refused from its headers; the hub never reads it.
    {
        const QByteArray head = "POST /v1/pair HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                                "Content-Length: 104857600\r\n\r\n";
        int fd = connectFrom("127.0.2.2", port, true);
        ::send(fd, head.constData(), head.size(), MSG_NOSIGNAL);
        bool closed = false;
        f->bigBodyHeadersOnly413 = readUntilClosed(fd, 5000, &closed).startsWith("HTTP/1.1 413 ");
        f->bigBodyHeadersOnlyClosed = closed;
        ::close(fd);

        // The same, the body sent at once as fast as the hub takes it.
        fd = connectFrom("127.0.2.2", port, true, 3000);
        QElapsedTimer t;
        t.start();
        const QByteArray chunk(64 * 1024, 'x');
        ::send(fd, head.constData(), head.size(), MSG_NOSIGNAL);
        while (f->bigBodyBytesSent < 104857600) {
            const ssize_t n = ::send(fd, chunk.constData(), chunk.size(), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            f->bigBodyBytesSent += n;
        }
        f->bigBodyCutMs = t.elapsed();
        ::close(fd);
    }

    // 3. Headers one byte a second, on their own: cut at the header deadline.
    {
        QList<int> fds;
        for (int i = 0; i < 3; ++i)
            fds << connectFrom(QByteArray("127.0.3.") + QByteArray::number(i + 1), port, true);
        f->slowCutMsWorst = slowHeaders(fds, 30000, &f->slowUncut);
    }

    // 4. A hundred connections from one address, before anything else fills the hub: all but the
    // address's share are refused.
    {
        std::vector<int> same;
        for (int i = 0; i < 100; ++i) {
            const int fd = connectFrom("127.0.9.9", port, true);
            if (fd >= 0)
                same.push_back(fd);
        }
        f->oneAddressTried = int(same.size());
        QThread::msleep(1000);
        for (int fd : same)
            ::close(fd);
    }

    // 5. Many connections from 500 addresses, held: half silent, half with a request line only.
    // Whatever the hub closes is opened again at once, for the whole hold. Meanwhile headers one
    // byte a second again.
    f->floodTarget = floodTarget;
    std::vector<int> fds(floodTarget, -1);
    std::vector<char> connected(floodTarget, 0);
    const auto sourceOf = [](int i) {
        return QByteArray("127.0.") + QByteArray::number(10 + i / 20 / 250) + '.' + QByteArray::number(1 + i / 20 % 250);
    };
    const auto open = [&](int i) {
        fds[i] = connectFrom(sourceOf(i), port, false);
        connected[i] = 0;
        return fds[i] >= 0;
    };
    for (int i = 0; i < floodTarget; ++i)
        f->floodOpened += open(i);
    std::atomic<qint64> slowWorst{-1};
    int slowUncut = 0;
    std::thread slow([&] {
        QThread::msleep(500);
        QList<int> s;
        for (int i = 0; i < 3; ++i)
            s << connectFrom(QByteArray("127.0.4.") + QByteArray::number(i + 1), port, true);
        slowWorst = slowHeaders(s, 30000, &slowUncut);
    });
    QElapsedTimer hold;
    hold.start();
    std::vector<pollfd> polls(floodTarget);
    while (hold.elapsed() < floodHoldMs) {
        for (int i = 0; i < floodTarget; ++i)
            polls[i] = pollfd{fds[i], short(connected[i] ? (POLLIN | POLLRDHUP) : POLLOUT), 0};
        if (::poll(polls.data(), polls.size(), 200) <= 0)
            continue;
        int held = 0;
        for (int i = 0; i < floodTarget; ++i) {
            const short ev = polls[i].revents;
            if (fds[i] < 0) {
                f->floodReopened += open(i);
                continue;
            }
            if (ev & (POLLERR | POLLHUP | POLLRDHUP | POLLIN)) {
                if (connected[i])
                    ++f->floodCutByHub;
                ::close(fds[i]);
                f->floodReopened += open(i);
                continue;
            }
            if ((ev & POLLOUT) && !connected[i]) {
                connected[i] = 1;
                if (i % 2)
                    ::send(fds[i], "GET / HTTP/1.1\r\n", 16, MSG_NOSIGNAL);
            }
            held += connected[i];
        }
        f->floodPeakHeld = qMax(f->floodPeakHeld, held);
    }
    slow.join();
    f->slowCutMsUnderFloodWorst = slowWorst;
    f->slowUncut += slowUncut;
    for (int fd : fds) {
        if (fd >= 0)
            ::close(fd);
    }
}

} // namespace

class TestHubHostile : public QObject
{
    Q_OBJECT

private slots:
    void hostileClientsLeaveAPairedScreenServed_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain HTTP") << false; // the HTTP layer's own limits are what refuses
        QTest::newRow("TLS") << true;         // as a hub serves by default: the attack fails earlier
    }
    void hostileClientsLeaveAPairedScreenServed()
    {
        QFETCH(bool, tls);
        rlimit files{};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        const int floodTarget = int(qMin<rlim_t>(10000, files.rlim_cur > 1000 ? files.rlim_cur - 600 : 400));
        qInfo("open files allowed: %llu; connections to hold: %d", (unsigned long long)files.rlim_cur, floodTarget);

        HubProcess hub(tls ? QStringList() : QStringList{QStringLiteral("--no-tls")});
        QVERIFY2(hub.running(), "vitrine-hub did not start");
        const QByteArray pin = hub.fingerprint();
        QCOMPARE(pin.isEmpty(), !tls);
        HttpTestClient pairing(hub.port());
        if (tls)
            pairing.useTls(pin);
        const auto paired = pairing.postJson(
            "/v1/pair",
            {{QStringLiteral("code"), hub.pairingCode()}, {QStringLiteral("screenName"), QStringLiteral("Good screen")}});
        QCOMPARE(paired.status, 200);
        const QByteArray token = paired.json().value(QLatin1String("token")).toString().toLatin1();
        const qint64 rssBeforeKb = hub.statusKb("VmRSS");

        AttackFigures f;
        std::atomic<bool> done{false};
        std::thread attacker([&] {
            attack(hub.port(), floodTarget, 15000, &f);
            done = true;
        });

        // The paired screen: a request every 100 ms on its kept-alive connection, and every fifth
        // on a new connection of its own, as a screen that just woke up would.
        HttpTestClient kept(hub.port());
        if (tls)
            kept.useTls(pin);
        qint64 keptWorst = 0, freshWorst = 0;
        int keptCount = 0, freshCount = 0, failures = 0;
        QList<int> failedStatuses;
        QElapsedTimer total;
        total.start();
        for (int i = 0; !done && total.elapsed() < 200000; ++i) {
            const bool fresh = i % 5 == 4;
            QElapsedTimer t;
            t.start();
            HttpTestClient::Response r;
            if (fresh) {
                HttpTestClient once(hub.port());
                if (tls)
                    once.useTls(pin);
                r = once.get("/v1/health", token, {"Connection: close"}, 15000);
            } else {
                r = kept.get("/v1/health", token, {}, 15000);
            }
            const qint64 ms = t.elapsed();
            if (r.status != 200) {
                ++failures;
                failedStatuses << r.status;
            }
            (fresh ? freshWorst : keptWorst) = qMax(fresh ? freshWorst : keptWorst, ms);
            ++(fresh ? freshCount : keptCount);
            QThread::msleep(100);
        }
        attacker.join();
        const auto after = kept.get("/v1/health", token);
        const qint64 peakKb = hub.statusKb("VmHWM");

        qInfo("%s", tls ? "TLS (the hub's default)" : "plain HTTP (--no-tls)");
        qInfo("random bytes: %d of %d answered 400, %d closed", f.randomAnswered400, f.randomTries, f.randomClosed);
        qInfo("100 MB body: headers alone answered 413 and closed: %s; sent at once: %.1f MB taken before the hub cut it after "
              "%lld ms",
              f.bigBodyHeadersOnly413 ? "yes" : "no", f.bigBodyBytesSent / 1048576.0, f.bigBodyCutMs);
        qInfo("headers one byte a second: cut after %lld ms alone, %lld ms during the flood; %d never cut", f.slowCutMsWorst,
              f.slowCutMsUnderFloodWorst, f.slowUncut);
        qInfo("flood: %d connections opened at once (from 500 addresses), at most %d seemed open at a time to the attacker "
              "(the kernel's queue included), the hub held at most %d; %d cut by the hub and %d opened again in 15 s",
              f.floodOpened, f.floodPeakHeld, after.json().value(QLatin1String("peakConnections")).toInt(), f.floodCutByHub,
              f.floodReopened);
        qInfo("good screen: %d kept-alive requests (worst %lld ms), %d on new connections (worst %lld ms), %d failed", keptCount,
              keptWorst, freshCount, freshWorst, failures);
        qInfo("hub memory: %lld kB resident before, peak (VmHWM) %lld kB", rssBeforeKb, peakKb);
        qInfo("hub counters after: %s", after.body.constData());

        // Over TLS the hub's TLS library refuses what is not TLS before HTTP sees it: closed, no 400.
        QCOMPARE(f.randomAnswered400, tls ? 0 : f.randomTries);
        QCOMPARE(f.randomClosed, f.randomTries);
        QCOMPARE(f.bigBodyHeadersOnly413, !tls);
        QCOMPARE(f.bigBodyHeadersOnlyClosed, true);
        QVERIFY(f.bigBodyBytesSent < 32 * 1048576); // what the kernel's buffers take, never the 100 MB
        QVERIFY(f.slowCutMsWorst >= 0 && f.slowCutMsWorst <= 8000);
        QVERIFY(f.slowCutMsUnderFloodWorst >= 0 && f.slowCutMsUnderFloodWorst <= 8000);
        QCOMPARE(f.slowUncut, 0);
        QVERIFY(f.floodOpened >= qMin(floodTarget, 1000));
        QVERIFY(f.floodCutByHub > 0);
        const QJsonObject refused = after.json().value(QLatin1String("refused")).toObject();
        QCOMPARE(f.oneAddressTried, 100);
        const int peak = after.json().value(QLatin1String("peakConnections")).toInt();
        QVERIFY2(peak > 1000 && peak <= 2000, qPrintable(QString::number(peak))); // filled, never past its limit
        QVERIFY(refused.value(QLatin1String("perClient")).toInt() >= 100 - 32);
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("statuses: %1").arg([&] {
                     QStringList s;
                     for (int st : failedStatuses)
                         s << QString::number(st);
                     return s.join(QLatin1Char(' '));
                 }())));
        QVERIFY(keptCount >= 25); // it kept asking all through the attack (new connections take longer)
        QVERIFY2(keptWorst < 2000, qPrintable(QString::number(keptWorst)));
        // A new connection waits in the kernel's queue behind the storm: a dropped SYN is sent
        // again after 1 s, then 3 s. Bounded, but a screen keeps its connection for this reason.
        QVERIFY2(freshWorst < 10000, qPrintable(QString::number(freshWorst)));
        QCOMPARE(after.status, 200);
        QVERIFY2(peakKb > 0 && peakKb < 200 * 1024, qPrintable(QString::number(peakKb)));
    }
};

QTEST_GUILESS_MAIN(TestHubHostile)
#include "tst_hubhostile.moc"
