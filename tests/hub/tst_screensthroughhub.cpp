// SPDX-License-Identifier: GPL-3.0-or-later
// Screens in processes of their own, each running the kiosk's own StudioHub and StudioEvents on a
// database of its own, paired with one real hub: more screens than places race for an event's
// last places, and exactly as many join as there are; the rest are told it is full. The places
// are the hub's (no screen keeps one), a place given back at one screen can be taken at another,
// and a screen whose hub has gone says so and keeps nothing.
#include "httptestclient.h"
#include "hubprocess.h"

#include "feed/feedimporter.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestScreensThroughHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

    /// One screen process: its database a copy of the template, paired with `hub` when given.
    std::unique_ptr<QProcess> screen(int i, const QString &event, const HubProcess *hub)
    {
        const QString db = m_dir.filePath(QStringLiteral("screen-%1.db").arg(i));
        QFile::remove(db);
        if (!QFile::copy(m_template, db))
            return nullptr;
        QStringList args{QStringLiteral("--db"),      db,
                         QStringLiteral("--studio"),  QStringLiteral("oslo"),
                         QStringLiteral("--event"),   event,
                         QStringLiteral("--name"),    QStringLiteral("Guest ") + QChar(u'A' + i % 26) + QChar(u'a' + i / 26),
                         QStringLiteral("--contact"), QStringLiteral("guest%1@fjordpost.no").arg(i)};
        if (hub)
            args << QStringLiteral("--hub") << QStringLiteral("https://127.0.0.1:%1").arg(hub->port()) << QStringLiteral("--code")
                 << hub->pairingCode();
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(VITRINE_SCREEN_BIN), args);
        return p->waitForStarted(10000) ? std::move(p) : nullptr;
    }

    /// The next JSON line a screen says.
    static QJsonObject answer(QProcess &p, int ms = 40000)
    {
        QElapsedTimer t;
        t.start();
        while (!p.canReadLine()) {
            if (t.elapsed() > ms || !p.waitForReadyRead(int(ms - t.elapsed())))
                return {{QStringLiteral("error"), QStringLiteral("no answer")}};
        }
        return QJsonDocument::fromJson(p.readLine()).object();
    }

    /// A hub's options for many screens pairing and connecting from 127.0.0.1, as a studio's
    /// screens behind one address would.
    static QStringList roomForScreens()
    {
        return {QStringLiteral("--rate"),
                QStringLiteral("1000"),
                QStringLiteral("--pairing-burst"),
                QStringLiteral("40"),
                QStringLiteral("--connections-per-address"),
                QStringLiteral("200")};
    }

    static int count(const QString &path, const QString &sql)
    {
        const QVariant v = HubProcess::valueAt(path, sql);
        return v.isValid() ? v.toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        QVERIFY(Database::open(m_template, QStringLiteral("template")).ok());
        {
            FeedImporter importer(QSqlDatabase::database(QStringLiteral("template")));
            QVERIFY(importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied);
        }
        Database::close(QStringLiteral("template"));
    }

    void exactlyThePlacesJoinFromScreens()
    {
        HubProcess hub(roomForScreens());
        QVERIFY(hub.running());
        // The smallest Oslo event that takes sign-ups, as the hub lists it.
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        const QByteArray token = client.pair(hub.pairingCode(), QStringLiteral("Looker"));
        QVERIFY(!token.isEmpty());
        QString event;
        int places = 0, capacity = 0;
        for (const auto &v : client.get("/v1/events?studio=oslo", token).json().value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const int left = e.value(QLatin1String("placesLeft")).toInt();
            if (e.value(QLatin1String("signup")).toBool() && !e.value(QLatin1String("cancelled")).toBool() && left > 0
                && (places == 0 || left < places)) {
                places = left;
                capacity = e.value(QLatin1String("capacity")).toInt();
                event = e.value(QLatin1String("id")).toString();
            }
        }
        QVERIFY2(places > 0, "no Oslo event takes sign-ups");

        // Every screen paired and on the event's page before anyone joins.
        const int screens = places + 3;
        std::vector<std::unique_ptr<QProcess>> racers;
        for (int i = 0; i < screens; ++i) {
            racers.push_back(screen(i, event, &hub));
            QVERIFY(racers.back());
        }
        for (auto &p : racers) {
            const QJsonObject ready = answer(*p);
            QVERIFY2(ready.value(QLatin1String("ready")).toBool(), QJsonDocument(ready).toJson().constData());
            QVERIFY(!ready.value(QLatin1String("full")).toBool());
        }
        for (auto &p : racers)
            p->write("join\n");
        int won = 0, full = 0, winner = -1;
        QList<int> losers;
        QString winnerCode;
        for (int i = 0; i < screens; ++i) {
            const QJsonObject a = answer(*racers[i]);
            if (a.value(QLatin1String("joined")).toBool()) {
                ++won;
                winner = i;
                winnerCode = a.value(QLatin1String("code")).toString();
                QVERIFY(!winnerCode.isEmpty());
            } else {
                QCOMPARE(a.value(QLatin1String("problem")).toString(), QStringLiteral("This event is full."));
                ++full;
                losers << i;
            }
        }
        qInfo("%d screens raced through the hub for %d places: %d joined, %d were told it is full", screens, places, won, full);
        QCOMPARE(won, places);
        QCOMPARE(full, screens - places);
        const QString joinedSql = QStringLiteral("SELECT count(*) FROM event_joiner WHERE event = '%1' AND state != 'cancelled'")
                                      .arg(event);
        QCOMPARE(count(hub.databasePath(), joinedSql), capacity);
        // The places are the hub's: no screen kept one of its own.
        for (int i = 0; i < screens; ++i)
            QCOMPARE(
                count(m_dir.filePath(QStringLiteral("screen-%1.db").arg(i)), QStringLiteral("SELECT count(*) FROM event_joiner")),
                0);

        // Every screen now shows it full; one gives a place back and another screen takes it.
        const int loser = losers.first();
        racers[loser]->write("look\n");
        QVERIFY(answer(*racers[loser]).value(QLatin1String("full")).toBool());
        racers[winner]->write(("cancel " + winnerCode + "\n").toLatin1());
        QCOMPARE(answer(*racers[winner]).value(QLatin1String("cancelled")).toString(),
                 QStringLiteral("Your place is given back. Thank you for letting us know."));
        racers[winner]->write(("cancel " + winnerCode + "\n").toLatin1()); // twice: nothing more to give back
        QCOMPARE(answer(*racers[winner]).value(QLatin1String("cancelled")).toString(),
                 QStringLiteral("No place with this code can be given back here. Please check the code."));
        racers[loser]->write("look\n");
        QVERIFY(!answer(*racers[loser]).value(QLatin1String("full")).toBool());
        racers[loser]->write("join\n");
        QVERIFY(answer(*racers[loser]).value(QLatin1String("joined")).toBool());
        QCOMPARE(count(hub.databasePath(), joinedSql), capacity);

        // The hub goes: a screen says so before anyone signs up, and keeps nothing.
        hub.stop();
        const int last = losers.last();
        racers[last]->write("reach\n");
        const QJsonObject reach = answer(*racers[last]);
        QVERIFY2(reach.value(QLatin1String("outOfReach")).toBool(), QJsonDocument(reach).toJson().constData());
        QVERIFY(reach.value(QLatin1String("status")).toString().contains(QLatin1String("cannot be reached")));
        racers[last]->write("join\n");
        const QJsonObject refused = answer(*racers[last]);
        QVERIFY(!refused.value(QLatin1String("joined")).toBool());
        QVERIFY2(refused.value(QLatin1String("problem")).toString().contains(QLatin1String("cannot reach the studio's system")),
                 QJsonDocument(refused).toJson().constData());
        QCOMPARE(
            count(m_dir.filePath(QStringLiteral("screen-%1.db").arg(last)), QStringLiteral("SELECT count(*) FROM event_joiner")),
            0);

        for (auto &p : racers) {
            p->write("quit\n");
            QVERIFY(p->waitForFinished(20000));
            QCOMPARE(p->exitCode(), 0);
        }
    }

    /// Test drives the same way: screens race for a time through the hub and exactly as many win
    /// as it can take; screens that only look see it taken without being asked, since the hub
    /// tells them; without the hub a screen says so first and keeps a request the studio confirms.
    void exactlyTheTimeGoesOnceAndOtherScreensSeeItGo()
    {
        HubProcess hub(roomForScreens());
        QVERIFY(hub.running());
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        const QByteArray token = client.pair(hub.pairingCode(), QStringLiteral("Looker"));
        QVERIFY(!token.isEmpty());
        // An Oslo model's first free time from tomorrow on, and a second one for later.
        const QJsonObject catalog = client.get("/v1/studio", token).json().value(QLatin1String("catalog")).toObject();
        QString model, date, start, later;
        int capacity = 0;
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        for (const auto &m : catalog.value(QLatin1String("models")).toArray()) {
            const auto r = client.get("/v1/slots?studio=oslo&days=7&date=" + tomorrow.toLatin1()
                                          + "&model=" + m.toObject().value(QLatin1String("id")).toString().toLatin1(),
                                      token);
            for (const auto &d : r.json().value(QLatin1String("days")).toArray()) {
                QStringList free;
                for (const auto &slot : d.toObject().value(QLatin1String("slots")).toArray()) {
                    if (slot.toObject().value(QLatin1String("capacity")).toInt() > 0)
                        free << slot.toObject().value(QLatin1String("start")).toString();
                }
                if (free.size() >= 2 && capacity == 0) {
                    model = m.toObject().value(QLatin1String("id")).toString();
                    date = d.toObject().value(QLatin1String("date")).toString();
                    start = free.first();
                    later = free.last();
                    for (const auto &slot : d.toObject().value(QLatin1String("slots")).toArray()) {
                        if (slot.toObject().value(QLatin1String("start")).toString() == start)
                            capacity = slot.toObject().value(QLatin1String("capacity")).toInt();
                    }
                }
            }
            if (capacity)
                break;
        }
        QVERIFY2(capacity > 0, "no Oslo model has two free times on one day this week");

        const int racing = capacity + 3, watching = 2;
        std::vector<std::unique_ptr<QProcess>> screens;
        for (int i = 0; i < racing + watching; ++i) {
            screens.push_back(screen(40 + i, QString(), &hub));
            QVERIFY(screens.back());
        }
        const QByteArray open = ("drive " + model + ' ' + date + '\n').toLatin1();
        for (auto &p : screens) {
            QVERIFY(answer(*p).value(QLatin1String("ready")).toBool());
            p->write(open);
        }
        for (auto &p : screens) {
            const QJsonObject times = answer(*p);
            QVERIFY2(times.value(QLatin1String("free")).toArray().contains(start), QJsonDocument(times).toJson().constData());
            QVERIFY(!times.value(QLatin1String("outOfReach")).toBool());
        }
        for (int i = racing; i < racing + watching; ++i)
            screens[i]->write(("watch " + start + '\n').toLatin1());
        for (int i = 0; i < racing; ++i)
            screens[i]->write(("book " + start + '\n').toLatin1());
        int won = 0;
        qint64 lastWin = 0;
        QList<int> winners, losers;
        for (int i = 0; i < racing; ++i) {
            const QJsonObject a = answer(*screens[i]);
            if (a.value(QLatin1String("booked")).toBool()) {
                ++won;
                winners << i;
                QVERIFY(!a.value(QLatin1String("pending")).toBool());
                QVERIFY(!a.value(QLatin1String("code")).toString().isEmpty());
                lastWin = qMax(lastWin, qint64(a.value(QLatin1String("at")).toDouble()));
            } else {
                losers << i;
                QVERIFY2(
                    a.value(QLatin1String("message")).toString().startsWith(QLatin1String("Someone has just booked this time")),
                    QJsonDocument(a).toJson().constData());
            }
        }
        qInfo("%d screens raced through the hub for a time %d can take: %d booked", racing, capacity, won);
        QCOMPARE(won, capacity);
        const QString atStart = QStringLiteral("SELECT count(*) FROM booking WHERE slot_start = '%1' AND state != 'cancelled'")
                                    .arg(QDateTime::fromString(start, Qt::ISODate).toUTC().toString(Qt::ISODate));
        QCOMPARE(count(hub.databasePath(), atStart), capacity);
        // A winner keeps a copy with its contact (its agenda, a cancellation there); a loser nothing.
        for (int i : winners) {
            const QString db = m_dir.filePath(QStringLiteral("screen-%1.db").arg(40 + i));
            QCOMPARE(count(db, atStart), 1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM booking_contact")), 1);
        }
        for (int i : losers)
            QCOMPARE(
                count(m_dir.filePath(QStringLiteral("screen-%1.db").arg(40 + i)), QStringLiteral("SELECT count(*) FROM booking")),
                0);
        // The screens that only looked were told: nothing on them asked again.
        for (int i = racing; i < racing + watching; ++i) {
            const QJsonObject seen = answer(*screens[i]);
            QCOMPARE(seen.value(QLatin1String("shown")).toString(), QStringLiteral("taken"));
            qInfo("a watching screen showed the time taken %lld ms after the last booking was confirmed",
                  qint64(seen.value(QLatin1String("at")).toDouble()) - lastWin);
        }

        // The hub goes: the form says so first, and the booking is kept here as a request.
        hub.stop();
        auto &last = screens[losers.last()];
        last->write("reach\n");
        QVERIFY(answer(*last).value(QLatin1String("outOfReach")).toBool());
        last->write(open);
        const QJsonObject offline = answer(*last);
        QVERIFY(offline.value(QLatin1String("outOfReach")).toBool());
        QVERIFY(offline.value(QLatin1String("free")).toArray().contains(later));
        last->write(("book " + later + '\n').toLatin1());
        const QJsonObject kept = answer(*last);
        QVERIFY2(kept.value(QLatin1String("booked")).toBool(), QJsonDocument(kept).toJson().constData());
        QVERIFY(kept.value(QLatin1String("pending")).toBool());
        const QString db = m_dir.filePath(QStringLiteral("screen-%1.db").arg(40 + losers.last()));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM booking WHERE state = 'requested'")), 1);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking'")) >= 1);

        for (auto &p : screens) {
            p->write("quit\n");
            QVERIFY(p->waitForFinished(20000));
            QCOMPARE(p->exitCode(), 0);
        }
    }

    /// Unpaired, a screen keeps places on its own, as before there was a hub.
    void anUnpairedScreenKeepsItsOwnPlace()
    {
        // An Oslo event still to come that takes sign-ups, from the screen's own copy of the feed.
        QString event;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pick"));
            db.setDatabaseName(m_template);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM studio_event WHERE deleted = 0 AND studio = 'oslo' AND signup = 1 "
                                     "AND cancelled = 0 AND capacity > 1 AND starts_at > ? ORDER BY starts_at LIMIT 1"));
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            QVERIFY(q.exec());
            if (q.next())
                event = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pick"));
        QVERIFY(!event.isEmpty());
        auto p = screen(90, event, nullptr);
        QVERIFY(p);
        QVERIFY(answer(*p).value(QLatin1String("ready")).toBool());
        p->write("join\n");
        const QJsonObject a = answer(*p);
        QVERIFY2(a.value(QLatin1String("joined")).toBool(), QJsonDocument(a).toJson().constData());
        QVERIFY(!a.value(QLatin1String("phoneQr")).toBool()); // the hub's phone pages do not know it
        QCOMPARE(count(m_dir.filePath(QStringLiteral("screen-90.db")), QStringLiteral("SELECT count(*) FROM event_joiner")), 1);
        p->write("quit\n");
        QVERIFY(p->waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestScreensThroughHub)
#include "tst_screensthroughhub.moc"
