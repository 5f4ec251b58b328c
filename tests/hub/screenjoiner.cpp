// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-screenjoiner: one studio screen in a process of its own, running the kiosk's own
// StudioHub and StudioEvents (no window) on a database of its own, for the tests of places taken
// through the hub from several screens at once.
//
//   vitrine-screenjoiner --db SCREEN.db --studio S --event E --name N --contact C
//                        [--hub URL --code PAIRING-CODE]
//
// Pairs with the hub (when given), opens the event (when given), prints "ready" and waits for a
// line on standard input: "join" takes a place with the name and contact, "cancel CODE" gives
// one back; with the kiosk's own DriveBooking, "drive MODEL DATE" opens that day's test-drive
// times at the studio, "book START" books one with the name and contact, "watch START" says when
// this screen shows that time taken; "push" delivers the screen's outbox to the hub until nothing
// waits (through a hub that stops and comes back; killed at any moment by the tests); "quit"
// ends. Each answer is one JSON line.
#include "catalog/catalogrows.h"
#include "drivebooking.h"
#include "storage/database.h"
#include "storage/databasequeue.h"
#include "studioevents.h"
#include "studiohub.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &why)
{
    say({{QStringLiteral("error"), why}});
    std::exit(2);
}

/// Runs the event loop until `done` holds or `ms` have passed; whether it held. Asleep between
/// events: processEvents() with a time alone returns at once when nothing is pending, and the loop
/// spun, taking a core that the hub and its database server shared.
bool runUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    QTimer look; // wakes the loop to look again at what sends no signal (a count in the database)
    look.start(5);
    while (!done()) {
        if (t.elapsed() >= ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Runs the event loop until `done` holds, or fails after `ms`.
void waitFor(const std::function<bool()> &done, int ms, const QString &what)
{
    if (!runUntil(done, ms))
        fail(QStringLiteral("timed out waiting for ") + what);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *o : {"db", "studio", "event", "name", "contact", "hub", "code"})
        parser.addOption({QString::fromLatin1(o), QString::fromLatin1(o), QStringLiteral("value")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    {
        if (!Database::open(path, QStringLiteral("setup")).ok())
            fail(QStringLiteral("cannot open the screen's database"));
    }
    std::optional<Catalog> catalog = CatalogRows(QSqlDatabase::database(QStringLiteral("setup"))).catalog();
    Database::close(QStringLiteral("setup"));
    if (!catalog)
        fail(QStringLiteral("the screen's database holds no catalog"));

    DatabaseQueue queue(path);
    StudioHub hub(&queue, nullptr);
    StudioEvents events(&queue, nullptr);
    events.setCatalog(*catalog);
    events.setHub(&hub);
    events.setLanguage(QStringLiteral("en"), QLocale(QLocale::English));
    hub.start();
    if (parser.isSet(QStringLiteral("hub"))) {
        hub.pair(parser.value(QStringLiteral("hub")), parser.value(QStringLiteral("code")));
        waitFor([&] { return !hub.busy() && (hub.paired() || !hub.message().isEmpty()); }, 20000, QStringLiteral("pairing"));
        if (!hub.paired())
            fail(QStringLiteral("not paired: ") + hub.message());
        waitFor([&] { return hub.reachable(); }, 20000, QStringLiteral("the hub"));
    }
    DriveBooking drive(&queue, nullptr);
    drive.setCatalog(*catalog);
    drive.setHub(&hub);
    drive.setLanguage(QStringLiteral("en"), QLocale(QLocale::English));
    const QString studio = parser.value(QStringLiteral("studio"));
    drive.setHomeStudio(studio);
    events.setStudio(studio);
    const QString eventId = parser.value(QStringLiteral("event"));
    if (!eventId.isEmpty()) {
        events.open(eventId);
        waitFor([&] { return events.current().value(QStringLiteral("id")).toString() == eventId; }, 20000,
                QStringLiteral("the event"));
        // The hub's count of places arrives after the screen's own read.
        waitFor([&] { return !events.week().isEmpty() || !events.upcoming().isEmpty(); }, 20000, QStringLiteral("the lists"));
    }
    say({{QStringLiteral("ready"), true}, {QStringLiteral("full"), events.current().value(QStringLiteral("full")).toBool()}});
    // Whether the screen shows `start` free, taken, or not at all.
    const auto shown = [&drive](const QString &start) -> QString {
        for (const auto &row : drive.timeRows()) {
            if (QDateTime::fromString(row.start, Qt::ISODate) == QDateTime::fromString(start, Qt::ISODate))
                return row.free ? QStringLiteral("free") : QStringLiteral("taken");
        }
        return QStringLiteral("absent");
    };

    QTextStream in(stdin);
    for (;;) {
        const QString line = in.readLine();
        if (line.isNull() || line == QLatin1String("quit"))
            break;
        if (line == QLatin1String("join")) {
            bool answered = false, ok = false;
            const auto c = QObject::connect(&events, &StudioEvents::joinAnswered, [&](bool joined) {
                answered = true;
                ok = joined;
            });
            events.join(parser.value(QStringLiteral("name")), parser.value(QStringLiteral("contact")), true, false);
            waitFor([&] { return answered; }, 30000, QStringLiteral("the join"));
            QObject::disconnect(c);
            say({{QStringLiteral("joined"), ok},
                 {QStringLiteral("code"), events.joined().value(QStringLiteral("code")).toString()},
                 {QStringLiteral("phoneQr"), !events.joined().value(QStringLiteral("phoneQr")).toString().isEmpty()},
                 {QStringLiteral("problem"), events.problem()}});
        } else if (line.startsWith(QLatin1String("cancel "))) {
            bool answered = false;
            const auto c = QObject::connect(&events, &StudioEvents::cancelMessageChanged, [&] { answered = true; });
            events.cancelByCode(line.mid(7));
            waitFor([&] { return answered; }, 30000, QStringLiteral("the cancellation"));
            QObject::disconnect(c);
            say({{QStringLiteral("cancelled"), events.cancelMessage()}});
        } else if (line == QLatin1String("look")) {
            // The screen asks again; the hub's count of places arrives a moment after its own read.
            events.refresh();
            runUntil([] { return false; }, 1500);
            say({{QStringLiteral("full"), events.current().value(QStringLiteral("full")).toBool()}});
        } else if (line.startsWith(QLatin1String("drive "))) {
            const QStringList words = line.split(QLatin1Char(' '));
            drive.chooseModel(words.value(1));
            drive.chooseStudio(studio);
            drive.chooseDay(words.value(2));
            waitFor([&] { return !drive.loading() && !drive.timeRows().isEmpty(); }, 20000, QStringLiteral("the times"));
            QJsonArray free;
            for (const auto &row : drive.timeRows()) {
                if (row.free)
                    free.append(row.start);
            }
            say({{QStringLiteral("free"), free}, {QStringLiteral("outOfReach"), drive.hubOutOfReach()}});
        } else if (line.startsWith(QLatin1String("book "))) {
            drive.chooseTime(line.mid(5));
            bool answered = false, ok = false;
            const auto c = QObject::connect(&drive, &DriveBooking::submitted, [&](bool booked) {
                answered = true;
                ok = booked;
            });
            const QString contact = parser.value(QStringLiteral("contact"));
            drive.chooseChannel(contact.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("phone"));
            drive.submit(parser.value(QStringLiteral("name")), contact, true, false);
            waitFor([&] { return answered; }, 30000, QStringLiteral("the booking"));
            QObject::disconnect(c);
            say({{QStringLiteral("booked"), ok},
                 {QStringLiteral("code"), drive.confirmation().code},
                 {QStringLiteral("pending"), drive.confirmation().pending},
                 {QStringLiteral("message"), drive.message()},
                 {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()}});
        } else if (line.startsWith(QLatin1String("watch "))) {
            // Nothing asked of the screen: only what the hub tells it can change what it shows.
            const QString start = line.mid(6);
            runUntil([&] { return shown(start) != QLatin1String("free"); }, 15000);
            say({{QStringLiteral("shown"), shown(start)}, {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()}});
        } else if (line == QLatin1String("push")) {
            // As the kiosk does: the outbox goes on every drain, and at once when the hub is back.
            const auto waiting = [&queue] {
                qint64 n = -1;
                queue.post([&n](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) && q.next())
                        n = q.value(0).toLongLong();
                });
                queue.waitForIdle();
                return n;
            };
            waitFor([&] { return hub.paired(); }, 20000, QStringLiteral("the pairing kept in the database"));
            int drains = 0;
            const auto c = QObject::connect(&hub, &StudioHub::delivered, [&] { ++drains; });
            QElapsedTimer t;
            t.start();
            while (waiting() != 0 && t.elapsed() < 600000) {
                const int before = drains;
                hub.check();
                hub.deliverNow();
                runUntil([&] { return drains != before; }, 2000);
            }
            QObject::disconnect(c);
            say({{QStringLiteral("pending"), waiting()}, {QStringLiteral("drains"), drains}});
        } else if (line == QLatin1String("reach")) {
            hub.check();
            runUntil([&] { return events.hubOutOfReach(); }, 10000);
            say({{QStringLiteral("outOfReach"), events.hubOutOfReach()}, {QStringLiteral("status"), hub.status()}});
        }
    }
    queue.waitForIdle();
    return 0;
}
