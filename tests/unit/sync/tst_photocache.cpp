// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/photocache.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QByteArray jpeg(int size, char fill)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(size - 4, fill);
}

int objects(const QString &folder)
{
    int n = 0;
    QDirIterator it(folder + QStringLiteral("/objects"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestPhotoCache : public QObject
{
    Q_OBJECT
private slots:
    void keepsEachPhotoOnceUnderItsHash()
    {
        QTemporaryDir dir;
        PhotoCache cache(dir.path(), 1 << 20);
        const QUrl a(QStringLiteral("https://cdn.example/a.jpg")), b(QStringLiteral("https://cdn.example/b.jpg?x=1"));
        QVERIFY(!cache.lookup(a));
        const auto pa = cache.store(a, jpeg(1000, 'a'));
        const auto pb = cache.store(b, jpeg(1000, 'a')); // the same photo under another address
        QVERIFY(pa && pb);
        QCOMPARE(*pa, *pb);
        QCOMPARE(objects(dir.path()), 1);
        QCOMPARE(cache.sizeBytes(), 1000);
        QCOMPARE(*cache.lookup(a), *pa);
        QFile f(*pa);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), jpeg(1000, 'a'));
        // A later run finds what an earlier one kept.
        PhotoCache again(dir.path(), 1 << 20);
        QCOMPARE(*again.lookup(b), *pa);
        QCOMPARE(again.sizeBytes(), 1000);
    }

    void keepsOnlyPictures()
    {
        QTemporaryDir dir;
        PhotoCache cache(dir.path());
        QString error;
        QVERIFY(!cache.store(QUrl(QStringLiteral("https://x/a")), "<html>login</html>", &error));
        QVERIFY(error.contains(QLatin1String("not a JPEG")));
        QVERIFY(!cache.store(QUrl(QStringLiteral("https://x/a.svg")), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        QVERIFY(PhotoCache::isPicture("\x89PNG\r\n\x1A\n...."));
        QVERIFY(PhotoCache::isPicture("GIF89a"));
        QVERIFY(PhotoCache::isPicture(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)));
        QVERIFY(!PhotoCache::isPicture(QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16)));
    }

    void leastRecentlyUsedGoFirst()
    {
        QTemporaryDir dir;
        PhotoCache cache(dir.path(), 3500);
        const auto url = [](int i) { return QUrl(QStringLiteral("https://cdn.example/%1.jpg").arg(i)); };
        for (int i = 0; i < 3; ++i) {
            QVERIFY(cache.store(url(i), jpeg(1000, char('a' + i))));
            QThread::msleep(20); // distinct use times
        }
        QVERIFY(cache.lookup(url(0))); // 0 is used again: 1 is now the oldest
        QThread::msleep(20);
        QVERIFY(cache.store(url(3), jpeg(1000, 'd')));
        QVERIFY(cache.sizeBytes() <= 3500);
        QVERIFY(cache.lookup(url(0)));
        QVERIFY(!cache.lookup(url(1)));
        QVERIFY(cache.lookup(url(2)));
        QVERIFY(cache.lookup(url(3)));
        // A smaller cap shrinks the cache at once; a photo larger than the cache is refused.
        cache.setCapBytes(1500);
        QVERIFY(cache.sizeBytes() <= 1500);
        QCOMPARE(objects(dir.path()), 1);
        QVERIFY(!cache.store(url(9), jpeg(2000, 'z')));
    }
};

QTEST_GUILESS_MAIN(TestPhotoCache)
#include "tst_photocache.moc"
