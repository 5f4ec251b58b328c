// SPDX-License-Identifier: GPL-3.0-or-later
// The hub fetches the studio's sources once for all its screens: a dealer's feed on a test feed
// server is fetched by the hub, applied to its database and reported in its health, and the
// screens asking the hub cost the dealer's server nothing more.

#include "httptestclient.h"
#include "hubprocess.h"
#include "synctesting.h"

#include "storage/database.h"
#include "sync/syncrows.h"

#include <QTest>

class TestHubSync : public QObject
{
    Q_OBJECT

private slots:
    void sourcesAreFetchedOnceForTheStudio()
    {
        QTemporaryDir feeds;
        {
            QFile f(feeds.filePath(QStringLiteral("fjord.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(SyncTesting::googleCsv(6, 1));
        }
        FeedServerProcess dealer(feeds.path());
        QVERIFY(dealer.running());
        const QString url = dealer.url(QStringLiteral("fjord.csv"));

        HubProcess hub({QStringLiteral("--no-tls")}, [&url](const QString &path) {
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

        // Three screens.
        QList<QByteArray> tokens;
        for (int i = 0; i < 3; ++i) {
            HttpTestClient pairing(hub.port());
            const auto r = pairing.postJson("/v1/pair",
                                            {{QStringLiteral("code"), hub.pairingCode()},
                                             {QStringLiteral("screenName"), QStringLiteral("Screen %1").arg(i)}});
            QCOMPARE(r.status, 200);
            tokens << r.json().value(QLatin1String("token")).toString().toLatin1();
        }

        HttpTestClient client(hub.port());
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

        for (const QByteArray &token : tokens) {
            HttpTestClient screen(hub.port());
            QCOMPARE(screen.get("/v1/studio", token).status, 200);
            QCOMPARE(screen.get("/v1/health", token).status, 200);
        }
        int fetches = 0;
        for (const QJsonObject &request : dealer.takeRequests())
            fetches += request.value(QLatin1String("path")).toString().endsWith(QLatin1String("fjord.csv"));
        QCOMPARE(fetches, 1);
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "tst_hubsync.moc"
