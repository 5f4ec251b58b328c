// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

/// The steps of one import, each logged with the time it took under vitrine.feed.phases (debug):
/// where an import's time goes, read with QT_LOGGING_RULES="vitrine.feed.phases.debug=true".
class FeedPhases
{
public:
    FeedPhases();
    /// Logs `step` with the time since the step before it (or since this began), and starts the
    /// next.
    void done(const char *step);
    /// The process's CPU time in the kernel so far, in ms: on a virtual machine mostly the clearing
    /// of new memory (vitrine-bench --feeds reads an import's share of it beside its rows a second).
    static double kernelMs();

private:
    /// The process's CPU time so far, on all its threads, in ms: in the kernel and outside it.
    struct Cpu {
        double kernel = 0;
        double user = 0;
    };
    static Cpu cpu();
    QElapsedTimer m_step;
    Cpu m_cpu;
};
