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

    /// A visitor asks at one screen; every tablet waiting hears of it, lists it, and whoever takes
    /// it first has it: the others are told, and it leaves every list.
    void aRequestTakenAtOneTabletIsTakenEverywhere()
    {
        const QByteArray screen = pairScreen(QStringLiteral("Showroom floor"));
        QVERIFY(!screen.isEmpty());
        const QString cursor = currentCursor();
        auto waiter = client(QStringLiteral("127.0.9.1"));
        QVERIFY(waiter->writeRaw(waitRequest(cursor, 15000, m_token)));
        QTest::qWait(200);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto item = [](const QString &requestId, const QString &kind, const QString &vehicle) {
            return QJsonObject{{QStringLiteral("key"), QStringLiteral("request:") + requestId},
                               {QStringLiteral("kind"), QStringLiteral("visitor-request")},
                               {QStringLiteral("record"), QStringLiteral("request:") + requestId},
                               {QStringLiteral("payload"),
                                QJsonObject{{QStringLiteral("id"), requestId},
                                            {QStringLiteral("device"), QStringLiteral("screen-floor")},
                                            {QStringLiteral("kind"), kind},
                                            {QStringLiteral("studio"), QStringLiteral("oslo")},
                                            {QStringLiteral("vehicle"), vehicle},
                                            {QStringLiteral("build"), QString()},
                                            {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}};
        };
        const QString notAKind = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto delivered = client()->postJson(
            "/v1/outbox",
            {{QStringLiteral("items"),
              QJsonArray{item(id, QStringLiteral("expert"), QString()), item(notAKind, QStringLiteral("callback"), QString())}}},
            screen);
        QCOMPARE(delivered.status, 200);
        const QJsonArray outcomes = delivered.json().value(QLatin1String("outcomes")).toArray();
        QCOMPARE(outcomes.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("delivered"));
        QCOMPARE(outcomes.at(1).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("rejected"));
        QVERIFY(outcomes.at(1)
                    .toObject()
                    .value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("a kind (hold or expert)")));

        const auto woke = waiter->readNext(8000);
        QCOMPARE(woke.status, 200);
        QCOMPARE(woke.json().value(QLatin1String("topics")).toArray(), QJsonArray{QStringLiteral("requests")});
        const auto listed = client()->get("/v1/requests?studio=oslo", m_token);
        QCOMPARE(listed.status, 200);
        const QJsonArray open = listed.json().value(QLatin1String("requests")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().toObject().value(QLatin1String("id")).toString(), id);
        QCOMPARE(open.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("expert"));
        // The same delivery again (a resend) opens nothing more.
        QCOMPARE(
            client()
                ->postJson("/v1/outbox", {{QStringLiteral("items"), QJsonArray{item(id, QStringLiteral("expert"), {})}}}, screen)
                .status,
            200);
        QCOMPARE(client()->get("/v1/requests?studio=oslo", m_token).json().value(QLatin1String("requests")).toArray().size(), 1);

        // Two tablets take it at once: one has it, the other hears it is taken.
        const QString next = woke.json().value(QLatin1String("cursor")).toString();
        auto second = client(QStringLiteral("127.0.9.2"));
        QVERIFY(second->writeRaw(waitRequest(next, 15000, m_token)));
        QTest::qWait(200);
        const auto first = client()->postJson("/v1/requests/take", {{QStringLiteral("id"), id}}, m_token);
        const auto late = client()->postJson("/v1/requests/take", {{QStringLiteral("id"), id}}, screen);
        QCOMPARE(first.status, 200);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.json().value(QLatin1String("code")).toString(), QStringLiteral("already-taken"));
        QCOMPARE(second->readNext(8000).json().value(QLatin1String("topics")).toArray(), QJsonArray{QStringLiteral("requests")});
        QVERIFY(client()->get("/v1/requests?studio=oslo", m_token).json().value(QLatin1String("requests")).toArray().isEmpty());
        QCOMPARE(client()->postJson("/v1/requests/take", {{QStringLiteral("id"), QStringLiteral("no-such")}}, m_token).status,
                 404);
        QCOMPARE(client()->postJson("/v1/requests/take", {}, m_token).status, 400);
        QCOMPARE(client()->get("/v1/requests", m_token).status, 400);
        QCOMPARE(client()->get("/v1/requests?studio=oslo").status, 401);
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
