// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

/// Database work off the screen's thread: one worker thread with a connection of its own runs
/// the jobs in the order they were sent, and each answer comes back on the thread that asked,
/// to a receiver that may have gone meanwhile (its answer is then dropped). The screen never
/// waits for SQLite, a lock held by another screen, or an fsync.
class DatabaseQueue : public QObject
{
    Q_OBJECT
public:
    enum class Access {
        ReadWrite,
        ReadOnly ///< the worker's connection cannot write (a hub's reports)
    };
    /// `path` is a database already opened (and migrated) once by Database::open.
    explicit DatabaseQueue(const QString &path, QObject *parent = nullptr, Access access = Access::ReadWrite);
    /// Runs what was sent, then closes the connection and ends the thread.
    ~DatabaseQueue() override;

    /// Runs `job` on the worker; `done` gets its answer on this object's thread, if `receiver`
    /// still exists then.
    template<typename Result>
    void run(QObject *receiver, std::function<Result(QSqlDatabase &)> job, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)](QSqlDatabase &db) {
            auto result = std::make_shared<Result>(job(db));
            QMetaObject::invokeMethod(
                this,
                [guard, done, result] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    /// Runs `job` on the worker without an answer (a purge, a clean-up).
    void post(std::function<void(QSqlDatabase &)> job);

    /// Blocks until every job sent so far has run (start-up, shutdown and tests only).
    void waitForIdle();

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    QString m_connection;
};
