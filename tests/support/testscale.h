// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// How much of a randomised test to run: all of it normally, a share of it in the sanitizer
/// build where every step costs several times as much (VITRINE_TEST_SCALE, from 0.05 to 1).
/// The same seeds run, only fewer rounds of them; never fewer than one.
inline int scaled(int rounds)
{
    static const double scale = [] {
        bool ok = false;
        const double s = qEnvironmentVariable("VITRINE_TEST_SCALE").toDouble(&ok);
        return ok ? qBound(0.05, s, 1.0) : 1.0;
    }();
    return qMax(1, int(rounds * scale));
}
