// SPDX-License-Identifier: GPL-3.0-or-later
// A stock car's photos on the visitor's phone, served by a real hub from a dealer's picture host
// the test runs on 127.0.0.1: the first view shows the drawing and has the hub fetch the photos;
// the next one shows them, scaled for a phone, from the hub's own address with an ETag; a broken
// link keeps the drawing and is not fetched again at once; a photo is given only for a car in
// stock, by its index; a car that left the stock is sold, without photos.

#include "httptestclient.h"
#include "hubprocess.h"
#include "picturehost.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray vitrinectl(const QString &db, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.setProgram(QStringLiteral(VITRINECTL_BIN));
    p.setArguments(QStringList{QStringLiteral("--db"), db} + arguments);
    p.start();
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

/// Something like a photo (a sky, a road, a car-sized shape and the grain of a camera), so the
/// bytes measured are near a real photo's rather than those of a flat colour.
QByteArray picture(int width, int height, const char *format, QColor body)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, QColor(120, 160, 210));
    sky.setColorAt(0.6, QColor(220, 225, 230));
    sky.setColorAt(0.61, QColor(90, 90, 95));
    sky.setColorAt(1, QColor(50, 50, 55));
    p.fillRect(image.rect(), sky);
    p.setRenderHint(QPainter::Antialiasing);
    // Trees and buildings behind the car: the detail that makes a photo's bytes.
    QRandomGenerator scene(7);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < width * 4; ++i) {
        p.setBrush(QColor(int(scene.bounded(40, 120)), int(scene.bounded(60, 150)), int(scene.bounded(30, 90))));
        const double r = width * (0.002 + scene.bounded(0.008));
        p.drawEllipse(QPointF(scene.bounded(double(width)), height * (0.3 + scene.bounded(0.3))), r, r);
    }
    p.setBrush(body);
    p.drawRoundedRect(QRectF(width * 0.15, height * 0.4, width * 0.7, height * 0.25), width * 0.05, width * 0.05);
    p.setBrush(QColor(20, 20, 20));
    p.drawEllipse(QPointF(width * 0.3, height * 0.65), width * 0.07, width * 0.07);
    p.drawEllipse(QPointF(width * 0.7, height * 0.65), width * 0.07, width * 0.07);
    p.end();
    QRandomGenerator grain(42);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int d = int(grain.bounded(13)) - 6;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + d, 255), qBound(0, qGreen(c) + d, 255), qBound(0, qBlue(c) + d, 255));
        }
    }
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    image.save(&out, format, 92);
    return bytes;
}

/// The VIN with its North-American check digit (position 9) made right.
QString withCheckDigit(QString vin)
{
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ");
    static const int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    static const int weights[] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = vin.at(i);
        sum += (c.isDigit() ? c.digitValue() : values[letters.indexOf(c)]) * weights[i];
    }
    vin[8] = sum % 11 == 10 ? QLatin1Char('X') : QChar(QLatin1Char('0' + sum % 11));
    return vin;
}

QJsonObject feed(const QJsonArray &vehicles, const QJsonArray &deleted = {})
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("source"), QStringLiteral("demo")},
                       {QStringLiteral("mode"), QStringLiteral("delta")},
                       {QStringLiteral("generated"), QStringLiteral("2026-12-01T10:00:00Z")},
                       {QStringLiteral("vehicles"), vehicles},
                       {QStringLiteral("deleted"), deleted}};
}

bool import(const QString &db, const QJsonObject &feed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(feed).toJson());
    f.close();
    int exit = -1;
    vitrinectl(db, {QStringLiteral("import"), path}, &exit);
    return exit == 0;
}

QList<QRegularExpressionMatch> images(const QByteArray &page)
{
    static const QRegularExpression img(QStringLiteral("<img[^>]*>"));
    QList<QRegularExpressionMatch> out;
    for (auto it = img.globalMatch(QString::fromUtf8(page)); it.hasNext();)
        out << it.next();
    return out;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral(" %1=\"([^\"]*)\"").arg(name));
    return re.match(tag).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

class TestPhonePhotos : public QObject
{
    Q_OBJECT

private:
    /// The car page, asked for calmly (the phone pages allow ten a second per address) until
    /// `until` holds or the time is up; the last page seen.
    static QByteArray pageUntil(HttpTestClient &client, const QByteArray &path,
                                const std::function<bool(const QByteArray &)> &until, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        QByteArray body;
        do {
            QTest::qWait(300); // the picture host answers the hub meanwhile
            body = client.get(path).body;
        } while (!until(body) && t.elapsed() < timeoutMs);
        return body;
    }

private slots:
    void aStockCarShowsItsDealersPhotos()
    {
        PictureHost host;
        QVERIFY(host.isListening());
        const QByteArray big = picture(2400, 1600, "JPEG", QColor(150, 20, 30));
        host.set("/cars/a0.jpg", {200, "image/jpeg", big});
        host.set("/cars/a1.png", {200, "image/png", picture(1600, 1200, "PNG", QColor(20, 60, 150))});
        host.set("/cars/a2.jpg", {200, "image/jpeg", picture(800, 600, "JPEG", QColor(30, 120, 40))});
        host.set("/cars/a3.jpg", {200, "image/jpeg", picture(1200, 800, "JPEG", QColor(200, 200, 200))});
        host.set("/cars/a4.jpg", {200, "image/jpeg", picture(1200, 800, "JPEG", QColor(10, 10, 10))});
        host.set("/cars/page.html", {200, "text/html", "<!doctype html><p>moved</p>"});

        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync"), QStringLiteral("--public-url"),
                        QStringLiteral("https://studio.example")});
        QVERIFY(hub.running());
        const QJsonArray stock = QJsonDocument::fromJson(
                                     vitrinectl(hub.databasePath(), {QStringLiteral("export"), QStringLiteral("--json")}))
                                     .object()
                                     .value(QLatin1String("vehicles"))
                                     .toArray();
        QVERIFY(stock.size() > 2);
        // Two of the demo's cars again under new ids and VINs, with a dealer's photos: five
        // good ones, and two links that give no picture (gone, and a web page).
        QJsonObject a = stock.at(0).toObject();
        const QString plainVin = stock.at(2).toObject().value(QLatin1String("vin")).toString();
        const QString vinA = withCheckDigit(a.value(QLatin1String("vin")).toString().left(11) + QStringLiteral("900001"));
        a.insert(QStringLiteral("id"), QStringLiteral("photo-car-a"));
        a.insert(QStringLiteral("vin"), vinA);
        QJsonArray aImages;
        for (const char *p : {"/cars/a0.jpg", "/cars/a1.png", "/cars/a2.jpg", "/cars/a3.jpg", "/cars/a4.jpg"})
            aImages.append(host.url(p));
        a.insert(QStringLiteral("images"), aImages);
        QJsonObject b = stock.at(1).toObject();
        const QString vinB = withCheckDigit(b.value(QLatin1String("vin")).toString().left(11) + QStringLiteral("900002"));
        b.insert(QStringLiteral("id"), QStringLiteral("photo-car-b"));
        b.insert(QStringLiteral("vin"), vinB);
        b.insert(QStringLiteral("images"), QJsonArray{host.url("/cars/gone.jpg"), host.url("/cars/page.html")});
        QVERIFY(import(hub.databasePath(), feed({a, b})));

        HttpTestClient client(hub.port());
        const QByteArray pathA = "/p/car/" + vinA.toLatin1() + "?lang=en";
        // The first view: the drawing, at once (the page never waits for the dealer's host) …
        const auto first = client.get(pathA);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.body.contains("/p/photo/"));
        QVERIFY(first.body.contains("<img class=\"car\" width=\"1600\" height=\"700\" src=\"/p/draw/"));
        QVERIFY(first.body.contains("property=\"og:image\" content=\"https://studio.example/p/draw/"));
        // … and the photos it shows are fetched for the next visitor, only those.
        QTRY_VERIFY_WITH_TIMEOUT(host.hits("/cars/a0.jpg") == 1 && host.hits("/cars/a3.jpg") == 1, 15000);

        const QByteArray photoA = "/p/photo/" + vinA.toLatin1() + "/";
        const QByteArray page = pageUntil(client, pathA, [&](const QByteArray &body) {
            return body.contains(photoA + "0.jpg") && body.contains(photoA + "1-small.jpg")
                && body.contains(photoA + "2-small.jpg") && body.contains(photoA + "3-small.jpg");
        });
        QVERIFY2(page.contains(photoA + "0.jpg"), page.constData());
        QCOMPARE(host.hits("/cars/a4.jpg"), 0); // the page shows four
        const auto tags = images(page);
        QCOMPARE(tags.size(), 4);
        const QString large = tags.at(0).captured(0);
        QVERIFY2(large.startsWith(QLatin1String("<img class=\"car\"")), qPrintable(large));
        QVERIFY(attribute(large, QStringLiteral("src")).startsWith(QString::fromLatin1(photoA + "0.jpg?v=")));
        QVERIFY2(attribute(large, QStringLiteral("alt")).startsWith(QLatin1String("Photo of ")), qPrintable(large));
        QVERIFY(!large.contains(QLatin1String("loading=")));
        QVERIFY(page.contains("property=\"og:image\" content=\"https://studio.example" + photoA + "0.jpg?v="));
        for (int i = 1; i < 4; ++i) {
            const QString small = tags.at(i).captured(0);
            QVERIFY2(small.contains(QLatin1String("loading=\"lazy\"")), qPrintable(small));
            QVERIFY(attribute(small, QStringLiteral("src"))
                        .startsWith(QString::fromLatin1(photoA) + QString::number(i) + QStringLiteral("-small.jpg?v=")));
            QVERIFY(attribute(small, QStringLiteral("alt")).startsWith(QStringLiteral("Photo %1 of 5: ").arg(i + 1)));
        }

        // Each photo from the hub: a JPEG no wider than a phone needs, of the size the page says
        // (the small ones smaller still).
        const QList<QSize> expected{{960, 640}, {360, 270}, {360, 270}, {360, 240}};
        qint64 photoBytes = 0, smallBytes = 0;
        for (int i = 0; i < 4; ++i) {
            const QString tag = tags.at(i).captured(0);
            const auto r = client.get(attribute(tag, QStringLiteral("src")).toLatin1());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
            QVERIFY(r.header("Cache-Control").contains("max-age=31536000"));
            QVERIFY(!r.header("ETag").isEmpty());
            const QImage shown = QImage::fromData(r.body, "JPEG");
            QCOMPARE(shown.size(), expected.at(i));
            QCOMPARE(QSize(attribute(tag, QStringLiteral("width")).toInt(), attribute(tag, QStringLiteral("height")).toInt()),
                     shown.size());
            if (i > 0)
                smallBytes += r.body.size();
            if (i == 0) {
                photoBytes = r.body.size();
                // The colour of the car survived the scaling (it is that photo, not another).
                const QColor middle = shown.pixelColor(480, 330);
                QVERIFY2(middle.red() > 110 && middle.green() < 60, qPrintable(middle.name()));
                // Cached by the phone: the same photo again is a 304 without a body.
                const auto again = client.get(attribute(tag, QStringLiteral("src")).toLatin1(), {},
                                              {"If-None-Match: " + r.header("ETag")});
                QCOMPARE(again.status, 304);
                QVERIFY(again.body.isEmpty());
                // Without its version (an old link), the same photo, kept a day only.
                const auto unversioned = client.get(photoA + "0.jpg");
                QCOMPARE(unversioned.status, 200);
                QCOMPARE(unversioned.header("ETag"), r.header("ETag"));
                QVERIFY(unversioned.header("Cache-Control").contains("max-age=86400"));
                // A query naming another picture changes nothing: the hub serves the stock's photo.
                QCOMPARE(client.get(photoA + "0.jpg?url=" + host.url("/cars/a4.jpg").toLatin1()).body, r.body);
            }
        }
        // Each held large too (the first photo, should the first link break), the smaller as it was.
        QCOMPARE(QImage::fromData(client.get(photoA + "1.jpg").body).size(), QSize(960, 720));
        QCOMPARE(QImage::fromData(client.get(photoA + "2.jpg").body).size(), QSize(800, 600));
        qInfo("car page %lld bytes of HTML with photos (%lld before), its first photo %lld bytes (from %lld bytes "
              "at 2400x1600), the small ones %lld bytes",
              qint64(page.size()), qint64(first.body.size()), photoBytes, qint64(big.size()), smallBytes);
        // The phone pages' budget (150 kB for a page and what it shows first) holds.
        QVERIFY(page.size() < 32 * 1024);
        QVERIFY(page.size() + photoBytes <= 150 * 1024);
        // The scaled photos are kept beside the hub's database.
        QDirIterator held(QFileInfo(hub.databasePath()).absoluteDir().filePath(QStringLiteral("hub-photos/objects")), QDir::Files,
                          QDirIterator::Subdirectories);
        QVERIFY(held.hasNext());

        // Broken links: the drawing stays, and they are not asked for again at every view.
        const QByteArray pathB = "/p/car/" + vinB.toLatin1() + "?lang=de";
        QVERIFY(client.get(pathB).body.contains("src=\"/p/draw/"));
        QTRY_VERIFY_WITH_TIMEOUT(host.hits("/cars/gone.jpg") == 1 && host.hits("/cars/page.html") == 1, 15000);
        QTest::qWait(1500);
        const auto b2 = client.get(pathB);
        QCOMPARE(b2.status, 200);
        QVERIFY(b2.body.contains("src=\"/p/draw/"));
        QVERIFY(!b2.body.contains("/p/photo/"));
        QTest::qWait(1000);
        QCOMPARE(host.hits("/cars/gone.jpg"), 1);
        QCOMPARE(host.hits("/cars/page.html"), 1);

        // Only a car in stock, by the index of one of its photos the hub holds; nothing else.
        HttpTestClient other(hub.port(), QHostAddress(QStringLiteral("127.0.7.9")));
        const QByteArray photoB = "/p/photo/" + vinB.toLatin1() + "/";
        for (const QByteArray &path :
             {photoB + "0.jpg", photoB + "1.jpg", photoA + "4.jpg", photoA + "5.jpg", photoA + "99.jpg", photoA + "100.jpg",
              photoA + "0.png", photoA + "0", photoA + "x.jpg", photoA + "0-large.jpg", photoA + "4-small.jpg", photoA + "-1.jpg",
              photoA + "0.jpg/1", QByteArray("/p/photo/") + vinA.toLatin1(), QByteArray("/p/photo/WVWZZZ1JZXW000001/0.jpg"),
              "/p/photo/" + plainVin.toLatin1() + "/0.jpg", QByteArray("/p/photo/%2e%2e/0.jpg"),
              QByteArray("/p/photo/") + host.url("/cars/a0.jpg").toLatin1().toPercentEncoding()}) {
            const auto r = other.get(path);
            QVERIFY2(r.status == 404, path.constData());
            QVERIFY(!r.header("Content-Type").startsWith("image/"));
        }
        QCOMPARE(other.send("POST", photoA + "0.jpg", {"Content-Type: application/x-www-form-urlencoded"}, "a=b").status, 405);
        QCOMPARE(other.get(photoA + "0.jpg?lang=en&q=" + QByteArray(600, 'a')).status, 414);

        // Sold: the page says so and shows no photo; its photos are no longer given.
        QVERIFY(import(hub.databasePath(),
                       feed({},
                            QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("vehicle")},
                                                   {QStringLiteral("id"), QStringLiteral("photo-car-a")}}})));
        QTest::qWait(5500); // the hub reads the stock again after a few seconds
        const auto sold = client.get(pathA);
        QCOMPARE(sold.status, 410);
        QVERIFY(sold.body.contains("This car has been sold"));
        QVERIFY(!sold.body.contains("/p/photo/"));
        QCOMPARE(client.get(photoA + "0.jpg").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestPhonePhotos)
#include "tst_phonephotos.moc"
