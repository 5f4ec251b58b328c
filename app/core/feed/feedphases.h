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
    /// The process's time outside the kernel so far, on all its threads.
    static double userMs();

private:
    QElapsedTimer m_step;
    double m_kernelMs = 0;
    double m_userMs = 0;
};
