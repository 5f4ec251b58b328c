// SPDX-License-Identifier: GPL-3.0-or-later
// The hub fetches the studio's sources once for all its screens: a dealer's feed on a test feed
// server is fetched by the hub, applied to its database and reported in its health, and passed on
// to the screens (GET /v1/sources/<id>/feed); screens taking it from the hub, with their real
// SourceSyncer, cost the dealer's server nothing more. A source the hub does not fetch is fetched
// by the screen itself; a hub showing another certificate than the one pinned gives nothing.

#include "httptestclient.h"
#include "hubprocess.h"
#include "synctesting.h"

#include "storage/database.h"
#include "sync/syncrows.h"

#include <QTest>

class TestHubSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

private slots:
    void initTestCase()
    {
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        QVERIFY(SyncTesting::makeTemplate(m_template));
    }

    void sourcesAreFetchedOnceForTheStudio()
    {
        QTemporaryDir feeds;
        const QByteArray fjordFeed = SyncTesting::googleCsv(6, 1);
        {
            QFile f(feeds.filePath(QStringLiteral("fjord.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fjordFeed);
        }
        FeedServerProcess dealer(feeds.path());
        QVERIFY(dealer.running());
        const QString url = dealer.url(QStringLiteral("fjord.csv"));

        HubProcess hub({}, [&url](const QString &path) {
            {
                if (!Database::open(path, QStringLiteral("prepare")).ok())
                    return;
                FeedSource source;
                source.id = QStringLiteral("fjord");
                source.name = QStringLiteral("Fjord Bil");
                source.url = QUrl(url);
                SyncRows(QSqlDatabase::database(QStringLiteral("prepare"))).saveLocal(source);
            }
            Database::close(QStringLiteral("prepare"));
        });
        QVERIFY(hub.running());
        const QByteArray pin = hub.fingerprint();
        QVERIFY(!pin.isEmpty());

        // Three screens.
        QList<QByteArray> tokens;
        QStringList screenIds;
        for (int i = 0; i < 3; ++i) {
            HttpTestClient pairing(hub.port());
            pairing.useTls(pin);
            const auto r = pairing.postJson("/v1/pair",
                                            {{QStringLiteral("code"), hub.pairingCode()},
                                             {QStringLiteral("screenName"), QStringLiteral("Screen %1").arg(i)}});
            QCOMPARE(r.status, 200);
            tokens << r.json().value(QLatin1String("token")).toString().toLatin1();
            screenIds << r.json().value(QLatin1String("screenId")).toString();
        }

        HttpTestClient client(hub.port());
        client.useTls(pin);
        QJsonObject fjord;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            fjord = client.get("/v1/health", tokens.first())
                        .json()
                        .value(QLatin1String("sources"))
                        .toObject()
                        .value(QLatin1String("fjord"))
                        .toObject();
            if (!fjord.isEmpty())
                break;
            QTest::qWait(200);
        }
        QCOMPARE(fjord.value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(fjord.value(QLatin1String("carsWritten")).toInt(), 6);

        // The feed as the hub applied it, byte for byte, with a tag that makes the next ask a 304.
        const auto feed = client.get("/v1/sources/fjord/feed", tokens.first());
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.body, fjordFeed);
        const QByteArray tag = feed.header("ETag");
        QVERIFY(tag.startsWith('"'));
        const auto again = client.get("/v1/sources/fjord/feed", tokens.at(1), {"If-None-Match: " + tag});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        // A source the hub does not fetch, one that cannot be a source, no token, a write.
        QCOMPARE(client.get("/v1/sources/corner/feed", tokens.first()).json().value(QLatin1String("code")).toString(),
                 QStringLiteral("unknown-source"));
        QCOMPARE(client.get("/v1/sources/%2E%2E%2Fhub.db/feed", tokens.first()).status, 404);
        QCOMPARE(client.get("/v1/sources/fjord/feed").status, 401);
        QCOMPARE(client.get("/v1/sources/fjord/feed", "not-a-token").status, 401);
        QCOMPARE(client.send("DELETE", "/v1/sources/fjord/feed", {"Authorization: Bearer " + tokens.first()}, {}).status, 405);

        for (const QByteArray &token : tokens) {
            HttpTestClient screen(hub.port());
            screen.useTls(pin);
            QCOMPARE(screen.get("/v1/studio", token).status, 200);
            QCOMPARE(screen.get("/v1/health", token).status, 200);
        }

        // Two screens take their sources as a paired screen does: "fjord" from the hub, "corner"
        // (which the hub does not fetch) from the screen's own feed server.
        QUrl hubUrl;
        hubUrl.setScheme(QStringLiteral("https"));
        hubUrl.setHost(QStringLiteral("127.0.0.1"));
        hubUrl.setPort(hub.port());
        for (int i = 0; i < 2; ++i) {
            SyncTesting::Bed screen(m_template, QStringLiteral("screen%1").arg(i));
            QVERIFY(screen.ok());
            screen.write(QStringLiteral("corner.csv"), SyncTesting::googleCsv(2, 500));
            QVERIFY(screen.source(QStringLiteral("fjord"), url));
            QVERIFY(screen.source(QStringLiteral("corner"), screen.server().url(QStringLiteral("corner.csv"))));
            screen.syncer().setHub({hubUrl, screenIds.at(i), tokens.at(i), pin});

            const auto taken = screen.run(QStringLiteral("fjord"));
            QVERIFY(taken);
            QVERIFY2(taken->applied, qPrintable(taken->state.error.text));
            QCOMPARE(screen.liveCars(QStringLiteral("fjord")), 6);
            const auto corner = screen.run(QStringLiteral("corner"));
            QVERIFY(corner);
            QVERIFY2(corner->applied, qPrintable(corner->state.error.text));
            QCOMPARE(screen.liveCars(QStringLiteral("corner")), 2);
            int cornerFetches = 0;
            for (const QJsonObject &request : screen.server().takeRequests())
                cornerFetches += request.value(QLatin1String("path")).toString().endsWith(QLatin1String("corner.csv"));
            QCOMPARE(cornerFetches, 1);
            // Asked again: the hub's copy has not changed, so nothing is imported.
            const auto unchanged = screen.run(QStringLiteral("fjord"));
            QVERIFY(unchanged);
            QCOMPARE(unchanged->state.outcome, SourceState::Outcome::Unchanged);
            QVERIFY(!unchanged->applied);
        }

        // A screen pinned to another certificate takes nothing from this hub.
        {
            SyncTesting::Bed stranger(m_template, QStringLiteral("stranger"));
            QVERIFY(stranger.ok());
            QVERIFY(stranger.source(QStringLiteral("fjord"), url));
            stranger.syncer().setHub({hubUrl, screenIds.at(2), tokens.at(2), QByteArray(64, 'a')});
            const auto refused = stranger.run(QStringLiteral("fjord"));
            QVERIFY(refused);
            QVERIFY(!refused->applied);
            QCOMPARE(refused->state.error.kind, SyncError::Kind::Certificate);
            QCOMPARE(stranger.liveCars(QStringLiteral("fjord")), 0);
        }

        int fetches = 0;
        for (const QJsonObject &request : dealer.takeRequests())
            fetches += request.value(QLatin1String("path")).toString().endsWith(QLatin1String("fjord.csv"));
        QCOMPARE(fetches, 1);
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "tst_hubsync.moc"
