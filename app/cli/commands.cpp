// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "bookingcommands.h"
#include "commandline.h"
#include "configcommands.h"
#include "insightcommands.h"
#include "servicestate.h"
#include "tradeincommands.h"

#include "catalog/catalogrows.h"
#include "feed/feedimporter.h"
#include "inventory/inventoryindex.h"
#include "inventory/vehiclerows.h"
#include "kiosk/staffpin.h"
#include "kiosk/studiosettings.h"
#include "storage/database.h"
#include "storage/databaseupgrade.h"
#include "storage/outbox.h"
#include "storage/settings.h"
#include "sync/hublink.h"
#include "sync/syncoverview.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

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

constexpr int kUsageError = 64;
constexpr int kNoDatabase = 66;
constexpr int kStorage = 2;

const QString kIntro = QStringLiteral(
    "usage: vitrinectl [--db PATH] <command> [options]   (options may come before or after the command)\n"
    "       vitrinectl <command> --help\n"
    "\n"
    "commands:\n");

const QList<CommandLine::Spec> &specs()
{
    static const QList<CommandLine::Spec> list{
        {QStringLiteral("import"),
         {QStringLiteral("--format"), QStringLiteral("--source"), QStringLiteral("--dealer"), QStringLiteral("--market")},
         {},
         1,
         false,
         QStringLiteral("  import FILE [--format F] [--source S] [--dealer D] [--market M]\n"
                        "                    validate a feed (Vitrine JSON, Meta or Google CSV/TSV; the format is recognised\n"
                        "                    unless --format names it: %1) and apply its valid records; a\n"
                        "                    dealer feed's stock is kept under --source (default: the format and the file's\n"
                        "                    name), its rows without a dealer go to place --dealer, new dealers to --market\n")
             .arg(FeedFormat::names().join(QStringLiteral(", ")))},
        {QStringLiteral("sources"),
         {},
         {QStringLiteral("--json")},
         0,
         true,
         QStringLiteral("  sources [--json]  the feeds this screen fetches and what their last fetches came to\n")},
        {QStringLiteral("export"),
         {},
         {QStringLiteral("--json")},
         0,
         true,
         QStringLiteral("  export --json     print the stock as JSON\n")},
        {QStringLiteral("doctor"),
         {},
         {},
         0,
         true,
         QStringLiteral("  doctor            the database's path, schema version, counts and an integrity check\n")},
        {QStringLiteral("migrate"),
         {},
         {QStringLiteral("--check")},
         0,
         true,
         QStringLiteral("  migrate [--check]  bring the database's schema up to date on a copy, keep the old file as\n"
                        "                    <db>.previous until the kiosk has started once (--check: try on a copy,\n"
                        "                    change nothing); a failure leaves the database as it was\n")},
        {QStringLiteral("set-pin"),
         {},
         {},
         0,
         false,
         QStringLiteral("  set-pin           set the staff PIN (4-12 digits, read from standard input)\n")},
        {QStringLiteral("phone-url"),
         {},
         {QStringLiteral("--clear")},
         1,
         false,
         QStringLiteral("  phone-url [URL | --clear]  show, set or clear the address where visitors' phones open this\n"
                        "                    studio's pages (its hub's /p/ pages; the kiosk's QR codes lead there)\n")},
        {QStringLiteral("link"),
         {},
         {QStringLiteral("--json")},
         0,
         true,
         QStringLiteral("  link [--json]     this screen's link to its hub: the hub paired, the last contact, items\n"
                        "                    waiting to go out and items refused for good with the reason\n")},
        {QStringLiteral("search"),
         {QStringLiteral("--json")},
         {},
         0,
         true,
         QStringLiteral("  search --json SPEC   total, first page and every facet count for a filter (JSON)\n")},
        {QStringLiteral("config"),
         {QStringLiteral("--code"), QStringLiteral("--model"), QStringLiteral("--trim"), QStringLiteral("--select"),
          QStringLiteral("--market"), QStringLiteral("--deposit"), QStringLiteral("--term"), QStringLiteral("--balloon")},
         {},
         0,
         true,
         QString::fromUtf8(ConfigCommands::usage())},
        {QStringLiteral("tradein"),
         {QStringLiteral("--model"), QStringLiteral("--year"), QStringLiteral("--mileage"), QStringLiteral("--unit"),
          QStringLiteral("--make"), QStringLiteral("--condition"), QStringLiteral("--market"), QStringLiteral("--studio")},
         {},
         0,
         true,
         QString::fromUtf8(TradeInCommands::usage())},
        {QStringLiteral("slots"),
         {QStringLiteral("--studio"), QStringLiteral("--date"), QStringLiteral("--model"), QStringLiteral("--vehicle")},
         {},
         0,
         true,
         QString::fromUtf8(BookingCommands::usage(BookingCommands::Command::Slots))},
        {QStringLiteral("book"),
         {QStringLiteral("--studio"), QStringLiteral("--model"), QStringLiteral("--vehicle"), QStringLiteral("--start"),
          QStringLiteral("--name"), QStringLiteral("--phone"), QStringLiteral("--email"), QStringLiteral("--key"),
          QStringLiteral("--ics")},
         {QStringLiteral("--privacy-consent"), QStringLiteral("--marketing-consent")},
         0,
         false,
         QString::fromUtf8(BookingCommands::usage(BookingCommands::Command::Book))},
        {QStringLiteral("purge"),
         {QStringLiteral("--days")},
         {},
         0,
         false,
         QString::fromUtf8(BookingCommands::usage(BookingCommands::Command::Purge))},
        {QStringLiteral("insights"),
         {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--csv"), QStringLiteral("--fold-days")},
         {},
         0,
         true,
         QString::fromUtf8(InsightCommands::usage())},
        {QStringLiteral("erase"),
         {QStringLiteral("--booking")},
         {},
         0,
         false,
         QString::fromUtf8(BookingCommands::usage(BookingCommands::Command::Erase))},
    };
    return list;
}

QString help(const QString &command)
{
    QString text = kIntro;
    for (const CommandLine::Spec &s : specs()) {
        if (command.isEmpty() || s.name == command)
            text += s.usage;
    }
    if (command.isEmpty())
        text += QStringLiteral("\nexit codes: 0 done, 1 not possible, 2 the database cannot be used, 3 done with records "
                               "left out or a changed build, 4 slot taken, 5 request key reused, 64 bad usage, "
                               "65 contact details invalid, 66 no database at the path, 75 locked, try again\n");
    return text;
}

int usage(const QString &command, const QString &problem)
{
    err() << "vitrinectl: " << problem << "\n" << help(command);
    return kUsageError;
}

int doImport(QSqlDatabase db, const CommandLine &line, const FeedImporter::Options &options)
{
    FeedImporter importer(db);
    const FeedImporter::Report report = importer.importFile(line.positionals.first(), options);
    if (!report.format.isEmpty())
        err() << "read as " << report.format
              << (report.source.isEmpty() ? QString() : QStringLiteral(", source ") + report.source) << "\n";
    for (const RecordIssue &issue : report.issues)
        err() << (issue.severity == RecordIssue::Severity::Error ? "rejected " : "warning  ") << issue.toString() << "\n";
    if (!report.applied) {
        err() << "vitrinectl: import refused: " << report.fatal << "\n";
        return 1;
    }
    out() << "imported " << line.positionals.first() << ": " << report.accepted << " records applied, " << report.rejected
          << " rejected, " << report.warnings << " warnings, " << report.tombstoned << " removed\n";
    return report.rejected > 0 ? 3 : 0;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

int doSources(QSqlDatabase db, const CommandLine &line)
{
    QString error;
    const auto overview = SyncOverview::read(db, &error);
    if (!overview) {
        err() << "vitrinectl: cannot read the sources: " << error << "\n";
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto failingDay = [&](const QString &id) { return overview->failingLongerThan(id, std::chrono::hours(24), now); };
    const auto originName = [](SyncSource::Origin o) {
        return o == SyncSource::Origin::Feed ? QStringLiteral("feed")
            : o == SyncSource::Origin::Staff ? QStringLiteral("staff")
                                             : QStringLiteral("feed, changed by staff");
    };
    if (line.has("--json")) {
        QJsonArray list;
        for (const SyncSource &s : overview->sources) {
            const SourceState st = overview->stateOf(s.id());
            QJsonObject o = s.source.toJson();
            // An address is shown without anything secret in it.
            if (!s.source.url.isLocalFile())
                o.insert(QStringLiteral("url"),
                         s.source.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
            o.insert(QStringLiteral("origin"), originName(s.origin));
            o.insert(
                QStringLiteral("state"),
                QJsonObject{{QStringLiteral("last_attempt"), timeText(st.lastAttempt)},
                            {QStringLiteral("last_success"), timeText(st.lastSuccess)},
                            {QStringLiteral("next_attempt"), timeText(st.nextAttempt)},
                            {QStringLiteral("outcome"), SourceState::outcomeName(st.outcome)},
                            {QStringLiteral("applied"), st.applied},
                            {QStringLiteral("rejected"), st.rejected},
                            {QStringLiteral("failures"), st.failures},
                            {QStringLiteral("failing_since"), st.failingSince.isValid() ? timeText(st.failingSince) : QString()},
                            {QStringLiteral("error_kind"), SyncError::nameOf(st.error.kind)},
                            {QStringLiteral("error"), st.error.text}});
            list.append(o);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("sources"), list},
                                           {QStringLiteral("stock_as_of"), timeText(overview->stockAsOf)}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << "stock as of:   " << timeText(overview->stockAsOf) << "\n";
    if (overview->sources.isEmpty())
        out() << "no sources: the stock comes from imports (vitrinectl import FILE)\n";
    for (const SyncSource &s : overview->sources) {
        const SourceState st = overview->stateOf(s.id());
        const QUrl &url = s.source.url;
        out() << "\n"
              << s.id() << "  " << s.source.name << (s.source.enabled ? QString() : QStringLiteral("  (paused)")) << "\n"
              << "  address:       "
              << (url.isLocalFile() ? url.toLocalFile()
                                    : url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString())
              << "\n"
              << "  format:        " << s.source.formatName() << ", every " << s.source.everyMinutes << " min, from "
              << originName(s.origin) << "\n"
              << "  last success:  " << timeText(st.lastSuccess) << "\n"
              << "  last attempt:  " << timeText(st.lastAttempt)
              << (st.outcome == SourceState::Outcome::None ? QString()
                                                           : QStringLiteral(" (%1)").arg(SourceState::outcomeName(st.outcome)))
              << "\n"
              << "  next attempt:  "
              << (st.nextAttempt.isValid() ? timeText(st.nextAttempt) : QStringLiteral("when the kiosk runs")) << "\n"
              << "  records:       " << st.applied << " applied, " << st.rejected << " left out\n";
        if (st.error.isError())
            out() << "  last error:    " << st.error.text << "\n";
        if (failingDay(s.id()))
            out() << "  ATTENTION:     failing since " << timeText(st.failingSince) << "\n";
    }
    return 0;
}

int doExport(QSqlDatabase db, const CommandLine &)
{
    QString error;
    const auto vehicles = VehicleRows(db).documents(&error);
    if (!vehicles) {
        err() << "vitrinectl: cannot read the stock: " << error << "\n";
        return 1;
    }
    out() << QJsonDocument(QJsonObject{{QStringLiteral("vehicles"), *vehicles}}).toJson(QJsonDocument::Indented);
    return 0;
}

int doDoctor(QSqlDatabase db, int schemaVersion)
{
    QString error;
    const auto counts = CatalogRows(db).counts(&error);
    const auto vehicles = VehicleRows(db).count(&error);
    if (!counts || !vehicles) {
        err() << "vitrinectl: cannot count: " << error << "\n";
        return 1;
    }
    const QStringList problems = Database::integrityProblems(db);
    const QString previous = DatabaseUpgrade::previousPath(db.databaseName());
    out() << "database:      " << db.databaseName() << "\n"
          << "schema:        " << schemaVersion << " (this build: " << Database::latestVersion() << ")\n"
          << "markets:       " << counts->markets << "\n"
          << "model lines:   " << counts->lines << "\n"
          << "models:        " << counts->models << "\n"
          << "trims:         " << counts->trims << "\n"
          << "options:       " << counts->options << "\n"
          << "rules:         " << counts->rules << "\n"
          << "studios:       " << counts->studios << "\n"
          << "dealers:       " << counts->dealers << "\n"
          << "vehicles:      " << *vehicles << "\n"
          << "integrity:     " << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "))) << "\n"
          << "service:       " << ServiceState::describe() << "\n";
    if (QFileInfo::exists(previous))
        out() << "previous:      " << previous << " (from before the upgrade; removed once the kiosk has started)\n";
    return problems.isEmpty() ? 0 : 1;
}

// Runs before the database is opened: opening it would migrate it in place.
int doMigrate(const QString &path, const CommandLine &line)
{
    const bool check = line.has("--check");
    const DatabaseUpgrade::Result result = check ? DatabaseUpgrade::check(path) : DatabaseUpgrade::apply(path);
    switch (result.outcome) {
    case DatabaseUpgrade::Outcome::Failed:
        err() << "vitrinectl: " << result.message << "\n";
        return 1;
    case DatabaseUpgrade::Outcome::NoDatabase:
        err() << "vitrinectl: " << result.message << "\n";
        return kNoDatabase;
    default:
        out() << result.message << "\n";
        return 0;
    }
}

int doSetPin(QSqlDatabase db, const CommandLine &)
{
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    StaffPin staffPin(db);
    QString error;
    if (!staffPin.set(pin, &error)) {
        err() << "vitrinectl: " << error << "\n";
        return 1;
    }
    out() << "staff PIN set\n";
    return 0;
}

int doPhoneUrl(QSqlDatabase db, const CommandLine &line)
{
    StudioSettings settings(db);
    StudioSettings::Values v = settings.load();
    if (line.positionals.isEmpty() && !line.has("--clear")) {
        out() << (v.phoneBaseUrl.isEmpty() ? QStringLiteral("(none: the kiosk shows no web QR codes)") : v.phoneBaseUrl) << "\n";
        return 0;
    }
    v.phoneBaseUrl = line.has("--clear") ? QString() : line.positionals.first();
    QString error;
    if (!settings.save(v, &error)) {
        err() << "vitrinectl: " << error << "\n";
        return 1;
    }
    out() << (v.phoneBaseUrl.isEmpty() ? QStringLiteral("phone pages address cleared")
                                       : QStringLiteral("phone pages at ") + v.phoneBaseUrl.trimmed())
          << "\n";
    return 0;
}

int doLink(QSqlDatabase db, const CommandLine &line)
{
    QString error;
    const auto pairing = HubLink::load(Settings(db), &error);
    const auto lastContact = Settings(db).value(QStringLiteral("hub.lastContact"), &error);
    Outbox outbox(db);
    const auto counts = outbox.counts(&error);
    const auto rejected = outbox.items(Outbox::State::Dead, 20, &error);
    const auto oldest = outbox.items(Outbox::State::Pending, 1, &error);
    if (!pairing || !counts || !rejected || !oldest || !lastContact) {
        err() << "vitrinectl: cannot read the link's state: " << error << "\n";
        return 1;
    }
    const bool paired = pairing->valid();
    // Why the oldest waiting item has not gone yet (the hub out of reach, revoked, busy).
    const QString waitingBecause = oldest->isEmpty() ? QString() : oldest->first().lastError;
    // Never the token: whoever reads this may not pair a screen.
    QJsonArray refused;
    for (const Outbox::Item &i : *rejected)
        refused.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                   {QStringLiteral("record"), i.record},
                                   {QStringLiteral("reason"), i.lastError},
                                   {QStringLiteral("attempts"), i.attempts}});
    if (line.has("--json")) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("paired"), paired},
                                           {QStringLiteral("hub"), paired ? pairing->hub.toString() : QString()},
                                           {QStringLiteral("screenId"), paired ? pairing->screenId : QString()},
                                           {QStringLiteral("certificateSha256"),
                                            paired ? QString::fromLatin1(pairing->certificateSha256) : QString()},
                                           {QStringLiteral("lastContact"), *lastContact},
                                           {QStringLiteral("waiting"), counts->pending},
                                           {QStringLiteral("oldestWaiting"),
                                            counts->oldestPending.isValid() ? counts->oldestPending.toUTC().toString(Qt::ISODate)
                                                                            : QString()},
                                           {QStringLiteral("waitingBecause"), waitingBecause},
                                           {QStringLiteral("delivered"), counts->delivered},
                                           {QStringLiteral("rejectedCount"), counts->dead},
                                           {QStringLiteral("rejected"), refused}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (paired) {
        out() << "hub:           " << pairing->hub.toString() << " (this screen " << pairing->screenId << ")\n"
              << "certificate:   sha256 " << QString::fromLatin1(pairing->certificateSha256) << "\n"
              << "last contact:  " << (lastContact->isEmpty() ? QStringLiteral("never") : *lastContact) << "\n";
    } else {
        out() << "hub:           none (not paired: test drives, holds, calls and event places stay on this screen)\n";
    }
    out() << "waiting:       " << counts->pending;
    if (counts->oldestPending.isValid())
        out() << " (oldest " << counts->oldestPending.toUTC().toString(Qt::ISODate) << ")";
    if (!waitingBecause.isEmpty())
        out() << "\n  last try:    " << waitingBecause;
    out() << "\ndelivered:     " << counts->delivered << "\nrejected:      " << counts->dead << "\n";
    for (const Outbox::Item &i : *rejected)
        out() << "  " << i.kind << " " << i.record << ": " << i.lastError << "\n";
    if (counts->dead > rejected->size())
        out() << "  … and " << counts->dead - rejected->size() << " more (the oldest are shown)\n";
    return 0;
}

int doSearch(QSqlDatabase db, const CommandLine &line)
{
    QJsonParseError parseError;
    const QJsonDocument spec = QJsonDocument::fromJson(line.value("--json").toUtf8(), &parseError);
    if (!spec.isObject()) {
        err() << "vitrinectl: the filter spec is not a JSON object: " << parseError.errorString() << "\n";
        return 1;
    }
    QString error;
    const auto filter = InventoryFilter::fromJson(spec.object(), &error);
    if (!filter) {
        err() << "vitrinectl: " << error << "\n";
        return 1;
    }
    const auto catalog = CatalogRows(db).catalog(&error);
    const auto vehicles = VehicleRows(db).vehicles(&error);
    if (!catalog || !vehicles) {
        err() << "vitrinectl: cannot read the stock: " << error << "\n";
        return 1;
    }
    const auto index = InventoryIndex::build(*vehicles, *catalog);
    const InventoryIndex::Result r = index->query(*filter);
    QJsonArray page;
    for (const auto &hit : r.page) {
        const Vehicle &v = vehicles->at(hit.position);
        QJsonObject o{{QStringLiteral("id"), v.id},
                      {QStringLiteral("vin"), v.vin},
                      {QStringLiteral("model"), v.model},
                      {QStringLiteral("trim"), v.trim},
                      {QStringLiteral("year"), v.year},
                      {QStringLiteral("condition"), Vehicle::conditionName(v.condition)},
                      {QStringLiteral("price"), v.price.major()},
                      {QStringLiteral("currency"), v.price.currency},
                      {QStringLiteral("location"), v.location}};
        if (hit.distanceKm)
            o.insert(QStringLiteral("distance_km"), qRound(*hit.distanceKm * 10) / 10.0);
        page.append(o);
    }
    QJsonObject facets;
    for (auto it = r.facets.cbegin(); it != r.facets.cend(); ++it) {
        QJsonObject counts;
        for (const auto &fv : it.value())
            counts.insert(fv.id, qint64(fv.count));
        facets.insert(it.key(), counts);
    }
    QJsonObject equipment;
    for (const auto &fv : r.equipment)
        equipment.insert(fv.id, qint64(fv.count));
    facets.insert(QStringLiteral("equipment"), equipment);
    const auto range = [](const InventoryIndex::Range &x, double scale) {
        return x.any ? QJsonObject{{QStringLiteral("min"), x.min / scale}, {QStringLiteral("max"), x.max / scale}}
                     : QJsonObject();
    };
    out() << QJsonDocument(QJsonObject{{QStringLiteral("filter"), filter->toJson()},
                                       {QStringLiteral("total"), qint64(r.total)},
                                       {QStringLiteral("page"), page},
                                       {QStringLiteral("facets"), facets},
                                       {QStringLiteral("price"), range(r.price, 100)},
                                       {QStringLiteral("year"), range(r.year, 1)},
                                       {QStringLiteral("mileage_km"), range(r.mileageKm, 1)}})
                 .toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

int Commands::run(const QStringList &arguments)
{
    const CommandLine line = CommandLine::parse(arguments.mid(1), specs());
    if (!line.problem.isEmpty())
        return usage(line.command, line.problem);
    if (line.version) {
        out() << "vitrinectl " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (line.help) {
        out() << help(line.command);
        return 0;
    }
    if (line.command.isEmpty())
        return usage({}, QStringLiteral("no command given"));
    // What each command needs before anything is opened.
    if (line.command == QLatin1String("import") && line.positionals.size() != 1)
        return usage(line.command, QStringLiteral("import needs exactly one FILE"));
    FeedImporter::Options importOptions;
    if (line.command == QLatin1String("import")) {
        if (line.has("--format")) {
            QString problem;
            importOptions.format = FeedFormat::fromName(line.value("--format"), &problem);
            if (!importOptions.format)
                return usage(line.command, problem);
        }
        importOptions.source = line.value("--source");
        importOptions.dealer = line.value("--dealer");
        importOptions.market = line.value("--market");
    }
    if (line.command == QLatin1String("phone-url") && line.has("--clear") && !line.positionals.isEmpty())
        return usage(line.command, QStringLiteral("give a URL or --clear, not both"));
    if (line.command == QLatin1String("export") && !line.has("--json"))
        return usage(line.command, QStringLiteral("export needs --json"));
    if (line.command == QLatin1String("search") && !line.has("--json"))
        return usage(
            line.command,
            QStringLiteral("search needs --json '<filter spec>', e.g. --json '{\"condition\":[\"new\"],\"text\":\"blue\"}'"));
    if (line.command == QLatin1String("tradein")) {
        const QString problem = TradeInCommands::problem(line);
        if (!problem.isEmpty())
            return usage(line.command, problem);
    }
    const CommandLine::Spec &spec = *std::find_if(specs().cbegin(), specs().cend(),
                                                  [&](const CommandLine::Spec &s) { return s.name == line.command; });

    const QString dbPath = line.dbPath.isEmpty() ? Database::defaultPath() : line.dbPath;
    if (line.command == QLatin1String("migrate"))
        return doMigrate(dbPath, line);
    const Database::OpenResult opened = Database::open(dbPath, QStringLiteral("cli"),
                                                       spec.readOnly ? Database::Mode::Existing : Database::Mode::Create);
    if (!opened.ok()) {
        err() << "vitrinectl: " << opened.message << "\n";
        return QFileInfo::exists(dbPath) ? kStorage : kNoDatabase;
    }
    if (!opened.message.isEmpty())
        err() << "vitrinectl: " << opened.message << "\n";
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("cli"));
        const QString &command = line.command;
        if (command == QLatin1String("import"))
            code = doImport(db, line, importOptions);
        else if (command == QLatin1String("sources"))
            code = doSources(db, line);
        else if (command == QLatin1String("export"))
            code = doExport(db, line);
        else if (command == QLatin1String("search"))
            code = doSearch(db, line);
        else if (command == QLatin1String("config"))
            code = ConfigCommands::runConfig(db, line);
        else if (command == QLatin1String("tradein"))
            code = TradeInCommands::run(db, line);
        else if (command == QLatin1String("slots"))
            code = BookingCommands::runSlots(db, line);
        else if (command == QLatin1String("book"))
            code = BookingCommands::runBook(db, line);
        else if (command == QLatin1String("purge"))
            code = BookingCommands::runPurge(db, line);
        else if (command == QLatin1String("erase"))
            code = BookingCommands::runErase(db, line);
        else if (command == QLatin1String("insights"))
            code = InsightCommands::run(db, line);
        else if (command == QLatin1String("set-pin"))
            code = doSetPin(db, line);
        else if (command == QLatin1String("phone-url"))
            code = doPhoneUrl(db, line);
        else if (command == QLatin1String("link"))
            code = doLink(db, line);
        else
            code = doDoctor(db, opened.schemaVersion);
    }
    Database::close(QStringLiteral("cli"));
    out().flush();
    return code;
}
