// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivebooking.h"
#include "kiosk/kiosksession.h"
#include "kioskapplication.h"
#include "uiprobe.h"
#include "warninggate.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <memory>

/// The idle wipe, without waiting for the idle time: the visit ends and a new one begins.
inline void wipeVisit(KioskApplication *kiosk)
{
    kiosk->session()->end();
    kiosk->session()->interacted();
}

/// The start of every in-process UI test: the real kiosk on a database file of its own, in
/// English, its window shown, any warning failing the test. Null (and `error`) when it could
/// not start.
inline std::unique_ptr<KioskApplication> startKiosk(const QString &databasePath, QString *error)
{
    WarningGate::install();
    // The window is drawn whole once its frames pause for this long (WholeFrames): shorter than
    // a kiosk's pause, so that the tests' many screenshots do not wait long for it.
    if (qEnvironmentVariableIsEmpty("VITRINE_WHOLE_FRAME_AFTER_MS"))
        qputenv("VITRINE_WHOLE_FRAME_AFTER_MS", "40");
    KioskOptions options;
    options.databasePath = databasePath;
    options.language = QStringLiteral("en");
    auto kiosk = std::make_unique<KioskApplication>();
    if (!kiosk->start(options, error))
        return nullptr;
    if (!QTest::qWaitForWindowExposed(kiosk->window())) {
        *error = QStringLiteral("the window was never shown");
        return nullptr;
    }
    return kiosk;
}

/// On the test-drive page's day step: taps the first day with a free time, then its first free
/// time; that time's start, or empty when there is none or a tap missed.
inline QString pickFirstFreeTime(UiProbe &ui, DriveBooking *drive)
{
    if (!QTest::qWaitFor([&] { return !drive->dayRows().isEmpty(); }))
        return QString();
    const auto days = drive->dayRows();
    int day = -1;
    for (int i = 0; i < days.size() && day < 0; ++i) {
        if (days.at(i).free > 0)
            day = i;
    }
    if (day < 0)
        return QString();
    QMetaObject::invokeMethod(ui.find(QStringLiteral("days")), "positionViewAtIndex", Q_ARG(int, day), Q_ARG(int, 4));
    if (!ui.tap(QStringLiteral("day-%1").arg(day)))
        return QString();
    const auto times = drive->timeRows();
    for (int i = 0; i < times.size(); ++i) {
        if (times.at(i).free) {
            QTest::qWait(100);
            return ui.tap(QStringLiteral("time-%1").arg(i)) ? times.at(i).start : QString();
        }
    }
    return QString();
}
