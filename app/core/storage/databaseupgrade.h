// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A package upgrade's migration made safe: the schema is brought up to date on a copy, the copy
/// takes the file's place only when that worked, and the file from before the upgrade stays
/// beside it (`<path>.previous`) until the new version has started once. A failed migration
/// leaves the database exactly as it was.
class DatabaseUpgrade
{
public:
    enum class Outcome {
        UpToDate,     ///< nothing to migrate
        WouldMigrate, ///< check only: the copy migrated cleanly, nothing was changed
        Migrated,     ///< the migrated copy is in place, the old file kept as previousPath()
        NoDatabase,   ///< no file at the path (a first install, or a screen never started)
        Failed,       ///< nothing was changed; `message` says why, for a person
    };

    struct Result {
        Outcome outcome = Outcome::Failed;
        int from = 0; ///< schema version found
        int to = 0;   ///< schema version after migrating
        QString message;
    };

    /// Migrates a throw-away copy: whether an upgrade of `path` would work.
    static Result check(const QString &path);
    /// Migrates a copy and swaps it in, keeping the old file as previousPath().
    static Result apply(const QString &path);

    static QString previousPath(const QString &path);
    /// The new version has started on the migrated file: the previous one goes (it may hold
    /// visitors' contact data, which must not linger). True when there was one to remove.
    static bool releasePrevious(const QString &path);

private:
    static Result migrateCopy(const QString &path, const QString &copy);
};
