// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseupgrade.h"

#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

const QString kConnection = QStringLiteral("upgrade");

void removeWithJournal(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Reads the schema version and writes a consistent copy (WAL content included) through SQLite
// itself, without migrating or configuring the original in any way.
bool snapshot(const QString &path, const QString &copy, int *version, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = Database::plainReason(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                *error = Database::plainReason(q.lastError());
            } else {
                *version = q.value(0).toInt();
                QString quoted = copy;
                quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
                // The copy is written with this build's page size (VACUUM INTO takes the connection's
                // page_size, in WAL mode too), the one thing a database in WAL mode keeps otherwise.
                ok = *version > Database::latestVersion()
                    || (q.exec(QStringLiteral("PRAGMA page_size = %1").arg(Database::kPageSize))
                        && q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)));
                if (!ok)
                    *error = Database::plainReason(q.lastError());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return ok;
}

} // namespace

QString DatabaseUpgrade::previousPath(const QString &path)
{
    return path + QStringLiteral(".previous");
}

DatabaseUpgrade::Result DatabaseUpgrade::migrateCopy(const QString &path, const QString &copy)
{
    Result result;
    result.to = Database::latestVersion();
    if (!QFileInfo::exists(path)) {
        result.outcome = Outcome::NoDatabase;
        result.message = QStringLiteral("there is no database at %1 yet; the kiosk creates one on its first start").arg(path);
        return result;
    }
    removeWithJournal(copy);
    QString error;
    if (!snapshot(path, copy, &result.from, &error)) {
        removeWithJournal(copy);
        result.message = QStringLiteral("the database %1 cannot be read (%2); it was left as it was").arg(path, error);
        return result;
    }
    if (result.from > result.to) {
        result.message = QStringLiteral("the database %1 was written by a newer Vitrine (schema %2; this version knows up "
                                        "to %3); it was left as it was")
                             .arg(path)
                             .arg(result.from)
                             .arg(result.to);
        return result;
    }
    if (result.from == result.to) {
        removeWithJournal(copy);
        result.outcome = Outcome::UpToDate;
        result.message = QStringLiteral("the database %1 is at schema %2, as this version wants").arg(path).arg(result.to);
        return result;
    }
    const Database::OpenResult opened = Database::open(copy, kConnection);
    QStringList problems;
    if (opened.ok()) {
        QSqlDatabase db = QSqlDatabase::database(kConnection);
        problems = Database::integrityProblems(db);
    }
    Database::close(kConnection);
    if (!opened.ok() || !problems.isEmpty()) {
        removeWithJournal(copy);
        result.message = QStringLiteral("migrating a copy of %1 from schema %2 to %3 failed (%4); the database was left "
                                        "as it was, and this version cannot use it until that is fixed")
                             .arg(path)
                             .arg(result.from)
                             .arg(result.to)
                             .arg(opened.ok() ? problems.join(QStringLiteral("; ")) : opened.message);
        return result;
    }
    result.outcome = Outcome::WouldMigrate;
    return result;
}

DatabaseUpgrade::Result DatabaseUpgrade::check(const QString &path)
{
    const QString copy = path + QStringLiteral(".check");
    Result result = migrateCopy(path, copy);
    removeWithJournal(copy);
    if (result.outcome == Outcome::WouldMigrate)
        result.message =
            QStringLiteral("the database %1 can be migrated from schema %2 to %3").arg(path).arg(result.from).arg(result.to);
    return result;
}

DatabaseUpgrade::Result DatabaseUpgrade::apply(const QString &path)
{
    const QString copy = path + QStringLiteral(".upgrade");
    Result result = migrateCopy(path, copy);
    if (result.outcome != Outcome::WouldMigrate)
        return result;
    // A journal left beside the file means another program still has it open: swapping now
    // would lose what it writes next.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        removeWithJournal(copy);
        result.outcome = Outcome::Failed;
        result.message = QStringLiteral("the database %1 is in use (stop the kiosk first); it was left as it was").arg(path);
        return result;
    }
    const QString previous = previousPath(path);
    removeWithJournal(previous);
    if (!QFile::rename(path, previous)) {
        removeWithJournal(copy);
        result.outcome = Outcome::Failed;
        result.message = QStringLiteral("the database %1 cannot be kept as %2 (check the folder's permissions); it was "
                                        "left as it was")
                             .arg(path, previous);
        return result;
    }
    if (!QFile::rename(copy, path)) {
        QFile::rename(previous, path);
        removeWithJournal(copy);
        result.outcome = Outcome::Failed;
        result.message = QStringLiteral("the migrated copy cannot take the place of %1; the database was left as it was")
                             .arg(path);
        return result;
    }
    QFile::remove(path + QStringLiteral("-shm"));
    result.outcome = Outcome::Migrated;
    result.message = QStringLiteral("the database %1 was migrated from schema %2 to %3; the file from before is kept as %4 "
                                    "until the kiosk has started once")
                         .arg(path)
                         .arg(result.from)
                         .arg(result.to)
                         .arg(previous);
    return result;
}

bool DatabaseUpgrade::releasePrevious(const QString &path)
{
    const QString previous = previousPath(path);
    if (!QFileInfo::exists(previous))
        return false;
    removeWithJournal(previous);
    qCInfo(lcStorage) << "the new version has started: the database from before the upgrade was removed";
    return true;
}
