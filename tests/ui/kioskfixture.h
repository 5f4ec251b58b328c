// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/kiosksession.h"
#include "kioskapplication.h"
#include "warninggate.h"

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
