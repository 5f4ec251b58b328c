// SPDX-License-Identifier: GPL-3.0-or-later
// Screens hear of a change at the hub when it happens (GET /v1/changes, a long poll by the hub's
// cursor): a screen waiting there is answered as soon as another screen books, with the topic
// and a new cursor; with nothing changed it is answered empty when its wait is over; a cursor the
// hub did not issue in this run is answered "resync". The fortnight of slots comes in one request.

#include "httptestclient.h"
#include "hubprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

class TestHubChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<HubProcess> m_hub;
    QByteArray m_token;

    std::unique_ptr<HttpTestClient> client(const QString &source = QStringLiteral("127.0.0.1"))
    {
        auto c = std::make_unique<HttpTestClient>(m_hub->port(), QHostAddress(source));
        c->useTls(m_hub->fingerprint());
        return c;
    }

    QByteArray pairScreen(const QString &name)
    {
        const auto r = client()->postJson("/v1/pair",
                                          {{QStringLiteral("code"), m_hub->pairingCode()}, {QStringLiteral("screenName"), name}});
        return r.status == 200 ? r.json().value(QLatin1String("token")).toString().toLatin1() : QByteArray();
    }

    static QByteArray waitRequest(const QString &cursor, int waitMs, const QByteArray &token)
    {
        return "GET /v1/changes?wait=" + QByteArray::number(waitMs) + "&cursor=" + QUrl::toPercentEncoding(cursor)
            + " HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    QString currentCursor()
    {
        const auto r = client()->get("/v1/changes?wait=0", m_token);
        return r.status == 200 ? r.json().value(QLatin1String("cursor")).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        m_hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--rate"), QStringLiteral("1000")});
        QVERIFY(m_hub->running());
        m_token = pairScreen(QStringLiteral("Listener"));
        QVERIFY(!m_token.isEmpty());
    }

    void aCursorNotIssuedInThisRunMeansReadEverything()
    {
        const auto first = client()->get("/v1/changes", m_token);
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(QLatin1String("resync")).toBool());
        const QString cursor = first.json().value(QLatin1String("cursor")).toString();
        QVERIFY(cursor.contains(QLatin1Char(':')));
        for (const QByteArray &bad : {QByteArray("nonsense"), QByteArray("0123:0"), QByteArray(":5"),
                                      (cursor.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":999999")).toLatin1()}) {
            const auto r = client()->get("/v1/changes?wait=0&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(bad)),
                                         m_token);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.json().value(QLatin1String("resync")).toBool(), bad.constData());
        }
        // Another run of the hub (a restart) issues cursors of its own.
        HubProcess other;
        QVERIFY(other.running());
        HttpTestClient c(other.port());
        c.useTls(other.fingerprint());
        const auto paired = c.postJson(
            "/v1/pair",
            {{QStringLiteral("code"), other.pairingCode()}, {QStringLiteral("screenName"), QStringLiteral("Elsewhere")}});
        QCOMPARE(paired.status, 200);
        const auto r = c.get("/v1/changes?wait=0&cursor=" + QUrl::toPercentEncoding(cursor),
                             paired.json().value(QLatin1String("token")).toString().toLatin1());
        QVERIFY(r.json().value(QLatin1String("resync")).toBool());
        QVERIFY(r.json().value(QLatin1String("cursor")).toString() != cursor);

        QCOMPARE(client()->get("/v1/changes?wait=soon", m_token).status, 400);
        QCOMPARE(client()->postJson("/v1/changes", {}, m_token).status, 405);
        QCOMPARE(client()->get("/v1/changes?wait=0").status, 401);
    }

    void nothingChangedIsAnsweredWhenTheWaitIsOver()
    {
        const QString cursor = currentCursor();
        QVERIFY(!cursor.isEmpty());
        auto waiter = client();
        QVERIFY(waiter->writeRaw(waitRequest(cursor, 1500, m_token)));
        QElapsedTimer t;
        t.start();
        const auto r = waiter->readNext(10000);
        QCOMPARE(r.status, 200);
        QVERIFY2(t.elapsed() >= 1000, "answered before its wait was over");
        QCOMPARE(r.json().value(QLatin1String("cursor")).toString(), cursor);
        QVERIFY(r.json().value(QLatin1String("topics")).toArray().isEmpty());
        QVERIFY(!r.json().value(QLatin1String("resync")).toBool());
        // The connection serves the next request as before.
        QVERIFY(waiter->writeRaw("GET /v1/health HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + m_token + "\r\n\r\n"));
        QCOMPARE(waiter->readNext(5000).status, 200);
    }

    void aBookingAtOneScreenReachesTheWaitingOnes()
    {
        // The fortnight of an Oslo model in one request, and its first free slot.
        const QByteArray other = pairScreen(QStringLiteral("Booker"));
        QVERIFY(!other.isEmpty());
        const QJsonObject catalog = client()->get("/v1/studio", other).json().value(QLatin1String("catalog")).toObject();
        QString studio, model, start;
        for (const auto &s : catalog.value(QLatin1String("studios")).toArray()) {
            for (const auto &m : catalog.value(QLatin1String("models")).toArray()) {
                const QByteArray path = "/v1/slots?studio=" + s.toObject().value(QLatin1String("id")).toString().toLatin1()
                    + "&model=" + m.toObject().value(QLatin1String("id")).toString().toLatin1()
                    + "&date=" + QDate::currentDate().toString(Qt::ISODate).toLatin1() + "&days=14";
                const auto r = client()->get(path, other);
                QCOMPARE(r.status, 200);
                const QJsonArray days = r.json().value(QLatin1String("days")).toArray();
                QCOMPARE(days.size(), 14);
                QCOMPARE(days.first().toObject().value(QLatin1String("date")).toString(),
                         QDate::currentDate().toString(Qt::ISODate));
                for (const auto &d : days) {
                    for (const auto &slot : d.toObject().value(QLatin1String("slots")).toArray()) {
                        if (start.isEmpty() && slot.toObject().value(QLatin1String("capacity")).toInt() > 0) {
                            studio = s.toObject().value(QLatin1String("id")).toString();
                            model = m.toObject().value(QLatin1String("id")).toString();
                            start = slot.toObject().value(QLatin1String("start")).toString();
                        }
                    }
                }
                if (!start.isEmpty())
                    break;
            }
            if (!start.isEmpty())
                break;
        }
        QVERIFY2(!start.isEmpty(), "no free slot in the demo catalog within a fortnight");
        QCOMPARE(client()
                     ->get("/v1/slots?studio=" + studio.toLatin1() + "&model=" + model.toLatin1()
                               + "&date=" + QDate::currentDate().toString(Qt::ISODate).toLatin1() + "&days=15",
                           other)
                     .status,
                 400);

        // Three screens wait, on connections of their own.
        const QString cursor = currentCursor();
        std::vector<std::unique_ptr<HttpTestClient>> waiters;
        for (int i = 0; i < 3; ++i) {
            waiters.push_back(client(QStringLiteral("127.0.7.%1").arg(i + 1)));
            QVERIFY(waiters.back()->writeRaw(waitRequest(cursor, 15000, m_token)));
        }
        QTest::qWait(300); // they are parked at the hub now
        const auto booked = client()->postJson(
            "/v1/bookings",
            {{QStringLiteral("studio"), studio},
             {QStringLiteral("model"), model},
             {QStringLiteral("start"), start},
             {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("contact"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Ingrid Dahl")},
                          {QStringLiteral("channel"), QStringLiteral("email")},
                          {QStringLiteral("value"), QStringLiteral("ingrid@fjordpost.no")},
                          {QStringLiteral("privacyAccepted"), true}}}},
            other);
        QCOMPARE(booked.status, 201);
        // The booking as the hub holds it, without its contact: a screen keeps a copy of it.
        QVERIFY(!booked.json().value(QLatin1String("staff")).toString().isEmpty());
        QVERIFY(!booked.json().value(QLatin1String("busy_until")).toString().isEmpty());
        QVERIFY(!booked.json().contains(QLatin1String("contact")));
        QElapsedTimer t;
        t.start();
        QString next;
        for (auto &w : waiters) {
            // Well before the 15 s wait is over: the booking woke them.
            const auto r = w->readNext(8000);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(QLatin1String("topics")).toArray(), QJsonArray{QStringLiteral("slots")});
            next = r.json().value(QLatin1String("cursor")).toString();
            QVERIFY(next != cursor);
        }
        qInfo("three waiting screens heard of the booking within %lld ms of its answer", qint64(t.elapsed()));
        // From the new cursor nothing is new; from the old one the booking still is.
        QVERIFY(client()
                    ->get("/v1/changes?wait=0&cursor=" + QUrl::toPercentEncoding(next), m_token)
                    .json()
                    .value(QLatin1String("topics"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(client()
                     ->get("/v1/changes?wait=0&cursor=" + QUrl::toPercentEncoding(cursor), m_token)
                     .json()
                     .value(QLatin1String("topics"))
                     .toArray(),
                 QJsonArray{QStringLiteral("slots")});
        // A refused booking (the slot is gone) changes nothing.
        const auto refused = client()->postJson(
            "/v1/bookings",
            {{QStringLiteral("studio"), studio},
             {QStringLiteral("model"), model},
             {QStringLiteral("start"), QStringLiteral("2000-01-01T10:00:00Z")},
             {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("contact"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Ola Berg")},
                          {QStringLiteral("channel"), QStringLiteral("email")},
                          {QStringLiteral("value"), QStringLiteral("ola@fjordpost.no")},
                          {QStringLiteral("privacyAccepted"), true}}}},
            other);
        QVERIFY(refused.status >= 400);
        QCOMPARE(currentCursor(), next);
    }

    void waitingScreensThatLeaveAreLetGo()
    {
        const QString cursor = currentCursor();
        {
            std::vector<std::unique_ptr<HttpTestClient>> waiters;
            for (int i = 0; i < 20; ++i) {
                waiters.push_back(client(QStringLiteral("127.0.8.%1").arg(i + 1)));
                QVERIFY(waiters.back()->writeRaw(waitRequest(cursor, 15000, m_token)));
            }
            QTRY_COMPARE_WITH_TIMEOUT(client()->get("/v1/health", m_token).json().value(QLatin1String("waiting")).toInt(), 20,
                                      5000);
        } // their connections close
        QTRY_COMPARE_WITH_TIMEOUT(client()->get("/v1/health", m_token).json().value(QLatin1String("waiting")).toInt(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestHubChanges)
#include "tst_hubchanges.moc"
