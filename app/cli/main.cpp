// SPDX-License-Identifier: GPL-3.0-or-later
// vitrinectl: the same core as the kiosk, from a shell.

#include "commands.h"

#include "common/hugepages.h"
#include "common/journallog.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    JournalLog::install();
    HugePages::growHeapsBy(HugePages::kHeapGrowth); // `vitrinectl import` reads a feed on two threads
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Vitrine"));
    app.setApplicationName(QStringLiteral("vitrine"));
    app.setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return Commands::run(app.arguments());
}
