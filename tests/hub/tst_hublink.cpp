// SPDX-License-Identifier: GPL-3.0-or-later
// A screen's HubLink against real hubs: pairing pins the hub's certificate, the studio's data comes
// with an ETag and then as "not modified", another hub (another certificate) is refused, and a
// revoked screen is told so. The pairing survives in Settings.

#include "hubprocess.h"

#include "storage/database.h"
#include "storage/settings.h"
#include "sync/hublink.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(HubLink::Answer)

class TestHubLink : public QObject
{
    Q_OBJECT

private:
    static HubLink::Answer wait(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(20000))
            return {};
        return spy.takeFirst().at(0).value<HubLink::Answer>();
    }
    static QUrl urlOf(const HubProcess &hub) { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(hub.port())); }

private slots:
    void initTestCase() { qRegisterMetaType<HubLink::Answer>(); }

    void pairsPinsAndFetchesWithETag()
    {
        HubProcess hub;
        QVERIFY(hub.running());
        QNetworkAccessManager network;
        HubLink link(&network);
        QSignalSpy paired(&link, &HubLink::paired);
        QSignalSpy fetched(&link, &HubLink::studioFetched);

        link.pair(urlOf(hub), QStringLiteral("AAAA-AAAA-A"), QStringLiteral("Entrance"));
        auto a = wait(paired);
        QCOMPARE(a.outcome, HubLink::Outcome::Refused); // not a code the hub gave
        QVERIFY(!a.error.isEmpty());
        QVERIFY(!link.pairing().valid());

        link.pair(urlOf(hub), hub.pairingCode(), QStringLiteral("Entrance"));
        a = wait(paired);
        QCOMPARE(a.outcome, HubLink::Outcome::Ok);
        QVERIFY(link.pairing().valid());
        QCOMPARE(link.pairing().certificateSha256, hub.fingerprint());
        QVERIFY(a.body.isEmpty()); // the token is not handed around in answers

        link.fetchStudio({});
        a = wait(fetched);
        QCOMPARE(a.outcome, HubLink::Outcome::Ok);
        QVERIFY(!QJsonDocument::fromJson(a.body).object().value(QLatin1String("catalog")).toObject().isEmpty());
        const QByteArray etag = a.etag;
        QVERIFY(!etag.isEmpty());
        link.fetchStudio(etag);
        a = wait(fetched);
        QCOMPARE(a.outcome, HubLink::Outcome::NotModified);

        // Kept in the screen's settings, and read back the same.
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("screen.db")), QStringLiteral("screen")).ok());
        {
            Settings settings(QSqlDatabase::database(QStringLiteral("screen")));
            QVERIFY(HubLink::save(settings, link.pairing()));
            const auto back = HubLink::load(settings);
            QVERIFY(back && back->valid());
            QCOMPARE(back->token, link.pairing().token);
            QCOMPARE(back->certificateSha256, link.pairing().certificateSha256);
            QCOMPARE(back->hub, link.pairing().hub);
        }
        Database::close(QStringLiteral("screen"));

        // Another hub on the same address and port would have another certificate: the pinned
        // link refuses it before sending its token. Here: the pairing pointed at a second hub.
        HubProcess impostor;
        QVERIFY(impostor.running());
        QVERIFY(impostor.fingerprint() != hub.fingerprint());
        HubLink::Pairing moved = link.pairing();
        moved.hub = urlOf(impostor);
        HubLink other(&network);
        other.setPairing(moved);
        QSignalSpy otherFetched(&other, &HubLink::studioFetched);
        other.fetchStudio({});
        a = wait(otherFetched);
        QCOMPARE(a.outcome, HubLink::Outcome::WrongCertificate);

        // Revoked: the screen is told to pair again.
        QCOMPARE(hub.command({QStringLiteral("revoke"), link.pairing().screenId}).exitCode, 0);
        link.fetchStudio({});
        a = wait(fetched);
        QCOMPARE(a.outcome, HubLink::Outcome::Unauthorized);
    }

    void anUnreachableHubIsAFailureToRetry()
    {
        QNetworkAccessManager network;
        HubLink link(&network);
        link.setTimeout(std::chrono::milliseconds(3000));
        link.setPairing({QUrl(QStringLiteral("https://127.0.0.1:1")), QStringLiteral("s"), "t", QByteArray(64, 'a')});
        QSignalSpy fetched(&link, &HubLink::studioFetched);
        link.fetchStudio({});
        const auto a = wait(fetched);
        QCOMPARE(a.outcome, HubLink::Outcome::Failed);
        QVERIFY(!a.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHubLink)
#include "tst_hublink.moc"
