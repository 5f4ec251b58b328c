// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTest>

/// The test feed server (vitrine-feedserver) as a process of its own on 127.0.0.1 and a free
/// port, serving the files of a folder; started by the test, stopped when this goes.
class FeedServerProcess
{
public:
    explicit FeedServerProcess(const QString &root)
    {
        m_process.setProgram(QStringLiteral(VITRINE_FEEDSERVER_BIN));
        m_process.setArguments({QStringLiteral("--root"), root});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        QElapsedTimer t;
        t.start();
        while (m_port == 0 && t.elapsed() < 10000) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
                continue;
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening "))
                m_port = line.mid(10).toUShort();
        }
    }
    ~FeedServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool running() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(pathAndQuery);
    }
    /// The requests served since the last call, one object each (method, path, status, range …).
    QList<QJsonObject> takeRequests()
    {
        m_process.waitForReadyRead(50);
        QList<QJsonObject> out;
        while (m_process.canReadLine())
            out << QJsonDocument::fromJson(m_process.readLine()).object();
        return out;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};
