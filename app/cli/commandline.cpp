// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

CommandLine CommandLine::parse(const QStringList &arguments, const QList<Spec> &specs)
{
    CommandLine line;
    const Spec *spec = nullptr;
    const auto refuse = [&line](const QString &problem) {
        if (line.problem.isEmpty())
            line.problem = problem;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            inlineValue = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        const auto takeValue = [&](QString *out) {
            if (hasInlineValue) {
                *out = inlineValue;
            } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                *out = arguments.at(++i);
            } else {
                refuse(QStringLiteral("%1 needs a value").arg(arg));
                return false;
            }
            return true;
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            line.help = true;
        } else if (arg == QLatin1String("--version")) {
            line.version = true;
        } else if (arg == QLatin1String("--db")) {
            if (!line.dbPath.isEmpty())
                refuse(QStringLiteral("--db is given twice"));
            takeValue(&line.dbPath);
            if (line.dbPath.isEmpty())
                refuse(QStringLiteral("--db needs a path"));
        } else if (!spec) {
            if (arg.startsWith(QLatin1Char('-'))) {
                refuse(QStringLiteral("\"%1\" is not an option of vitrinectl; give the command first").arg(arg));
                continue;
            }
            for (const Spec &s : specs) {
                if (s.name == arg)
                    spec = &s;
            }
            if (!spec) {
                refuse(QStringLiteral("unknown command \"%1\"").arg(arg));
                return line;
            }
            line.command = arg;
        } else if (spec->valued.contains(arg)) {
            if (line.values.contains(arg))
                refuse(QStringLiteral("%1 is given twice").arg(arg));
            QString v;
            if (takeValue(&v))
                line.values.insert(arg, v);
        } else if (spec->flags.contains(arg) && !hasInlineValue) {
            if (line.flags.contains(arg))
                refuse(QStringLiteral("%1 is given twice").arg(arg));
            line.flags.insert(arg);
        } else if (!arg.startsWith(QLatin1Char('-')) && line.positionals.size() < spec->positionals) {
            line.positionals << arg;
        } else {
            refuse(QStringLiteral("%1 does not take \"%2\"").arg(line.command, arguments.at(i)));
        }
    }
    return line;
}
