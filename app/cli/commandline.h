// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// One vitrinectl invocation, read the conventional way: the global options (--db PATH,
/// --help, --version) before or after the command, the command's own options checked against
/// what it takes, `--name value` or `--name=value`, each at most once; anything else is refused
/// (exit 64) before the database is touched.
class CommandLine
{
public:
    struct Spec {
        QString name;
        QStringList valued;    ///< options that take a value
        QStringList flags;     ///< options that stand alone
        int positionals = 0;   ///< how many bare arguments it takes at most
        bool readOnly = false; ///< never creates or migrates a database that is not there
        QString usage;         ///< its lines of the help
    };

    QString command;
    QString dbPath; ///< empty: the default path
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positionals;
    bool help = false;
    bool version = false;
    QString problem; ///< set when the line is refused

    bool has(const char *name) const { return values.contains(QLatin1String(name)) || flags.contains(QLatin1String(name)); }
    QString value(const char *name) const { return values.value(QLatin1String(name)); }

    /// `arguments` without the program's name.
    static CommandLine parse(const QStringList &arguments, const QList<Spec> &specs);
};
