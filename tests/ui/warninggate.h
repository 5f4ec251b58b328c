// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Fails the running UI test on any warning Qt or QML prints: a binding on undefined, a
/// component that is not ready, an anchor loop. Such faults are silent on the kiosk (the page
/// just lacks a header), so the tests are where they must stop.
namespace WarningGate {

/// Puts the gate in front of Qt Test's own message handler (call it from inside a test function,
/// such as initTestCase, once Qt Test has installed its handler). Safe to call again.
void install();

/// The gate's verdict on one message: false for the few Qt prints that are no fault of Vitrine's
/// (each documented where it is listed).
bool isFault(const QString &message);

/// The warnings a child `vitrine` printed, read from its output when it ran with
/// childMessagePattern() as QT_MESSAGE_PATTERN.
QStringList faultsInChildOutput(const QString &output);
QByteArray childMessagePattern();

} // namespace WarningGate
