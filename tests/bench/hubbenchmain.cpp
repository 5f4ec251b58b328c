// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-hubbench: a real hub (SQLite) and 20 simulated screens on loopback, each a thread with
// two TLS connections as a paired screen keeps them: one waiting at GET /v1/changes, one for
// requests. Prints JSON lines:
//  - "bookings": every screen books free times at once, as fast as the hub answers (bookings/s);
//  - "seen": in rounds, one screen books a time the others show free; each other screen, woken by
//    the hub, reads the fortnight again as the kiosk does, and the time from the booking's answer
//    until it shows that time taken is one sample (p50/p95/max; target p95 at most 1 s); the
//    fortnight's read alone, timed in the same run, is the floor under it.
// With --postgresql: a PostgreSQL server of its own (pgserver.h) and two hub processes on one
// database in it, as a chain's hubs share one; screen i talks to hub i % 2 (its port, its
// certificate), tokens from pairing at either hub work at both (checked), and a watcher at the
// second hub sees a booking made at the first (told by NOTIFY). Each line says "database" and "hubs".
//
//   vitrine-hubbench [--screens N] [--rounds R] [--quick] [--postgresql]
#include "httptestclient.h"
#include "hubprocess.h"
#include "pgserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

void print(const QJsonObject &o)
{
    std::puts(QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// What fail() stops before it leaves: the hubs, then the PostgreSQL server they use.
std::vector<HubProcess *> running;
bool onServer = false;

[[noreturn]] void fail(const QString &why)
{
    print({{QStringLiteral("error"), why}});
    for (HubProcess *hub : running)
        hub->stop();
    if (onServer)
        PgServer::stopShared();
    std::exit(1);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

struct Free {
    QString studio, model, start;
};

QJsonObject contact(int i)
{
    return {{QStringLiteral("name"), QStringLiteral("Bench Visitor")},
            {QStringLiteral("channel"), QStringLiteral("email")},
            {QStringLiteral("value"), QStringLiteral("visitor%1@example.com").arg(i)},
            {QStringLiteral("privacyAccepted"), true}};
}

QByteArray slotsPath(const QString &studio, const QString &model)
{
    return "/v1/slots?studio=" + studio.toLatin1() + "&model=" + model.toLatin1()
        + "&date=" + QDate::currentDate().toString(Qt::ISODate).toLatin1() + "&days=14";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("screens"), QStringLiteral("simulated screens (20)"), QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("rounds of one booking seen by the others (40)"),
                      QStringLiteral("n"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("a short run, for CI")});
    parser.addOption({QStringLiteral("postgresql"),
                      QStringLiteral("two hub processes on one PostgreSQL database (a server of its own), the screens split "
                                     "between them")});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int screens = quick ? 4 : parser.value(QStringLiteral("screens")).toInt();
    const int rounds = quick ? 3 : parser.value(QStringLiteral("rounds")).toInt();
    if (screens < 2 || rounds < 1)
        fail(QStringLiteral("--screens is at least 2, --rounds at least 1"));

    onServer = parser.isSet(QStringLiteral("postgresql"));

    const QStringList options{QStringLiteral("--rate"),
                              QStringLiteral("100000"),
                              QStringLiteral("--pairing-burst"),
                              QStringLiteral("1000"),
                              QStringLiteral("--connections-per-address"),
                              QStringLiteral("1000")};
    std::vector<std::unique_ptr<HubProcess>> hubs;
    if (onServer) {
        // As tst_brandrelay's two hub processes on one server: a database on the server, a first
        // hub on it, a second on the same database (a state folder and certificate of its own).
        if (!PgServer::shared().ok())
            fail(QStringLiteral("no PostgreSQL server: ") + PgServer::shared().error());
        const QString database = PgServer::shared().newDatabase();
        hubs.push_back(std::make_unique<HubProcess>(HubProcess::Shared{database}, options));
        running.push_back(hubs.back().get());
        if (!hubs.back()->running())
            fail(QStringLiteral("the first hub did not start"));
        hubs.push_back(std::make_unique<HubProcess>(HubProcess::Shared{database}, options));
        running.push_back(hubs.back().get());
        if (!hubs.back()->running())
            fail(QStringLiteral("the second hub did not start"));
    } else {
        hubs.push_back(std::make_unique<HubProcess>(options));
        running.push_back(hubs.back().get());
        if (!hubs.back()->running())
            fail(QStringLiteral("the hub did not start"));
    }
    const int hubCount = int(hubs.size());
    // Screen i talks to hub i % hubCount: its port and the certificate it serves.
    QList<quint16> ports;
    QList<QByteArray> pins;
    for (int i = 0; i < screens; ++i) {
        ports << hubs.at(size_t(i % hubCount))->port();
        pins << hubs.at(size_t(i % hubCount))->fingerprint();
    }
    const auto connect = [&](int screen) {
        auto c = std::make_unique<HttpTestClient>(ports.at(screen));
        c->useTls(pins.at(screen));
        return c;
    };
    const QJsonObject setup{{QStringLiteral("database"), onServer ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                            {QStringLiteral("hubs"), hubCount}};
    const auto line = [&setup](QJsonObject o) {
        for (auto it = setup.constBegin(); it != setup.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QList<QByteArray> tokens;
    for (int i = 0; i < screens; ++i) {
        tokens << connect(i)->pair(hubs.at(size_t(i % hubCount))->pairingCode(), QStringLiteral("Bench %1").arg(i));
        if (tokens.last().isEmpty())
            fail(QStringLiteral("the hub refused to pair screen %1").arg(i));
    }
    // The tokens are kept in the database the hubs share: one from pairing at either hub works at every hub.
    for (int i = 0; i < screens && hubCount > 1; ++i) {
        for (int h = 0; h < hubCount; ++h) {
            HttpTestClient c(hubs.at(size_t(h))->port());
            c.useTls(hubs.at(size_t(h))->fingerprint());
            const auto r = c.get("/v1/studio", tokens.at(i));
            if (r.status != 200)
                fail(QStringLiteral("hub %1 answered %2 to screen %3's token from hub %4")
                         .arg(h)
                         .arg(r.status)
                         .arg(i)
                         .arg(i % hubCount));
        }
    }

    // Every free time of the fortnight, by studio and model.
    QList<Free> free;
    {
        auto c = connect(0);
        const QJsonObject catalog = c->get("/v1/studio", tokens.first()).json().value(QLatin1String("catalog")).toObject();
        for (const auto &s : catalog.value(QLatin1String("studios")).toArray()) {
            for (const auto &m : catalog.value(QLatin1String("models")).toArray()) {
                const QString studio = s.toObject().value(QLatin1String("id")).toString();
                const QString model = m.toObject().value(QLatin1String("id")).toString();
                for (const auto &d :
                     c->get(slotsPath(studio, model), tokens.first()).json().value(QLatin1String("days")).toArray()) {
                    for (const auto &slot : d.toObject().value(QLatin1String("slots")).toArray()) {
                        if (slot.toObject().value(QLatin1String("capacity")).toInt() > 0)
                            free.append({studio, model, slot.toObject().value(QLatin1String("start")).toString()});
                    }
                }
            }
        }
    }
    if (free.size() < rounds * 2)
        fail(QStringLiteral("only %1 free times in the demo catalog's fortnight").arg(free.size()));
    // The rounds take times from the end; the throughput run from the start.
    QList<Free> forRounds = free.mid(free.size() - rounds);
    QList<Free> forThroughput = free.mid(0, std::min<qsizetype>(free.size() - rounds, quick ? 40 : 2000));

    // 1. Throughput: every screen books at once, one request after the other.
    {
        std::atomic<qsizetype> next{0};
        std::atomic<int> made{0}, taken{0}, other{0};
        const auto started = Clock::now();
        std::vector<std::thread> threads;
        for (int i = 0; i < screens; ++i) {
            threads.emplace_back([&, i] {
                HttpTestClient c(ports.at(i));
                c.useTls(pins.at(i));
                for (qsizetype k; (k = next++) < forThroughput.size();) {
                    const Free &f = forThroughput.at(k);
                    const auto r = c.postJson(
                        "/v1/bookings",
                        {{QStringLiteral("studio"), f.studio},
                         {QStringLiteral("model"), f.model},
                         {QStringLiteral("start"), f.start},
                         {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("contact"), contact(int(k))}},
                        tokens.at(i));
                    (r.status == 201 ? made : r.status == 409 ? taken : other)++;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
        print(line({{QStringLiteral("bench"), QStringLiteral("bookings")},
                    {QStringLiteral("screens"), screens},
                    {QStringLiteral("requests"), qint64(forThroughput.size())},
                    {QStringLiteral("booked"), made.load()},
                    {QStringLiteral("slotTaken"), taken.load()},
                    {QStringLiteral("failed"), other.load()},
                    {QStringLiteral("seconds"), seconds},
                    {QStringLiteral("bookingsPerSecond"), double(made.load()) / seconds}}));
        if (other.load() > 0)
            fail(QStringLiteral("%1 bookings failed").arg(other.load()));
    }

    // 2. Rounds: one screen books (screen 0, at the first hub), the others wait at their hubs, read
    // the fortnight again and show it taken.
    std::mutex lock;
    std::condition_variable changed;
    int round = -1;             // the round under way
    Clock::time_point answered; // when the round's booking was answered
    QList<double> samples;
    QList<double> samplesElsewhere; // of the watchers at another hub than the booking's
    QList<double> reads;            // the fortnight's read alone: the floor under the samples
    int missed = 0;
    std::atomic<bool> done{false};
    std::vector<std::thread> watchers;
    // A hub's cursor means nothing at another (each process counts its own changes): one per hub,
    // read by its first screen (screen h talks to hub h).
    QStringList cursors;
    for (int h = 0; h < hubCount; ++h)
        cursors << connect(h)->get("/v1/changes?wait=0", tokens.at(h)).json().value(QLatin1String("cursor")).toString();
    std::atomic<int> parked{0};
    for (int i = 1; i < screens; ++i) {
        watchers.emplace_back([&, i] {
            HttpTestClient waiter(ports.at(i)), reader(ports.at(i));
            waiter.useTls(pins.at(i));
            reader.useTls(pins.at(i));
            QString mine = cursors.at(i % hubCount);
            int seenRound = -1;
            while (!done) {
                const QByteArray request = "GET /v1/changes?wait=20000&cursor=" + QUrl::toPercentEncoding(mine)
                    + " HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + tokens.at(i) + "\r\n\r\n";
                if (!waiter.writeRaw(request))
                    break;
                ++parked;
                const auto r = waiter.readNext(30000);
                --parked;
                if (done)
                    break;
                mine = r.json().value(QLatin1String("cursor")).toString(mine);
                int current;
                Free f;
                {
                    std::lock_guard<std::mutex> g(lock);
                    current = round;
                }
                if (current < 0 || current == seenRound)
                    continue;
                f = forRounds.at(current);
                // As the kiosk does on "slots": the fortnight again, then the time shown taken or not.
                const auto asked = Clock::now();
                const auto days =
                    reader.get(slotsPath(f.studio, f.model), tokens.at(i)).json().value(QLatin1String("days")).toArray();
                const double readMs = std::chrono::duration<double, std::milli>(Clock::now() - asked).count();
                bool stillFree = false;
                for (const auto &d : days) {
                    for (const auto &slot : d.toObject().value(QLatin1String("slots")).toArray()) {
                        if (slot.toObject().value(QLatin1String("start")).toString() == f.start)
                            stillFree = slot.toObject().value(QLatin1String("capacity")).toInt() > 0;
                    }
                }
                const auto seen = Clock::now();
                std::lock_guard<std::mutex> g(lock);
                // From the answer of the booking that filled the time (this screen may be told
                // a moment before the booking screen reads its answer: then nought).
                const double ms = std::max(0.0, std::chrono::duration<double, std::milli>(seen - answered).count());
                reads << readMs;
                if (stillFree) {
                    ++missed; // a capacity above one: another booking of the same time is needed
                } else {
                    samples << ms;
                    if (i % hubCount != 0)
                        samplesElsewhere << ms;
                    seenRound = current;
                }
                changed.notify_all();
            }
        });
    }
    HttpTestClient booker(ports.first());
    booker.useTls(pins.first());
    int bookedRounds = 0;
    for (int r = 0; r < rounds; ++r) {
        // Everyone waiting at the hub before the booking goes.
        for (int spin = 0; spin < 500 && parked.load() < screens - 1; ++spin)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        const Free &f = forRounds.at(r);
        {
            std::lock_guard<std::mutex> g(lock);
            round = r;
            answered = Clock::now();
        }
        // A time of capacity above one is booked until it is full.
        for (int k = 0; k < 8; ++k) {
            const auto b = booker.postJson(
                "/v1/bookings",
                {{QStringLiteral("studio"), f.studio},
                 {QStringLiteral("model"), f.model},
                 {QStringLiteral("start"), f.start},
                 {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {QStringLiteral("contact"), contact(100000 + r * 10 + k)}},
                tokens.first());
            if (b.status != 201)
                break;
            std::lock_guard<std::mutex> g(lock);
            answered = Clock::now();
        }
        ++bookedRounds;
        std::unique_lock<std::mutex> g(lock);
        changed.wait_for(g, std::chrono::seconds(10), [&] { return samples.size() >= qsizetype(bookedRounds) * (screens - 1); });
    }
    done = true;
    for (auto &hub : hubs)
        hub->stop(); // the watchers' waits end with their connections

    for (auto &t : watchers)
        t.join();
    QJsonObject seen = line(
        {{QStringLiteral("bench"), QStringLiteral("seen")},
         {QStringLiteral("screens"), screens},
         {QStringLiteral("rounds"), rounds},
         {QStringLiteral("samples"), qint64(samples.size())},
         {QStringLiteral("expected"), rounds * (screens - 1)},
         {QStringLiteral("p50Ms"), percentile(samples, 0.5)},
         {QStringLiteral("p95Ms"), percentile(samples, 0.95)},
         {QStringLiteral("maxMs"), samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend())},
         {QStringLiteral("fortnightReadP50Ms"), percentile(reads, 0.5)},
         {QStringLiteral("fortnightReadP95Ms"), percentile(reads, 0.95)},
         {QStringLiteral("targetP95Ms"), 1000}});
    if (hubCount > 1) {
        // The watchers told by another hub (PostgreSQL's NOTIFY) than the one that took the booking.
        seen.insert(QStringLiteral("otherHubSamples"), qint64(samplesElsewhere.size()));
        seen.insert(QStringLiteral("otherHubP50Ms"), percentile(samplesElsewhere, 0.5));
        seen.insert(QStringLiteral("otherHubP95Ms"), percentile(samplesElsewhere, 0.95));
    }
    print(seen);
    if (samples.size() < qsizetype(rounds) * (screens - 1))
        fail(QStringLiteral("only %1 of %2 screens' rounds saw the time taken").arg(samples.size()).arg(rounds * (screens - 1)));
    running.clear();
    hubs.clear();
    if (onServer)
        PgServer::stopShared(); // while Qt's SQL module still stands
    return 0;
}
