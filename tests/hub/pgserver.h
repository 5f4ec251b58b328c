// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

/// A real PostgreSQL server for the test, on 127.0.0.1 and a free port, in a folder of its own:
/// made with initdb (byte-order collation, as the hub wants), started when first asked for and
/// stopped when the test process ends. Run as the `postgres` user when the test runs as root
/// (PostgreSQL refuses root). The Debian package `postgresql` puts the programs in
/// /usr/lib/postgresql/<version>/bin; test.sh installs it.
class PgServer
{
public:
    /// The test's one server; check ok() before use.
    static PgServer &shared()
    {
        static PgServer server;
        return server;
    }
    ~PgServer() { stop(); }
    // Stopped while Qt's SQL module still stands (at QCoreApplication's end), not at exit.
    static void stopShared() { shared().stop(); }

    bool ok() const { return m_port != 0; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

    /// A new empty database on the server; its address for --db.
    QString newDatabase()
    {
        const QString name = QStringLiteral("hub%1").arg(++m_databases);
        QSqlQuery(admin()).exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name));
        return url(name);
    }
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://vitrine@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    /// Stops the server as a power cut would its processes (SIGKILL of the postmaster and its
    /// children) or as a service stop does, and starts it again on the same port and data.
    void stop(bool immediate = false)
    {
        if (m_port == 0)
            return;
        if (QSqlDatabase::contains(QStringLiteral("pgserver-admin"))) {
            QSqlDatabase::database(QStringLiteral("pgserver-admin"), false).close();
            QSqlDatabase::removeDatabase(QStringLiteral("pgserver-admin"));
        }
        run(ctl(),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")});
        m_port = 0;
    }

private:
    PgServer()
    {
        const QString bin = binFolder();
        if (bin.isEmpty()) {
            m_error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql/*/bin; test.sh installs it)");
            return;
        }
        m_bin = bin;
        m_data = m_dir.filePath(QStringLiteral("data"));
        if (::geteuid() == 0 && !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()})) {
            m_error = QStringLiteral("cannot give the folder to the postgres user");
            return;
        }
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("--locale=C"), QStringLiteral("--encoding=UTF8"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("vitrine"),
                  QStringLiteral("--no-sync")})) {
            m_error = QStringLiteral("initdb failed: ") + m_output;
            return;
        }
        for (int attempt = 0; attempt < 5 && m_port == 0; ++attempt) {
            const quint16 port = freePort();
            // Durability of the server itself is not what these tests test: no fsync.
            // VITRINE_TEST_PG_LOG keeps the server's log (every refused statement) after the test.
            const QString log = qEnvironmentVariableIsSet("VITRINE_TEST_PG_LOG") ? qEnvironmentVariable("VITRINE_TEST_PG_LOG")
                                                                                 : m_dir.filePath(QStringLiteral("log"));
            if (run(ctl(),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-l"), log, QStringLiteral("-o"),
                     QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200")
                         .arg(port)
                         .arg(m_dir.path()),
                     QStringLiteral("-w"), QStringLiteral("start")}))
                m_port = port;
        }
        if (m_port != 0)
            qAddPostRoutine(&PgServer::stopShared);
        if (m_port == 0) {
            QFile log(m_dir.filePath(QStringLiteral("log")));
            log.open(QIODevice::ReadOnly);
            m_error = QStringLiteral("the server did not start: ") + QString::fromLocal8Bit(log.readAll().right(2000));
        }
    }

    static QString binFolder()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
            if (QFile::exists(bin + QStringLiteral("/postgres")))
                return bin;
        }
        return {};
    }
    QString ctl() const { return m_bin + QStringLiteral("/pg_ctl"); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Runs a program, as the postgres user when this runs as root; true when it exits with 0.
    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        if (::geteuid() == 0 && program != QLatin1String("chown"))
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            p.start(program, arguments);
        p.waitForFinished(120000);
        m_output = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QSqlDatabase admin()
    {
        const QString name = QStringLiteral("pgserver-admin");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("vitrine"));
        db.setDatabaseName(QStringLiteral("postgres"));
        db.open();
        return db;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_error;
    QString m_output;
    quint16 m_port = 0;
    int m_databases = 0;
};
