// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptestclient.h"
#include "hubprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

/// The test brand endpoint (vitrine-brandserver) as a process of its own on 127.0.0.1, recording
/// into a SQLite file the test reads; started by the test, stopped when this goes.
class BrandServerProcess
{
public:
    BrandServerProcess(const QString &database, const QByteArray &token, const QStringList &extra = {})
        : m_db(database)
        , m_token(token)
        , m_extra(extra)
    {
        start();
    }
    ~BrandServerProcess() { stop(); }

    /// Starts it (again) on `port`, or a free one; false when it did not say it listens.
    bool start(quint16 port = 0)
    {
        m_process.setProgram(QStringLiteral(VITRINE_BRANDSERVER_BIN));
        m_process.setArguments(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--token"), QString::fromLatin1(m_token),
                                           QStringLiteral("--port"), QString::number(port)}
                               + m_extra);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        m_port = 0;
        QElapsedTimer t;
        t.start();
        while (m_port == 0 && t.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
                continue;
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening "))
                m_port = line.mid(10).toUShort();
        }
        return m_port != 0;
    }
    void stop()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    QString url() const
    {
        const bool tls = m_extra.contains(QStringLiteral("--tls-cert"));
        return QStringLiteral("%1://127.0.0.1:%2/vitrine/outbox")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(m_port);
    }
    /// Changes how it answers from the next batch on (status, retryAfter, rejectKind, delayMs).
    bool control(const QJsonObject &faults) const
    {
        HttpTestClient client(m_port);
        if (m_extra.contains(QStringLiteral("--tls-cert")))
            client.useTls({});
        return client.postJson("/control", faults).status == 200;
    }
    /// The first column of the first row `sql` reads from what it recorded.
    QVariant value(const QString &sql) const { return HubProcess::valueAt(m_db, sql); }

private:
    QString m_db;
    QByteArray m_token;
    QStringList m_extra;
    QProcess m_process;
    quint16 m_port = 0;
};
