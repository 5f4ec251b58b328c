// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-synth: a synthetic Vitrine feed of N cars over the catalog stored in a database, for
// benchmarks and stress tests. A test tool, not part of the product.

#include "catalog/catalogrows.h"
#include "storage/database.h"
#include "syntheticstock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("A synthetic feed of N cars over a stored catalog"));
    cli.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database with a catalog."), QStringLiteral("path"));
    const QCommandLineOption countOption(QStringLiteral("vehicles"), QStringLiteral("How many cars."), QStringLiteral("N"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Feed file to write."), QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                                        QStringLiteral("1"));
    cli.addOptions({dbOption, countOption, outOption, seedOption});
    cli.process(app);
    QTextStream err(stderr);
    bool ok = false;
    const qsizetype count = cli.value(countOption).toLongLong(&ok);
    if (!cli.isSet(dbOption) || !ok || count < 1 || count > 10000000 || !cli.isSet(outOption)) {
        err << "vitrine-synth: needs --db PATH, --vehicles N (1 to 10,000,000) and --out FILE\n";
        return 64;
    }
    const Database::OpenResult opened = Database::open(cli.value(dbOption), QStringLiteral("synth"));
    if (!opened.ok()) {
        err << "vitrine-synth: " << opened.message << "\n";
        return 2;
    }
    QString error;
    const auto catalog = CatalogRows(QSqlDatabase::database(QStringLiteral("synth"))).catalog(&error);
    if (!catalog || catalog->trims.isEmpty() || catalog->studios.isEmpty()) {
        err << "vitrine-synth: needs a catalog with trims and studios; import one first\n";
        return 1;
    }
    QFile file(cli.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        err << "vitrine-synth: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
        return 1;
    }
    file.write(SyntheticStock::feed(SyntheticStock::vehicles(*catalog, count, cli.value(seedOption).toUInt()),
                                    QStringLiteral("synthetic")));
    QTextStream(stdout) << "wrote " << count << " vehicles to " << file.fileName() << "\n";
    return 0;
}
