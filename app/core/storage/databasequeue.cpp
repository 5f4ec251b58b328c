// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasequeue.h"

#include "storage/database.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

/// Lives on the worker thread: owns the connection there, opened on its first job.
class Worker : public QObject
{
public:
    Worker(QString path, QString connection, bool readOnly)
        : m_path(std::move(path))
        , m_connection(std::move(connection))
        , m_readOnly(readOnly)
    {
    }

    QSqlDatabase &db()
    {
        if (!m_db.isValid()) {
            QString error;
            if (auto db = m_readOnly ? openReader(&error) : Database::openConnection(m_path, m_connection, &error))
                m_db = *db;
            else
                qCWarning(lcStorage) << "the database worker cannot open its connection:" << error;
        }
        return m_db;
    }

    void close()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = {};
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

private:
    // SQLite refuses every write on this connection; it sets no journal mode (the file keeps the
    // writer's WAL) and waits out a writer's lock as the others do.
    std::optional<QSqlDatabase> openReader(QString *error)
    {
        // A server's connection reads only: the server refuses its writes.
        if (Database::isServer(m_path)) {
            auto db = Database::openConnection(m_path, m_connection, error);
            if (db && !QSqlQuery(*db).exec(QStringLiteral("SET default_transaction_read_only = on"))) {
                *error = QStringLiteral("the reader's connection cannot be made read-only");
                db->close();
                return std::nullopt;
            }
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
            return std::nullopt;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA query_only = ON"))) {
            *error = q.lastError().text();
            q = QSqlQuery();
            db.close();
            return std::nullopt;
        }
        return db;
    }

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QSqlDatabase m_db;
};

} // namespace

DatabaseQueue::DatabaseQueue(const QString &path, QObject *parent, Access access)
    : QObject(parent)
{
    static QAtomicInt serial;
    m_connection = QStringLiteral("queue-%1").arg(serial.fetchAndAddRelaxed(1));
    m_thread.setObjectName(QStringLiteral("vitrine-database"));
    m_worker = new Worker(path, m_connection, access == Access::ReadOnly);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseQueue::~DatabaseQueue()
{
    waitForIdle();
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker,
        [worker] {
            worker->close();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseQueue::post(std::function<void(QSqlDatabase &)> job)
{
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker, [worker, job = std::move(job)] { job(worker->db()); }, Qt::QueuedConnection);
}

void DatabaseQueue::waitForIdle()
{
    // Jobs run in order: once an empty one has run, so has everything sent before it.
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}
