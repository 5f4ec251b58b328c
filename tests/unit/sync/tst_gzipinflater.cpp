// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipwriter.h"
#include "sync/gzipinflater.h"

#include <QTest>

namespace {

QByteArray gzip(const QByteArray &data)
{
    return gzipBytes(data, 9);
}

} // namespace

class TestGzipInflater : public QObject
{
    Q_OBJECT
private slots:
    void unpacksOneOrSeveralMembers()
    {
        const QByteArray feed = QByteArray("vehicle_id,vin\n").repeated(5000);
        auto r = GzipInflater::inflate(gzip(feed), 1 << 20);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.bytes, feed);
        r = GzipInflater::inflate(gzip("abc") + gzip("def"), 100);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.bytes, QByteArray("abcdef"));
        r = GzipInflater::inflate(gzip(QByteArray()), 100);
        QVERIFY(r.ok);
        QVERIFY(r.bytes.isEmpty());
    }

    void refusesABombWithoutUnpackingIt()
    {
        // 64 MB of zeros packs into about 64 KB.
        const QByteArray bomb = gzip(QByteArray(64 << 20, '\0'));
        QVERIFY(bomb.size() < 200000);
        const auto r = GzipInflater::inflate(bomb, 1 << 20);
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QLatin1String("more than 1 MB")), qPrintable(r.problem));
        QVERIFY(r.bytes.isEmpty());
    }

    void damagedOrCutOffOrNotGzip()
    {
        const QByteArray packed = gzip(QByteArray("hello, feed").repeated(100));
        auto r = GzipInflater::inflate(packed.left(packed.size() / 2), 1 << 20);
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QLatin1String("cut off")), qPrintable(r.problem));
        QByteArray damaged = packed;
        damaged[damaged.size() - 6] = char(damaged[damaged.size() - 6] ^ 0x55); // the CRC no longer matches
        QVERIFY(!GzipInflater::inflate(damaged, 1 << 20).ok);
        QVERIFY(!GzipInflater::inflate(packed + "junk", 1 << 20).ok);
        QVERIFY(!GzipInflater::inflate("plain text", 1 << 20).ok);
        QVERIFY(!GzipInflater::isGzip("\x1f"));
        QVERIFY(GzipInflater::isGzip(packed));
    }
};

QTEST_GUILESS_MAIN(TestGzipInflater)
#include "tst_gzipinflater.moc"
