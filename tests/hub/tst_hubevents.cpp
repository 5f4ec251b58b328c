// SPDX-License-Identifier: GPL-3.0-or-later
// The hub keeps a studio event's places across its screens: more screens than places race for
// the last ones through the hub; exactly as many win as there are places, the rest hear the event
// is full, a retry with the same key gives the same place, a place given back can be taken again,
// and a bad request or an unknown event is refused plainly.
#include "httptestclient.h"
#include "hubprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

class TestHubEvents : public QObject
{
    Q_OBJECT

    static QByteArray body(const QString &event, int i, const QString &key)
    {
        const QString name = QStringLiteral("Guest ") + QChar(u'A' + i % 26) + QChar(u'a' + i / 26);
        return QJsonDocument(QJsonObject{{QStringLiteral("event"), event},
                                         {QStringLiteral("idempotencyKey"), key},
                                         {QStringLiteral("contact"),
                                          QJsonObject{{QStringLiteral("name"), name},
                                                      {QStringLiteral("channel"), QStringLiteral("email")},
                                                      {QStringLiteral("value"), QStringLiteral("guest%1@fjordpost.no").arg(i)},
                                                      {QStringLiteral("privacyAccepted"), true}}}})
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray post(const QByteArray &token, const QByteArray &body)
    {
        return "POST /v1/events/join HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private slots:
    void exactlyThePlacesJoin()
    {
        HubProcess hub({QStringLiteral("--rate"), QStringLiteral("1000")});
        QVERIFY(hub.running());
        const QByteArray pin = hub.fingerprint();
        QList<QByteArray> tokens;
        for (int i = 0; i < 3; ++i) {
            HttpTestClient pairing(hub.port(), QHostAddress(QStringLiteral("127.0.5.%1").arg(i + 1)));
            pairing.useTls(pin);
            const auto r = pairing.postJson("/v1/pair",
                                            {{QStringLiteral("code"), hub.pairingCode()},
                                             {QStringLiteral("screenName"), QStringLiteral("Screen %1").arg(i)}});
            QCOMPARE(r.status, 200);
            tokens << r.json().value(QLatin1String("token")).toString().toLatin1();
        }
        HttpTestClient client(hub.port());
        client.useTls(pin);
        // Every call needs a screen's token.
        QCOMPARE(client.get("/v1/events?studio=oslo", {}).status, 401);
        QCOMPARE(client.get("/v1/events?studio=nowhere", tokens.first()).status, 400);
        const auto listed = client.get("/v1/events?studio=oslo", tokens.first());
        QCOMPARE(listed.status, 200);
        // The smallest Oslo event that takes sign-ups.
        QString event;
        int places = 0;
        for (const auto &v : listed.json().value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QLatin1String("signup")).toBool() || e.value(QLatin1String("cancelled")).toBool())
                continue;
            const int left = e.value(QLatin1String("placesLeft")).toInt();
            if (left > 0 && (places == 0 || left < places)) {
                places = left;
                event = e.value(QLatin1String("id")).toString();
            }
        }
        QVERIFY2(places > 0, "no Oslo event takes sign-ups");
        qInfo("racing for %s: %d places", qPrintable(event), places);

        // The screens' connections open first; then every request goes out before any answer is read.
        const int screens = places + 5;
        std::vector<std::unique_ptr<HttpTestClient>> racers;
        QList<QByteArray> bodies;
        QStringList keys;
        for (int i = 0; i < screens; ++i) {
            racers.push_back(std::make_unique<HttpTestClient>(hub.port(), QHostAddress(QStringLiteral("127.0.7.%1").arg(i + 1))));
            racers.back()->useTls(pin);
            QVERIFY(racers.back()->writeRaw({}));
            keys << QUuid::createUuid().toString(QUuid::WithoutBraces);
            bodies << body(event, i, keys.last());
        }
        for (int i = 0; i < screens; ++i)
            QVERIFY(racers[i]->writeRaw(post(tokens.at(i % tokens.size()), bodies.at(i))));
        int won = 0, full = 0, firstWinner = -1;
        QString firstCode;
        for (int i = 0; i < screens; ++i) {
            const auto r = racers[i]->readNext(20000);
            if (r.status == 201) {
                if (firstWinner < 0) {
                    firstWinner = i;
                    firstCode = r.json().value(QLatin1String("code")).toString();
                }
                ++won;
            } else {
                QVERIFY2(r.status == 409, r.body.constData());
                QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("event-full"));
                ++full;
            }
        }
        qInfo("%d screens raced for %d places: %d joined, %d heard it was full", screens, places, won, full);
        QCOMPARE(won, places);
        QCOMPARE(full, screens - places);

        // Every screen now sees it full; a retry of a winner gets its own place again.
        const auto after = client.get("/v1/events?studio=oslo", tokens.last());
        for (const auto &v : after.json().value(QLatin1String("events")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == event)
                QCOMPARE(v.toObject().value(QLatin1String("placesLeft")).toInt(), 0);
        }
        HttpTestClient retry(hub.port(), QHostAddress(QStringLiteral("127.0.8.1")));
        retry.useTls(pin);
        QVERIFY(retry.writeRaw(post(tokens.first(), bodies.at(firstWinner))));
        const auto again = retry.readNext(10000);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("code")).toString(), firstCode);
        QVERIFY(again.json().value(QLatin1String("existing")).toBool());

        // A place given back (here with vitrinectl's erase on the hub's database would be the
        // visitor's way; the database's own state change is the same) frees one for the next.
        {
            QSqlDatabase db = HubProcess::connectTo(hub.databasePath(), QStringLiteral("hubdb"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE event_joiner SET state = 'cancelled' WHERE code = '%1'").arg(firstCode)));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hubdb"));
        QVERIFY(retry.writeRaw(post(tokens.last(), body(event, 99, QUuid::createUuid().toString(QUuid::WithoutBraces)))));
        QCOMPARE(retry.readNext(10000).status, 201);
        QVERIFY(retry.writeRaw(post(tokens.last(), body(event, 98, QUuid::createUuid().toString(QUuid::WithoutBraces)))));
        QCOMPARE(retry.readNext(10000).status, 409);

        // Refused plainly: no such event, a body that is no place, a wrong method.
        QVERIFY(retry.writeRaw(post(tokens.first(), body(QStringLiteral("no-such-event"), 1, QStringLiteral("k1")))));
        QCOMPARE(retry.readNext(10000).status, 404);
        QVERIFY(retry.writeRaw(post(tokens.first(), "[1,2,3]")));
        QCOMPARE(retry.readNext(10000).status, 400);
        QCOMPARE(client.get("/v1/events/join", tokens.first()).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestHubEvents)
#include "tst_hubevents.moc"
