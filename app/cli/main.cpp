// vitrinectl: the same core as the kiosk, from a shell.

#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Vitrine"));
    app.setApplicationName(QStringLiteral("vitrine"));
    return Commands::run(app.arguments());
}
