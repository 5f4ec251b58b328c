// SPDX-License-Identifier: GPL-3.0-or-later
#include "warninggate.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <cstdlib>

namespace {

QtMessageHandler g_previous = nullptr;
QMutex g_mutex;
/// Warnings printed while no test function ran (between functions, or from another thread when
/// nothing could fail a function any more): they fail the whole run when the program ends.
QStringList g_outside;

constexpr char kChildTag[] = "vitrine-gate-warning: ";

void failNow(const QString &message)
{
    if (QTest::currentTestFunction()) {
        QTest::qFail(qPrintable(QStringLiteral("a warning was printed (the UI tests allow none): ") + message), __FILE__,
                     __LINE__);
        return;
    }
    const QMutexLocker lock(&g_mutex);
    g_outside << message;
}

void endOfRun()
{
    const QMutexLocker lock(&g_mutex);
    if (g_outside.isEmpty())
        return;
    QTextStream err(stderr);
    err << "FAIL: " << g_outside.size() << " warning(s) printed outside any test function:\n";
    for (const QString &m : std::as_const(g_outside))
        err << "  " << m << '\n';
    err.flush();
    std::_Exit(1);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtWarningMsg || type == QtCriticalMsg) && WarningGate::isFault(message)) {
        QCoreApplication *app = QCoreApplication::instance();
        if (app && QThread::currentThread() != app->thread()) {
            // Qt Test's results belong to the main thread: the failure is recorded there.
            QMetaObject::invokeMethod(
                app, [message] { failNow(message); }, Qt::QueuedConnection);
        } else {
            failNow(message);
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

namespace WarningGate {

void install()
{
    const QtMessageHandler current = qInstallMessageHandler(handler);
    if (current != handler) {
        g_previous = current;
        qAddPostRoutine(endOfRun);
    }
}

bool isFault(const QString &message)
{
    // The offscreen platform (the tests' window system) does not implement size hints and says so
    // each time a window's minimum or maximum size is set; on the kiosk's real platforms (xcb,
    // eglfs) the call does its work.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return false;
    // Qt 6.4's QQmlDelegateModel says this when a view cancels the incubation of a delegate whose
    // row a model reset has just removed (the configurator's choices change from one step's to the
    // next while the list still builds the first step's rows below the fold): the view then makes
    // the new rows' delegates, nothing is lost or shown wrong. It is Qt's order of bookkeeping, not
    // ours; only this exact message is let through.
    if (message.startsWith(QLatin1String("DelegateModel::cancel: index out range ")))
        return false;
    return true;
}

QByteArray childMessagePattern()
{
    return QByteArray("%{if-warning}") + kChildTag + "%{endif}%{if-critical}" + kChildTag + "%{endif}%{message}";
}

QStringList faultsInChildOutput(const QString &output)
{
    QStringList faults;
    const QLatin1String tag(kChildTag);
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(tag) && isFault(line.mid(tag.size())))
            faults << line.mid(tag.size());
    }
    return faults;
}

} // namespace WarningGate
