// SPDX-License-Identifier: GPL-3.0-or-later
// The hub judges slots: screens race for one test-drive slot through the hub while vitrinectl
// books the same slot in other processes on the hub's database; exactly as many win as the slot
// can take, the rest hear "slot taken", a retry with the same key gives the same booking and a key
// reused for another booking is refused. The studio's agenda at the hub: every screen's drives,
// contacts only when asked (staff), confirmed, moved and cancelled there, a visitor's code
// cancelling a drive made at another screen.

#include "booking/bookingcode.h"
#include "httptestclient.h"
#include "hubprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

class TestHubBookings : public QObject
{
    Q_OBJECT

    struct Free {
        QString studio, model, start;
        int capacity = 0;
    };
    /// Up to `most` free times of the coming week, of one studio and model (the first with any).
    static QList<Free> freeTimes(HttpTestClient &client, const QByteArray &token, int most)
    {
        QList<Free> out;
        const QJsonObject catalog = client.get("/v1/studio", token).json().value(QLatin1String("catalog")).toObject();
        for (const auto &s : catalog.value(QLatin1String("studios")).toArray()) {
            for (const auto &m : catalog.value(QLatin1String("models")).toArray()) {
                const QString studio = s.toObject().value(QLatin1String("id")).toString();
                const QString model = m.toObject().value(QLatin1String("id")).toString();
                for (int day = 1; day <= 7 && out.size() < most; ++day) {
                    const QByteArray path = "/v1/slots?studio=" + studio.toLatin1() + "&model=" + model.toLatin1()
                        + "&date=" + QDate::currentDate().addDays(day).toString(Qt::ISODate).toLatin1();
                    for (const auto &slot : client.get(path, token).json().value(QLatin1String("slots")).toArray()) {
                        const int capacity = slot.toObject().value(QLatin1String("capacity")).toInt();
                        if (capacity > 0 && out.size() < most)
                            out.append({studio, model, slot.toObject().value(QLatin1String("start")).toString(), capacity});
                    }
                }
                if (!out.isEmpty())
                    return out;
            }
        }
        return out;
    }

private slots:
    void aSlotGoesToAsManyAsItCanTake()
    {
        HubProcess hub({QStringLiteral("--rate"), QStringLiteral("1000")});
        QVERIFY(hub.running());
        const QByteArray pin = hub.fingerprint();
        QList<QByteArray> tokens;
        for (int i = 0; i < 4; ++i) {
            HttpTestClient pairing(hub.port(), QHostAddress(QStringLiteral("127.0.5.%1").arg(i + 1)));
            pairing.useTls(pin);
            const auto r = pairing.postJson(
                "/v1/pair",
                {{QStringLiteral("code"), hub.pairingCode()}, {QStringLiteral("screenName"), QStringLiteral("Racer %1").arg(i)}});
            QCOMPARE(r.status, 200);
            tokens << r.json().value(QLatin1String("token")).toString().toLatin1();
        }

        // A free slot: a studio, a model of its fleet and a day it is open.
        HttpTestClient client(hub.port());
        client.useTls(pin);
        const QList<Free> free = freeTimes(client, tokens.first(), 1);
        QVERIFY2(!free.isEmpty(), "no free slot in the demo catalog this week");
        QString studio = free.first().studio, model = free.first().model, start = free.first().start; // bodyFor reads start
        const int capacity = free.first().capacity;
        qInfo("racing for %s %s at %s: it can take %d", qPrintable(studio), qPrintable(model), qPrintable(start), capacity);

        const auto bodyFor = [&](int i, const QString &key) {
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("studio"), studio},
                                   {QStringLiteral("model"), model},
                                   {QStringLiteral("start"), start},
                                   {QStringLiteral("idempotencyKey"), key},
                                   {QStringLiteral("contact"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Visitor ") + QChar(u'A' + i)},
                                                {QStringLiteral("channel"), QStringLiteral("email")},
                                                {QStringLiteral("value"), QStringLiteral("visitor%1@example.com").arg(i)},
                                                {QStringLiteral("privacyAccepted"), true}}}})
                .toJson(QJsonDocument::Compact);
        };
        const auto post = [](const QByteArray &token, const QByteArray &body) {
            return "POST /v1/bookings HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };

        // The screens' connections open first; then every request goes out before any answer is read,
        // while two vitrinectl processes book the same slot on the hub's database.
        const int screens = capacity + 5;
        std::vector<std::unique_ptr<HttpTestClient>> racers;
        QList<QByteArray> bodies;
        for (int i = 0; i < screens; ++i) {
            racers.push_back(std::make_unique<HttpTestClient>(hub.port(), QHostAddress(QStringLiteral("127.0.6.%1").arg(i + 1))));
            racers.back()->useTls(pin);
            QVERIFY(racers.back()->writeRaw({}));
            bodies << bodyFor(i, QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        QList<QProcess *> shells;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(VITRINECTL_BIN),
                     {QStringLiteral("--db"), hub.databasePath(), QStringLiteral("book"), QStringLiteral("--studio"), studio,
                      QStringLiteral("--model"), model, QStringLiteral("--start"), start, QStringLiteral("--name"),
                      QStringLiteral("Walk-in ") + QChar(u'A' + i), QStringLiteral("--email"),
                      QStringLiteral("walkin%1@example.com").arg(i), QStringLiteral("--privacy-consent")});
            shells << p;
        }
        // Let the shells get as far as opening the database, so they truly race the hub.
        for (QProcess *p : shells)
            p->waitForStarted(5000);
        QThread::msleep(120);
        for (int i = 0; i < screens; ++i)
            QVERIFY(racers[i]->writeRaw(post(tokens.at(i % tokens.size()), bodies.at(i))));
        int won = 0, taken = 0;
        for (int i = 0; i < screens; ++i) {
            const auto r = racers[i]->readNext(20000);
            if (r.status == 201) {
                ++won;
            } else {
                QVERIFY2(r.status == 409, r.body.constData());
                QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("slot-taken"));
                ++taken;
            }
        }
        int shellWon = 0;
        for (QProcess *p : shells) {
            QVERIFY(p->waitForFinished(30000));
            if (p->exitCode() == 0)
                ++shellWon;
            else
                QCOMPARE(p->exitCode(), 4); // vitrinectl's "slot taken"
        }
        qInfo("%d screens and 2 shells raced: %d and %d won, %d screens heard the slot was taken", screens, won, shellWon, taken);
        QCOMPARE(won + shellWon, capacity);

        // Every screen now sees the slot taken; another slot of that day takes a booking, once per key.
        const QByteArray date = start.left(10).toLatin1();
        const auto day = client.get("/v1/slots?studio=" + studio.toLatin1() + "&model=" + model.toLatin1() + "&date=" + date,
                                    tokens.last());
        QString other;
        for (const auto &slot : day.json().value(QLatin1String("slots")).toArray()) {
            const QJsonObject o = slot.toObject();
            if (o.value(QLatin1String("start")).toString() == start)
                QCOMPARE(o.value(QLatin1String("capacity")).toInt(), 0);
            else if (other.isEmpty() && o.value(QLatin1String("capacity")).toInt() > 0)
                other = o.value(QLatin1String("start")).toString();
        }
        if (!other.isEmpty()) {
            start = other;
            const QByteArray body = bodyFor(20, QUuid::createUuid().toString(QUuid::WithoutBraces));
            HttpTestClient again(hub.port(), QHostAddress(QStringLiteral("127.0.7.1")));
            again.useTls(pin);
            const QList<QByteArray> headers{"Content-Type: application/json", "Authorization: Bearer " + tokens.first()};
            auto r = again.send("POST", "/v1/bookings", headers, body);
            QCOMPARE(r.status, 201);
            const QString id = r.json().value(QLatin1String("id")).toString();
            // A retry with the same key and body (the answer was lost): the same booking, nothing new.
            r = again.send("POST", "/v1/bookings", headers, body);
            QCOMPARE(r.status, 200);
            QVERIFY(r.json().value(QLatin1String("existing")).toBool());
            QCOMPARE(r.json().value(QLatin1String("id")).toString(), id);
            // The same key for another visitor: refused.
            QJsonObject changed = QJsonDocument::fromJson(body).object();
            QJsonObject contact = changed.value(QLatin1String("contact")).toObject();
            contact.insert(QStringLiteral("name"), QStringLiteral("Someone Else"));
            changed.insert(QStringLiteral("contact"), contact);
            r = again.send("POST", "/v1/bookings", headers, QJsonDocument(changed).toJson(QJsonDocument::Compact));
            QCOMPARE(r.status, 409);
            QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("key-reused"));
        } else {
            QWARN("no second free slot that day: the idempotency checks were not run");
        }

        // Bookings need a token like everything else.
        HttpTestClient stranger(hub.port(), QHostAddress(QStringLiteral("127.0.7.2")));
        stranger.useTls(pin);
        QCOMPARE(stranger.send("POST", "/v1/bookings", {"Content-Type: application/json"}, bodies.first()).status, 401);
    }

    void aScreensOwnIdAndCodeAreTheBookings()
    {
        // A screen names the booking it asks for, so that the copy it keeps when the hub's answer
        // is lost is the very booking the hub made.
        HubProcess hub;
        QVERIFY(hub.running());
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        const QByteArray token = client.pair(hub.pairingCode(), QStringLiteral("Namer"));
        QVERIFY(!token.isEmpty());
        const QList<Free> free = freeTimes(client, token, 3);
        QVERIFY2(free.size() == 3, "fewer than three free times in the demo catalog this week");
        const auto book = [&](const Free &f, const QString &key, const QString &id, const QString &code) {
            return client.postJson("/v1/bookings",
                                   {{QStringLiteral("studio"), f.studio},
                                    {QStringLiteral("model"), f.model},
                                    {QStringLiteral("start"), f.start},
                                    {QStringLiteral("idempotencyKey"), key},
                                    {QStringLiteral("id"), id},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("contact"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Namer")},
                                                 {QStringLiteral("channel"), QStringLiteral("email")},
                                                 {QStringLiteral("value"), QStringLiteral("ada@example.com")},
                                                 {QStringLiteral("privacyAccepted"), true}}}},
                                   token);
        };
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString code = BookingCode::generate();
        auto r = book(free.at(0), key, id, code);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("id")).toString(), id);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), code);
        // Sent again (the answer was lost): the same booking.
        r = book(free.at(0), key, id, code);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("id")).toString(), id);
        // Another booking under the same id or the same code: refused, nothing written.
        r = book(free.at(1), QUuid::createUuid().toString(QUuid::WithoutBraces), id, QString());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("key-reused"));
        r = book(free.at(1), QUuid::createUuid().toString(QUuid::WithoutBraces), QString(), code);
        QCOMPARE(r.status, 409);
        // An id that is no UUID, a code not in its canonical form: a bad request.
        r = book(free.at(2), QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("x'; DROP TABLE booking"), {});
        QCOMPARE(r.status, 400);
        r = book(free.at(2), QUuid::createUuid().toString(QUuid::WithoutBraces), {}, code.toLower().remove(QLatin1Char('-')));
        QCOMPARE(r.status, 400);
        QCOMPARE(HubProcess::valueAt(hub.databasePath(), QStringLiteral("SELECT count(*) FROM booking")).toInt(), 1);
        QCOMPARE(HubProcess::valueAt(hub.databasePath(), QStringLiteral("SELECT code FROM booking WHERE id = '%1'").arg(id))
                     .toString(),
                 code);
    }

    void theStudiosAgendaIsKeptAtTheHub()
    {
        HubProcess hub({QStringLiteral("--rate"), QStringLiteral("1000")});
        QVERIFY(hub.running());
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        const QByteArray entrance = client.pair(hub.pairingCode(), QStringLiteral("Entrance"));
        const QByteArray lounge = client.pair(hub.pairingCode(), QStringLiteral("Lounge"));
        QVERIFY(!entrance.isEmpty() && !lounge.isEmpty());
        // The first day from the day after tomorrow with three free times: the studio is closed
        // on some days of the week (a Friday's day after tomorrow is a Sunday).
        QByteArray date;
        QStringList free;
        for (int days = 2; days < 9 && free.size() < 3; ++days) {
            date = QDate::currentDate().addDays(days).toString(Qt::ISODate).toLatin1();
            free.clear();
            for (const auto &v : client.get("/v1/slots?studio=oslo&model=aster-5&date=" + date, entrance)
                                     .json()
                                     .value(QLatin1String("slots"))
                                     .toArray()) {
                if (v.toObject().value(QLatin1String("capacity")).toInt() > 0)
                    free << v.toObject().value(QLatin1String("start")).toString();
            }
        }
        QVERIFY2(free.size() >= 3, "the demo studio has no day in a week with three free Aster 5 times");
        // Two drives, made at two screens.
        QStringList codes, ids;
        for (int i = 0; i < 2; ++i) {
            const auto r = client.postJson(
                "/v1/bookings",
                {{QStringLiteral("studio"), QStringLiteral("oslo")},
                 {QStringLiteral("model"), QStringLiteral("aster-5")},
                 {QStringLiteral("start"), free.at(i)},
                 {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {QStringLiteral("contact"),
                  QJsonObject{{QStringLiteral("name"), i == 0 ? QStringLiteral("Kari Nordmann") : QStringLiteral("Ola Berg")},
                              {QStringLiteral("channel"), QStringLiteral("email")},
                              {QStringLiteral("value"), QStringLiteral("agenda%1@fjordpost.no").arg(i)},
                              {QStringLiteral("privacyAccepted"), true}}}},
                i == 0 ? entrance : lounge);
            QCOMPARE(r.status, 201);
            codes << r.json().value(QLatin1String("code")).toString();
            ids << r.json().value(QLatin1String("id")).toString();
        }
        // Every screen's drives, in time order; contacts only when staff ask for them.
        const auto agenda = [&](bool contacts) {
            return client
                .get("/v1/agenda?studio=oslo&date=" + QDate::currentDate().toString(Qt::ISODate).toLatin1() + "&days=14"
                         + (contacts ? "&contacts=1" : ""),
                     entrance)
                .json()
                .value(QLatin1String("bookings"))
                .toArray();
        };
        QJsonArray list = agenda(false);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("code")).toString(), codes.at(0));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("code")).toString(), codes.at(1));
        QVERIFY(!list.at(1).toObject().contains(QLatin1String("contact")));
        list = agenda(true);
        QCOMPARE(list.at(1).toObject().value(QLatin1String("contact")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Ola Berg"));

        // Staff at the entrance confirm the lounge's drive, and move it to a free time.
        auto r = client.postJson("/v1/agenda/act",
                                 {{QStringLiteral("id"), ids.at(1)}, {QStringLiteral("action"), QStringLiteral("confirm")}},
                                 entrance);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("booking")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("confirmed"));
        QVERIFY(!r.json().value(QLatin1String("booking")).toObject().contains(QLatin1String("contact")));
        r = client.postJson("/v1/agenda/act",
                            {{QStringLiteral("id"), ids.at(1)}, {QStringLiteral("action"), QStringLiteral("confirm")}}, entrance);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("wrong-state"));
        r = client.postJson("/v1/agenda/move", {{QStringLiteral("id"), ids.at(1)}, {QStringLiteral("start"), free.at(2)}},
                            entrance);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            QDateTime::fromString(r.json().value(QLatin1String("booking")).toObject().value(QLatin1String("start")).toString(),
                                  Qt::ISODateWithMs),
            QDateTime::fromString(free.at(2), Qt::ISODateWithMs));
        QCOMPARE(hub.value(QStringLiteral("SELECT revision FROM booking WHERE id = '%1'").arg(ids.at(1))).toInt(), 3);
        // The time it left is free again; the one it took is not, for another move.
        r = client.postJson("/v1/agenda/move", {{QStringLiteral("id"), ids.at(0)}, {QStringLiteral("start"), free.at(2)}},
                            lounge);
        bool full = r.status == 409;
        if (!full) { // the time takes more than one car: the first drive moved there too
            QCOMPARE(r.status, 200);
            QVERIFY(client
                        .postJson("/v1/agenda/move", {{QStringLiteral("id"), ids.at(0)}, {QStringLiteral("start"), free.at(0)}},
                                  lounge)
                        .status
                    == 200);
        } else {
            QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("slot-taken"));
        }
        r = client.postJson(
            "/v1/agenda/move",
            {{QStringLiteral("id"), ids.at(0)}, {QStringLiteral("start"), QStringLiteral("2020-01-01T10:00:00Z")}}, lounge);
        QCOMPARE(r.status, 422);

        // The visitor of the entrance's drive cancels with their code at the lounge.
        r = client.postJson("/v1/bookings/cancel", {{QStringLiteral("code"), codes.at(0).toLower()}}, lounge);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("booking")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(client.postJson("/v1/bookings/cancel", {{QStringLiteral("code"), QStringLiteral("ZZZZ-ZZZZ")}}, lounge).status,
                 404);

        // Every change went to the hub's outbox for the brand, in order.
        QCOMPARE(hub.value(QStringLiteral("SELECT count(*) FROM outbox WHERE record = 'booking:%1'").arg(ids.at(1))).toInt(), 3);
        // Bad requests and strangers.
        QCOMPARE(client
                     .postJson("/v1/agenda/act",
                               {{QStringLiteral("id"), ids.at(1)}, {QStringLiteral("action"), QStringLiteral("drop")}}, entrance)
                     .status,
                 400);
        QCOMPARE(client
                     .postJson("/v1/agenda/act",
                               {{QStringLiteral("id"), QString(500, QLatin1Char('x'))},
                                {QStringLiteral("action"), QStringLiteral("cancel")}},
                               entrance)
                     .status,
                 400);
        QCOMPARE(client
                     .postJson(
                         "/v1/agenda/act",
                         {{QStringLiteral("id"), QStringLiteral("nobody")}, {QStringLiteral("action"), QStringLiteral("cancel")}},
                         entrance)
                     .status,
                 404);
        QCOMPARE(client.get("/v1/agenda?studio=oslo&date=" + date + "&days=40", entrance).status, 400);
        QCOMPARE(client.get("/v1/agenda?studio=nowhere&date=" + date, entrance).status, 400);
        HttpTestClient stranger(hub.port(), QHostAddress(QStringLiteral("127.0.7.3")));
        stranger.useTls(hub.fingerprint());
        QCOMPARE(stranger.get("/v1/agenda?studio=oslo&date=" + date + "&contacts=1").status, 401);
        QCOMPARE(stranger
                     .postJson("/v1/agenda/act",
                               {{QStringLiteral("id"), ids.at(1)}, {QStringLiteral("action"), QStringLiteral("cancel")}})
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestHubBookings)
#include "tst_hubbookings.moc"
