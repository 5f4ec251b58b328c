#include "commands.h"

#include "kiosk/staffpin.h"
#include "storage/catalogreader.h"
#include "storage/database.h"
#include "sync/feedimporter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
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
                     "  set-pin           set the staff PIN (4-12 digits, read from standard input)\n";

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
    for (const FeedIssue &issue : report.issues)
        err() << (issue.severity == FeedIssue::Severity::Error ? "rejected " : "warning  ") << issue.toString() << "\n";
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
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT doc FROM vehicle WHERE deleted = 0 ORDER BY id"))) {
        err() << "vitrinectl: cannot read the stock: " << q.lastError().text() << "\n";
        return 1;
    }
    QJsonArray vehicles;
    while (q.next())
        vehicles.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    out() << QJsonDocument(QJsonObject{{QStringLiteral("vehicles"), vehicles}}).toJson(QJsonDocument::Indented);
    return 0;
}

int doDoctor(QSqlDatabase db, int schemaVersion)
{
    CatalogReader reader(db);
    QString error;
    const auto counts = reader.counts(&error);
    if (!counts) {
        err() << "vitrinectl: cannot count: " << error << "\n";
        return 1;
    }
    QSqlQuery q(db);
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
    } else {
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
        problems << QStringLiteral("foreign key violation in %1").arg(q.value(0).toString());
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
          << "vehicles:      " << counts->vehicles << "\n"
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
                                     QStringLiteral("set-pin")};
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
    else if (command == QLatin1String("set-pin"))
        code = doSetPin(db, args);
    else
        code = doDoctor(db, opened.schemaVersion);
    out().flush();
    return code;
}
