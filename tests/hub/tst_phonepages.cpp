// SPDX-License-Identifier: GPL-3.0-or-later
// The pages a visitor's phone opens from the kiosk's QR codes, served by a real hub without a
// screen's token: a build, a car in stock (and one sold), a test drive with its calendar file, a
// move, a cancellation and an erasure; every change refused without the right contact, with the
// same answer for a code that does not exist; changes rate-limited; pages cached by ETag; bad
// input refused.

#include "httptestclient.h"
#include "hubprocess.h"
#include "phonehtml.h"

#include "catalog/catalogrows.h"
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

struct Drive {
    QString code;
    QString studio;
    QString start;
};

} // namespace

class TestPhonePages : public QObject
{
    Q_OBJECT

private:
    /// A booking made as a screen makes it, on the hub's own database: at Oslo, a week ahead.
    Drive book(const HubProcess &hub, const QString &phone, int dayOffset)
    {
        for (int day = dayOffset; day < dayOffset + 10; ++day) {
            const QString date = QDate::currentDate().addDays(day).toString(Qt::ISODate);
            const QJsonObject daySlots = QJsonDocument::fromJson(
                                             vitrinectl(hub.databasePath(),
                                                        {QStringLiteral("slots"), QStringLiteral("--studio"),
                                                         QStringLiteral("oslo"), QStringLiteral("--model"),
                                                         QStringLiteral("aster-5"), QStringLiteral("--date"), date}))
                                             .object();
            for (const auto &s : daySlots.value(QLatin1String("slots")).toArray()) {
                if (s.toObject().value(QLatin1String("capacity")).toInt() < 1)
                    continue;
                const QString start = s.toObject().value(QLatin1String("start_utc")).toString();
                int exit = -1;
                const QJsonObject b = QJsonDocument::fromJson(
                                          vitrinectl(hub.databasePath(),
                                                     {QStringLiteral("book"), QStringLiteral("--studio"), QStringLiteral("oslo"),
                                                      QStringLiteral("--model"), QStringLiteral("aster-5"),
                                                      QStringLiteral("--start"), start, QStringLiteral("--name"),
                                                      QStringLiteral("Kari Nordmann"), QStringLiteral("--phone"), phone,
                                                      QStringLiteral("--privacy-consent")},
                                                     &exit))
                                          .object();
                if (exit == 0)
                    return {b.value(QLatin1String("code")).toString(), QStringLiteral("oslo"), start};
            }
        }
        return {};
    }

    static QByteArray get(HttpTestClient &c, const QByteArray &path, const QList<QByteArray> &headers = {})
    {
        return c.get(path, {}, headers).body;
    }

private slots:
    void aBuildPageShowsTheBuildInEachLanguage()
    {
        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync"), QStringLiteral("--public-url"),
                        QStringLiteral("https://studio.example")});
        QVERIFY(hub.running());
        const QString code = QJsonDocument::fromJson(
                                 vitrinectl(hub.databasePath(),
                                            {QStringLiteral("config"), QStringLiteral("--model"), QStringLiteral("aster-5"),
                                             QStringLiteral("--market"), QStringLiteral("no")}))
                                 .object()
                                 .value(QLatin1String("code"))
                                 .toString();
        QVERIFY(!code.isEmpty());
        HttpTestClient client(hub.port());
        const QByteArray path = "/p/build/" + code.toLatin1();
        const auto en = client.get(path + "?lang=en");
        QCOMPARE(en.status, 200);
        QVERIFY(en.header("Content-Type").startsWith("text/html"));
        QVERIFY(!en.header("ETag").isEmpty());
        QVERIFY(en.header("Set-Cookie").isEmpty());
        QVERIFY(en.body.contains("<html lang=\"en\" dir=\"ltr\">"));
        QVERIFY(en.body.contains("property=\"og:title\""));
        QVERIFY(en.body.contains("property=\"og:image\" content=\"https://studio.example/p/draw/"));
        QVERIFY(en.body.contains("Book a test drive"));
        QVERIFY(en.body.contains("APRC") || en.body.contains("effektiv")); // Norway's disclosure
        QVERIFY(en.body.contains("Total price"));
        // A figure stays with its unit on a phone's narrow column: "kW" and "hp" after no-break spaces.
        QVERIFY2(en.body.contains("\u00a0kW (") && en.body.contains("\u00a0hp)"), "the power's units are kept");
        QVERIFY(!en.body.contains("http://") && !en.body.contains("<script"));
        QVERIFY(!en.body.contains("part-exchange"));
        // A code carrying the visitor's car (321,900 kr) counts it in the deposit, as the screen did.
        QString carried;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("codes"));
            db.setDatabaseName(hub.databasePath());
            QVERIFY(db.open());
            const auto catalog = CatalogRows(db).catalog();
            QVERIFY(catalog);
            const RuleEngine engine(*catalog, QStringLiteral("no"));
            carried = ConfigurationCode::encodeWithTradeIn(engine, ConfigurationCode::decode(code, engine).configuration, 3219);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("codes"));
        QVERIFY(!carried.isEmpty());
        const auto withCar = client.get("/p/build/" + carried.toLatin1() + "?lang=en");
        QCOMPARE(withCar.status, 200);
        QVERIFY(withCar.body.contains("Your car in part-exchange, estimated"));
        QVERIFY(withCar.body.contains("Deposit in total"));
        QVERIFY(withCar.body.contains("321,900"));
        QVERIFY(withCar.body.contains("which a product expert confirms"));
        // The drawing the page shows, in the build's paint and wheels, from this hub.
        const QRegularExpression img(QStringLiteral("<img class=\"car\"[^>]* src=\"([^\"]+)\""));
        const QString src =
            img.match(QString::fromUtf8(en.body)).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QVERIFY2(src.startsWith(QLatin1String("/p/draw/")), qPrintable(src));
        const auto svg = client.get(src.toLatin1());
        QCOMPARE(svg.status, 200);
        QCOMPARE(svg.header("Content-Type"), QByteArray("image/svg+xml"));
        QVERIFY(svg.body.contains("wheel-rear-") && svg.body.contains("wheel-front-"));
        QVERIFY(!svg.body.contains("{{"));
        // Shared in a chat, the link shows the car: the same drawing as a 1200×630 PNG.
        const QRegularExpression og(QStringLiteral("property=\"og:image\" content=\"https://studio.example(/p/draw/[^\"]+)\""));
        const QString share =
            og.match(QString::fromUtf8(en.body)).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QVERIFY2(share.contains(QLatin1String(".png?")), qPrintable(share));
        QCOMPARE(QString(share).replace(QLatin1String(".png?"), QLatin1String(".svg?")), src);
        const auto png = client.get(share.toLatin1());
        QCOMPARE(png.status, 200);
        QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
        const QImage shared = QImage::fromData(png.body, "PNG");
        QCOMPARE(shared.size(), QSize(1200, 630));
        // The car is drawn on it: the middle differs from the background of the corner.
        QVERIFY(shared.pixel(600, 315) != shared.pixel(2, 2) || shared.pixel(600, 400) != shared.pixel(2, 2));
        qInfo("build page %lld bytes, drawing %lld bytes, share picture %lld bytes", qint64(en.body.size()),
              qint64(svg.body.size()), qint64(png.body.size()));
        QVERIFY(en.body.size() + svg.body.size() <= 150 * 1024);

        // Cached: the same page again is a 304 without a body; the drawing too.
        const auto again = client.get(path + "?lang=en", {}, {"If-None-Match: " + en.header("ETag")});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(client.get(src.toLatin1(), {}, {"If-None-Match: " + svg.header("ETag")}).status, 304);

        const auto zh = client.get(path + "?lang=zh_CN");
        QCOMPARE(zh.status, 200);
        QVERIFY(zh.body.contains("<html lang=\"zh-Hans\" dir=\"ltr\">"));
        QVERIFY2(zh.body.contains("预约试驾"), "the Chinese page is in Chinese");
        QVERIFY(zh.header("ETag") != en.header("ETag"));
        const auto ar = client.get(path + "?lang=ar");
        QCOMPARE(ar.status, 200);
        QVERIFY(ar.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
        QVERIFY2(ar.body.contains("احجز"), "the Arabic page is in Arabic");
        QVERIFY2(ar.body.contains("\u00a0كيلوواط (") && ar.body.contains("\u00a0حصان)"), "the power's units are kept");
    }

    void aCarPageAndASoldCar()
    {
        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync")});
        QVERIFY(hub.running());
        const QJsonArray stock = QJsonDocument::fromJson(
                                     vitrinectl(hub.databasePath(), {QStringLiteral("export"), QStringLiteral("--json")}))
                                     .object()
                                     .value(QLatin1String("vehicles"))
                                     .toArray();
        QVERIFY(stock.size() > 10);
        const QJsonObject car = stock.at(0).toObject();
        const QString vin = car.value(QLatin1String("vin")).toString();
        HttpTestClient client(hub.port());
        const auto page = client.get("/p/car/" + vin.toLatin1() + "?lang=de");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(vin.toUtf8()));
        QVERIFY(page.body.contains("<html lang=\"de\""));
        QVERIFY(page.body.contains("openstreetmap.org"));
        QVERIFY(page.body.contains("property=\"og:image\""));
        QCOMPARE(client.get("/p/car/" + vin.toLatin1() + "?lang=de", {}, {"If-None-Match: " + page.header("ETag")}).status, 304);
        // The place's hours as the screen gives them: in Traditional Chinese the morning's mark,
        // which Qt's own format for it leaves as a "B".
        const auto zh = client.get("/p/car/" + vin.toLatin1() + "?lang=zh_TW");
        QCOMPARE(zh.status, 200);
        QVERIFY2(QString::fromUtf8(zh.body).remove(QChar(0x2060)).contains(QStringLiteral("上午10:00")),
                 "the opening hours say 上午10:00 (10 in the morning)");
        // An unknown VIN is no car; a car that has left the stock says it was sold.
        QCOMPARE(client.get("/p/car/WVWZZZ1JZXW000001").status, 404);
        QTemporaryDir dir;
        const QString feed = dir.filePath(QStringLiteral("sold.json"));
        QFile f(feed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("source"), QStringLiteral("demo")},
                                          {QStringLiteral("mode"), QStringLiteral("delta")},
                                          {QStringLiteral("generated"), QStringLiteral("2026-12-01T10:00:00Z")},
                                          {QStringLiteral("deleted"),
                                           QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("vehicle")},
                                                                  {QStringLiteral("id"), car.value(QLatin1String("id"))}}}}})
                    .toJson());
        f.close();
        int exit = -1;
        vitrinectl(hub.databasePath(), {QStringLiteral("import"), feed}, &exit);
        QCOMPARE(exit, 0);
        QTest::qWait(5500); // the hub reads the stock again after a few seconds
        const auto sold = client.get("/p/car/" + vin.toLatin1() + "?lang=en");
        QCOMPARE(sold.status, 410);
        QVERIFY(sold.body.contains("This car has been sold"));
    }

    void aBookingIsShownMovedAndCancelledWithItsContactOnly()
    {
        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync"), QStringLiteral("--phone-change-rate"),
                        QStringLiteral("100")});
        QVERIFY(hub.running());
        const Drive d = book(hub, QStringLiteral("+4741234567"), 3);
        QVERIFY(!d.code.isEmpty());
        HttpTestClient client(hub.port());
        const QByteArray base = "/p/drive/" + d.code.toLatin1();
        const auto page = client.get(base + "?lang=en");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(d.code.toUtf8()));
        QVERIFY(page.body.contains("Oslo"));
        QVERIFY(!page.body.contains("Kari")); // no personal data on the page
        // In Arabic each time stays whole: "12:15 م" never ends a line between figure and mark.
        const QString arabic = QString::fromUtf8(client.get(base + "?lang=ar").body);
        QVERIFY2(!arabic.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d [صم]"))), qPrintable(arabic));
        QVERIFY(arabic.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d\u00a0[صم]"))));
        const auto ics = client.get(base + "/calendar.ics");
        QCOMPARE(ics.status, 200);
        QVERIFY(ics.body.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.body.contains("TZID=Europe/Oslo"));

        const QList<QByteArray> formHeaders{"Content-Type: application/x-www-form-urlencoded"};
        // Wrong contact and an unknown code: the same refusal, byte for byte.
        const auto wrong = client.send("POST", base + "/cancel?lang=en", formHeaders, form({{"contact", "+4799999999"}}));
        QCOMPARE(wrong.status, 403);
        const QString fake = QStringLiteral("ABCD-EFGH"); // any code the hub does not have
        const auto unknown = client.send("POST", "/p/drive/" + fake.toLatin1() + "/cancel?lang=en", formHeaders,
                                         form({{"contact", "+4799999999"}}));
        QCOMPARE(unknown.status, 403);
        QCOMPARE(QString::fromUtf8(unknown.body).replace(fake, d.code), QString::fromUtf8(wrong.body));
        QCOMPARE(client.get(base + "?lang=en").body.contains("Cancel the test drive"), true); // still upcoming

        // Move: the free times of a day, then one of them, with the contact as typed.
        const auto move = client.get(base + "/move?lang=en");
        QCOMPARE(move.status, 200);
        const QRegularExpression radio(QStringLiteral("name=\"start\" value=\"([^\"]+)\""));
        const QString newStart = radio.match(QString::fromUtf8(move.body)).captured(1);
        QVERIFY2(!newStart.isEmpty(), move.body.constData());
        const auto moved = client.send("POST", base + "/move?lang=en", formHeaders,
                                       form({{"contact", "+47 412 34 567"}, {"start", newStart}}));
        QCOMPARE(moved.status, 200);
        QVERIFY(moved.body.contains("Your test drive is moved"));
        QVERIFY(client.get(base + "/calendar.ics").body.contains("DTSTART"));

        const auto cancelled = client.send("POST", base + "/cancel?lang=en", formHeaders, form({{"contact", "41234567"}}));
        QCOMPARE(cancelled.status, 200);
        QVERIFY(client.get(base + "?lang=en").body.contains("Cancelled."));
        // Cancelled: a second cancel is refused like any other wrong attempt.
        QCOMPARE(client.send("POST", base + "/cancel?lang=en", formHeaders, form({{"contact", "41234567"}})).status, 403);

        // Erase: the contact goes; after that no change matches any contact.
        const Drive e = book(hub, QStringLiteral("+4748000000"), 4);
        QVERIFY(!e.code.isEmpty());
        const QByteArray eBase = "/p/drive/" + e.code.toLatin1();
        QCOMPARE(client.send("POST", eBase + "/erase?lang=en", formHeaders, form({{"contact", "+4748000001"}})).status, 403);
        const auto erased = client.send("POST", eBase + "/erase?lang=en", formHeaders, form({{"contact", "+4748000000"}}));
        QCOMPARE(erased.status, 200);
        QCOMPARE(client.send("POST", eBase + "/cancel?lang=en", formHeaders, form({{"contact", "+4748000000"}})).status, 403);
    }

    /// A place at a studio event taken through the hub, on the visitor's phone: the event, its
    /// calendar file, and giving it back or erasing the contact, with that contact only.
    void aPlaceIsShownAndGivenBackWithItsContactOnly()
    {
        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync"), QStringLiteral("--phone-change-rate"),
                        QStringLiteral("100")});
        QVERIFY(hub.running());
        HttpTestClient client(hub.port());
        const auto paired = client.postJson(
            "/v1/pair",
            {{QStringLiteral("code"), hub.pairingCode()}, {QStringLiteral("screenName"), QStringLiteral("Entrance")}});
        QCOMPARE(paired.status, 200);
        const QByteArray token = paired.json().value(QLatin1String("token")).toString().toLatin1();
        QString event, title;
        for (const auto &v : client.get("/v1/events?studio=oslo", token).json().value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (event.isEmpty() && e.value(QLatin1String("signup")).toBool()
                && e.value(QLatin1String("placesLeft")).toInt() > 1) {
                event = e.value(QLatin1String("id")).toString();
                title = e.value(QLatin1String("title")).toString();
            }
        }
        QVERIFY(!event.isEmpty());
        const auto join = [&](const QString &email) {
            return client
                .postJson("/v1/events/join",
                          {{QStringLiteral("event"), event},
                           {QStringLiteral("idempotencyKey"), email},
                           {QStringLiteral("contact"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Ingrid Fjellstad")},
                                        {QStringLiteral("channel"), QStringLiteral("email")},
                                        {QStringLiteral("value"), email},
                                        {QStringLiteral("privacyAccepted"), true}}}},
                          token)
                .json()
                .value(QLatin1String("code"))
                .toString();
        };
        const QString code = join(QStringLiteral("ingrid@fjordpost.no"));
        QVERIFY(!code.isEmpty());
        const QByteArray base = "/p/place/" + code.toLatin1();
        const auto page = client.get(base + "?lang=en");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(code.toUtf8()));
        QVERIFY2(page.body.contains(PhoneHtml::escape(title).toUtf8()), page.body.constData());
        QVERIFY(page.body.contains("Your place is kept."));
        QVERIFY(!page.body.contains("Ingrid") && !page.body.contains("fjordpost")); // no personal data on the page
        QVERIFY(client.get(base + "?lang=de").body.contains("lang=\"de\""));
        const auto ics = client.get(base + "/calendar.ics");
        QCOMPARE(ics.status, 200);
        QVERIFY(ics.body.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.body.contains(code.toUtf8()));
        QCOMPARE(client.get("/p/place/ABCD-EFGH?lang=en").status, 404);

        const QList<QByteArray> formHeaders{"Content-Type: application/x-www-form-urlencoded"};
        // Wrong contact and an unknown code: the same refusal, byte for byte; a drive's address
        // does not reach a place either.
        const auto wrong = client.send("POST", base + "/cancel?lang=en", formHeaders, form({{"contact", "someone@else.no"}}));
        QCOMPARE(wrong.status, 403);
        const QString fake = QStringLiteral("ABCD-EFGH");
        const auto unknown = client.send("POST", "/p/place/" + fake.toLatin1() + "/cancel?lang=en", formHeaders,
                                         form({{"contact", "someone@else.no"}}));
        QCOMPARE(QString::fromUtf8(unknown.body).replace(fake, code), QString::fromUtf8(wrong.body));
        QCOMPARE(client
                     .send("POST", "/p/drive/" + code.toLatin1() + "/cancel?lang=en", formHeaders,
                           form({{"contact", "ingrid@fjordpost.no"}}))
                     .status,
                 403);
        QCOMPARE(client.send("POST", base + "/move?lang=en", formHeaders, form({{"contact", "ingrid@fjordpost.no"}})).status,
                 404);

        const auto given = client.send("POST", base + "/cancel?lang=en", formHeaders, form({{"contact", "Ingrid@Fjordpost.no"}}));
        QCOMPARE(given.status, 200);
        QVERIFY(given.body.contains("Your place is given back"));
        QVERIFY(client.get(base + "?lang=en").body.contains("You gave this place back."));
        QCOMPARE(client.get(base + "/calendar.ics").status, 404);
        QCOMPARE(client.send("POST", base + "/cancel?lang=en", formHeaders, form({{"contact", "ingrid@fjordpost.no"}})).status,
                 403);

        // Erase: the contact goes, and the place with it.
        const QString other = join(QStringLiteral("ola@fjordpost.no"));
        QVERIFY(!other.isEmpty());
        const QByteArray oBase = "/p/place/" + other.toLatin1();
        const auto erased = client.send("POST", oBase + "/erase?lang=en", formHeaders, form({{"contact", "ola@fjordpost.no"}}));
        QCOMPARE(erased.status, 200);
        QCOMPARE(client.send("POST", oBase + "/cancel?lang=en", formHeaders, form({{"contact", "ola@fjordpost.no"}})).status,
                 403);
        QVERIFY(client.get(oBase + "?lang=en").body.contains("You gave this place back."));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("erased"));
            db.setDatabaseName(hub.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_joiner_contact WHERE value LIKE '%ola@%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_joiner_contact WHERE value LIKE '%ingrid@%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1); // given back, kept until the retention ends
        }
        QSqlDatabase::removeDatabase(QStringLiteral("erased"));
    }

    void changesAreRateLimited()
    {
        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync")});
        QVERIFY(hub.running());
        HttpTestClient client(hub.port());
        const QList<QByteArray> formHeaders{"Content-Type: application/x-www-form-urlencoded"};
        int refused = 0, limited = 0;
        for (int i = 0; i < 12; ++i) {
            const auto r = client.send("POST", "/p/drive/ABCD-EFGH/cancel", formHeaders,
                                       form({{"contact", QStringLiteral("+47400000%1").arg(i, 2, 10, QLatin1Char('0'))}}));
            refused += r.status == 403;
            limited += r.status == 429;
            if (r.status == 429)
                QVERIFY(!r.header("Retry-After").isEmpty());
        }
        QVERIFY2(refused >= 1 && refused <= 8, qPrintable(QString::number(refused)));
        QVERIFY(limited >= 4);
        // Reading is not held back; another address may try, but the code itself is limited
        // however it is spelt (per code, from any address).
        HttpTestClient other(hub.port(), QHostAddress(QStringLiteral("127.0.7.9")));
        QCOMPARE(other.get("/p/drive/ABCD-EFGH").status, 404);
        // The first address used six of the code's eight attempts (its own six ran out first).
        QList<int> spelt;
        for (int i = 0; i < 3; ++i)
            spelt << other.send("POST", "/p/drive/abcdefgh/cancel", formHeaders, form({{"contact", "+4740000099"}})).status;
        QCOMPARE(spelt, QList<int>({403, 403, 429}));
        QCOMPARE(other.send("POST", "/p/drive/WXYZ-WXYZ/cancel", formHeaders, form({{"contact", "+4740000099"}})).status, 403);
    }

    void badInputIsRefused()
    {
        HubProcess hub({QStringLiteral("--no-tls"), QStringLiteral("--no-sync")});
        QVERIFY(hub.running());
        HttpTestClient client(hub.port());
        QCOMPARE(client.get("/p/build/NOT-A-CODE?lang=en").status, 404);
        QCOMPARE(client.get("/p/build/%3Cscript%3E").status, 404);
        QCOMPARE(client.get("/p/build/a/b/c").status, 404);
        QCOMPARE(client.get("/p/nothing").status, 404);
        QCOMPARE(client.get("/p/build/X?lang=en&q=" + QByteArray(600, 'a')).status, 414);
        // An unknown language falls back to English rather than failing a link cut short.
        const auto badLang = client.get("/p/build/NOT-A-CODE?lang=xx%3Cb%3E");
        QCOMPARE(badLang.status, 404);
        QVERIFY(badLang.body.contains("<html lang=\"en\""));
        QVERIFY(!badLang.body.contains("<b>"));
        QCOMPARE(client.get("/p/draw/suv/side.svg?paint=zzzzzz&finish=metallic&wheel=aero").status, 400);
        QCOMPARE(client.get("/p/draw/tank/side.svg?paint=112233&finish=metallic&wheel=aero").status, 400);
        QCOMPARE(client.get("/p/draw/suv/side.svg?paint=112233&finish=metallic&wheel=aero").status, 200);
        QCOMPARE(client.get("/p/draw/suv/side.png?paint=112233&finish=metallic&wheel=aero").status, 200);
        QCOMPARE(client.get("/p/draw/suv/side.gif?paint=112233&finish=metallic&wheel=aero").status, 400);
        QCOMPARE(client.send("DELETE", "/p/build/X", {}, {}).status, 405);
        QCOMPARE(client.send("POST", "/p/build/X", {"Content-Type: application/x-www-form-urlencoded"}, "a=b").status, 405);
        QCOMPARE(client
                     .send("POST", "/p/drive/ABCD-EFGH/cancel", {"Content-Type: application/x-www-form-urlencoded"},
                           QByteArray(4096, 'a'))
                     .status,
                 413);
        // The screens' API still wants its token.
        QCOMPARE(client.get("/v1/studio").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestPhonePages)
#include "tst_phonepages.moc"
