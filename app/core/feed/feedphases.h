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

private:
    QElapsedTimer m_step;
    double m_kernelMs = 0;
};
