// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseserver.h"
#include "migrationfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The lock every hub process takes before it migrates: one migrates, the others then find the
// schema current. A number of Vitrine's own, apart from Transaction's.
constexpr qint64 kSchemaLock = 0x5669747269'6e65LL; // "Vitrine"

QList<MigrationFiles::Migration> migrations()
{
    return MigrationFiles::in(QStringLiteral(":/vitrine/storage/migrations-pg"));
}

// libpq's own words, without its severity tags and line breaks.
QString serverWords(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    text.replace(QRegularExpression(QStringLiteral("\\b(FATAL|ERROR):\\s*")), QString());
    return text.simplified();
}

QString sqlState(const QSqlError &error)
{
    return error.nativeErrorCode();
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2)").arg(DatabaseServer::plainReason(q.lastError()), serverWords(q.lastError()));
    return false;
}

} // namespace

namespace DatabaseServer {

std::optional<QSqlDatabase> connect(const QString &url, const QString &connection, QString *error)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString name = u.path().mid(1);
    if (!u.isValid() || u.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        if (error)
            *error = QStringLiteral("%1 is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE")
                         .arg(Database::displayName(url));
        return std::nullopt;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = QStringLiteral("this machine has no PostgreSQL driver for Qt (install libqt6sql6-psql)");
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(name);
    db.setUserName(u.userName());
    db.setPassword(u.password());
    // A server that does not answer is said within seconds, never waited on for ever.
    QStringList options{QStringLiteral("connect_timeout=5")};
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList allowed{QStringLiteral("connect_timeout"), QStringLiteral("sslmode"),
                                         QStringLiteral("sslrootcert"), QStringLiteral("application_name")};
        if (!allowed.contains(key)) {
            if (error)
                *error = QStringLiteral("the PostgreSQL option %1 is not one Vitrine passes on (%2)")
                             .arg(key, allowed.join(QStringLiteral(", ")));
            QSqlDatabase::removeDatabase(connection);
            return std::nullopt;
        }
        const QString given = key + QLatin1Char('=');
        options.removeIf([&given](const QString &o) { return o.startsWith(given); });
        options << key + QLatin1Char('=') + value;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("the PostgreSQL server at %1 cannot be used: %2")
                         .arg(Database::displayName(url), serverWords(db.lastError()));
        db = {};
        QSqlDatabase::removeDatabase(connection);
        return std::nullopt;
    }
    // Times are written by Vitrine as UTC text; the server's own (the triggers') are UTC too.
    // The server's notices ("already exists, skipping") are no news for a person.
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    return db;
}

int latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Database::OpenResult open(const QString &url, const QString &connection)
{
    Database::OpenResult result;
    QString error;
    auto connected = connect(url, connection, &error);
    if (!connected) {
        result.status = Database::Status::Unavailable;
        result.message = QStringLiteral("The database cannot be used: %1.").arg(error);
        return result;
    }
    QSqlDatabase db = *connected;
    const auto fail = [&](Database::Status status, const QString &message) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connection);
        result.status = status;
        result.message = message;
        return result;
    };
    // Text is ordered byte by byte, as SQLite orders it (times, codes, cursors compare as text).
    QSqlQuery collation(db);
    if (!collation.exec(QStringLiteral("SELECT datcollate FROM pg_database WHERE datname = current_database()"))
        || !collation.next())
        return fail(Database::Status::Unavailable,
                    QStringLiteral("The database at %1 cannot be read: %2.")
                        .arg(Database::displayName(url), plainReason(collation.lastError())));
    const QString collate = collation.value(0).toString();
    if (collate != QLatin1String("C") && collate != QLatin1String("POSIX"))
        return fail(Database::Status::Unavailable,
                    QStringLiteral("The database at %1 sorts text by the %2 locale; Vitrine needs byte order. "
                                   "Create it with: createdb --locale=C --template=template0 NAME.")
                        .arg(Database::displayName(url), collate));
    if (!exec(db, QStringLiteral("BEGIN"), &error)
        || !exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock), &error)
        || !exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS vitrine_schema (version BIGINT NOT NULL)"), &error))
        return fail(Database::Status::Unavailable,
                    QStringLiteral("The database at %1 cannot be prepared: %2.").arg(Database::displayName(url), error));
    QSqlQuery current(db);
    if (!current.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM vitrine_schema")) || !current.next())
        return fail(Database::Status::Unreadable,
                    QStringLiteral("Cannot read the schema version at %1.").arg(Database::displayName(url)));
    int version = current.value(0).toInt();
    const int latest = latestVersion();
    if (version > latest)
        return fail(Database::Status::TooNew,
                    QStringLiteral("The database at %1 was written by a newer Vitrine (schema %2; this build knows up "
                                   "to %3). Update this hub.")
                        .arg(Database::displayName(url))
                        .arg(version)
                        .arg(latest));
    for (const MigrationFiles::Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Database::Status::MigrationFailed,
                        QStringLiteral("Migration %1 is missing from this build").arg(m.version));
        for (const QString &statement : MigrationFiles::statements(QString::fromUtf8(file.readAll()))) {
            if (!exec(db, statement, &error))
                return fail(Database::Status::MigrationFailed,
                            QStringLiteral("Migration %1 failed and was rolled back, so the database at %2 stays at "
                                           "schema %3: %4")
                                .arg(m.version)
                                .arg(Database::displayName(url))
                                .arg(version)
                                .arg(error));
        }
        if (!exec(db, QStringLiteral("INSERT INTO vitrine_schema (version) VALUES (%1)").arg(m.version), &error))
            return fail(Database::Status::MigrationFailed, error);
        qCInfo(lcStorage) << "applied migration" << m.version << "on" << Database::displayName(url);
        version = m.version;
    }
    if (!exec(db, QStringLiteral("COMMIT"), &error))
        return fail(Database::Status::MigrationFailed, error);
    result.schemaVersion = version;
    return result;
}

bool isServerError(const QSqlError &error)
{
    return sqlState(error).size() == 5;
}

QString plainReason(const QSqlError &error)
{
    const QString state = sqlState(error);
    if (state.startsWith(QLatin1String("23")))
        return QStringLiteral("a record breaks a rule of the database");
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return QStringLiteral("the database server cannot be reached (it stopped, or the network is down)");
    if (state == QLatin1String("53100"))
        return QStringLiteral("the database server's disk is full");
    if (state.startsWith(QLatin1String("53")))
        return QStringLiteral("the database server is out of resources (memory or connections)");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return QStringLiteral("the database is busy (another hub is writing to it); try again in a moment");
    if (state.startsWith(QLatin1String("28")))
        return QStringLiteral("the database server refused the user or password");
    return QStringLiteral("the database failed (PostgreSQL error %1)").arg(state.isEmpty() ? QStringLiteral("unknown") : state);
}

bool isConstraint(const QSqlError &error)
{
    return isServerError(error) && sqlState(error).startsWith(QLatin1String("23"));
}

} // namespace DatabaseServer
