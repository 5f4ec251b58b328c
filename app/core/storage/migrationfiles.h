// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The schema's migration files as a build carries them (NNNN_name.sql under a resource folder),
/// for SQLite's and the server's schema alike.
namespace MigrationFiles {

struct Migration {
    int version;
    QString resource;
};

/// The migrations in `folder`, by version.
QList<Migration> in(const QString &folder);

/// A migration file's statements: each ends at a ';' ending a line outside a $$-quoted function
/// body (SQLite's files have none); comment lines are left out. Migrations avoid semicolons
/// inside string literals, so this keeps them plain SQL files.
QStringList statements(const QString &sql);

} // namespace MigrationFiles
