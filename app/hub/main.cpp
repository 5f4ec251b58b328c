// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-hub: the same core as the kiosk, as a headless server for a studio's screens.

#include "httpserver.h"
#include "hubcertificate.h"
#include "hubinsightexport.h"
#include "hubservice.h"
#include "terminationsignals.h"

#include "booking/privacypurger.h"
#include "common/journallog.h"
#include "feed/feedimporter.h"
#include "storage/database.h"
#include "storage/databasequeue.h"
#include "storage/settings.h"
#include "sync/brandrelay.h"
#include "sync/screenregistry.h"
#include "sync/syncscheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

namespace {

constexpr int kUsageError = 64;
constexpr int kStorage = 2;
const QString kConnection = QStringLiteral("hub");
// The session lock of the one hub process that relays to the brand, on a shared server.
constexpr qint64 kRelayLock = 0x56697472'52656c61LL;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QCommandLineParser &parser, const QString &problem)
{
    err() << "vitrine-hub: " << problem << "\n\n" << parser.helpText();
    return kUsageError;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

// `databasePath` names the database (an SQLite file, or a PostgreSQL server several hub processes
// share); `filesPath` is where this process keeps its own files (certificate, photos, fetched
// feeds): beside an SQLite file, in --state for a server.
int serve(QCoreApplication &app, const QCommandLineParser &parser, const QString &databasePath, const QString &filesPath,
          int schemaVersion)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(QStringLiteral("listen")), &address, &port))
        return usage(parser, QStringLiteral("--listen wants ADDRESS:PORT, e.g. 0.0.0.0:8740 or 127.0.0.1:0"));
    QSqlDatabase db = QSqlDatabase::database(kConnection);
    FeedImporter importer(db);
    if (!importer.hasCatalog() && !parser.isSet(QStringLiteral("no-demo"))) {
        // As a screen does on its first start: a hub without a feed yet serves the demo catalog.
        const FeedImporter::Report report = importer.importFile(QStringLiteral(":/vitrine/data/demo-feed.json"));
        if (!report.applied) {
            err() << "vitrine-hub: the demo data could not be loaded: " << report.fatal << "\n";
            return kStorage;
        }
    }

    HttpLimits limits;
    bool ok = true;
    if (parser.isSet(QStringLiteral("max-connections")))
        limits.maxConnections = qMax(1, parser.value(QStringLiteral("max-connections")).toInt(&ok));
    if (ok && parser.isSet(QStringLiteral("rate")))
        limits.requestsPerSecond = qMax(0.1, parser.value(QStringLiteral("rate")).toDouble(&ok));
    // Many screens behind one address (a NAT, a test on loopback).
    if (ok && parser.isSet(QStringLiteral("connections-per-address")))
        limits.maxConnectionsPerClient = qBound(1, parser.value(QStringLiteral("connections-per-address")).toInt(&ok), 1000);
    if (ok && parser.isSet(QStringLiteral("pairing-burst")))
        limits.pairingBurst = qBound(1, parser.value(QStringLiteral("pairing-burst")).toInt(&ok), 100);
    if (ok && parser.isSet(QStringLiteral("deadlines-ms"))) {
        const QStringList parts = parser.value(QStringLiteral("deadlines-ms")).split(QLatin1Char(','));
        int *targets[] = {&limits.headerTimeoutMs, &limits.bodyTimeoutMs, &limits.idleTimeoutMs, &limits.writeTimeoutMs};
        ok = parts.size() == 4;
        for (qsizetype i = 0; ok && i < 4; ++i) {
            *targets[i] = parts.at(i).toInt(&ok);
            ok = ok && *targets[i] >= 100 && *targets[i] <= 600000;
        }
    }
    if (!ok)
        return usage(parser,
                     QStringLiteral("--max-connections, --connections-per-address, --rate, --pairing-burst and "
                                    "--deadlines-ms want numbers"));

    PhoneSite::Options phone;
    phone.publicUrl = parser.value(QStringLiteral("public-url"));
    phone.theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("phone-change-rate"))) {
        bool rateOk = false;
        phone.changesPerSecond = parser.value(QStringLiteral("phone-change-rate")).toDouble(&rateOk);
        if (!rateOk || phone.changesPerSecond <= 0)
            return usage(parser, QStringLiteral("--phone-change-rate wants a positive number"));
        phone.changesPerCodePerSecond = phone.changesPerSecond;
    }
    // Beside the database, as a screen keeps its photos (and apart from them: a hub on a screen's
    // machine does not evict the screen's photos, nor they its).
    phone.photoFolder = QFileInfo(filesPath).absoluteDir().filePath(QStringLiteral("hub-photos"));
    if (!phone.publicUrl.isEmpty()) {
        const QUrl url(phone.publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
            return usage(parser,
                         QStringLiteral("--public-url wants an http(s) address without a query, e.g. https://studio.example"));
    }
    HubService service(db, limits, schemaVersion, phone);
    HttpServer server(limits, [&service](const HttpRequest &r, bool *trusted) { return service.handle(r, trusted); });
    service.setServer(&server);
    QByteArray fingerprint;
    if (!parser.isSet(QStringLiteral("no-tls"))) {
        QString problem;
        const auto identity = HubCertificate::ensure(filesPath, &problem);
        if (!identity) {
            err() << "vitrine-hub: " << problem << "\n";
            return kStorage;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(identity->certificate);
        tls.setPrivateKey(identity->key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        // Screens are not asked for certificates, so no authority is needed: without this each
        // connection's TLS context would carry the system's whole list of them (time and memory).
        tls.setCaCertificates({});
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        server.setTls(tls);
        fingerprint = identity->fingerprint();
        service.setCertificateFingerprint(fingerprint);
    }
    QObject::connect(&server, &HttpServer::tick, &server, [&service](qint64 now) { service.tick(now); });
    // Room in the kernel's queue for a burst of screens connecting at once.
    server.setListenBacklogSize(1024);
    if (!server.listen(address, port)) {
        err() << "vitrine-hub: cannot listen on " << parser.value(QStringLiteral("listen")) << ": " << server.errorString()
              << "\n";
        return kStorage;
    }
    // The studio's sources (the brand's feed, the dealers' feeds) are fetched here once for all
    // its screens, on the schedule and with the limits a screen would use, on a thread of their own.
    std::unique_ptr<SyncScheduler> sync;
    if (!parser.isSet(QStringLiteral("no-sync"))) {
        SourceSyncer::Options options;
        options.databasePath = databasePath;
        options.workFolder = QFileInfo(filesPath).absoluteDir().filePath(QStringLiteral("hub-sync"));
        // Each feed applied is kept whole, for the screens to take from here (GET /v1/sources/<id>/feed).
        options.keepFolder = QDir(options.workFolder).filePath(QStringLiteral("feeds"));
        service.setFeedFolder(options.keepFolder);
        sync = std::make_unique<SyncScheduler>(options);
        QObject::connect(sync.get(), &SyncScheduler::synced, &server, [&service](const SyncOutcome &o) { service.noteSync(o); });
        sync->start();
    }
    // Visitors' contacts that came with bookings go after the studio's retention period, as on a
    // screen: at start, then every six hours.
    const auto purge = [db] {
        QString problem;
        const auto report = PrivacyPurger(db).purge(&problem);
        if (!report)
            qCWarning(lcHub) << "the purge of expired contacts failed:" << problem;
        else if (report->removed > 0)
            qCInfo(lcHub) << "purged" << report->removed << "expired contacts";
    };
    purge();
    QTimer purgeTimer;
    purgeTimer.setInterval(std::chrono::hours(6));
    QObject::connect(&purgeTimer, &QTimer::timeout, &server, purge);
    purgeTimer.start();
    // What the hub took or made goes on to the brand, when `vitrine-hub brand` has said where:
    // every few seconds, on a database connection of its own.
    bool intervalOk = false;
    const int relayEvery = parser.value(QStringLiteral("relay-every-ms")).toInt(&intervalOk);
    bool batchOk = false;
    const int relayBatch = parser.value(QStringLiteral("relay-batch")).toInt(&batchOk);
    if (!intervalOk || relayEvery < 50 || relayEvery > 3'600'000 || !batchOk || relayBatch < 1
        || relayBatch > OutboxSender::kBatch)
        return usage(parser, QStringLiteral("--relay-every-ms wants milliseconds, from 50 to 3600000; --relay-batch 1 to 50"));
    DatabaseQueue relayQueue(databasePath);
    QNetworkAccessManager relayNetwork;
    BrandRelay relay(&relayQueue, &relayNetwork);
    relay.sender()->setBatchSize(relayBatch);
    // One hub process relays at a time: on SQLite the file's one hub; on a server the process
    // that holds the relay's lock, for as long as its connection lives (a process killed lets it
    // go, and another takes over at its next turn). Whoever takes it over takes back the claims
    // a run killed mid-relay held.
    bool relaying = false;
    const auto relayTurn = [&relay, &relaying, db] {
        if (!relaying) {
            relaying = Database::holdsSessionLock(db, kRelayLock);
            if (!relaying)
                return;
            if (Database::isServer(db))
                qCInfo(lcHub) << "this hub process relays to the brand; the others sharing the database wait";
            relay.takeBackClaims();
        }
        relay.relay();
    };
    QTimer relayTimer;
    relayTimer.setInterval(relayEvery);
    QObject::connect(&relayTimer, &QTimer::timeout, &relay, relayTurn);
    relayTimer.start();
    relayTurn();
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, [](int) { QCoreApplication::quit(); });
    const QString where = QStringLiteral("%1:%2").arg(server.serverAddress().toString()).arg(server.serverPort());
    qCInfo(lcHub) << "serving on" << where;
    if (!fingerprint.isEmpty())
        out() << "certificate sha256 " << fingerprint << "\n";
    else
        qCWarning(lcHub) << "serving plain HTTP (--no-tls): only on a network where nobody listens";
    out() << "listening " << where << Qt::endl;
    return app.exec();
}

int pair(const QCommandLineParser &parser, const QString &filesPath)
{
    bool ok = false;
    const int lifetime = parser.value(QStringLiteral("ttl")).toInt(&ok);
    if (!ok || lifetime < 1 || lifetime > 24 * 3600)
        return usage(parser, QStringLiteral("--ttl wants seconds, from 1 to 86400"));
    ScreenRegistry registry(QSqlDatabase::database(kConnection));
    QString problem;
    const auto code = registry.issueCode(QDateTime::currentDateTimeUtc(), lifetime, &problem);
    if (!code) {
        err() << "vitrine-hub: cannot store a pairing code: " << problem << "\n";
        return kStorage;
    }
    out() << *code << "\n";
    err() << "Type this code in the screen's staff mode within " << lifetime / 60 << " min " << lifetime % 60
          << " s; it works once.\n";
    if (!parser.isSet(QStringLiteral("no-tls"))) {
        const auto identity = HubCertificate::ensure(filesPath, &problem);
        if (!identity) {
            err() << "vitrine-hub: " << problem << "\n";
            return kStorage;
        }
        err() << "The screen then shows the hub's certificate; it must read:\n  " << identity->readableFingerprint() << "\n";
    }
    return 0;
}

int screens(const QCommandLineParser &parser)
{
    ScreenRegistry registry(QSqlDatabase::database(kConnection));
    QString problem;
    const auto list = registry.screens(&problem);
    if (!list) {
        err() << "vitrine-hub: cannot read the screens: " << problem << "\n";
        return kStorage;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const auto &s : *list)
            a.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("name"), s.name},
                            {QStringLiteral("pairedAt"), s.pairedAt.toString(Qt::ISODate)},
                            {QStringLiteral("revokedAt"), s.revokedAt.isValid() ? s.revokedAt.toString(Qt::ISODate) : QString()},
                            {QStringLiteral("lastSeen"), s.lastSeen.isValid() ? s.lastSeen.toString(Qt::ISODate) : QString()}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (list->isEmpty())
        out() << "No screen is paired.\n";
    for (const auto &s : *list) {
        out() << s.id << "  " << s.name << "  paired " << s.pairedAt.toString(Qt::ISODate)
              << (s.revokedAt.isValid() ? QStringLiteral("  revoked ") + s.revokedAt.toString(Qt::ISODate) : QString())
              << (s.lastSeen.isValid() ? QStringLiteral("  last seen ") + s.lastSeen.toString(Qt::ISODate) : QString()) << "\n";
    }
    return 0;
}

int revoke(const QCommandLineParser &parser, const QString &screen)
{
    ScreenRegistry registry(QSqlDatabase::database(kConnection));
    QString problem;
    if (!registry.revoke(screen, QDateTime::currentDateTimeUtc(), &problem)) {
        err() << "vitrine-hub: nothing revoked: " << problem << "\n";
        return 1;
    }
    out() << "Revoked; that screen's token is refused from now on.\n";
    return 0;
}

int brand(const QCommandLineParser &parser)
{
    Settings settings(QSqlDatabase::database(kConnection));
    QString problem;
    if (parser.isSet(QStringLiteral("off"))) {
        if (!BrandRelay::save(settings, {}, &problem)) {
            err() << "vitrine-hub: cannot store the setting: " << problem << "\n";
            return kStorage;
        }
        out() << "The relay to the brand is off; what it has not sent stays queued.\n";
        return 0;
    }
    if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("token-file")))
        return usage(parser, QStringLiteral("brand needs --url URL and --token-file FILE (or --off)"));
    BrandRelay::Endpoint endpoint;
    endpoint.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    problem = BrandRelay::problemWith(endpoint.url);
    if (!problem.isEmpty())
        return usage(parser, problem);
    // The token is read from a file, never from the command line (where `ps` would show it).
    QFile tokenFile(parser.value(QStringLiteral("token-file")));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return usage(parser, QStringLiteral("cannot read the token file: %1").arg(tokenFile.errorString()));
    endpoint.token = tokenFile.read(4096).trimmed();
    if (endpoint.token.isEmpty() || endpoint.token.contains('\n') || endpoint.token.contains('\r'))
        return usage(parser, QStringLiteral("the token file must hold the token on one line"));
    if (parser.isSet(QStringLiteral("ca"))) {
        QFile ca(parser.value(QStringLiteral("ca")));
        if (!ca.open(QIODevice::ReadOnly))
            return usage(parser, QStringLiteral("cannot read the --ca file: %1").arg(ca.errorString()));
        endpoint.caPem = ca.read(1024 * 1024);
        if (QSslCertificate::fromData(endpoint.caPem, QSsl::Pem).isEmpty())
            return usage(parser, QStringLiteral("the --ca file holds no PEM certificate"));
    }
    if (!BrandRelay::save(settings, endpoint, &problem)) {
        err() << "vitrine-hub: cannot store the setting: " << problem << "\n";
        return kStorage;
    }
    out() << "The hub relays to " << endpoint.url.toString() << " from its next turn.\n";
    return 0;
}

int relay(const QCommandLineParser &parser)
{
    QSqlDatabase db = QSqlDatabase::database(kConnection);
    QString problem;
    if (parser.isSet(QStringLiteral("now"))) {
        const auto due = Outbox(db).retryNow(QDateTime::currentDateTimeUtc(), &problem);
        if (!due) {
            err() << "vitrine-hub: " << problem << "\n";
            return kStorage;
        }
        err() << *due << " waiting items are due now.\n";
    }
    const auto status = BrandRelay::status(db, 1000, &problem);
    if (!status) {
        err() << "vitrine-hub: cannot read the relay's state: " << problem << "\n";
        return kStorage;
    }
    const auto stamp = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODate) : QString(); };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const Outbox::Item &item : status->rejected)
            rejected.append(QJsonObject{{QStringLiteral("key"), item.key},
                                        {QStringLiteral("kind"), item.kind},
                                        {QStringLiteral("record"), item.record},
                                        {QStringLiteral("reason"), item.lastError},
                                        {QStringLiteral("at"), stamp(item.nextAttempt)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("url"), status->url.toString()},
                                           {QStringLiteral("lastContact"), stamp(status->lastContact)},
                                           {QStringLiteral("problem"), status->lastProblem},
                                           {QStringLiteral("waiting"), status->counts.pending},
                                           {QStringLiteral("oldestWaiting"), stamp(status->counts.oldestPending)},
                                           {QStringLiteral("delivered"), status->counts.delivered},
                                           {QStringLiteral("rejected"), rejected}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << "brand      "
          << (status->url.isEmpty() ? QStringLiteral("(off: vitrine-hub brand --url URL --token-file FILE)")
                                    : status->url.toString())
          << "\n";
    out() << "contact    " << (status->lastContact.isValid() ? stamp(status->lastContact) : QStringLiteral("never")) << "\n";
    if (!status->lastProblem.isEmpty())
        out() << "problem    " << status->lastProblem << "\n";
    out() << "waiting    " << status->counts.pending
          << (status->counts.pending ? QStringLiteral(" (oldest %1)").arg(stamp(status->counts.oldestPending)) : QString())
          << "\n";
    out() << "delivered  " << status->counts.delivered << "\n";
    out() << "rejected   " << status->counts.dead << "\n";
    for (const Outbox::Item &item : status->rejected)
        out() << "  " << item.kind << "  " << item.key << "  " << item.lastError << "\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    TerminationSignals::catchEarly();
    JournalLog::install();
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Vitrine"));
    app.setApplicationName(QStringLiteral("vitrine-hub"));
    app.setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The studio's hub: serves the studio's screens on the LAN.\n\n"
                       "commands:\n"
                       "  serve (default)  serve on --listen\n"
                       "  pair             print a one-time pairing code for a screen\n"
                       "  screens          list the paired screens\n"
                       "  revoke SCREEN    refuse a screen's token from now on (its id or name)\n"
                       "  brand            where to relay to the brand: --url URL --token-file FILE [--ca FILE], or --off\n"
                       "  relay            the relay's state: the brand's address, last contact, items waiting,\n"
                       "                   delivered and rejected (with --now: what waits is due at once)\n"
                       "  insights         the usage insights of every studio (or --studio S) for --from D --to D,\n"
                       "                   printed, or with --csv FOLDER every table written as CSV"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("state"),
         QStringLiteral("With a PostgreSQL --db: the folder for this hub process's own files (certificate, photos, feeds)."),
         QStringLiteral("FOLDER")},
        {QStringLiteral("db"),
         QStringLiteral("The hub's database: an SQLite file (default: $VITRINE_DB or the app-data folder), or "
                        "postgresql://USER@HOST:PORT/NAME shared by a chain's hub processes."),
         QStringLiteral("PATH")},
        {QStringLiteral("listen"), QStringLiteral("Where to serve (default 127.0.0.1:8740)."), QStringLiteral("ADDR:PORT"),
         QStringLiteral("127.0.0.1:8740")},
        {QStringLiteral("ttl"), QStringLiteral("pair: how long the code is valid, in seconds (default 600)."),
         QStringLiteral("SECONDS"), QStringLiteral("600")},
        {QStringLiteral("json"), QStringLiteral("screens, relay: as JSON.")},
        {QStringLiteral("url"), QStringLiteral("brand: the brand's endpoint (https; http only to this machine)."),
         QStringLiteral("URL")},
        {QStringLiteral("token-file"), QStringLiteral("brand: a file holding the hub's token for the brand."),
         QStringLiteral("FILE")},
        {QStringLiteral("ca"), QStringLiteral("brand: a private authority (PEM) the brand's certificate may come from."),
         QStringLiteral("FILE")},
        {QStringLiteral("off"), QStringLiteral("brand: relay nothing more.")},
        {QStringLiteral("now"), QStringLiteral("relay: the items waiting out a backoff are due at once.")},
        {QStringLiteral("relay-every-ms"), QStringLiteral("serve: how often the relay to the brand runs (default 5000)."),
         QStringLiteral("MS"), QStringLiteral("5000")},
        {QStringLiteral("relay-batch"), QStringLiteral("serve: the most items in one request to the brand (default 50)."),
         QStringLiteral("N"), QStringLiteral("50")},
        {QStringLiteral("from"), QStringLiteral("insights: the first day (YYYY-MM-DD)."), QStringLiteral("D")},
        {QStringLiteral("to"), QStringLiteral("insights: the last day (YYYY-MM-DD)."), QStringLiteral("D")},
        {QStringLiteral("csv"), QStringLiteral("insights: write every table as CSV into FOLDER."), QStringLiteral("FOLDER")},
        {QStringLiteral("studio"), QStringLiteral("insights: one studio's screens only (its catalog id)."), QStringLiteral("S")},
        {QStringLiteral("no-tls"), QStringLiteral("serve: plain HTTP instead of TLS with the hub's own certificate.")},
        {QStringLiteral("no-sync"), QStringLiteral("serve: fetch none of the studio's sources.")},
        {QStringLiteral("no-demo"), QStringLiteral("serve: do not load the demo catalog into an empty database.")},
        {QStringLiteral("public-url"),
         QStringLiteral("serve: the address visitors' phones reach this hub at (the kiosks' phone base URL), for shared links."),
         QStringLiteral("URL")},
        {QStringLiteral("theme"), QStringLiteral("serve: the brand theme of the phone pages (nocturne or fjord)."),
         QStringLiteral("ID"), QStringLiteral("nocturne")},
        {QStringLiteral("phone-change-rate"),
         QStringLiteral("serve: booking changes from phones a second, per address and per code (default 0.1 and 1/60)."),
         QStringLiteral("N")},
        {QStringLiteral("max-connections"), QStringLiteral("serve: connections held at once (default 2000)."),
         QStringLiteral("N")},
        {QStringLiteral("rate"), QStringLiteral("serve: requests a second per screen (default 20)."), QStringLiteral("N")},
        {QStringLiteral("connections-per-address"),
         QStringLiteral("serve: open connections one address may hold (default 32, at most 1000)."), QStringLiteral("N")},
        {QStringLiteral("pairing-burst"),
         QStringLiteral("serve: pairing attempts one address may make at once, then one every 5 s (default 5, at most 100)."),
         QStringLiteral("N")},
        {QStringLiteral("deadlines-ms"),
         QStringLiteral("serve: the header, body, idle and write deadlines in ms (default 5000,15000,30000,15000)."),
         QStringLiteral("H,B,I,W")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, pair, screens, revoke, brand, relay or insights"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    const QStringList known{QStringLiteral("serve"), QStringLiteral("pair"),  QStringLiteral("screens"), QStringLiteral("revoke"),
                            QStringLiteral("brand"), QStringLiteral("relay"), QStringLiteral("insights")};
    if (!known.contains(command))
        return usage(parser, QStringLiteral("unknown command %1").arg(command));
    if ((command == QLatin1String("revoke")) != (args.size() == 2) || args.size() > 2)
        return usage(parser,
                     command == QLatin1String("revoke") ? QStringLiteral("revoke needs exactly one SCREEN")
                                                        : QStringLiteral("%1 takes no argument").arg(command));

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    QString files = path;
    if (Database::isServer(path)) {
        const QString state = parser.value(QStringLiteral("state"));
        if (state.isEmpty())
            return usage(parser,
                         QStringLiteral("a PostgreSQL --db needs --state FOLDER: where this hub process keeps its "
                                        "certificate, photos and fetched feeds"));
        if (!QDir().mkpath(state)) {
            err() << "vitrine-hub: the folder " << state << " cannot be created\n";
            return kStorage;
        }
        files = QDir(state).filePath(QStringLiteral("hub"));
    }
    const Database::OpenResult opened = Database::open(path, kConnection);
    if (!opened.ok()) {
        err() << "vitrine-hub: " << opened.message << "\n";
        return kStorage;
    }
    int code = 0;
    if (command == QLatin1String("pair"))
        code = pair(parser, files);
    else if (command == QLatin1String("screens"))
        code = screens(parser);
    else if (command == QLatin1String("revoke"))
        code = revoke(parser, args.at(1));
    else if (command == QLatin1String("brand"))
        code = brand(parser);
    else if (command == QLatin1String("relay"))
        code = relay(parser);
    else if (command == QLatin1String("insights"))
        code = HubInsightExport::run(QSqlDatabase::database(kConnection), parser);
    else
        code = serve(app, parser, path, files, opened.schemaVersion);
    Database::close(kConnection);
    return code;
}
