// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationfiles.h"

#include <QDir>

namespace MigrationFiles {

QList<Migration> in(const QString &folder)
{
    QList<Migration> list;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok)
            list.append({version, dir.filePath(name)});
    }
    return list;
}

QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!inBody && trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace MigrationFiles
