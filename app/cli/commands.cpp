#include "bookingcommands.h"
#include "commands.h"
#include "configcommands.h"

#include "inventory/inventoryindex.h"
#include "kiosk/staffpin.h"
#include "catalog/catalogrows.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"
#include "feed/feedimporter.h"

#include <QCommandLineParser>
#include <QFile>
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

const char *kUsage = "usage: vitrinectl [--db PATH] <command> [arguments]\n"
                     "\n"
                     "commands:\n"
                     "  import FILE       validate a Vitrine feed and apply its valid records\n"
                     "  export --json     print the stock as JSON\n"
                     "  doctor            schema version, counts and an integrity check\n"
                     "  set-pin           set the staff PIN (4-12 digits, read from standard input)\n"
                     "  search --json SPEC   total, first page and every facet count for a filter (JSON)\n"
                     "  config --code CODE | --model M [--trim T] [--select a,b,c] [--market X]\n"
                     "                    a build decoded or resolved by the rule engine, priced (JSON)\n"
                     "  slots --studio S --date YYYY-MM-DD [--model M | --vehicle ID]   test-drive slots with capacity (JSON)\n"
                     "  book --studio S (--model M | --vehicle ID) --start TIME --name N (--phone P | --email E)\n"
                     "       --privacy-consent [--marketing-consent] [--key K] [--ics FILE]\n"
                     "                    book a test drive (JSON); exit 4 slot taken, 65 contact details invalid\n"
                     "  purge [--days N]  remove visitors' contact data N days after their drive (default: setting or 30)\n"
                     "  erase --booking CODE   remove one booking's contact data now\n";

int usage(const QString &problem = QString())
{
    if (!problem.isEmpty())
        err() << "vitrinectl: " << problem << "\n";
    err() << kUsage;
    return 64;
}

int doImport(QSqlDatabase db, const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("import needs exactly one FILE"));
    FeedImporter importer(db);
    const FeedImporter::Report report = importer.importFile(args.first());
    for (const RecordIssue &issue : report.issues)
        err() << (issue.severity == RecordIssue::Severity::Error ? "rejected " : "warning  ") << issue.toString() << "\n";
    if (!report.applied) {
        err() << "vitrinectl: import refused: " << report.fatal << "\n";
        return 1;
    }
    out() << "imported " << args.first() << ": " << report.accepted << " records applied, " << report.rejected
          << " rejected, " << report.warnings << " warnings, " << report.tombstoned << " removed\n";
    return report.rejected > 0 ? 3 : 0;
}

int doExport(QSqlDatabase db, const QStringList &args)
{
    if (args != QStringList{QStringLiteral("--json")})
        return usage(QStringLiteral("export supports --json"));
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
          << "integrity:     " << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; ")))
          << "\n";
    return problems.isEmpty() ? 0 : 1;
}

int doSetPin(QSqlDatabase db, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("set-pin reads the PIN from standard input, never from the command line"));
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

int doSearch(QSqlDatabase db, const QStringList &args)
{
    if (args.size() != 2 || args.first() != QLatin1String("--json"))
        return usage(QStringLiteral("search needs --json '<filter spec>', e.g. --json '{\"condition\":[\"new\"],\"text\":\"blue\"}'"));
    QJsonParseError parseError;
    const QJsonDocument spec = QJsonDocument::fromJson(args.at(1).toUtf8(), &parseError);
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
        return x.any ? QJsonObject{{QStringLiteral("min"), x.min / scale}, {QStringLiteral("max"), x.max / scale}} : QJsonObject();
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
    QStringList args = arguments.mid(1);
    QString dbPath = Database::defaultPath();
    if (args.size() >= 2 && args.first() == QLatin1String("--db")) {
        dbPath = args.at(1);
        args = args.mid(2);
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return args.isEmpty() ? usage(QStringLiteral("no command given")) : (out() << kUsage, 0);
    const QString command = args.takeFirst();
    static const QStringList known{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("doctor"),
                                     QStringLiteral("set-pin"), QStringLiteral("search"),
                                     QStringLiteral("config"), QStringLiteral("slots"), QStringLiteral("book"),
                                     QStringLiteral("purge"), QStringLiteral("erase")};
    if (!known.contains(command))
        return usage(QStringLiteral("unknown command \"%1\"").arg(command));

    const Database::OpenResult opened = Database::open(dbPath, QStringLiteral("cli"));
    if (!opened.ok()) {
        err() << "vitrinectl: " << opened.message << "\n";
        return 2;
    }
    if (!opened.message.isEmpty())
        err() << "vitrinectl: " << opened.message << "\n";
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("cli"));
    int code = 0;
    if (command == QLatin1String("import"))
        code = doImport(db, args);
    else if (command == QLatin1String("export"))
        code = doExport(db, args);
    else if (command == QLatin1String("search"))
        code = doSearch(db, args);
    else if (command == QLatin1String("config"))
        code = ConfigCommands::runConfig(db, args);
    else if (command == QLatin1String("slots"))
        code = BookingCommands::runSlots(db, args);
    else if (command == QLatin1String("book"))
        code = BookingCommands::runBook(db, args);
    else if (command == QLatin1String("purge"))
        code = BookingCommands::runPurge(db, args);
    else if (command == QLatin1String("erase"))
        code = BookingCommands::runErase(db, args);
    else if (command == QLatin1String("set-pin"))
        code = doSetPin(db, args);
    else
        code = doDoctor(db, opened.schemaVersion);
    out().flush();
    return code;
}
