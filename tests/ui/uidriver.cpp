// SPDX-License-Identifier: GPL-3.0-or-later
#include "uidriver.h"

#include "warninggate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

UiDriver::UiDriver(const QString &databasePath)
    : m_database(databasePath)
{
}

QString UiDriver::screenshotDir()
{
    return QStringLiteral(VITRINE_SCREENSHOTS);
}

UiDriver::Run UiDriver::run(const QStringList &arguments, const QString &screenshotName)
{
    Run run;
    const QString shot = QDir(screenshotDir()).filePath(screenshotName);
    QDir().mkpath(QFileInfo(shot).absolutePath());
    QFile::remove(shot);
    QTemporaryDir scratch;
    const QString layout = scratch.filePath(QStringLiteral("layout.json"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QString::fromLatin1(WarningGate::childMessagePattern()));
    // A session gives every program a private runtime folder; a test machine may have none, and
    // Qt would warn for it (the kiosk's systemd unit has one).
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VITRINE_BIN),
                  QStringList{QStringLiteral("--db"), m_database, QStringLiteral("--screenshot"), shot,
                              QStringLiteral("--layout-report"), layout}
                      + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("timed out\n") + QString::fromUtf8(process.readAll());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    run.warnings = WarningGate::faultsInChildOutput(run.output);
    run.screenshot.load(shot);
    QFile f(layout);
    if (f.open(QIODevice::ReadOnly))
        run.layout = QJsonDocument::fromJson(f.readAll()).object();
    return run;
}
