// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include "pgserver.h"

#include <functional>

/// A real vitrine-hub on 127.0.0.1 and a free port, on a database in a folder of its own;
/// started by the test, stopped when this goes. Also runs the hub's commands on that database.
/// With VITRINE_TEST_POSTGRES=1 in the environment (the hub/pg/ tests) its database is a new one
/// on the test's PostgreSQL server (PgServer) instead of an SQLite file.
class HubProcess
{
public:
    /// Whether this test's hubs run on PostgreSQL.
    static bool onServer() { return qEnvironmentVariableIntValue("VITRINE_TEST_POSTGRES") == 1; }

    /// `prepare` gets the database's path before the hub starts (to put sources in it, say).
    explicit HubProcess(const QStringList &extraArguments = {}, const std::function<void(const QString &)> &prepare = {})
    {
        if (onServer() && !PgServer::shared().ok())
            qWarning("no PostgreSQL server for the test: %s", qPrintable(PgServer::shared().error()));
        m_db = onServer() ? PgServer::shared().newDatabase() : m_dir.filePath(QStringLiteral("hub.db"));
        if (prepare)
            prepare(m_db);
        m_arguments = extraArguments;
        start();
    }
    /// A hub process on a database another one uses too (a chain's hubs on one PostgreSQL).
    struct Shared {
        QString database;
    };
    explicit HubProcess(const Shared &shared, const QStringList &extraArguments = {})
    {
        m_db = shared.database;
        m_arguments = extraArguments;
        start();
    }
    ~HubProcess() { stop(); }

    /// Starts the hub (again, after stop() or kill()) on the same database and certificate, on a
    /// new free port unless `more` says `--listen` again; false when it did not say it listens.
    bool start(const QStringList &more = {})
    {
        m_port = 0;
        m_process.setProgram(QStringLiteral(VITRINE_HUB_BIN));
        m_process.setArguments(databaseArguments() + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                               + m_arguments + more);
        m_process.setProcessChannelMode(m_log.isEmpty() ? QProcess::ForwardedErrorChannel : QProcess::SeparateChannels);
        if (!m_log.isEmpty())
            m_process.setStandardErrorFile(m_log, QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (m_port == 0 && t.elapsed() < 60000 && m_process.state() == QProcess::Running) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
                continue;
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("certificate sha256 "))
                m_fingerprint = line.mid(19);
            if (line.startsWith("listening "))
                m_port = line.mid(line.lastIndexOf(':') + 1).toUShort();
        }
        return running();
    }

    /// Ends the hub at once, as a power cut would (SIGKILL): no clean-up of any kind.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    /// Ends the hub (as a service stop does); its database stays for the test to read.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// The hub's log (standard error) goes to `path` from its next start on, for a test to read.
    void setLogFile(const QString &path) { m_log = path; }

    bool running() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    /// The SHA-256 of the certificate the hub said it serves (empty with --no-tls).
    QByteArray fingerprint() const { return m_fingerprint; }
    qint64 pid() const { return m_process.processId(); }
    QString databasePath() const { return m_db; }
    /// Where the hub keeps its own files (certificate, photos): beside an SQLite database, or
    /// in its --state folder on a server. Its certificate is filesPath() + ".hub-cert.pem".
    QString filesPath() const { return isServer(m_db) ? m_dir.filePath(QStringLiteral("hub")) : m_db; }
    /// --db and, on a server, --state, for this hub's commands.
    QStringList databaseArguments() const
    {
        QStringList out{QStringLiteral("--db"), m_db};
        if (isServer(m_db))
            out << QStringLiteral("--state") << m_dir.path();
        return out;
    }
    static bool isServer(const QString &path) { return path.startsWith(QLatin1String("postgresql://")); }
    /// SQL joining `expression`'s values with `separator` in this hub's database's dialect.
    QString aggregate(const QString &expression, const QString &separator = QStringLiteral(",")) const
    {
        return isServer(m_db) ? QStringLiteral("string_agg(CAST(%1 AS TEXT), '%2')").arg(expression, separator)
                              : QStringLiteral("group_concat(%1, '%2')").arg(expression, separator);
    }

    /// A connection named `name` to an SQLite file or a PostgreSQL database (its address).
    static QSqlDatabase connectTo(const QString &path, const QString &name)
    {
        QSqlDatabase db;
        if (isServer(path)) {
            const QUrl url(path);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            db.open();
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        }
        return db;
    }

    /// The first column of the first row `sql` reads from the hub's database (invalid when none),
    /// on a connection of its own beside the running hub.
    QVariant value(const QString &sql) const { return valueAt(m_db, sql); }
    /// The same from any SQLite file (a screen's).
    static QVariant valueAt(const QString &path, const QString &sql)
    {
        QVariant out;
        readAt(path, sql, [&out](const QSqlQuery &q) {
            out = q.value(0);
            return false;
        });
        return out;
    }
    /// The first column of every row `sql` reads from a SQLite file, in order.
    static QStringList columnAt(const QString &path, const QString &sql)
    {
        QStringList out;
        readAt(path, sql, [&out](const QSqlQuery &q) {
            out << q.value(0).toString();
            return true;
        });
        return out;
    }
    /// Runs `sql` on a connection of its own; `row` sees each row while it says to go on.
    static void readAt(const QString &path, const QString &sql, const std::function<bool(const QSqlQuery &)> &row)
    {
        const QString name = QStringLiteral("hubprocess-read");
        {
            QSqlDatabase db = connectTo(path, name);
            if (db.isOpen()) {
                QSqlQuery q(db);
                if (q.exec(sql))
                    while (q.next() && row(q)) {
                    }
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// Runs `vitrine-hub --db <this hub's database> <arguments>`; its exit code and standard output.
    struct Run {
        int exitCode = -1;
        QByteArray out;
    };
    Run command(const QStringList &arguments) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(VITRINE_HUB_BIN));
        p.setArguments(databaseArguments() + arguments);
        p.start();
        p.waitForFinished(30000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
    }
    QString pairingCode(int ttlSeconds = 600) const
    {
        return QString::fromUtf8(
            command({QStringLiteral("pair"), QStringLiteral("--ttl"), QString::number(ttlSeconds)}).out.trimmed());
    }

    /// A /proc/PID/status figure of the hub in kB (VmHWM: peak resident memory; VmRSS: now).
    qint64 statusKb(const QByteArray &field) const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith(field + ':'))
                return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_process;
    QStringList m_arguments;
    QString m_log;
    quint16 m_port = 0;
    QByteArray m_fingerprint;
};
