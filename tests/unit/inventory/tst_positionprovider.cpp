// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventoryindex.h"
#include "inventory/positionprovider.h"

#include <QSignalSpy>
#include <QTest>

/// Position for distances: fixed on a kiosk, replayed from an NMEA log on a tablet demo.
class TestPositionProvider : public QObject
{
    Q_OBJECT
private slots:
    void fixed()
    {
        PositionProvider p;
        QSignalSpy spy(&p, &PositionProvider::positionChanged);
        p.useFixed(QGeoCoordinate(59.9127, 10.7461));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(p.position(), QGeoCoordinate(59.9127, 10.7461));
        p.useFixed(QGeoCoordinate(59.9127, 10.7461));
        QCOMPARE(spy.count(), 1); // no change, no signal
    }

    void nmeaReplayMovesTowardsLillestrom()
    {
        PositionProvider p;
        QSignalSpy spy(&p, &PositionProvider::positionChanged);
        QString error;
        QVERIFY2(p.useNmeaLog(QStringLiteral(VITRINE_SOURCE_DIR "/tests/unit/inventory/data/oslo-walk.nmea"), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 15000);
        const QGeoCoordinate first = spy.first().first().value<QGeoCoordinate>();
        const QGeoCoordinate last = spy.last().first().value<QGeoCoordinate>();
        QVERIFY(qAbs(first.latitude() - 59.9127) < 0.001);
        // Later fixes are closer to Lillestrøm than the first.
        QVERIFY(InventoryIndex::distanceKm(last.latitude(), last.longitude(), 59.9560, 11.0500)
                < InventoryIndex::distanceKm(first.latitude(), first.longitude(), 59.9560, 11.0500));
    }

    void missingLogIsAClearError()
    {
        PositionProvider p;
        QString error;
        QVERIFY(!p.useNmeaLog(QStringLiteral("/nonexistent/walk.nmea"), &error));
        QVERIFY(error.contains(QLatin1String("cannot read the NMEA log")));
    }
};

QTEST_GUILESS_MAIN(TestPositionProvider)
#include "tst_positionprovider.moc"
