// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's API against a real vitrine-hub process: pairing, tokens, revocation, the studio's data
// with its ETag, rate limits and the answers to requests it refuses.

#include "httptestclient.h"
#include "hubprocess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <tuple>

class TestHubApi : public QObject
{
    Q_OBJECT

private:
    // Pairs a screen through the API; its token, or empty.
    QByteArray pairScreen(const QString &name)
    {
        const QString code = m_hub->pairingCode();
        if (code.isEmpty())
            return {};
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        const auto r = client.postJson("/v1/pair", {{QStringLiteral("code"), code}, {QStringLiteral("screenName"), name}});
        return r.status == 200 ? r.json().value(QLatin1String("token")).toString().toLatin1() : QByteArray();
    }

    // A loopback address of its own for each client, so the pairing limit per address (a
    // handful of attempts) is what a test of it meets, and nothing else.
    QHostAddress nextAddress() { return QHostAddress(QStringLiteral("127.0.1.%1").arg(++m_clients)); }

    std::unique_ptr<HubProcess> m_hub;
    int m_clients = 0;

private slots:
    void initTestCase()
    {
        m_hub = std::make_unique<HubProcess>();
        QVERIFY2(m_hub->running(), "vitrine-hub did not start");
        QCOMPARE(m_hub->fingerprint().size(), 64); // TLS unless told otherwise
    }
    void cleanupTestCase() { m_hub.reset(); }

    void pairingCodeWorksOnceAndTokenIsKeptHashed()
    {
        const QString code = m_hub->pairingCode();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$")).match(code).hasMatch(),
                 qPrintable(code));
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());

        // A code typed in lower case and without its hyphens is the same code.
        const QString typed = code.toLower().remove(QLatin1Char('-'));
        auto r = client.postJson(
            "/v1/pair", {{QStringLiteral("code"), typed}, {QStringLiteral("screenName"), QStringLiteral("Entrance left")}});
        QCOMPARE(r.status, 200);
        const QString screenId = r.json().value(QLatin1String("screenId")).toString();
        const QByteArray token = r.json().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(!screenId.isEmpty());
        QVERIFY(token.size() >= 40);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));

        // Single use: the same code again is refused, as a code never issued is.
        r = client.postJson("/v1/pair",
                            {{QStringLiteral("code"), code}, {QStringLiteral("screenName"), QStringLiteral("Second")}});
        QCOMPARE(r.status, 403);
        QVERIFY(!r.json().value(QLatin1String("error")).toString().isEmpty());

        // The token works, and it names its screen.
        r = client.get("/v1/health", token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("screenId")).toString(), screenId);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));

        // Neither the token nor the code is in the database's files, only their hashes.
        if (HubProcess::isServer(m_hub->databasePath())) {
            const QStringList stored = HubProcess::columnAt(
                m_hub->databasePath(),
                QStringLiteral("SELECT id || name || token_hash FROM hub_screens UNION ALL "
                               "SELECT code_hash FROM hub_pairing_codes"));
            QVERIFY(!stored.isEmpty());
            for (const QString &row : stored) {
                QVERIFY(!row.contains(QString::fromLatin1(token)));
                QVERIFY(!row.contains(code));
            }
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_hub->databasePath() + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(token));
            QVERIFY(!bytes.contains(code.toLatin1()));
        }
    }

    void screenPinsTheHubsCertificateWhenPairing()
    {
        // A screen pairing for the first time trusts what it sees, and is told what to pin.
        HttpTestClient first(m_hub->port(), nextAddress());
        first.useTls({});
        const auto r = first.postJson(
            "/v1/pair",
            {{QStringLiteral("code"), m_hub->pairingCode()}, {QStringLiteral("screenName"), QStringLiteral("Pinned")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(first.seenCertificate(), m_hub->fingerprint());
        QCOMPARE(r.json().value(QLatin1String("certificateSha256")).toString().toLatin1(), m_hub->fingerprint());
        const QByteArray token = r.json().value(QLatin1String("token")).toString().toLatin1();

        // From then on only that certificate is accepted: a hub with another one gets nothing.
        HttpTestClient pinned(m_hub->port(), nextAddress());
        pinned.useTls(m_hub->fingerprint());
        QCOMPARE(pinned.get("/v1/health", token).status, 200);
        HttpTestClient impostor(m_hub->port(), nextAddress());
        impostor.useTls(QByteArray(64, 'a'));
        QCOMPARE(impostor.get("/v1/health", token, {}, 3000).status, 0);

        // Plain HTTP to the TLS port: no answer, and the connection is closed at once.
        HttpTestClient plain(m_hub->port(), nextAddress());
        QElapsedTimer t;
        t.start();
        QCOMPARE(plain.get("/v1/health", token, {}, 3000).status, 0);
        QVERIFY(t.elapsed() < 2500);

        // The key is readable by the hub's user only.
        const QFileInfo key(m_hub->filesPath() + QStringLiteral(".hub-key.pem"));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
    }

    void expiredAndMalformedCodesAreRefused()
    {
        const QString code = m_hub->pairingCode(1);
        QVERIFY(!code.isEmpty());
        QThread::msleep(2100);
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        auto r = client.postJson("/v1/pair",
                                 {{QStringLiteral("code"), code}, {QStringLiteral("screenName"), QStringLiteral("Late")}});
        QCOMPARE(r.status, 403);

        r = client.postJson(
            "/v1/pair",
            {{QStringLiteral("code"), QStringLiteral("not a code")}, {QStringLiteral("screenName"), QStringLiteral("x")}});
        QCOMPARE(r.status, 403);
        r = client.send("POST", "/v1/pair", {"Content-Type: application/json"}, "{\"code\": 5}");
        QCOMPARE(r.status, 400);
        r = client.send("POST", "/v1/pair", {"Content-Type: text/plain"}, "hello");
        QCOMPARE(r.status, 415);
        r = client.get("/v1/pair");
        QCOMPARE(r.status, 405);
        // A name with control characters is refused before the code is spent.
        const QString good = m_hub->pairingCode();
        HttpTestClient another(m_hub->port(), nextAddress());
        another.useTls(m_hub->fingerprint());
        r = another.postJson("/v1/pair",
                             {{QStringLiteral("code"), good}, {QStringLiteral("screenName"), QStringLiteral("a\u0007b")}});
        QCOMPARE(r.status, 400);
        r = another.postJson("/v1/pair",
                             {{QStringLiteral("code"), good}, {QStringLiteral("screenName"), QStringLiteral("Workshop")}});
        QCOMPARE(r.status, 200);
    }

    void everyOtherRequestNeedsAValidToken()
    {
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        const auto missing = client.get("/v1/health");
        const auto wrong = client.get("/v1/health", "d3JvbmcgdG9rZW4gZm9yIHRoaXMgaHVi");
        const auto malformed = client.get("/v1/studio", {}, {"Authorization: Basic YTpi"});
        const auto unknownPath = client.get("/v1/secret-admin");
        for (const auto &r : {missing, wrong, malformed, unknownPath}) {
            QCOMPARE(r.status, 401);
            // No detail: the same words whatever was wrong, and a path that does not exist looks
            // like one that does.
            QCOMPARE(r.body, missing.body);
            QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        }
        const QByteArray token = pairScreen(QStringLiteral("Lounge"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(client.get("/v1/secret-admin", token).status, 404);
        QCOMPARE(client.send("DELETE", "/v1/studio", {"Authorization: Bearer " + token}, {}).status, 405);
    }

    void revokedTokenIsRefused()
    {
        const QByteArray token = pairScreen(QStringLiteral("Window display"));
        QVERIFY(!token.isEmpty());
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        QCOMPARE(client.get("/v1/health", token).status, 200);
        const QString screenId = client.get("/v1/health", token).json().value(QLatin1String("screenId")).toString();

        const auto listed = QJsonDocument::fromJson(m_hub->command({QStringLiteral("screens"), QStringLiteral("--json")}).out)
                                .array();
        bool found = false;
        for (const auto &v : listed)
            found = found
                || (v.toObject().value(QLatin1String("id")).toString() == screenId
                    && v.toObject().value(QLatin1String("revokedAt")).toString().isEmpty());
        QVERIFY(found);

        QCOMPARE(m_hub->command({QStringLiteral("revoke"), screenId}).exitCode, 0);
        QCOMPARE(client.get("/v1/health", token).status, 401);
        // Revoking twice says there was nothing to revoke.
        QVERIFY(m_hub->command({QStringLiteral("revoke"), screenId}).exitCode != 0);
        // The other screens are not affected.
        const QByteArray other = pairScreen(QStringLiteral("Bar"));
        QCOMPARE(client.get("/v1/health", other).status, 200);
    }

    void studioHasAStrongETag()
    {
        const QByteArray token = pairScreen(QStringLiteral("Catalog wall"));
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        auto r = client.get("/v1/studio", token);
        QCOMPARE(r.status, 200);
        const QByteArray tag = r.header("ETag");
        QVERIFY2(tag.startsWith('"') && tag.endsWith('"') && tag.size() > 10, tag.constData()); // strong: no W/
        const QJsonObject catalog = r.json().value(QLatin1String("catalog")).toObject();
        QVERIFY(!catalog.value(QLatin1String("studios")).toArray().isEmpty());
        QVERIFY(!catalog.value(QLatin1String("models")).toArray().isEmpty());

        r = client.get("/v1/studio", token, {"If-None-Match: " + tag});
        QCOMPARE(r.status, 304);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("ETag"), tag);
        r = client.get("/v1/studio", token, {"If-None-Match: \"other\", " + tag});
        QCOMPARE(r.status, 304);
        r = client.get("/v1/studio", token, {"If-None-Match: \"other\""});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), tag); // the same data, the same tag
    }

    void tooManyRequestsSayWhenToComeBack()
    {
        const QByteArray token = pairScreen(QStringLiteral("Busy tablet"));
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        int ok = 0, limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 120 && limited == 0; ++i) {
            const auto r = client.get("/v1/health", token);
            if (r.status == 200)
                ++ok;
            if (r.status == 429) {
                ++limited;
                retryAfter = r.header("Retry-After");
            }
        }
        QVERIFY2(limited > 0, "no 429 after 120 quick requests");
        QVERIFY(ok >= 20); // the burst was served
        QVERIFY(retryAfter.toInt() >= 1);
    }

    void pairingAttemptsPerAddressAreLimited()
    {
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        int refused = 0, limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 12; ++i) {
            const auto r = client.postJson("/v1/pair",
                                           {{QStringLiteral("code"), QStringLiteral("AAAA-AAAA-A")},
                                            {QStringLiteral("screenName"), QStringLiteral("Guesser")}});
            refused += r.status == 403;
            if (r.status == 429) {
                ++limited;
                retryAfter = r.header("Retry-After");
            }
        }
        QVERIFY(refused >= 1 && refused <= 6);
        QVERIFY(limited >= 6);
        QVERIFY(retryAfter.toInt() >= 1);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        const QByteArray token = pairScreen(QStringLiteral("Pipeline"));
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        const QByteArray health = "GET /v1/health HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + token + "\r\n";
        QVERIFY(client.writeRaw(health + "\r\n" + "GET /v1/nothing HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + token
                                + "\r\n\r\n" + health + "Connection: close\r\n\r\n"));
        QCOMPARE(client.readNext().status, 200);
        QCOMPARE(client.readNext().status, 404);
        const auto last = client.readNext();
        QCOMPARE(last.status, 200);
        QCOMPARE(last.header("Connection"), QByteArray("close"));
    }

    void expectContinueIsAnsweredBeforeTheBody()
    {
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        const QByteArray body = R"({"code":"AAAA-AAAA-A","screenName":"x"})";
        QVERIFY(
            client.writeRaw("POST /v1/pair HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                            "Content-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n"));
        QCOMPARE(client.readNext(3000).status, 100);
        QVERIFY(client.writeRaw(body));
        QCOMPARE(client.readNext().status, 403);
    }

    void malformedRequestsAreRefusedAndClosed()
    {
        HttpTestClient client(m_hub->port(), nextAddress());
        client.useTls(m_hub->fingerprint());
        QCOMPARE(client.send("GET", "/v1/health", {"Bad Header: x"}, {}).status, 400); // space in a name
        QCOMPARE(client.send("GET", "/v1/health", {"Transfer-Encoding: chunked"}, {}).status, 501);
        QCOMPARE(client.send("GET", "/v1/health", {"Content-Length: 1", "Content-Length: 2"}, "x").status, 400);
        QCOMPARE(client.send("POST", "/v1/pair", {"Content-Length: 2000000"}, {}).status, 413);
        QCOMPARE(client.send("GET", "/v1/health", {"X-Big: " + QByteArray(20000, 'a')}, {}).status, 431);
    }

    /// A server the hub cannot use is said in words a person can act on, and changes nothing.
    void aServerItCannotUseIsSaid()
    {
        if (!HubProcess::onServer())
            QSKIP("on PostgreSQL only: hub/pg/tst_hubapi runs this");
        const auto hub = [](const QStringList &arguments) {
            QProcess p;
            p.start(QStringLiteral(VITRINE_HUB_BIN), arguments);
            p.waitForFinished(30000);
            return std::pair<int, QString>{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        QTemporaryDir state;
        const QString portFree = QString::number(PgServer::shared().port() + 1);
        // No server there.
        int code = 0;
        QString said;
        std::tie(code, said) = hub({QStringLiteral("--db"), QStringLiteral("postgresql://vitrine@127.0.0.1:%1/hub").arg(portFree),
                                    QStringLiteral("--state"), state.path(), QStringLiteral("screens")});
        QCOMPARE(code, 2);
        QVERIFY2(said.contains(
                     QStringLiteral("PostgreSQL server at postgresql://vitrine@127.0.0.1:%1/hub cannot be used").arg(portFree)),
                 qPrintable(said));
        // A password is never repeated.
        std::tie(code, said) = hub({QStringLiteral("--db"),
                                    QStringLiteral("postgresql://vitrine:s3cret-pw@127.0.0.1:%1/hub").arg(portFree),
                                    QStringLiteral("--state"), state.path(), QStringLiteral("screens")});
        QCOMPARE(code, 2);
        QVERIFY(!said.contains(QStringLiteral("s3cret-pw")));
        // No such database on a running server.
        std::tie(code, said) = hub({QStringLiteral("--db"), PgServer::shared().url(QStringLiteral("nonesuch")),
                                    QStringLiteral("--state"), state.path(), QStringLiteral("screens")});
        QCOMPARE(code, 2);
        QVERIFY2(said.contains(QStringLiteral("nonesuch")) && said.contains(QStringLiteral("does not exist")), qPrintable(said));
        // A database that sorts text by a language's rules: refused, with how to make one that fits.
        {
            QSqlDatabase admin = HubProcess::connectTo(PgServer::shared().url(QStringLiteral("postgres")),
                                                       QStringLiteral("admin"));
            QVERIFY(admin.isOpen());
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE sorted TEMPLATE template0 LOCALE 'C.UTF-8'")))
                QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE sorted TEMPLATE template0 LOCALE 'en_US.UTF-8'")),
                         qPrintable(q.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        std::tie(code, said) = hub({QStringLiteral("--db"), PgServer::shared().url(QStringLiteral("sorted")),
                                    QStringLiteral("--state"), state.path(), QStringLiteral("screens")});
        QCOMPARE(code, 2);
        QVERIFY2(said.contains(QStringLiteral("createdb --locale=C")), qPrintable(said));
        QCOMPARE(HubProcess::valueAt(PgServer::shared().url(QStringLiteral("sorted")),
                                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                     .toInt(),
                 0);
        // A server without --state, and an address that is none.
        std::tie(code, said) = hub({QStringLiteral("--db"), m_hub->databasePath(), QStringLiteral("screens")});
        QCOMPARE(code, 64);
        QVERIFY2(said.contains(QStringLiteral("--state FOLDER")), qPrintable(said));
        std::tie(code, said) = hub({QStringLiteral("--db"), QStringLiteral("postgresql://nohost"), QStringLiteral("--state"),
                                    state.path(), QStringLiteral("screens")});
        QCOMPARE(code, 2);
        QVERIFY2(said.contains(QStringLiteral("not a PostgreSQL address")), qPrintable(said));
        // The hub at work on its server still serves.
        HttpTestClient client(m_hub->port());
        client.useTls(m_hub->fingerprint());
        QCOMPARE(client.get("/v1/health").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestHubApi)
#include "tst_hubapi.moc"
