// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's relay to the brand (BrandRelay), between real processes on real SQLite files: two
// screens drain their outboxes to a hub (OutboxSender, as the kiosk does), visitors book and join
// at the hub itself, and the hub relays all of it to a test brand endpoint (vitrine-brandserver)
// once per idempotency key, in order per record, bookings with their contacts and nothing else
// with one; a resend changes nothing. A brand answering 503 or gone leaves the items waiting
// with their backoff; a kind it refuses stays dead-lettered at the hub and is listed by
// `vitrine-hub relay`; a hub killed mid-relay (SIGKILL, VITRINE_KILL_ROUNDS times, 20 by
// default) still ends with every item at the brand exactly once. Over HTTPS the brand's
// certificate is checked against the system's authorities, and a private one given with --ca.
// The token is never printed. A screen process killed mid-push (SIGKILL, VITRINE_KILL_ROUNDS
// times) and a hub stopped and started again while three screen processes push
// (VITRINE_RESTART_ROUNDS times, 5 by default) end with every item once at the hub and at the brand.
#include "brandserverprocess.h"
#include "demodatabase.h"
#include "httptestclient.h"
#include "hubprocess.h"
#include "pairedscreen.h"

#include "booking/bookingstore.h"
#include "catalog/catalogrows.h"
#include "insights/insightrecorder.h"
#include "kiosk/visitorrequests.h"
#include "storage/database.h"
#include "storage/databasequeue.h"
#include "storage/outbox.h"
#include "storage/settings.h"
#include "sync/outboxsender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

Q_DECLARE_METATYPE(HubLink::Answer)

namespace {

const QByteArray kToken = "brand-token-7f3a9c51d2";

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

class TestBrandRelay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    int m_serial = 0;

    using Screen = PairedScreen;

    std::unique_ptr<Screen> screen(HubProcess &hub)
    {
        const QString connection = QStringLiteral("screen-%1").arg(++m_serial);
        return PairedScreen::pair(hub, m_template, m_dir.filePath(connection + QStringLiteral(".db")), connection,
                                  QStringLiteral("Screen %1").arg(m_serial));
    }

    /// `count` bookings of the Aster 5 at Oslo on the screen, in free slots from `firstDay` on.
    static QList<Booking> book(Screen &s, int count, int firstDay)
    {
        return bookDrives(s.db(), count, firstDay, systemClock(), [firstDay](int i) {
            ContactInput c;
            c.name = QStringLiteral("Guest ") + QChar(char16_t(u'A' + i % 26));
            c.channel = ContactChannel::Email;
            c.value = QStringLiteral("guest%1.%2@fjordpost.no").arg(firstDay).arg(i);
            c.privacyAccepted = true;
            return c;
        });
    }

    /// A screen's token at the hub, for requests made at the hub itself (as the kiosk books there).
    static QByteArray token(const Screen &s) { return s.token(); }

    /// `count` bookings made at the hub (POST /v1/bookings) from `firstDay` on; their ids.
    static QStringList bookAtHub(const HubProcess &hub, const QByteArray &token, int count, int firstDay)
    {
        QStringList ids;
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        for (int day = firstDay; day < firstDay + 60 && ids.size() < count; ++day) {
            const QByteArray date = QDate::currentDate().addDays(day).toString(Qt::ISODate).toLatin1();
            const auto offered = client.get("/v1/slots?studio=oslo&model=aster-5&date=" + date, token);
            for (const auto &v : offered.json().value(QLatin1String("slots")).toArray()) {
                if (ids.size() >= count || v.toObject().value(QLatin1String("capacity")).toInt() <= 0)
                    continue;
                const auto r = client.postJson(
                    "/v1/bookings",
                    {{QStringLiteral("studio"), QStringLiteral("oslo")},
                     {QStringLiteral("model"), QStringLiteral("aster-5")},
                     {QStringLiteral("start"), v.toObject().value(QLatin1String("start")).toString()},
                     {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("contact"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Hub Visitor")},
                                  {QStringLiteral("channel"), QStringLiteral("email")},
                                  {QStringLiteral("value"), QStringLiteral("hub%1.%2@fjordpost.no").arg(day).arg(ids.size())},
                                  {QStringLiteral("privacyAccepted"), true}}}},
                    token);
                if (r.status == 201)
                    ids << r.json().value(QLatin1String("id")).toString();
            }
        }
        return ids;
    }

    /// A place at the first Oslo event taking sign-ups, joined at the hub; its code.
    static QString joinAtHub(const HubProcess &hub, const QByteArray &token, int i)
    {
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        for (const auto &v : client.get("/v1/events?studio=oslo", token).json().value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QLatin1String("signup")).toBool() || e.value(QLatin1String("placesLeft")).toInt() <= 0)
                continue;
            const auto r = client.postJson(
                "/v1/events/join",
                {{QStringLiteral("event"), e.value(QLatin1String("id")).toString()},
                 {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {QStringLiteral("contact"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Event Guest")},
                              {QStringLiteral("channel"), QStringLiteral("email")},
                              {QStringLiteral("value"), QStringLiteral("event%1@fjordpost.no").arg(i)},
                              {QStringLiteral("privacyAccepted"), true}}}},
                token);
            return r.status == 201 ? r.json().value(QLatin1String("code")).toString() : QString();
        }
        return {};
    }

    /// Points the hub at the brand server (a running hub takes it at its next turn), trusting
    /// the authority `ca` beside the system's when given.
    bool pointAt(const HubProcess &hub, const BrandServerProcess &brand, const QString &ca = {})
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("brand-token"));
        QFile f(tokenFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(kToken + "\n") < 0)
            return false;
        f.close();
        QStringList arguments{QStringLiteral("brand"), QStringLiteral("--url"), brand.url(), QStringLiteral("--token-file"),
                              tokenFile};
        if (!ca.isEmpty())
            arguments << QStringLiteral("--ca") << ca;
        return hub.command(arguments).exitCode == 0;
    }

    static qint64 hubCount(const HubProcess &hub, const QString &where)
    {
        return hub.value(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where).toLongLong();
    }

    /// The hub's items and the brand's: each once, in the hub's order within every record.
    static void compareWithBrand(const HubProcess &hub, const QString &brandDb)
    {
        const QStringList hubKeys = HubProcess::columnAt(hub.databasePath(),
                                                         QStringLiteral("SELECT idempotency_key FROM outbox ORDER BY id"));
        const QStringList hubRecords = HubProcess::columnAt(hub.databasePath(),
                                                            QStringLiteral("SELECT record FROM outbox ORDER BY id"));
        const QStringList brandKeys = HubProcess::columnAt(brandDb, QStringLiteral("SELECT key FROM received ORDER BY seq"));
        const QStringList brandRecords = HubProcess::columnAt(brandDb,
                                                              QStringLiteral("SELECT record FROM received ORDER BY seq"));
        QCOMPARE(brandKeys.size(), hubKeys.size());
        QCOMPARE(QSet<QString>(brandKeys.cbegin(), brandKeys.cend()), QSet<QString>(hubKeys.cbegin(), hubKeys.cend()));
        QHash<QString, QStringList> hubOrder, brandOrder;
        for (qsizetype i = 0; i < hubKeys.size(); ++i)
            hubOrder[hubRecords.at(i)] << hubKeys.at(i);
        for (qsizetype i = 0; i < brandKeys.size(); ++i)
            brandOrder[brandRecords.at(i)] << brandKeys.at(i);
        for (auto it = hubOrder.cbegin(); it != hubOrder.cend(); ++it)
            QCOMPARE(brandOrder.value(it.key()), it.value());
    }

    /// A screen paired with `hub` that keeps its pairing in its database, as the kiosk does, for a
    /// screen process (vitrine-screenjoiner) to start from.
    std::unique_ptr<Screen> keptScreen(HubProcess &hub)
    {
        auto s = screen(hub);
        if (!s)
            return nullptr;
        Settings settings(s->db());
        return HubLink::save(settings, s->link.pairing()) ? std::move(s) : nullptr;
    }

    /// `visits` visits of `perVisit` usage events each on the screen.
    static bool recordVisits(Screen &s, int visits, int perVisit, QStringList *ids)
    {
        for (int v = 0; v < visits; ++v) {
            QStringList visit;
            if (!recordVisit(s.db(), perVisit, &visit))
                return false;
            *ids << visit;
        }
        return true;
    }

    /// The screen's database in a process of its own (the kiosk's StudioHub, no window), told to
    /// push its outbox; nothing when it did not start.
    static std::unique_ptr<QProcess> pushing(const Screen &s)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(VITRINE_SCREEN_BIN),
                 {QStringLiteral("--db"), s.path, QStringLiteral("--studio"), QStringLiteral("oslo")});
        if (!p->waitForStarted(10000))
            return nullptr;
        p->write("push\n");
        return p;
    }

    /// The next JSON line a screen process says.
    static QJsonObject answer(QProcess &p, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!p.canReadLine()) {
            if (t.elapsed() > ms || !p.waitForReadyRead(int(qMax<qint64>(1, ms - t.elapsed()))))
                return {{QStringLiteral("error"), QStringLiteral("no answer")}};
        }
        return QJsonDocument::fromJson(p.readLine()).object();
    }

    /// What the push came to, after its "ready".
    static QJsonObject pushed(QProcess &p, int ms = 620000)
    {
        QJsonObject o = answer(p, ms);
        return o.contains(QLatin1String("ready")) ? answer(p, ms) : o;
    }

    static qint64 screenCount(const Screen &s, const QString &where)
    {
        QSqlQuery q(s.db());
        return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// Every item of the screens once at the hub, every booking in its last revision, and the
    /// hub's items all at the brand once, in order per record.
    void everythingOnceAtHubAndBrand(const HubProcess &hub, const BrandServerProcess &brand, const QString &brandDb,
                                     const QList<Screen *> &screens, const QList<Booking> &made)
    {
        qint64 items = 0;
        QSet<QString> sent;
        for (const Screen *s : screens) {
            QCOMPARE(screenCount(*s, QStringLiteral("state = 'pending'")), 0);
            QCOMPARE(screenCount(*s, QStringLiteral("state = 'dead'")), 0);
            items += screenCount(*s, QStringLiteral("1"));
            QSqlQuery q(s->db());
            QVERIFY(q.exec(QStringLiteral("SELECT idempotency_key FROM outbox")));
            while (q.next())
                sent.insert(q.value(0).toString());
        }
        QCOMPARE(hub.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong(), items);
        // Each of them by its key, not only as many.
        const QStringList received = HubProcess::columnAt(hub.databasePath(),
                                                          QStringLiteral("SELECT idempotency_key FROM outbox_received"));
        QCOMPARE(QSet<QString>(received.cbegin(), received.cend()), sent);
        QCOMPARE(hubCount(hub, QStringLiteral("TRUE")), items);
        QStringList ids;
        for (const Booking &b : made)
            ids << QLatin1Char('\'') + b.id + QLatin1Char('\'');
        QCOMPARE(
            hub.value(QStringLiteral("SELECT count(*) FROM booking WHERE id IN (%1)").arg(ids.join(QLatin1Char(',')))).toInt(),
            made.size());
        for (const Screen *s : screens) {
            QSqlQuery q(s->db());
            QVERIFY(q.exec(QStringLiteral("SELECT id, revision FROM booking")));
            while (q.next())
                QCOMPARE(
                    hub.value(QStringLiteral("SELECT revision FROM booking WHERE id = '%1'").arg(q.value(0).toString())).toInt(),
                    q.value(1).toInt());
        }
        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'delivered'")) == items; }, 120000));
        compareWithBrand(hub, brandDb);
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received")).toLongLong(), items);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<HubLink::Answer>();
        qRegisterMetaType<OutboxSender::Report>();
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        QVERIFY(makeDemoDatabase(m_template));
    }

    void everythingReachesTheBrandOnce()
    {
        const QString brandDb = m_dir.filePath(QStringLiteral("brand-1.db"));
        BrandServerProcess brand(brandDb, kToken);
        QVERIFY(brand.port());
        HubProcess hub(
            {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"), QStringLiteral("300")});
        const QString log = m_dir.filePath(QStringLiteral("hub-1.log"));
        hub.setLogFile(log);
        hub.stop();
        QVERIFY(hub.start());
        QVERIFY(pointAt(hub, brand));

        // Two screens: bookings (one confirmed after it was made: two revisions of one record),
        // a visitor's request and usage events.
        auto a = screen(hub);
        QVERIFY(a);
        auto b = screen(hub);
        QVERIFY(b);
        const QList<Booking> fromA = book(*a, 3, 1);
        QCOMPARE(fromA.size(), 3);
        QVERIFY(BookingStore(a->db()).confirm(fromA[0].id));
        QCOMPARE(book(*b, 2, 20).size(), 2);
        QVERIFY(VisitorRequests(b->db()).create(VisitorRequests::Kind::Expert, QStringLiteral("oslo"), {}, {}));
        QStringList visit;
        QVERIFY(recordVisit(b->db(), 1, &visit));
        // At the hub itself: two bookings and a place at an event.
        const QStringList atHub = bookAtHub(hub, token(*a), 2, 40);
        QCOMPARE(atHub.size(), 2);
        QVERIFY(!joinAtHub(hub, token(*a), 1).isEmpty());

        QVERIFY(a->drainAll());
        QVERIFY(b->drainAll());
        const qint64 received = hub.value(QStringLiteral("SELECT count(*) FROM outbox_received WHERE outcome = 'delivered'"))
                                    .toLongLong();
        QCOMPARE(received, 4 + 2 + 1 + 1);
        // Everything the hub took or made is in its outbox once: what screens sent, and its own three.
        QCOMPARE(hubCount(hub, QStringLiteral("TRUE")), received + 3);
        QCOMPARE(hubCount(hub, QStringLiteral("payload LIKE '%fjordpost%'")), 0); // no contact kept in it

        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'delivered'")) == received + 3; }, 30000));
        compareWithBrand(hub, brandDb);
        QCOMPARE(brand.value(QStringLiteral("SELECT sum(arrivals) FROM received")).toLongLong(), received + 3);
        // Bookings carry the visitor's contact (the brand calls back); nothing else carries one.
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received WHERE kind = 'booking'")).toInt(), 3 + 1 + 2 + 2);
        QCOMPARE(brand
                     .value(QStringLiteral("SELECT count(*) FROM received WHERE kind = 'booking' AND contact LIKE "
                                           "'%@fjordpost.no%'"))
                     .toInt(),
                 3 + 1 + 2 + 2);
        QCOMPARE(
            brand.value(QStringLiteral("SELECT count(*) FROM received WHERE kind != 'booking' AND contact IS NOT NULL")).toInt(),
            0);
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received WHERE kind = 'event-join'")).toInt(), 1);
        QCOMPARE(brand
                     .value(QStringLiteral("SELECT group_concat(key, ' ') FROM (SELECT key FROM received WHERE record = "
                                           "'booking:%1' ORDER BY seq)")
                                .arg(fromA[0].id))
                     .toString(),
                 QStringLiteral("booking:%1:1 booking:%1:2").arg(fromA[0].id));

        // A screen sends it all again (its answers lost): nothing more reaches the brand.
        const auto again = Outbox(a->db()).items(Outbox::State::Delivered, 50);
        QVERIFY(again && !again->isEmpty());
        HttpTestClient client(hub.port());
        client.useTls(hub.fingerprint());
        QSqlDatabase adb = a->db();
        QCOMPARE(client.postJson("/v1/outbox", OutboxSender::body(adb, *again), token(*a)).status, 200);
        QTest::qWait(1000);
        QCOMPARE(hubCount(hub, QStringLiteral("TRUE")), received + 3);
        QCOMPARE(brand.value(QStringLiteral("SELECT sum(arrivals) FROM received")).toLongLong(), received + 3);

        // Staff see the relay's state; nobody sees its token.
        const auto health = client.get("/v1/health", token(*a));
        QCOMPARE(health.status, 200);
        const QJsonObject relay = health.json().value(QLatin1String("brand")).toObject();
        QCOMPARE(relay.value(QLatin1String("url")).toString(), brand.url());
        QCOMPARE(relay.value(QLatin1String("delivered")).toInt(), int(received + 3));
        QCOMPARE(relay.value(QLatin1String("waiting")).toInt(), 0);
        QVERIFY(!relay.value(QLatin1String("lastContact")).toString().isEmpty());
        const auto status = hub.command({QStringLiteral("relay")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(brand.url().toUtf8()), status.out.constData());
        QVERIFY2(status.out.contains(QByteArray("delivered  ") + QByteArray::number(received + 3)), status.out.constData());
        const auto json = hub.command({QStringLiteral("relay"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("delivered")).toInt(), int(received + 3));
        hub.stop();
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logged = logFile.readAll();
        QVERIFY(logged.contains("the brand"));
        for (const QByteArray &shown : {status.out, json.out, health.body, logged})
            QVERIFY(!shown.contains(kToken));
        QVERIFY(!logged.contains("fjordpost"));
    }

    void aBrandBusyGoneOrRefusingIsHeard()
    {
        const QString brandDb = m_dir.filePath(QStringLiteral("brand-2.db"));
        BrandServerProcess brand(brandDb, kToken, {QStringLiteral("--status"), QStringLiteral("503")});
        QVERIFY(brand.port());
        HubProcess hub(
            {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"), QStringLiteral("200")});
        QVERIFY(hub.running());
        QVERIFY(pointAt(hub, brand));
        auto a = screen(hub);
        QVERIFY(a);
        QCOMPARE(bookAtHub(hub, token(*a), 2, 3).size(), 2);

        // Busy: both wait with a backoff and the brand's answer as the reason.
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("attempts >= 1 AND last_error LIKE '%503%'")) == 2; }, 10000));
        QCOMPARE(hubCount(hub, QStringLiteral("state = 'pending' AND next_attempt_at > '%1'").arg(now)), 2);
        QTest::qWait(600); // a few turns of the relay: nothing is sent before the backoff ends
        QCOMPARE(hubCount(hub, QStringLiteral("attempts = 1")), 2);
        QVERIFY(hub.command({QStringLiteral("relay")}).out.contains("503"));
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received")).toInt(), 0);

        // Too many requests, come back in a minute: nothing goes before then, whatever the backoff.
        QVERIFY(brand.control({{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 60}}));
        QCOMPARE(hub.command({QStringLiteral("relay"), QStringLiteral("--now")}).exitCode, 0);
        const QString inAMinute = QDateTime::currentDateTimeUtc().addSecs(50).toString(Qt::ISODateWithMs);
        QVERIFY(waitFor(
            [&] {
                return hubCount(hub, QStringLiteral("last_error LIKE '%429%' AND next_attempt_at > '%1'").arg(inAMinute)) == 2;
            },
            10000));
        QVERIFY(brand.control({{QStringLiteral("retryAfter"), -1}}));

        // Back, and refusing places: the bookings go, the place is dead-lettered with the reason.
        QVERIFY(brand.control({{QStringLiteral("status"), 0}, {QStringLiteral("rejectKind"), QStringLiteral("event-join")}}));
        QVERIFY(!joinAtHub(hub, token(*a), 2).isEmpty());
        QCOMPARE(hub.command({QStringLiteral("relay"), QStringLiteral("--now")}).exitCode, 0);
        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'delivered'")) == 2; }, 10000));
        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'dead'")) == 1; }, 10000));
        QCOMPARE(hubCount(hub,
                          QStringLiteral("state = 'dead' AND kind = 'event-join' AND last_error = 'the brand does not take "
                                         "event-join'")),
                 1);
        const auto listed = hub.command({QStringLiteral("relay")});
        QVERIFY2(listed.out.contains("rejected   1"), listed.out.constData());
        QVERIFY2(listed.out.contains("event-join") && listed.out.contains("the brand does not take event-join"),
                 listed.out.constData());
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received")).toInt(), 2);
        QTest::qWait(600);
        QCOMPARE(hubCount(hub, QStringLiteral("state = 'dead'")), 1); // never sent again

        // Gone: a booking waits with the reason; back on the same port, it goes.
        const quint16 port = brand.port();
        brand.stop();
        QCOMPARE(bookAtHub(hub, token(*a), 1, 9).size(), 1);
        QVERIFY(waitFor(
            [&] { return hubCount(hub, QStringLiteral("state = 'pending' AND last_error LIKE '%cannot be reached%'")) == 1; },
            10000));
        QVERIFY(brand.start(port));
        QVERIFY(brand.control({{QStringLiteral("status"), 0}})); // it starts with --status 503 again
        QCOMPARE(hub.command({QStringLiteral("relay"), QStringLiteral("--now")}).exitCode, 0);
        QVERIFY2(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'delivered'")) == 3; }, 10000),
                 qPrintable(hub.value(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending'")
                                          .arg(hub.aggregate(QStringLiteral("last_error"))))
                                .toString()));
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received")).toInt(), 3);

        // Off: nothing more goes, what is made stays queued.
        QCOMPARE(hub.command({QStringLiteral("brand"), QStringLiteral("--off")}).exitCode, 0);
        QCOMPARE(bookAtHub(hub, token(*a), 1, 12).size(), 1);
        QTest::qWait(800);
        QCOMPARE(hubCount(hub, QStringLiteral("state = 'pending' AND attempts = 0")), 1);
        QVERIFY(hub.command({QStringLiteral("relay")}).out.contains("(off"));
    }

    void httpsIsCheckedAgainstTheAuthorities()
    {
        // A private authority and the brand's certificate from it, for 127.0.0.1.
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        const QString caKey = m_dir.filePath(QStringLiteral("ca.key"));
        const QString cert = m_dir.filePath(QStringLiteral("brand.pem"));
        const QString key = m_dir.filePath(QStringLiteral("brand.key"));
        const QString request = m_dir.filePath(QStringLiteral("brand.csr"));
        const QString extensions = m_dir.filePath(QStringLiteral("brand.ext"));
        QFile ext(extensions);
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        const auto openssl = [](const QStringList &arguments) {
            QProcess p;
            p.start(QStringLiteral("openssl"), arguments);
            return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        if (!openssl({QStringLiteral("version")}))
            QSKIP("no openssl program to make the test's certificates");
        QVERIFY(
            openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList{QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), ca, QStringLiteral("-days"),
                                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Vitrine Test Brand CA")}));
        QVERIFY(openssl(QStringList{QStringLiteral("req")} + ec
                        + QStringList{QStringLiteral("-keyout"), key, QStringLiteral("-out"), request, QStringLiteral("-subj"),
                                      QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                         ca, QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), cert,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions}));

        BrandServerProcess brand(m_dir.filePath(QStringLiteral("brand-tls.db")), kToken,
                                 {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY(brand.port());
        QVERIFY(brand.url().startsWith(QLatin1String("https://")));
        HubProcess hub(
            {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"), QStringLiteral("200")});
        QVERIFY(hub.running());
        auto a = screen(hub);
        QVERIFY(a);

        // Checked against the system's authorities only: the brand's certificate is refused, nothing goes.
        QVERIFY(pointAt(hub, brand));
        QCOMPARE(bookAtHub(hub, token(*a), 1, 5).size(), 1);
        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'pending' AND attempts >= 1")) == 1; }, 10000));
        QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received")).toInt(), 0);
        const auto refused = hub.command({QStringLiteral("relay")});
        QVERIFY2(refused.out.contains("cannot be reached"), refused.out.constData());

        // With the brand's authority: delivered, over TLS.
        QVERIFY(pointAt(hub, brand, ca));
        QCOMPARE(hub.command({QStringLiteral("relay"), QStringLiteral("--now")}).exitCode, 0);
        QVERIFY2(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'delivered'")) == 1; }, 10000),
                 hub.command({QStringLiteral("relay")}).out.constData());
        QCOMPARE(
            brand.value(QStringLiteral("SELECT count(*) FROM received WHERE kind = 'booking' AND contact IS NOT NULL")).toInt(),
            1);
        // Plain http is for this machine only, and a missing token file is refused.
        const QString tokenFile = m_dir.filePath(QStringLiteral("brand-token"));
        QCOMPARE(hub.command({QStringLiteral("brand"), QStringLiteral("--url"), QStringLiteral("http://brand.example/outbox"),
                              QStringLiteral("--token-file"), tokenFile})
                     .exitCode,
                 64);
        QCOMPARE(hub.command({QStringLiteral("brand"), QStringLiteral("--url"), brand.url(), QStringLiteral("--token-file"),
                              m_dir.filePath(QStringLiteral("none"))})
                     .exitCode,
                 64);
    }

    void aHubKilledMidRelayEndsWithEveryItemOnce()
    {
        const int rounds = qEnvironmentVariableIsSet("VITRINE_KILL_ROUNDS") ? qEnvironmentVariableIntValue("VITRINE_KILL_ROUNDS")
                                                                            : 20;
        const QString brandDb = m_dir.filePath(QStringLiteral("brand-3.db"));
        // A little slow, so that a kill finds batches on the way.
        BrandServerProcess brand(brandDb, kToken, {QStringLiteral("--delay-ms"), QStringLiteral("15")});
        QVERIFY(brand.port());
        HubProcess hub({QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"),
                        QStringLiteral("100"), QStringLiteral("--relay-batch"), QStringLiteral("3")});
        QVERIFY(hub.running());
        auto a = screen(hub);
        QVERIFY(a);
        // A screen's bookings (each confirmed: two revisions in order), and some made at the hub.
        const QList<Booking> made = book(*a, qBound(24, rounds * 4, 240), 1);
        QVERIFY(made.size() >= 24);
        BookingStore store(a->db());
        for (const Booking &b : made)
            QVERIFY(store.confirm(b.id));
        // Usage events too, so that every round finds work (a few items go in a round).
        QStringList events;
        QVERIFY(recordVisit(a->db(), rounds * 6, &events));
        QVERIFY(a->drainAll());
        QCOMPARE(bookAtHub(hub, token(*a), 6, 50).size(), 6);
        const qint64 items = hubCount(hub, QStringLiteral("TRUE"));
        QCOMPARE(items, made.size() * 2 + events.size() + 6);
        QVERIFY(pointAt(hub, brand));

        int done = 0;
        QElapsedTimer took;
        took.start();
        for (int round = 0; round < rounds; ++round) {
            if (round > 0)
                QVERIFY(hub.start());
            if (hubCount(hub, QStringLiteral("state = 'pending'")) == 0)
                break;
            ++done;
            // Killed once the brand has taken something more, a little later at random.
            const qint64 taken = brand.value(QStringLiteral("SELECT sum(arrivals) FROM received")).toLongLong();
            waitFor([&] { return brand.value(QStringLiteral("SELECT sum(arrivals) FROM received")).toLongLong() > taken; },
                    10000);
            QTest::qWait(int(QRandomGenerator::global()->bounded(0, 40)));
            hub.kill();
        }
        if (!hub.running())
            QVERIFY(hub.start());
        QVERIFY(waitFor([&] { return hubCount(hub, QStringLiteral("state = 'delivered'")) == items; }, 120000));
        const qint64 arrivals = brand.value(QStringLiteral("SELECT sum(arrivals) FROM received")).toLongLong();
        qInfo("%d kill -9 rounds of the hub mid-relay in %lld ms; %lld items, %lld arrivals at the brand (%lld sent again after "
              "a kill, applied once)",
              done, took.elapsed(), items, arrivals, arrivals - items);
        compareWithBrand(hub, brandDb);
        // Every booking the hub holds is at the brand, in its last revision, once.
        for (const QString &id :
             HubProcess::columnAt(hub.databasePath(), QStringLiteral("SELECT id || ':' || revision FROM booking")))
            QCOMPARE(brand.value(QStringLiteral("SELECT count(*) FROM received WHERE key = 'booking:%1'").arg(id)).toInt(), 1);
    }

    void aScreenKilledMidPushEndsWithEveryItemOnce()
    {
        const int rounds = qEnvironmentVariableIsSet("VITRINE_KILL_ROUNDS") ? qEnvironmentVariableIntValue("VITRINE_KILL_ROUNDS")
                                                                            : 20;
        const QString brandDb = m_dir.filePath(QStringLiteral("brand-4.db"));
        BrandServerProcess brand(brandDb, kToken);
        QVERIFY(brand.port());
        HubProcess hub(
            {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"), QStringLiteral("100")});
        QVERIFY(hub.running());
        QVERIFY(pointAt(hub, brand));
        auto a = keptScreen(hub);
        QVERIFY(a);
        // Bookings (every third confirmed: two revisions in order), then enough usage events for
        // every round to find a batch or two of 50 on the way.
        const QList<Booking> made = book(*a, qBound(24, rounds, 160), 1);
        QVERIFY(made.size() >= 24);
        BookingStore store(a->db());
        for (qsizetype i = 0; i < made.size(); i += 3)
            QVERIFY(store.confirm(made[i].id));
        QStringList events;
        QVERIFY(recordVisits(*a, rounds * 3, 40, &events));
        const qint64 items = screenCount(*a, QStringLiteral("1"));

        int done = 0, killedWithWork = 0;
        QElapsedTimer took;
        took.start();
        for (int round = 0; round < rounds; ++round) {
            if (screenCount(*a, QStringLiteral("state = 'pending'")) == 0)
                break;
            ++done;
            const qint64 taken = hub.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong();
            auto p = pushing(*a);
            QVERIFY(p);
            // Killed once the hub has taken something of this push, a little later at random:
            // with a batch on the way, its answer on the way back, or settling it.
            waitFor(
                [&] {
                    return p->state() == QProcess::NotRunning
                        || hub.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong() > taken;
                },
                20000);
            QTest::qWait(int(QRandomGenerator::global()->bounded(0, 30)));
            if (p->state() == QProcess::Running)
                ++killedWithWork;
            p->kill();
            QVERIFY(p->waitForFinished(10000));
        }
        qInfo("%d kill -9 rounds of a screen mid-push (%d still pushing) in %lld ms; %lld items", done, killedWithWork,
              took.elapsed(), items);
        // Started again, the screen sends what is left, its last run's claims first.
        const qint64 rest = screenCount(*a, QStringLiteral("state = 'pending'"));
        took.restart();
        auto last = pushing(*a);
        QVERIFY(last);
        const QJsonObject end = pushed(*last);
        QCOMPARE(end.value(QLatin1String("pending")).toInt(-1), 0);
        qInfo("the last %lld items pushed in %lld ms", rest, took.elapsed());
        last->write("quit\n");
        QVERIFY(last->waitForFinished(10000));
        everythingOnceAtHubAndBrand(hub, brand, brandDb, {a.get()}, made);
    }

    void aHubRestartedUnderLoadLosesNothing()
    {
        const int rounds = qEnvironmentVariableIsSet("VITRINE_RESTART_ROUNDS")
            ? qEnvironmentVariableIntValue("VITRINE_RESTART_ROUNDS")
            : 5;
        const QString brandDb = m_dir.filePath(QStringLiteral("brand-5.db"));
        BrandServerProcess brand(brandDb, kToken);
        QVERIFY(brand.port());
        HubProcess hub(
            {QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"), QStringLiteral("100")});
        QVERIFY(hub.running());
        const QString port = QString::number(hub.port());
        QVERIFY(pointAt(hub, brand));
        std::vector<std::unique_ptr<Screen>> screens;
        QList<Screen *> raw;
        QList<Booking> made;
        for (int i = 0; i < 3; ++i) {
            screens.push_back(keptScreen(hub));
            QVERIFY(screens.back());
            raw << screens.back().get();
            const QList<Booking> booked = book(*screens.back(), 20, 1 + 20 * i);
            QCOMPARE(booked.size(), 20);
            made << booked;
            QStringList events;
            QVERIFY(recordVisits(*screens.back(), rounds * 6, 40, &events));
        }
        std::vector<std::unique_ptr<QProcess>> pushers;
        for (Screen *s : raw) {
            pushers.push_back(pushing(*s));
            QVERIFY(pushers.back());
        }
        // Stopped (SIGTERM: the hub ends what it is doing and goes) while all three push, and
        // started again on the same address a moment later.
        QElapsedTimer took;
        took.start();
        int restarts = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 taken = hub.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong();
            waitFor([&] { return hub.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong() > taken; },
                    20000);
            QTest::qWait(int(QRandomGenerator::global()->bounded(20, 200)));
            hub.stop();
            QTest::qWait(int(QRandomGenerator::global()->bounded(100, 600)));
            QVERIFY(hub.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port}));
            ++restarts;
        }
        for (auto &p : pushers) {
            const QJsonObject end = pushed(*p);
            QCOMPARE(end.value(QLatin1String("pending")).toInt(-1), 0);
            p->write("quit\n");
            QVERIFY(p->waitForFinished(10000));
        }
        qInfo("the hub stopped and started %d times while 3 screens pushed; all delivered after %lld ms", restarts,
              took.elapsed());
        everythingOnceAtHubAndBrand(hub, brand, brandDb, raw, made);
    }

    /// A chain's two hub processes on one PostgreSQL server (hub/pg/tst_brandrelay). Screens pair
    /// and push through either. A slot raced through both goes once, and a screen waiting at the
    /// other hub hears it taken at once. The hub that relays to the brand is killed (-9) and
    /// started again while the screens push: the other relays on. Everything ends once in the
    /// hubs' database and once at the brand.
    void twoHubProcessesOnOneServerLoseAndDoubleNothing()
    {
        if (!HubProcess::onServer())
            QSKIP("two hub processes share a PostgreSQL server: hub/pg/tst_brandrelay runs this");
        const int rounds = qEnvironmentVariableIsSet("VITRINE_KILL_ROUNDS") ? qEnvironmentVariableIntValue("VITRINE_KILL_ROUNDS")
                                                                            : 8;
        const QString brandDb = m_dir.filePath(QStringLiteral("brand-6.db"));
        BrandServerProcess brand(brandDb, kToken);
        QVERIFY(brand.port());
        const QStringList options{QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--relay-every-ms"),
                                  QStringLiteral("100")};
        HubProcess a(options);
        QVERIFY(a.running());
        HubProcess b(HubProcess::Shared{a.databasePath()}, options);
        const QString bLog = m_dir.filePath(QStringLiteral("hub-b.log"));
        b.setLogFile(bLog);
        b.stop();
        QVERIFY(b.start());
        QVERIFY(pointAt(a, brand)); // kept in the database the two share: both know it
        const QString portA = QString::number(a.port());

        // Two screens at each hub, each with its own drives and visits.
        std::vector<std::unique_ptr<Screen>> screens;
        QList<Screen *> raw;
        QList<Booking> made;
        for (int i = 0; i < 4; ++i) {
            screens.push_back(keptScreen(i % 2 ? b : a));
            QVERIFY(screens.back());
            raw << screens.back().get();
            const QList<Booking> booked = book(*screens.back(), 12, 1 + 12 * i);
            QCOMPARE(booked.size(), 12);
            made << booked;
            QStringList events;
            QVERIFY(recordVisits(*screens.back(), qMin(rounds * 4, 40), 40, &events));
        }

        // The screens push through their hubs while the relaying hub (a, the first to take the
        // relay's lock) is killed again and again. A screen running low is given more visits, so
        // that every round finds pushes on the way however many rounds there are, while what is
        // left to deliver at the end stays bounded.
        std::vector<std::unique_ptr<QProcess>> pushers;
        for (Screen *s : raw) {
            pushers.push_back(pushing(*s));
            QVERIFY(pushers.back());
        }
        QElapsedTimer took;
        took.start();
        for (int round = 0; round < rounds; ++round) {
            const qint64 taken = a.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong();
            waitFor([&] { return a.value(QStringLiteral("SELECT count(*) FROM outbox_received")).toLongLong() > taken; }, 20000);
            QTest::qWait(int(QRandomGenerator::global()->bounded(10, 150)));
            a.kill();
            QTest::qWait(int(QRandomGenerator::global()->bounded(100, 400)));
            QVERIFY(a.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + portA}));
            for (Screen *s : raw) {
                if (screenCount(*s, QStringLiteral("state = 'pending'")) < 400) {
                    QStringList events;
                    QVERIFY(recordVisits(*s, 10, 40, &events));
                }
            }
        }
        for (auto &p : pushers) {
            const QJsonObject end = pushed(*p);
            QCOMPARE(end.value(QLatin1String("pending")).toInt(-1), 0);
            p->write("quit\n");
            QVERIFY(p->waitForFinished(10000));
        }
        // Visits given to a screen just as its push found its outbox empty go in one more push.
        for (Screen *s : raw) {
            if (screenCount(*s, QStringLiteral("state = 'pending'")) == 0)
                continue;
            auto last = pushing(*s);
            QVERIFY(last);
            QCOMPARE(pushed(*last).value(QLatin1String("pending")).toInt(-1), 0);
            last->write("quit\n");
            QVERIFY(last->waitForFinished(10000));
        }
        qint64 items = 0;
        for (Screen *s : raw)
            items += screenCount(*s, QStringLiteral("1"));
        qInfo("hub a killed -9 %d times while 4 screens pushed %lld items through a and b; all delivered after %lld ms", rounds,
              items, took.elapsed());
        everythingOnceAtHubAndBrand(a, brand, brandDb, raw, made);
        // b relayed while a was down (it took the relay's lock when a's connection went).
        QFile log(bLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("relays to the brand"), "hub b never took over the relay");

        // Then one slot, raced by screens at both hubs at once: one wins, whichever hub it came through.
        // A screen waiting for changes at the other hub (b) hears "slots" at once.
        HttpTestClient clientA(a.port()), clientB(b.port());
        clientA.useTls(a.fingerprint());
        clientB.useTls(b.fingerprint());
        const QByteArray tokenA = token(*raw.at(0)), tokenB = token(*raw.at(1));
        QString start;
        int capacity = 0;
        for (int day = 70; day < 90 && start.isEmpty(); ++day) {
            const auto offered = clientB.get("/v1/slots?studio=oslo&model=aster-5&date="
                                                 + QDate::currentDate().addDays(day).toString(Qt::ISODate).toLatin1(),
                                             tokenB);
            QCOMPARE(offered.status, 200);
            for (const auto &v : offered.json().value(QLatin1String("slots")).toArray())
                if (start.isEmpty() && v.toObject().value(QLatin1String("capacity")).toInt() > 0) {
                    start = v.toObject().value(QLatin1String("start")).toString();
                    capacity = v.toObject().value(QLatin1String("capacity")).toInt();
                }
        }
        QVERIFY2(!start.isEmpty(), "no free slot in the demo studio");
        const QString cursor = clientB.get("/v1/changes", tokenB).json().value(QLatin1String("cursor")).toString();
        HttpTestClient waiting(b.port(), QHostAddress(QStringLiteral("127.0.9.1")));
        waiting.useTls(b.fingerprint());
        QVERIFY(waiting.writeRaw("GET /v1/changes?wait=15000&cursor=" + QUrl::toPercentEncoding(cursor)
                                 + " HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + tokenB + "\r\n\r\n"));
        QTest::qWait(300); // parked at b
        std::vector<std::unique_ptr<HttpTestClient>> racers;
        const int racing = capacity + 7;
        for (int i = 0; i < racing; ++i) {
            HubProcess &at = i % 2 ? b : a;
            racers.push_back(std::make_unique<HttpTestClient>(at.port(), QHostAddress(QStringLiteral("127.0.9.%1").arg(i + 10))));
            racers.back()->useTls(at.fingerprint());
            QVERIFY(racers.back()->writeRaw({}));
        }
        for (int i = 0; i < racing; ++i) {
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("studio"), QStringLiteral("oslo")},
                                          {QStringLiteral("model"), QStringLiteral("aster-5")},
                                          {QStringLiteral("start"), start},
                                          {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                          {QStringLiteral("contact"),
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Racer ") + QChar(u'A' + i)},
                                                       {QStringLiteral("channel"), QStringLiteral("email")},
                                                       {QStringLiteral("value"), QStringLiteral("racer%1@fjordpost.no").arg(i)},
                                                       {QStringLiteral("privacyAccepted"), true}}}})
                    .toJson(QJsonDocument::Compact);
            QVERIFY(racers[size_t(i)]->writeRaw("POST /v1/bookings HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                                                "Authorization: Bearer "
                                                + (i % 2 ? tokenB : tokenA)
                                                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body));
        }
        QElapsedTimer heard;
        heard.start();
        int won = 0, wonAtB = 0;
        for (int i = 0; i < racing; ++i) {
            const auto r = racers[size_t(i)]->readNext(20000);
            QVERIFY2(r.status == 201 || r.status == 409, r.body.constData());
            if (r.status == 201) {
                ++won;
                wonAtB += i % 2;
            } else {
                QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("slot-taken"));
            }
        }
        QCOMPARE(won, capacity);
        const auto change = waiting.readNext(5000);
        QCOMPARE(change.status, 200);
        QVERIFY2(change.json().value(QLatin1String("topics")).toArray().contains(QStringLiteral("slots")),
                 change.body.constData());
        qInfo("one slot for %d raced by %d screens through two hub processes: %d won (%d at hub b); a screen at the other "
              "hub heard it within %lld ms of the answers",
              capacity, racing, won, wonAtB, heard.elapsed());
        QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM booking WHERE slot_start = '%1' AND state != 'cancelled'")
                             .arg(QDateTime::fromString(start, Qt::ISODate).toUTC().toString(Qt::ISODate)))
                     .toInt(),
                 capacity);
    }
};

QTEST_GUILESS_MAIN(TestBrandRelay)
#include "tst_brandrelay.moc"
